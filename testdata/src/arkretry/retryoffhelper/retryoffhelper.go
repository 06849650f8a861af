// Package retryoffhelper turns the SDK's retries off and hands its calls
// to a helper of another package that takes a retry condition: the helper
// owns the retries, out of view. Quiet.
package retryoffhelper

import (
	"context"
	"os"

	"arkretry/helperretry/retryx"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

var client = arkruntime.NewClientWithApiKey(os.Getenv("ARK_API_KEY"), arkruntime.WithRetryTimes(0))

func chat(ctx context.Context, req model.ChatRequest, shouldRetry func(error) bool) error {
	return retryx.Do(ctx, 5, shouldRetry, func(ctx context.Context) error {
		_, err := client.CreateChatCompletion(ctx, req)
		return err
	})
}
