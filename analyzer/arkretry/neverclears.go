package arkretry

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/arkvet/arkvet/codes"
	"github.com/arkvet/arkvet/internal/arksdk"
	"github.com/arkvet/arkvet/internal/handling"
)

// retryNeverClears reports decisions keyed on 429 (the status, the type, or
// "429 or 5xx") that send the error round again without excluding the 429
// codes that waiting does not clear, and loops that go round on a 429 with
// no delay at all.
func (j *judge) retryNeverClears() {
	reported := make(map[*handling.Branch]bool) // status == 429 || type == "TooManyRequests": one decision
	for _, t := range j.m.Tests {
		br := t.Branch
		if !j.keyedOn429(t) || br == nil || j.readMidstream(t) || reported[br] {
			continue
		}
		// A branch taken when the test fails and leading out of the loop
		// (if apiErr.HTTPStatusCode != 429 { return err }) leaves the loop
		// to go round on what the test holds for.
		var round ast.Node
		if !t.Direct {
			if round = j.goesRoundUnless(t); round == nil {
				continue
			}
		}
		if round == nil && !j.retries(br, t.Func) {
			continue
		}
		// A branch whose condition also tests the code or asks a helper
		// (status == 429 && code != "SetLimitExceeded") decides about
		// those codes, not every 429; going round at once still hammers.
		narrowed := j.narrowed(br, t.Func)
		if round == nil && br.Decision == handling.GoesRound {
			round = br.Loop
		}
		// A code only an API the package's calls are not sends
		// (SessionQuotaExceeded, from agent sessions) is no gap here.
		left := slices.DeleteFunc(j.notExcluded(t), func(code string) bool {
			api := arksdk.CodeAPI(code)
			return api != "" && !j.apis[api]
		})
		if !leavesOutCallable(left) || narrowed {
			// Only codes of an API the package's calls are not
			// (SessionQuotaExceeded) are left: it excludes the rest.
			left = nil
		}
		noDelay := round != nil && !waitsOnWayRound(t.Func, round, t.Node.Pos())
		reported[br] = len(left) > 0 || noDelay
		every := "every 429"
		if t.Role == handling.Text {
			every = fmt.Sprintf("every error whose text holds %q", t.StringValue()) // strings.Contains(msg, "429")
		}
		switch {
		case len(left) > 0 && noDelay:
			j.report(ruleNeverClears, t.Node, nil,
				"retrying %s at once also retries %s, which waiting does not clear, and hammers the limit that the others hit; check .Code and wait before going round", every, joinAnd(left))
		case len(left) > 0:
			j.report(ruleNeverClears, t.Node, nil,
				"retrying %s also retries %s, which waiting does not clear; check .Code", every, joinAnd(left))
		case noDelay:
			j.report(ruleNeverClears, t.Node, nil,
				"this loop goes round on a 429 with no delay, hammering the limit it hit; wait before retrying (back off, or honour Retry-After)")
		}
	}
}

// goesRoundUnless returns the loop around t that goes round when t holds
// because t's branch, taken whenever t fails, leads out of it: a loop that
// calls Ark and does not end by leaving. The test counts when, in its if's
// condition, it pushes towards the branch only by failing: the != of
// status != 429, or !strings.Contains(err.Error(), "429"), alone, with
// other reasons to leave (|| i == max), or with other reasons to stay
// (&& status < 500: 429 or 5xx go round).
func (j *judge) goesRoundUnless(t *handling.Test) ast.Node {
	ifs, ok := t.Branch.Node.(*ast.IfStmt)
	if !ok || t.Func == nil || !leaves(t.Branch.Decision) {
		return nil
	}
	if operand, on := t.Pushes(ifs.Cond); !operand || on {
		return nil // the branch is not taken by the test failing
	}
	loop := t.Func.InnermostLoop(ifs)
	if loop == nil {
		return nil
	}
	if !j.retriesArk(t.Func, loop) && !j.staysOnItem(t.Func, loop, ifs) || endsByLeaving(loop) && !continuesAfter(loop, ifs.End()) {
		return nil
	}
	return loop
}

// continuesAfter reports whether the body of loop has, after pos, a
// continue of loop itself (not of a loop nested in it, nor in a function
// literal): a loop whose body ends by returning still goes round there
// (if err != nil { ...; time.Sleep(d); continue }; return resp, nil).
func continuesAfter(loop ast.Node, pos token.Pos) bool {
	body := loopBody(loop)
	if body == nil {
		return false
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit, *ast.ForStmt, *ast.RangeStmt:
			return false
		case *ast.BranchStmt:
			found = found || n.Tok == token.CONTINUE && n.Label == nil && n.Pos() > pos
		}
		return !found
	})
	return found
}

// keyedOn429 reports whether t holds on every 429 of an error that can
// carry one: its status or type, or its text searched for either.
func (j *judge) keyedOn429(t *handling.Test) bool {
	return j.is429Test(t) && canCarry429(t.Subject.Kind) || j.is429Text(t)
}

// narrowed reports whether the condition of br also tests a code, or hands
// the error to a retry helper: the decision is not keyed on 429 alone.
func (j *judge) narrowed(br *handling.Branch, f *handling.Func) bool {
	for _, t := range br.Tests {
		if t.Role == arksdk.Code {
			return true
		}
	}
	cond := condSpan(br.Node)
	if cond == nil {
		return false
	}
	for _, c := range j.helperCalls(f) {
		if cond.Pos() <= c.Pos() && c.End() <= cond.End() {
			return true
		}
	}
	return false
}

// condSpan returns the condition of an if, or the case list of a clause.
func condSpan(n ast.Node) ast.Node {
	switch n := n.(type) {
	case *ast.IfStmt:
		return n.Cond
	case *ast.CaseClause:
		if len(n.List) > 0 {
			return rng{n.List[0].Pos(), n.List[len(n.List)-1].End()}
		}
	}
	return nil
}

// notExcluded returns the 429 codes that waiting may not clear and that
// t's unit never compares the same error's code with.
func (j *judge) notExcluded(t *handling.Test) []string {
	var left []string
	unit := t.Func.Unit()
	callers := j.callersExcluding(t)
	for _, slow := range j.cls.slow {
		excluded := false
		for _, u := range j.unitTests[unit] {
			if sameError(j.m, u.Subject.Key, t.Subject.Key) && (names(u, slow) || namesInText(u, slow)) {
				excluded = true
				break
			}
		}
		if !excluded && len(callers) > 0 {
			// byStatus(apiErr.HTTPStatusCode), called only after the
			// caller's own checks of the code: each must name it.
			excluded = true
			for _, c := range callers {
				excluded = excluded && slices.ContainsFunc(j.unitTests[c], func(u *handling.Test) bool {
					return u.Role == arksdk.Code && names(u, slow)
				})
			}
		}
		if !excluded {
			left = append(left, slow.Name)
		}
	}
	return left
}

// callersExcluding returns, when t tests a parameter of an unexported
// function of the package (func byStatus(status int) Action), the
// functions that call it, whose checks of the code before it (if a, ok :=
// actions[apiErr.Code]; ok { return a }) may leave out codes for it; nil
// otherwise.
func (j *judge) callersExcluding(t *handling.Test) []*handling.Func {
	f := t.Func.Unit()
	v, ok := t.Subject.Key.Obj.(*types.Var)
	if !ok || f.Obj == nil || f.Sig == nil || f.Obj.Exported() || paramIndex(f.Sig, v) < 0 {
		return nil
	}
	return j.usersOf(f.Obj)
}

// leavesOutCallable reports whether left, the codes a decision does not
// exclude, holds one that the calls of the SDKs can return: one not sent by
// a single other API only (arksdk.CodeAPI). When it holds one, the message
// names them all.
func leavesOutCallable(left []string) bool {
	for _, code := range left {
		if arksdk.CodeAPI(code) == "" {
			return true
		}
	}
	return false
}

// sameError reports whether a and b name the same Ark error, or errors
// taken from the same error variable.
func sameError(m *handling.Model, a, b handling.Key) bool {
	if a == b {
		return true
	}
	if a.Obj == nil || b.Obj == nil {
		return false
	}
	// apiErr taken from err (errors.As) is err, and so is another taken
	// from it.
	oa, ob := m.Origin(a.Obj), m.Origin(b.Obj)
	return oa == b.Obj || ob == a.Obj || oa != nil && oa == ob
}

// waitsOnWayRound reports whether f waits on the way round loop that a
// test or call at pos sends the error: anywhere in the loop, unless pos is
// in the condition of an if whose body ends by going round (if
// isRateLimited(err) { continue }), which skips the waits after that if
// (a select on a ticker at the bottom of the loop): then only a wait in
// its body or before it counts.
func waitsOnWayRound(f *handling.Func, loop ast.Node, pos token.Pos) bool {
	if !f.WaitsIn(loop) {
		return false
	}
	skip := continueIfAt(loop, pos)
	if skip == nil {
		return true
	}
	for _, w := range f.Waits {
		if skip.Body.Pos() <= w.Pos() && w.End() <= skip.Body.End() || loop.Pos() <= w.Pos() && w.End() <= skip.Pos() {
			return true
		}
	}
	return false
}

// continueIfAt returns the innermost if statement of loop's body (not of a
// nested loop or literal) whose condition holds pos and whose body ends in
// a continue of loop, or nil.
func continueIfAt(loop ast.Node, pos token.Pos) *ast.IfStmt {
	body := loopBody(loop)
	if body == nil {
		return nil
	}
	var found *ast.IfStmt
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit, *ast.ForStmt, *ast.RangeStmt:
			return false
		case *ast.IfStmt:
			if n.Cond != nil && n.Cond.Pos() <= pos && pos < n.Cond.End() && len(n.Body.List) > 0 {
				if br, ok := n.Body.List[len(n.Body.List)-1].(*ast.BranchStmt); ok && br.Tok == token.CONTINUE && br.Label == nil {
					found = n
				}
			}
		}
		return true
	})
	return found
}

// falseUnless reports whether t's branch returns false whenever t fails:
// if !errors.As(err, &apiErr) || apiErr.Type != "TooManyRequests" { return
// false }.
func falseUnless(t *handling.Test) bool {
	ifs, ok := t.Branch.Node.(*ast.IfStmt)
	if !ok || t.Branch.Decision != handling.ReturnsFalse {
		return false
	}
	operand, on := t.Pushes(ifs.Cond)
	return operand && !on
}

// predicateHammering reports retry loops with no delay at all that go
// round on what a retry predicate keyed on 429 accepts (if err == nil ||
// !isRetryable(err) { return err }): the decision lives in the predicate,
// the hammering in the loop. A predicate that excludes the codes waiting
// does not clear still leaves every other 429 retried at once.
func (j *judge) predicateHammering() {
	keyed := make(map[*types.Func]bool)
	for _, t := range j.m.Tests {
		f, br := t.Func, t.Branch
		if f == nil || f.Obj == nil || br == nil || j.readMidstream(t) {
			continue
		}
		// return status == 429 && ...; or if type != "TooManyRequests" {
		// return false }: it answers true on 429s only.
		if (t.Direct && br.Decision == handling.ReturnsTrue || falseUnless(t)) && j.keyedOn429(t) && j.isPredicate(f) {
			keyed[f.Obj] = true
		}
	}
	if len(keyed) == 0 {
		return
	}
	info := j.pass.TypesInfo
	reported := make(map[ast.Node]bool)
	for _, g := range j.m.Funcs {
		for _, call := range g.HelperCalls {
			fn := arksdk.Callee(info, call)
			if fn == nil || !keyed[fn] {
				continue
			}
			loop := g.InnermostLoop(call)
			if loop == nil || reported[loop] || waitsOnWayRound(g, loop, call.Pos()) {
				continue
			}
			if !j.retriesArk(g, loop) {
				continue
			}
			reported[loop] = true
			j.report(ruleNeverClears, rng{loop.Pos(), loopHeaderEnd(loop)}, nil,
				"this loop retries what %s accepts, 429s included, with no delay between attempts, hammering the limit it hit; wait before retrying (back off, or honour Retry-After)", fn.Name())
		}
	}
}

// retriesArk reports whether loop, in f, is a retry loop around a call to
// Ark: it sends the same request again (isRetryLoop).
func (j *judge) retriesArk(f *handling.Func, loop ast.Node) bool {
	ark := j.arkCallIn(f, loop)
	return ark != nil && j.isRetryLoop(f, loop, ark)
}

// arkCallIn returns a call to Ark of f inside node or, failing one, a call
// inside node whose error f checks and that reaches Ark one call deep (the
// package's own wrapper, a literal kept in a local variable: arkSource);
// nil if there is neither.
func (j *judge) arkCallIn(f *handling.Func, node ast.Node) *ast.CallExpr {
	for _, c := range f.ArkCalls {
		if contains(node, c) {
			return c
		}
	}
	for _, chk := range j.m.ErrChecks {
		if chk.Func == f && contains(node, chk.Call) {
			if _, _, ok := j.arkSource(chk.Call, f); ok {
				return chk.Call
			}
		}
	}
	// text, err := llm.Complete(ctx, ...), then errors.As(err, &apiErr)
	// and a test of apiErr: another package's call that the tests say
	// reaches Ark.
	for _, t := range j.unitTests[f.Unit()] {
		if o := t.Subject.Key.Obj; o != nil && t.Subject.Kind != arksdk.NotAnError && contains(node, t.Node) {
			for _, c := range j.m.ProgramCalls(j.m.Origin(o)) {
				if contains(node, c) {
					return c
				}
			}
		}
	}
	return nil
}

// retryNamedNever reports a retry decision that names, as what it retries,
// a 429 code that waiting never clears (case "SetLimitExceeded": return
// true in a retry predicate; a loop that waits and goes round on it): the
// code is retried on purpose, and no wait clears it. A code only another
// API sends (arksdk.CodeAPI) is left alone, as leaving it out is.
func (j *judge) retryNamedNever() {
	reported := make(map[*handling.Branch]bool)
	atElement := make(map[ast.Expr]bool) // a list's element, looked up more than once
	for _, t := range j.m.Tests {
		br := t.Branch
		if t.Role != arksdk.Code || t.Op != handling.Equal || br == nil || reported[br] || atElement[t.Operand] {
			continue
		}
		// Retried when the branch it guards retries, or, when it guards
		// the branch by failing (if !retryable[code] { return err }), when
		// that branch leads out of a loop that goes round on the rest.
		if t.Direct && !j.retries(br, t.Func) || !t.Direct && j.goesRoundUnless(t) == nil {
			continue
		}
		for _, c := range j.cls.slow {
			if c.Retry != codes.Never || arksdk.CodeAPI(c.Name) != "" || !names(t, c) {
				continue
			}
			what := "this branch"
			if !t.Direct {
				what = "this loop"
			}
			if _, inList := t.Set.(*ast.CompositeLit); inList {
				atElement[t.Operand] = true
				j.report(ruleNeverClears, t.Operand, nil,
					"the codes %s retries include %s, which waiting does not clear; take it out and report it instead", what, c.Name)
				break
			}
			reported[br] = true
			j.report(ruleNeverClears, t.Node, nil,
				"%s retries %s, which waiting does not clear; give up on it and report it instead", what, c.Name)
			break
		}
	}
}
