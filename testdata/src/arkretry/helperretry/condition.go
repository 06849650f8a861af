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
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/utils"
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
	return retryx.Do(ctx, 5, func(error) bool { return true }, func(ctx context.Context) error { // want `^retryx\.Do is given a retry condition true for every error, so it retries every error the operation returns, AuthenticationError, InvalidParameter, SetLimitExceeded and content-safety rejections included, which no retry clears; make the condition check \.HTTPStatusCode or \.Code$`
		_, err := s.c.CreateChatCompletion(ctx, req)
		return err
	})
}

func (s *chatter) retryIfTrue(ctx context.Context, req model.ChatRequest) error {
	return retry.Do(func() error { // want `^retry\.Do is given a retry condition true for every error`
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

// The Ark SDK's own utils.Retry takes func() bool { return true }, a gate
// that is not given the error, beside the error predicate that decides:
// quiet with a real predicate, reported with one true for every error.
func (s *chatter) sdkRetryGate(ctx context.Context, req model.ChatRequest) error {
	return utils.Retry(ctx, utils.RetryPolicy{MaxAttempts: 3}, func() bool { return true }, func() error {
		_, err := s.c.CreateChatCompletion(ctx, req)
		return err
	}, nil, isRetryable)
}

func (s *chatter) sdkRetryAll(ctx context.Context, req model.ChatRequest) error {
	return utils.Retry(ctx, utils.RetryPolicy{MaxAttempts: 3}, func() bool { return true }, func() error { // want `^utils\.Retry is given a retry condition true for every error`
		_, err := s.c.CreateChatCompletion(ctx, req)
		return err
	}, nil, func(error) bool { return true })
}

// The condition true for every error set in a policy handed to the helper,
// in the literal or through a local declared with one and only read, and
// one true for every non-nil error.
func (s *chatter) policyAlwaysTrue(ctx context.Context, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	policy := retryx.Policy{
		Attempts:    3,
		ShouldRetry: func(error) bool { return true },
	}
	return retryx.Run(ctx, policy, func(ctx context.Context) (model.ChatCompletionResponse, error) { // want `^retryx\.Run is given a retry condition true for every error, so it retries every error the operation returns`
		return s.c.CreateChatCompletion(ctx, req)
	})
}

func (s *chatter) policyNonNil(ctx context.Context, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	return retryx.Run(ctx, retryx.Policy{Attempts: 3, ShouldRetry: func(err error) bool { return err != nil }}, func(ctx context.Context) (model.ChatCompletionResponse, error) { // want `^retryx\.Run is given a retry condition true for every error, so it retries every error the operation returns`
		return s.c.CreateChatCompletion(ctx, req)
	})
}

// Negatives: a real condition in the policy; the local set otherwise
// before the call, which may change what it holds.
func (s *chatter) policyCondition(ctx context.Context, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	policy := retryx.Policy{Attempts: 3, ShouldRetry: func(err error) bool { return err != nil && isRetryable(err) }}
	return retryx.Run(ctx, policy, func(ctx context.Context) (model.ChatCompletionResponse, error) {
		return s.c.CreateChatCompletion(ctx, req)
	})
}

func (s *chatter) policyReplaced(ctx context.Context, req model.ChatRequest, strict bool) (model.ChatCompletionResponse, error) {
	policy := retryx.Policy{Attempts: 3, ShouldRetry: func(error) bool { return true }}
	if strict {
		policy.ShouldRetry = isRetryable
	}
	return retryx.Run(ctx, policy, func(ctx context.Context) (model.ChatCompletionResponse, error) {
		return s.c.CreateChatCompletion(ctx, req)
	})
}

// A condition searching the error's text, set in a policy kept in a local
// and handed beside an operation that calls Ark: it judges Ark's errors.
func (s *chatter) policyByText(ctx context.Context, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	policy := retryx.Policy{
		Attempts: 5,
		ShouldRetry: func(err error) bool {
			msg := err.Error()
			return strings.Contains(msg, "429") || strings.Contains(msg, "503") // want `^retrying every error whose text holds "429" also retries QuotaExceeded`
		},
	}
	return retryx.Run(ctx, policy, func(ctx context.Context) (model.ChatCompletionResponse, error) {
		return s.c.CreateChatCompletion(ctx, req)
	})
}

// The same policy beside an operation that does not reach Ark: quiet.
func (s *chatter) policyByTextElsewhere(ctx context.Context, path string) (int, error) {
	policy := retryx.Policy{
		Attempts: 5,
		ShouldRetry: func(err error) bool {
			return strings.Contains(err.Error(), "429")
		},
	}
	return retryx.Run(ctx, policy, func(ctx context.Context) (int, error) {
		return countLines(ctx, path)
	})
}

// A condition of the package searching the error's text, set in a policy
// that is kept in a field and handed beside an operation calling Ark
// later: it judges Ark's errors.
type textClient struct {
	c      *arkruntime.Client
	policy retryx.Policy
}

func newTextClient(c *arkruntime.Client) *textClient {
	p := retryx.Policy{Attempts: 4}
	p.ShouldRetry = byErrorText
	return &textClient{c: c, policy: p}
}

func byErrorText(err error) bool {
	return strings.Contains(err.Error(), "429") // want `^retrying every error whose text holds "429" also retries QuotaExceeded`
}

func (t *textClient) complete(ctx context.Context, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	return retryx.Run(ctx, t.policy, func(ctx context.Context) (model.ChatCompletionResponse, error) {
		return t.c.CreateChatCompletion(ctx, req)
	})
}

// The same kind of condition in a policy of a type handed only beside
// operations that do not reach Ark, or in a literal of its own: quiet.
type filePolicy struct {
	Attempts int
	Retry    func(error) bool
}

type fileReader struct{ policy filePolicy }

func newFileReader() *fileReader {
	return &fileReader{policy: filePolicy{Attempts: 3, Retry: byTextOnFiles}}
}

func byTextOnFiles(err error) bool {
	return strings.Contains(err.Error(), "429")
}

func runFile(ctx context.Context, p filePolicy, fn func(context.Context) (int, error)) (int, error) {
	return fn(ctx)
}

func (r *fileReader) lines(ctx context.Context, path string) (int, error) {
	return runFile(ctx, r.policy, func(ctx context.Context) (int, error) {
		return countLines(ctx, path)
	})
}

func (t *textClient) completeOwn(ctx context.Context, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	return retryx.Run(ctx, retryx.Policy{Attempts: 2, ShouldRetry: isRetryable}, func(ctx context.Context) (model.ChatCompletionResponse, error) {
		return t.c.CreateChatCompletion(ctx, req)
	})
}

func countLines(ctx context.Context, path string) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	return len(path), nil
}
