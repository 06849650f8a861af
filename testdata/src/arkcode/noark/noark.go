// Package noark has the shapes arkcode reads, but does not use Ark: its
// codes belong to someone else, and nothing is reported.
package noark

import (
	"errors"
	"slices"
	"strings"
)

// APIError is this package's own error, named like Ark's.
type APIError struct{ Code, Type string }

func (e *APIError) Error() string { return e.Code }

func classify(err error) string {
	var apiErr *APIError
	if !errors.As(err, &apiErr) {
		return ""
	}
	switch apiErr.Code {
	case "RateLimitExceeded.EndpointRPMExceed", "TooManyRequests":
		return "backoff"
	}
	if apiErr.Code == "ServerOverloded" || apiErr.Type == "TooManyRequest" ||
		strings.HasPrefix(apiErr.Code, "RateLimitExceded.") || slices.Contains([]string{"QuotaExceded"}, apiErr.Code) ||
		strings.Contains(err.Error(), "ServerOverloded") {
		return "retry"
	}
	return map[string]string{"SetLimitExceded": "never"}[apiErr.Code]
}
