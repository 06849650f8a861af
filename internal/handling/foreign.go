package handling

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/arkvet/arkvet/codes"
	"github.com/arkvet/arkvet/internal/arksdk"
)

// A function of another package of the application that takes an error and
// gives back a string or an integer (arkerr.CodeOf(err), errs.StatusOf(err))
// is a getter too when the package compares what it gives back with what
// only an Ark error's detail is: an exact Ark code, or an HTTP error status
// (400 to 599). Its body is out of view without facts; what the package
// compares it with says what it returns. Every call of it is then read as
// that detail of the error it is handed, misspelled codes included.

// foreignGetter returns the function call calls when it may be such a
// getter: pkg.F(err), F of another package, with one error parameter and
// one string or integer result. Its role is Code for a string, Status for
// an integer.
func (b *builder) foreignGetter(call *ast.CallExpr) (*types.Func, Role) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || len(call.Args) != 1 {
		return nil, arksdk.NoRole
	}
	if id, ok := sel.X.(*ast.Ident); !ok {
		return nil, arksdk.NoRole
	} else if _, isPkg := b.info.Uses[id].(*types.PkgName); !isPkg {
		return nil, arksdk.NoRole
	}
	fn, ok := b.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg() == b.pass.Pkg || arksdk.IsArkPackage(fn.Pkg().Path()) {
		return nil, arksdk.NoRole
	}
	sig := fn.Signature()
	if sig.Params().Len() != 1 || !IsError(sig.Params().At(0).Type()) || sig.Results().Len() != 1 {
		return nil, arksdk.NoRole
	}
	t, ok := sig.Results().At(0).Type().(*types.Basic) // unnamed: a named type is a class
	switch {
	case !ok:
	case t.Info()&types.IsString != 0:
		return fn, arksdk.Code
	case t.Info()&types.IsInteger != 0:
		return fn, arksdk.Status
	}
	return nil, arksdk.NoRole
}

// foreignOperand returns the foreign getter whose result e is: a call of
// one, or a local variable assigned one (status := errs.StatusOf(err)).
func (b *builder) foreignOperand(e ast.Expr) (*types.Func, Role) {
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		return b.foreignGetter(e)
	case *ast.Ident:
		if b.foreignCalls == nil {
			break // no lookup in a package that keeps none
		}
		if v, ok := b.info.Uses[e].(*types.Var); ok {
			if call := b.foreignCalls[v]; call != nil {
				return b.foreignGetter(call)
			}
		}
	}
	return nil, arksdk.NoRole
}

// foreignComparison looks for evidence in x op y, either way round.
func (b *builder) foreignComparison(n *ast.BinaryExpr) {
	switch n.Op {
	case token.EQL, token.NEQ, token.LSS, token.GTR, token.LEQ, token.GEQ:
	default:
		return
	}
	for _, side := range [2][2]ast.Expr{{n.X, n.Y}, {n.Y, n.X}} {
		if fn, role := b.foreignOperand(side[0]); fn != nil {
			b.foreignEvidence(fn, role, side[1])
		}
	}
}

// foreignSwitch looks for evidence in the cases of a switch on a foreign
// getter's result.
func (b *builder) foreignSwitch(n *ast.SwitchStmt) {
	if n.Tag == nil {
		return
	}
	fn, role := b.foreignOperand(n.Tag)
	if fn == nil {
		return
	}
	for _, s := range n.Body.List {
		for _, e := range s.(*ast.CaseClause).List {
			b.foreignEvidence(fn, role, e)
		}
	}
}

// foreignEvidence records fn as a getter of role when value is what only
// that detail of an Ark error is.
func (b *builder) foreignEvidence(fn *types.Func, role Role, value ast.Expr) {
	if _, known := b.foreign[fn]; known {
		return
	}
	v := b.info.Types[value].Value
	if v == nil {
		return
	}
	switch {
	case role == arksdk.Status && v.Kind() == constant.Int:
		if n, ok := constant.Int64Val(v); !ok || n < 400 || n > 599 {
			return
		}
	case role == arksdk.Code && v.Kind() == constant.String:
		if _, ok := codes.Default().Lookup(constant.StringVal(v)); !ok {
			return
		}
	default:
		return
	}
	if b.foreign == nil {
		b.foreign = make(map[*types.Func]Role)
	}
	b.foreign[fn] = role
}

// keepForeign records v := pkg.F(err), for a comparison of v later.
func (b *builder) keepForeign(v *types.Var, value ast.Expr) {
	call, ok := ast.Unparen(value).(*ast.CallExpr)
	if !ok {
		return
	}
	if fn, _ := b.foreignGetter(call); fn != nil {
		if b.foreignCalls == nil {
			b.foreignCalls = make(map[*types.Var]*ast.CallExpr)
		}
		b.foreignCalls[v] = call
	}
}

// addForeignGetters makes getters of the foreign functions the package was
// seen to compare as such.
func (b *builder) addForeignGetters() {
	for fn, role := range b.foreign {
		if b.getters == nil {
			b.getters = make(map[*types.Func][]getter)
		}
		b.getters[fn] = []getter{{index: 0, param: 0, role: role, kind: arksdk.APIError}}
	}
}
