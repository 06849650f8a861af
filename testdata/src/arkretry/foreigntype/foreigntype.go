// Package foreigntype calls Ark through go-openai only, and takes the
// errors into volcengine-go-sdk's type: that type is never what it gets.
package foreigntype

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/avast/retry-go/v4"
	goopenai "github.com/sashabaranov/go-openai"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

const arkBaseURL = "https://ark.cn-beijing.volces.com/api/v3"

var ErrBusy = errors.New("ark is busy, try again later")

type service struct {
	oa *goopenai.Client
}

func newService(key string) *service {
	cfg := goopenai.DefaultConfig(key)
	cfg.BaseURL = arkBaseURL
	return &service{oa: goopenai.NewClientWithConfig(cfg)}
}

// The error of go-openai's call, taken into the Ark SDK's type.
func (s *service) review(ctx context.Context, req goopenai.ChatCompletionRequest) error {
	_, err := s.oa.CreateChatCompletion(ctx, req)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 { // want `^the error of go-openai's s\.oa\.CreateChatCompletion is never volcengine-go-sdk's \*model\.APIError, so this errors\.As never matches and the checks of apiErr never run; use \*openai\.APIError$`
		return ErrBusy
	}
	return err
}

// The same with errors.AsType.
func (s *service) summarize(ctx context.Context, req goopenai.ChatCompletionRequest) error {
	_, err := s.oa.CreateChatCompletion(ctx, req)
	if e, ok := errors.AsType[*model.APIError](err); ok && e.Code == "ServerOverloaded" { // want `^the error of go-openai's s\.oa\.CreateChatCompletion is never volcengine-go-sdk's \*model\.APIError, so this errors\.AsType never matches and the checks of e never run; use \*openai\.APIError$`
		return ErrBusy
	}
	return err
}

// chat calls Ark through go-openai alone.
func (s *service) chat(ctx context.Context, req goopenai.ChatCompletionRequest) error {
	_, err := s.oa.CreateChatCompletion(ctx, req)
	if err != nil {
		return fmt.Errorf("chat: %w", err)
	}
	return nil
}

// One call deep: chat's errors are go-openai's.
func (s *service) answer(ctx context.Context, req goopenai.ChatCompletionRequest) error {
	err := s.chat(ctx, req)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) { // want `^the error of s\.chat, which calls Ark through go-openai, is never volcengine-go-sdk's \*model\.APIError, so this errors\.As never matches and the checks of apiErr never run; use \*openai\.APIError$`
		switch apiErr.HTTPStatusCode {
		case 429:
			time.Sleep(time.Second)
			return ErrBusy
		}
	}
	return err
}

// Right: go-openai's error taken into go-openai's type.
func (s *service) translate(ctx context.Context, req goopenai.ChatCompletionRequest) error {
	_, err := s.oa.CreateChatCompletion(ctx, req)
	var apiErr *goopenai.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 {
		return ErrBusy
	}
	return err
}

// Taken into the Ark SDK's type but never tested: nothing depends on it.
func (s *service) probe(ctx context.Context, req goopenai.ChatCompletionRequest) bool {
	_, err := s.oa.CreateChatCompletion(ctx, req)
	var apiErr *model.APIError
	return errors.As(err, &apiErr)
}

// An error of the package's own making: not one the SDK's type could be.
func (s *service) validate(ctx context.Context) error {
	err := check(ctx)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 {
		return ErrBusy
	}
	return err
}

func check(ctx context.Context) error { return ctx.Err() }

// go-openai's error handed to a function of the package that takes it into
// the Ark SDK's type: the same mistake, one call deep.
func (s *service) rewrite(ctx context.Context, req goopenai.ChatCompletionRequest) error {
	_, err := s.oa.CreateChatCompletion(ctx, req)
	if shouldFallBack(err) {
		return ErrBusy
	}
	return err
}

func shouldFallBack(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 // want `^the error of go-openai's s\.oa\.CreateChatCompletion, handed to shouldFallBack, is never volcengine-go-sdk's \*model\.APIError, so this errors\.As never matches and the checks of apiErr never run; use \*openai\.APIError$`
}

// The same through another package's retry helper, the call in a literal.
func (s *service) polish(ctx context.Context, req goopenai.ChatCompletionRequest) error {
	err := retry.Do(func() error { // want `retry\.Do retries every error`
		_, err := s.oa.CreateChatCompletion(ctx, req)
		return err
	})
	return describe(err)
}

func describe(err error) error {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.Code == "OutofContextError" { // want `^the error of go-openai's retry\.Do, handed to describe, is never`
		return fmt.Errorf("too long: %w", err)
	}
	return err
}

// Handed an error of the package's own making as well: not every error it
// gets is go-openai's. Quiet.
func (s *service) edit(ctx context.Context, req goopenai.ChatCompletionRequest) error {
	_, err := s.oa.CreateChatCompletion(ctx, req)
	if busy(err) || busy(check(ctx)) {
		return ErrBusy
	}
	return err
}

func busy(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429
}

// Also used as a value: what the helper hands it is out of view. Quiet.
func (s *service) tidy(ctx context.Context, req goopenai.ChatCompletionRequest) error {
	_, err := s.oa.CreateChatCompletion(ctx, req)
	if limited(err) {
		return ErrBusy
	}
	return retry.Do(func() error { return err }, retry.RetryIf(limited))
}

func limited(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 // want `retrying every 429 also retries`
}
