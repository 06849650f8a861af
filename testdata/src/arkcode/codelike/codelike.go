// Package codelike switches on a code handed in by other packages: nothing
// here says the parameter holds an Ark code but the other cases, known
// codes, do.
package codelike

import "github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"

const (
	CodeEndpointRPM = "RateLimitExceeded.EndpointRPMExceeded"
	CodeOverloaded  = "ServerOverloaded"
)

// UserMessage is called with apiErr.Code from other packages.
func UserMessage(code string) string {
	switch code {
	case CodeEndpointRPM, CodeOverloaded:
		return "busy, try again in a minute"
	case "ModelAccountTPMRateLimitExceeded": // want `^unknown Ark error code "ModelAccountTPMRateLimitExceeded"; did you mean "ModelAccountTpmRateLimitExceeded"\?$`
		return "busy, try again in a minute"
	case "fallback":
		return "try again later"
	}
	return "something went wrong"
}

// One known code among words of the package's own: no evidence the
// switch is on codes. Quiet.
func Label(kind string) string {
	switch kind {
	case "ServerOverloaded":
		return "overloaded"
	case "ModelAccountTPMRateLimitExceeded", "queued":
		return "slow"
	}
	return ""
}

// A switch on a local, not a parameter: quiet (nothing says where it
// comes from).
func local(e *model.APIError) string {
	k := e.Message
	switch k {
	case CodeEndpointRPM, CodeOverloaded, "ModelAccountTPMRateLimitExceeded":
		return "busy"
	}
	return ""
}
