// Package ark is a test stub of eino-ext's Ark chat, Responses and image
// models (v0.1.68). Generate wraps the SDK's error with %w; the chat model's
// Stream returns a creation error bare.
package ark

import (
	"context"
	"net/http"
	"time"

	"github.com/cloudwego/eino/components/model"
	"github.com/cloudwego/eino/schema"
)

type ChatModelConfig struct {
	Timeout    *time.Duration `json:"timeout"`
	HTTPClient *http.Client   `json:"http_client"`
	// RetryTimes is passed to arkruntime.WithRetryTimes; nil means 2.
	RetryTimes *int   `json:"retry_times"`
	BaseURL    string `json:"base_url"`
	APIKey     string `json:"api_key"`
	Model      string `json:"model"`
}

type ChatModel struct{ config *ChatModelConfig }

func NewChatModel(_ context.Context, config *ChatModelConfig) (*ChatModel, error) {
	return &ChatModel{config: config}, nil
}

func (cm *ChatModel) Generate(ctx context.Context, in []*schema.Message, opts ...model.Option) (outMsg *schema.Message, err error) {
	return
}

func (cm *ChatModel) Stream(ctx context.Context, in []*schema.Message, opts ...model.Option) (outStream *schema.StreamReader[*schema.Message], err error) {
	return
}

func (cm *ChatModel) WithTools(tools []*schema.Message) (model.ToolCallingChatModel, error) {
	return cm, nil
}

type CacheInfo struct{ ContextID string }

func (cm *ChatModel) CreatePrefixCache(ctx context.Context, prefix []*schema.Message, ttl int, opts ...model.Option) (info *CacheInfo, err error) {
	return
}

func (cm *ChatModel) CreateSessionCache(ctx context.Context, prefix []*schema.Message, ttl int) (info *CacheInfo, err error) {
	return
}

type ResponsesAPIConfig struct {
	RetryTimes *int   `json:"retry_times"`
	APIKey     string `json:"api_key"`
	Model      string `json:"model"`
}

type ResponsesAPIChatModel struct{}

func NewResponsesAPIChatModel(_ context.Context, config *ResponsesAPIConfig) (*ResponsesAPIChatModel, error) {
	return &ResponsesAPIChatModel{}, nil
}

func (cm *ResponsesAPIChatModel) Generate(ctx context.Context, input []*schema.Message, opts ...model.Option) (outMsg *schema.Message, err error) {
	return
}

func (cm *ResponsesAPIChatModel) Stream(ctx context.Context, input []*schema.Message, opts ...model.Option) (outStream *schema.StreamReader[*schema.Message], err error) {
	return
}

type ImageGenerationConfig struct {
	RetryTimes *int   `json:"retry_times"`
	APIKey     string `json:"api_key"`
	Model      string `json:"model"`
}

// ImageGenerationModel returns the SDK's HTTP errors bare and a failed task
// as text: "image generation failed, errCode: %v, errMsg: %v".
type ImageGenerationModel struct{}

func NewImageGenerationModel(_ context.Context, config *ImageGenerationConfig) (*ImageGenerationModel, error) {
	return &ImageGenerationModel{}, nil
}

func (im *ImageGenerationModel) Generate(ctx context.Context, in []*schema.Message, opts ...model.Option) (outMsg *schema.Message, err error) {
	return
}

func (im *ImageGenerationModel) Stream(ctx context.Context, in []*schema.Message, opts ...model.Option) (outStream *schema.StreamReader[*schema.Message], err error) {
	return
}
