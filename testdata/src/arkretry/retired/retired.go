// Package retired holds classifications that name 429 codes only older
// versions of Ark's page listed.
package retired

import (
	"errors"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// Naming a retired 429 is naming a 429: the gap is the current codes.
func onlyRetired(err error) bool {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return false
	}
	switch apiErr.Code {
	case "RateLimitExceeded.FoundationModelRPMExceeded": // want `switch on Ark error code handles RateLimitExceeded.FoundationModelRPMExceeded but not the retryable APIAccountRpmRateLimitExceeded, .*ServerOverloaded;`
		return true
	case "InvalidParameter":
		return false
	}
	return false
}

// Every current retryable 429 handled: leaving out the retired ones is no
// gap.
func allCurrent(err error) bool {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return false
	}
	switch apiErr.Code {
	case "RateLimitExceeded.EndpointRPMExceeded", "RateLimitExceeded.EndpointTPMExceeded",
		"ModelAccountRpmRateLimitExceeded", "ModelAccountTpmRateLimitExceeded", "ModelAccountIpmRateLimitExceeded",
		"APIAccountRpmRateLimitExceeded", "AccountRateLimitExceeded", "InflightBatchsizeExceeded",
		"RequestBurstTooFast", "ServerOverloaded":
		return true
	case "InvalidParameter":
		return false
	}
	return false
}
