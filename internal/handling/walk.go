package handling

import "go/ast"

// walker visits the syntax of a package's files in the order of ast.Walk,
// with the stack of each node's ancestors (the node last), calling pre on
// the way down and, for the nodes pre descends into, post on the way up.
//
// It is ast.Inspect less what the model never looks at, and both of the
// model's walks run on it: identifiers and basic literals, half of all
// nodes, are leaves read through their parents, so pre is not called for
// them; comments and methods' receivers are skipped; and so is syntax that
// only spells a type or an import (isTypeSyntax). On code that does
// nothing but handle Ark errors it takes a tenth off the model's time
// (PERFORMANCE.md).
type walker struct {
	pre   func(n ast.Node, stack []ast.Node) (descend bool)
	post  func(n ast.Node) // nil for none
	stack []ast.Node
}

// files walks every file in order.
func (w *walker) files(files []*ast.File) {
	for _, f := range files {
		w.node(f)
	}
}

func (w *walker) node(n ast.Node) {
	if isTypeSyntax(n) {
		return
	}
	w.stack = append(w.stack, n)
	if w.pre(n, w.stack) {
		w.children(n)
		if w.post != nil {
			w.post(n)
		}
	}
	w.stack = w.stack[:len(w.stack)-1]
}

// expr walks e unless it is nil or a leaf.
func (w *walker) expr(e ast.Expr) {
	switch e.(type) {
	case nil, *ast.Ident, *ast.BasicLit, *ast.BadExpr:
		return
	}
	w.node(e)
}

func (w *walker) exprs(list []ast.Expr) {
	for _, e := range list {
		w.expr(e)
	}
}

func (w *walker) stmt(s ast.Stmt) {
	if s != nil {
		w.node(s)
	}
}

func (w *walker) stmts(list []ast.Stmt) {
	for _, s := range list {
		w.node(s)
	}
}

// children walks n's children in the order of ast.Walk.
func (w *walker) children(n ast.Node) {
	switch n := n.(type) {
	// Expressions.
	case *ast.Ellipsis:
		w.expr(n.Elt)
	case *ast.FuncLit:
		w.node(n.Body) // its type is type syntax
	case *ast.CompositeLit:
		w.expr(n.Type)
		w.exprs(n.Elts)
	case *ast.ParenExpr:
		w.expr(n.X)
	case *ast.SelectorExpr:
		w.expr(n.X)
	case *ast.IndexExpr:
		w.expr(n.X)
		w.expr(n.Index)
	case *ast.IndexListExpr:
		w.expr(n.X)
		w.exprs(n.Indices)
	case *ast.SliceExpr:
		w.expr(n.X)
		w.expr(n.Low)
		w.expr(n.High)
		w.expr(n.Max)
	case *ast.TypeAssertExpr:
		w.expr(n.X)
		w.expr(n.Type)
	case *ast.CallExpr:
		w.expr(n.Fun)
		w.exprs(n.Args)
	case *ast.StarExpr:
		w.expr(n.X)
	case *ast.UnaryExpr:
		w.expr(n.X)
	case *ast.BinaryExpr:
		w.expr(n.X)
		w.expr(n.Y)
	case *ast.KeyValueExpr:
		w.expr(n.Key)
		w.expr(n.Value)
	case *ast.ArrayType:
		w.expr(n.Len)
		w.expr(n.Elt)
	case *ast.MapType:
		w.expr(n.Key)
		w.expr(n.Value)
	case *ast.ChanType:
		w.expr(n.Value)

	// Statements.
	case *ast.DeclStmt:
		w.node(n.Decl)
	case *ast.LabeledStmt:
		w.stmt(n.Stmt)
	case *ast.ExprStmt:
		w.expr(n.X)
	case *ast.SendStmt:
		w.expr(n.Chan)
		w.expr(n.Value)
	case *ast.IncDecStmt:
		w.expr(n.X)
	case *ast.AssignStmt:
		w.exprs(n.Lhs)
		w.exprs(n.Rhs)
	case *ast.GoStmt:
		w.node(n.Call)
	case *ast.DeferStmt:
		w.node(n.Call)
	case *ast.ReturnStmt:
		w.exprs(n.Results)
	case *ast.BlockStmt:
		w.stmts(n.List)
	case *ast.IfStmt:
		w.stmt(n.Init)
		w.expr(n.Cond)
		w.node(n.Body)
		w.stmt(n.Else)
	case *ast.CaseClause:
		w.exprs(n.List)
		w.stmts(n.Body)
	case *ast.SwitchStmt:
		w.stmt(n.Init)
		w.expr(n.Tag)
		w.node(n.Body)
	case *ast.TypeSwitchStmt:
		w.stmt(n.Init)
		w.stmt(n.Assign)
		w.node(n.Body)
	case *ast.CommClause:
		w.stmt(n.Comm)
		w.stmts(n.Body)
	case *ast.SelectStmt:
		w.node(n.Body)
	case *ast.ForStmt:
		w.stmt(n.Init)
		w.expr(n.Cond)
		w.stmt(n.Post)
		w.node(n.Body)
	case *ast.RangeStmt:
		w.expr(n.Key)
		w.expr(n.Value)
		w.expr(n.X)
		w.node(n.Body)

	// Declarations.
	case *ast.ValueSpec:
		w.expr(n.Type)
		w.exprs(n.Values)
	case *ast.GenDecl: // const or var: isTypeSyntax left out the others
		for _, s := range n.Specs {
			w.node(s)
		}
	case *ast.FuncDecl:
		if n.Body != nil {
			w.node(n.Body) // its receiver and type are type syntax
		}
	case *ast.File:
		for _, d := range n.Decls {
			w.node(d)
		}
	}
}
