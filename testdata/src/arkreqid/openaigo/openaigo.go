// Package openaigo points openai-go at Ark: its Error keeps Ark's request
// ID in the header of the response it holds, and its text prints only the
// status.
package openaigo

import (
	"context"
	"errors"
	"log/slog"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
)

var client = openai.NewClient(option.WithBaseURL("https://ark.cn-beijing.volces.com/api/v3"))

func complete(ctx context.Context, params openai.ChatCompletionNewParams) error {
	_, err := client.Chat.Completions.New(ctx, params)
	var apiErr *openai.Error
	if errors.As(err, &apiErr) {
		slog.Error("prompt failed", "status", apiErr.StatusCode, "code", apiErr.Code) // want `^Ark error logged without its request ID; add apiErr\.Response\.Header\.Get\("X-Request-Id"\)$`
		return errors.New("prompt failed")
	}
	return err
}

// The request ID read from the response's header: quiet.
func withID(ctx context.Context, params openai.ChatCompletionNewParams) {
	_, err := client.Chat.Completions.New(ctx, params)
	var apiErr *openai.Error
	if errors.As(err, &apiErr) {
		slog.Error("prompt failed", "code", apiErr.Code, "request_id", apiErr.Response.Header.Get("X-Request-Id"))
	}
}
