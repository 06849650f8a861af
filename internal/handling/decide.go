package handling

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/arkvet/arkvet/internal/arksdk"
	"golang.org/x/tools/go/types/typeutil"
)

// decide says what br does, once the whole function f is known.
func (b *builder) decide(br *Branch, f *Func) {
	if br.Decision != Undecided || f == nil {
		return
	}
	if ret, ok := br.Node.(*ast.ReturnStmt); ok {
		// return apiErr.HTTPStatusCode == 429 || ...: the test is the value.
		if len(ret.Results) == 1 && ReturnsBool(f.Sig) {
			br.Decision = ReturnsTrue
		} else {
			br.Decision = ReturnsOther
		}
		return
	}
	if loop, ok := br.Node.(*ast.ForStmt); ok {
		// A test in the loop's condition: while it holds, the loop goes
		// round (for err != nil && i < 3 { ...; resp, err = c.Call() }),
		// unless its body always leads out (for err != nil { return err }).
		br.Decision, br.Loop, br.Waits = GoesRound, loop, f.WaitsIn(loop.Body)
		if n := len(loop.Body.List); n > 0 {
			switch last := loop.Body.List[n-1].(type) {
			case *ast.ReturnStmt:
				br.Decision, br.Loop = ReturnsOther, nil
			case *ast.BranchStmt:
				if last.Tok == token.BREAK && last.Label == nil {
					br.Decision, br.Loop = ReturnsOther, nil
				}
			}
		}
		return
	}
	if len(br.Body) == 0 {
		return
	}
	loop := f.InnermostLoop(br.Node)
	span := spanOf(br.Body)
	br.Waits = f.WaitsIn(span)
	// A continue in the body, or a call of the function itself (a retry by
	// recursion), not inside a loop of the body (a continue there goes
	// round that loop) nor in a literal (recorded in the literal's Func).
	goesRound := false
	for _, r := range f.rounds {
		if r.loop == loop && (r.self || loop != nil) && span.Pos() <= r.node.Pos() && r.node.End() <= span.End() {
			goesRound = true
			break
		}
	}
	if !goesRound && b.reschedules(f, br.Body) {
		br.Decision, br.Waits = Reschedules, true
		return
	}
	last := br.Body[len(br.Body)-1]
	switch s := last.(type) {
	case *ast.ReturnStmt:
		b.returnDecision(br, s, f)
		if goesRound && br.Decision != ReturnsWrapped && br.Decision != ReturnsClass && br.Decision != ReturnsTrue {
			br.Decision, br.Loop = GoesRound, loop
		}
		return
	case *ast.BranchStmt:
		if s.Tok == token.BREAK || s.Tok == token.GOTO && !goesRound {
			if _, inCase := br.Node.(*ast.CaseClause); !inCase || s.Label != nil {
				br.Decision = ReturnsOther
				return
			}
		}
	case *ast.ExprStmt:
		if call, ok := s.X.(*ast.CallExpr); ok {
			if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "panic" {
				br.Decision = ReturnsOther
				return
			}
		}
	}
	if goesRound || br.Waits && loop != nil && b.reachesArkIn(f, loop) {
		br.Decision, br.Loop = GoesRound, loop
		return
	}
	// retryable = true, for an if later in the loop to go round on.
	if round, ok := b.flagRetries(br.Body, br); ok {
		br.Decision, br.Loop = GoesRound, round
	}
}

// returnDecision says what return statement ret of f gives back.
func (b *builder) returnDecision(br *Branch, ret *ast.ReturnStmt, f *Func) {
	br.Decision = ReturnsOther
	if f.Sig == nil || len(ret.Results) == 0 || len(ret.Results) != f.Sig.Results().Len() {
		return
	}
	res := f.Sig.Results()
	// A verdict: a predicate, (retry bool, err error), (wait, ok).
	if i := VerdictIndex(f.Sig); i >= 0 {
		if v := b.info.Types[ret.Results[i]].Value; v != nil && v.Kind() == constant.Bool {
			if constant.BoolVal(v) {
				br.Decision = ReturnsTrue
			} else {
				br.Decision = ReturnsFalse
			}
			return
		}
	}
	for _, r := range ret.Results {
		if c := b.classConst(r); c != nil {
			br.Decision, br.Class = ReturnsClass, c
			return
		}
	}
	last := ast.Unparen(ret.Results[len(ret.Results)-1])
	if !IsError(res.At(res.Len() - 1).Type()) {
		return
	}
	if v := b.sentinelOf(last); v != nil {
		br.Decision, br.Class = ReturnsClass, v // return ErrRateLimited
		return
	}
	switch x := last.(type) {
	case *ast.Ident:
		if b.errVar(x) != nil {
			br.Decision = ReturnsError
		}
	case *ast.CallExpr:
		if path, name := FuncOf(b.info, x); path == "fmt" && name == "Errorf" {
			br.Decision = ReturnsError
			for _, a := range x.Args[min(1, len(x.Args)):] {
				if v := b.sentinelOf(a); v != nil {
					// fmt.Errorf("%w: %v", ErrRateLimited, err): the
					// sentinel says what the error is.
					br.Decision, br.Class = ReturnsClass, v
					break
				}
			}
			return
		}
		for _, a := range x.Args {
			if b.carriesError(a) {
				br.Decision = ReturnsWrapped
				br.Wrapper = calleeObj(b.info, x)
				return
			}
		}
	case *ast.UnaryExpr, *ast.CompositeLit: // &RetryableError{Err: err}
		lit, _ := x.(*ast.CompositeLit)
		if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
			lit, _ = ast.Unparen(u.X).(*ast.CompositeLit)
		}
		if lit == nil {
			return
		}
		for _, e := range lit.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				e = kv.Value
			}
			if b.carriesError(e) {
				br.Decision = ReturnsWrapped
				if named, ok := types.Unalias(b.info.TypeOf(lit)).(*types.Named); ok {
					br.Wrapper = named.Obj()
				}
				return
			}
		}
	}
}

// sentinelOf returns the package-level error variable e names (a sentinel:
// var ErrRateLimited = errors.New("rate limited"), io.EOF), or nil. Code
// that marks errors with sentinels and tests them with errors.Is uses them
// as classes.
func (b *builder) sentinelOf(e ast.Expr) *types.Var {
	v, ok := b.usedObject(e).(*types.Var)
	if !ok || v.IsField() || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() || !IsError(v.Type()) {
		return nil
	}
	return v
}

// calleeObj returns the function, or the type of a conversion, call calls.
func calleeObj(info *types.Info, call *ast.CallExpr) types.Object {
	if obj := typeutil.Callee(info, call); obj != nil {
		return obj
	}
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		if named, ok := types.Unalias(tv.Type).(*types.Named); ok {
			return named.Obj()
		}
	}
	return nil
}

// spanOf returns a node spanning the statements.
func spanOf(list []ast.Stmt) ast.Node { return span{list[0].Pos(), list[len(list)-1].End()} }

type span struct{ pos, end token.Pos }

func (s span) Pos() token.Pos { return s.pos }
func (s span) End() token.Pos { return s.end }

func constantInt(v constant.Value) (int64, bool) {
	if v.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(v)
}

// reachesArkIn reports whether f calls Ark inside node, itself or one call
// deep: a call there whose error f checks is to a function of the package,
// or a literal kept in a local variable, that calls Ark (out, err =
// l.complete(ctx, req), err := attempt()). Asked once the walk is done.
func (b *builder) reachesArkIn(f *Func, node ast.Node) bool {
	if f.CallsArkIn(node) {
		return true
	}
	for _, chk := range b.m.ErrChecks {
		if chk.Func == f && node.Pos() <= chk.Call.Pos() && chk.Call.End() <= node.End() && b.reachesArk(chk.Call) {
			return true
		}
	}
	return false
}

// reachesArk reports whether call, to a function of the package or a
// literal kept in a local variable, is to one that calls Ark itself.
func (b *builder) reachesArk(call *ast.CallExpr) bool {
	if lit := b.m.LiteralCalled(b.info, call); lit != nil {
		return len(lit.ArkCalls) > 0
	}
	fn := arksdk.Callee(b.info, call)
	if fn == nil || fn.Pkg() != b.pass.Pkg {
		return false
	}
	g := b.m.DeclOf(fn.Origin())
	return g != nil && len(g.ArkCalls) > 0
}
