// Package openai is a test stub of github.com/sashabaranov/go-openai: its
// error types and the client calls arkvet reads.
package openai

import (
	"context"
	"fmt"
	"net/http"
)

type InnerError struct {
	Code string `json:"code,omitempty"`
}

type APIError struct {
	Code           any         `json:"code,omitempty"`
	Message        string      `json:"message"`
	Param          *string     `json:"param,omitempty"`
	Type           string      `json:"type"`
	HTTPStatus     string      `json:"-"`
	HTTPStatusCode int         `json:"-"`
	InnerError     *InnerError `json:"innererror,omitempty"`
}

func (e *APIError) Error() string {
	return fmt.Sprintf("error, status code: %d, status: %s, message: %s", e.HTTPStatusCode, e.HTTPStatus, e.Message)
}

type RequestError struct {
	HTTPStatus     string
	HTTPStatusCode int
	Err            error
	Body           []byte
}

func (e *RequestError) Error() string { return fmt.Sprintf("error, status code: %d", e.HTTPStatusCode) }
func (e *RequestError) Unwrap() error { return e.Err }

type ClientConfig struct {
	BaseURL    string
	HTTPClient *http.Client
}

func DefaultConfig(authToken string) ClientConfig {
	return ClientConfig{BaseURL: "https://api.openai.com/v1"}
}

type Client struct{ config ClientConfig }

func NewClient(authToken string) *Client              { return &Client{} }
func NewClientWithConfig(config ClientConfig) *Client { return &Client{config: config} }

type ChatCompletionMessage struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type ChatCompletionRequest struct {
	Model    string                  `json:"model"`
	Messages []ChatCompletionMessage `json:"messages"`
}

type ChatCompletionResponse struct {
	ID string `json:"id"`
}

type ChatCompletionStreamResponse struct {
	ID string `json:"id"`
}

// streamReader reads every stream, as in the real SDK: an error event's
// error comes back wrapped, fmt.Errorf("error, %w", respErr.Error).
type streamReader[T any] struct {
	err *APIError
}

func (stream *streamReader[T]) Recv() (response T, err error) {
	if stream.err != nil {
		return response, fmt.Errorf("error, %w", stream.err)
	}
	return response, nil
}

func (stream *streamReader[T]) Close() error { return nil }

type ChatCompletionStream struct {
	*streamReader[ChatCompletionStreamResponse]
}

func (c *Client) CreateChatCompletion(ctx context.Context, request ChatCompletionRequest) (response ChatCompletionResponse, err error) {
	return
}

func (c *Client) CreateChatCompletionStream(ctx context.Context, request ChatCompletionRequest) (stream *ChatCompletionStream, err error) {
	return
}
