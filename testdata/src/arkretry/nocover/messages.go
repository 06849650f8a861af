package nocover

import (
	"context"
	"errors"
	"net/http"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// userMessage maps codes to text for the user: it decides no retry, and
// naming no 429 swallows none. Quiet.
func userMessage(err error) string {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return "upstream unavailable"
	}
	switch apiErr.Code {
	case "SensitiveContentDetected", "InputTextSensitiveContentDetected":
		return "the prompt was rejected by content moderation"
	case "InvalidEndpointOrModel.NotFound":
		return "unknown model or endpoint"
	}
	return apiErr.Message
}

// reason is the same mapping, its result compared to decide what to do
// next: a class, which sends rate limits to "fail".
func reason(err error) string {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return "fail"
	}
	switch apiErr.Code { // want `^switch on Ark error code names no retryable 429 code`
	case "InternalServiceError", "ServiceUnavailable":
		return "again"
	case "InvalidParameter":
		return "fail"
	}
	return "fail"
}

func serve(w http.ResponseWriter, r *http.Request, c *arkruntime.Client, req model.ChatRequest) {
	for range 3 {
		_, err := c.CreateChatCompletion(r.Context(), req)
		if err == nil {
			return
		}
		if reason(err) != "again" {
			http.Error(w, userMessage(err), http.StatusBadGateway)
			return
		}
	}
}

var _ = context.Background
