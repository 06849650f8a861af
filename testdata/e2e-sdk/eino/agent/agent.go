// Package agent reaches Ark only through eino-ext's Ark component: it
// imports no Ark SDK package.
package agent

import (
	"context"
	"strings"

	"github.com/cloudwego/eino-ext/components/model/ark"
	"github.com/cloudwego/eino/adk"
)

// New builds an agent that retries every error of its Ark model, those
// that waiting never clears included.
func New(ctx context.Context, key string) (adk.Agent, error) {
	cm, err := ark.NewChatModel(ctx, &ark.ChatModelConfig{APIKey: key, Model: "ep-1"})
	if err != nil {
		return nil, err
	}
	return adk.NewChatModelAgent(ctx, &adk.ChatModelAgentConfig{
		Name:             "assistant",
		Description:      "answers",
		Model:            cm,
		ModelRetryConfig: &adk.ModelRetryConfig{MaxRetries: 3},
	})
}

// NewCareful retries only what waiting can clear.
func NewCareful(ctx context.Context, key string) (adk.Agent, error) {
	two := 2
	cm, err := ark.NewChatModel(ctx, &ark.ChatModelConfig{APIKey: key, Model: "ep-1", RetryTimes: &two})
	if err != nil {
		return nil, err
	}
	return adk.NewChatModelAgent(ctx, &adk.ChatModelAgentConfig{
		Name:        "assistant",
		Description: "answers",
		Model:       cm,
		ModelRetryConfig: &adk.ModelRetryConfig{
			MaxRetries: 3,
			IsRetryAble: func(_ context.Context, err error) bool {
				s := err.Error()
				return !strings.Contains(s, "QuotaExceeded") && !strings.Contains(s, "SetLimitExceeded")
			},
		},
	})
}
