// Package adk is a test stub of eino's agent kit (v0.9.x): the chat model
// agent and its model retry configuration.
package adk

import (
	"context"
	"time"

	"github.com/cloudwego/eino/components/model"
	"github.com/cloudwego/eino/schema"
)

type MessageType interface{ *schema.Message }

type TypedRetryContext[M MessageType] struct {
	Err error
}

type TypedRetryDecision[M MessageType] struct {
	Retry bool
}

// TypedModelRetryConfig configures how an agent retries its chat model.
type TypedModelRetryConfig[M MessageType] struct {
	MaxRetries int
	// ShouldRetry, when set, replaces IsRetryAble.
	ShouldRetry func(ctx context.Context, retryCtx *TypedRetryContext[M]) *TypedRetryDecision[M]
	// IsRetryAble decides which errors are retried; nil retries every error.
	IsRetryAble func(ctx context.Context, err error) bool
	BackoffFunc func(ctx context.Context, attempt int) time.Duration
}

type ModelRetryConfig = TypedModelRetryConfig[*schema.Message]

type Agent interface {
	Name(ctx context.Context) string
}

type ChatModelAgentConfig struct {
	Name             string
	Description      string
	Model            model.ToolCallingChatModel
	ModelRetryConfig *ModelRetryConfig
}

type ChatModelAgent struct{ name string }

func (a *ChatModelAgent) Name(ctx context.Context) string { return a.name }

func NewChatModelAgent(ctx context.Context, config *ChatModelAgentConfig) (*ChatModelAgent, error) {
	return &ChatModelAgent{name: config.Name}, nil
}
