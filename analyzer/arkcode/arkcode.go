package arkcode

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/arkvet/arkvet/codes"
	"github.com/arkvet/arkvet/internal/arksdk"
	"github.com/arkvet/arkvet/internal/diag"
)

// Config configures an arkcode analyzer.
type Config struct {
	// Codes is the table codes are checked against; nil means
	// codes.Default(). The -arkcode.extra flag sets it to the default table
	// with a file's codes added.
	Codes *codes.Table
}

// Analyzer is the arkcode analyzer with the default configuration.
var Analyzer = New(Config{})

// New returns an arkcode analyzer for cfg. Its flags set the fields of its
// own copy of cfg.
func New(cfg Config) *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name:     "arkcode",
		Doc:      Doc,
		URL:      "https://pkg.go.dev/github.com/arkvet/arkvet/analyzer/arkcode",
		Requires: []*analysis.Analyzer{arksdk.Analyzer},
	}
	c := &cfg
	a.Flags.Var(codes.NewTableFlag(&c.Codes), "extra",
		"a file of extra Ark error codes, in the format of the built-in table, for codes Ark sends that the table lacks")
	a.Run = func(pass *analysis.Pass) (any, error) {
		table := c.Codes
		if table == nil {
			table = codes.Default()
		}
		return nil, run(pass, table)
	}
	return a
}

func run(pass *analysis.Pass, table *codes.Table) error {
	pkg := pass.ResultOf[arksdk.Analyzer].(*arksdk.Package)
	if !pkg.Reaches() {
		return nil
	}
	diag.CheckDirectives(pass)

	c := &checker{pass: pass, info: pass.TypesInfo, table: table, pkg: pkg}
	for n := range pkg.Inspector.PreorderSeq(
		(*ast.BinaryExpr)(nil),
		(*ast.SwitchStmt)(nil),
		(*ast.CallExpr)(nil),
		(*ast.IndexExpr)(nil),
	) {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			c.binary(n)
		case *ast.SwitchStmt:
			c.switchStmt(n)
		case *ast.CallExpr:
			c.call(n)
		case *ast.IndexExpr:
			c.index(n)
		}
	}
	return nil
}

// checker holds what one run over one package needs.
type checker struct {
	pass  *analysis.Pass
	info  *types.Info
	table *codes.Table
	pkg   *arksdk.Package

	decls      *decls                     // built on first need
	openAIArk  int8                       // 0: not yet known; 1: OpenAI errors come from Ark; -1: they do not
	litsSeen   map[*ast.CompositeLit]bool // map and slice literals whose elements were checked
	tableCodes []*codes.Code              // the table's codes, for EqualFold; listed on first need
}

// binary checks code == "..." and code != "...", either way round. A
// tagless switch's case c == "..." is such an expression too.
func (c *checker) binary(e *ast.BinaryExpr) {
	if e.Op != token.EQL && e.Op != token.NEQ {
		return
	}
	c.compare(e.X, e.Y, equal)
	c.compare(e.Y, e.X, equal)
}

// switchStmt checks the cases of a switch on a code.
func (c *checker) switchStmt(s *ast.SwitchStmt) {
	if s.Tag == nil {
		return
	}
	role := c.roleOf(s.Tag)
	if role == arksdk.NoRole {
		return
	}
	var cases []ast.Expr
	for _, stmt := range s.Body.List {
		if clause, ok := stmt.(*ast.CaseClause); ok {
			cases = append(cases, clause.List...)
		}
	}
	c.checkSet(role, cases)
}

// call checks the strings and slices functions that compare a code.
func (c *checker) call(call *ast.CallExpr) {
	fn := typeutil.StaticCallee(c.info, call)
	if fn == nil || fn.Pkg() == nil || len(call.Args) != 2 {
		return
	}
	switch fn.Pkg().Path() + "." + fn.Name() {
	case "strings.EqualFold":
		c.compare(call.Args[0], call.Args[1], equalFold)
		c.compare(call.Args[1], call.Args[0], equalFold)
	case "strings.HasPrefix":
		c.compare(call.Args[0], call.Args[1], hasPrefix)
	case "strings.HasSuffix":
		c.compare(call.Args[0], call.Args[1], hasSuffix)
	case "strings.Contains":
		if c.isErrorText(call.Args[0]) {
			c.errorText(call.Args[1])
			return
		}
		c.compare(call.Args[0], call.Args[1], contains)
	case "slices.Contains":
		role := c.roleOf(call.Args[1])
		if role == arksdk.NoRole {
			return
		}
		list := c.literalOf(call.Args[0])
		if list == nil {
			return
		}
		if _, ok := typeOf(c.info, list).Underlying().(*types.Slice); !ok {
			return
		}
		c.checkSet(role, list.Elts)
	}
}

// index checks the keys of a map literal, or of a map variable declared by
// one, indexed with a code: map[string]T{"Code": ...}[apiErr.Code].
func (c *checker) index(e *ast.IndexExpr) {
	role := c.roleOf(e.Index)
	if role == arksdk.NoRole {
		return
	}
	lit := c.literalOf(e.X)
	if lit == nil {
		return
	}
	if _, ok := typeOf(c.info, lit).Underlying().(*types.Map); !ok {
		return
	}
	var keys []ast.Expr
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			keys = append(keys, kv.Key)
		}
	}
	c.checkSet(role, keys)
}

// checkSet checks the string constants among exprs, the cases of one
// switch or the keys of one map literal, each compared for equality. A fix
// that would write a value another of them already has is not offered: a
// duplicate case or map key does not compile.
func (c *checker) checkSet(role arksdk.Role, exprs []ast.Expr) {
	var ops []operand
	taken := make(map[string]bool)
	for _, e := range exprs {
		if op, ok := c.constString(e); ok {
			ops = append(ops, op)
			taken[op.value] = true
		}
	}
	for _, op := range ops {
		c.checkExcept(role, equal, op, taken)
	}
}

// literalOf returns the composite literal e is, or that declares the
// variable e names, unless its elements were checked already: a map or list
// looked up twice is reported once.
func (c *checker) literalOf(e ast.Expr) *ast.CompositeLit {
	var lit *ast.CompositeLit
	switch x := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		lit = x
	case *ast.Ident:
		if v, ok := c.info.Uses[x].(*types.Var); ok {
			lit = c.declsOf().lits[v]
		}
	}
	if lit == nil || c.litsSeen[lit] {
		return nil
	}
	if c.litsSeen == nil {
		c.litsSeen = make(map[*ast.CompositeLit]bool)
	}
	c.litsSeen[lit] = true
	return lit
}

// compare checks value against the code or type that x holds, if x holds
// one and value is a string constant.
func (c *checker) compare(x, value ast.Expr, how comparison) {
	op, ok := c.constString(value) // first: the cheaper test, and the rarer
	if !ok {
		return
	}
	if role := c.roleOf(x); role != arksdk.NoRole {
		c.check(role, how, op)
	}
}

// codeList returns the table's codes.
func (c *checker) codeList() []*codes.Code {
	if c.tableCodes == nil {
		c.tableCodes = c.table.Codes()
	}
	return c.tableCodes
}

// typeOf returns the type of e, or an invalid type when it has none.
func typeOf(info *types.Info, e ast.Expr) types.Type {
	if t := info.TypeOf(e); t != nil {
		return t
	}
	return types.Typ[types.Invalid]
}
