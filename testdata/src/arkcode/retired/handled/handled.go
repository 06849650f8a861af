// Package handled compares Ark error codes with retired codes and, in the
// same package, with their successors: nothing to report, since Ark may
// still send the old code and the new one is handled (not as unknown
// either, nor with a fix, which would handle the successor twice).
package handled

import "github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"

func limits(apiErr *model.APIError) string {
	switch apiErr.Code {
	case "ModelAccountRpmRateLimitExceeded", "RateLimitExceeded.FoundationModelRPMExceeded":
		return "slow down"
	}
	if apiErr.Code == "RateLimitExceeded.FoundationModelTPMExceeded" || apiErr.Code == "ModelAccountTpmRateLimitExceeded" {
		return "slow down"
	}
	return ""
}

func endpoints(apiErr *model.APIError) string {
	if apiErr.Code == "InvalidEndpoint.NotFound" {
		return "old servers"
	}
	return ""
}

// The successor, handled elsewhere in the package.
const endpointGone = "InvalidEndpointOrModel.NotFound"

func current(apiErr *model.APIError) bool {
	return apiErr.Code == endpointGone
}
