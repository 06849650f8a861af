// Package utils is a test stub of BytePlus ModelArk's Ark SDK (byteplus-go-sdk-v2)'s stream readers and retry helper.
package utils

import (
	"context"
	"time"

	"github.com/byteplus-sdk/byteplus-go-sdk-v2/service/arkruntime/model"
	"github.com/byteplus-sdk/byteplus-go-sdk-v2/service/arkruntime/model/responses"
)

type ChatCompletionStreamReader struct{}

func (stream *ChatCompletionStreamReader) Recv() (response model.ChatCompletionStreamResponse, err error) {
	return
}
func (stream *ChatCompletionStreamReader) Close() error { return nil }

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
