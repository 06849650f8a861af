package model

import "net/http"

const (
	ClientRequestHeader = "X-Client-Request-Id"
	RetryAfterHeader    = "Retry-After"
)

const (
	ChatMessageRoleSystem    = "system"
	ChatMessageRoleUser      = "user"
	ChatMessageRoleAssistant = "assistant"
)

type HttpHeader http.Header

func (h *HttpHeader) SetHeader(header http.Header) { *h = HttpHeader(header) }
func (h *HttpHeader) GetHeader() http.Header       { return http.Header(*h) }
func (h *HttpHeader) Header() http.Header          { return http.Header(*h) }

type Response interface {
	SetHeader(http.Header)
	GetHeader() http.Header
}

type ChatCompletionMessageContent struct {
	StringValue *string
}

type ChatCompletionMessage struct {
	Role    string                        `json:"role"`
	Content *ChatCompletionMessageContent `json:"content"`
}

type ChatRequest interface {
	GetModel() string
}

type CreateChatCompletionRequest struct {
	Model    string                   `json:"model"`
	Messages []*ChatCompletionMessage `json:"messages"`
	Stream   bool                     `json:"stream"`
}

func (r *CreateChatCompletionRequest) GetModel() string { return r.Model }

type ChatCompletionChoice struct {
	Index   int                   `json:"index"`
	Message ChatCompletionMessage `json:"message"`
}

type ChatCompletionResponse struct {
	ID      string                  `json:"id"`
	Choices []*ChatCompletionChoice `json:"choices"`
	HttpHeader
}

type ChatCompletionStreamResponse struct {
	ID string `json:"id"`
}

type EmbeddingRequestConverter interface{ Convert() EmbeddingRequest }

type EmbeddingRequest struct {
	Input []string `json:"input"`
	Model string   `json:"model"`
}

func (r EmbeddingRequest) Convert() EmbeddingRequest { return r }

type EmbeddingResponse struct {
	HttpHeader
}

type GenerateImagesRequest struct {
	Model  string `json:"model"`
	Prompt string `json:"prompt"`
}

type GenerateImagesError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

type ImagesResponse struct {
	Model string               `json:"model"`
	Error *GenerateImagesError `json:"error,omitempty"`
	HttpHeader
}

type ImagesStreamResponse struct {
	Type  string               `json:"type"`
	Error *GenerateImagesError `json:"error,omitempty"`
}

type ContentGenerationError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

type CreateContentGenerationTaskRequest struct {
	Model string `json:"model"`
}

type CreateContentGenerationTaskResponse struct {
	ID string `json:"id"`
	HttpHeader
}

type GetContentGenerationTaskRequest struct {
	ID string `json:"id"`
}

type GetContentGenerationTaskResponse struct {
	ID     string                  `json:"id"`
	Status string                  `json:"status"`
	Error  *ContentGenerationError `json:"error,omitempty"`
	HttpHeader
}
