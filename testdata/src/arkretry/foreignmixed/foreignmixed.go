// Package foreignmixed calls Ark through go-openai and through
// volcengine-go-sdk: an error of the SDK's type can reach a function of the
// package that calls go-openai through another function it calls, so only
// a function whose every other call returns no error (or the standard
// library's) is known to give back go-openai's errors alone.
package foreignmixed

import (
	"context"
	"errors"
	"time"

	goopenai "github.com/sashabaranov/go-openai"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

var ErrBusy = errors.New("ark is busy, try again later")

type service struct {
	oa  *goopenai.Client
	ark *arkruntime.Client
}

func newService(key string) *service {
	cfg := goopenai.DefaultConfig(key)
	cfg.BaseURL = "https://ark.cn-beijing.volces.com/api/v3"
	return &service{oa: goopenai.NewClientWithConfig(cfg), ark: arkruntime.NewClientWithApiKey(key)}
}

func (s *service) chat(ctx context.Context, req goopenai.ChatCompletionRequest) error {
	_, err := s.oa.CreateChatCompletion(ctx, req)
	return err
}

// chat calls go-openai alone, though the package also calls the SDK: its
// error is never the SDK's.
func (s *service) answer(ctx context.Context, req goopenai.ChatCompletionRequest) error {
	err := s.chat(ctx, req)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 { // want `^the error of s\.chat, which calls Ark through go-openai, is never volcengine-go-sdk's \*model\.APIError`
		return ErrBusy
	}
	return err
}

// chatPaced waits through a function of the package that returns an error
// but reaches no Ark SDK: still go-openai's errors alone.
func sleepCtx(ctx context.Context, d time.Duration) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(d):
		return nil
	}
}

func (s *service) chatPaced(ctx context.Context, req goopenai.ChatCompletionRequest) error {
	if err := sleepCtx(ctx, time.Second); err != nil {
		return err
	}
	_, err := s.oa.CreateChatCompletion(ctx, req)
	return err
}

func (s *service) answerPaced(ctx context.Context, req goopenai.ChatCompletionRequest) error {
	err := s.chatPaced(ctx, req)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 { // want `^the error of s\.chatPaced, which calls Ark through go-openai, is never volcengine-go-sdk's \*model\.APIError`
		return ErrBusy
	}
	return err
}

// chatWarm calls go-openai, and a function of the package that calls the
// SDK and returns its error: it may be either. Quiet.
func (s *service) chatWarm(ctx context.Context, req goopenai.ChatCompletionRequest) error {
	if err := s.embed(ctx); err != nil {
		return err
	}
	_, err := s.oa.CreateChatCompletion(ctx, req)
	return err
}

func (s *service) answerWarm(ctx context.Context, req goopenai.ChatCompletionRequest) error {
	err := s.chatWarm(ctx, req)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 {
		return ErrBusy
	}
	return err
}

// The SDK's own call, taken into its own type: quiet.
func (s *service) embed(ctx context.Context) error {
	_, err := s.ark.CreateEmbeddings(ctx, model.EmbeddingRequest{})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 {
		return ErrBusy
	}
	return err
}

// The SDK's call taken into go-openai's type: never matches.
func (s *service) embedOpenAI(ctx context.Context) error {
	_, err := s.ark.CreateEmbeddings(ctx, model.EmbeddingRequest{})
	var apiErr *goopenai.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 { // want `^the error of volcengine-go-sdk's s\.ark\.CreateEmbeddings is never go-openai's \*openai\.APIError, so this errors\.As never matches and the checks of apiErr never run; use \*model\.APIError$`
		return ErrBusy
	}
	return err
}
