// Package viaopenai reaches Ark through go-openai pointed at Ark's
// OpenAI-compatible endpoint, and reads its errors as the Ark SDK's type.
package viaopenai

import (
	"context"
	"errors"
	"time"

	openai "github.com/sashabaranov/go-openai"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// ErrBusy tells the user to come back later.
var ErrBusy = errors.New("the model is busy, try again later")

func newClient(key string) *openai.Client {
	cfg := openai.DefaultConfig(key)
	cfg.BaseURL = "https://ark.cn-beijing.volces.com/api/v3"
	return openai.NewClientWithConfig(cfg)
}

// Review takes go-openai's error into volcengine-go-sdk's type, which it
// never is: the 429 branch never runs.
func Review(ctx context.Context, key, text string) error {
	c := newClient(key)
	req := openai.ChatCompletionRequest{Model: "ep-review", Messages: []openai.ChatCompletionMessage{{Role: "user", Content: text}}}
	_, err := c.CreateChatCompletion(ctx, req)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 {
		return ErrBusy
	}
	return err
}

// Summarize takes it into go-openai's own type: quiet.
func Summarize(ctx context.Context, key, text string) error {
	c := newClient(key)
	req := openai.ChatCompletionRequest{Model: "ep-summary", Messages: []openai.ChatCompletionMessage{{Role: "user", Content: text}}}
	_, err := c.CreateChatCompletion(ctx, req)
	var apiErr *openai.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 {
		time.Sleep(time.Second)
		return ErrBusy
	}
	return err
}
