package arkretry

import (
	"go/ast"
	"go/constant"
	"go/types"

	"github.com/arkvet/arkvet/internal/arksdk"
	"golang.org/x/tools/go/types/typeutil"
)

// key names one Ark error within a function: the object of the variable
// holding it, or, for an error reached through a selector (resp.Error), the
// expression's text.
type key struct {
	obj  types.Object
	expr string
}

func (w *walker) keyOf(x ast.Expr) key {
	x = ast.Unparen(x)
	if star, ok := x.(*ast.StarExpr); ok {
		x = ast.Unparen(star.X)
	}
	if id, ok := x.(*ast.Ident); ok {
		if obj := w.info.ObjectOf(id); obj != nil {
			return key{obj: obj}
		}
	}
	return key{expr: types.ExprString(x)}
}

// errField is a read of an Ark error's field of a given role.
type errField struct {
	key  key
	kind arksdk.ErrorKind
	name string // the field's name as written: HTTPStatusCode, StatusCode, Code
}

// fieldOf reports whether e reads a field (or getter) of role of an Ark
// error. A code may also come from a local variable assigned one.
func (w *walker) fieldOf(e ast.Expr, role arksdk.Role) (errField, bool) {
	if f, ok := arksdk.FieldOf(w.info, e); ok && f.Role == role {
		return errField{key: w.keyOf(f.X), kind: f.Kind, name: selName(e)}, true
	}
	if role != arksdk.Code || w.top == nil {
		return errField{}, false
	}
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		if f, ok := w.top.codeVars[w.info.Uses[id]]; ok {
			return f, true
		}
	}
	return errField{}, false
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

func (w *walker) stringConst(e ast.Expr) (string, bool) {
	tv, ok := w.info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

func (w *walker) intConst(e ast.Expr) (int64, bool) {
	tv, ok := w.info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(tv.Value)
}

// isTrue reports whether e is the constant true.
func (w *walker) isTrue(e ast.Expr) bool {
	tv, ok := w.info.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value)
}

// litStrings returns the string constants a slice literal holds, or the
// keys a map literal holds: the codes a list or set of codes names. e may
// be the literal or a variable declared by one.
func (w *walker) litStrings(e ast.Expr) []string {
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok {
		e = w.lits[w.info.Uses[id]]
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil
	}
	var out []string
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if _, isMap := typeUnder(w.info.TypeOf(lit)).(*types.Map); isMap {
				elt = kv.Key
			} else {
				elt = kv.Value // an indexed slice element: [...]string{0: "A"}
			}
		}
		if s, ok := w.stringConst(elt); ok {
			out = append(out, s)
		}
	}
	return out
}

func typeUnder(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	return t.Underlying()
}

// funcOf returns the import path and name of the package-level function
// call calls, or "" and "" for anything else (a method, a builtin, a
// conversion, a func value).
func funcOf(info *types.Info, call *ast.CallExpr) (path, name string) {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Signature().Recv() != nil {
		return "", ""
	}
	return fn.Pkg().Path(), fn.Name()
}

// calleeName returns the name of the function or method call calls, also
// when it is a variable of func type.
func calleeName(call *ast.CallExpr) string {
	fun := ast.Unparen(call.Fun)
	switch f := fun.(type) {
	case *ast.IndexExpr: // a generic function instantiated explicitly
		fun = f.X
	case *ast.IndexListExpr:
		fun = f.X
	}
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		return f.Name
	case *ast.SelectorExpr:
		return f.Sel.Name
	}
	return ""
}

var (
	errorType  = types.Universe.Lookup("error").Type()
	errorIface = errorType.Underlying().(*types.Interface)
)

// carriesError reports whether e is an error, an Ark error, or the code,
// status or type of one: what a helper needs to decide about a failure.
func (w *walker) carriesError(e ast.Expr) bool {
	t := w.info.TypeOf(e)
	if t == nil {
		return false
	}
	if types.Implements(t, errorIface) || arksdk.KindOf(t) != arksdk.NotAnError {
		return true
	}
	f, ok := arksdk.FieldOf(w.info, e)
	if ok && (f.Role == arksdk.Code || f.Role == arksdk.Status || f.Role == arksdk.ErrType) {
		return true
	}
	_, ok = w.fieldOf(e, arksdk.Code)
	return ok
}

// canCarry429 reports whether errors of kind k are a failed HTTP response
// carrying both a status and a code: the errors a rate limit arrives as.
// Transport errors have no code to check, task and stream-event errors no
// status.
func canCarry429(k arksdk.ErrorKind) bool {
	return k == arksdk.APIError || k == arksdk.OpenAIAPIError || k == arksdk.OpenAIError
}
