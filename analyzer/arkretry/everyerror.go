package arkretry

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

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
		loop, call := f.InnermostLoop(chk.Call), chk.Call
		if l, ok := chk.Branch.Node.(*ast.ForStmt); ok {
			// for err != nil && i < 3 { ...; resp, err = c.Call() }: the
			// call the loop retries is the one in its body.
			loop, call = l, reassigning(j.pass.TypesInfo, l.Body, chk.Err)
			if call == nil {
				continue
			}
		}
		if loop == nil {
			j.recursionEveryError(chk)
			continue
		}
		if reported[loop] || !j.isRetryLoop(f, loop, call) || !contains(loop, chk.Node) {
			continue
		}
		from, ark, ok := j.arkSource(call, f)
		if !ok {
			continue
		}
		if round := j.goesRoundOnError(chk, loop); !round || j.looksAt(chk.Err, loop, f) {
			if j.nilPolicyEveryError(chk, loop, call, f, round) {
				reported[loop] = true
			}
			continue
		}
		reported[loop] = true
		j.report(ruleEveryError, rng{loop.Pos(), loopHeaderEnd(loop)}, nil, "%s", j.everyErrorMessage("this loop retries", from, ark, f.WaitsIn(loop)))
	}
}

// reassigning returns the call in body whose results assign err, outside
// function literals, or nil.
func reassigning(info *types.Info, body *ast.BlockStmt, err types.Object) *ast.CallExpr {
	var found *ast.CallExpr
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			if call, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr); ok && len(n.Rhs) == 1 {
				for _, lhs := range n.Lhs {
					if id, ok := lhs.(*ast.Ident); ok && info.ObjectOf(id) == err {
						found = call
					}
				}
			}
		}
		return found == nil
	})
	return found
}

// recursionEveryError reports a function that, outside any loop, calls
// itself again on every non-nil error of a call to Ark without a look at
// it: if err != nil && attempt < 3 { return c.call(ctx, req, attempt+1) }.
func (j *judge) recursionEveryError(chk *handling.ErrCheck) {
	f, br := chk.Func, chk.Branch
	if !chk.NonNil || br.Decision != handling.GoesRound || br.Loop != nil || f.Unit().Obj == nil {
		return
	}
	if !j.recursesWithSameArgs(br, f.Unit()) {
		return // another request: a fallback model, the next item
	}
	from, ark, ok := j.arkSource(chk.Call, f)
	if !ok || j.looksAt(chk.Err, f.Body, f) {
		return
	}
	j.report(ruleEveryError, chk.Node, nil, "%s", j.everyErrorMessage("calling "+f.Unit().Obj.Name()+" again here retries", from, ark, br.Waits))
}

// recursesWithSameArgs reports whether br calls unit again with what it was
// handed, counters aside: each argument is the parameter in its place, or
// an integer (attempt+1). c.chat(ctx, fallbackModel, msgs) asks for
// something else.
func (j *judge) recursesWithSameArgs(br *handling.Branch, unit *handling.Func) bool {
	info := j.pass.TypesInfo
	params := unit.Sig.Params()
	same := false
	for _, s := range br.Body {
		ast.Inspect(s, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || same || arksdk.Callee(info, call) != unit.Obj || len(call.Args) != params.Len() || call.Ellipsis.IsValid() {
				return !same
			}
			same = true
			for i, a := range call.Args {
				if t, ok := params.At(i).Type().Underlying().(*types.Basic); ok && t.Info()&types.IsInteger != 0 {
					continue
				}
				if id, ok := ast.Unparen(a).(*ast.Ident); !ok || info.Uses[id] != params.At(i) {
					same = false
				}
			}
			return !same
		})
	}
	return same
}

// everyErrorMessage is the message of a retry (what, "this loop retries")
// of every error from the call to Ark ark, named from, that waits or not.
func (j *judge) everyErrorMessage(what, from string, ark *ast.CallExpr, waits bool) string {
	msg := what + " every error from " + from + ", AuthenticationError, InvalidParameter, SetLimitExceeded and content-safety rejections included, which no retry clears; " +
		arksdk.CheckAdvice(arksdk.Callee(j.pass.TypesInfo, ark)) + " before going round"
	if !waits {
		msg += "; with no delay between attempts it hammers a rate limit"
	}
	if sdk, ok := arksdk.SDKOfCall(j.pass.TypesInfo, ark); ok && !j.retriesOff {
		msg += "; each attempt also runs " + sdk.Name + "'s own retries of " + sdk.RetriedStatuses() + ", so attempts multiply"
	}
	return msg
}

// arkSource names what the error of call, in f, comes from when it is an
// Ark error, and returns the call to Ark behind it: a call to Ark; a
// function of the package, or a function literal kept in a local variable
// (attempt := func() error { ... }), that calls Ark and hands its error
// back without a look at it (one call deep); or, in a helper of the package (func
// attempt(n int, op func() error)), the operation it is handed, when its
// callers hand it one that calls Ark. A stream's Recv is not retried by a
// loop around it, so it is none.
func (j *judge) arkSource(call *ast.CallExpr, f *handling.Func) (string, *ast.CallExpr, bool) {
	info := j.pass.TypesInfo
	fn := arksdk.Callee(info, call)
	if j.m.CallsArk(info, call, fn) {
		return arksdk.CalledName(call), call, true
	}
	if f.Sig != nil {
		if p := handling.ParamCalled(info, f.Sig, call); p != nil {
			return j.operationSource(f, p)
		}
	}
	if lit := j.m.LiteralCalled(info, call); lit != nil {
		if len(lit.Tests) > 0 || len(lit.Loops) > 0 || len(lit.ArkCalls) == 0 || j.looksInside(lit) {
			return "", nil, false
		}
		return lit.Var.Name() + " (which calls " + arksdk.CalledName(lit.ArkCalls[0]) + ")", lit.ArkCalls[0], true
	}
	if fn == nil || fn.Pkg() != j.pass.Pkg {
		return "", nil, false
	}
	callee := j.m.DeclOf(fn)
	if callee == nil {
		return "", nil, false
	}
	var ark *ast.CallExpr
	for _, g := range j.unitFuncs[callee.Unit()] {
		if len(g.Tests) > 0 || slices.ContainsFunc(g.Loops, g.CallsArkIn) {
			return "", nil, false // it classifies, or retries, itself (a loop over the results does neither)
		}
		if len(g.ArkCalls) > 0 && ark == nil {
			ark = g.ArkCalls[0]
		}
	}
	if ark == nil || j.looksInUnit(callee) {
		return "", nil, false
	}
	return fn.Name() + " (which calls " + arksdk.CalledName(ark) + ")", ark, true
}

// operationSource finds, among the calls of helper in the package, one that
// hands it as its parameter p a function literal that calls Ark and gives
// back what Ark returned without a look at it.
func (j *judge) operationSource(helper *handling.Func, p *types.Var) (string, *ast.CallExpr, bool) {
	if ops := j.handedOperations(helper, p, true); len(ops) > 0 {
		ark := ops[0].ark
		return "the operation handed to " + helper.Obj.Name() + " (which calls " + arksdk.CalledName(ark) + ")", ark, true
	}
	return "", nil, false
}

// handedOperation is a function literal, op, that a call of a helper of the
// package hands it as the operation to retry, and the call to Ark op sends.
type handedOperation struct {
	call *ast.CallExpr
	op   *handling.Func
	ark  *ast.CallExpr
}

// handedOperations returns the function literals that the package's calls
// of helper hand it as its parameter p, that call Ark and give back what it
// returned without a look at it: the first only, when first is set.
func (j *judge) handedOperations(helper *handling.Func, p *types.Var, first bool) []handedOperation {
	if helper.Obj == nil {
		return nil
	}
	index := paramIndex(helper.Sig, p)
	var out []handedOperation
	for _, op := range j.m.Funcs {
		call := op.PassedTo
		if call == nil || arksdk.Callee(j.pass.TypesInfo, call) != helper.Obj {
			continue
		}
		if index < 0 || index >= len(call.Args) || j.m.LiteralOf(j.pass.TypesInfo, call.Args[index]) != op || j.looksInside(op) {
			continue
		}
		if ark := j.operationArk(op); ark != nil {
			out = append(out, handedOperation{call, op, ark})
			if first {
				break
			}
		}
	}
	return out
}

// looksInUnit reports whether the unit of f looks at an error beyond a nil
// check (errors.Is, errors.As, a type assertion, a helper's verdict).
func (j *judge) looksInUnit(f *handling.Func) bool {
	for _, g := range j.unitFuncs[f.Unit()] {
		if len(j.helperCalls(g)) > 0 {
			return true
		}
	}
	found := false
	ast.Inspect(f.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeAssertExpr, *ast.TypeSwitchStmt:
			found = true
		case *ast.CallExpr:
			if path, name := handling.FuncOf(j.pass.TypesInfo, n); handling.LooksAtError(j.pass.TypesInfo, n, path, name) {
				found = true
			}
		}
		return !found
	})
	return found
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
// check and decides something on it: its code, type or status, errors.Is
// or As, or a helper's verdict, in a condition whose branch does more than
// log (if errors.As(err, &apiErr) { log.Print(apiErr.Code) } decides
// nothing: every error still goes round).
func (j *judge) looksAt(err types.Object, loop ast.Node, f *handling.Func) bool {
	return j.looksAtBut(err, loop, f, false)
}

// looksAtBut is looksAt, leaving out, when skipOptional is set, the looks
// that a nil retry condition skips (nilPolicyEveryError).
func (j *judge) looksAtBut(err types.Object, loop ast.Node, f *handling.Func, skipOptional bool) bool {
	for _, l := range j.m.Looks(err) {
		if contains(loop, l.Node) && decidesAnything(l.Branch) && l.Narrows() && (l.Optional == nil || !skipOptional) {
			return true
		}
	}
	for _, t := range j.unitTests[f.Unit()] {
		if !contains(loop, t.Node) || !decidesAnything(t.Branch) {
			continue
		}
		if o := t.Subject.Key.Obj; o == err || o != nil && j.m.Origin(o) == err {
			return true
		}
	}
	return false
}

// decidesAnything reports whether br, the branch of a look at an error,
// may change what happens to the error: it is not known (nil), has an
// else, leaves or goes round, or does anything beyond calls (a log line, a
// metric) and the locals they need. A flag it sets (retryable = false)
// decides.
func decidesAnything(br *handling.Branch) bool {
	if br == nil || br.Decision != handling.Undecided {
		return true
	}
	if ifs, ok := br.Node.(*ast.IfStmt); ok && ifs.Else != nil {
		return true
	}
	return !onlyEffects(br.Body)
}

// onlyEffects reports whether stmts only call functions for their effects
// (log.Printf(...), metrics.Inc()), declare the locals those calls use, or
// branch to more of the same.
func onlyEffects(stmts []ast.Stmt) bool {
	for _, s := range stmts {
		switch s := s.(type) {
		case *ast.ExprStmt:
			if _, ok := ast.Unparen(s.X).(*ast.CallExpr); !ok {
				return false
			}
		case *ast.DeclStmt, *ast.EmptyStmt:
		case *ast.AssignStmt:
			if s.Tok != token.DEFINE {
				return false
			}
		case *ast.IfStmt:
			if !onlyEffects(s.Body.List) {
				return false
			}
			if s.Else != nil && !onlyEffects([]ast.Stmt{s.Else}) {
				return false
			}
		case *ast.BlockStmt:
			if !onlyEffects(s.List) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// loopCall is a loop and a call in it, a question isRetryLoop answers.
type loopCall struct {
	loop ast.Node
	call *ast.CallExpr
}

// isRetryLoop says whether loop, in f, is a retry loop of call: not a
// worker's loop (receivesWork) and loopResends(info, loop, call). It is
// answered once for each pair: several rules ask it of the same loop.
func (j *judge) isRetryLoop(f *handling.Func, loop ast.Node, call *ast.CallExpr) bool {
	k := loopCall{loop, call}
	is, seen := j.retryLoops[k]
	if !seen {
		is = !receivesWork(f, loop) && loopResends(j.pass.TypesInfo, loop, call)
		j.retryLoops[k] = is
	}
	return is
}

// loopResends reports whether loop sends the same request again by call:
// a for loop that is not driven by an iterator method (rows.Next,
// scanner.Scan) or by a list's length, or a range over an integer, whose
// variables the call does not read. A loop over items or fallback models
// sends something else each time: a continue there moves on, it does not
// retry.
func loopResends(info *types.Info, loop ast.Node, call *ast.CallExpr) bool {
	var vars []types.Object
	switch l := loop.(type) {
	case *handling.GotoLoop:
		return true // goto back to before the call: the same call again
	case *ast.ForStmt:
		if c, ok := ast.Unparen(l.Cond).(*ast.CallExpr); ok {
			// rows.Next(), scanner.Scan(): an iterator; not a deadline,
			// time.Now().Before(deadline).
			if _, isMethod := ast.Unparen(c.Fun).(*ast.SelectorExpr); isMethod {
				if fn := arksdk.Callee(info, c); fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "time" {
					return false
				}
			}
		}
		if usesLen(info, l.Cond) {
			return false
		}
		if as, ok := l.Init.(*ast.AssignStmt); ok {
			for _, lhs := range as.Lhs {
				if id, ok := lhs.(*ast.Ident); ok && info.Defs[id] != nil {
					vars = append(vars, info.Defs[id])
				}
			}
		}
	case *ast.RangeStmt:
		t := info.TypeOf(l.X)
		if t == nil {
			return false
		}
		if b, ok := t.Underlying().(*types.Basic); !ok || b.Info()&types.IsInteger == 0 {
			return false
		}
		for _, e := range []ast.Expr{l.Key, l.Value} {
			if id, ok := e.(*ast.Ident); ok && info.Defs[id] != nil {
				vars = append(vars, info.Defs[id])
			}
		}
	default:
		return false
	}
	if !leavesOnSuccess(info, loop, call) {
		return false
	}
	reads := false
	for _, a := range call.Args {
		ast.Inspect(a, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && slices.Contains(vars, info.Uses[id]) {
				reads = true
			}
			return !reads
		})
	}
	return !reads
}

// leavesOnSuccess reports whether loop can end once call succeeds, as a
// retry loop does: after the call its body returns or breaks out of it,
// or its condition reads a flag or an error the body sets (for err != nil,
// for !done). A loop that goes on after a success (a batch, a worker, a
// conversation: each round another request) retries nothing.
func leavesOnSuccess(info *types.Info, loop ast.Node, call *ast.CallExpr) bool {
	body := loopBody(loop)
	if body == nil {
		return false
	}
	if leavesAfter(body, call.End(), false) {
		return true
	}
	l, ok := loop.(*ast.ForStmt)
	if !ok || l.Cond == nil {
		return false
	}
	var flags []types.Object
	ast.Inspect(l.Cond, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok && (handling.IsBool(v.Type()) || handling.IsError(v.Type())) {
				flags = append(flags, v)
			}
		}
		return true
	})
	set := false
	ast.Inspect(body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok {
			for _, lhs := range as.Lhs {
				if id, ok := lhs.(*ast.Ident); ok && slices.Contains(flags, info.ObjectOf(id)) {
					set = true
				}
			}
		}
		return !set
	})
	return set
}

// leavesAfter reports whether n has, after pos, a return, a goto, or a
// break that leaves the loop whose body n is (nested is false) or a
// statement inside it (nested is true: only labelled breaks count there).
func leavesAfter(n ast.Node, pos token.Pos, nested bool) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if found {
			return false
		}
		switch m := m.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			found = m.Pos() > pos
		case *ast.BranchStmt:
			found = m.Pos() > pos && (m.Tok == token.GOTO || m.Tok == token.BREAK && (m.Label != nil || !nested))
		case *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
			if !nested {
				found = leavesAfter(m, pos, true) // a break in there leaves that statement
				return false
			}
		}
		return true
	})
	return found
}

// receivesWork reports whether the body of loop, in f, takes a value from
// a channel (handling.Func.Receives): a worker's loop, whose next round
// handles the next job. A bare receive (<-ctx.Done(), <-time.After(d))
// only waits.
func receivesWork(f *handling.Func, loop ast.Node) bool {
	body := loopBody(loop)
	if body == nil {
		return false
	}
	for _, r := range f.Receives {
		if contains(body, r) {
			return true
		}
	}
	return false
}

// usesLen reports whether e calls the builtin len: i < len(models).
func usesLen(info *types.Info, e ast.Expr) bool {
	found := false
	if e == nil {
		return false
	}
	ast.Inspect(e, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			if id, ok := ast.Unparen(c.Fun).(*ast.Ident); ok {
				if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "len" {
					found = true
				}
			}
		}
		return !found
	})
	return found
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
