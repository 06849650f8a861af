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
		time.Sleep(p.delay(i))
	}
	return zero, err
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
