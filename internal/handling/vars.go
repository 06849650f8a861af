package handling

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/arkvet/arkvet/internal/arksdk"
	"golang.org/x/tools/go/types/typeutil"
)

// varState records how a variable is assigned, to know whether it only ever
// holds one Ark error's code (or type, or status).
type varState struct {
	declared bool // declared in a var or := statement, or a parameter handed a code
	tainted  bool // assigned something else, or its address taken
	role     Role
	fold     bool
	subject  Subject
}

// declarations is the walk before the main one: the package's string
// constants and composite literals, the variables that hold only a code,
// and the parameters of the package's functions that are handed one. The
// main walk reads them wherever they are declared.
func (b *builder) declarations() {
	b.ownNames = make(map[string]bool)
	for _, f := range b.pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				b.ownNames[fd.Name.Name] = true
			}
		}
	}
	var calls []*ast.CallExpr
	visit := func(n ast.Node, _ []ast.Node) bool {
		switch n := n.(type) {
		case *ast.ValueSpec:
			b.valueSpec(n)
		case *ast.AssignStmt:
			b.assignVars(n)
		case *ast.RangeStmt:
			b.taint(n.Key)
			b.taint(n.Value)
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				b.taint(n.X) // &code: anything may write it
			}
		case *ast.IncDecStmt:
			b.taint(n.X)
		case *ast.CallExpr:
			if len(n.Args) > 0 && b.callsOwnFunc(n) {
				calls = append(calls, n)
			}
		case *ast.BinaryExpr:
			b.foreignComparison(n)
		case *ast.SwitchStmt:
			b.foreignSwitch(n)
		}
		return true
	}
	(&walker{pre: visit}).files(b.pass.Files)
	// Getters once the locals are known, then what their calls keep;
	// parameters last: a call may hand over a local that holds a code.
	b.findGetters()
	b.addForeignGetters()
	b.settleGetterCalls()
	for _, call := range calls {
		b.handedCode(call)
	}
}

// callsOwnFunc reports whether call calls a function or method of this
// package: the only calls that can hand one of its parameters a code. One
// lookup of the called name decides it, cheaper than resolving the callee.
func (b *builder) callsOwnFunc(call *ast.CallExpr) bool {
	var name string
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		name = f.Name
	case *ast.SelectorExpr:
		name = f.Sel.Name
	default:
		return false
	}
	if !b.ownNames[name] {
		return false // fmt.Errorf, s.c.CreateChatCompletion: no lookup
	}
	fn, ok := b.usedObject(call.Fun).(*types.Func)
	return ok && fn.Pkg() == b.pass.Pkg
}

// valueSpec records a const or var declaration.
func (b *builder) valueSpec(spec *ast.ValueSpec) {
	for i, name := range spec.Names {
		var value ast.Expr
		if len(spec.Values) == len(spec.Names) {
			value = spec.Values[i]
		}
		switch obj := b.info.Defs[name].(type) {
		case *types.Const:
			if lit, ok := value.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				b.consts[obj] = lit
			}
		case *types.Var:
			b.define(obj, value)
			b.keepErrText(obj, value)
			switch {
			case value != nil:
				b.assignVar(obj, value)
			case len(spec.Values) != 0:
				b.taintVar(obj) // var a, b = f()
			}
		}
	}
}

// assignVars records the variables an assignment defines or assigns.
func (b *builder) assignVars(s *ast.AssignStmt) {
	for i, lhs := range s.Lhs {
		id, ok := ast.Unparen(lhs).(*ast.Ident)
		if !ok {
			continue
		}
		v, ok := b.info.ObjectOf(id).(*types.Var)
		if !ok {
			continue
		}
		if s.Tok == token.DEFINE && b.info.Defs[id] != nil {
			var value ast.Expr
			if len(s.Lhs) == len(s.Rhs) {
				value = s.Rhs[i]
			}
			b.define(v, value)
			b.keepErrText(v, value)
		} else if b.errTexts != nil {
			if _, kept := b.errTexts[v]; kept {
				b.errTexts[v] = nil // msg = other: no longer only the error's text
			}
		}
		switch {
		case (s.Tok == token.DEFINE || s.Tok == token.ASSIGN) && len(s.Rhs) == 1 && b.getterCandidate(s.Rhs[0]):
			// code, _, ok := codeOf(err): decided once the getters are
			// known (settleGetterCalls).
			if i == 0 {
				b.getterCalls = append(b.getterCalls, getterCall{s, ast.Unparen(s.Rhs[0]).(*ast.CallExpr)})
			}
			if len(s.Lhs) == 1 {
				b.keepForeign(v, s.Rhs[0]) // status := errs.StatusOf(err), for a comparison of it later
			}
		case (s.Tok == token.DEFINE || s.Tok == token.ASSIGN) && len(s.Lhs) == len(s.Rhs):
			b.assignVar(v, s.Rhs[i])
		case len(s.Lhs) == 2 && len(s.Rhs) == 1 && i == 0 && isTypeAssert(s.Rhs[0]):
			b.assignVar(v, s.Rhs[0]) // code, _ := apiErr.Code.(string)
		default:
			b.taintVar(v) // code, err := f(); code += "x"
		}
	}
}

// keepErrText records v, a local string declared with value, when value is
// an error's text: msg := err.Error().
func (b *builder) keepErrText(v *types.Var, value ast.Expr) {
	if value == nil {
		return
	}
	if err := b.errorText(value); err != nil {
		if b.errTexts == nil {
			b.errTexts = make(map[*types.Var]ast.Expr)
		}
		b.errTexts[v] = err
	}
}

// getterCandidate reports whether e calls a function of the package that
// is handed an error: a getter, perhaps (findGetters).
func (b *builder) getterCandidate(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	if fn, _ := b.foreignGetter(call); fn != nil {
		return true
	}
	return b.callsOwnFunc(call) && b.takesErrorArg(call)
}

// isFlagInt reports whether call declares an int flag and returns its
// variable: flag.Int, or the Int method of a *flag.FlagSet (a command's own
// flags, fs.Int("retries", -1, ...)).
func isFlagInt(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == "flag" && fn.Name() == "Int"
}

func isTypeAssert(e ast.Expr) bool {
	_, ok := ast.Unparen(e).(*ast.TypeAssertExpr)
	return ok
}

// define records v's declaration with its initial value.
func (b *builder) define(v *types.Var, value ast.Expr) {
	if lit, ok := ast.Unparen(value).(*ast.CompositeLit); ok {
		b.lits[v] = lit
	}
	if call, ok := ast.Unparen(value).(*ast.CallExpr); ok && len(call.Args) == 3 {
		if isFlagInt(b.info, call) {
			b.constInits[v] = call.Args[1] // retries := flag.Int("retries", -1, ...): its default
			if b.flags == nil {
				b.flags = make(map[*types.Var]*ast.CallExpr)
			}
			b.flags[v] = call
		}
	}
	switch value.(type) {
	case *ast.BasicLit, *ast.Ident, *ast.SelectorExpr, *ast.UnaryExpr: // 0, zero, pkg.Zero, -1
		if t, ok := v.Type().Underlying().(*types.Basic); ok && t.Info()&types.IsInteger != 0 {
			if tv, ok := b.info.Types[value]; ok && tv.Value != nil {
				b.constInits[v] = value // n := 0, for a retry count given as &n
			}
		}
	}
	if !b.local(v) {
		return // package-level variables are never taken for codes
	}
	if st := b.stateOf(v); st != nil {
		st.declared = true
	}
}

// assignVar records that value is assigned to v.
func (b *builder) assignVar(v *types.Var, value ast.Expr) {
	if !b.local(v) || !mayHoldCode(v.Type()) {
		return
	}
	s, role, fold, ok := b.subjectOf(value)
	if !ok {
		if IsEmptyString(b.info, value) {
			return // code = "": no code, like the zero value
		}
		b.taintVar(v)
		return
	}
	b.stateOf(v).holds(s, role, fold)
}

// holds records that the variable is assigned the detail role of the error
// s: a variable assigned two kinds of detail holds neither.
func (st *varState) holds(s Subject, role Role, fold bool) {
	if st.role != arksdk.NoRole && st.role != role {
		st.tainted = true
	}
	st.role, st.fold, st.subject = role, st.fold || fold, s
}

// handedCode records the parameters of the package's own functions that
// call hands an Ark error's code, type or status: isRateLimit(apiErr.Code).
// Inside the function the parameter is that error's code.
func (b *builder) handedCode(call *ast.CallExpr) {
	fn, ok := typeutil.Callee(b.info, call).(*types.Func)
	if !ok || fn.Pkg() != b.pass.Pkg {
		return
	}
	params := fn.Signature().Params()
	for i, arg := range call.Args {
		if i >= params.Len() || fn.Signature().Variadic() && i >= params.Len()-1 {
			return
		}
		p := params.At(i)
		s, role, fold, ok := b.subjectOf(arg)
		if !ok {
			if tv, isConst := b.info.Types[arg]; !isConst || tv.Value == nil {
				if b.vars[p] != nil {
					b.vars[p].tainted = true
				}
			}
			continue
		}
		st := b.stateOf(p)
		if st == nil {
			continue
		}
		st.declared = true
		// Inside the function the parameter itself is the error's key:
		// each call hands another error.
		s.Key = Key{Obj: p}
		st.holds(s, role, fold)
	}
}

// taint marks the variable e names, if any, as not only a code.
func (b *builder) taint(e ast.Expr) {
	if e == nil {
		return
	}
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		if v, ok := b.info.ObjectOf(id).(*types.Var); ok {
			b.taintVar(v)
		}
	}
}

func (b *builder) taintVar(v *types.Var) {
	if st := b.stateOf(v); st != nil {
		st.tainted = true
	}
}

// stateOf returns v's state, made on first use; nil for a variable that
// cannot hold a code, a type or a status (only strings, interfaces, for
// go-openai's Code, and integers can), which then needs no state at all.
func (b *builder) stateOf(v *types.Var) *varState {
	if !mayHoldCode(v.Type()) {
		return nil
	}
	st := b.vars[v]
	if st == nil {
		st = new(varState)
		b.vars[v] = st
	}
	return st
}

func mayHoldCode(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&(types.IsString|types.IsInteger) != 0
	case *types.Interface:
		return !types.Identical(t, errorType)
	}
	return false
}

// literalOf returns the composite literal e is, or that declares the
// variable e names.
func (b *builder) literalOf(e ast.Expr) *ast.CompositeLit {
	switch x := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return x
	case *ast.Ident:
		if v, ok := b.info.Uses[x].(*types.Var); ok {
			return b.lits[v]
		}
	}
	return nil
}

// ConstLit returns the string literal that declares the constant c in the
// package, or nil: the literal a fix edits.
func (m *Model) ConstLit(c *types.Const) *ast.BasicLit { return m.consts[c] }
