package handling

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/arkvet/arkvet/codes"
	"github.com/arkvet/arkvet/internal/arksdk"
)

// binary collects X == c, X != c and status ranges, either way round, and
// comparisons of a class with a class constant, and nil checks of an error
// returned by Ark.
func (b *builder) binary(n *ast.BinaryExpr, stack []ast.Node) {
	var op Op
	switch n.Op {
	case token.EQL:
		op = Equal
	case token.NEQ:
		op = NotEqual
	case token.LSS, token.GTR, token.LEQ, token.GEQ:
		op = Less
	default:
		return
	}
	for _, side := range [2][2]ast.Expr{{n.X, n.Y}, {n.Y, n.X}} {
		x, y := side[0], side[1]
		if s, role, fold, ok := b.subjectOf(x); ok {
			v := b.constValue(y)
			if v == nil || op == Less && role != arksdk.Status {
				return
			}
			b.addTest(&Test{Role: role, Op: op, Subject: s, Fold: fold, Operand: ast.Unparen(y), Value: v, Node: n}, stack)
			return
		}
		if op == Equal || op == NotEqual {
			if c := b.classConst(y); c != nil {
				if cond := condOf(stack, b.depth(stack)); cond.owner != nil {
					b.classUses = append(b.classUses, classUse{class: c, owner: cond.owner, fn: b.top, unequal: (op == Equal) != cond.direct})
				}
				return
			}
		}
		if b.comparedText(x) {
			return
		}
		if (op == Equal || op == NotEqual) && b.isNil(y) {
			if err := b.errVar(x); err != nil {
				if call := b.callErr[err]; call != nil {
					c := condOf(stack, b.depth(stack))
					chk := &ErrCheck{Err: err, Call: call, Node: n, NonNil: (op == NotEqual) == c.direct, Func: b.top}
					if c.owner != nil {
						chk.Branch = b.branch(c.owner)
					} else {
						b.keptTest(nil, chk, stack) // retry = err != nil && attempts < 3
					}
					b.m.ErrChecks = append(b.m.ErrChecks, chk)
				}
			}
			return
		}
	}
}

// switchStmt collects the cases of a switch on an error's code, status or
// type, and of a switch on a class.
func (b *builder) switchStmt(n *ast.SwitchStmt) {
	clauses := caseClauses(n)
	for i, cc := range clauses {
		// fallthrough: the next clause's body is this branch's too.
		for j := i; j+1 < len(clauses) && endsInFallthrough(clauses[j].Body); j++ {
			br := b.branch(cc)
			br.Body = append(br.Body[:len(br.Body):len(br.Body)], clauses[j+1].Body...)
		}
	}
	if n.Tag == nil {
		return // tagless: its cases are comparisons, collected as such
	}
	if init, ok := n.Init.(*ast.AssignStmt); ok {
		b.assign(init) // switch code := apiErr.Code; code {: the tag uses it
	}
	// A getter's code kept in a variable (code := codeOf(err)) is a
	// subject before it is a kept text.
	s, role, fold, ok := b.subjectOf(n.Tag)
	if !ok && b.comparedText(n.Tag) {
		return
	}
	if !ok {
		b.codeLikeSwitch(n, clauses)
	}
	b.switchOnError(n, clauses)
	for _, cc := range clauses {
		br := b.branch(cc)
		for _, e := range cc.List {
			if ok {
				if v := b.constValue(e); v != nil {
					b.addTest(&Test{Role: role, Op: Equal, Subject: s, Fold: fold, Operand: ast.Unparen(e), Value: v,
						Node: e, Set: n, Branch: br, Direct: true}, nil)
				}
			} else if c := b.classConst(e); c != nil {
				b.classUses = append(b.classUses, classUse{class: c, owner: cc, fn: b.top})
			}
		}
	}
}

// codeLikeSwitch records the string cases of a switch on a string
// parameter of the function when two or more of them are known Ark codes
// (Model.CodeLikeCases), the known ones included.
func (b *builder) codeLikeSwitch(n *ast.SwitchStmt, clauses []*ast.CaseClause) {
	id, ok := ast.Unparen(n.Tag).(*ast.Ident)
	if !ok || b.top == nil || b.top.Sig == nil {
		return
	}
	v, ok := b.info.Uses[id].(*types.Var)
	if !ok || !isParamOf(b.top.Sig, v) {
		return
	}
	if t, ok := v.Type().Underlying().(*types.Basic); !ok || t.Kind() != types.String {
		return
	}
	var cases []*Test
	known := 0
	table := codes.Default()
	for _, cc := range clauses {
		for _, e := range cc.List {
			val := b.constValue(e)
			if val == nil || val.Kind() != constant.String {
				continue
			}
			str := constant.StringVal(val)
			if code, isCode := table.Lookup(str); isCode && code.Name == str {
				known++
			}
			cases = append(cases, &Test{Role: arksdk.Code, Op: Equal, Operand: ast.Unparen(e), Value: val, Node: e, Set: n, Direct: true, Func: b.top, str: str})
		}
	}
	if known >= 2 {
		b.m.CodeLikeCases = append(b.m.CodeLikeCases, cases...)
	}
}

func caseClauses(n *ast.SwitchStmt) []*ast.CaseClause {
	var out []*ast.CaseClause
	for _, s := range n.Body.List {
		if cc, ok := s.(*ast.CaseClause); ok {
			out = append(out, cc)
		}
	}
	return out
}

func endsInFallthrough(body []ast.Stmt) bool {
	if len(body) == 0 {
		return false
	}
	br, ok := body[len(body)-1].(*ast.BranchStmt)
	return ok && br.Tok == token.FALLTHROUGH
}

// call collects calls to Ark, the strings and slices tests of a code,
// errors.As, waits, and calls that hand an error on.
func (b *builder) call(n *ast.CallExpr, fn *types.Func, stack []ast.Node) {
	f := b.top
	if b.m.CallsArk(b.info, n, fn) {
		f.ArkCalls = append(f.ArkCalls, n)
	}
	if fn != nil && fn.Pkg() == b.pass.Pkg {
		b.used[fn.Origin()] = true
		if fn == b.frames[0].Obj {
			f.rounds = append(f.rounds, round{node: n, loop: b.innermostLoop(stack), self: true})
		}
	}
	var path, name string
	if fn != nil && fn.Pkg() != nil && fn.Signature().Recv() == nil {
		path, name = fn.Pkg().Path(), fn.Name()
	}
	switch {
	case len(n.Args) == 2 && path == "strings" && name == "EqualFold":
		b.compareCall(n, n.Args[0], n.Args[1], Equal, true, stack)
		b.compareCall(n, n.Args[1], n.Args[0], Equal, true, stack)
	case len(n.Args) == 2 && path == "strings" && name == "HasPrefix":
		b.compareCall(n, n.Args[0], n.Args[1], Prefix, false, stack)
	case len(n.Args) == 2 && path == "strings" && name == "HasSuffix":
		b.compareCall(n, n.Args[0], n.Args[1], Suffix, false, stack)
	case len(n.Args) == 2 && path == "strings" && name == "Contains":
		if err := b.errorText(n.Args[0]); err != nil {
			if v := b.constValue(n.Args[1]); v != nil {
				s := Subject{Key: b.keyOf(err)}
				if obj := b.objOf(err); obj != nil && b.arkErr[obj] != nil {
					s.FromArk, s.Midstream = true, b.midstream[obj]
				}
				b.addTest(&Test{Role: Text, Op: Contains, Subject: s, Operand: ast.Unparen(n.Args[1]), Value: v, Node: n}, stack)
				b.look(err, n, condOf(stack, b.depth(stack)).owner)
			}
			return
		}
		b.compareCall(n, n.Args[0], n.Args[1], Contains, false, stack)
	case len(n.Args) == 2 && path == "slices" && name == "Contains":
		if s, role, fold, ok := b.subjectOf(n.Args[1]); ok {
			if lit := b.literalOf(n.Args[0]); lit != nil {
				if t := b.info.TypeOf(lit); t != nil && isListType(t) {
					b.addSet(n, s, role, fold, lit, stack)
				}
			}
		}
	case len(n.Args) == 2 && path == "errors" && name == "As":
		b.errorsAs(n)
		b.look(n.Args[0], n, condOf(stack, b.depth(stack)).owner)
	case len(n.Args) >= 1 && path == "errors" && (name == "Is" || name == "AsType"):
		cond := condOf(stack, b.depth(stack))
		if LooksAtError(b.info, n, path, name) {
			b.look(n.Args[0], n, cond.owner)
		} else if cond.owner != nil {
			b.foreignLook(n.Args[0], n, cond)
		}
		if name == "Is" && len(n.Args) == 2 && cond.owner != nil {
			// errors.Is(err, ErrRateLimited) in a condition: what its
			// branch does is what the sentinel means to the code; negated
			// (if !errors.Is(err, ErrTryAgain) { return err }), the code
			// past the branch is.
			if v := b.sentinelOf(n.Args[1]); v != nil {
				b.classUses = append(b.classUses, classUse{class: v, owner: cond.owner, fn: b.top, unequal: !cond.direct})
			}
		}
	case path == "time" && isTimeWait(name), fn != nil && isRateWait(fn):
		f.Waits = append(f.Waits, n)
	case fn != nil && fn.Pkg() != b.pass.Pkg && isSleep(fn.Signature()):
		// clock.Sleep(ctx, d), retry.Sleep(ctx, d): another package's
		// sleep, whose body is out of view; its signature says it.
		f.Waits = append(f.Waits, n)
	case fn != nil && fn.Pkg() == b.pass.Pkg && takesDuration(fn.Signature()):
		// sleepCtx(ctx, d): a wait when its body waits, known once the
		// package is walked (finish).
		b.waitCalls = append(b.waitCalls, waitCall{f, n, fn})
	}
	if path == "errors" || comparesOnly(path, name) {
		// errors.Is, As and AsType are looks of their own, and the
		// comparisons are tests, above: none hands the error to a helper.
		return
	}
	handsOn := false
	for i, a := range n.Args {
		// One lookup of an identifier answers both questions.
		value, t := b.argOf(a)
		if value != nil {
			b.predicateValue(value) // retry.Do(op, retry.RetryIf(isRetryable))
		}
		if b.m.litVars != nil {
			b.handsLiteral(n, a) // op := func() error { ... }; backoff.Retry(op, b)
		}
		if handsOn || !b.carriesErrorOf(a, t) {
			continue
		}
		handsOn = true
		f.HelperCalls = append(f.HelperCalls, n)
		// kindOf(err).Retryable(): what the method says of the result
		// decides, where that call sits.
		at := stack
		if k := len(stack); k >= 3 {
			if sel, ok := stack[k-2].(*ast.SelectorExpr); ok && sel.X == n {
				if outer, ok := stack[k-3].(*ast.CallExpr); ok && outer.Fun == sel {
					at = stack[:k-2]
				}
			}
		}
		if c := condOf(at, b.depth(at)); !(path == "fmt" && name == "Errorf") && (c.owner != nil || b.decides(at)) {
			// fmt.Errorf("...: %w", err) in a return wraps the error and
			// classifies nothing: no look. (fmt.Sprint(err) in a condition
			// may be searched, and stays one.)
			b.look(a, n, c.owner)
			if c.owner != nil && fn == nil {
				b.optionalLook(a, n, c)
			}
		} else {
			b.keepText(a, n, stack)
		}
		b.verdictCall(n, fn, stack)
		if fn != nil && fn.Pkg() == b.pass.Pkg && i < fn.Signature().Params().Len() {
			err := b.errVar(a)
			if err != nil && b.midstream[err] {
				b.m.MidstreamCalls = append(b.m.MidstreamCalls, &MidstreamCall{Call: n, Callee: fn, Param: fn.Signature().Params().At(i)})
			}
			if src := b.wrappingSourceOf(err); src != nil {
				// The bot stream's Recv error is both: read mid-stream, and
				// wrapped.
				b.wrappedHandoff(fn.Signature().Params().At(i), src)
			}
			b.handOff(fn.Signature().Params().At(i), err, n)
		}
	}
	if !handsOn && fn != nil && fn.Pkg() == b.pass.Pkg && b.onClassOfError(n) {
		b.verdictCall(n, fn, stack) // kindOf(err).Retryable()
	}
}

// verdictCall records how the verdict of fn, a function of the package
// that n calls with an error (or on a class of one), is used: in a loop's
// condition, an if, a variable.
func (b *builder) verdictCall(n *ast.CallExpr, fn *types.Func, stack []ast.Node) {
	if fn == nil || fn.Pkg() != b.pass.Pkg {
		return
	}
	if ReturnsBool(fn.Signature()) {
		// for shouldRetry(err) { ... } and, in a loop,
		// if !shouldRetry(err) { return err }.
		if loopCond, ifs := b.retryCondition(stack); loopCond || b.top.Predicate && b.returned(stack) {
			// ... or what a retry predicate returns: retry.RetryIf(func(err
			// error) bool { return worthRetrying(err) }).
			b.predicateUse(fn)
		} else if ifs != nil {
			b.verdictTest(ifs, n, fn)
		}
	}
	if VerdictIndex(fn.Signature()) >= 0 {
		b.keptVerdict(fn, stack)
	}
}

// onClassOfError reports whether n is a method call on what a call handed
// an error returns: kindOf(err).Retryable().
func (b *builder) onClassOfError(n *ast.CallExpr) bool {
	sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	inner, ok := ast.Unparen(sel.X).(*ast.CallExpr)
	if !ok {
		return false
	}
	for _, a := range inner.Args {
		if b.carriesErrorOf(a, nil) {
			return true
		}
	}
	return false
}

// switchOnError records the nil checks of a switch on an error a call
// returned: switch err { case nil: ...; default: ... }, the nil case taken
// when the error is nil and the default when it is not.
func (b *builder) switchOnError(n *ast.SwitchStmt, clauses []*ast.CaseClause) {
	err := b.errVar(n.Tag)
	if err == nil {
		return
	}
	call := b.callErr[err]
	if call == nil {
		return
	}
	var def *ast.CaseClause
	hasNil := false
	for _, cc := range clauses {
		if cc.List == nil {
			def = cc
		}
		for _, e := range cc.List {
			if b.isNil(e) {
				hasNil = true
				b.m.ErrChecks = append(b.m.ErrChecks, &ErrCheck{Err: err, Call: call, Node: e, Branch: b.branch(cc), Func: b.top})
			}
		}
	}
	if hasNil && def != nil {
		b.m.ErrChecks = append(b.m.ErrChecks, &ErrCheck{Err: err, Call: call, Node: def, NonNil: true, Branch: b.branch(def), Func: b.top})
	}
}

// compareCall records strings.F(x, value) as a test when x holds a code.
func (b *builder) compareCall(n *ast.CallExpr, x, value ast.Expr, op Op, fold bool, stack []ast.Node) {
	s, role, f, ok := b.subjectOf(x)
	if !ok || role == arksdk.Status {
		return
	}
	v := b.constValue(value)
	if v == nil {
		return
	}
	b.addTest(&Test{Role: role, Op: op, Subject: s, Fold: fold || f, Operand: ast.Unparen(value), Value: v, Node: n}, stack)
}

func isListType(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Slice, *types.Array:
		return true
	}
	return false
}

// elements returns the elements of a slice or array literal, or the keys
// of a map literal.
func elements(info *types.Info, lit *ast.CompositeLit) []ast.Expr {
	t := info.TypeOf(lit)
	if t == nil {
		return nil
	}
	_, isMap := t.Underlying().(*types.Map)
	var out []ast.Expr
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if isMap {
				elt = kv.Key
			} else {
				elt = kv.Value // an indexed element: [...]string{0: "A"}
			}
		} else if isMap {
			continue
		}
		out = append(out, elt)
	}
	return out
}

// index collects a map of codes indexed by a code: retryable[apiErr.Code].
func (b *builder) index(n *ast.IndexExpr, stack []ast.Node) {
	t := b.info.TypeOf(n.X)
	if t == nil {
		return
	}
	if _, isMap := t.Underlying().(*types.Map); !isMap {
		return
	}
	s, role, fold, ok := b.subjectOf(n.Index)
	if !ok {
		return
	}
	lit := b.literalOf(n.X)
	if lit == nil {
		return
	}
	b.addSet(n, s, role, fold, lit, stack)
}

// setElem is a constant element of a list or map of codes.
type setElem struct {
	operand ast.Expr
	value   constant.Value
	str     string
}

// setOf returns the constant elements of lit, found once however often
// the code looks it up.
func (b *builder) setOf(lit *ast.CompositeLit) []setElem {
	if elems, ok := b.sets[lit]; ok {
		return elems
	}
	var elems []setElem
	for _, e := range elements(b.info, lit) {
		if v := b.constValue(e); v != nil {
			el := setElem{operand: ast.Unparen(e), value: v}
			if v.Kind() == constant.String {
				el.str = constant.StringVal(v)
			}
			elems = append(elems, el)
		}
	}
	b.sets[lit] = elems
	return elems
}

// errorText returns err when e is err.Error() for an error value err, or
// a local variable declared with it and never assigned again.
func (b *builder) errorText(e ast.Expr) ast.Expr {
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		if v, ok := b.info.Uses[id].(*types.Var); ok && b.errTexts != nil {
			return b.errTexts[v]
		}
		return nil
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return nil
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Error" {
		return nil
	}
	if _, ok := b.info.Uses[sel.Sel].(*types.Func); !ok {
		return nil
	}
	t := b.info.TypeOf(sel.X)
	if t == nil || !types.Implements(t, errorIface) {
		return nil
	}
	return sel.X
}

// isTimeWait reports whether the package time's function name waits.
func isTimeWait(name string) bool {
	switch name {
	case "Sleep", "After", "NewTimer", "Tick", "NewTicker", "AfterFunc":
		return true
	}
	return false
}

// isTimeChan reports whether t is a channel of time.Time, a timer's or a
// ticker's C: a receive from it waits.
func isTimeChan(t types.Type) bool {
	ch, ok := types.Unalias(t).(*types.Chan)
	if !ok || ch.Dir() == types.SendOnly {
		return false
	}
	named, ok := types.Unalias(ch.Elem()).(*types.Named)
	return ok && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "time" && named.Obj().Name() == "Time"
}

// waitCall is a call of f to fn, a function of the package handed a
// time.Duration: a wait of f when fn's own body waits.
type waitCall struct {
	f    *Func
	call *ast.CallExpr
	fn   *types.Func
}

// takesDuration reports whether sig has a time.Duration parameter.
func takesDuration(sig *types.Signature) bool {
	for v := range sig.Params().Variables() {
		if IsDuration(v.Type()) {
			return true
		}
	}
	return false
}

// isSleep reports whether sig is a sleep's: a context and a time.Duration,
// giving back nothing or an error. A Duration alone is not enough, as
// metrics.ObserveLatency(d) takes one too, nor is returning something else:
// context.WithTimeout(ctx, d) waits for nothing.
func isSleep(sig *types.Signature) bool {
	ps, rs := sig.Params(), sig.Results()
	if ps.Len() != 2 || !isContext(ps.At(0).Type()) || !IsDuration(ps.At(1).Type()) {
		return false
	}
	return rs.Len() == 0 || rs.Len() == 1 && IsError(rs.At(0).Type())
}

// isRateWait reports whether fn is a rate limiter's Wait.
func isRateWait(fn *types.Func) bool {
	return fn.Name() == "Wait" && fn.Pkg() != nil && fn.Pkg().Path() == "golang.org/x/time/rate"
}

// ReturnsBool reports whether sig returns just a bool.
func ReturnsBool(sig *types.Signature) bool {
	if sig == nil || sig.Results().Len() != 1 {
		return false
	}
	return IsBool(sig.Results().At(0).Type())
}

// look records that the code looks at the error e names at node, in the
// condition of owner (an if, a case clause, a return) or in none (nil).
func (b *builder) look(e ast.Expr, node, owner ast.Node) {
	if err := b.errVar(e); err != nil {
		l := Look{Node: node, Func: b.top}
		if owner != nil {
			l.Branch = b.branch(owner)
		}
		b.addLook(err, l)
	}
}

// addLook records l as a look at err and, when err is what a function of
// the package made of another error (cerr := c.classify(err)), at that
// error too.
func (b *builder) addLook(err types.Object, l Look) {
	b.m.looks[err] = append(b.m.looks[err], l)
	if from := b.classified[err]; from != nil {
		b.m.looks[from] = append(b.m.looks[from], l)
	}
}

// classifiedFrom records cerr := c.classify(err): an error variable set
// from the one error result of a function of the package handed another
// error variable.
func (b *builder) classifiedFrom(n *ast.AssignStmt) {
	if len(n.Lhs) != 1 || len(n.Rhs) != 1 {
		return
	}
	call, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr)
	if !ok || !b.callsOwnFunc(call) { // by name first: most calls are not
		return
	}
	fn := arksdk.Callee(b.info, call)
	if fn == nil {
		return
	}
	res := fn.Signature().Results()
	if res.Len() != 1 || !IsError(res.At(0).Type()) {
		return
	}
	lhs := b.errVar(n.Lhs[0])
	if lhs == nil {
		return
	}
	for _, a := range call.Args {
		if from := b.errVar(a); from != nil && from != lhs {
			if b.classified == nil {
				b.classified = make(map[types.Object]types.Object)
			}
			b.classified[lhs] = from
			return
		}
	}
}

// optionalLook marks the look just recorded at the verdict call of a
// function value (p.ShouldRetry(err)) as optional when the condition c
// skips the call where the value is nil, and says whether c's branch is
// taken when the verdict holds.
func (b *builder) optionalLook(e ast.Expr, call *ast.CallExpr, c cond) {
	v := funcValueVar(b.info, call)
	if v == nil {
		return
	}
	var test ast.Expr
	switch o := c.owner.(type) {
	case *ast.IfStmt:
		test = o.Cond
	case *ast.ForStmt:
		test = o.Cond
	}
	if test == nil || !nilGuarded(b.info, test, v) {
		return
	}
	if err := b.errVar(e); err != nil {
		looks := b.m.looks[err]
		if k := len(looks); k > 0 && looks[k-1].Node == call {
			looks[k-1].Optional, looks[k-1].Direct = v, c.direct
		}
	}
}

// funcValueVar returns the variable, field or parameter holding the
// function value that call calls (shouldRetry(err), p.ShouldRetry(err)),
// or nil.
func funcValueVar(info *types.Info, call *ast.CallExpr) *types.Var {
	v := VarNamed(info, call.Fun)
	if v == nil {
		return nil
	}
	if _, isFunc := v.Type().Underlying().(*types.Signature); !isFunc {
		return nil
	}
	return v
}

// nilGuarded reports whether cond holds only through a non-nil v, or
// whatever the error when v is nil: v != nil && ..., v == nil || ....
func nilGuarded(info *types.Info, cond ast.Expr, v *types.Var) bool {
	bin, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	var want token.Token
	switch bin.Op {
	case token.LAND:
		want = token.NEQ
	case token.LOR:
		want = token.EQL
	default:
		return false
	}
	for _, side := range []ast.Expr{bin.X, bin.Y} {
		side = ast.Unparen(side)
		if inner, ok := side.(*ast.BinaryExpr); ok && inner.Op == bin.Op {
			if nilGuarded(info, inner, v) {
				return true
			}
			continue
		}
		cmp, ok := side.(*ast.BinaryExpr)
		if !ok || cmp.Op != want {
			continue
		}
		for _, pair := range [][2]ast.Expr{{cmp.X, cmp.Y}, {cmp.Y, cmp.X}} {
			if info.Types[pair[1]].IsNil() && VarNamed(info, pair[0]) == v {
				return true
			}
		}
	}
	return false
}

// foreignLook records errors.Is against a foreign sentinel in the condition
// c, for the rules to judge by where its branch goes (Look.Narrows). Its
// negation holds for every Ark error: !errors.Is(err, context.Canceled) is
// a nil check as far as Ark's errors go, and is recorded as one too.
func (b *builder) foreignLook(e ast.Expr, node *ast.CallExpr, c cond) {
	err := b.errVar(e)
	if err == nil {
		return
	}
	br := b.branch(c.owner)
	b.addLook(err, Look{Node: node, Func: b.top, Branch: br, Foreign: true, Direct: c.direct})
	if call := b.callErr[err]; call != nil && !c.direct {
		b.m.ErrChecks = append(b.m.ErrChecks, &ErrCheck{Err: err, Call: call, Node: node, NonNil: true, Branch: br, Func: b.top})
	}
}

// decides reports whether the result of the call on top of stack decides
// what the code does next: it is a switch's tag (switch classify(err)), it
// is compared (classify(err) == Fatal), or it is a verdict (a bool, or a
// class: a value of a named basic type) kept in a variable for a test to
// come (kind := classify(err); retry, wait := shouldRetry(err)).
func (b *builder) decides(stack []ast.Node) bool {
	if len(stack) < 2 {
		return false
	}
	call := stack[len(stack)-1].(*ast.CallExpr)
	switch p := stack[len(stack)-2].(type) {
	case *ast.SwitchStmt:
		return p.Tag == call
	case *ast.BinaryExpr:
		return p.Op == token.EQL || p.Op == token.NEQ
	case *ast.AssignStmt, *ast.ValueSpec:
		sig, ok := b.info.TypeOf(call.Fun).(*types.Signature)
		return ok && isVerdict(sig)
	}
	return false
}

// keptText is a string that a function of the package made of an error,
// kept in a variable: why := reason(err). Compared later (if why !=
// "again", switch why), it is a look at the error, as a class kept and
// switched on is; only logged or shown, it is none.
type keptText struct {
	err  ast.Expr      // the error handed to the call
	call *ast.CallExpr // the call
}

// keepText records the variable that keeps the string result of call, on
// top of stack, made of the error err: why := reason(err).
func (b *builder) keepText(err ast.Expr, call *ast.CallExpr, stack []ast.Node) {
	k := len(stack)
	if k < 2 {
		return
	}
	as, ok := stack[k-2].(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 || as.Rhs[0] != call {
		return
	}
	if t, ok := b.info.TypeOf(call).(*types.Basic); !ok || t.Info()&types.IsString == 0 {
		return
	}
	id, ok := as.Lhs[0].(*ast.Ident)
	if !ok {
		return
	}
	if v, ok := b.objOf(id).(*types.Var); ok {
		if b.keptTexts == nil {
			b.keptTexts = make(map[*types.Var]keptText)
		}
		b.keptTexts[v] = keptText{err: err, call: call}
	}
}

// comparedText reports whether e names a variable keeping a string made of
// an error (keepText), and records the comparison of it as a look at that
// error.
func (b *builder) comparedText(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || b.keptTexts == nil {
		return false
	}
	v, ok := b.info.Uses[id].(*types.Var)
	if !ok {
		return false
	}
	kt, ok := b.keptTexts[v]
	if ok {
		b.look(kt.err, kt.call, nil)
	}
	return ok
}

// isVerdict reports whether sig returns a verdict (VerdictIndex), or a
// class first (a named type whose underlying type is basic).
func isVerdict(sig *types.Signature) bool {
	if VerdictIndex(sig) >= 0 {
		return true
	}
	if sig.Results().Len() == 0 {
		return false
	}
	t := sig.Results().At(0).Type()
	_, basic := t.Underlying().(*types.Basic)
	_, named := types.Unalias(t).(*types.Named)
	return basic && named
}

// retryCondition reports whether the call on top of stack is (part of) a
// loop's condition, or else returns the if, inside a loop, whose condition
// it is (part of).
func (b *builder) retryCondition(stack []ast.Node) (loopCond bool, ifs ast.Node) {
	stop := b.depth(stack)
	child := stack[len(stack)-1]
	inLoop := func(i int) bool {
		for j := i - 1; j > stop; j-- {
			switch stack[j].(type) {
			case *ast.ForStmt, *ast.RangeStmt:
				return true
			}
		}
		return false
	}
	for i := len(stack) - 2; i > stop; i-- {
		switch p := stack[i].(type) {
		case *ast.ParenExpr, *ast.UnaryExpr, *ast.BinaryExpr:
		case *ast.ForStmt:
			return p.Cond == child, nil
		case *ast.IfStmt:
			if p.Cond != child || !inLoop(i) {
				return false, nil
			}
			return false, p
		case *ast.CaseClause:
			// switch { case retryable(err) && n < 5: ... }: the clause
			// is an if on its one expression.
			if len(p.List) != 1 || p.List[0] != child || !inLoop(i) || !inTaglessSwitch(stack, i) {
				return false, nil
			}
			return false, p
		default:
			return false, nil
		}
		child = stack[i]
	}
	return false, nil
}

// inTaglessSwitch reports whether stack[i], a case clause, is one of a
// switch with no tag.
func inTaglessSwitch(stack []ast.Node, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if sw, ok := stack[j].(*ast.SwitchStmt); ok {
			return sw.Tag == nil
		}
	}
	return false
}

// returned reports whether the call on top of stack is (part of) what a
// return statement of the current function gives back.
func (b *builder) returned(stack []ast.Node) bool {
	stop := b.depth(stack)
	for i := len(stack) - 2; i > stop; i-- {
		switch stack[i].(type) {
		case *ast.ParenExpr, *ast.UnaryExpr, *ast.BinaryExpr:
		case *ast.ReturnStmt:
			return true
		default:
			return false
		}
	}
	return false
}

// VerdictIndex returns the index of the bool among sig's results that says
// yes or no: the first result when it is a bool (retry bool, or (retry
// bool, wait time.Duration)), or the second of two when the first is not
// an error ((wait time.Duration, ok bool)); -1 when there is none.
func VerdictIndex(sig *types.Signature) int {
	if sig == nil || sig.Results().Len() == 0 {
		return -1
	}
	r := sig.Results()
	if IsBool(r.At(0).Type()) {
		return 0
	}
	if r.Len() == 2 && IsBool(r.At(1).Type()) && !IsError(r.At(0).Type()) {
		return 1
	}
	return -1
}

// predicateUse records that the bool function fn decides whether to go
// round again.
func (b *builder) predicateUse(fn *types.Func) {
	if b.predicates == nil {
		b.predicates = make(map[*types.Func]bool)
	}
	b.predicates[fn] = true
}

// funcValue records a function of the package returning bool used as the
// value e (handed to a call, stored in a field or a variable): a predicate
// given to a retry policy or helper.
func (b *builder) funcValue(e ast.Expr) {
	if fn, ok := b.usedObject(e).(*types.Func); ok { // isRetryable, s.isRetryable, pkg.IsRetryable
		b.predicateValue(fn)
	}
}

// predicateValue records fn, a function used as a value, as a retry
// predicate when it is the package's and looks like one: func(error) bool.
func (b *builder) predicateValue(fn *types.Func) {
	if fn.Pkg() == b.pass.Pkg {
		b.used[fn.Origin()] = true
	}
	if fn.Pkg() == b.pass.Pkg && ReturnsBool(fn.Signature()) && TakesError(fn.Signature()) {
		b.predicateUse(fn)
	}
}

// argOf returns the function an argument names (f, s.f, pkg.F), if any,
// and the argument's type.
func (b *builder) argOf(e ast.Expr) (*types.Func, types.Type) {
	switch x := ast.Unparen(e).(type) {
	case *ast.BasicLit, *ast.CompositeLit, *ast.FuncLit, *ast.BinaryExpr:
		return nil, nil // never an error (carriesErrorOf): no lookup
	case *ast.Ident:
		if obj := b.info.Uses[x]; obj != nil {
			fn, _ := obj.(*types.Func)
			return fn, obj.Type()
		}
	case *ast.SelectorExpr:
		if fn, ok := b.info.Uses[x.Sel].(*types.Func); ok {
			return fn, b.info.TypeOf(x)
		}
	}
	return nil, b.info.TypeOf(e)
}

// comparesOnly reports whether path.name is a function of the standard
// library that a code is handed to only to be compared (strings.EqualFold,
// HasPrefix, HasSuffix, Contains, slices.Contains): the model reads such a
// call as a test (call), not as handing the error to a helper.
func comparesOnly(path, name string) bool {
	switch path {
	case "strings":
		return name == "EqualFold" || name == "HasPrefix" || name == "HasSuffix" || name == "Contains"
	case "slices":
		return name == "Contains"
	}
	return false
}

// handsLiteral records call as what the function literal kept in the
// local variable arg names is handed to, unless it is handed on already.
func (b *builder) handsLiteral(call *ast.CallExpr, arg ast.Expr) {
	id, ok := ast.Unparen(arg).(*ast.Ident)
	if !ok {
		return
	}
	if v, ok := b.info.Uses[id].(*types.Var); ok {
		if lit := b.m.litVars[v]; lit != nil && lit.PassedTo == nil {
			lit.PassedTo = call
		}
	}
}

// TakesError reports whether sig has a parameter of type error or of an
// Ark error type.
func TakesError(sig *types.Signature) bool {
	for i := range sig.Params().Len() {
		t := sig.Params().At(i).Type()
		if IsError(t) || arksdk.KindOf(t) != arksdk.NotAnError {
			return true
		}
	}
	return false
}

// litIsPredicate reports whether the function literal fn returns a bool,
// takes an error, and is handed to a call or stored: a retry policy's
// predicate, judged by how it is used, not by name.
func (b *builder) litIsPredicate(fn *ast.FuncLit, stack []ast.Node) bool {
	sig, ok := b.info.TypeOf(fn).(*types.Signature)
	if !ok || !ReturnsBool(sig) || !TakesError(sig) || len(stack) < 2 {
		return false
	}
	switch p := stack[len(stack)-2].(type) {
	case *ast.CallExpr:
		return p.Fun != fn
	case *ast.KeyValueExpr, *ast.AssignStmt, *ast.ValueSpec:
		return true
	}
	return false
}
