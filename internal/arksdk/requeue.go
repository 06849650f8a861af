package arksdk

import "go/types"

// controller-runtime's reconcile result: a reconciler returns it to have its
// object looked at again, after RequeueAfter or, with Requeue set, after the
// controller's rate-limited backoff. controllerruntime.Result (the package
// sigs.k8s.io/controller-runtime) is an alias of it.
const (
	reconcilePath = "sigs.k8s.io/controller-runtime/pkg/reconcile"
	// RequeueField is the field of reconcile.Result that asks for a
	// rate-limited requeue.
	RequeueField = "Requeue"
)

// IsRequeueResult reports whether t is controller-runtime's reconcile.Result.
func IsRequeueResult(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == reconcilePath && n.Obj().Name() == "Result"
}
