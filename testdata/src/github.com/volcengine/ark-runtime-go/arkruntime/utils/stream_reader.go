// Package utils is a test stub of the Ark SDK's stream readers and retry helper.
package utils

import (
	"context"
	"time"

	"github.com/volcengine/ark-runtime-go/arkruntime/model"
	"github.com/volcengine/ark-runtime-go/arkruntime/model/responses"
)

type ChatCompletionStreamReader struct{}

func (stream *ChatCompletionStreamReader) Recv() (response model.ChatCompletionStreamResponse, err error) {
	return
}
func (stream *ChatCompletionStreamReader) Close() error { return nil }

type BotChatCompletionStreamReader struct{}

func (stream *BotChatCompletionStreamReader) Recv() (response model.BotChatCompletionStreamResponse, err error) {
	return
}
func (stream *BotChatCompletionStreamReader) Close() error { return nil }

type ImageGenerationStreamReader struct{}

func (stream *ImageGenerationStreamReader) Recv() (response model.ImagesStreamResponse, err error) {
	return
}
func (stream *ImageGenerationStreamReader) Close() error { return nil }

type ResponsesStreamReader struct{}

func (stream *ResponsesStreamReader) Recv() (response *responses.Event, err error) { return }
func (stream *ResponsesStreamReader) Close() error                                 { return nil }

type RetryPolicy struct {
	MaxAttempts    int
	InitialBackoff time.Duration
	MaxBackoff     time.Duration
}

func Retry(ctx context.Context, rp RetryPolicy, isNeedRetry func() bool, doFunc func() error,
	overRetryLimitError error, isNeedRetryError func(error) bool) error {
	return doFunc()
}
