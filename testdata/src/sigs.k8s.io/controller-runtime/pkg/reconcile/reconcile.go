// Package reconcile is a stub of sigs.k8s.io/controller-runtime/pkg/reconcile:
// the declarations arkvet's tests use, as the real package declares them.
package reconcile

import (
	"context"
	"time"
)

// Result contains the result of a Reconciler invocation.
type Result struct {
	// Requeue tells the Controller to perform a ratelimited requeue
	// using the defaults.
	Requeue bool

	// RequeueAfter if greater than 0, tells the Controller to requeue the
	// reconcile key after the Duration.
	RequeueAfter time.Duration

	// Priority is the priority that will be used if the item gets re-enqueued.
	Priority *int
}

// IsZero returns true if this result is empty.
func (r *Result) IsZero() bool {
	if r == nil {
		return true
	}
	return *r == Result{}
}

// Request contains the information necessary to reconcile an object.
type Request struct {
	Namespace, Name string
}

// Reconciler implements a Kubernetes API for a specific Resource.
type Reconciler interface {
	Reconcile(context.Context, Request) (Result, error)
}
