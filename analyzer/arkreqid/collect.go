package arkreqid

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/arkvet/arkvet/internal/arksdk"
)

// unit is what one walk over a top-level declaration collects: the errors
// Ark error values were taken from, what each local variable was assigned,
// the logging calls and the new errors. decide judges them afterwards, so
// that the body is walked once.
type unit struct {
	pass    *analysis.Pass
	info    *types.Info
	loggers *loggers

	sawField bool                      // some Ark error's field is read: without one there is nothing to report
	origins  map[types.Object]bool     // err in errors.As(err, &apiErr), err.(*model.APIError), switch err.(type)
	assigns  map[*types.Var][]ast.Expr // every value assigned to each local variable
	memo     map[*types.Var]taint      // taint of each local, once computed
	calls    []logCall                 // logging calls
	newErrs  []ast.Expr                // fmt.Errorf and errors.New calls, composite literals

	wrappers     map[*types.Func]bool // the package's functions that hand their arguments to a logger
	wrapperNames map[string]bool

	cur       taint               // the taint eval is building
	visitFn   func(ast.Node) bool // u.visit, bound once
	collectFn func(ast.Node) bool // u.collectNode, bound once
}

type logCall struct {
	call *ast.CallExpr
	fn   logFunc
}

func newUnit(pass *analysis.Pass, l *loggers) *unit {
	u := &unit{
		pass:    pass,
		info:    pass.TypesInfo,
		loggers: l,
		origins: make(map[types.Object]bool),
		assigns: make(map[*types.Var][]ast.Expr),
		memo:    make(map[*types.Var]taint),
	}
	u.visitFn = u.visit
	u.collectFn = u.collectNode
	return u
}

func (u *unit) reset() {
	u.sawField = false
	clear(u.origins)
	clear(u.assigns)
	clear(u.memo)
	u.calls = u.calls[:0]
	u.newErrs = u.newErrs[:0]
}

// collect walks decl, a package-level declaration, once; a function's
// nodes come from the model instead (handling.Func.Flows).
func (u *unit) collect(decl ast.Decl) { ast.Inspect(decl, u.collectFn) }

// collectNode is collect's visitor.
func (u *unit) collectNode(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.CallExpr:
		u.collectCall(n)
	case *ast.CompositeLit:
		// Whether its type is an error is asked only if a field is read.
		u.newErrs = append(u.newErrs, n)
	case *ast.SelectorExpr:
		if !u.sawField {
			if f, ok := arksdk.FieldOf(u.info, n); ok && f.Kind.HasRequestID() && f.Role.Detail() {
				u.sawField = true
			}
		}
	case *ast.TypeAssertExpr: // err.(*model.APIError)
		if n.Type != nil && arksdk.KindOf(u.info.TypeOf(n.Type)).HasRequestID() {
			u.addOrigin(n.X)
		}
	case *ast.TypeSwitchStmt: // switch e := err.(type) { case *model.APIError: }
		if x := typeSwitchSubject(n); x != nil && u.switchesOnArkError(n) {
			u.addOrigin(x)
		}
	case *ast.AssignStmt:
		if n.Tok != token.DEFINE && n.Tok != token.ASSIGN && n.Tok != token.ADD_ASSIGN {
			break
		}
		for i, l := range n.Lhs {
			u.collectAssign(l, i, len(n.Lhs), n.Rhs)
		}
	case *ast.ValueSpec:
		for i, id := range n.Names {
			u.collectAssign(id, i, len(n.Names), n.Values)
		}
	}
	return true
}

func (u *unit) collectCall(call *ast.CallExpr) {
	// A logger interface's method is called with something to log: no
	// err.Error() is resolved for it.
	if name := arksdk.CalledName(call); !u.loggers.names[name] && !(levelNames[name] && len(call.Args) > 0) && !u.wrapperNames[name] {
		return
	}
	fn, ok := calleeFunc(u.info, call)
	if !ok {
		return
	}
	switch {
	case isFunc(fn, "errors", "As") && len(call.Args) == 2:
		// errors.As(err, &apiErr): err is where an Ark error came from.
		if ptr, ok := types.Unalias(u.info.TypeOf(call.Args[1])).(*types.Pointer); ok &&
			arksdk.KindOf(ptr.Elem()).HasRequestID() {
			u.addOrigin(call.Args[0])
		}
	case isNewError(fn):
		u.newErrs = append(u.newErrs, call)
	default:
		if f, ok := u.loggers.lookup(fn); ok && (!f.stdio || u.writesToStdio(call)) {
			u.calls = append(u.calls, logCall{call, f})
		} else if !ok && (u.wrappers[fn.Origin()] || isLogMethod(fn)) {
			u.calls = append(u.calls, logCall{call, logFunc{}}) // no fix: the idiom is not known
		}
	}
}

// calleeFunc returns the function or method that call calls statically, or
// the interface method it calls dynamically.
func calleeFunc(info *types.Info, call *ast.CallExpr) (*types.Func, bool) {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	return fn, ok && fn.Pkg() != nil
}

// isNewError reports whether fn builds a new error from a message:
// fmt.Errorf or errors.New.
func isNewError(fn *types.Func) bool {
	return isFunc(fn, "fmt", "Errorf") || isFunc(fn, "errors", "New")
}

func isFunc(fn *types.Func, path, name string) bool {
	return fn.Name() == name && fn.Pkg() != nil && fn.Pkg().Path() == path && fn.Signature().Recv() == nil
}

// writesToStdio reports whether a fmt.Fprint* call writes to os.Stdout or
// os.Stderr: only then is it a log line rather than output.
func (u *unit) writesToStdio(call *ast.CallExpr) bool {
	if len(call.Args) == 0 {
		return false
	}
	var id *ast.Ident
	switch w := ast.Unparen(call.Args[0]).(type) {
	case *ast.SelectorExpr:
		id = w.Sel
	case *ast.Ident:
		id = w
	default:
		return false
	}
	v, ok := u.info.Uses[id].(*types.Var)
	return ok && v.Pkg() != nil && v.Pkg().Path() == "os" && (v.Name() == "Stdout" || v.Name() == "Stderr")
}

// isErrorLiteral reports whether lit builds a value of a named error type
// (T or *T implements error) other than the SDKs' own.
func (u *unit) isErrorLiteral(lit *ast.CompositeLit) bool {
	t := u.info.TypeOf(lit)
	if t == nil {
		return false
	}
	if _, ok := types.Unalias(t).(*types.Named); !ok || arksdk.KindOf(t) != arksdk.NotAnError {
		return false
	}
	return types.Implements(t, errorIface) || types.Implements(types.NewPointer(t), errorIface)
}

// addOrigin records x, the error an Ark error value was taken from: its
// text includes the request ID too.
func (u *unit) addOrigin(x ast.Expr) {
	if id, ok := ast.Unparen(x).(*ast.Ident); ok {
		if obj := u.info.Uses[id]; obj != nil {
			u.origins[obj] = true
		}
	}
}

func typeSwitchSubject(s *ast.TypeSwitchStmt) ast.Expr {
	var e ast.Expr
	switch a := s.Assign.(type) {
	case *ast.ExprStmt:
		e = a.X
	case *ast.AssignStmt:
		if len(a.Rhs) == 1 {
			e = a.Rhs[0]
		}
	}
	if ta, ok := e.(*ast.TypeAssertExpr); ok {
		return ta.X
	}
	return nil
}

func (u *unit) switchesOnArkError(s *ast.TypeSwitchStmt) bool {
	for _, stmt := range s.Body.List {
		if cc, ok := stmt.(*ast.CaseClause); ok {
			for _, t := range cc.List {
				if arksdk.KindOf(u.info.TypeOf(t)).HasRequestID() {
					return true
				}
			}
		}
	}
	return false
}

// collectAssign records what l, the i-th of n targets of an assignment from
// rhs, is assigned when l is a local variable. In a, b := f() each takes from
// the call; in v, ok := m[k] only v does.
func (u *unit) collectAssign(l ast.Expr, i, n int, rhs []ast.Expr) {
	var r ast.Expr
	switch {
	case n == len(rhs):
		r = rhs[i]
	case len(rhs) == 1:
		if _, isCall := ast.Unparen(rhs[0]).(*ast.CallExpr); isCall || i == 0 {
			r = rhs[0]
		}
	}
	if r == nil {
		return
	}
	if v := u.localVar(l); v != nil {
		u.assigns[v] = append(u.assigns[v], r)
	}
}

// localVar returns the local variable that an assignment to l writes: l
// itself, or the map or slice in l[k] = v.
func (u *unit) localVar(l ast.Expr) *types.Var {
	l = ast.Unparen(l)
	if ix, ok := l.(*ast.IndexExpr); ok {
		l = ast.Unparen(ix.X)
	}
	id, ok := l.(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := u.info.ObjectOf(id).(*types.Var)
	if !ok || v.IsField() || v.Parent() == nil || v.Parent() == u.pass.Pkg.Scope() {
		return nil
	}
	return v
}
