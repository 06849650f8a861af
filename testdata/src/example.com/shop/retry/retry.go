// Package retry is an application's own retry helper, in another package
// of its module: it imports no Ark SDK, so arkvet never analyzes it, and
// reads its source only when a package hands it an Ark call.
package retry

import (
	"context"
	"time"
)

// Policy configures Do. A nil ShouldRetry retries every error.
type Policy struct {
	Attempts    int
	ShouldRetry func(error) bool
	// OnRetry, when set, is told of each retry: calling it leaves the
	// policy as it is.
	OnRetry func(attempt int, err error)
}

// DefaultPolicy is the policy most callers use: it leaves ShouldRetry nil.
func DefaultPolicy() Policy {
	return Policy{Attempts: 4}
}

// Do calls fn until it succeeds, the policy gives up or the attempts run
// out.
func Do[T any](ctx context.Context, p Policy, fn func(context.Context) (T, error)) (T, error) {
	var zero T
	var err error
	for i := 0; i < p.Attempts; i++ {
		var v T
		if v, err = fn(ctx); err == nil {
			return v, nil
		}
		if p.ShouldRetry != nil && !p.ShouldRetry(err) {
			return zero, err
		}
		if p.OnRetry != nil {
			p.OnRetry(i+1, err)
		}
		time.Sleep(p.delay(i))
	}
	return zero, err
}

// Retry calls fn up to attempts times; a nil retryable retries every
// error.
func Retry[T any](ctx context.Context, attempts int, fn func() (T, error), retryable func(error) bool) (T, error) {
	var zero T
	var err error
	for i := 0; i < attempts; i++ {
		var v T
		if v, err = fn(); err == nil {
			return v, nil
		}
		if retryable != nil && !retryable(err) {
			return zero, err
		}
		time.Sleep(time.Second << i)
	}
	return zero, err
}

// RetryDefaulted is Retry with a condition of its own for a nil one.
func RetryDefaulted[T any](ctx context.Context, attempts int, fn func() (T, error), retryable func(error) bool) (T, error) {
	if retryable == nil {
		retryable = func(error) bool { return false }
	}
	return Retry(ctx, attempts, fn, retryable)
}

// DoDefaulted is Do with a condition of its own for a nil one.
func DoDefaulted[T any](ctx context.Context, p Policy, fn func(context.Context) (T, error)) (T, error) {
	if p.ShouldRetry == nil {
		p.ShouldRetry = func(error) bool { return false }
	}
	return Do(ctx, p, fn)
}

// DoFilled is Do with the policy's gaps filled by a method first.
func DoFilled[T any](ctx context.Context, p Policy, fn func(context.Context) (T, error)) (T, error) {
	p = p.filled()
	var zero T
	for i := 0; i < p.Attempts; i++ {
		v, err := fn(ctx)
		if err == nil {
			return v, nil
		}
		if p.ShouldRetry != nil && !p.ShouldRetry(err) {
			return zero, err
		}
		time.Sleep(p.delay(i))
	}
	return zero, nil
}

func (p Policy) filled() Policy {
	if p.ShouldRetry == nil {
		p.ShouldRetry = func(error) bool { return false }
	}
	return p
}

func (p Policy) delay(i int) time.Duration { return time.Second << i }
