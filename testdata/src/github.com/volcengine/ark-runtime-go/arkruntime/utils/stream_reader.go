// Package utils is a test stub of ark-runtime-go's stream readers.
package utils

import (
	"github.com/volcengine/ark-runtime-go/arkruntime/model"
	"github.com/volcengine/ark-runtime-go/arkruntime/model/chat"
	"github.com/volcengine/ark-runtime-go/arkruntime/model/images"
	"github.com/volcengine/ark-runtime-go/arkruntime/model/responses"
)

type ChatCompletionStreamReader struct {
	IsFinished bool
	model.HttpHeader
}

func (stream *ChatCompletionStreamReader) Close() error { return nil }

// ResponsesStreamReader.Recv wraps a mid-stream error: fmt.Errorf("error, %w", ...).
type ResponsesStreamReader struct {
	ChatCompletionStreamReader
}

func (stream *ResponsesStreamReader) Recv() (response *responses.ResponseStreamEvent, err error) {
	return
}

// ChatGenStreamReader.Recv returns a mid-stream *model.APIError bare.
type ChatGenStreamReader struct {
	ChatCompletionStreamReader
}

func (stream *ChatGenStreamReader) Recv() (response *chat.ChatCompletionStreamResponse, err error) {
	return
}

// ImageGenerationStreamReader.Recv returns a mid-stream *model.APIError bare.
type ImageGenerationStreamReader struct {
	ChatCompletionStreamReader
}

func (stream *ImageGenerationStreamReader) Recv() (response *images.ImageGenerationStreamEvent, err error) {
	return
}
