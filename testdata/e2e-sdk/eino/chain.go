package main

import (
	"context"
	"time"

	"github.com/cloudwego/eino-ext/components/model/ark"
	"github.com/cloudwego/eino/compose"
	"github.com/cloudwego/eino/schema"
)

// newPipeline compiles a chain that runs the Ark model.
func newPipeline(ctx context.Context, cfg *ark.ChatModelConfig) (compose.Runnable[[]*schema.Message, *schema.Message], error) {
	cm, err := ark.NewChatModel(ctx, cfg)
	if err != nil {
		return nil, err
	}
	return compose.NewChain[[]*schema.Message, *schema.Message]().AppendChatModel(cm).Compile(ctx)
}

// run retries every error of the compiled chain, the Ark model's among them.
func run(ctx context.Context, r compose.Runnable[[]*schema.Message, *schema.Message], in []*schema.Message) (*schema.Message, error) {
	var err error
	for i := 0; i < 3; i++ {
		var out *schema.Message
		if out, err = r.Invoke(ctx, in); err == nil {
			return out, nil
		}
		time.Sleep(time.Second)
	}
	return nil, err
}

var _, _ = newPipeline, run
