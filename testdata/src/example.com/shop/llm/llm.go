// Package llm is an application's own wrapper of the Ark client, in
// another package of its module.
package llm

import (
	"context"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// Complete sends one chat request and returns the SDK's error as it is.
func Complete(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (string, error) {
	_, err := c.CreateChatCompletion(ctx, req)
	return "", err
}
