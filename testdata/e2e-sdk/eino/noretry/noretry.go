// Package noretry sets eino's RetryTimes for the Ark SDK and handles no
// 429 itself.
package noretry

import (
	"context"

	"github.com/cloudwego/eino-ext/components/model/ark"
)

// New turns the SDK's retries off: a 429 reaches the caller at once.
func New(ctx context.Context, key string) (*ark.ChatModel, error) {
	zero := 0
	return ark.NewChatModel(ctx, &ark.ChatModelConfig{APIKey: key, Model: "ep-1", RetryTimes: &zero})
}

// NewBroken sets a negative count: the SDK sends no request at all.
func NewBroken(ctx context.Context, key string) (*ark.ChatModel, error) {
	negative := -1
	return ark.NewChatModel(ctx, &ark.ChatModelConfig{APIKey: key, Model: "ep-1", RetryTimes: &negative})
}

// NewDefault keeps the SDK's 2 retries.
func NewDefault(ctx context.Context, key string) (*ark.ChatModel, error) {
	return ark.NewChatModel(ctx, &ark.ChatModelConfig{APIKey: key, Model: "ep-1"})
}
