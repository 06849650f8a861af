// Package openai is a test stub of github.com/openai/openai-go/v3.
package openai

import (
	"context"

	"github.com/openai/openai-go/v3/internal/apierror"
	"github.com/openai/openai-go/v3/option"
)

// Error is an alias of the internal error type, as in the real SDK.
type Error = apierror.Error

type Client struct {
	Chat ChatService
}

func NewClient(opts ...option.RequestOption) Client { return Client{} }

type ChatService struct {
	Completions ChatCompletionService
}

type ChatCompletionService struct{}

type ChatCompletionNewParams struct {
	Model string
}

type ChatCompletion struct {
	ID string
}

func (r *ChatCompletionService) New(ctx context.Context, body ChatCompletionNewParams, opts ...option.RequestOption) (*ChatCompletion, error) {
	return &ChatCompletion{}, nil
}
