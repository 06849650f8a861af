// Package wrapped turns the SDK's retries off and hands a helper of
// another package that takes a retry condition operations that call the
// package's own wrapper of the call: the helper owns the retries. Quiet.
package wrapped

import (
	"context"
	"os"

	"arkretry/helperretry/retryx"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

var client = arkruntime.NewClientWithApiKey(os.Getenv("ARK_API_KEY"), arkruntime.WithRetryTimes(0))

// complete calls Ark once; its loop reads the answer.
func complete(ctx context.Context, req model.ChatRequest) (int, error) {
	resp, err := client.CreateChatCompletion(ctx, req)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, ch := range resp.Choices {
		n += ch.Index
	}
	return n, nil
}

func chat(ctx context.Context, req model.ChatRequest, shouldRetry func(error) bool) error {
	return retryx.Do(ctx, 5, shouldRetry, func(ctx context.Context) error {
		_, err := complete(ctx, req)
		return err
	})
}
