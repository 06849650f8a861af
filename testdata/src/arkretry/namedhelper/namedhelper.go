// Package namedhelper hands calls to Ark to a retry helper of another
// package that the helpers pattern names (TestNamedHelper: ^Do$).
package namedhelper

import (
	"context"

	"arkretry/helperretry/policy"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

func noCondition(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	return policy.Do(ctx, 3, nil, func(ctx context.Context) error { // want `^policy\.Do retries every error the operation returns`
		_, err := c.CreateChatCompletion(ctx, req)
		return err
	})
}

func isBusy(err error) bool { return err != nil && err.Error() == "busy" }

// With a condition: quiet.
func withCondition(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	return policy.Do(ctx, 3, isBusy, func(ctx context.Context) error {
		_, err := c.CreateChatCompletion(ctx, req)
		return err
	})
}
