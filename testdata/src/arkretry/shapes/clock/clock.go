// Package clock is another package's sleep, and look-alikes that do not
// wait, for the loops of package shapes.
package clock

import (
	"context"
	"time"
)

// Sleep waits for d or the context's end.
func Sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// ObserveRetry records a retry's delay: it takes a Duration, and waits for
// nothing.
func ObserveRetry(d time.Duration) {}

// Deadline derives a context that ends after d: no wait either.
func Deadline(ctx context.Context, d time.Duration) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, d)
}
