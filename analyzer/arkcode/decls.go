package arkcode

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/arkvet/arkvet/internal/arksdk"
)

// decls is what arkcode needs to know of the package's declarations and
// assignments, gathered in one walk the first time a check needs it (most
// packages compare codes through fields only and never do).
type decls struct {
	constLits map[*types.Const]*ast.BasicLit   // string constants declared by a literal
	lits      map[*types.Var]*ast.CompositeLit // variables declared by a composite literal (maps, slices)
	vars      map[*types.Var]*varState         // local variables and how they are assigned
}

// varState records how a local variable is assigned.
type varState struct {
	declared bool        // declared in a var or := statement (not a parameter, result or range variable)
	tainted  bool        // assigned something else than a code, or its address taken
	role     arksdk.Role // what every assignment assigned
}

// varRole returns what v holds when v is a local variable whose every
// assignment assigns a code (or "" or its zero value), or every one an
// error type: code := apiErr.Code; switch code { ... }.
func (d *decls) varRole(v *types.Var) arksdk.Role {
	if st := d.vars[v]; st != nil && st.declared && !st.tainted {
		return st.role
	}
	return arksdk.NoRole
}

func (c *checker) declsOf() *decls {
	if c.decls != nil {
		return c.decls
	}
	d := &decls{
		constLits: make(map[*types.Const]*ast.BasicLit),
		lits:      make(map[*types.Var]*ast.CompositeLit),
		vars:      make(map[*types.Var]*varState),
	}
	c.decls = d
	for n := range c.pkg.Inspector.PreorderSeq(
		(*ast.ValueSpec)(nil),
		(*ast.AssignStmt)(nil),
		(*ast.RangeStmt)(nil),
		(*ast.UnaryExpr)(nil),
		(*ast.IncDecStmt)(nil),
	) {
		switch n := n.(type) {
		case *ast.ValueSpec:
			c.valueSpec(n)
		case *ast.AssignStmt:
			c.assignStmt(n)
		case *ast.RangeStmt:
			c.taint(n.Key)
			c.taint(n.Value)
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				c.taint(n.X) // &code: anything may write it
			}
		case *ast.IncDecStmt:
			c.taint(n.X)
		}
	}
	return d
}

// valueSpec records a const or var declaration.
func (c *checker) valueSpec(spec *ast.ValueSpec) {
	for i, name := range spec.Names {
		var value ast.Expr
		if len(spec.Values) == len(spec.Names) {
			value = spec.Values[i]
		}
		switch obj := c.info.Defs[name].(type) {
		case *types.Const:
			if lit, ok := value.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				c.decls.constLits[obj] = lit
			}
		case *types.Var:
			c.define(obj, value)
			switch {
			case value != nil:
				c.assign(obj, value)
			case len(spec.Values) != 0:
				c.taintVar(obj) // var a, b = f()
			}
			// No value: the zero value, "", which is no code and no
			// wrong one.
		}
	}
}

// assignStmt records the variables an assignment defines or assigns.
func (c *checker) assignStmt(s *ast.AssignStmt) {
	for i, lhs := range s.Lhs {
		id, ok := ast.Unparen(lhs).(*ast.Ident)
		if !ok {
			continue
		}
		v, ok := c.info.ObjectOf(id).(*types.Var)
		if !ok {
			continue
		}
		if s.Tok == token.DEFINE && c.info.Defs[id] != nil {
			var value ast.Expr
			if len(s.Lhs) == len(s.Rhs) {
				value = s.Rhs[i]
			}
			c.define(v, value)
		}
		if (s.Tok == token.DEFINE || s.Tok == token.ASSIGN) && len(s.Lhs) == len(s.Rhs) {
			c.assign(v, s.Rhs[i])
		} else {
			c.taintVar(v) // code, err := f(); code += "x"
		}
	}
}

// define records v's declaration, in a function or at package level, with
// its initial value (nil when none or not its own).
func (c *checker) define(v *types.Var, value ast.Expr) {
	if lit, ok := ast.Unparen(value).(*ast.CompositeLit); ok {
		c.decls.lits[v] = lit
	}
	if v.Parent() == nil || v.Parent() == c.pass.Pkg.Scope() {
		return // package-level variables are never taken for codes
	}
	c.stateOf(v).declared = true
}

// assign records that value is assigned to v.
func (c *checker) assign(v *types.Var, value ast.Expr) {
	role := c.fieldRole(value)
	if role == arksdk.NoRole {
		if tv, ok := c.info.Types[value]; ok && tv.Value != nil &&
			tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == "" {
			return // code = "": no code, like the zero value
		}
		c.taintVar(v)
		return
	}
	st := c.stateOf(v)
	if st.role != arksdk.NoRole && st.role != role {
		st.tainted = true
	}
	st.role = role
}

// taint marks the variable e names, if any, as not only a code.
func (c *checker) taint(e ast.Expr) {
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		if v, ok := c.info.ObjectOf(id).(*types.Var); ok {
			c.taintVar(v)
		}
	}
}

func (c *checker) taintVar(v *types.Var) { c.stateOf(v).tainted = true }

func (c *checker) stateOf(v *types.Var) *varState {
	st := c.decls.vars[v]
	if st == nil {
		st = new(varState)
		c.decls.vars[v] = st
	}
	return st
}
