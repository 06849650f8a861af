// Package viaopenai holds arkretry's rules for code that reaches Ark
// through OpenAI-compatible SDKs pointed at Ark's base URL.
package viaopenai

import (
	"context"
	"errors"
	"time"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
)

const arkBaseURL = "https://ark.cn-beijing.volces.com/api/v3"

func newClients(key string) (*goopenai.Client, openai.Client) {
	cfg := goopenai.DefaultConfig(key)
	cfg.BaseURL = arkBaseURL
	return goopenai.NewClientWithConfig(cfg), openai.NewClient(option.WithBaseURL(arkBaseURL), option.WithAPIKey(key))
}

// go-openai's Code is an any; a switch on it compares with the codes.
func goOpenAISwitch(ctx context.Context, c *goopenai.Client, req goopenai.ChatCompletionRequest) error {
	_, err := c.CreateChatCompletion(ctx, req)
	var apiErr *goopenai.APIError
	if errors.As(err, &apiErr) {
		switch apiErr.Code { // want `switch on Ark error code names no retryable 429 code, so rate-limited calls fall through the switch; check \.HTTPStatusCode == 429 first`
		case "InvalidParameter", "AuthenticationError":
			return err
		}
	}
	return nil // the rest, 429s included, is dropped
}

func goOpenAIPartial(err error) bool {
	var apiErr *goopenai.APIError
	if errors.As(err, &apiErr) && (apiErr.Code == "ServerOverloaded" || apiErr.Code == "InvalidParameter") { // want `checks of Ark error code handle ServerOverloaded but not the retryable .*; handle them alike or check \.HTTPStatusCode == 429$`
		return true
	}
	return false
}

// openai-go's status field is StatusCode.
func openAIGoLoop(ctx context.Context, c *openai.Client, params openai.ChatCompletionNewParams) (*openai.ChatCompletion, error) {
	for {
		resp, err := c.Chat.Completions.New(ctx, params)
		var apiErr *openai.Error
		if errors.As(err, &apiErr) && apiErr.StatusCode == 429 { // want `retrying every 429 also retries QuotaExceeded and SetLimitExceeded`
			time.Sleep(time.Second)
			continue
		}
		return resp, err
	}
}

func openAIGoNoCover(err error) string {
	var apiErr *openai.Error
	if !errors.As(err, &apiErr) {
		return ""
	}
	switch apiErr.Code { // want `switch on Ark error code names no retryable 429 code, so rate-limited calls fall to the default branch; check \.StatusCode == 429 first`
	case "InvalidParameter":
		return "bad request"
	case "AccessDenied":
		return "denied"
	default:
		return "other"
	}
}

// A stream's Recv error has no status here either.
func goOpenAIStream(ctx context.Context, c *goopenai.Client, req goopenai.ChatCompletionRequest) error {
	s, err := c.CreateChatCompletionStream(ctx, req)
	if err != nil {
		return err
	}
	_, err = s.Recv()
	var apiErr *goopenai.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 { // want `HTTPStatusCode is always 0 on an Ark error read mid-stream`
		return err
	}
	return err
}

// A loop that retries every error of openai-go: the advice is in its terms.
func openAIGoEveryError(ctx context.Context, c *openai.Client, params openai.ChatCompletionNewParams) (*openai.ChatCompletion, error) {
	var lastErr error
	for i := 0; i < 3; i++ { // want `^this loop retries every error from New, AuthenticationError, InvalidParameter, SetLimitExceeded and content-safety rejections included, which no retry clears; check \.StatusCode or \.Code \(errors\.As with \*openai\.Error\) before going round$`
		resp, err := c.Chat.Completions.New(ctx, params)
		if err == nil {
			return resp, nil
		}
		lastErr = err
		time.Sleep(time.Second)
	}
	return nil, lastErr
}

// And of go-openai.
func goOpenAIEveryError(ctx context.Context, c *goopenai.Client, req goopenai.ChatCompletionRequest) error {
	var err error
	for i := 0; i < 3; i++ { // want `check \.HTTPStatusCode or \.Code \(errors\.As with \*openai\.APIError\) before going round$`
		if _, err = c.CreateChatCompletion(ctx, req); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}

// go-openai's RequestError, checked alone, for a 429.
func goOpenAIWrongType(ctx context.Context, c *goopenai.Client, req goopenai.ChatCompletionRequest) error {
	for i := 0; i < 3; i++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		var reqErr *goopenai.RequestError
		if errors.As(err, &reqErr) && reqErr.HTTPStatusCode == 429 { // want `^\*openai\.RequestError carries only transport failures and bodies that do not decode; go-openai returns every Ark error with a JSON body, rate limits included, as \*openai\.APIError, so this 429 check misses them; use errors\.As with \*openai\.APIError$`
			time.Sleep(time.Second)
			continue
		}
		return err
	}
	return nil
}

// The same beside a check of the API error type: quiet.
func goOpenAIBothTypes(err error) bool {
	var apiErr *goopenai.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode >= 500 {
		return true
	}
	var reqErr *goopenai.RequestError
	return errors.As(err, &reqErr) && reqErr.HTTPStatusCode == 408
}
