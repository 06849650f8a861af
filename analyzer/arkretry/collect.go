package arkretry

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/arkvet/arkvet/internal/arksdk"
	"github.com/arkvet/arkvet/internal/diag"
)

// group is a classification: the comparisons of one Ark error's code in
// one function.
type group struct {
	field errField
	cmps  []codeCmp
}

// codeCmp is one comparison of a code: with a code, or with a prefix.
type codeCmp struct {
	node   ast.Node
	value  string
	prefix bool
	cond   cond
}

// comparison collects X.Code == "...", X.Type == "TooManyRequests" and
// X.HTTPStatusCode == 429 (any constant 429, such as
// http.StatusTooManyRequests), either way round.
func (w *walker) comparison(n *ast.BinaryExpr, stack []ast.Node) {
	switch n.Op {
	case token.EQL, token.NEQ, token.LSS, token.GTR, token.LEQ, token.GEQ:
	default:
		return
	}
	eq := n.Op == token.EQL || n.Op == token.NEQ
	for _, side := range [2][2]ast.Expr{{n.X, n.Y}, {n.Y, n.X}} {
		x, y := side[0], side[1]
		if f, ok := w.fieldOf(x, arksdk.Code); ok && eq {
			if s, ok := w.stringConst(y); ok {
				w.addCode(f, codeCmp{node: n, value: s, cond: condOf(stack, w.top.depth)})
			}
			return
		}
		if f, ok := w.fieldOf(x, arksdk.ErrType); ok && eq {
			if s, ok := w.stringConst(y); ok && w.cls.types[s] {
				w.add429(f, n, n.Op == token.EQL, condOf(stack, w.top.depth))
			}
			return
		}
		if f, ok := w.fieldOf(x, arksdk.Status); ok {
			v, ok := w.intConst(y)
			if !ok {
				return
			}
			if w.statusOfMidstream(f, v, n) {
				return
			}
			if v == statusTooManyRequests && eq {
				w.add429(f, n, n.Op == token.EQL, condOf(stack, w.top.depth))
			}
			return
		}
	}
}

// switchStmt collects the cases of a switch on an error's code, status or
// type.
func (w *walker) switchStmt(n *ast.SwitchStmt) {
	if n.Tag == nil {
		return // tagless: its cases are comparisons, collected as such
	}
	if init, ok := n.Init.(*ast.AssignStmt); ok {
		w.assign(init) // switch code := apiErr.Code; code {: the tag uses it
	}
	if f, ok := w.fieldOf(n.Tag, arksdk.Code); ok {
		for _, cc := range clauses(n) {
			for _, e := range cc.List {
				if s, ok := w.stringConst(e); ok {
					w.addCode(f, codeCmp{node: e, value: s, cond: cond{owner: cc, direct: true, sw: n}})
				}
			}
		}
		return
	}
	status, isStatus := w.fieldOf(n.Tag, arksdk.Status)
	errType, isType := w.fieldOf(n.Tag, arksdk.ErrType)
	if !isStatus && !isType {
		return
	}
	for _, cc := range clauses(n) {
		for _, e := range cc.List {
			c := cond{owner: cc, direct: true, sw: n}
			if isStatus {
				if v, ok := w.intConst(e); ok {
					if w.statusOfMidstream(status, v, n.Tag) {
						return
					}
					if v == statusTooManyRequests {
						w.add429(status, e, true, c)
					}
				}
			} else if s, ok := w.stringConst(e); ok && w.cls.types[s] {
				w.add429(errType, e, true, c)
			}
		}
	}
}

func clauses(n *ast.SwitchStmt) []*ast.CaseClause {
	var out []*ast.CaseClause
	for _, s := range n.Body.List {
		if cc, ok := s.(*ast.CaseClause); ok {
			out = append(out, cc)
		}
	}
	return out
}

// call collects the calls that matter: calls to Ark, code tests by
// strings.HasPrefix and slices.Contains, errors.As, waits, and helpers.
func (w *walker) call(n *ast.CallExpr, stack []ast.Node) {
	if arksdk.IsArkCall(w.info, n) {
		w.top.arkCalls = append(w.top.arkCalls, n.Pos())
	} else {
		// One callee lookup serves every package-level function below.
		path, name := funcOf(w.info, n)
		switch {
		case len(n.Args) == 2 && path == "strings" && name == "HasPrefix":
			if f, ok := w.fieldOf(n.Args[0], arksdk.Code); ok {
				if s, ok := w.stringConst(n.Args[1]); ok {
					w.addCode(f, codeCmp{node: n, value: s, prefix: true, cond: condOf(stack, w.top.depth)})
				}
			}
		case len(n.Args) == 2 && path == "slices" && name == "Contains":
			if f, ok := w.fieldOf(n.Args[1], arksdk.Code); ok {
				c := condOf(stack, w.top.depth)
				for _, s := range w.litStrings(n.Args[0]) {
					w.addCode(f, codeCmp{node: n, value: s, cond: c})
				}
			}
		case len(n.Args) == 2 && path == "errors" && name == "As":
			w.errorsAs(n.Args[0], n.Args[1])
		case path == "time" && isTimeWait(name), w.isRateWait(n):
			w.markBranches(stack, false, nil, func(b *branch) { b.waits = true })
		}
	}
	if w.isHelperCall(n) {
		w.unit.helper = true
		w.handles429 = true
		if c := condOf(stack, w.top.depth); c.owner != nil {
			put(&w.top.condCode, c.owner, true)
		}
	}
}

// isTimeWait reports whether the package time's function name waits.
func isTimeWait(name string) bool {
	switch name {
	case "Sleep", "After", "NewTimer", "Tick", "NewTicker":
		return true
	}
	return false
}

// isRateWait reports whether call is a rate limiter's Wait.
func (w *walker) isRateWait(call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Wait" {
		return false
	}
	fn, ok := w.info.Uses[sel.Sel].(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == "golang.org/x/time/rate"
}

// isHelperCall reports whether call hands an error (or its code, status or
// type) to a function whose name says it decides retries.
func (w *walker) isHelperCall(call *ast.CallExpr) bool {
	// The type checks are map lookups; the name's regexp costs more, so it
	// runs only on the few calls that pass an error along.
	for _, a := range call.Args {
		if w.carriesError(a) {
			name := calleeName(call)
			return name != "" && w.helpers.MatchString(name)
		}
	}
	return false
}

// index collects a set of codes indexed by a code: retryable[apiErr.Code].
func (w *walker) index(n *ast.IndexExpr, stack []ast.Node) {
	if _, isMap := typeUnder(w.info.TypeOf(n.X)).(*types.Map); !isMap {
		return
	}
	f, ok := w.fieldOf(n.Index, arksdk.Code)
	if !ok {
		return
	}
	c := condOf(stack, w.top.depth)
	for _, s := range w.litStrings(n.X) {
		w.addCode(f, codeCmp{node: n, value: s, cond: c})
	}
}

// addCode records a comparison of f's error's code.
func (w *walker) addCode(f errField, c codeCmp) {
	g := w.top.groups[f.key]
	if g == nil {
		g = &group{field: f}
		put(&w.top.groups, f.key, g)
		w.top.order = append(w.top.order, g)
	}
	g.cmps = append(g.cmps, c)
	if len(named(w.cls.backoff, c.value, c.prefix)) > 0 {
		w.handles429 = true
	}
	for _, slow := range named(w.cls.slow, c.value, c.prefix) {
		ex := w.top.excluded[f.key]
		put(&ex, slow, true)
		put(&w.top.excluded, f.key, ex)
	}
	if c.cond.owner != nil {
		put(&w.top.condCode, c.cond.owner, true)
	}
}

// add429 records a check of f's error's status or type against 429; eq
// says it holds on a 429 (== rather than !=).
func (w *walker) add429(f errField, n ast.Node, eq bool, c cond) {
	put(&w.unit.handled, f.key, true)
	w.handles429 = true
	if !eq {
		c.direct = false
	}
	w.top.tests = append(w.top.tests, &test429{node: n, field: f, cond: c})
}

// assign follows the variables the checks read through: a code copied out
// of an error, a set of codes, the error of a stream's Recv, and an Ark
// error asserted out of that.
func (w *walker) assign(n *ast.AssignStmt) {
	if len(n.Lhs) == len(n.Rhs) {
		for i, lhs := range n.Lhs {
			w.assignOne(lhs, n.Rhs[i], n.Tok == token.DEFINE)
		}
		return
	}
	if len(n.Rhs) != 1 {
		return
	}
	switch rhs := ast.Unparen(n.Rhs[0]).(type) {
	case *ast.TypeAssertExpr: // code, ok := apiErr.Code.(string); e, ok := err.(*model.APIError)
		w.assignOne(n.Lhs[0], rhs, false)
	case *ast.CallExpr: // resp, err := stream.Recv()
		recv := arksdk.IsStreamRecv(w.info, rhs)
		for _, lhs := range n.Lhs {
			if obj := w.objOf(lhs); obj != nil && types.Identical(obj.Type(), errorType) {
				put(&w.top.recvErr, obj, recv)
			}
		}
	}
}

func (w *walker) assignOne(lhs, rhs ast.Expr, define bool) {
	obj := w.objOf(lhs)
	if obj == nil {
		return
	}
	rhs = ast.Unparen(rhs)
	if lit, ok := rhs.(*ast.CompositeLit); ok && define {
		w.lits[obj] = lit
		return
	}
	if ta, ok := rhs.(*ast.TypeAssertExpr); ok {
		if f, ok := arksdk.FieldOf(w.info, ta.X); ok && f.Role == arksdk.Code {
			put(&w.top.codeVars, obj, errField{key: w.keyOf(f.X), kind: f.Kind, name: selName(ta.X)})
			return
		}
		if arksdk.KindOf(obj.Type()) != arksdk.NotAnError {
			put(&w.top.midstream, obj, w.fromRecv(ta.X))
		}
		return
	}
	if f, ok := arksdk.FieldOf(w.info, rhs); ok && f.Role == arksdk.Code {
		put(&w.top.codeVars, obj, errField{key: w.keyOf(f.X), kind: f.Kind, name: selName(rhs)})
	}
}

func (w *walker) valueSpec(n *ast.ValueSpec) {
	for i, name := range n.Names {
		if i >= len(n.Values) {
			break
		}
		obj := w.info.Defs[name]
		if obj == nil {
			continue
		}
		v := ast.Unparen(n.Values[i])
		if lit, ok := v.(*ast.CompositeLit); ok {
			w.lits[obj] = lit
		} else if w.top != nil {
			w.assignOne(name, v, false)
		}
	}
}

func (w *walker) objOf(e ast.Expr) types.Object {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil
	}
	return w.info.ObjectOf(id)
}

// fromRecv reports whether e is an error variable last assigned by a
// stream's Recv in this function.
func (w *walker) fromRecv(e ast.Expr) bool {
	obj := w.objOf(e)
	return obj != nil && w.top.recvErr[obj]
}

// errorsAs follows errors.As(err, &target): target holds a mid-stream
// error when err came from Recv.
func (w *walker) errorsAs(src, dst ast.Expr) {
	u, ok := ast.Unparen(dst).(*ast.UnaryExpr)
	if !ok || u.Op != token.AND {
		return
	}
	obj := w.objOf(u.X)
	if obj == nil || arksdk.KindOf(obj.Type()) == arksdk.NotAnError {
		return
	}
	put(&w.top.midstream, obj, w.fromRecv(src))
}

// typeSwitch follows switch e := err.(type) { case *model.APIError: }: e
// holds a mid-stream error when err came from Recv.
func (w *walker) typeSwitch(n *ast.TypeSwitchStmt) {
	as, ok := n.Assign.(*ast.AssignStmt)
	if !ok || len(as.Rhs) != 1 {
		return
	}
	ta, ok := ast.Unparen(as.Rhs[0]).(*ast.TypeAssertExpr)
	if !ok || !w.fromRecv(ta.X) {
		return
	}
	for _, s := range n.Body.List {
		if cc, ok := s.(*ast.CaseClause); ok {
			if obj := w.info.Implicits[cc]; obj != nil && arksdk.KindOf(obj.Type()) != arksdk.NotAnError {
				put(&w.top.midstream, obj, true)
			}
		}
	}
}

// statusOfMidstream reports (rule 6) a status compared with a non-zero
// constant when the error was read mid-stream, where the status is 0.
func (w *walker) statusOfMidstream(f errField, v int64, n ast.Node) bool {
	if v == 0 || f.key.obj == nil || !w.top.midstream[f.key.obj] {
		return false
	}
	diag.Reportf(w.pass, n, "%s is always 0 on an Ark error read mid-stream by Recv, so this status check never matches; classify the error by .Code", f.name)
	return true
}
