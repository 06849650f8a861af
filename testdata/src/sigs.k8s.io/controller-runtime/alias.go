// Package controllerruntime is a stub of sigs.k8s.io/controller-runtime: the
// aliases arkvet's tests use, as the real package declares them.
package controllerruntime

import "sigs.k8s.io/controller-runtime/pkg/reconcile"

// Result contains the result of a Reconciler invocation.
type Result = reconcile.Result

// Request contains the information necessary to reconcile an object.
type Request = reconcile.Request
