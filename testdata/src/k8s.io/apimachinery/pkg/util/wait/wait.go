// Package wait is a stub of k8s.io/apimachinery/pkg/util/wait, following
// its source: a condition returns done, or an error that ends the poll.
package wait

import (
	"context"
	"time"
)

// ConditionWithContextFunc returns true if the condition is satisfied, or
// an error if the loop should be aborted.
type ConditionWithContextFunc func(context.Context) (done bool, err error)

// PollUntilContextTimeout tries a condition func until it returns true, an
// error, or the timeout is reached.
func PollUntilContextTimeout(ctx context.Context, interval, timeout time.Duration, immediate bool, condition ConditionWithContextFunc) error {
	return nil
}
