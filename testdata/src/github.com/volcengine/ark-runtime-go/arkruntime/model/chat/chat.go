// Package chat is a test stub of ark-runtime-go's generated Chat
// Completions types.
package chat

import "net/http"

type OptBool struct {
	Value bool
	Set   bool
}

func NewOptBool(v bool) OptBool { return OptBool{Value: v, Set: true} }

type ChatCompletionRequest struct {
	Model  string  `json:"model"`
	Stream OptBool `json:"stream"`
}

type ChatCompletionResponse struct {
	ID string `json:"id"`
}

type ChatCompletionResponseWithHeader struct {
	ChatCompletionResponse
	header http.Header
}

func (r *ChatCompletionResponseWithHeader) SetHeader(h http.Header) { r.header = h }
func (r *ChatCompletionResponseWithHeader) GetHeader() http.Header  { return r.header }

type ChatCompletionStreamResponse struct {
	ID string `json:"id"`
}
