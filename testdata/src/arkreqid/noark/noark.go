// Package noark does not call Ark: its own error types with the same
// names and fields are not Ark's, and nothing here is reported.
package noark

import (
	"errors"
	"fmt"
	"log"
	"log/slog"
)

type APIError struct {
	Code           string
	Message        string
	Type           string
	HTTPStatusCode int
	RequestId      string
}

func (e *APIError) Error() string { return e.Code + ": " + e.Message }

func handle(err error) error {
	var apiErr *APIError
	if errors.As(err, &apiErr) {
		log.Printf("upstream failed: %s %s", apiErr.Code, apiErr.Message)
		slog.Error("upstream failed", "code", apiErr.Code)
		return fmt.Errorf("upstream: %s", apiErr.Message)
	}
	if e, ok := err.(*APIError); ok {
		return errors.New(e.Message)
	}
	return err
}
