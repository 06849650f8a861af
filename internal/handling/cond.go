package handling

import (
	"go/ast"
	"go/token"
)

// cond is where a test sits in a condition: the statement whose branch it
// guards, and whether that branch is taken when the test holds.
type cond struct {
	owner  ast.Node        // *ast.IfStmt, *ast.CaseClause or *ast.ReturnStmt; nil if none
	direct bool            // no ! between the test and the owner
	sw     *ast.SwitchStmt // the tagless switch of a case clause owner
}

// condOf returns where the expression on top of stack sits in a condition,
// looking no further up than the function at stop. Tests joined by && and
// || guard the same branch.
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
			direct = !direct
		case *ast.IfStmt:
			if child != p.Cond {
				return cond{}
			}
			return cond{owner: p, direct: direct}
		case *ast.ForStmt:
			// for err != nil && i < 3 { ... }: the loop goes round while
			// its condition holds.
			if child != p.Cond {
				return cond{}
			}
			return cond{owner: p, direct: direct}
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

// Operand is how a condition tests one of its operands (what is left below
// parentheses, !, && and ||).
type Operand struct {
	// Neg says the operand is under an odd number of !: what the
	// condition asks of it is that it fails.
	Neg bool
	// Needed says the branch is taken only when the operand is as asked
	// (true, or false under Neg): the operand is the whole condition, or
	// one of the conjuncts (apiErr.Code == "X" in ok && apiErr.Code == "X").
	Needed bool
	// Enough says the operand, as asked, takes the branch on its own: the
	// whole condition, or one of the disjuncts (!retry in !retry || i == max).
	Enough bool
}

// CondOperands calls found for each operand of the condition cond of a
// branch, with how the condition tests it.
func CondOperands(cond ast.Expr, found func(x ast.Expr, o Operand)) {
	condOperands(cond, Operand{Needed: true, Enough: true}, found)
}

func condOperands(e ast.Expr, o Operand, found func(x ast.Expr, o Operand)) {
	switch x := e.(type) {
	case *ast.ParenExpr:
		condOperands(x.X, o, found)
		return
	case *ast.UnaryExpr:
		if x.Op == token.NOT {
			o.Neg = !o.Neg
			condOperands(x.X, o, found)
			return
		}
	case *ast.BinaryExpr:
		if x.Op == token.LAND || x.Op == token.LOR {
			// After De Morgan, a conjunction's operands are each needed
			// and none enough; a disjunction's each enough and none needed.
			if (x.Op == token.LAND) != o.Neg {
				o.Enough = false
			} else {
				o.Needed = false
			}
			condOperands(x.X, o, found)
			condOperands(x.Y, o, found)
			return
		}
	}
	found(e, o)
}

// Pushes reports whether t is an operand of the condition cond, and whether
// t holding pushes cond towards true: as an operand asked to hold
// (apiErr.HTTPStatusCode == 429 in ok && apiErr.HTTPStatusCode == 429), or
// a != test asked to fail (!(status != 429)). Held, a != test asked to hold
// (status != 429 || i == max) pushes it towards false.
func (t *Test) Pushes(cond ast.Expr) (operand, towardTrue bool) {
	return pushes(cond, t.Node, t.Op != NotEqual)
}

// pushes reports whether node is an operand of cond, and whether node
// holding pushes cond towards true; trueWhenHolds says whether node's own
// value is true when it holds (a == test, or err != nil for an error that
// is there).
func pushes(cond ast.Expr, node ast.Node, trueWhenHolds bool) (operand, towardTrue bool) {
	CondOperands(cond, func(x ast.Expr, o Operand) {
		if x == node {
			operand, towardTrue = true, trueWhenHolds != o.Neg
		}
	})
	return operand, towardTrue
}
