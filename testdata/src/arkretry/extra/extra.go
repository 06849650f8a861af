// Package extra is checked with a code table that adds a retryable 429 code,
// RateLimitExceeded.EndpointIPMExceeded, and one that waiting does not clear,
// BudgetExhausted (given by -arkretry.extra or Config.Codes), and with
// -arkretry.helpers=^decideRetry$.
package extra

import (
	"errors"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

func allBuiltIn(err error) bool {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return false
	}
	switch apiErr.Code {
	case "RateLimitExceeded.EndpointRPMExceeded", "RateLimitExceeded.EndpointTPMExceeded", // want `^switch on Ark error code handles .*ServerOverloaded but not the retryable RateLimitExceeded\.EndpointIPMExceeded; handle them alike or check \.HTTPStatusCode == 429$`
		"ModelAccountRpmRateLimitExceeded", "ModelAccountTpmRateLimitExceeded", "ModelAccountIpmRateLimitExceeded",
		"APIAccountRpmRateLimitExceeded", "AccountRateLimitExceeded", "InflightBatchsizeExceeded",
		"RequestBurstTooFast", "ServerOverloaded":
		return true
	}
	return false
}

func decideRetry(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 // want `^retrying every 429 also retries BudgetExhausted, QuotaExceeded and SetLimitExceeded, which waiting does not clear; check \.Code$`
}

// isRetryable is no predicate under this pattern.
func isRetryable(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429
}
