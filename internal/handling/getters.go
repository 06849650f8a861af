package handling

import (
	"go/ast"
	"go/constant"
	"go/types"
	"slices"

	"github.com/arkvet/arkvet/internal/arksdk"
)

// A getter is a function of the package that takes an error (or an SDK
// error: func codeOf(apiErr *openai.APIError) string) and gives
// back one of an Ark error's code, type or status, or a zero value: func
// codeOf(err error) (string, int, bool) { ...; return apiErr.Code, ... }.
// What a call of it returns there is that detail of the error it is handed,
// as apiErr.Code is: code, _, ok := codeOf(err); switch code { ... }.
type getter struct {
	index int  // the result that holds the detail
	param int  // the parameter that takes the error
	role  Role // which detail
	kind  arksdk.ErrorKind
	fold  bool
}

// getterCall is an assignment whose one value is a call of a function of
// the package handed an error (code, _, ok := codeOf(err)): what it keeps is
// decided once the package's getters are known (settleGetterCalls).
type getterCall struct {
	as   *ast.AssignStmt
	call *ast.CallExpr
}

// takesErrorArg reports whether call, to a function of the package, is
// handed an error or an SDK error (codeOf(apiErr)): the only calls a getter
// answers.
func (b *builder) takesErrorArg(call *ast.CallExpr) bool {
	for _, a := range call.Args {
		if t := b.info.TypeOf(a); t != nil && (IsError(t) || arksdk.KindOf(t) != arksdk.NotAnError) {
			return true
		}
	}
	return false
}

// findGetters finds the package's getters, once the declarations walk has
// told which locals hold only a code. Only functions that take an error and
// return a string or an integer are read.
func (b *builder) findGetters() {
	for _, file := range b.pass.Files {
		for _, d := range file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			fn, ok := b.info.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			if gs := b.gettersOf(fn.Signature(), fd.Body); len(gs) > 0 {
				if b.getters == nil {
					b.getters = make(map[*types.Func][]getter)
				}
				b.getters[fn] = gs
			}
		}
	}
}

// gettersOf says of which results a function of signature sig and body
// body is a getter: every return statement gives back, as that result, the
// same detail of an Ark error or a constant (the zero value, for no error).
func (b *builder) gettersOf(sig *types.Signature, body *ast.BlockStmt) []getter {
	param := -1
	for i := range sig.Params().Len() {
		if t := sig.Params().At(i).Type(); IsError(t) || arksdk.KindOf(t) != arksdk.NotAnError {
			param = i
			break
		}
	}
	if param < 0 {
		return nil
	}
	var out []getter
	res := sig.Results()
	for i := range res.Len() {
		if t, ok := res.At(i).Type().Underlying().(*types.Basic); !ok || t.Info()&(types.IsString|types.IsInteger) == 0 {
			continue
		}
		g := getter{index: i, param: param}
		found, ok := false, true
		ast.Inspect(body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				if len(n.Results) != res.Len() {
					ok = false
					return false
				}
				r := n.Results[i]
				if tv, isConst := b.info.Types[r]; isConst && tv.Value != nil {
					// Only the zero value stands for "no error": a getter
					// that gives back "unknown" gives back more than codes.
					if !isZeroConst(tv.Value) {
						ok = false
					}
					return false
				}
				s, role, fold, isSubject := b.subjectOf(r)
				if !isSubject || found && (role != g.role || s.Kind != g.kind) {
					ok = false
					return false
				}
				found, g.role, g.kind, g.fold = true, role, s.Kind, g.fold || fold
			}
			return ok
		})
		if ok && found {
			out = append(out, g)
		}
	}
	return out
}

// getterSubject says whether call calls a getter, and the detail of the
// error it is handed that result index of the call holds.
func (b *builder) getterSubject(call *ast.CallExpr, index int) (Subject, Role, bool, bool) {
	if b.getters == nil {
		return Subject{}, 0, false, false
	}
	fn, ok := b.usedObject(call.Fun).(*types.Func)
	if !ok {
		return Subject{}, 0, false, false
	}
	i := slices.IndexFunc(b.getters[fn], func(g getter) bool { return g.index == index })
	if i < 0 || b.getters[fn][i].param >= len(call.Args) {
		return Subject{}, 0, false, false
	}
	g := b.getters[fn][i]
	key := b.keyOf(call.Args[g.param])
	return Subject{Key: key, Kind: g.kind, Field: fn.Name() + "()", Midstream: b.midstream[key.Obj]}, g.role, g.fold, true
}

// settleGetterCalls decides what the assignments of getterCalls keep: the
// detail a getter gives back, in the variable of its result; anything else
// in every other variable.
func (b *builder) settleGetterCalls() {
	for _, gc := range b.getterCalls {
		for i, lhs := range gc.as.Lhs {
			id, ok := ast.Unparen(lhs).(*ast.Ident)
			if !ok {
				continue
			}
			v, ok := b.info.ObjectOf(id).(*types.Var)
			if !ok || !b.local(v) {
				continue
			}
			s, role, fold, isSubject := b.getterSubject(gc.call, i)
			if !isSubject {
				b.taintVar(v)
				continue
			}
			if st := b.stateOf(v); st != nil {
				st.holds(s, role, fold)
			}
		}
	}
}

// IsEmptyString reports whether e is the constant "".
func IsEmptyString(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.String && isZeroConst(tv.Value)
}

// isZeroConst reports whether v is "" or 0.
func isZeroConst(v constant.Value) bool {
	switch v.Kind() {
	case constant.String:
		return constant.StringVal(v) == ""
	case constant.Int:
		return constant.Sign(v) == 0
	}
	return false
}
