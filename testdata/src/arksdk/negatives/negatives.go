// Package negatives imports an Ark SDK, so that it reaches Ark, and declares
// look-alikes of its names: none of them means anything to arksdk.
package negatives // want `^via ark sdk$`

import (
	"context"
	"fmt"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

type APIError struct {
	Code, Type, RequestId string
	HTTPStatusCode        int
}

func (e *APIError) Error() string { return e.Code }

type Client struct{}

func (c *Client) CreateChatCompletion(ctx context.Context) error { return nil }

type StreamReader struct{}

func (s *StreamReader) Recv() (string, error) { return "", nil }

func WithRetryTimes(n int) int { return n }

const ClientRequestHeader = "X-Client-Request-Id"

// Result looks like controller-runtime's reconcile.Result.
type Result struct {
	Requeue      bool
	RequeueAfter int64
}

func result() {
	var r Result
	_ = r
}

type ChatModelConfig struct{ RetryTimes *int }

type ModelRetryConfig struct {
	MaxRetries  int
	IsRetryAble func(context.Context, error) bool
}

func lookAlikes(ctx context.Context, err error) {
	var apiErr *APIError
	_ = fmt.Sprint(apiErr.Code, apiErr.Type, apiErr.RequestId, apiErr.HTTPStatusCode)
	_ = (&Client{}).CreateChatCompletion(ctx)
	_, _ = (&StreamReader{}).Recv()
	_ = WithRetryTimes(-1)
	_ = ClientRequestHeader
	one := 1
	_ = ChatModelConfig{RetryTimes: &one}
	var cfg ModelRetryConfig
	_ = ModelRetryConfig{MaxRetries: 1, IsRetryAble: cfg.IsRetryAble}
	var resp model.ChatCompletionResponse
	_ = resp.Header()
}
