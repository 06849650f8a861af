// Package eino reaches Ark only through eino-ext's Ark components.
package eino // want `^via eino, eino models too$`

import (
	"context"
	"errors"
	"strings"

	embedark "github.com/cloudwego/eino-ext/components/embedding/ark"
	"github.com/cloudwego/eino-ext/components/model/ark"
	"github.com/cloudwego/eino/adk"
	"github.com/cloudwego/eino/components/embedding"
	"github.com/cloudwego/eino/components/model"
	"github.com/cloudwego/eino/compose"
	"github.com/cloudwego/eino/schema"
)

func models(ctx context.Context, in []*schema.Message) {
	zero := 0
	cm, _ := ark.NewChatModel(ctx, &ark.ChatModelConfig{
		APIKey:     "key",
		RetryTimes: &zero, // want `^retry times field \(volcengine-go-sdk\)$`
	})
	_, _ = cm.Generate(ctx, in)                 // want `^ark call, wraps, \(volcengine-go-sdk\)$`
	stream, _ := cm.Stream(ctx, in)             // want `^ark call, \(volcengine-go-sdk\)$`
	_, _ = stream.Recv()                        // want `^stream recv$`
	_, _ = cm.WithTools(nil)                    // configures only
	_, _ = cm.CreatePrefixCache(ctx, in, 3600)  // want `^ark call, \(volcengine-go-sdk\)$`
	_, _ = cm.CreateSessionCache(ctx, in, 3600) // want `^ark call, wraps, \(volcengine-go-sdk\)$`
	cfg := &ark.ChatModelConfig{}
	cfg.RetryTimes = nil // want `^retry times field \(volcengine-go-sdk\)$`

	rm, _ := ark.NewResponsesAPIChatModel(ctx, &ark.ResponsesAPIConfig{RetryTimes: &zero}) // want `^retry times field \(volcengine-go-sdk\)$`
	_, _ = rm.Generate(ctx, in)                                                            // want `^ark call, wraps, \(volcengine-go-sdk\)$`
	_, _ = rm.Stream(ctx, in)                                                              // want `^ark call, wraps, \(volcengine-go-sdk\)$`

	im, _ := ark.NewImageGenerationModel(ctx, &ark.ImageGenerationConfig{})
	_, _ = im.Generate(ctx, in) // want `^ark call, image generation, \(volcengine-go-sdk\)$`

	em, _ := embedark.NewEmbedder(ctx, &embedark.EmbeddingConfig{RetryTimes: &zero}) // want `^retry times field \(volcengine-go-sdk\)$`
	_, _ = em.EmbedStrings(ctx, []string{"a"})                                       // want `^ark call, wraps, \(volcengine-go-sdk\)$`
}

// behind calls the Ark model through eino's interfaces.
func behind(ctx context.Context, m model.ToolCallingChatModel, b model.BaseChatModel, e embedding.Embedder, in []*schema.Message) {
	_, _ = m.Generate(ctx, in)                // want `^eino model call, wraps$`
	s, _ := b.Stream(ctx, in)                 // want `^eino model call$`
	_, _ = s.Recv()                           // want `^stream recv$`
	_, _ = e.EmbedStrings(ctx, []string{"a"}) // want `^eino model call$`
	_, _ = m.WithTools(nil)                   // configures only
}

// compiled runs a chain with the Ark model among its nodes.
func compiled(ctx context.Context, cm *ark.ChatModel, in []*schema.Message) {
	r, _ := compose.NewChain[[]*schema.Message, *schema.Message]().AppendChatModel(cm).Compile(ctx)
	_, _ = r.Invoke(ctx, in) // want `^eino model call$`
	_, _ = r.Stream(ctx, in) // want `^eino model call$`
}

func retries() []*adk.ModelRetryConfig {
	var everything adk.ModelRetryConfig                   // want `^model retry config$`
	everything.MaxRetries = 3                             // want `^max retries field$`
	var typed *adk.TypedModelRetryConfig[*schema.Message] // want `^model retry config$`
	typed = &adk.ModelRetryConfig{
		MaxRetries: 3, // want `^max retries field$`
		IsRetryAble: func(_ context.Context, err error) bool { // want `^is retry able field$`
			return !strings.Contains(err.Error(), "QuotaExceeded")
		},
	}
	decided := &adk.ModelRetryConfig{
		ShouldRetry: func(context.Context, *adk.TypedRetryContext[*schema.Message]) *adk.TypedRetryDecision[*schema.Message] { // want `^should retry field$`
			return nil
		},
	}
	_ = errors.New
	return []*adk.ModelRetryConfig{&everything, typed, decided}
}
