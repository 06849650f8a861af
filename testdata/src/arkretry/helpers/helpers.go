// Package helpers is checked with -arkretry.helpers=^classifyFailure$: that
// name, and no longer the default ones, marks a function deciding retries.
package helpers

import (
	"errors"
	"fmt"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

var errRetry = errors.New("retry later")

func classifyFailure(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 // want `retrying every 429 also retries`
}

// isRetryable is no retry helper under this pattern, so it covers nothing
// and is no predicate.
func isRetryable(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429
}

func covered(err error) error {
	if classifyFailure(err) {
		return errRetry
	}
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		switch apiErr.Code {
		case "InvalidParameter", "AuthenticationError":
			return fmt.Errorf("permanent: %w", err)
		}
	}
	return err
}

func notCovered(err error) error {
	if isRetryable(err) {
		return errRetry
	}
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		switch apiErr.Code { // want `switch on Ark error code names no retryable 429 code`
		case "InvalidParameter", "AuthenticationError":
			return fmt.Errorf("permanent: %w", err)
		}
	}
	return fmt.Errorf("failed: %v", err) // the rest, 429s included, loses its type
}
