package arkretry

import (
	"go/ast"
	"go/types"
	"slices"

	"github.com/arkvet/arkvet/internal/arksdk"
	"github.com/arkvet/arkvet/internal/handling"
)

// nilPolicyEveryError judges a retry helper of the package whose loop,
// around the operation it is handed, decides on a retry condition that it
// skips when the condition is nil: a loop that goes round on every error
// but what the condition rejects (if p.ShouldRetry != nil &&
// !p.ShouldRetry(err) { return err }), or one that goes round only on what
// it accepts (if shouldRetry == nil || shouldRetry(err) { continue }); round
// says which. It reports each call that hands the helper an operation
// calling Ark and leaves the condition nil, for then the loop retries every
// error, and reports whether it reported any.
func (j *judge) nilPolicyEveryError(chk *handling.ErrCheck, loop ast.Node, call *ast.CallExpr, helper *handling.Func, round bool) bool {
	if helper.Obj == nil || helper.Sig == nil {
		return false
	}
	op := handling.ParamCalled(j.pass.TypesInfo, helper.Sig, call)
	if op == nil {
		return false
	}
	var conditions []*types.Var
	for _, l := range j.m.Looks(chk.Err) {
		// Going round only on what it accepts: the look's branch must go
		// round when it holds (and so when the condition is nil).
		if l.Optional != nil && contains(loop, l.Node) && (round || l.Direct && l.Branch != nil && l.Branch.Decision == handling.GoesRound) {
			conditions = append(conditions, l.Optional)
		}
	}
	if len(conditions) == 0 {
		return false
	}
	if round {
		if j.looksAtBut(chk.Err, loop, helper, true) {
			return false // it looks at the error some other way too
		}
	}
	conditions = slices.DeleteFunc(conditions, func(v *types.Var) bool { return j.mayDefault(helper, v) })
	if len(conditions) == 0 {
		return false
	}
	found := false
	for _, h := range j.handedOperations(helper, op, false) {
		for _, v := range conditions {
			if name, ok := j.leavesNil(h.call, helper, v, h.op.Outer); ok {
				found = true
				j.report(ruleEveryError, h.call.Fun, nil, "%s",
					j.everyErrorMessage("this call leaves "+name+" nil, so the loop of "+helper.Obj.Name()+" retries", arksdk.CalledName(h.ark), h.ark, helper.WaitsIn(loop)))
				break
			}
		}
	}
	return found
}

// leavesNil reports whether call, to helper, leaves the retry condition v
// nil, and names it: a parameter handed nil, or a field of a parameter or
// receiver handed a composite literal that does not set it
// (withRetry(ctx, Policy{MaxAttempts: 3}, op)), directly or through a local
// variable of caller, the function the call is in, that is declared with
// one and only read (policy := Policy{...}; withRetry(ctx, policy, op)). A
// value kept elsewhere may be set anywhere, and is not judged.
func (j *judge) leavesNil(call *ast.CallExpr, helper *handling.Func, v *types.Var, caller *handling.Func) (string, bool) {
	info := j.pass.TypesInfo
	params := helper.Sig.Params()
	if i := paramIndex(helper.Sig, v); i >= 0 {
		return v.Name(), i < len(call.Args) && !helper.Sig.Variadic() && info.Types[call.Args[i]].IsNil()
	}
	if !v.IsField() {
		return "", false
	}
	holder := func(t types.Type) bool {
		st, ok := arksdk.StructOf(t)
		if !ok {
			return false
		}
		for fld := range st.Fields() {
			if fld == v {
				return true
			}
		}
		return false
	}
	var arg ast.Expr
	if r := helper.Sig.Recv(); r != nil && holder(r.Type()) {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			arg = sel.X
		}
	}
	for i := range params.Len() {
		if arg == nil && i < len(call.Args) && holder(params.At(i).Type()) {
			arg = call.Args[i]
		}
	}
	if arg == nil {
		return "", false
	}
	if arg = j.policyValue(arg, caller); arg != nil && j.unsetIn(arg, v, true) {
		return v.Name(), true
	}
	return "", false
}

// policyValue returns what the policy e handed to a call of caller is: e
// itself, or for a variable the value onlyLiteral finds it declared with
// (nil for one that may hold anything else).
func (j *judge) policyValue(e ast.Expr, caller *handling.Func) ast.Expr {
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		return j.onlyLiteral(caller, id)
	}
	return e
}

// onlyLiteral returns the value that the variable id names is declared
// with (policy := Policy{...}, var policy = Policy{...}) when every other
// use of it reads a field, copies it or is id itself; nil otherwise (it is
// assigned, handed on by address, or has a method called). A local is
// looked for in caller's body; an unexported package-level variable in
// every file of the package, for nothing outside it can set it.
func (j *judge) onlyLiteral(caller *handling.Func, id *ast.Ident) ast.Expr {
	info := j.pass.TypesInfo
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.Pkg() != j.pass.Pkg || v.Parent() == nil {
		return nil
	}
	var scope []ast.Node
	switch {
	case v.Parent() != v.Pkg().Scope():
		if caller == nil {
			return nil
		}
		scope = []ast.Node{caller.Body}
	case !v.Exported():
		for _, f := range j.pass.Files {
			scope = append(scope, f)
		}
	default:
		return nil
	}
	decl, only := fieldsOnlyRead(info, scope, v, id, nil)
	if only {
		return decl
	}
	return nil
}

// readsOnly reports whether the method sig, called on a value of the
// struct type t, only reads it: a value receiver gets a copy, and no
// result is a t that could replace it with another (p.withDefaults()).
func readsOnly(sig *types.Signature, t types.Type) bool {
	if sig.Recv() == nil {
		return false
	}
	if _, ptr := sig.Recv().Type().(*types.Pointer); ptr {
		return false
	}
	for r := range sig.Results().Variables() {
		if types.Identical(r.Type(), t) {
			return false
		}
	}
	return true
}

// fieldsOnlyRead reports whether every use of holder in scope, but except,
// reads one of its fields or copies it (a struct handed to a call by
// value): none assigns holder or its field (any field when field is nil),
// takes its address, calls a method on it or hands on a pointer. It also
// returns the value holder is declared with in scope, if any.
func fieldsOnlyRead(info *types.Info, scope []ast.Node, holder *types.Var, except *ast.Ident, field *types.Var) (ast.Expr, bool) {
	var decl ast.Expr
	_, isStruct := holder.Type().Underlying().(*types.Struct)
	reads := make(map[*ast.Ident]bool) // holder.F, f(holder)
	only := true
	visit := func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if id, ok := l.(*ast.Ident); ok && info.Defs[id] == holder {
					if len(n.Lhs) == len(n.Rhs) {
						decl = n.Rhs[i]
					}
					continue
				}
				named := handling.VarNamed(info, l)
				if named == holder || isFieldOf(info, l, holder) && (field == nil || named == field) {
					only = false // holder = ..., holder.F = ...
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if info.Defs[name] == holder && i < len(n.Values) {
					decl = n.Values[i]
				}
			}
		case *ast.CallExpr:
			for _, a := range n.Args {
				if x, ok := ast.Unparen(a).(*ast.Ident); ok && isStruct && info.Uses[x] == holder {
					reads[x] = true // a copy: the call cannot set holder
				}
			}
		case *ast.SelectorExpr:
			if x, ok := ast.Unparen(n.X).(*ast.Ident); ok && info.Uses[x] == holder {
				switch f := info.Uses[n.Sel].(type) {
				case *types.Var:
					if f.IsField() {
						reads[x] = true
					}
				case *types.Func:
					if isStruct && readsOnly(f.Signature(), holder.Type()) {
						reads[x] = true // p.delay(attempt): a copy, and no policy back
					}
				}
			}
		case *ast.Ident:
			if info.Uses[n] == holder && n != except && !reads[n] {
				only = false // handed on, or a method called on it
			}
		}
		return only
	}
	for _, n := range scope {
		ast.Inspect(n, visit)
	}
	return decl, only
}

// isFieldOf reports whether e selects a field of the variable v: v.F.
func isFieldOf(info *types.Info, e ast.Expr, v *types.Var) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	x, ok := ast.Unparen(sel.X).(*ast.Ident)
	return ok && info.Uses[x] == v
}

// unsetIn reports whether the policy e leaves the field v unset: a
// composite literal (or its address) with no key v, or, when deep, a call
// of a function of the package every return of which is such a literal
// (DefaultRetryOptions()).
func (j *judge) unsetIn(e ast.Expr, v *types.Var, deep bool) bool {
	info := j.pass.TypesInfo
	if literalLeaves(e, func(key *ast.Ident) bool { return info.Uses[key] == v }) {
		return true
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		fn := arksdk.Callee(info, x)
		if !deep || fn == nil || fn.Pkg() != j.pass.Pkg {
			return false
		}
		f := j.m.DeclOf(fn.Origin())
		if f == nil || f.Body == nil || f.Sig.Results().Len() != 1 {
			return false
		}
		returns, unset := everyReturn(f.Body, func(ret *ast.ReturnStmt) bool {
			return len(ret.Results) == 1 && j.unsetIn(ret.Results[0], v, false)
		})
		return unset && returns > 0
	}
	return false
}

// mayDefault reports whether helper may give the retry condition v a
// value of its own before its loop: it assigns v (shouldRetry =
// isTransient, opts.ShouldRetry = isTransient), or uses the parameter or
// receiver holding the field v other than to read its fields (opts =
// opts.withDefaults(), opts.applyDefaults(), fill(&opts)).
func (j *judge) mayDefault(helper *handling.Func, v *types.Var) bool {
	info := j.pass.TypesInfo
	if !v.IsField() {
		assigned := false
		ast.Inspect(helper.Body, func(n ast.Node) bool {
			if a, ok := n.(*ast.AssignStmt); ok {
				for _, l := range a.Lhs {
					assigned = assigned || handling.VarNamed(info, l) == v
				}
			}
			return !assigned
		})
		return assigned
	}
	vars := slices.Collect(helper.Sig.Params().Variables())
	if r := helper.Sig.Recv(); r != nil {
		vars = append(vars, r)
	}
	for _, p := range vars {
		if st, ok := arksdk.StructOf(p.Type()); ok && slices.Contains(slices.Collect(st.Fields()), v) {
			_, only := fieldsOnlyRead(info, []ast.Node{helper.Body}, p, nil, v)
			return !only
		}
	}
	return false
}

// paramIndex returns the index of v among sig's parameters, or -1.
func paramIndex(sig *types.Signature, v *types.Var) int {
	for i := range sig.Params().Len() {
		if sig.Params().At(i) == v {
			return i
		}
	}
	return -1
}
