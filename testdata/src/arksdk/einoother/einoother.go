// Package einoother uses eino with a model of its own, not Ark's: nothing
// here reaches Ark, so nothing is reported.
package einoother

import (
	"context"

	"github.com/cloudwego/eino/adk"
	"github.com/cloudwego/eino/components/model"
	"github.com/cloudwego/eino/schema"
)

func run(ctx context.Context, m model.ToolCallingChatModel) {
	_, _ = adk.NewChatModelAgent(ctx, &adk.ChatModelAgentConfig{
		Model:            m,
		ModelRetryConfig: &adk.ModelRetryConfig{MaxRetries: 3},
	})
	stream, _ := m.Stream(ctx, []*schema.Message{schema.UserMessage("hi")})
	_, _ = stream.Recv()
}
