package arkretry

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/arkvet/arkvet/internal/arksdk"
	"github.com/arkvet/arkvet/internal/handling"
)

// retryEveryError reports loops around a call to Ark that go round on any
// non-nil error without a look at its code, type or status.
func (j *judge) retryEveryError() {
	reported := make(map[ast.Node]bool)
	for _, chk := range j.m.ErrChecks {
		f := chk.Func
		if f == nil || chk.Branch == nil {
			continue
		}
		loop := f.InnermostLoop(chk.Call)
		if loop == nil || reported[loop] || !isRetryLoop(j.pass.TypesInfo, loop) || !contains(loop, chk.Node) {
			continue
		}
		if !j.goesRoundOnError(chk, loop) || j.looksAt(chk.Err, loop) {
			continue
		}
		reported[loop] = true
		call := calleeName(chk.Call)
		msg := "this loop retries every error from " + call + ", AuthenticationError, InvalidParameter, SetLimitExceeded and content-safety rejections included, which no retry clears; check .HTTPStatusCode or .Code (errors.As with *model.APIError) before going round"
		if !f.WaitsIn(loop) {
			msg += "; with no delay between attempts it hammers a rate limit"
		}
		if sdk, ok := arksdk.SDKOfCall(j.pass.TypesInfo, chk.Call); ok && !j.retriesOff {
			msg += "; each attempt also runs " + sdk.Name + "'s own retries of " + sdk.RetriedStatuses() + ", so attempts multiply"
		}
		j.report(ruleEveryError, rng{loop.Pos(), loopHeaderEnd(loop)}, nil, "%s", msg)
	}
}

// goesRoundOnError reports whether the error check sends every non-nil
// error round loop again: err != nil goes round, or err == nil leaves and
// the loop otherwise goes round, with no other branch on the error that
// leaves it.
func (j *judge) goesRoundOnError(chk *handling.ErrCheck, loop ast.Node) bool {
	if chk.NonNil {
		return chk.Branch.Decision == handling.GoesRound
	}
	if !leaves(chk.Branch.Decision) || endsByLeaving(loop) {
		return false
	}
	for _, other := range j.m.ErrChecks {
		if other != chk && other.Err == chk.Err && other.NonNil && other.Branch != nil && contains(loop, other.Node) && leaves(other.Branch.Decision) {
			return false // it gives up on an error somewhere
		}
	}
	return true
}

func leaves(d handling.Decision) bool {
	switch d {
	case handling.ReturnsOther, handling.ReturnsError, handling.ReturnsWrapped, handling.ReturnsTrue, handling.ReturnsFalse, handling.ReturnsClass:
		return true
	}
	return false
}

// endsByLeaving reports whether the loop body ends in a return or break:
// it does not go round by itself.
func endsByLeaving(loop ast.Node) bool {
	body := loopBody(loop)
	if body == nil || len(body.List) == 0 {
		return true
	}
	switch s := body.List[len(body.List)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.BranchStmt:
		return s.Label == nil && s.Tok == token.BREAK
	}
	return false
}

// looksAt reports whether the code inside loop looks at err beyond a nil
// check: its code, type or status, errors.Is or As, or a helper's verdict.
func (j *judge) looksAt(err types.Object, loop ast.Node) bool {
	for _, n := range j.m.Looks(err) {
		if contains(loop, n) {
			return true
		}
	}
	for _, t := range j.m.Tests {
		if !contains(loop, t.Node) {
			continue
		}
		if o := t.Subject.Key.Obj; o == err || o != nil && j.m.Origin(o) == err {
			return true
		}
	}
	return false
}

// isRetryLoop reports whether loop can send the same request again: a for
// loop that is not driven by an iterator method (rows.Next, scanner.Scan),
// or a range over an integer. A range over a slice, a map or a channel
// moves to the next item: a continue there skips a failed one.
func isRetryLoop(info *types.Info, loop ast.Node) bool {
	switch l := loop.(type) {
	case *ast.ForStmt:
		if call, ok := ast.Unparen(l.Cond).(*ast.CallExpr); ok {
			if _, isMethod := ast.Unparen(call.Fun).(*ast.SelectorExpr); isMethod {
				return false
			}
		}
		return true
	case *ast.RangeStmt:
		t := info.TypeOf(l.X)
		if t == nil {
			return false
		}
		b, ok := t.Underlying().(*types.Basic)
		return ok && b.Info()&types.IsInteger != 0
	}
	return false
}

func loopBody(loop ast.Node) *ast.BlockStmt {
	switch l := loop.(type) {
	case *ast.ForStmt:
		return l.Body
	case *ast.RangeStmt:
		return l.Body
	}
	return nil
}

func loopHeaderEnd(loop ast.Node) token.Pos {
	if b := loopBody(loop); b != nil {
		return b.Lbrace
	}
	return loop.End()
}

func contains(outer, inner ast.Node) bool {
	return outer.Pos() <= inner.Pos() && inner.End() <= outer.End()
}
