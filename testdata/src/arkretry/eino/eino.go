// Package eino reaches Ark only through eino's Ark component.
package eino

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/cloudwego/eino-ext/components/model/ark"
	"github.com/cloudwego/eino/adk"
	einomodel "github.com/cloudwego/eino/components/model"
	"github.com/cloudwego/eino/compose"
	"github.com/cloudwego/eino/schema"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// A loop around Generate is a retry loop.
func generate(ctx context.Context, cm *ark.ChatModel, in []*schema.Message) (*schema.Message, error) {
	var err error
	for attempt := 0; attempt < 3; attempt++ { // want `this loop retries every error from Generate`
		var out *schema.Message
		if out, err = cm.Generate(ctx, in); err == nil {
			return out, nil
		}
		time.Sleep(time.Second)
	}
	return nil, err
}

// An agent's model retries with no condition: every error.
var everything = &adk.ModelRetryConfig{MaxRetries: 3} // want `^adk\.ModelRetryConfig with no ShouldRetry retries every error of the Ark model, .*; set ShouldRetry to retry only the codes waiting clears$`

// An IsRetryAble that returns true for every 429.
var every429 = &adk.ModelRetryConfig{
	MaxRetries: 3,
	IsRetryAble: func(ctx context.Context, err error) bool {
		var apiErr *model.APIError
		return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 // want `retrying every 429 also retries QuotaExceeded and SetLimitExceeded`
	},
}

// An IsRetryAble that leaves out the codes waiting never clears: quiet.
var waitable = &adk.ModelRetryConfig{
	MaxRetries: 3,
	IsRetryAble: func(ctx context.Context, err error) bool {
		var apiErr *model.APIError
		if !errors.As(err, &apiErr) {
			return false
		}
		switch apiErr.Code {
		case "SetLimitExceeded", "QuotaExceeded", "SessionQuotaExceeded":
			return false
		}
		return apiErr.HTTPStatusCode == 429
	},
}

// agent keeps its Ark model behind eino's interface, as eino code does.
type agent struct {
	llm einomodel.ToolCallingChatModel
}

func newAgent(ctx context.Context) (*agent, error) {
	cm, err := ark.NewChatModel(ctx, &ark.ChatModelConfig{})
	if err != nil {
		return nil, err
	}
	return &agent{llm: cm}, nil
}

// A loop around the interface's Generate retries the Ark model's errors.
func (a *agent) ask(ctx context.Context, in []*schema.Message) (*schema.Message, error) {
	var lastErr error
	for i := 0; i < 3; i++ { // want `^this loop retries every error from Generate, AuthenticationError`
		out, err := a.llm.Generate(ctx, in)
		if err != nil {
			lastErr = err
			time.Sleep(time.Second)
			continue
		}
		return out, nil
	}
	return nil, lastErr
}

// Searching the error's text for the status retries every 429.
func (a *agent) askText(ctx context.Context, in []*schema.Message) (*schema.Message, error) {
	for {
		out, err := a.llm.Generate(ctx, in)
		if err == nil {
			return out, nil
		}
		if strings.Contains(err.Error(), "429") || strings.Contains(err.Error(), "TooManyRequests") { // want `^retrying every error whose text holds "429" also retries QuotaExceeded and SetLimitExceeded, which waiting does not clear; check \.Code$`
			time.Sleep(2 * time.Second)
			continue
		}
		return nil, err
	}
}

// The text searched for the codes waiting does not clear first: quiet.
func (a *agent) askTextExcluding(ctx context.Context, in []*schema.Message) (*schema.Message, error) {
	for {
		out, err := a.llm.Generate(ctx, in)
		if err == nil {
			return out, nil
		}
		text := err.Error()
		if strings.Contains(err.Error(), "QuotaExceeded") || strings.Contains(err.Error(), "SetLimitExceeded") {
			return nil, err
		}
		if strings.Contains(err.Error(), "429") {
			time.Sleep(2 * time.Second)
			continue
		}
		return nil, errors.New(text)
	}
}

// A 429 found in the text, handed to the user: quiet.
func (a *agent) askTextBusy(ctx context.Context, in []*schema.Message) (*schema.Message, error) {
	out, err := a.llm.Generate(ctx, in)
	if err != nil && strings.Contains(err.Error(), "429") {
		return nil, errors.New("the assistant is busy, try again later")
	}
	return out, err
}

// A loop around a compiled chain that runs the Ark model retries its
// errors too.
func invoke(ctx context.Context, r compose.Runnable[[]*schema.Message, *schema.Message], in []*schema.Message) (*schema.Message, error) {
	var err error
	for range 3 { // want `this loop retries every error from Invoke`
		var out *schema.Message
		if out, err = r.Invoke(ctx, in); err == nil {
			return out, nil
		}
		time.Sleep(time.Second)
	}
	return nil, err
}

// Through eino's model interface, Generate wraps the Ark model's error as
// the component's method does: an assertion never matches.
func (a *agent) askAsserting(ctx context.Context, in []*schema.Message) (*schema.Message, error) {
	out, err := a.llm.Generate(ctx, in)
	if apiErr, ok := err.(*model.APIError); ok && apiErr.HTTPStatusCode == 400 { // want `^Generate wraps the Ark error it returns, so this type assertion to \*model\.APIError never matches`
		return nil, errors.New("bad request")
	}
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 400 {
		return nil, errors.New("bad request")
	}
	return out, err
}
