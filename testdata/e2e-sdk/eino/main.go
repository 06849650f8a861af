// Command arkeino calls Ark through CloudWeGo eino and eino-ext's Ark chat
// model v0.1.68 (built on volcengine-go-sdk). It inspects the SDK's errors,
// which eino wraps with %w.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/cloudwego/eino-ext/components/model/ark"
	"github.com/cloudwego/eino/schema"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"

	"example.com/arkeino/agent"
)

func main() {
	ctx := context.Background()
	cm, err := ark.NewChatModel(ctx, &ark.ChatModelConfig{APIKey: os.Getenv("ARK_API_KEY"), Model: os.Getenv("ARK_ENDPOINT_ID")})
	if err != nil {
		panic(err)
	}
	_, err = cm.Generate(ctx, []*schema.Message{schema.UserMessage("hello")})
	fmt.Println(classify(err))
	_, _ = generateWithRetry(ctx, cm, []*schema.Message{schema.UserMessage("hello")})
	fmt.Println(generateOnce(ctx, cm, nil), generateAs(ctx, cm, nil), streamOnce(ctx, cm, nil))
	_ = agent.New
}

// generateWithRetry retries every 429 of an eino Ark model, those that
// waiting never clears included.
func generateWithRetry(ctx context.Context, cm *ark.ChatModel, in []*schema.Message) (*schema.Message, error) {
	for attempt := 0; ; attempt++ {
		out, err := cm.Generate(ctx, in)
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 && attempt < 3 {
			time.Sleep(time.Second << attempt)
			continue
		}
		return out, err
	}
}

// classify finds the SDK error through eino's wrapping: errors.As works.
func classify(err error) string {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return "other"
	}
	if apiErr.Code == "ServerOverload" {
		return "overloaded"
	}
	return apiErr.Code
}

// generateOnce asserts the type of Generate's error, which eino wraps with
// %w: the assertion never holds.
func generateOnce(ctx context.Context, cm *ark.ChatModel, in []*schema.Message) bool {
	_, err := cm.Generate(ctx, in)
	if apiErr, ok := err.(*model.APIError); ok {
		return apiErr.HTTPStatusCode == 429
	}
	return false
}

// generateAs finds the same error with errors.As.
func generateAs(ctx context.Context, cm *ark.ChatModel, in []*schema.Message) bool {
	_, err := cm.Generate(ctx, in)
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429
}

// streamOnce asserts the type of Stream's error, which the Chat Completions
// mode returns bare: the assertion can hold.
func streamOnce(ctx context.Context, cm *ark.ChatModel, in []*schema.Message) bool {
	_, err := cm.Stream(ctx, in)
	switch e := err.(type) {
	case *model.APIError:
		return e.HTTPStatusCode == 429
	}
	return false
}
