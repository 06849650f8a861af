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
