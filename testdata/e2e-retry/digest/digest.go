// Package digest hands its Ark calls to the module's retry package.
package digest

import (
	"context"
	"errors"

	"example.com/arkretryapp/retry"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

func request(text string) model.CreateChatCompletionRequest {
	return model.CreateChatCompletionRequest{Model: "ep-digest", Messages: []*model.ChatCompletionMessage{{Role: model.ChatMessageRoleUser, Content: &model.ChatCompletionMessageContent{StringValue: &text}}}}
}

// Daily leaves ShouldRetry nil: retry.Do retries every error.
func Daily(ctx context.Context, client *arkruntime.Client, text string) (model.ChatCompletionResponse, error) {
	return retry.Do(ctx, retry.DefaultPolicy(), func(ctx context.Context) (model.ChatCompletionResponse, error) {
		return client.CreateChatCompletion(ctx, request(text))
	})
}

// Weekly sets it: quiet.
func Weekly(ctx context.Context, client *arkruntime.Client, text string) (model.ChatCompletionResponse, error) {
	p := retry.DefaultPolicy()
	p.ShouldRetry = worthRetrying
	return retry.Do(ctx, p, func(ctx context.Context) (model.ChatCompletionResponse, error) {
		return client.CreateChatCompletion(ctx, request(text))
	})
}

// worthRetrying gives up on the limits waiting does not clear.
func worthRetrying(err error) bool {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return false
	}
	switch apiErr.Code {
	case "QuotaExceeded", "SetLimitExceeded", "SessionQuotaExceeded":
		return false
	}
	return apiErr.HTTPStatusCode == 429 || apiErr.HTTPStatusCode >= 500
}

// Tokens hands Retry a nil condition: every error is retried.
func Tokens(ctx context.Context, client *arkruntime.Client, text string) (model.TokenizationResponse, error) {
	return retry.Retry(ctx, 3, func() (model.TokenizationResponse, error) {
		return client.CreateTokenization(ctx, model.TokenizationRequestStrings{Model: "ep-digest", Text: []string{text}})
	}, nil)
}

// Checked hands it a condition: quiet.
func Checked(ctx context.Context, client *arkruntime.Client, text string) (model.TokenizationResponse, error) {
	return retry.Retry(ctx, 3, func() (model.TokenizationResponse, error) {
		return client.CreateTokenization(ctx, model.TokenizationRequestStrings{Model: "ep-digest", Text: []string{text}})
	}, worthRetrying)
}
