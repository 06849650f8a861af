package rewrap

import (
	"context"
	"errors"
	"fmt"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

type UpstreamError struct {
	Code    string
	Message string
	Cause   error
}

func (e *UpstreamError) Error() string { return e.Code + ": " + e.Message }

// A struct that is not an error: building it is not re-wrapping.
type report struct{ Code string }

func errorf(ctx context.Context, c *arkruntime.Client) error {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		if apiErr.HTTPStatusCode == 429 {
			return fmt.Errorf("ark rate limited: %s", apiErr.Code) // want `Ark error re-wrapped without its request ID; wrap it with %w or add apiErr.RequestId`
		}
		return fmt.Errorf("ark: %s: %s", apiErr.Code, apiErr.Message) // want `Ark error re-wrapped without its request ID; wrap it with %w or add apiErr.RequestId`
	}
	return err
}

func errorsNew(ctx context.Context, c *arkruntime.Client) error {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	if apiErr, ok := err.(*model.APIError); ok {
		if apiErr.Code == "" {
			return errors.New(apiErr.Message) // want `Ark error re-wrapped without its request ID; wrap it with %w or add apiErr.RequestId`
		}
		msg := apiErr.Code + ": " + apiErr.Message
		return errors.New(msg) // want `Ark error re-wrapped without its request ID; wrap it with %w or add apiErr.RequestId`
	}
	return err
}

func literal(ctx context.Context, c *arkruntime.Client) error {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		_ = report{Code: apiErr.Code}
		if apiErr.Type == "TooManyRequests" {
			return &UpstreamError{Code: apiErr.Code, Cause: err}
		}
		return &UpstreamError{Code: apiErr.Code, Message: apiErr.Message} // want `Ark error re-wrapped without its request ID; wrap it with %w or add apiErr.RequestId`
	}
	return err
}

// Errors that keep the original, or the ID.
func keeps(ctx context.Context, c *arkruntime.Client) error {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		switch apiErr.Code {
		case "A":
			return fmt.Errorf("ark failed: %w", err)
		case "B":
			return fmt.Errorf("ark %s: %w", apiErr.Code, apiErr)
		case "C":
			return fmt.Errorf("ark %s: %v", apiErr.Code, err)
		case "D":
			return fmt.Errorf("ark %s (request %s)", apiErr.Code, apiErr.RequestId)
		case "E":
			return errors.New(apiErr.Message + " request_id=" + apiErr.RequestId)
		}
		return apiErr
	}
	return err
}

// Nested: the new error is reported, not also the call that logs or wraps it.
func nested(ctx context.Context, c *arkruntime.Client) error {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		inner := errors.New(apiErr.Message) // want `Ark error re-wrapped without its request ID; wrap it with %w or add apiErr.RequestId`
		return fmt.Errorf("ark call: %w", inner)
	}
	return err
}
