// Package optional shows the looks a nil retry condition skips, and errors
// taken into a type their SDK never returns.
package optional

import (
	"context"
	"errors"
	"time"

	goopenai "github.com/sashabaranov/go-openai"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

type Policy struct {
	Attempts    int
	ShouldRetry func(error) bool
	Log         func(error)
}

func do(p Policy, op func() error) error {
	var err error
	for i := 0; i < p.Attempts; i++ {
		err = op()
		if err == nil { // want `errcheck nonnil=false -> other`
			return nil
		}
		if p.ShouldRetry != nil && !p.ShouldRetry(err) { // want `^optional look on ShouldRetry, direct=false -> error$`
			return err
		}
		if p.ShouldRetry == nil || p.ShouldRetry(err) { // want `^optional look on ShouldRetry, direct=true -> goes round$`
			time.Sleep(time.Second)
			continue
		}
		// Called whatever it is: not optional.
		if p.Log != nil {
			p.Log(err)
		}
		if !p.ShouldRetry(err) {
			return err
		}
		// A nil check of another value does not make it optional.
		if p.Log != nil && !p.ShouldRetry(err) {
			return err
		}
	}
	return err
}

func newClient() *goopenai.Client {
	cfg := goopenai.DefaultConfig("k")
	cfg.BaseURL = "https://ark.cn-beijing.volces.com/api/v3"
	return goopenai.NewClientWithConfig(cfg)
}

func review(ctx context.Context, c *goopenai.Client) error {
	_, err := c.CreateChatCompletion(ctx, goopenai.ChatCompletionRequest{})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 { // want `^apiErr never holds an error of go-openai$` `test status == 429 -> other`
		return nil
	}
	var oaErr *goopenai.APIError
	if errors.As(err, &oaErr) && oaErr.HTTPStatusCode == 429 { // want `test status == 429 -> other`
		return nil
	}
	return err
}
