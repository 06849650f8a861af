// Package otherprovider uses eino with a model of its own, not Ark's: eino's
// retry config here says nothing about Ark.
package otherprovider

import (
	"context"

	"github.com/cloudwego/eino/adk"
	"github.com/cloudwego/eino/components/model"
)

// New builds an agent on some other provider's model.
func New(ctx context.Context, m model.ToolCallingChatModel) (adk.Agent, error) {
	return adk.NewChatModelAgent(ctx, &adk.ChatModelAgentConfig{
		Name:             "assistant",
		Description:      "answers",
		Model:            m,
		ModelRetryConfig: &adk.ModelRetryConfig{MaxRetries: 3},
	})
}
