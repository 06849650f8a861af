// Package einoother uses eino with another provider's model: it cannot
// reach Ark, so nothing here is Ark's.
package einoother

import (
	"context"
	"time"

	"github.com/cloudwego/eino/adk"
	"github.com/cloudwego/eino/components/model"
	"github.com/cloudwego/eino/compose"
	"github.com/cloudwego/eino/schema"
)

var everything = &adk.ModelRetryConfig{MaxRetries: 3}

func generate(ctx context.Context, cm model.ToolCallingChatModel, in []*schema.Message) error {
	var err error
	for range 3 {
		if _, err = cm.Generate(ctx, in); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}

// A compiled chain of another provider's model: quiet.
func invoke(ctx context.Context, r compose.Runnable[[]*schema.Message, *schema.Message], in []*schema.Message) error {
	var err error
	for range 3 {
		if _, err = r.Invoke(ctx, in); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}
