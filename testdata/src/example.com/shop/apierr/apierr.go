// Package apierr is an application's own classifier of Ark errors, in
// another package of its module: out of view of the packages that call it.
package apierr

import (
	"errors"
	"fmt"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// IsRateLimited reports a 429 that waiting clears.
func IsRateLimited(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 && apiErr.Code != "SetLimitExceeded" && apiErr.Code != "QuotaExceeded"
}

// The codes the application names.
const (
	CodeEndpointRPM = "RateLimitExceeded.EndpointRPMExceeded"
	CodeOverloaded  = "ServerOverloaded"
	CodeSetLimit    = "SetLimitExceeded"
)

// Wrap turns an error into the shop's own, keeping it.
func Wrap(err error) error { return fmt.Errorf("shop: %w", err) }
