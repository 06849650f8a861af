package handling

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/arkvet/arkvet/internal/arksdk"
)

// reschedules reports whether body, a branch's statements, hands the work
// back to be done again after a delay instead of going round a loop here: a
// call handed a delay (return q.Requeue(ctx, job, time.Minute);
// err = q.Requeue(ctx, job, backoff(n)); return err; or in an if's init,
// its error logged), or a return of a value
// that asks the caller to come back later (return Result{RequeueAfter:
// time.Minute}, nil; controller-runtime's reconcile.Result{Requeue: true}).
// Work queues and reconcilers retry this way: the error's job runs again,
// later. Only the body's own statements count: a call in a nested block may
// not run.
func (b *builder) reschedules(f *Func, body []ast.Stmt) bool {
	for _, stmt := range body {
		switch s := stmt.(type) {
		case *ast.ReturnStmt:
			for _, r := range s.Results {
				if b.handsDelay(f, r) || b.asksToComeBack(f, r) {
					return true
				}
			}
		case *ast.ExprStmt:
			if b.handsDelay(f, s.X) {
				return true
			}
		case *ast.AssignStmt:
			if b.assignsDelay(f, s) {
				return true
			}
		case *ast.IfStmt:
			// if err := q.Requeue(ctx, job, d); err != nil { log... }
			if as, ok := s.Init.(*ast.AssignStmt); ok && b.assignsDelay(f, as) {
				return true
			}
		}
	}
	return false
}

// assignsDelay reports whether s assigns the result of a call handing a
// delay (err = q.Requeue(ctx, job, d)).
func (b *builder) assignsDelay(f *Func, s *ast.AssignStmt) bool {
	return len(s.Rhs) == 1 && b.handsDelay(f, s.Rhs[0])
}

// handsDelay reports whether e is a call that hands a piece of work a delay
// to wait before it runs again: a parameter of type time.Duration given a
// delay, in a call that returns nothing or just an error (a requeue's
// shape; a cache's Set returning a command, a timer, do not) and that
// hands over the work itself: an argument that is neither a context nor of
// a basic type (q.Requeue(ctx, job, d)), or, for a method handed nothing
// but the delay, its receiver (msg.Requeue(d)). A cache's Set(key, value,
// ttl) or a metric's Observe(ctx, name, d) hands no work over. Functions of
// time and context, whose Duration parameters are waits and timeouts, and
// variadic ...time.Duration parameters never count.
func (b *builder) handsDelay(f *Func, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) == 0 {
		return false
	}
	fn := arksdk.Callee(b.info, call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() == "time" || fn.Pkg().Path() == "context" {
		return false
	}
	sig := fn.Signature()
	if res := sig.Results(); res.Len() > 1 || res.Len() == 1 && !IsError(res.At(0).Type()) {
		return false
	}
	params := sig.Params()
	delay, work := false, false
	for i, a := range call.Args {
		if i >= params.Len() || sig.Variadic() && i >= params.Len()-1 {
			break // a variadic parameter: ...time.Duration puts nothing off
		}
		switch t := params.At(i).Type(); {
		case IsDuration(t):
			delay = delay || b.isDelay(f, a)
		case isWork(t):
			work = true
		}
	}
	if delay && !work && len(call.Args) == 1 && sig.Recv() != nil {
		work = isWork(sig.Recv().Type()) // msg.Requeue(d)
	}
	return delay && work
}

// isWork reports whether a value of type t can be a piece of work: not a
// context, an error, a function, nor of a basic type (a key, a name, an ID).
func isWork(t types.Type) bool {
	if IsError(t) {
		return false
	}
	if isContext(t) {
		return false
	}
	switch t.Underlying().(type) {
	case *types.Basic, *types.Signature:
		return false
	}
	return true
}

// asksToComeBack reports whether e is a struct literal (or its address)
// that sets a time.Duration field to a delay (Result{RequeueAfter: d}), or
// controller-runtime's reconcile.Result with Requeue set.
func (b *builder) asksToComeBack(f *Func, e ast.Expr) bool {
	if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = u.X
	}
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok || len(lit.Elts) == 0 {
		return false
	}
	t := b.info.TypeOf(lit)
	if t == nil {
		return false // broken code: a literal of no type
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	requeue := arksdk.IsRequeueResult(t)
	for i, elt := range lit.Elts {
		var field *types.Var
		value := elt
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				field, _ = b.info.ObjectOf(id).(*types.Var)
			}
			value = kv.Value
		} else if i < st.NumFields() {
			field = st.Field(i)
		}
		switch {
		case field == nil:
		case IsDuration(field.Type()) && b.isDelay(f, value):
			return true
		case requeue && field.Name() == arksdk.RequeueField:
			if v := b.info.Types[value].Value; v != nil && v.Kind() == constant.Bool && constant.BoolVal(v) {
				return true
			}
		}
	}
	return false
}

// isDelay reports whether e, a time.Duration of f, is a delay to wait: not
// a constant zero, and not a time measured (time.Since(start), t.Sub(u),
// time.Until(deadline)), which a branch reports rather than waits for,
// directly or kept in a local variable (elapsed := time.Since(start);
// metrics.Observe(ctx, elapsed)).
func (b *builder) isDelay(f *Func, e ast.Expr) bool {
	if v := b.info.Types[e].Value; v != nil {
		return constant.Sign(v) > 0
	}
	if b.isMeasured(e) {
		return false
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return true
	}
	v, ok := b.info.Uses[id].(*types.Var)
	if !ok || v.IsField() {
		return true
	}
	// The variable's assignments in the functions around the branch: one
	// from a measurement makes it a time measured.
	measured := false
	for fn := f; fn != nil && !measured; fn = fn.Outer {
		ast.Inspect(fn.Body, func(n ast.Node) bool {
			if measured {
				return false
			}
			switch n := n.(type) {
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					if lid, ok := l.(*ast.Ident); ok && b.info.ObjectOf(lid) == v && len(n.Rhs) == len(n.Lhs) && b.isMeasured(n.Rhs[i]) {
						measured = true
					}
				}
			case *ast.ValueSpec:
				for i, name := range n.Names {
					if b.info.Defs[name] == v && i < len(n.Values) && b.isMeasured(n.Values[i]) {
						measured = true
					}
				}
			}
			return true
		})
	}
	return !measured
}

// isMeasured reports whether e is a call of the time package's (time.Since,
// t.Sub, time.Until): a length of time measured, not one to wait.
func (b *builder) isMeasured(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := arksdk.Callee(b.info, call)
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "time"
}

// isContext reports whether t is context.Context.
func isContext(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" && n.Obj().Name() == "Context"
}

// IsDuration reports whether t is time.Duration.
func IsDuration(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "time" && n.Obj().Name() == "Duration"
}
