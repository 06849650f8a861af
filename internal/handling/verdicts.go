package handling

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
)

// A verdict is the bool that a function of the package returns first for an
// error, tested by an if in a loop: directly (if !shouldRetry(err)), kept
// in the if's init (if retry, wait := shouldRetry(err); retry), or kept in
// a statement of its own and tested later (retry := shouldRetry(err), then
// if !retry { return err }). The function is a retry predicate when that if
// sends the loop round on the verdict: the branch a holding verdict takes
// goes round, or the branch a holding verdict keeps from being taken leads
// out of a loop that calls Ark, which then goes round when it holds. A
// 429 predicate whose if leads out when it holds (stop, tell the user) is
// not one.

// verdictUse is an if, or a for loop, whose condition tests the verdict of
// fn (called in it, or kept in a variable), or, with fn nil, a local bool
// flag (for retry := true; retry; { ...; retry = shouldRetry(err) }).
type verdictUse struct {
	fn   *types.Func
	stmt ast.Node // the *ast.IfStmt or *ast.ForStmt
	in   *Func
	// negated says the if tests the verdict negated, so that a verdict
	// that holds keeps its branch from being taken (if !retry, if !retry ||
	// i == max); otherwise a verdict that holds takes it (if retry, if
	// retry && i < max).
	negated bool
}

// keptVerdict records the variable that keeps the verdict of fn, whose call
// is on top of stack, and the if whose init keeps it.
func (b *builder) keptVerdict(fn *types.Func, stack []ast.Node) {
	k := len(stack)
	if k < 3 {
		return
	}
	as, ok := stack[k-2].(*ast.AssignStmt)
	i := VerdictIndex(fn.Signature())
	if !ok || len(as.Rhs) != 1 || as.Rhs[0] != stack[k-1] || i < 0 || len(as.Lhs) <= i {
		return
	}
	id, ok := as.Lhs[i].(*ast.Ident)
	if !ok {
		return
	}
	v, ok := b.objOf(id).(*types.Var)
	if !ok {
		return
	}
	if ifs, ok := stack[k-3].(*ast.IfStmt); ok && ifs.Init == as {
		b.verdictTest(ifs, v, fn) // the if is met before its init
		return
	}
	if b.verdictVars == nil {
		b.verdictVars = make(map[*types.Var]*types.Func)
	}
	b.verdictVars[v] = fn
}

// verdictIf records ifs, an if or a for loop, when its condition cond tests
// a kept verdict, or a local bool flag (retryable := false, set in some
// branch and tested here).
func (b *builder) verdictIf(ifs ast.Node, cond ast.Expr) {
	CondOperands(cond, func(x ast.Expr, o Operand) {
		id, ok := x.(*ast.Ident)
		if !ok || !o.tellsVerdict() {
			return
		}
		v, ok := b.info.Uses[id].(*types.Var)
		if !ok {
			return
		}
		u := verdictUse{fn: b.verdictVars[v], stmt: ifs, in: b.top, negated: o.Neg}
		switch {
		case u.fn != nil:
			b.verdictUses = append(b.verdictUses, u)
		case b.local(v) && IsBool(v.Type()):
			if b.flagTests == nil {
				b.flagTests = make(map[*types.Var][]verdictUse)
			}
			b.flagTests[v] = append(b.flagTests[v], u)
		}
	})
}

// identOperand reports whether some operand of the condition e is an
// identifier: only then can it test a verdict or a flag.
func identOperand(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Ident:
		return true
	case *ast.ParenExpr:
		return identOperand(x.X)
	case *ast.UnaryExpr:
		return x.Op == token.NOT && identOperand(x.X)
	case *ast.BinaryExpr:
		return (x.Op == token.LAND || x.Op == token.LOR) && (identOperand(x.X) || identOperand(x.Y))
	}
	return false
}

// flagRetries reports whether body sets a local bool flag to true
// (retryable = true) that an if in a loop tests so that the loop goes round
// on it (if !retryable { return err }), and returns that loop: the branch
// of body then sends the error round. One level deep: the flag's if is not
// judged by the flags its own branch sets.
func (b *builder) flagRetries(body []ast.Stmt, br *Branch) (ast.Node, bool) {
	if b.flagTests == nil || b.judgingFlag {
		return nil, false
	}
	for _, s := range body {
		as, ok := s.(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
			continue
		}
		id, ok := as.Lhs[0].(*ast.Ident)
		if !ok {
			continue
		}
		v, ok := b.info.Uses[id].(*types.Var)
		if !ok || b.flagTests[v] == nil {
			continue
		}
		if tv := b.info.Types[as.Rhs[0]]; tv.Value == nil || tv.Value.Kind() != constant.Bool || !constant.BoolVal(tv.Value) {
			continue
		}
		b.judgingFlag = true
		for _, u := range b.flagTests[v] {
			if u.stmt != br.Node && b.verdictRetries(u, b.branch(u.stmt)) {
				b.judgingFlag = false
				return u.in.InnermostLoop(u.stmt), true
			}
		}
		b.judgingFlag = false
	}
	return nil, false
}

// verdictTest records ifs when its condition tests the verdict of fn: the
// call itself (a *ast.CallExpr) or the variable that keeps it (a
// *types.Var).
func (b *builder) verdictTest(ifs ast.Node, verdict any, fn *types.Func) {
	var cond ast.Expr
	switch s := ifs.(type) {
	case *ast.IfStmt:
		cond = s.Cond
	case *ast.CaseClause: // a tagless switch's clause of one expression
		cond = s.List[0]
	}
	CondOperands(cond, func(x ast.Expr, o Operand) {
		if id, ok := x.(*ast.Ident); (ok && b.info.Uses[id] == verdict || x == verdict) && o.tellsVerdict() {
			b.verdictUses = append(b.verdictUses, verdictUse{fn: fn, stmt: ifs, in: b.top, negated: o.Neg})
		}
	})
}

// tellsVerdict reports whether an operand tested as o says what the branch
// makes of the verdict: a verdict that holds pushes the branch on (retry,
// retry && i < max) or, negated, off (!retry, !retry || i == max, !retry &&
// !busy), as the only operand, a conjunct or a disjunct.
func (o Operand) tellsVerdict() bool { return o.Needed || o.Enough }

// verdictRetries reports whether u sends the loop round on the verdict: the
// branch it guards (br) goes round when the verdict takes it, or the branch
// a holding verdict keeps from being taken (br for a negated test, the else
// otherwise) leads out of a loop that calls Ark.
func (b *builder) verdictRetries(u verdictUse, br *Branch) bool {
	if u.in == nil {
		return false
	}
	if loop, ok := u.stmt.(*ast.ForStmt); ok {
		// for retry && n < 5: round while the verdict holds; for !done,
		// round while it does not.
		return !u.negated && b.reachesArkIn(u.in, loop)
	}
	b.decide(br, u.in)
	if !u.negated && (br.Decision == GoesRound || br.Decision == Reschedules) {
		return true
	}
	// if !retry { return err }, or if retry && i < max { ... } else { return err }.
	out := br
	if !u.negated {
		switch s := u.stmt.(type) {
		case *ast.IfStmt:
			els, ok := s.Else.(*ast.BlockStmt)
			if !ok || len(els.List) == 0 {
				return false
			}
			out = &Branch{Node: els, Body: els.List}
		case *ast.CaseClause:
			// switch { case retryable(err) && n < 5: n++; default: return
			// err }: the default is what a failing verdict takes.
			def := defaultClause(u.in.Body, s)
			if def == nil {
				return false
			}
			out = b.branch(def)
		default:
			return false
		}
		b.decide(out, u.in)
	}
	if out.Decision == Undecided || out.Decision == GoesRound || out.Decision == Reschedules {
		return false
	}
	loop := u.in.InnermostLoop(u.stmt)
	return loop != nil && b.reachesArkIn(u.in, loop)
}

// defaultClause returns the default clause of the switch in body that has
// clause cc among its clauses, or nil: asked only of a verdict tested in a
// tagless switch's case.
func defaultClause(body *ast.BlockStmt, cc *ast.CaseClause) *ast.CaseClause {
	var def *ast.CaseClause
	ast.Inspect(body, func(n ast.Node) bool {
		sw, ok := n.(*ast.SwitchStmt)
		if !ok || def != nil {
			return def == nil
		}
		if !slices.Contains(sw.Body.List, ast.Stmt(cc)) {
			return true
		}
		for _, s := range sw.Body.List {
			if c := s.(*ast.CaseClause); c.List == nil && c != cc {
				def = c
			}
		}
		return false
	})
	return def
}

// keptTest is a test whose outcome is kept in a local bool instead of
// guarding a branch (isRateLimited := apiErr.HTTPStatusCode == 429), for an
// if or a loop's condition to test later like a flag; or, with t nil, a nil
// check of an error kept so (retry = err != nil && attempts < 3).
type keptTest struct {
	t     *Test
	chk   *ErrCheck
	v     *types.Var
	stmt  ast.Node // the assignment or declaration that keeps it
	value ast.Expr // the value kept
}

// keptTest records t, or else chk, on top of stack, when the value of an
// assignment to a local bool, or of its declaration, is it or combines it
// with !, && and ||.
func (b *builder) keptTest(t *Test, chk *ErrCheck, stack []ast.Node) {
	stop := b.depth(stack)
	child := stack[len(stack)-1]
	for i := len(stack) - 2; i > stop; i-- {
		var lhs, value ast.Expr
		switch p := stack[i].(type) {
		case *ast.ParenExpr:
			child = p
			continue
		case *ast.UnaryExpr:
			if p.Op != token.NOT {
				return
			}
			child = p
			continue
		case *ast.BinaryExpr:
			if p.Op != token.LAND && p.Op != token.LOR {
				return
			}
			child = p
			continue
		case *ast.AssignStmt:
			if len(p.Lhs) != 1 || len(p.Rhs) != 1 || p.Rhs[0] != child || p.Tok != token.DEFINE && p.Tok != token.ASSIGN {
				return
			}
			lhs, value = p.Lhs[0], p.Rhs[0]
		case *ast.ValueSpec:
			if len(p.Names) != 1 || len(p.Values) != 1 || p.Values[0] != child {
				return
			}
			lhs, value = p.Names[0], p.Values[0]
		default:
			return
		}
		id, ok := lhs.(*ast.Ident)
		if !ok {
			return
		}
		if v, ok := b.objOf(id).(*types.Var); ok && b.local(v) && IsBool(v.Type()) {
			b.keptTests = append(b.keptTests, keptTest{t: t, chk: chk, v: v, stmt: stack[i], value: value})
		}
		return
	}
}

// forVerdicts gives each loop whose condition tests a local bool the
// verdict that bool keeps, if any: the loop's condition is met before the
// body that keeps it (for retry := true; retry; { ...; retry =
// shouldRetry(err) }).
func (b *builder) forVerdicts() {
	for v, uses := range b.flagTests {
		fn := b.verdictVars[v]
		if fn == nil {
			continue
		}
		for _, u := range uses {
			if _, ok := u.stmt.(*ast.ForStmt); ok {
				u.fn = fn
				b.verdictUses = append(b.verdictUses, u)
			}
		}
	}
}

// keptTestsRetried gives each kept test that holding pushes its bool
// towards true the branch of the loop that goes round on that bool
// (if !isRateLimited { return err }, if retry { continue }, for retry),
// so that the rules judge it as they judge a test in the if itself; and
// each kept nil check a branch that goes round, or leads out, on an error
// (for !done { ...; done = err == nil || n > 3 } goes round on one).
func (b *builder) keptTestsRetried() {
	for _, kt := range b.keptTests {
		if kt.chk != nil {
			b.keptErrCheck(kt)
			continue
		}
		if operand, on := kt.t.Pushes(kt.value); !operand || !on {
			continue
		}
		for _, u := range b.flagTests[kt.v] {
			if !b.verdictRetries(u, b.branch(u.stmt)) {
				continue
			}
			br := b.branches[kt.stmt]
			if br == nil {
				br = &Branch{Node: kt.stmt, Decision: GoesRound, Loop: u.in.InnermostLoop(u.stmt)}
				b.branches[kt.stmt] = br
			}
			kt.t.Branch, kt.t.Direct = br, true
			br.Tests = append(br.Tests, kt.t)
			break
		}
	}
}

// keptErrCheck gives the kept nil check of kt the branch of the first loop
// that goes round on its bool: an error pushes the bool towards the value
// that goes round, or away from it.
func (b *builder) keptErrCheck(kt keptTest) {
	// An error makes err != nil hold, err == nil fail.
	operand, towardTrue := pushes(kt.value, kt.chk.Node, kt.chk.Node.(*ast.BinaryExpr).Op == token.NEQ)
	if !operand {
		return
	}
	for _, u := range b.flagTests[kt.v] {
		var roundOn bool
		if loop, ok := u.stmt.(*ast.ForStmt); ok && b.reachesArkIn(u.in, loop) {
			roundOn = !u.negated // for retry, or for !done
		} else if b.verdictRetries(u, b.branch(u.stmt)) {
			roundOn = true // if !retry { return err }
		} else {
			continue
		}
		br := &Branch{Node: kt.stmt, Decision: GoesRound, Loop: u.in.InnermostLoop(u.stmt)}
		if towardTrue != roundOn {
			br.Decision, br.Loop = ReturnsOther, nil // an error leads out
		}
		kt.chk.Branch, kt.chk.NonNil = br, true
		return
	}
}
