// Package openaiother points openai-go at another provider, in a package
// that also uses the Ark SDK: its errors are not Ark's. Quiet.
package openaiother

import (
	"context"
	"errors"
	"log/slog"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

var client = openai.NewClient(option.WithBaseURL("https://api.openai.com/v1"))

var _ model.ChatRequest

func complete(ctx context.Context, params openai.ChatCompletionNewParams) {
	_, err := client.Chat.Completions.New(ctx, params)
	var apiErr *openai.Error
	if errors.As(err, &apiErr) {
		slog.Error("prompt failed", "status", apiErr.StatusCode, "code", apiErr.Code)
	}
}
