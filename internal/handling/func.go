package handling

import (
	"go/ast"
	"go/types"
)

// Func is what the model knows of one function.
type Func struct {
	Node  ast.Node    // *ast.FuncDecl or *ast.FuncLit
	Obj   *types.Func // the declared function, nil for a literal
	Sig   *types.Signature
	Outer *Func // the function a literal is in; nil for a declaration
	Body  *ast.BlockStmt

	// Tests are the tests of Ark errors in this function's own body (not
	// in the literals nested in it).
	Tests []*Test
	// ArkCalls are the calls in the body that send a request to Ark.
	ArkCalls []*ast.CallExpr
	// Loops are the for and range statements of the body.
	Loops []ast.Node
	// Waits are the calls that wait (time.Sleep, timers, a rate limiter)
	// and the receives from a channel of time.Time (<-ticker.C in a
	// select, a ticker made before the loop).
	Waits []ast.Node
	// Receives are the assignments of the body that take a value from a
	// channel (msg := <-jobs, case job, ok := <-queue:): a loop around one
	// is a worker's, whose next round handles the next job.
	Receives []*ast.AssignStmt
	// HelperCalls are calls that hand an error to a function whose name
	// says it decides retries.
	HelperCalls []*ast.CallExpr

	// Predicate says the function returns just a bool and is used as a
	// retry predicate: as a loop's condition, in an if that goes round, as
	// a function value handed to a call or stored in a field, or named so.
	Predicate bool
	// Classifier says the function returns a class (a constant of a named
	// type) and takes an error or an Ark error's code or status.
	Classifier bool
	// PassedTo is the call a function literal is an argument of (a retry
	// helper's operation, a callback), or nil.
	PassedTo *ast.CallExpr
	// Var is the local variable a function literal is declared or
	// assigned into (attempt := func() error { ... }), or nil.
	Var *types.Var
	// Used says the package calls the function, or uses it as a value: how
	// it is used then says what it is, not its name.
	Used bool
	// ReadsFields says, of a declaration, that it or a literal in it reads
	// a detail (arksdk.Role.Detail: apiErr.Code, e.Message) of an SDK error
	// that carries a request ID: without one, what it logs or wraps carries
	// no such field.
	ReadsFields bool

	// rounds are the continue statements of the body and its calls of the
	// top-level function it is in, each with the innermost loop of the
	// body around it: what makes a branch go round, found by decide
	// without walking the branch.
	rounds []round
	// Flows are, of a declaration, the nodes of its body and of the literals
	// in it through which a value reaches a log line or a new error, in the
	// order of the source: calls, composite literals, type assertions, type
	// switches, assignments and variable specifications. arkreqid reads
	// them instead of walking the body again.
	Flows []ast.Node
}

// Unit returns the top-level function that f is in (f itself for a
// declaration): the scope in which a status check covers a classification.
func (f *Func) Unit() *Func {
	for f.Outer != nil {
		f = f.Outer
	}
	return f
}

// InnermostLoop returns the innermost loop of f around n, or nil.
func (f *Func) InnermostLoop(n ast.Node) ast.Node {
	var best ast.Node
	for _, l := range f.Loops {
		if l.Pos() <= n.Pos() && n.End() <= l.End() && (best == nil || l.Pos() > best.Pos()) {
			best = l
		}
	}
	return best
}

// CallsArkIn reports whether a call to Ark lies inside node.
func (f *Func) CallsArkIn(node ast.Node) bool {
	for _, c := range f.ArkCalls {
		if node.Pos() <= c.Pos() && c.End() <= node.End() {
			return true
		}
	}
	return false
}

// WaitsIn reports whether a wait lies inside node.
func (f *Func) WaitsIn(node ast.Node) bool {
	for _, c := range f.Waits {
		if node.Pos() <= c.Pos() && c.End() <= node.End() {
			return true
		}
	}
	return false
}

// Decision is what a branch does with the error.
type Decision uint8

const (
	Undecided      Decision = iota // nothing the model recognises
	GoesRound                      // continues the loop, or waits and goes round, or calls again
	ReturnsTrue                    // returns true (from a bool function)
	ReturnsFalse                   // returns false
	ReturnsClass                   // returns a constant of a named type: Class
	ReturnsWrapped                 // returns the error handed to a wrapper: Wrapper
	ReturnsError                   // returns the error itself, or fmt.Errorf with %w
	ReturnsOther                   // returns something else, or leaves the loop
	// Reschedules hands the work back to be done again after a delay: a
	// work queue's requeue, a reconciler's result asking to come back.
	Reschedules
)

// Branch is the code a test guards: an if's body, a case clause's body,
// or the return statement whose value is the test.
type Branch struct {
	Node     ast.Node // *ast.IfStmt, *ast.CaseClause or *ast.ReturnStmt
	Body     []ast.Stmt
	Decision Decision
	// Class is the constant returned, for ReturnsClass.
	Class types.Object
	// Wrapper is the function or type the error is handed to, for
	// ReturnsWrapped.
	Wrapper types.Object
	// Waits says the branch waits (sleeps, a timer, a rate limiter).
	Waits bool
	// Loop is the loop the branch goes round, for GoesRound.
	Loop ast.Node
	// Tests are the tests guarding this branch.
	Tests []*Test
}

// Cond returns the condition that guards br: an if's, a loop's, or the
// bool a return gives back; nil for a case clause.
func (br *Branch) Cond() ast.Expr {
	switch n := br.Node.(type) {
	case *ast.IfStmt:
		return n.Cond
	case *ast.ForStmt:
		return n.Cond
	case *ast.ReturnStmt:
		if len(n.Results) == 1 {
			return n.Results[0]
		}
	}
	return nil
}

// round is a continue statement, or a call of the function itself (a retry
// by recursion), with the innermost loop of its function around it.
type round struct {
	node ast.Node
	loop ast.Node
	self bool // a call, not a continue
}
