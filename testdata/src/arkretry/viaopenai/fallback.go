package viaopenai

import (
	"context"
	"errors"
	"time"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
)

// A gateway with Ark first and another provider as its fallback: the
// fallback's calls are not Ark's, and retrying every error of them is the
// other provider's business.
type upstream struct {
	ark      *goopenai.Client
	fallback *goopenai.Client
	backup   openai.Client
}

func newUpstream(key string) *upstream {
	arkCfg := goopenai.DefaultConfig(key)
	arkCfg.BaseURL = arkBaseURL
	dsCfg := goopenai.DefaultConfig(key)
	dsCfg.BaseURL = "https://api.deepseek.com/v1"
	return &upstream{
		ark:      goopenai.NewClientWithConfig(arkCfg),
		fallback: goopenai.NewClientWithConfig(dsCfg),
		backup:   openai.NewClient(option.WithBaseURL("https://api.moonshot.cn/v1"), option.WithAPIKey(key)),
	}
}

func (u *upstream) fallbackChat(ctx context.Context, req goopenai.ChatCompletionRequest) (goopenai.ChatCompletionResponse, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := u.fallback.CreateChatCompletion(ctx, req)
		if err == nil {
			return resp, nil
		}
		lastErr = err
		time.Sleep(time.Duration(attempt+1) * 500 * time.Millisecond)
	}
	return goopenai.ChatCompletionResponse{}, lastErr
}

func (u *upstream) backupChat(ctx context.Context, params openai.ChatCompletionNewParams) error {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if _, err = u.backup.Chat.Completions.New(ctx, params); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}

// The Ark client's own loop is still judged.
func (u *upstream) arkChat(ctx context.Context, req goopenai.ChatCompletionRequest) error {
	var err error
	for attempt := 0; attempt < 3; attempt++ { // want `^this loop retries every error from CreateChatCompletion`
		if _, err = u.ark.CreateChatCompletion(ctx, req); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}

// go-openai's stream Recv wraps an error event's *APIError with %w: a type
// assertion never matches; errors.As does.
func (u *upstream) stream(ctx context.Context, req goopenai.ChatCompletionRequest) bool {
	s, err := u.ark.CreateChatCompletionStream(ctx, req)
	if err != nil {
		return false
	}
	_, err = s.Recv()
	if apiErr, ok := err.(*goopenai.APIError); ok && apiErr.Code == "ServerOverloaded" { // want `^s\.Recv wraps the Ark error it returns, so this type assertion to \*goopenai\.APIError never matches`
		return true
	}
	return false
}

// The fallback's error is the other provider's, codes and all: no Ark
// classification, however its switch reads.
func (u *upstream) fallbackKind(ctx context.Context, req goopenai.ChatCompletionRequest) string {
	_, err := u.fallback.CreateChatCompletion(ctx, req)
	var apiErr *goopenai.APIError
	if errors.As(err, &apiErr) {
		code, _ := apiErr.Code.(string)
		switch code {
		case "insufficient_quota":
			return "quota"
		case "invalid_api_key":
			return "auth"
		}
	}
	return ""
}

// The same switch on the Ark client's error is one.
func (u *upstream) arkKind(ctx context.Context, req goopenai.ChatCompletionRequest) string {
	_, err := u.ark.CreateChatCompletion(ctx, req)
	var apiErr *goopenai.APIError
	if errors.As(err, &apiErr) {
		code, _ := apiErr.Code.(string)
		switch code { // want `^switch on Ark error code names no retryable 429 code`
		case "QuotaExceeded":
			return "quota"
		case "AuthenticationError":
			return "auth"
		}
	}
	return ""
}
