// Package einoretry sets the retry count of eino's Ark model, and handles
// no 429 itself.
package einoretry

import (
	"context"

	"github.com/cloudwego/eino-ext/components/model/ark"
)

func models(ctx context.Context) {
	zero, negative, two := 0, -1, 2
	ark.NewChatModel(ctx, &ark.ChatModelConfig{Model: "ep", RetryTimes: &zero})     // want `^ChatModelConfig\.RetryTimes\(0\) turns off the SDK's retries, and nothing in this package handles a 429; back off on the retryable 429 codes or keep the SDK's retries$`
	ark.NewChatModel(ctx, &ark.ChatModelConfig{Model: "ep", RetryTimes: &negative}) // want `^ChatModelConfig\.RetryTimes\(-1\) means no request is sent: plain calls return a nil error`
	ark.NewChatModel(ctx, &ark.ChatModelConfig{Model: "ep", RetryTimes: &two})
	ark.NewChatModel(ctx, &ark.ChatModelConfig{Model: "ep"})
}
