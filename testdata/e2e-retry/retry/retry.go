// Package retry is the module's generic retry helper. It imports no Ark
// SDK, so arkvet never analyzes it; it reads this file when another
// package hands Do an Ark call with a policy that leaves ShouldRetry nil.
package retry

import (
	"context"
	"time"
)

// Policy configures Do. A nil ShouldRetry retries every error.
type Policy struct {
	MaxAttempts int
	BaseDelay   time.Duration
	ShouldRetry func(error) bool
}

// DefaultPolicy is what most callers use.
func DefaultPolicy() Policy {
	return Policy{MaxAttempts: 4, BaseDelay: 500 * time.Millisecond}
}

// Do runs op until it succeeds, the policy gives up, or ctx ends.
func Do[T any](ctx context.Context, p Policy, op func(context.Context) (T, error)) (T, error) {
	var zero T
	var err error
	for attempt := 0; attempt < p.MaxAttempts; attempt++ {
		var v T
		if v, err = op(ctx); err == nil {
			return v, nil
		}
		if p.ShouldRetry != nil && !p.ShouldRetry(err) {
			return zero, err
		}
		select {
		case <-ctx.Done():
			return zero, ctx.Err()
		case <-time.After(p.BaseDelay << attempt):
		}
	}
	return zero, err
}

// Retry runs op up to attempts times; a nil retryable retries every error.
func Retry[T any](ctx context.Context, attempts int, op func() (T, error), retryable func(error) bool) (T, error) {
	var zero T
	var err error
	for i := 0; i < attempts; i++ {
		var v T
		if v, err = op(); err == nil {
			return v, nil
		}
		if retryable != nil && !retryable(err) {
			return zero, err
		}
		time.Sleep(time.Second << i)
	}
	return zero, err
}
