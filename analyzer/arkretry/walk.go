package arkretry

import (
	"go/ast"
	"go/token"
	"go/types"
	"regexp"

	"github.com/arkvet/arkvet/codes"
	"golang.org/x/tools/go/analysis"
)

// walker is the state of the one walk over a package's syntax.
type walker struct {
	pass    *analysis.Pass
	info    *types.Info
	cls     *classes
	helpers *regexp.Regexp

	// lits holds the map and slice literals that declare variables: a set
	// or list of codes may be declared once and used in many functions.
	lits map[types.Object]ast.Expr

	frames []*frame // the functions the walk is in, innermost last
	top    *frame   // frames[len(frames)-1], nil outside functions
	unit   *unit    // the top-level declaration the walk is in

	handles429 bool            // something in the package handles a 429 (rule 4)
	retryOff   []*ast.CallExpr // WithRetryTimes(0)
}

// unit is a top-level function with the functions nested in it: the scope
// in which a status check or a helper call covers a classification.
type unit struct {
	groups  []*group
	handled map[key]bool // errors whose status or type is checked against 429
	helper  bool         // an error is handed to a retry helper
}

// frame is what the walk found in one function body (a FuncDecl or
// FuncLit), judged when the walk leaves it.
type frame struct {
	depth     int  // index of the function node in the walk's stack
	predicate bool // returns bool and is a retry predicate

	groups map[key]*group // code comparisons by error
	order  []*group       // groups in the order of their first comparison

	tests    []*test429                   // status and type checks against 429
	branches map[ast.Node]*branch         // what the bodies of ifs and cases do
	condCode map[ast.Node]bool            // conditions that also check a code or call a helper
	excluded map[key]map[*codes.Code]bool // slow 429 codes each error is checked for

	loops    []ast.Node  // for and range statements
	arkCalls []token.Pos // calls that send a request to Ark

	codeVars  map[types.Object]errField // local variables holding an error's code
	recvErr   map[types.Object]bool     // error variables last assigned by a stream's Recv
	midstream map[types.Object]bool     // Ark errors taken from such an error
}

// test429 is a check of an error's status (or type) against 429.
type test429 struct {
	node  ast.Node
	field errField
	cond  cond // direct and owned: the owner's branch is taken on a 429
}

// branch is what the body of an if or a case does.
type branch struct {
	continues   bool // continues a loop
	waits       bool // sleeps or waits on a timer
	returnsTrue bool // returns true from a predicate
}

func newWalker(pass *analysis.Pass, cls *classes, helpers *regexp.Regexp) *walker {
	w := &walker{pass: pass, info: pass.TypesInfo, cls: cls, helpers: helpers, lits: make(map[types.Object]ast.Expr)}
	// Package-level sets of codes may be declared after (or in another
	// file than) the functions that use them; their declarations are few.
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.VAR {
				for _, spec := range gd.Specs {
					w.valueSpec(spec.(*ast.ValueSpec))
				}
			}
		}
	}
	return w
}

func (w *walker) visit(n ast.Node, push bool, stack []ast.Node) bool {
	switch n := n.(type) {
	case *ast.FuncDecl, *ast.FuncLit:
		if push {
			w.enter(n, stack)
		} else {
			w.leave()
		}
		return true
	}
	if !push {
		return true
	}
	if call, ok := n.(*ast.CallExpr); ok {
		w.retryOption(call) // also at package level: var client = NewClientWithApiKey(...)
	}
	if w.top == nil {
		return true
	}
	switch n := n.(type) {
	case *ast.BinaryExpr:
		w.comparison(n, stack)
	case *ast.SwitchStmt:
		w.switchStmt(n)
	case *ast.TypeSwitchStmt:
		w.typeSwitch(n)
	case *ast.CallExpr:
		w.call(n, stack)
	case *ast.IndexExpr:
		w.index(n, stack)
	case *ast.AssignStmt:
		w.assign(n)
	case *ast.ValueSpec:
		w.valueSpec(n)
	case *ast.ReturnStmt:
		if w.top.predicate && len(n.Results) == 1 && w.isTrue(n.Results[0]) {
			w.markBranches(stack, false, nil, func(b *branch) { b.returnsTrue = true })
		}
	case *ast.BranchStmt:
		if n.Tok == token.CONTINUE {
			w.markBranches(stack, true, n.Label, func(b *branch) { b.continues = true })
		}
	case *ast.ForStmt, *ast.RangeStmt:
		w.top.loops = append(w.top.loops, n)
	}
	return true
}

// enter starts a function, and a unit when it is a top-level one.
func (w *walker) enter(fn ast.Node, stack []ast.Node) {
	if w.top == nil {
		w.unit = new(unit)
	}
	// The frame's maps are made on first write: most functions compare
	// no code and check no status.
	f := &frame{depth: len(stack) - 1, predicate: w.isPredicate(fn, stack)}
	w.frames = append(w.frames, f)
	w.top = f
}

// leave judges the function the walk leaves, and its unit when that ends.
func (w *walker) leave() {
	f := w.top
	w.judgeRetries(f)
	w.unit.groups = append(w.unit.groups, f.order...)
	w.frames = w.frames[:len(w.frames)-1]
	w.top = nil
	if len(w.frames) > 0 {
		w.top = w.frames[len(w.frames)-1]
		return
	}
	for _, g := range w.unit.groups {
		w.judgeGroup(g)
	}
	w.unit = nil
}

// isPredicate reports whether fn is a retry predicate: a function returning
// just a bool that is named like a retry helper, or a func literal handed
// to a call (a retry library's predicate) or stored under such a name.
func (w *walker) isPredicate(fn ast.Node, stack []ast.Node) bool {
	switch fn := fn.(type) {
	case *ast.FuncDecl:
		obj, ok := w.info.Defs[fn.Name].(*types.Func)
		return ok && returnsBool(obj.Signature()) && w.helpers.MatchString(fn.Name.Name)
	case *ast.FuncLit:
		sig, ok := w.info.TypeOf(fn).(*types.Signature)
		if !ok || !returnsBool(sig) || len(stack) < 2 {
			return false
		}
		switch p := stack[len(stack)-2].(type) {
		case *ast.CallExpr:
			return p.Fun != fn
		case *ast.KeyValueExpr: // retry.Options{ShouldRetry: func(...) bool {...}}
			id, ok := p.Key.(*ast.Ident)
			return ok && p.Value == fn && w.helpers.MatchString(id.Name)
		case *ast.AssignStmt:
			for i, rhs := range p.Rhs {
				if rhs == fn && i < len(p.Lhs) {
					id, ok := p.Lhs[i].(*ast.Ident)
					return ok && w.helpers.MatchString(id.Name)
				}
			}
		case *ast.ValueSpec:
			for i, v := range p.Values {
				if v == fn && i < len(p.Names) {
					return w.helpers.MatchString(p.Names[i].Name)
				}
			}
		}
	}
	return false
}

func returnsBool(sig *types.Signature) bool {
	if sig.Results().Len() != 1 {
		return false
	}
	b, ok := sig.Results().At(0).Type().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Bool
}

// markBranches calls set for the branch of every if body and case clause
// that holds the node on top of stack, within the current function. With
// toLoop, it stops at the loop a continue (with label) goes round.
func (w *walker) markBranches(stack []ast.Node, toLoop bool, label *ast.Ident, set func(*branch)) {
	for i := len(stack) - 2; i > w.top.depth; i-- {
		switch p := stack[i].(type) {
		case *ast.IfStmt:
			if stack[i+1] == p.Body {
				set(w.top.branch(p))
			}
		case *ast.CaseClause:
			if _, isStmt := stack[i+1].(ast.Stmt); isStmt {
				set(w.top.branch(p))
			}
		case *ast.ForStmt, *ast.RangeStmt:
			if toLoop && label == nil {
				return
			}
		case *ast.LabeledStmt:
			if toLoop && label != nil && p.Label.Name == label.Name {
				return
			}
		}
	}
}

// put sets m[k] = v, making the map on first use.
func put[K comparable, V any](m *map[K]V, k K, v V) {
	if *m == nil {
		*m = make(map[K]V)
	}
	(*m)[k] = v
}

func (f *frame) branch(n ast.Node) *branch {
	b := f.branches[n]
	if b == nil {
		b = new(branch)
		put(&f.branches, n, b)
	}
	return b
}

// cond is where an expression sits in a condition.
type cond struct {
	// owner is the statement whose condition holds the expression: an
	// IfStmt, a case clause, or a return statement; nil for none.
	owner ast.Node
	// direct: only &&, || and parentheses lie between, so the owner's
	// condition holds when the expression does.
	direct bool
	chain  *ast.IfStmt     // the first if of the owner's else-if chain
	sw     *ast.SwitchStmt // the switch of the owner's case clause
}

// condOf returns where the expression on top of stack sits in a condition,
// looking no further up than the function at stop.
func condOf(stack []ast.Node, stop int) cond {
	direct := true
	child := stack[len(stack)-1]
	for i := len(stack) - 2; i > stop; i-- {
		switch p := stack[i].(type) {
		case *ast.ParenExpr:
		case *ast.BinaryExpr:
			if p.Op != token.LAND && p.Op != token.LOR {
				return cond{}
			}
		case *ast.UnaryExpr:
			if p.Op != token.NOT {
				return cond{}
			}
			direct = false
		case *ast.IfStmt:
			if child != p.Cond {
				return cond{}
			}
			j := i
			for j-1 > stop {
				up, ok := stack[j-1].(*ast.IfStmt)
				if !ok || up.Else != stack[j] {
					break
				}
				j--
			}
			return cond{owner: p, direct: direct, chain: stack[j].(*ast.IfStmt)}
		case *ast.CaseClause:
			c := cond{owner: p, direct: direct}
			if i-2 > stop {
				c.sw, _ = stack[i-2].(*ast.SwitchStmt)
			}
			return c
		case *ast.ReturnStmt:
			return cond{owner: p, direct: direct}
		default:
			return cond{}
		}
		child = stack[i]
	}
	return cond{}
}
