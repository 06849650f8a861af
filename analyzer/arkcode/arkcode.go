package arkcode

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"

	"go/constant"

	"golang.org/x/tools/go/analysis"

	"github.com/arkvet/arkvet/codes"
	"github.com/arkvet/arkvet/internal/arksdk"
	"github.com/arkvet/arkvet/internal/diag"
	"github.com/arkvet/arkvet/internal/handling"
)

//go:embed doc.go
var doc string

// Config configures an arkcode analyzer.
type Config struct {
	// Codes is the table codes are checked against; nil means
	// codes.Default(). The -arkcode.extra flag sets it to the default table
	// with a file's codes added.
	Codes *codes.Table
}

// Validate reports what is wrong with cfg: nothing can be, as its field's
// type makes it; the method is there so every analyzer is configured alike.
func (cfg Config) Validate() error { return nil }

// Analyzer is the arkcode analyzer with the default configuration.
var Analyzer = New(Config{})

// New returns an arkcode analyzer for cfg. Its flags set the fields of its
// own copy of cfg.
func New(cfg Config) *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name:     "arkcode",
		Doc:      diag.Doc(doc, "arkcode"),
		URL:      "https://pkg.go.dev/github.com/arkvet/arkvet/analyzer/arkcode",
		Requires: []*analysis.Analyzer{arksdk.Analyzer, handling.Analyzer},
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
	diag.CheckDirectivesOnce(pass)
	c := &checker{pass: pass, table: table, m: pass.ResultOf[handling.Analyzer].(*handling.Model)}
	// A list or map of codes may be tested in several places; each of its
	// elements is judged once. The values in one switch or literal are
	// taken: a fix must not write one of them, a duplicate does not compile.
	seen := make(map[ast.Expr]bool)
	taken := make(map[ast.Node]map[string]bool)
	for _, t := range c.m.Tests {
		if seen[t.Operand] || t.Value == nil || t.Value.Kind() != constant.String {
			continue
		}
		seen[t.Operand] = true
		op := c.operandOf(t)
		switch t.Role {
		case handling.Text:
			c.errorText(op)
		case arksdk.Code, arksdk.ErrType:
			how, ok := comparisonOf(t)
			if !ok {
				continue
			}
			if !c.atDeclaration(&op) {
				continue
			}
			var except map[string]bool
			if isConstantSet(t.Set) {
				if taken[t.Set] == nil {
					taken[t.Set] = valuesOf(c.m.Tests, t.Set)
				}
				except = taken[t.Set]
			}
			c.checkExcept(t.Role, how, op, except)
		}
	}
	c.codeLikeCases(taken)
	return nil
}

// atDeclaration moves op, a constant of this package declared with a
// literal, to that literal: one mistake however often it is compared,
// reported once, where the fix edits it. It reports false when the
// constant was reported already.
func (c *checker) atDeclaration(op *operand) bool {
	if op.constant == nil || op.lit == nil || op.lit == op.node {
		return true
	}
	if c.seenConsts[op.constant] {
		return false
	}
	if c.seenConsts == nil {
		c.seenConsts = make(map[*types.Const]bool)
	}
	c.seenConsts[op.constant] = true
	op.node, op.listed = op.lit, false
	return true
}

// codeLikeCases reports the misspelt codes among the cases of a switch
// that the model takes for one on codes by its other cases (two or more
// known codes, on a string parameter of the function): only a value near
// a code, with a suggestion, since nothing says the switch holds nothing
// but codes.
func (c *checker) codeLikeCases(taken map[ast.Node]map[string]bool) {
	for _, t := range c.m.CodeLikeCases {
		op := c.operandOf(t)
		if op.value == "" {
			continue
		}
		v := c.codeVerdict(equal, op.value)
		if v.fix == "" || v.category != categoryUnknownCode || !c.atDeclaration(&op) {
			continue
		}
		if taken[t.Set] == nil {
			taken[t.Set] = valuesOf(c.m.CodeLikeCases, t.Set)
		}
		c.checkExcept(t.Role, equal, op, taken[t.Set])
	}
}

// checker holds what one run over one package needs.
type checker struct {
	pass  *analysis.Pass
	table *codes.Table
	m     *handling.Model

	tableCodes []*codes.Code         // the table's codes, for EqualFold; listed on first need
	seenConsts map[*types.Const]bool // the package's constants reported (atDeclaration)
}

// isConstantSet reports whether set is a tagged switch or a composite
// literal, whose values a fix must not duplicate. The cases of a tagless
// switch are comparisons, which may repeat a value.
func isConstantSet(set ast.Node) bool {
	switch s := set.(type) {
	case *ast.SwitchStmt:
		return s.Tag != nil
	case *ast.CompositeLit:
		return true
	}
	return false
}

// comparisonOf says how t compares its value with a code. A prefix,
// suffix or substring of a code that was lower- or upper-cased first is not
// judged: the table's spelling is not the code's then.
func comparisonOf(t *handling.Test) (comparison, bool) {
	switch t.Op {
	case handling.Equal, handling.NotEqual:
		if t.Fold {
			return equalFold, true
		}
		return equal, true
	case handling.Prefix:
		return hasPrefix, !t.Fold
	case handling.Suffix:
		return hasSuffix, !t.Fold
	case handling.Contains:
		return contains, !t.Fold
	}
	return 0, false
}

// valuesOf returns the string values tests read from the switch or
// literal set.
func valuesOf(tests []*handling.Test, set ast.Node) map[string]bool {
	out := make(map[string]bool)
	for _, t := range tests {
		if t.Set == set && t.Value != nil && t.Value.Kind() == constant.String {
			out[constant.StringVal(t.Value)] = true
		}
	}
	return out
}

// operand is a string constant compared with a code.
type operand struct {
	node  ast.Expr      // where it is written: reported here
	value string        // its value
	lit   *ast.BasicLit // the literal a fix edits: node itself, or the declaration of a constant of this package; nil if none
	// listed says node is one of a list of codes compared together, a
	// tagged switch's case or a slice's element, where a fix may add a
	// code beside it.
	listed bool
	// constant is the named constant node denotes, nil for a literal;
	// name is how the code names it (codeRPM, names.Overloaded), for the
	// message.
	constant *types.Const
	name     string
	// fold says case does not matter to the comparison: strings.EqualFold,
	// or a code lower- or upper-cased first. A fix then keeps the case the
	// literal is written in, which a lowered code needs to match.
	fold bool
}

// operandOf returns the operand of t, with the literal a fix would edit.
func (c *checker) operandOf(t *handling.Test) operand {
	op := operand{node: t.Operand, value: constant.StringVal(t.Value), fold: t.Fold}
	var id *ast.Ident
	switch e := t.Operand.(type) {
	case *ast.BasicLit:
		if e.Kind == token.STRING {
			op.lit = e
		}
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr: // pkg.Const: another package's, so ConstLit finds none
		id = e.Sel
	}
	if k, ok := c.pass.TypesInfo.Uses[id].(*types.Const); ok && id != nil {
		op.constant, op.name = k, k.Name()
		if sel, isSel := t.Operand.(*ast.SelectorExpr); isSel {
			if x, isID := sel.X.(*ast.Ident); isID {
				op.name = x.Name + "." + k.Name()
			}
		}
		if k.Pkg() == c.pass.Pkg {
			op.lit = c.m.ConstLit(k)
		}
	}
	switch set := t.Set.(type) {
	case *ast.SwitchStmt:
		op.listed = set.Tag != nil
	case *ast.CompositeLit:
		_, isMap := c.pass.TypesInfo.TypeOf(set).Underlying().(*types.Map)
		op.listed = !isMap
	}
	return op
}

// codeList returns the table's codes.
func (c *checker) codeList() []*codes.Code {
	if c.tableCodes == nil {
		c.tableCodes = c.table.Codes()
	}
	return c.tableCodes
}
