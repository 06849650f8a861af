// Package retry is a stub of github.com/sethvargo/go-retry v0.3.0,
// following its source: Do retries only the errors the function wraps with
// RetryableError, and returns any other at once.
package retry

import (
	"context"
	"time"
)

// RetryFunc is a function passed to Do.
type RetryFunc func(ctx context.Context) error

type retryableError struct{ err error }

func (e *retryableError) Unwrap() error { return e.err }
func (e *retryableError) Error() string { return "retryable: " + e.err.Error() }

// RetryableError marks an error as retryable.
func RetryableError(err error) error {
	if err == nil {
		return nil
	}
	return &retryableError{err}
}

// Backoff is an interface that backs off.
type Backoff interface {
	Next() (next time.Duration, stop bool)
}

type constant time.Duration

func (c constant) Next() (time.Duration, bool) { return time.Duration(c), false }

// NewExponential creates a new exponential backoff using the starting value
// of base.
func NewExponential(base time.Duration) Backoff { return constant(base) }

// WithMaxRetries executes the backoff function up until the maximum
// attempts.
func WithMaxRetries(max uint64, next Backoff) Backoff { return next }

// Do wraps a function with a backoff to retry.
func Do(ctx context.Context, b Backoff, f RetryFunc) error { return f(ctx) }
