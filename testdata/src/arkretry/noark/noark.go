// Package noark calls no Ark API: its own error type, and an OpenAI SDK
// pointed at OpenAI, look alike but are none of arkretry's business.
package noark

import (
	"context"
	"errors"
	"time"

	goopenai "github.com/sashabaranov/go-openai"
)

// APIError is this package's own error, named like the SDK's.
type APIError struct {
	Code           string
	HTTPStatusCode int
}

func (e *APIError) Error() string { return e.Code }

func classify(err error) string {
	var apiErr *APIError
	if !errors.As(err, &apiErr) {
		return ""
	}
	switch apiErr.Code {
	case "InvalidParameter", "AuthenticationError":
		return "permanent"
	case "RateLimitExceeded.EndpointRPMExceeded":
		return "retry"
	}
	return "other"
}

func isRetryable(err error) bool {
	var apiErr *APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429
}

// An OpenAI client at OpenAI's own URL: its codes are not Ark's.
func openAI(ctx context.Context, key string, req goopenai.ChatCompletionRequest) error {
	c := goopenai.NewClient(key)
	for {
		_, err := c.CreateChatCompletion(ctx, req)
		var apiErr *goopenai.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 {
			time.Sleep(time.Second)
			continue
		}
		if errors.As(err, &apiErr) {
			switch apiErr.Code {
			case "invalid_api_key", "model_not_found":
				return err
			}
		}
		return err
	}
}
