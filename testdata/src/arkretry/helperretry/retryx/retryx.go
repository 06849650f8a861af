// Package retryx is an application's own retry helper, in a package whose
// name says it retries: it retries what shouldRetry accepts.
package retryx

import (
	"context"
	"time"
)

// Do calls fn until it succeeds, shouldRetry says no or the attempts run out.
func Do(ctx context.Context, attempts int, shouldRetry func(error) bool, fn func(context.Context) error) error {
	var err error
	for i := 0; i < attempts; i++ {
		if err = fn(ctx); err == nil {
			return nil
		}
		if shouldRetry != nil && !shouldRetry(err) {
			return err
		}
		time.Sleep(time.Second << i)
	}
	return err
}

// Policy configures Run.
type Policy struct {
	Attempts    int
	ShouldRetry func(error) bool
}

// Run calls fn as p says, and returns its result.
func Run[T any](ctx context.Context, p Policy, fn func(context.Context) (T, error)) (T, error) {
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
		time.Sleep(time.Second << i)
	}
	return zero, err
}
