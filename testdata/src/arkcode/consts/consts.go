// Package consts compares codes with named constants.
package consts

import (
	"arkcode/consts/names"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

const (
	codeRPM      = "RateLimitExceeded.EndpointRPMExceed"
	codeTPM      = "RateLimitExceeded.EndpointTPMExceeded"
	codeQuota    = `QuotaExceded`
	codeUnknown  = "ModelQuotaGone"
	codeComputed = "Server" + "Overloded"
	notACode     = "ServerOverloded" // never compared with a code
)

func compare(apiErr *model.APIError) string {
	switch apiErr.Code {
	case codeRPM: // want `^unknown Ark error code "RateLimitExceeded.EndpointRPMExceed"; did you mean "RateLimitExceeded.EndpointRPMExceeded"\?$`
		return "rpm"
	case codeTPM, names.Burst:
		return "tpm"
	case codeQuota: // want `^unknown Ark error code "QuotaExceded"; did you mean "QuotaExceeded"\?$`
		return "quota"
	}
	// Used twice: reported at each use, and both fixes edit the declaration.
	if apiErr.Code == codeRPM { // want `did you mean "RateLimitExceeded.EndpointRPMExceeded"\?$`
		return "rpm"
	}
	if apiErr.Code == codeUnknown { // want `^unknown Ark error code "ModelQuotaGone"; no Ark error-code table lists it`
		return "?"
	}
	// No literal to fix: reported, no fix.
	if apiErr.Code == codeComputed { // want `did you mean "ServerOverloaded"\?$`
		return "overloaded"
	}
	// Declared in another package: reported here, no fix.
	if apiErr.Code == names.Overloaded { // want `did you mean "ServerOverloaded"\?$`
		return "overloaded"
	}
	const local = "SetLimitExceded"
	if apiErr.Code == local { // want `did you mean "SetLimitExceeded"\?$`
		return "never"
	}
	if apiErr.Message == notACode {
		return ""
	}
	return ""
}
