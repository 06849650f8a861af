package handling

import (
	"go/ast"
	"go/constant"
	"go/types"

	"github.com/arkvet/arkvet/internal/arksdk"
	"golang.org/x/tools/go/types/typeutil"
)

// subjectOf says whether e holds an Ark error's code, type or status, and
// of which error: a field or getter of an Ark SDK error however the error
// arrived, through strings.ToLower or ToUpper (fold), or a variable that
// only ever holds one (a local, or a parameter of a function of the package
// that is handed one).
func (b *builder) subjectOf(e ast.Expr) (s Subject, role Role, fold, ok bool) {
	e = ast.Unparen(e)
	if star, ok := e.(*ast.StarExpr); ok {
		e = ast.Unparen(star.X) // *event.Code: responses.ErrorEvent's Code is a *string
	}
	if assert, ok := e.(*ast.TypeAssertExpr); ok && assert.Type != nil {
		e = ast.Unparen(assert.X) // apiErr.Code.(string): go-openai's Code is an any
	}
	if call, ok := e.(*ast.CallExpr); ok {
		if s, role, fold, ok := b.getterSubject(call, 0); ok {
			return s, role, fold, true // switch codeOf(err) { ... }
		}
	}
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1 {
		if path, name := FuncOf(b.info, call); path == "strings" {
			switch name {
			case "ToLower", "ToUpper":
				s, role, _, ok := b.subjectOf(call.Args[0])
				return s, role, true, ok && role == arksdk.Code
			case "TrimSpace":
				return b.subjectOf(call.Args[0])
			}
		}
	}
	if f, isField := arksdk.FieldOf(b.info, e); isField {
		switch f.Role {
		case arksdk.Code, arksdk.ErrType, arksdk.Status:
		default:
			return Subject{}, 0, false, false
		}
		if f.Kind.IsOpenAI() && !b.openAIFromArk() {
			return Subject{}, 0, false, false // another provider's error
		}
		key := b.keyOf(f.X)
		if b.otherTargets[key.Obj] {
			return Subject{}, 0, false, false // taken from a call on a fallback provider's client
		}
		return Subject{Key: key, Kind: f.Kind, Field: selName(e), Midstream: b.midstream[key.Obj]}, f.Role, false, true
	}
	if id, isIdent := e.(*ast.Ident); isIdent {
		if v, isVar := b.info.Uses[id].(*types.Var); isVar {
			if st := b.vars[v]; st != nil && st.declared && !st.tainted && st.role != arksdk.NoRole && !b.otherTargets[st.subject.Key.Obj] {
				return st.subject, st.role, st.fold, true
			}
		}
	}
	return Subject{}, 0, false, false
}

// Operand returns the string or integer constant e, or nil.
func (b *builder) constValue(e ast.Expr) constant.Value {
	tv, ok := b.info.Types[ast.Unparen(e)]
	if !ok || tv.Value == nil {
		return nil
	}
	switch tv.Value.Kind() {
	case constant.String, constant.Int:
		return tv.Value
	}
	return nil
}

// classConst returns the constant of a named type that e names: a class or
// enum value (ErrorClassRateLimit), or nil.
func (b *builder) classConst(e ast.Expr) *types.Const {
	c, ok := b.usedObject(e).(*types.Const)
	if !ok {
		return nil
	}
	if _, named := types.Unalias(c.Type()).(*types.Named); !named {
		return nil
	}
	return c
}

// usedObject returns the object that e, an identifier or a selector
// (x.Name, pkg.Name), names, or nil.
func (b *builder) usedObject(e ast.Expr) types.Object {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return b.info.Uses[x]
	case *ast.SelectorExpr:
		return b.info.Uses[x.Sel]
	}
	return nil
}

// selName returns the name selected by X.Name or X.Name().
func selName(e ast.Expr) string {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok {
		e = ast.Unparen(call.Fun)
	}
	if sel, ok := e.(*ast.SelectorExpr); ok {
		return sel.Sel.Name
	}
	return ""
}

// FuncOf returns the import path and name of the package-level function
// call calls, or "" and "" for anything else (a method, a builtin, a
// conversion, a func value).
func FuncOf(info *types.Info, call *ast.CallExpr) (path, name string) {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Signature().Recv() != nil {
		return "", ""
	}
	return fn.Pkg().Path(), fn.Name()
}

// carriesError reports whether e is an error or an Ark error value, or the
// code, status or type of one: what a helper needs to decide about a failure.
func (b *builder) carriesError(e ast.Expr) bool { return b.carriesErrorOf(e, nil) }

// carriesErrorOf is carriesError for e of type t, when the caller knows it
// already (nil if not).
func (b *builder) carriesErrorOf(e ast.Expr, t types.Type) bool {
	switch ast.Unparen(e).(type) {
	case *ast.BasicLit, *ast.CompositeLit, *ast.FuncLit, *ast.BinaryExpr:
		return false // a constant, a literal or an arithmetic or logical value
	}
	if t == nil {
		t = b.info.TypeOf(e)
	}
	if t == nil {
		return false
	}
	if IsError(t) || arksdk.KindOf(t) != arksdk.NotAnError {
		return true
	}
	if _, basic := t.Underlying().(*types.Basic); basic {
		_, _, _, ok := b.subjectOf(e) // a code or a status
		return ok
	}
	// The same few types (context.Context, the request structs) are
	// handed over call after call.
	is, seen := b.isErrorType[t]
	if !seen {
		is = types.Implements(t, errorIface)
		b.isErrorType[t] = is
	}
	return is
}

// errVar returns the error variable e names, or nil.
func (b *builder) errVar(e ast.Expr) types.Object {
	obj := b.objOf(e)
	if obj == nil || !IsError(obj.Type()) {
		return nil
	}
	return obj
}

// isNil reports whether e is the predeclared nil.
func (b *builder) isNil(e ast.Expr) bool {
	tv, ok := b.info.Types[ast.Unparen(e)]
	return ok && tv.IsNil()
}

// local reports whether v is declared inside a function.
func (b *builder) local(v *types.Var) bool {
	return v.Parent() != nil && v.Parent() != b.pass.Pkg.Scope() && v.Parent() != types.Universe
}
