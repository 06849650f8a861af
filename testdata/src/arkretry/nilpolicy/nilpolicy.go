// Package nilpolicy has a retry helper of its own that gives up only on
// what its policy's condition says, and skips the condition when it is nil.
package nilpolicy

import (
	"context"
	"errors"
	"time"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

var client = arkruntime.NewClientWithApiKey("k")

// RetryPolicy says how often to try, and what is worth another try.
type RetryPolicy struct {
	MaxAttempts int
	Backoff     time.Duration
	ShouldRetry func(error) bool
}

func withRetry(ctx context.Context, p RetryPolicy, op func() error) error {
	var err error
	for i := 0; i < p.MaxAttempts; i++ {
		if err = op(); err == nil {
			return nil
		}
		if p.ShouldRetry != nil && !p.ShouldRetry(err) {
			return err
		}
		time.Sleep(p.Backoff)
	}
	return err
}

// transient retries 429s other than the limits waiting never clears.
func transient(err error) bool {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return false
	}
	if apiErr.Code == "SetLimitExceeded" || apiErr.Code == "QuotaExceeded" {
		return false
	}
	return apiErr.HTTPStatusCode == 429 || apiErr.HTTPStatusCode >= 500
}

func translate(ctx context.Context, req model.ChatRequest) error {
	return withRetry(ctx, RetryPolicy{MaxAttempts: 3, Backoff: time.Second}, func() error { // want `^this call leaves ShouldRetry nil, so the loop of withRetry retries every error from CreateChatCompletion, AuthenticationError, InvalidParameter, SetLimitExceeded and content-safety rejections included, which no retry clears; .*`
		_, err := client.CreateChatCompletion(ctx, req)
		return err
	})
}

// The condition set: quiet.
func summarize(ctx context.Context, req model.ChatRequest) error {
	return withRetry(ctx, RetryPolicy{MaxAttempts: 3, Backoff: time.Second, ShouldRetry: transient}, func() error {
		_, err := client.CreateChatCompletion(ctx, req)
		return err
	})
}

// A policy kept in a variable may be given its condition anywhere: not
// judged.
func caption(ctx context.Context, req model.ChatRequest, p RetryPolicy) error {
	return withRetry(ctx, p, func() error {
		_, err := client.CreateChatCompletion(ctx, req)
		return err
	})
}

// The condition as a parameter, handed nil.
func retryIf(ctx context.Context, attempts int, shouldRetry func(error) bool, op func() error) error {
	var err error
	for i := 0; i < attempts; i++ {
		err = op()
		if err == nil {
			return nil
		}
		if shouldRetry == nil || shouldRetry(err) {
			time.Sleep(time.Second)
			continue
		}
		return err
	}
	return err
}

func tag(ctx context.Context, req model.ChatRequest) error {
	return retryIf(ctx, 3, nil, func() error { // want `^this call leaves shouldRetry nil, so the loop of retryIf retries every error from CreateChatCompletion`
		_, err := client.CreateChatCompletion(ctx, req)
		return err
	})
}

func label(ctx context.Context, req model.ChatRequest) error {
	return retryIf(ctx, 3, transient, func() error {
		_, err := client.CreateChatCompletion(ctx, req)
		return err
	})
}

// A helper whose condition is always called: judged as before, by its
// callers' conditions, not here.
func retryAlways(attempts int, shouldRetry func(error) bool, op func() error) error {
	var err error
	for i := 0; i < attempts; i++ {
		if err = op(); err == nil || !shouldRetry(err) {
			return err
		}
		time.Sleep(time.Second)
	}
	return err
}

func index(ctx context.Context, req model.ChatRequest) error {
	return retryAlways(3, transient, func() error {
		_, err := client.CreateChatCompletion(ctx, req)
		return err
	})
}

// Helpers that give a nil condition a default of their own: quiet.
func withDefaultCondition(p RetryPolicy, op func() error) error {
	if p.ShouldRetry == nil {
		p.ShouldRetry = transient
	}
	var err error
	for i := 0; i < p.MaxAttempts; i++ {
		if err = op(); err == nil {
			return nil
		}
		if p.ShouldRetry != nil && !p.ShouldRetry(err) {
			return err
		}
		time.Sleep(p.Backoff)
	}
	return err
}

func (p RetryPolicy) withDefaults() RetryPolicy {
	if p.ShouldRetry == nil {
		p.ShouldRetry = transient
	}
	return p
}

func withDefaults(p RetryPolicy, op func() error) error {
	p = p.withDefaults()
	var err error
	for i := 0; i < p.MaxAttempts; i++ {
		if err = op(); err == nil {
			return nil
		}
		if p.ShouldRetry != nil && !p.ShouldRetry(err) {
			return err
		}
		time.Sleep(p.Backoff)
	}
	return err
}

func defaultedParam(shouldRetry func(error) bool, op func() error) error {
	if shouldRetry == nil {
		shouldRetry = transient
	}
	var err error
	for i := 0; i < 3; i++ {
		if err = op(); err == nil {
			return nil
		}
		if shouldRetry != nil && !shouldRetry(err) {
			return err
		}
		time.Sleep(time.Second)
	}
	return err
}

func defaulted(ctx context.Context, req model.ChatRequest) error {
	if err := withDefaultCondition(RetryPolicy{MaxAttempts: 3}, func() error {
		_, err := client.CreateChatCompletion(ctx, req)
		return err
	}); err != nil {
		return err
	}
	if err := withDefaults(RetryPolicy{MaxAttempts: 3}, func() error {
		_, err := client.CreateChatCompletion(ctx, req)
		return err
	}); err != nil {
		return err
	}
	return defaultedParam(nil, func() error {
		_, err := client.CreateChatCompletion(ctx, req)
		return err
	})
}

// DefaultPolicy sets no condition.
func DefaultPolicy() RetryPolicy {
	return RetryPolicy{MaxAttempts: 5, Backoff: time.Second}
}

// TransientPolicy does.
func TransientPolicy() *RetryPolicy {
	return &RetryPolicy{MaxAttempts: 5, Backoff: time.Second, ShouldRetry: transient}
}

func rewrite(ctx context.Context, req model.ChatRequest) error {
	if err := withRetry(ctx, DefaultPolicy(), func() error { // want `^this call leaves ShouldRetry nil, so the loop of withRetry retries every error`
		_, err := client.CreateChatCompletion(ctx, req)
		return err
	}); err != nil {
		return err
	}
	return withRetry(ctx, *TransientPolicy(), func() error {
		_, err := client.CreateChatCompletion(ctx, req)
		return err
	})
}

// A local policy declared with a literal and only read leaves it nil too.
func outline(ctx context.Context, req model.ChatRequest) error {
	policy := RetryPolicy{MaxAttempts: 3, Backoff: time.Second}
	if policy.MaxAttempts > 5 {
		return errors.New("too many attempts")
	}
	return withRetry(ctx, policy, func() error { // want `^this call leaves ShouldRetry nil, so the loop of withRetry retries every error`
		_, err := client.CreateChatCompletion(ctx, req)
		return err
	})
}

// Given its condition after the declaration, or handed on first: quiet.
func draft(ctx context.Context, req model.ChatRequest, configure func(*RetryPolicy)) error {
	policy := RetryPolicy{MaxAttempts: 3, Backoff: time.Second}
	policy.ShouldRetry = transient
	if err := withRetry(ctx, policy, func() error {
		_, err := client.CreateChatCompletion(ctx, req)
		return err
	}); err != nil {
		return err
	}
	other := RetryPolicy{MaxAttempts: 3}
	configure(&other)
	return withRetry(ctx, other, func() error {
		_, err := client.CreateChatCompletion(ctx, req)
		return err
	})
}

// An unexported package-level policy declared with a literal, that nothing
// in the package assigns, leaves it nil wherever it is handed over (and
// copying it, to log it, sets nothing).
var bulkPolicy = RetryPolicy{MaxAttempts: 4, Backoff: time.Second}

func describe(p RetryPolicy) string { return time.Duration(p.MaxAttempts).String() }

func bulk(ctx context.Context, reqs []model.ChatRequest) error {
	_ = describe(bulkPolicy)
	for _, req := range reqs {
		if err := withRetry(ctx, bulkPolicy, func() error { // want `^this call leaves ShouldRetry nil, so the loop of withRetry retries every error`
			_, err := client.CreateChatCompletion(ctx, req)
			return err
		}); err != nil {
			return err
		}
	}
	return nil
}

// A local policy copied into a call is still only read.
func headline(ctx context.Context, req model.ChatRequest) error {
	policy := RetryPolicy{MaxAttempts: 2, Backoff: time.Second}
	_ = describe(policy)
	return withRetry(ctx, policy, func() error { // want `^this call leaves ShouldRetry nil, so the loop of withRetry retries every error`
		_, err := client.CreateChatCompletion(ctx, req)
		return err
	})
}

// Package-level policies given their condition somewhere (init), or
// exported ones (any importer may set them): quiet.
var streamPolicy = RetryPolicy{MaxAttempts: 4, Backoff: time.Second}

// SharedPolicy may be set by the program that imports this package.
var SharedPolicy = RetryPolicy{MaxAttempts: 4, Backoff: time.Second}

var tunedPolicy = RetryPolicy{MaxAttempts: 4, Backoff: time.Second}

func init() {
	streamPolicy.ShouldRetry = transient
	tune(&tunedPolicy)
}

func tune(p *RetryPolicy) { p.ShouldRetry = transient }

func stream(ctx context.Context, req model.ChatRequest) error {
	if err := withRetry(ctx, streamPolicy, func() error {
		_, err := client.CreateChatCompletion(ctx, req)
		return err
	}); err != nil {
		return err
	}
	if err := withRetry(ctx, SharedPolicy, func() error {
		_, err := client.CreateChatCompletion(ctx, req)
		return err
	}); err != nil {
		return err
	}
	return withRetry(ctx, tunedPolicy, func() error {
		_, err := client.CreateChatCompletion(ctx, req)
		return err
	})
}

// The operation kept in a local and handed by name: judged as the literal.
func keptOperation(ctx context.Context, req model.ChatRequest) error {
	op := func() error {
		_, err := client.CreateChatCompletion(ctx, req)
		return err
	}
	return withRetry(ctx, RetryPolicy{MaxAttempts: 3, Backoff: time.Second}, op) // want `^this call leaves ShouldRetry nil, so the loop of withRetry retries every error from CreateChatCompletion`
}

// The same with the condition set, and with an operation variable assigned
// twice (which literal is handed is not known): quiet.
func keptOperationSet(ctx context.Context, req model.ChatRequest, stream bool) error {
	op := func() error {
		_, err := client.CreateChatCompletion(ctx, req)
		return err
	}
	if err := withRetry(ctx, RetryPolicy{MaxAttempts: 3, ShouldRetry: transient}, op); err != nil {
		return err
	}
	other := func() error { return nil }
	if stream {
		other = func() error {
			_, err := client.CreateChatCompletion(ctx, req)
			return err
		}
	}
	return withRetry(ctx, RetryPolicy{MaxAttempts: 3}, other)
}

// A helper whose operation takes the context, which stops before its
// last wait and waits in a select: the same.
type CallPolicy struct {
	MaxAttempts int
	BaseDelay   time.Duration
	ShouldRetry func(error) bool
}

func (p CallPolicy) delay(attempt int) time.Duration { return p.BaseDelay << min(attempt, 8) }

func doCall(ctx context.Context, p CallPolicy, op func(context.Context) error) error {
	attempts := max(p.MaxAttempts, 1)
	var err error
	for attempt := 0; attempt < attempts; attempt++ {
		if err = op(ctx); err == nil {
			return nil
		}
		if p.ShouldRetry != nil && !p.ShouldRetry(err) {
			return err
		}
		if attempt == attempts-1 {
			break
		}
		select {
		case <-ctx.Done():
			return errors.Join(ctx.Err(), err)
		case <-time.After(p.delay(attempt)):
		}
	}
	return err
}

func rewrite2(ctx context.Context, req model.ChatRequest) error {
	return doCall(ctx, CallPolicy{MaxAttempts: 3, BaseDelay: time.Second}, func(ctx context.Context) error { // want `^this call leaves ShouldRetry nil, so the loop of doCall retries every error from CreateChatCompletion`
		_, err := client.CreateChatCompletion(ctx, req)
		if err != nil {
			return err
		}
		return nil
	})
}
