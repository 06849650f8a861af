package main

import (
	"errors"
	"fmt"
	"log"
	"log/slog"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// logFailure logs an Ark error. The first line drops the request ID that Ark
// support needs; arkreqid's fix adds it. The second keeps it.
func logFailure(err error) {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		log.Printf("call failed: %v", err)
		return
	}
	log.Printf("ark call failed: code=%s message=%s", apiErr.Code, apiErr.Message)
	slog.Error("ark call failed", "code", apiErr.Code, "request_id", apiErr.RequestId)
}

// wrapFailure re-wraps an Ark error for the caller. The first form drops the
// original error and its request ID; the second keeps both.
func wrapFailure(err error) error {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.Code == "AuthenticationError" {
		return fmt.Errorf("ark rejected the API key: %s", apiErr.Message)
	}
	return fmt.Errorf("ark call failed: %w", err)
}
