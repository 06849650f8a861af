package helperretry

import (
	"context"

	shopretry "example.com/shop/retry"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// The module's own retry helper, in another package, skips a nil
// ShouldRetry: read from its source, a policy leaving it nil retries every
// error, in a literal or from a function of that package returning one.
func (s *chatter) policyLeftNil(ctx context.Context, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	return shopretry.Do(ctx, shopretry.Policy{Attempts: 3}, func(ctx context.Context) (model.ChatCompletionResponse, error) { // want `^this call leaves ShouldRetry nil, so the loop of shopretry\.Do retries every error from CreateChatCompletion, AuthenticationError`
		return s.c.CreateChatCompletion(ctx, req)
	})
}

func (s *chatter) defaultPolicy(ctx context.Context, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	policy := shopretry.DefaultPolicy()
	return shopretry.Do(ctx, policy, func(ctx context.Context) (model.ChatCompletionResponse, error) { // want `^this call leaves ShouldRetry nil, so the loop of shopretry\.Do retries every error`
		return s.c.CreateChatCompletion(ctx, req)
	})
}

// The condition handed to the helper as a parameter, nil: the same.
func (s *chatter) conditionNil(ctx context.Context, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	return shopretry.Retry(ctx, 3, func() (model.ChatCompletionResponse, error) { // want `^this call leaves retryable nil, so the loop of shopretry\.Retry retries every error from CreateChatCompletion`
		return s.c.CreateChatCompletion(ctx, req)
	}, nil)
}

// Negatives: the condition set; helpers that give a nil condition one of
// their own, by an assignment or through a method that fills it in; and
// the same nil policy beside an operation that does not reach Ark.
func (s *chatter) policySet(ctx context.Context, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	return shopretry.Do(ctx, shopretry.Policy{Attempts: 3, ShouldRetry: isRetryable}, func(ctx context.Context) (model.ChatCompletionResponse, error) {
		return s.c.CreateChatCompletion(ctx, req)
	})
}

func (s *chatter) conditionSet(ctx context.Context, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	return shopretry.Retry(ctx, 3, func() (model.ChatCompletionResponse, error) {
		return s.c.CreateChatCompletion(ctx, req)
	}, isRetryable)
}

func (s *chatter) conditionDefaulted(ctx context.Context, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	return shopretry.RetryDefaulted(ctx, 3, func() (model.ChatCompletionResponse, error) {
		return s.c.CreateChatCompletion(ctx, req)
	}, nil)
}

func (s *chatter) policyDefaulted(ctx context.Context, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	return shopretry.DoDefaulted(ctx, shopretry.Policy{Attempts: 3}, func(ctx context.Context) (model.ChatCompletionResponse, error) {
		return s.c.CreateChatCompletion(ctx, req)
	})
}

func (s *chatter) policyFilled(ctx context.Context, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	return shopretry.DoFilled(ctx, shopretry.DefaultPolicy(), func(ctx context.Context) (model.ChatCompletionResponse, error) {
		return s.c.CreateChatCompletion(ctx, req)
	})
}

func (s *chatter) policyLeftNilElsewhere(ctx context.Context, path string) (int, error) {
	return shopretry.Do(ctx, shopretry.Policy{Attempts: 3}, func(ctx context.Context) (int, error) {
		return countLines(ctx, path)
	})
}
