// Package openai is a test stub of github.com/openai/openai-go (v1, the
// line eino-ext requires).
package openai

import (
	"context"

	"github.com/openai/openai-go/internal/apierror"
	"github.com/openai/openai-go/option"
)

// Error is an alias of the internal error type, as in the real SDK.
type Error = apierror.Error

type Client struct {
	Options []option.RequestOption
	Chat    ChatService
}

func NewClient(opts ...option.RequestOption) (r Client) { return }

type ChatService struct {
	Options     []option.RequestOption
	Completions ChatCompletionService
}

type ChatCompletionService struct {
	Options []option.RequestOption
}

type ChatCompletionNewParams struct {
	Model string
}

type ChatCompletion struct {
	ID string
}

func (r *ChatCompletionService) New(ctx context.Context, body ChatCompletionNewParams, opts ...option.RequestOption) (res *ChatCompletion, err error) {
	return
}
