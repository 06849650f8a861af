// Package retryoffrun turns the SDK's retries off and hands its calls to a
// helper of another package that takes no retry condition: nothing here
// handles a 429.
package retryoffrun

import (
	"context"
	"os"

	"arkretry/retryoffhelper/run"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

var client = arkruntime.NewClientWithApiKey(os.Getenv("ARK_API_KEY"), arkruntime.WithRetryTimes(0)) // want `^WithRetryTimes\(0\) turns off the SDK's retries for client, and nothing in this package handles a 429`

func chat(ctx context.Context, req model.ChatRequest) error {
	return run.Once(func() error {
		_, err := client.CreateChatCompletion(ctx, req)
		return err
	})
}
