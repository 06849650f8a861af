package handling

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/arkvet/arkvet/internal/arksdk"
)

// assign follows the variables the tests read through: the error of a call
// to Ark or of a stream's Recv, and an Ark error taken out of an error.
func (b *builder) assign(n *ast.AssignStmt) {
	if len(n.Lhs) == len(n.Rhs) {
		for i, lhs := range n.Lhs {
			b.assignOne(lhs, n.Rhs[i])
		}
		return
	}
	if len(n.Rhs) != 1 {
		return
	}
	switch rhs := ast.Unparen(n.Rhs[0]).(type) {
	case *ast.TypeAssertExpr: // e, ok := err.(*model.APIError)
		b.assignOne(n.Lhs[0], rhs)
	case *ast.CallExpr:
		if path, name := FuncOf(b.info, rhs); path == "errors" && name == "AsType" && len(rhs.Args) == 1 {
			b.takenFrom(n.Lhs[0], rhs.Args[0], rhs) // e, ok := errors.AsType[*model.APIError](err)
			return
		}
		b.callResults(n.Lhs, rhs)
	}
}

func (b *builder) assignOne(lhs, rhs ast.Expr) {
	switch rhs := ast.Unparen(rhs).(type) {
	case *ast.TypeAssertExpr:
		b.takenFrom(lhs, rhs.X, rhs)
	case *ast.CallExpr:
		b.callResults([]ast.Expr{lhs}, rhs)
	}
}

// IsProgramPackage reports whether pkg is a package of the program (its
// module, or another library): not the standard library (no dot in its
// first path element) nor an SDK or framework arkvet knows.
func IsProgramPackage(pkg *types.Package) bool {
	if pkg == nil {
		return false
	}
	return !isStdlibPath(pkg.Path()) && !arksdk.IsSDKPackage(pkg.Path())
}

// callResults follows the error a call returns into lhs: a call to Ark, or
// a stream's Recv, whose errors carry no status.
func (b *builder) callResults(lhs []ast.Expr, call *ast.CallExpr) {
	// The walk follows the source, so the last assignment before a test
	// is the one the test sees.
	fn := arksdk.Callee(b.info, call)
	ark, recv := b.m.CallsArk(b.info, call, fn), arksdk.IsStreamRecvMethod(fn)
	// A function of the package, which may call Ark itself, or the
	// operation a helper of the package is handed (func withRetry(op
	// func() error)), which its callers may make call Ark.
	local := fn != nil && fn.Pkg() == b.pass.Pkg || b.operationParam(call) != nil || b.m.LiteralCalled(b.info, call) != nil
	for _, l := range lhs {
		if err := b.errVar(l); err != nil {
			if ark || recv {
				b.arkErr[err] = call
			} else {
				delete(b.arkErr, err)
			}
			if ark || recv || local {
				b.callErr[err] = call
			} else {
				delete(b.callErr, err)
			}
			if !ark && !recv && !local && fn != nil && IsProgramPackage(fn.Pkg()) {
				// text, err := llm.Complete(ctx, ...): another package of
				// the program, which may call Ark out of view.
				if b.m.programCalls == nil {
					b.m.programCalls = make(map[types.Object][]*ast.CallExpr)
				}
				b.m.programCalls[err] = append(b.m.programCalls[err], call)
			}
			if !ark && !recv && !local && hasFuncLitArg(call) {
				if b.runErr == nil {
					b.runErr = make(map[types.Object]*ast.CallExpr)
				}
				b.runErr[err] = call
			} else if b.runErr != nil {
				delete(b.runErr, err)
			}
			if recv {
				b.midstream[err] = true
			} else {
				delete(b.midstream, err)
			}
			if b.otherErr != nil {
				if !ark && arksdk.IsArkMethod(fn) {
					b.otherErr[err] = true // fallback.CreateChatCompletion: another provider's
				} else {
					delete(b.otherErr, err)
				}
			}
		}
	}
}

// hasFuncLitArg reports whether call is handed a function literal.
func hasFuncLitArg(call *ast.CallExpr) bool {
	for _, a := range call.Args {
		if _, ok := ast.Unparen(a).(*ast.FuncLit); ok {
			return true
		}
	}
	return false
}

// operationParam returns the parameter of the current function that call
// calls, a function value handed in (op in func withRetry(op func() error)),
// or nil.
func (b *builder) operationParam(call *ast.CallExpr) *types.Var {
	if b.top == nil || b.top.Sig == nil {
		return nil
	}
	return ParamCalled(b.info, b.top.Sig, call)
}

// calledVar returns the variable holding the function value that call
// calls (op(), attempt()), or nil.
func calledVar(info *types.Info, call *ast.CallExpr) *types.Var {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := info.Uses[id].(*types.Var)
	return v
}

// ParamCalled returns the parameter of sig that call calls, or nil: the
// operation a helper is handed.
func ParamCalled(info *types.Info, sig *types.Signature, call *ast.CallExpr) *types.Var {
	v := calledVar(info, call)
	if v == nil {
		return nil
	}
	if isParamOf(sig, v) {
		return v
	}
	return nil
}

// isParamOf reports whether v is a parameter of sig.
func isParamOf(sig *types.Signature, v *types.Var) bool {
	for p := range sig.Params().Variables() {
		if p == v {
			return true
		}
	}
	return false
}

// takenFrom records that the Ark error variable lhs was taken out of the
// error src by node (errors.As, errors.AsType, a type assertion).
func (b *builder) takenFrom(lhs, src ast.Expr, node ast.Node) {
	obj := b.objOf(lhs)
	if obj == nil || arksdk.KindOf(obj.Type()) == arksdk.NotAnError {
		return
	}
	if err := b.errVar(src); err != nil {
		b.origin[obj] = err
		if b.otherTargets != nil {
			if b.otherErr[err] {
				b.otherTargets[obj] = true
			} else {
				delete(b.otherTargets, obj)
			}
		}
		if b.midstream[err] {
			b.midstream[obj] = true
		}
		call := b.callErr[err]
		if call == nil && b.runErr != nil {
			call = b.runErr[err]
		}
		want := arksdk.OriginOfType(obj.Type())
		switch v, isVar := err.(*types.Var); {
		case want == "":
		case call != nil:
			b.targets = append(b.targets, &ForeignTarget{Node: node, Target: obj, Source: call, Want: want, Func: b.top})
		case isVar && b.isParam(v):
			// Settled by what the package's calls hand the parameter, one
			// call deep (finish).
			b.paramTargets = append(b.paramTargets, &ForeignTarget{Node: node, Target: obj, Want: want, Func: b.top})
			b.targetParams = append(b.targetParams, v)
		}
	}
}

// settleForeignTargets keeps, of the SDK error targets taken from a call's
// error, those whose call returns another SDK's errors: a call to Ark
// through another SDK's client, or a function of the package all of whose
// calls to Ark go through one other SDK, in a package that makes no call
// through the target's own SDK (so that no error of the target's type can
// reach the function by a longer way).
func (b *builder) settleForeignTargets() {
	if len(b.targets) == 0 && len(b.paramTargets) == 0 {
		return
	}
	calledThrough := make(map[arksdk.ErrorOrigin]bool)
	for _, f := range b.m.Funcs {
		for _, c := range f.ArkCalls {
			calledThrough[arksdk.OriginOfCall(arksdk.Callee(b.info, c))] = true
		}
	}
	for _, t := range b.targets {
		if got := b.originOf(t, calledThrough); got != "" && got != t.Want {
			t.Got = got
			b.m.ForeignTargets = append(b.m.ForeignTargets, t)
		}
	}
	// A target taken from a parameter is foreign when every call of the
	// package handing the parameter an error hands it one of the same
	// other SDK's.
	uses := b.callableOnlyHere()
	for i, t := range b.paramTargets {
		handed := b.handed[b.targetParams[i]]
		if fn := t.Func.Obj; fn == nil || uses[fn] != len(handed) {
			continue // a literal, or a function used as a value or from other packages
		}
		var got arksdk.ErrorOrigin
		for k, h := range handed {
			if h.source == nil {
				got = ""
				break
			}
			o := b.originOf(&ForeignTarget{Source: h.source, Want: t.Want}, calledThrough)
			if o == "" || o == t.Want || k > 0 && o != got {
				got = ""
				break
			}
			got = o
		}
		if got != "" {
			t.Got, t.Source, t.Handoff = got, handed[0].source, handed[0].call
			b.m.ForeignTargets = append(b.m.ForeignTargets, t)
		}
	}
}

// originOf returns the SDK whose errors t's source returns, or "" when
// that is not known (calledThrough: the SDKs the package calls Ark
// through).
func (b *builder) originOf(t *ForeignTarget, calledThrough map[arksdk.ErrorOrigin]bool) arksdk.ErrorOrigin {
	{
		fn := arksdk.Callee(b.info, t.Source)
		got := arksdk.OriginOfCall(fn)
		if got == "" {
			var from []*Func // the functions whose calls to Ark the error may come from
			if fn != nil && fn.Pkg() == b.pass.Pkg {
				if d := b.m.decls[fn.Origin()]; d != nil {
					from = b.unitOf(d) // s.score(ctx), its call in a literal it hands a retry helper
				}
			} else {
				for _, a := range t.Source.Args {
					if lit, ok := ast.Unparen(a).(*ast.FuncLit); ok && b.m.funcs[lit] != nil {
						from = append(from, b.m.funcs[lit]) // retry.Do(ctx, n, cond, func(ctx) error { ... })
					}
				}
			}
			// In a package that calls the wanted SDK too, the unit's error
			// may come from it through another function returning one.
			if !calledThrough[t.Want] || !b.callsOtherErrorFunc(from) {
				got = b.onlyOrigin(from)
			}
		}
		return got
	}
}

// callsOtherErrorFunc reports whether any of fs calls, besides its calls
// to Ark, a function returning an error that is not the standard
// library's (fmt.Errorf, errors.Join): a function of another module, whose
// calls to Ark are out of view, or one of the package that calls Ark, or
// such a function itself (sleepCtx(ctx, d), which only waits, does not).
func (b *builder) callsOtherErrorFunc(fs []*Func) bool {
	return b.callsErrorFuncBut(fs, 1)
}

// callsErrorFuncBut is callsOtherErrorFunc, following the calls of the
// package's own functions depth more calls deep.
func (b *builder) callsErrorFuncBut(fs []*Func, depth int) bool {
	ark := make(map[*ast.CallExpr]bool)
	for _, f := range fs {
		for _, c := range f.ArkCalls {
			ark[c] = true
		}
	}
	for _, f := range fs {
		for _, n := range f.Flows {
			call, ok := n.(*ast.CallExpr)
			if !ok || ark[call] {
				continue
			}
			fn := arksdk.Callee(b.info, call)
			if fn == nil || fn.Pkg() == nil || !strings.Contains(strings.Split(fn.Pkg().Path(), "/")[0], ".") && fn.Pkg() != b.pass.Pkg {
				continue // the standard library
			}
			rs := fn.Signature().Results()
			if rs.Len() == 0 || !IsError(rs.At(rs.Len()-1).Type()) {
				continue
			}
			if fn.Pkg() == b.pass.Pkg && depth > 0 {
				if d := b.m.decls[fn.Origin()]; d != nil {
					unit := b.unitOf(d)
					if !slices.ContainsFunc(unit, func(g *Func) bool { return len(g.ArkCalls) > 0 }) &&
						!b.callsErrorFuncBut(unit, depth-1) {
						continue // it reaches no Ark SDK
					}
				}
			}
			return true
		}
	}
	return false
}

// onlyOrigin returns the one origin of the errors of the calls to Ark of
// fs, or "" when they make none or call through more than one SDK.
func (b *builder) onlyOrigin(fs []*Func) arksdk.ErrorOrigin {
	var only arksdk.ErrorOrigin
	for _, f := range fs {
		for _, c := range f.ArkCalls {
			o := arksdk.OriginOfCall(arksdk.Callee(b.info, c))
			if o == "" || only != "" && o != only {
				return ""
			}
			only = o
		}
	}
	return only
}

// unitOf returns the declaration d and the function literals in it.
func (b *builder) unitOf(d *Func) []*Func {
	var out []*Func
	for _, f := range b.m.Funcs {
		if f.Unit() == d {
			out = append(out, f)
		}
	}
	return out
}

// localSpec follows var declarations inside functions: var e *model.APIError = ...
func (b *builder) localSpec(n *ast.ValueSpec) {
	for i, name := range n.Names {
		if i < len(n.Values) {
			b.assignOne(name, n.Values[i])
		}
	}
}

// errorsAs follows errors.As(err, &target).
func (b *builder) errorsAs(call *ast.CallExpr) {
	src, dst := call.Args[0], call.Args[1]
	if u, ok := ast.Unparen(dst).(*ast.UnaryExpr); ok && u.Op == token.AND {
		b.takenFrom(u.X, src, call)
	}
}

// typeSwitch follows switch e := err.(type) { case *model.APIError: }, and
// records the cases that never match because the error is wrapped.
func (b *builder) typeSwitch(n *ast.TypeSwitchStmt) {
	var x ast.Expr
	switch a := n.Assign.(type) {
	case *ast.AssignStmt:
		if len(a.Rhs) == 1 {
			if ta, ok := ast.Unparen(a.Rhs[0]).(*ast.TypeAssertExpr); ok {
				x = ta.X
			}
		}
	case *ast.ExprStmt:
		if ta, ok := ast.Unparen(a.X).(*ast.TypeAssertExpr); ok {
			x = ta.X
		}
	}
	err := b.errVar(x)
	if err == nil {
		return
	}
	b.m.looks[err] = append(b.m.looks[err], Look{Node: n, Func: b.top}) // its cases decide
	for _, s := range n.Body.List {
		cc, ok := s.(*ast.CaseClause)
		if !ok {
			continue
		}
		if obj := b.info.Implicits[cc]; obj != nil && arksdk.KindOf(obj.Type()) != arksdk.NotAnError {
			b.origin[obj] = err
			if b.midstream[err] {
				b.midstream[obj] = true
			}
			if b.otherErr[err] {
				b.otherTargets[obj] = true
			}
		}
		for _, t := range cc.List {
			b.wrappedAssertion(t, x, t)
		}
	}
}

// typeAssert records err.(*model.APIError) as a look at err, and as an
// assertion that never matches when err is wrapped.
func (b *builder) typeAssert(n *ast.TypeAssertExpr, stack []ast.Node) {
	if n.Type == nil {
		return // x.(type), handled with its switch
	}
	// if apiErr, ok := err.(*model.APIError); ok { ... }: the if decides.
	var owner ast.Node
	if k := len(stack); k >= 3 {
		if as, ok := stack[k-2].(*ast.AssignStmt); ok {
			if ifs, ok := stack[k-3].(*ast.IfStmt); ok && ifs.Init == as {
				owner = ifs
			}
		}
	}
	b.look(n.X, n, owner)
	b.wrappedAssertion(n, n.X, n.Type)
}

// wrappedAssertion records an assertion of err to an Ark error type when
// the call that returned err wraps its Ark errors.
func (b *builder) wrappedAssertion(node ast.Node, x, typ ast.Expr) {
	err := b.errVar(x)
	if err == nil {
		return
	}
	if t := b.info.TypeOf(typ); t == nil || arksdk.KindOf(t) == arksdk.NotAnError {
		return
	}
	a := &Assertion{Node: node, Err: x, Target: typ}
	call := b.wrappingSource(err)
	if call == nil {
		// On a parameter: decided by what the package's calls hand it
		// (finish), one call deep.
		if v, ok := err.(*types.Var); ok && b.isParam(v) {
			b.paramAsserts = append(b.paramAsserts, paramAssert{v, a})
		}
		return
	}
	if !arksdk.WrapsError(b.info, call) {
		return
	}
	a.Source = call
	b.m.Assertions = append(b.m.Assertions, a)
}

// paramAssert is an assertion on a parameter, param.
type paramAssert struct {
	param *types.Var
	a     *Assertion
}

// isParam reports whether v is a parameter of the function being walked.
func (b *builder) isParam(v *types.Var) bool {
	return b.top.Sig != nil && isParamOf(b.top.Sig, v)
}

// wrappedHandoff records that call hands param of a function of the
// package an error that the Ark call src wraps (isRetryableStep(err) after
// err came from eino's Generate): an assertion on the parameter misses it.
func (b *builder) wrappedHandoff(param *types.Var, src *ast.CallExpr) {
	if _, seen := b.wrappedParams[param]; !seen && arksdk.WrapsError(b.info, src) {
		if b.wrappedParams == nil {
			b.wrappedParams = make(map[*types.Var]*ast.CallExpr)
		}
		b.wrappedParams[param] = src
	}
}

// settleParamAsserts makes Assertions of the assertions on parameters that
// are handed wrapped errors.
func (b *builder) settleParamAsserts() {
	for _, pa := range b.paramAsserts {
		if src := b.wrappedParams[pa.param]; src != nil {
			pa.a.Source = src
			b.m.Assertions = append(b.m.Assertions, pa.a)
		}
	}
}

// retryCount collects arkruntime.WithRetryTimes(n) with a constant n, or
// with a variable that may still hold the negative constant it was
// declared with (retries := -1, read from the environment when set).
func (b *builder) retryCount(call *ast.CallExpr, callee *types.Func, stack []ast.Node) {
	if len(call.Args) != 1 || !arksdk.IsRetryTimesFunc(callee) {
		return
	}
	arg := call.Args[0]
	if n, ok := b.intConst(arg); ok {
		rc := &RetryCount{Node: call, N: n, Calls: call}
		rc.Client, rc.ClientAt = b.clientHolder(call, stack)
		rc.ReturnedBy = b.clientReturnedBy(call, stack)
		if rc.Client == nil {
			b.optionList(rc, call, stack)
		}
		b.m.RetryCounts = append(b.m.RetryCounts, rc)
		return
	}
	if star, ok := ast.Unparen(arg).(*ast.StarExpr); ok {
		// WithRetryTimes(*retries), retries := flag.Int("retries", -1, ...):
		// the flag's default, unless the package compares it.
		if v, ok := b.objOf(star.X).(*types.Var); ok && b.flagDefault(v) {
			if n, ok := b.declaredInt(v); ok && n < 0 {
				b.m.RetryCounts = append(b.m.RetryCounts, &RetryCount{Node: call, N: n, Calls: call, Flag: b.flagName(star.X)})
			}
		}
		return
	}
	if sel, ok := ast.Unparen(arg).(*ast.SelectorExpr); ok {
		// WithRetryTimes(o.Retries), where the package sets the field only
		// to one negative constant (DefaultOptions() returns Options{Retries:
		// -1}) and never compares it: that default reaches the option.
		if f, ok := b.info.Uses[sel.Sel].(*types.Var); ok && f.IsField() && f.Pkg() == b.pass.Pkg {
			if n, ok := b.onlyFieldValue(f); ok && n < 0 {
				b.m.RetryCounts = append(b.m.RetryCounts, &RetryCount{Node: call, N: n, Calls: call, Var: f})
			}
		}
		return
	}
	if v, ok := b.objOf(arg).(*types.Var); ok && b.local(v) {
		if n, ok := b.declaredInt(v); ok && n < 0 && keepsInitial(b.info, v, stack, nil) {
			b.m.RetryCounts = append(b.m.RetryCounts, &RetryCount{Node: call, N: n, Calls: call, Var: v})
		}
	}
}

// optionList records, for the option opt at the top of stack kept in a
// local list of options (opts := []arkruntime.ConfigOption{...,
// WithRetryTimes(0)}), that rc waits for the client the list is handed to
// (New(key, opts...)), which the walk meets later (listedOptions).
func (b *builder) optionList(rc *RetryCount, opt *ast.CallExpr, stack []ast.Node) {
	list, i := b.optionListOf(opt, stack)
	if list == opt || i < 0 {
		return
	}
	// Declared with the list (opts := ..., var opts = ...): Defs knows it.
	if id, ok := assignee(stack[i], list).(*ast.Ident); ok {
		if v, ok := b.info.Defs[id].(*types.Var); ok {
			if b.optionLists == nil {
				b.optionLists = make(map[*types.Var]*RetryCount)
			}
			b.optionLists[v] = rc
		}
	}
}

// listedOptions gives the retry count waiting for the list of options
// that ctor, at the top of stack, is handed (New(key, opts...)) the client
// ctor builds.
func (b *builder) listedOptions(ctor *ast.CallExpr, stack []ast.Node) {
	if !ctor.Ellipsis.IsValid() || len(ctor.Args) == 0 {
		return
	}
	id, ok := ast.Unparen(ctor.Args[len(ctor.Args)-1]).(*ast.Ident)
	if !ok {
		return
	}
	v, _ := b.info.Uses[id].(*types.Var)
	rc := b.optionLists[v]
	if rc == nil || rc.Client != nil {
		return
	}
	if len(stack) >= 2 {
		rc.Client, rc.ClientAt = b.holderOf(ctor, stack[len(stack)-2])
		if _, ok := stack[len(stack)-2].(*ast.ReturnStmt); ok {
			rc.ReturnedBy = enclosingFunc(b.info, stack)
		}
	}
}

// clientReturnedBy returns the function that returns the client built
// with the option opt, at the top of stack (return New(key, opt)), or nil.
func (b *builder) clientReturnedBy(opt *ast.CallExpr, stack []ast.Node) *types.Func {
	i := b.ctorOf(opt, stack)
	if i < 0 {
		return nil
	}
	if _, ok := stack[i-1].(*ast.ReturnStmt); !ok {
		return nil
	}
	return enclosingFunc(b.info, stack[:i])
}

// enclosingFunc returns the declared function the innermost function in
// stack is, or nil when that is a literal.
func enclosingFunc(info *types.Info, stack []ast.Node) *types.Func {
	for i := len(stack) - 1; i >= 0; i-- {
		switch fn := stack[i].(type) {
		case *ast.FuncLit:
			return nil
		case *ast.FuncDecl:
			f, _ := info.Defs[fn.Name].(*types.Func)
			return f
		}
	}
	return nil
}

// clientHolder returns the variable or field that the client built with
// the option opt, at the top of stack, is put in, or nil: c := New(key, opt),
// s.client = New(key, opt), var c = New(key, opt), &svc{client: New(key, opt)}.
// The option may reach the constructor in a list of options made for it:
// New(key, append(common, opt)...), New(key, with(opt)...), New(key,
// []ConfigOption{base, opt}...).
func (b *builder) clientHolder(opt *ast.CallExpr, stack []ast.Node) (*types.Var, *ast.Ident) {
	i := b.ctorOf(opt, stack)
	if i < 0 {
		return nil, nil
	}
	return b.holderOf(stack[i].(*ast.CallExpr), stack[i-1])
}

// ctorOf returns the index in stack of the client constructor that the
// option opt, at the top of stack, is handed, in a list made for it or
// not (New(key, opt), New(key, append(common, opt)...)), or -1; the
// constructor has a parent in stack.
func (b *builder) ctorOf(opt *ast.CallExpr, stack []ast.Node) int {
	list, i := b.optionListOf(opt, stack)
	if i < 1 {
		return -1
	}
	if ctor, ok := stack[i].(*ast.CallExpr); !ok || !slices.Contains(ctor.Args, list) {
		return -1
	}
	return i
}

// optionListOf returns the outermost list of options that holds opt, at
// the top of stack, or opt itself (a composite literal, append(common,
// opt), a function returning them, with(opt)), and the index in stack of
// its parent; -1 for none.
func (b *builder) optionListOf(opt *ast.CallExpr, stack []ast.Node) (ast.Expr, int) {
	optType := b.info.TypeOf(opt)
	child := ast.Expr(opt)
	for i := len(stack) - 2; i >= 0; i-- {
		var elems []ast.Expr
		switch p := stack[i].(type) {
		case *ast.CallExpr:
			elems = p.Args
		case *ast.CompositeLit:
			elems = p.Elts
		}
		if !slices.Contains(elems, child) || !isListOf(b.info.TypeOf(stack[i].(ast.Expr)), optType) {
			return child, i
		}
		child = stack[i].(ast.Expr)
	}
	return child, -1
}

// isListOf reports whether t is a slice of elem.
func isListOf(t, elem types.Type) bool {
	s, ok := types.Unalias(t).(*types.Slice)
	return ok && elem != nil && types.Identical(s.Elem(), elem)
}

// holderOf returns the variable or field that the client ctor builds is
// put in, parent being ctor's parent in the syntax.
func (b *builder) holderOf(ctor *ast.CallExpr, parent ast.Node) (*types.Var, *ast.Ident) {
	id := arksdk.NameOf(assignee(parent, ctor))
	if id == nil {
		return nil, nil
	}
	if v, ok := b.info.ObjectOf(id).(*types.Var); ok && arksdk.IsArkClient(v.Type()) {
		return v, id
	}
	return nil, nil
}

// assignee returns what value, a child of parent, is put in: the left-hand
// side of an assignment or a declaration (x = value, x := value, var x =
// value), or the key of a composite literal's element (T{x: value}); nil
// for anything else.
func assignee(parent ast.Node, value ast.Expr) ast.Expr {
	switch p := parent.(type) {
	case *ast.AssignStmt:
		if len(p.Lhs) == len(p.Rhs) {
			if i := slices.Index(p.Rhs, value); i >= 0 {
				return p.Lhs[i]
			}
		}
	case *ast.ValueSpec:
		if len(p.Names) == len(p.Values) {
			if i := slices.Index(p.Values, value); i >= 0 {
				return p.Names[i]
			}
		}
	case *ast.KeyValueExpr:
		if p.Value == value {
			return p.Key
		}
	}
	return nil
}

// retryCountField collects eino's ChatModelConfig{RetryTimes: &n} where n
// is a constant or a variable declared with one that it keeps.
func (b *builder) retryCountField(kv *ast.KeyValueExpr, stack []ast.Node) {
	if !arksdk.IsRetryTimesField(b.info, kv.Key) {
		return
	}
	if n, v, ok := b.pointedInt(kv.Value); ok && (v == nil || keepsInitial(b.info, v, stack, kv.Value)) {
		b.m.RetryCounts = append(b.m.RetryCounts, &RetryCount{Node: kv, N: n, Eino: true, Config: b.configName(stack), Var: v, Flag: b.flagName(kv.Value)})
	}
}

// configName returns the name of the struct type of the innermost composite
// literal in stack (ResponsesAPIConfig for ark.ResponsesAPIConfig{RetryTimes:
// ...}), or "ChatModelConfig", the usual one, when it has none.
func (b *builder) configName(stack []ast.Node) string {
	for i := len(stack) - 1; i >= 0; i-- {
		lit, ok := stack[i].(*ast.CompositeLit)
		if !ok {
			continue
		}
		t := b.info.TypeOf(lit)
		if p, isPtr := t.(*types.Pointer); isPtr {
			t = p.Elem()
		}
		if named, isNamed := t.(*types.Named); isNamed {
			return named.Obj().Name()
		}
		break
	}
	return "ChatModelConfig"
}

// flagName returns the name of the flag whose flag.Int variable e is, or
// "" for anything else.
func (b *builder) flagName(e ast.Expr) string {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || b.flags == nil {
		return ""
	}
	v, _ := b.info.Uses[id].(*types.Var)
	call := b.flags[v]
	if call == nil {
		return ""
	}
	if tv, ok := b.info.Types[call.Args[0]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return constant.StringVal(tv.Value)
	}
	return ""
}

// pointedInt returns the constant an *int expression points at: &n for a
// variable n declared with a constant (and n), or a call of a generic
// helper ptr(0) / of.Ptr(0).
func (b *builder) pointedInt(e ast.Expr) (int64, *types.Var, bool) {
	switch x := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if x.Op != token.AND {
			return 0, nil, false
		}
		obj, ok := b.objOf(x.X).(*types.Var)
		if !ok {
			return 0, nil, false
		}
		n, ok := b.declaredInt(obj)
		return n, obj, ok
	case *ast.CallExpr:
		if len(x.Args) == 1 {
			n, ok := b.intConst(x.Args[0])
			return n, nil, ok
		}
	case *ast.Ident:
		// retries := flag.Int("retries", -1, ...); RetryTimes: retries: the
		// flag's default, unless the package compares it.
		if v, ok := b.info.Uses[x].(*types.Var); ok && b.flagDefault(v) {
			n, ok := b.declaredInt(v)
			return n, nil, ok // the flag is set by flag.Parse, not assigned: no variable to follow
		}
	}
	return 0, nil, false
}

// onlyFieldValue returns the one constant that the package's code gives the
// field f, in composite literals (Options{Retries: -1}) and assignments
// (o.Retries = -1), when it gives it one and otherwise only values set
// under an if (read from the environment when it is set), and compares f
// nowhere (if o.Retries < 0 { ... } sees to the default). A field with a
// tag, or of a struct whose address is taken (json.Unmarshal(data, &o)),
// may be decoded from configuration, and is not judged. Asked only of a
// field handed to WithRetryTimes, so the walk is rare.
func (b *builder) onlyFieldValue(f *types.Var) (int64, bool) {
	var values []ast.Expr
	ok := true
	isF := func(e ast.Expr) bool {
		sel, isSel := ast.Unparen(e).(*ast.SelectorExpr)
		return isSel && b.info.Uses[sel.Sel] == f
	}
	holdsF := func(e ast.Expr) bool {
		t := b.info.TypeOf(e)
		if t == nil {
			return false // broken code
		}
		st, isStruct := t.Underlying().(*types.Struct)
		return isStruct && slices.Contains(slices.Collect(st.Fields()), f)
	}
	ifs := 0 // the if statements around the node
	for _, file := range b.pass.Files {
		var stack []ast.Node
		ast.Inspect(file, func(n ast.Node) bool {
			if n == nil {
				if _, isIf := stack[len(stack)-1].(*ast.IfStmt); isIf {
					ifs--
				}
				stack = stack[:len(stack)-1]
				return true
			}
			stack = append(stack, n)
			switch n := n.(type) {
			case *ast.IfStmt:
				ifs++
			case *ast.KeyValueExpr:
				if id, isID := n.Key.(*ast.Ident); isID && b.info.Uses[id] == f {
					values = append(values, n.Value)
				}
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					if isF(l) {
						switch _, known := b.intConst(n.Rhs[min(i, len(n.Rhs)-1)]); {
						case len(n.Lhs) != len(n.Rhs) || n.Tok != token.ASSIGN:
							ok = ok && ifs > 0 // c.Retries, err = parse(v), when configured
						case !known && ifs > 0:
							// if v := os.Getenv("ARK_RETRIES"); v != "" {
							// c.Retries = n }: set only when configured,
							// the default stays otherwise.
						default:
							values = append(values, n.Rhs[i])
						}
					}
				}
			case *ast.IncDecStmt:
				ok = ok && !isF(n.X)
			case *ast.Field:
				for _, name := range n.Names {
					ok = ok && !(b.info.Defs[name] == f && n.Tag != nil) // `yaml:"retries"`
				}
			case *ast.UnaryExpr:
				// flag.IntVar(&o.Retries, ...), json.Unmarshal(data, &o)
				ok = ok && !(n.Op == token.AND && (isF(n.X) || holdsF(n.X)))
			case *ast.BinaryExpr:
				ok = ok && !isF(n.X) && !isF(n.Y)
			}
			return ok
		})
	}
	if !ok || len(values) == 0 {
		return 0, false
	}
	n, known := b.intConst(values[0])
	for _, v := range values[1:] {
		if m, k := b.intConst(v); !k || m != n {
			return 0, false
		}
	}
	return n, known
}

// flagDefault reports whether v holds a flag.Int whose value the package
// never compares (if *retries >= 0 { ... }): its default reaches its uses
// whenever the flag is not given.
func (b *builder) flagDefault(v *types.Var) bool {
	value := b.constInits[v]
	if value == nil {
		return false
	}
	if _, isPtr := v.Type().Underlying().(*types.Pointer); !isPtr {
		return false
	}
	compared := false
	for _, f := range b.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if bin, ok := n.(*ast.BinaryExpr); ok {
				for _, side := range []ast.Expr{bin.X, bin.Y} {
					if star, ok := ast.Unparen(side).(*ast.StarExpr); ok && b.objOf(star.X) == v {
						compared = true
					}
				}
			}
			return !compared
		})
	}
	return !compared
}

// keepsInitial reports whether the local variable v may reach a use with
// the value it was declared with: its function never compares it (if
// retries < 0 { retries = 2 }, if n >= 0 { opts = append(...) }: the
// default is seen to), never takes its address except at use (handing it
// to flag.IntVar), and assigns it only in nested blocks, not in the block
// that declares it. stack ends at the use. It reads one function, and only
// for a retry count given as a variable.
func keepsInitial(info *types.Info, v *types.Var, stack []ast.Node, use ast.Expr) bool {
	var body *ast.BlockStmt
	for i := len(stack) - 1; i >= 0 && body == nil; i-- {
		switch fn := stack[i].(type) {
		case *ast.FuncDecl:
			body = fn.Body
		case *ast.FuncLit:
			body = fn.Body
		}
		if body != nil && (v.Pos() < body.Pos() || body.End() <= v.Pos()) {
			body = nil // declared outside this literal: look further out
		}
	}
	if body == nil {
		return false
	}
	isV := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.Uses[id] == v
	}
	keeps := true
	declBlock := body // the innermost block around the declaration
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if isV(n.X) || isV(n.Y) {
				keeps = false
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && isV(n.X) && n != use {
				keeps = false
			}
		case *ast.BlockStmt:
			if n.Pos() <= v.Pos() && v.Pos() < n.End() {
				declBlock = n
			}
		}
		return keeps
	})
	for _, st := range declBlock.List {
		if st.Pos() <= v.Pos() {
			continue // the declaration and what comes before it
		}
		switch st := st.(type) {
		case *ast.AssignStmt:
			if slices.ContainsFunc(st.Lhs, isV) {
				keeps = false
			}
		case *ast.IncDecStmt:
			if isV(st.X) {
				keeps = false
			}
		}
	}
	return keeps
}

// declaredInt returns the constant a variable was declared with.
func (b *builder) declaredInt(v *types.Var) (int64, bool) {
	if value := b.constInits[v]; value != nil {
		return b.intConst(value)
	}
	return 0, false
}

func (b *builder) intConst(e ast.Expr) (int64, bool) {
	v := b.constValue(e)
	if v == nil {
		return 0, false
	}
	return constantInt(v)
}

// retryConfig records eino's adk.ModelRetryConfig{...} and the condition it
// is given, if any.
func (b *builder) retryConfig(lit *ast.CompositeLit) {
	rc := &RetryConfig{Lit: lit}
	for _, e := range lit.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok || b.isNil(kv.Value) {
			continue
		}
		if arksdk.IsRetryAbleField(b.info, kv.Key) || arksdk.IsShouldRetryField(b.info, kv.Key) {
			rc.Condition = kv.Value
		}
	}
	b.m.RetryConfigs = append(b.m.RetryConfigs, rc)
}

// handoff is a call of a function of the package handing one of its
// parameters an error, and the call that returned that error (nil when
// the model does not know it: a parameter, an error of its own making).
type handoff struct {
	call, source *ast.CallExpr
}

// handOff records that call hands param the error err (nil when the
// argument is no variable the model follows).
func (b *builder) handOff(param *types.Var, err types.Object, call *ast.CallExpr) {
	var source *ast.CallExpr
	if err != nil {
		if source = b.callErr[err]; source == nil && b.runErr != nil {
			source = b.runErr[err]
		}
	}
	if b.handed == nil {
		b.handed = make(map[*types.Var][]handoff)
	}
	b.handed[param] = append(b.handed[param], handoff{call, source})
}

// callableOnlyHere counts the uses of the unexported functions that
// parameter targets are taken in: only when each use is a call handing
// the parameter an error does the package see every error it gets.
func (b *builder) callableOnlyHere() map[*types.Func]int {
	uses := make(map[*types.Func]int)
	for _, t := range b.paramTargets {
		if fn := t.Func.Obj; fn != nil && !fn.Exported() {
			uses[fn] = 0
		}
	}
	if len(uses) == 0 {
		return uses
	}
	for _, obj := range b.info.Uses {
		if fn, ok := obj.(*types.Func); ok {
			if n, ok := uses[fn.Origin()]; ok {
				uses[fn.Origin()] = n + 1
			}
		}
	}
	return uses
}

// wrappingSource returns the call to Ark whose error err holds: the call
// itself, or, for the error of another package's call handed a function
// literal (retry.Do(ctx, policy, func(ctx) (*schema.Message, error) {
// return cm.Generate(ctx, msgs) })), the literal's call to Ark when every
// call to Ark it makes wraps the error it returns; nil when there is none.
func (b *builder) wrappingSource(err types.Object) *ast.CallExpr {
	if call := b.arkErr[err]; call != nil || b.runErr == nil {
		return call
	}
	run := b.runErr[err]
	if run == nil {
		return nil
	}
	var first *ast.CallExpr
	for _, a := range run.Args {
		lit, ok := ast.Unparen(a).(*ast.FuncLit)
		if !ok || b.m.funcs[lit] == nil {
			continue
		}
		for _, c := range b.m.funcs[lit].ArkCalls {
			if !arksdk.WrapsError(b.info, c) {
				return nil
			}
			if first == nil {
				first = c
			}
		}
	}
	return first
}

// wrappingSourceOf is wrappingSource for an error that may be nil.
func (b *builder) wrappingSourceOf(err types.Object) *ast.CallExpr {
	if err == nil {
		return nil
	}
	return b.wrappingSource(err)
}
