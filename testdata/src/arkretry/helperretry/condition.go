package helperretry

import (
	"context"
	"errors"
	"strings"

	"arkretry/helperretry/policy"
	"arkretry/helperretry/retryx"

	"github.com/avast/retry-go/v4"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// A helper of another package given its retry condition as a function
// value beside the operation.

// No condition, but policy.Do is no retry library arkvet knows: its body,
// in another package, is out of view (it may check the error itself), so it
// is judged only when the helpers pattern names it. Quiet.
func (s *chatter) noCondition(ctx context.Context, req model.ChatRequest) error {
	return policy.Do(ctx, 3, nil, func(ctx context.Context) error {
		_, err := s.c.CreateChatCompletion(ctx, req)
		return err
	})
}

// A function of the package as the condition: quiet.
func (s *chatter) functionCondition(ctx context.Context, req model.ChatRequest) error {
	return policy.Do(ctx, 3, isRetryable, func(ctx context.Context) error {
		_, err := s.c.CreateChatCompletion(ctx, req)
		return err
	})
}

// A literal kept in a variable as the condition: the helper is quiet, and
// the literal is a retry predicate, judged as one.
func (s *chatter) variableCondition(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	isThrottle := func(err error) bool {
		var apiErr *model.APIError
		return errors.As(err, &apiErr) && strings.HasPrefix(apiErr.Code, "RateLimitExceeded.") // want `^check of Ark error code handles RateLimitExceeded\.EndpointRPMExceeded and RateLimitExceeded\.EndpointTPMExceeded but not the retryable`
	}
	return policy.Do(ctx, 3, isThrottle, func(ctx context.Context) error {
		_, err := c.CreateChatCompletion(ctx, req)
		return err
	})
}

// The same family test deciding no retry (only what to log): quiet.
func endpointLimited(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && strings.HasPrefix(apiErr.Code, "RateLimitExceeded.")
}

func (s *chatter) logged(ctx context.Context, req model.ChatRequest) error {
	_, err := s.c.CreateChatCompletion(ctx, req)
	if endpointLimited(err) {
		println("endpoint limit hit:", err.Error())
	}
	return err
}

// A condition true for every error tells any retry helper to retry them
// all: one of a package named for retrying, or a library's RetryIf.
func (s *chatter) alwaysTrue(ctx context.Context, req model.ChatRequest) error {
	return retryx.Do(ctx, 5, func(error) bool { return true }, func(ctx context.Context) error { // want `^retryx\.Do retries every error the operation returns`
		_, err := s.c.CreateChatCompletion(ctx, req)
		return err
	})
}

func (s *chatter) retryIfTrue(ctx context.Context, req model.ChatRequest) error {
	return retry.Do(func() error { // want `^retry\.Do retries every error the operation returns`
		_, err := s.c.CreateChatCompletion(ctx, req)
		return err
	}, retry.RetryIf(func(err error) bool { return true }))
}

// Negatives: a real condition to the same helper; an always-true function
// handed to a helper whose names say nothing of retrying.
func (s *chatter) retryxCondition(ctx context.Context, req model.ChatRequest) error {
	return retryx.Do(ctx, 5, func(err error) bool { return isRetryable(err) }, func(ctx context.Context) error {
		_, err := s.c.CreateChatCompletion(ctx, req)
		return err
	})
}

func (s *chatter) policyTrue(ctx context.Context, req model.ChatRequest) error {
	return policy.Do(ctx, 3, func(error) bool { return true }, func(ctx context.Context) error {
		_, err := s.c.CreateChatCompletion(ctx, req)
		return err
	})
}
