// Package errs is an application's package of Ark error helpers, used by
// its other packages: out of view to them without facts.
package errs

import (
	"errors"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// CodeOf returns the Ark error code of err, or "".
func CodeOf(err error) string {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		return apiErr.Code
	}
	return ""
}

// StatusOf returns the HTTP status of err, or 0.
func StatusOf(err error) int {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		return apiErr.HTTPStatusCode
	}
	return 0
}

// Attempts is no getter: what it returns is compared with no status.
func Attempts(err error) int { return 0 }

// Label is no getter: what it returns is compared with no Ark code.
func Label(err error) string { return "" }
