package arkretry

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"

	"github.com/arkvet/arkvet/internal/arksdk"
	"github.com/arkvet/arkvet/internal/handling"
)

// foreignNilPolicy reports an operation that calls Ark handed to a retry
// helper of another package of the program (the module's own retry.Do)
// with a policy that leaves its retry condition nil, or a nil condition
// (retry.Retry(ctx, 3, op, nil)), when the helper's
// loop skips a nil condition (if p.ShouldRetry != nil &&
// !p.ShouldRetry(err) { return err }) and so retries every error. It is
// nilPolicyEveryError for a helper out of view: without facts, the
// helper's body is read from the source file its export data names,
// parsed on its own, and judged by its syntax, the parameter and field
// names coming from the helper's types. Only a helper whose name or
// package name says it retries is read, once a call hands it such an
// operation and such a policy; a file that cannot be read is no finding.
func (j *judge) foreignNilPolicy(call *ast.CallExpr, op *handling.Func, ark *ast.CallExpr) bool {
	fn := arksdk.Callee(j.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == j.pass.Pkg || !handling.IsProgramPackage(fn.Pkg()) ||
		!j.helpers.match(fn.Name()) && !j.helpers.match(fn.Pkg().Name()) {
		return false
	}
	sig := fn.Signature()
	opParam := handling.ParamCalled(j.pass.TypesInfo, sig, call)
	for i := range sig.Params().Len() {
		p := sig.Params().At(i)
		if i >= len(call.Args) || p == opParam {
			continue
		}
		// The condition is the parameter itself, handed nil
		// (retry.Retry(ctx, 3, op, nil)), or a field of a policy that
		// leaves it unset.
		field, unset := "", isCondition(p.Type()) && j.pass.TypesInfo.Types[call.Args[i]].IsNil()
		if cond := retryCondition(p.Type()); cond != nil {
			arg := j.policyValue(call.Args[i], op.Outer)
			field, unset = cond.Name(), arg != nil && (j.unsetIn(arg, cond, false) || j.foreignUnset(arg, cond))
		}
		if !unset {
			continue
		}
		decl := j.foreignDecl(fn)
		readOnly := func(name string) bool {
			switch m, _, _ := types.LookupFieldOrMethod(p.Type(), true, fn.Pkg(), name); m := m.(type) {
			case *types.Var:
				return true // p.OnRetry(...): a field called, the policy unchanged
			case *types.Func:
				return readsOnly(m.Signature(), p.Type())
			}
			return false
		}
		if decl == nil || !skipsNilCondition(decl, p.Name(), field, readOnly) {
			continue
		}
		left := p.Name()
		if field != "" {
			left = field
		}
		j.report(ruleEveryError, call.Fun, nil, "%s",
			j.everyErrorMessage("this call leaves "+left+" nil, so the loop of "+calleeText(call)+" retries", arksdk.CalledName(ark), ark, true))
		return true
	}
	return false
}

// isCondition reports whether t is a retry condition: func(error) bool.
func isCondition(t types.Type) bool {
	sig, ok := t.Underlying().(*types.Signature)
	return ok && handling.ReturnsBool(sig) && sig.Params().Len() == 1 && handling.IsError(sig.Params().At(0).Type())
}

// retryCondition returns the field of the struct t (or *t) that holds a
// retry condition, a func(error) bool, or nil.
func retryCondition(t types.Type) *types.Var {
	st, ok := arksdk.StructOf(t)
	if !ok {
		return nil
	}
	for fld := range st.Fields() {
		if isCondition(fld.Type()) {
			return fld
		}
	}
	return nil
}

// foreignUnset reports whether e calls a function of another package with
// no arguments (retry.DefaultPolicy()) every return of which, read from
// its source, is a composite literal not setting the field cond.
func (j *judge) foreignUnset(e ast.Expr, cond *types.Var) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) > 0 {
		return false
	}
	fn := arksdk.Callee(j.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == j.pass.Pkg || fn.Pkg() != cond.Pkg() {
		return false
	}
	decl := j.foreignDecl(fn)
	if decl == nil || decl.Body == nil {
		return false
	}
	returns, unset := everyReturn(decl.Body, func(ret *ast.ReturnStmt) bool {
		return len(ret.Results) == 1 && literalLeaves(ret.Results[0], func(key *ast.Ident) bool { return key.Name == cond.Name() })
	})
	return unset && returns > 0
}

// literalLeaves reports whether e is a composite literal (or its address)
// with keys, none of which names the field (a positional literal sets
// every field).
func literalLeaves(e ast.Expr, names func(key *ast.Ident) bool) bool {
	lit := compositeOf(e)
	if lit == nil {
		return false
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return false
		}
		if id, ok := kv.Key.(*ast.Ident); ok && names(id) {
			return false
		}
	}
	return true
}

// compositeOf returns the composite literal e is, or whose address it
// takes (&Policy{...}), or nil.
func compositeOf(e ast.Expr) *ast.CompositeLit {
	if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = u.X
	}
	lit, _ := ast.Unparen(e).(*ast.CompositeLit)
	return lit
}

// foreignDecl returns the declaration of fn, a function of another
// package, parsed from the file its position names; nil when there is
// none to read (no position, a path not absolute, a file that does not
// parse). Each file is parsed once per package analyzed.
func (j *judge) foreignDecl(fn *types.Func) *ast.FuncDecl {
	pos := j.pass.Fset.Position(fn.Pos())
	if !pos.IsValid() || !filepath.IsAbs(pos.Filename) {
		return nil
	}
	file, seen := j.foreignFiles[pos.Filename]
	if !seen {
		file, _ = parser.ParseFile(token.NewFileSet(), pos.Filename, nil, parser.SkipObjectResolution)
		if j.foreignFiles == nil {
			j.foreignFiles = make(map[string]*ast.File)
		}
		j.foreignFiles[pos.Filename] = file
	}
	if file == nil {
		return nil
	}
	for _, d := range file.Decls {
		if d, ok := d.(*ast.FuncDecl); ok && d.Name.Name == fn.Name() && (d.Recv == nil) == (fn.Signature().Recv() == nil) && d.Body != nil {
			return d
		}
	}
	return nil
}

// skipsNilCondition reports whether decl, a helper's declaration, has a
// loop that decides on param.field (param itself when field is "") and
// skips it when it is nil, giving up
// only on what it rejects (if p.F != nil && !p.F(err) { return err }) or
// going round on what it accepts (if p.F == nil || p.F(err) { continue }),
// and never gives the condition a value of its own: nothing assigns
// param or param.field, takes param's address or calls a method on it
// that is not readOnly (p = p.withDefaults(), p.fill()).
func skipsNilCondition(decl *ast.FuncDecl, param, field string, readOnly func(method string) bool) bool {
	isField := func(e ast.Expr) bool {
		if field == "" {
			id, ok := ast.Unparen(e).(*ast.Ident)
			return ok && id.Name == param
		}
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != field {
			return false
		}
		x, ok := ast.Unparen(sel.X).(*ast.Ident)
		return ok && x.Name == param
	}
	isParam := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && id.Name == param
	}
	isNil := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && id.Name == "nil"
	}
	// nilTest reports whether e is param.field op nil.
	nilTest := func(e ast.Expr, op token.Token) bool {
		b, ok := ast.Unparen(e).(*ast.BinaryExpr)
		return ok && b.Op == op && (isField(b.X) && isNil(b.Y) || isNil(b.X) && isField(b.Y))
	}
	callsField := func(e ast.Expr, negated bool) bool {
		if negated {
			u, ok := ast.Unparen(e).(*ast.UnaryExpr)
			if !ok || u.Op != token.NOT {
				return false
			}
			e = u.X
		}
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		return ok && isField(call.Fun)
	}
	skips, defaults := false, false
	var loops int
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			loops++
			ast.Inspect(n, func(c ast.Node) bool {
				if c == n {
					return true
				}
				return visit(c)
			})
			loops--
			return false
		case *ast.IfStmt:
			if b, ok := ast.Unparen(n.Cond).(*ast.BinaryExpr); ok && loops > 0 {
				skips = skips ||
					b.Op == token.LAND && nilTest(b.X, token.NEQ) && callsField(b.Y, true) ||
					b.Op == token.LOR && nilTest(b.X, token.EQL) && callsField(b.Y, false)
			}
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				defaults = defaults || isParam(l) || isField(l)
			}
		case *ast.UnaryExpr:
			defaults = defaults || n.Op == token.AND && isParam(n.X)
		case *ast.CallExpr:
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && isParam(sel.X) && sel.Sel.Name != field && !readOnly(sel.Sel.Name) {
				defaults = true // a method of the policy: it may fill the condition in
			}
		}
		return true
	}
	ast.Inspect(decl.Body, visit)
	return skips && !defaults
}
