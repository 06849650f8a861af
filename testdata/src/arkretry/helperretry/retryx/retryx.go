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
