package arkretry

import (
	"go/ast"

	"github.com/arkvet/arkvet/internal/arksdk"
	"github.com/arkvet/arkvet/internal/diag"
)

// retryOption collects arkruntime.WithRetryTimes(n) with a constant n:
// reports a negative one (rule 5) and keeps 0 for rule 4.
func (w *walker) retryOption(call *ast.CallExpr) {
	if len(call.Args) != 1 || !arksdk.IsRetryTimesOption(w.info, call) {
		return
	}
	n, ok := w.intConst(call.Args[0])
	switch {
	case !ok:
	case n < 0:
		diag.Reportf(w.pass, call, "WithRetryTimes(%d) sends no request: the SDK's retry loop never runs, so every call returns a nil error and an empty response; use 0 to turn retries off", n)
	case n == 0:
		w.retryOff = append(w.retryOff, call)
	}
}

// reportRetryOptions reports rule 4: the SDK's retries are off, and no
// code of the package handles a 429 in their place.
func (w *walker) reportRetryOptions() {
	if w.handles429 {
		return
	}
	for _, call := range w.retryOff {
		diag.Reportf(w.pass, call, "WithRetryTimes(0) turns off the SDK's retries, and nothing in this package handles a 429; back off on the retryable 429 codes or keep the SDK's retries")
	}
}
