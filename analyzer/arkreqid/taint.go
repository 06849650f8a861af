package arkreqid

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/arkvet/arkvet/internal/arksdk"
)

// taint is what a value takes from Ark errors: a field that is useless to
// support without the request ID, and whether it carries the ID.
type taint struct {
	field ast.Expr // the Ark error whose field the value uses (X in X.Code); nil if none
	id    bool     // the value carries the request ID
}

func (t taint) union(o taint) taint {
	if t.field == nil {
		t.field = o.field
	}
	t.id = t.id || o.id
	return t
}

// eval returns the taint of the value of e.
//
// It is called for every argument of every logging call, so the walk
// reuses one visitor per unit (u.visitFn) instead of a closure per call;
// the taint being built is u.cur, saved and restored around the nested
// evaluations that locals' values need.
func (u *unit) eval(e ast.Expr) taint {
	outer := u.cur
	u.cur = taint{}
	ast.Inspect(e, u.visitFn)
	t := u.cur
	u.cur = outer
	return t
}

// visit is eval's ast.Inspect visitor: it adds what n contributes to u.cur
// and reports whether n's children still matter.
func (u *unit) visit(n ast.Node) bool {
	t := &u.cur
	if t.id {
		return false // carrying the ID settles it
	}
	switch n := n.(type) {
	case *ast.FuncLit:
		return false // runs later, if at all
	case *ast.BinaryExpr:
		switch n.Op {
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			return false // a comparison yields a bool, not the field's text
		}
	case *ast.CallExpr:
		if u.isNewErrorCall(n) {
			// A new error is judged on its own; it carries only what it wraps.
			t.id = t.id || u.evalAll(n.Args).id
			return false
		}
		if f, ok := arksdk.FieldOf(u.info, n); ok { // X.GetHeader()
			*t = t.union(u.fieldTaint(f))
			return false
		}
		if isNumber(u.info.TypeOf(n)) {
			// backoffFor(err): a number made of an error carries no ID.
			*t = t.union(taint{field: u.evalAll(n.Args).field})
			return false
		}
	case *ast.CompositeLit:
		if u.isErrorLiteral(n) {
			t.id = t.id || u.evalAll(n.Elts).id
			return false
		}
	case *ast.SelectorExpr:
		if f, ok := arksdk.FieldOf(u.info, n); ok { // X.Code, X.RequestId
			*t = t.union(u.fieldTaint(f))
			return false
		}
		if arksdk.IsClientRequestHeader(u.info, n) {
			t.id = true
			return false
		}
	case *ast.BasicLit:
		return false
	case *ast.Ident:
		obj := u.info.Uses[n]
		if obj == nil {
			return false // a name declared here, a package name, a label
		}
		if u.origins[obj] {
			t.id = true
			return false
		}
		if v, ok := obj.(*types.Var); ok && len(u.assigns[v]) > 0 {
			lt := u.local(v)
			if isNumber(v.Type()) {
				lt.id = false // d, ok := backoffFor(err): a number carries no ID
			}
			*t = t.union(lt)
		}
		// The identifier's type is its object's: no second lookup.
		if arksdk.KindOf(obj.Type()).HasRequestID() {
			t.id = true
		}
		return false
	}
	// The Ark error value itself: its text includes the ID.
	if x, ok := n.(ast.Expr); ok && arksdk.KindOf(u.info.TypeOf(x)).HasRequestID() {
		t.id = true
		return false
	}
	return true
}

func (u *unit) evalAll(es []ast.Expr) taint {
	var t taint
	for _, e := range es {
		t = t.union(u.eval(e))
	}
	return t
}

func (u *unit) fieldTaint(f arksdk.Field) taint {
	if !f.Kind.HasRequestID() {
		return taint{}
	}
	switch {
	case f.Role == arksdk.RequestID || f.Role == arksdk.Header:
		return taint{id: true}
	case f.Role.Detail():
		return taint{field: f.X}
	}
	return taint{} // RequestError.Err: the cause, with no ID of its own
}

// local returns the taint of local variable v: the union of everything
// assigned to it, wherever in the declaration.
func (u *unit) local(v *types.Var) taint {
	if t, ok := u.memo[v]; ok {
		return t // also breaks cycles: x = x + y
	}
	u.memo[v] = taint{}
	t := u.evalAll(u.assigns[v])
	u.memo[v] = t
	return t
}

func (u *unit) isNewErrorCall(call *ast.CallExpr) bool {
	if name := arksdk.CalledName(call); name != "Errorf" && name != "New" {
		return false
	}
	fn, ok := calleeFunc(u.info, call)
	return ok && isNewError(fn)
}

// isNumber reports whether t is a number or a bool (time.Duration, a
// status): a value that cannot carry a request ID's text.
func isNumber(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsNumeric|types.IsBoolean) != 0
}
