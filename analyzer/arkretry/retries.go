package arkretry

import (
	"go/ast"
	"go/token"

	"github.com/arkvet/arkvet/internal/diag"
)

// judgeRetries applies rule 3 to a function the walk leaves: a retry
// decided on status 429 (or type TooManyRequests) alone retries the 429
// codes that waiting does not clear, unless the function checks the code.
func (w *walker) judgeRetries(f *frame) {
	for _, t := range f.tests {
		c := t.cond
		if !c.direct || c.owner == nil || !canCarry429(t.field.kind) || f.condCode[c.owner] {
			continue // not a 429 branch, or one narrowed by a code or a helper
		}
		var left []string
		for _, slow := range w.cls.slow {
			if !f.excluded[t.field.key][slow] {
				left = append(left, slow.Name)
			}
		}
		if len(left) == 0 || !w.retries(f, c.owner) {
			continue
		}
		diag.Reportf(w.pass, t.node, "retrying every 429 also retries %s, which waiting does not clear; check .Code", joinAnd(left))
	}
}

// retries reports whether the branch owner takes on a 429 retries: a
// predicate returns true, or a loop around a call to Ark goes round again.
func (w *walker) retries(f *frame, owner ast.Node) bool {
	var body []ast.Stmt
	switch o := owner.(type) {
	case *ast.ReturnStmt: // return apiErr.HTTPStatusCode == 429 || ...
		return f.predicate
	case *ast.IfStmt:
		body = o.Body.List
	case *ast.CaseClause:
		body = o.Body
	}
	b := f.branches[owner]
	if b == nil {
		return false
	}
	if f.predicate && b.returnsTrue {
		return true
	}
	_, isCase := owner.(*ast.CaseClause)
	if !b.continues && (!b.waits || leaves(body, isCase)) {
		return false
	}
	loop := f.innermostLoop(owner)
	if loop == nil {
		return false
	}
	for _, pos := range f.arkCalls {
		if loop.Pos() <= pos && pos < loop.End() {
			return true
		}
	}
	return false
}

// leaves reports whether a branch body ends by leaving the loop: a return,
// a goto, a panic, or a break (which in a case clause leaves only the
// switch).
func leaves(body []ast.Stmt, inCase bool) bool {
	if len(body) == 0 {
		return false
	}
	switch s := body[len(body)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.BranchStmt:
		return s.Tok == token.GOTO || s.Tok == token.BREAK && (!inCase || s.Label != nil)
	case *ast.ExprStmt:
		call, ok := s.X.(*ast.CallExpr)
		if !ok {
			return false
		}
		id, ok := call.Fun.(*ast.Ident)
		return ok && id.Name == "panic"
	}
	return false
}

// innermostLoop returns the innermost loop of f around n.
func (f *frame) innermostLoop(n ast.Node) ast.Node {
	var best ast.Node
	for _, l := range f.loops {
		if l.Pos() <= n.Pos() && n.End() <= l.End() && (best == nil || l.Pos() > best.Pos()) {
			best = l
		}
	}
	return best
}
