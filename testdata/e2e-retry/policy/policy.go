// Package policy has a retry helper of its own whose condition is optional:
// a caller that leaves it nil retries every error.
package policy

import (
	"context"
	"errors"
	"time"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// Options says how to retry; ShouldRetry nil means every error.
type Options struct {
	MaxAttempts int
	BaseDelay   time.Duration
	ShouldRetry func(error) bool
}

// Do runs fn until it succeeds, the condition rejects its error, or the
// attempts run out.
func Do(ctx context.Context, opts Options, fn func(ctx context.Context) error) error {
	var lastErr error
	for attempt := 0; attempt < opts.MaxAttempts; attempt++ {
		lastErr = fn(ctx)
		if lastErr == nil {
			return nil
		}
		if opts.ShouldRetry != nil && !opts.ShouldRetry(lastErr) {
			return lastErr
		}
		select {
		case <-ctx.Done():
			return lastErr
		case <-time.After(opts.BaseDelay << attempt):
		}
	}
	return lastErr
}

// Subtitle leaves ShouldRetry nil.
func Subtitle(ctx context.Context, client *arkruntime.Client, text string) error {
	req := model.CreateChatCompletionRequest{Model: "ep-subtitle", Messages: []*model.ChatCompletionMessage{{Role: model.ChatMessageRoleUser, Content: &model.ChatCompletionMessageContent{StringValue: &text}}}}
	return Do(ctx, Options{MaxAttempts: 4, BaseDelay: time.Second}, func(ctx context.Context) error {
		_, err := client.CreateChatCompletion(ctx, req)
		return err
	})
}

// Caption sets it: quiet.
func Caption(ctx context.Context, client *arkruntime.Client, text string) error {
	req := model.CreateChatCompletionRequest{Model: "ep-caption", Messages: []*model.ChatCompletionMessage{{Role: model.ChatMessageRoleUser, Content: &model.ChatCompletionMessageContent{StringValue: &text}}}}
	return Do(ctx, Options{MaxAttempts: 4, BaseDelay: time.Second, ShouldRetry: transient}, func(ctx context.Context) error {
		_, err := client.CreateChatCompletion(ctx, req)
		return err
	})
}

// transient is true of 5xx and of the 429s that waiting clears.
func transient(err error) bool {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return false
	}
	switch apiErr.Code {
	case "SetLimitExceeded", "QuotaExceeded":
		return false
	}
	return apiErr.HTTPStatusCode == 429 || apiErr.HTTPStatusCode >= 500
}
