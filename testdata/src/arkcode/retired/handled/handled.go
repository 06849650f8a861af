// Package handled compares Ark error codes with retired codes and, in the
// same package, with their successors: each retired code is reported once,
// as retired (not as unknown), and without a fix, since writing the
// successor would handle it twice and leave one branch dead.
package handled

import "github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"

func limits(apiErr *model.APIError) string {
	switch apiErr.Code {
	case "ModelAccountRpmRateLimitExceeded", "RateLimitExceeded.FoundationModelRPMExceeded": // want `^Ark's error-code page no longer lists "RateLimitExceeded\.FoundationModelRPMExceeded" \(last seen on its 2024-07-10 version\); Ark documents ModelAccountRpmRateLimitExceeded for this now, which this package handles already$`
		return "slow down"
	}
	if apiErr.Code == "RateLimitExceeded.FoundationModelTPMExceeded" || apiErr.Code == "ModelAccountTpmRateLimitExceeded" { // want `^Ark's error-code page no longer lists "RateLimitExceeded\.FoundationModelTPMExceeded" .*, which this package handles already$`
		return "slow down"
	}
	return ""
}

func endpoints(apiErr *model.APIError) string {
	if apiErr.Code == "InvalidEndpoint.NotFound" { // want `^Ark's error-code page no longer lists "InvalidEndpoint\.NotFound" \(last seen on its 2024-07-10 version\); Ark documents InvalidEndpointOrModel\.NotFound for this now, which this package handles already$`
		return "old servers"
	}
	return ""
}

// The successor, handled elsewhere in the package.
const endpointGone = "InvalidEndpointOrModel.NotFound"

func current(apiErr *model.APIError) bool {
	return apiErr.Code == endpointGone
}
