// Package overflow sends go-openai to Ark, at a configured base URL, and
// overflows to OpenAI itself, through a second client built with OpenAI's
// constant base URL: the second client's codes are OpenAI's.
package overflow

import (
	"context"
	"errors"

	openai "github.com/sashabaranov/go-openai"
)

type adapter struct {
	primary  *openai.Client
	overflow *openai.Client
}

func newAdapter(key, baseURL string) *adapter {
	ac := openai.DefaultConfig(key)
	ac.BaseURL = baseURL
	a := &adapter{primary: openai.NewClientWithConfig(ac)}
	oc := openai.DefaultConfig(key)
	oc.BaseURL = "https://api.openai.com/v1"
	a.overflow = openai.NewClientWithConfig(oc)
	return a
}

func (a *adapter) overflowChat(ctx context.Context, req openai.ChatCompletionRequest) string {
	_, err := a.overflow.CreateChatCompletion(ctx, req)
	var apiErr *openai.APIError
	if errors.As(err, &apiErr) {
		code, _ := apiErr.Code.(string)
		switch code {
		case "insufficient_quota", "billing_hard_limit_reached":
			return "quota"
		case "rate_limit_exceeded":
			return "busy"
		}
	}
	return ""
}

// The Ark client's codes are still Ark's.
func (a *adapter) chat(ctx context.Context, req openai.ChatCompletionRequest) string {
	_, err := a.primary.CreateChatCompletion(ctx, req)
	var apiErr *openai.APIError
	if errors.As(err, &apiErr) {
		switch apiErr.Code {
		case "ServerOverloded": // want `did you mean "ServerOverloaded"\?$`
			return "busy"
		}
	}
	return ""
}
