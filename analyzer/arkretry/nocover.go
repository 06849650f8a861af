package arkretry

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/arkvet/arkvet/codes"
	"github.com/arkvet/arkvet/internal/arksdk"
	"github.com/arkvet/arkvet/internal/handling"
)

// noCoverage reports classifications by two or more codes that name no
// retryable 429, in a unit that neither checks for 429 nor hands the error
// to a retry helper.
func (j *judge) noCoverage() {
	for _, c := range j.classified {
		if !c.comparesSeveral() || !canCarry429(c.kind) || j.handled(c) || j.handsToHelper(c) || j.retriedBefore(c) || j.isDelayTable(c) || j.onlyCounts(c) {
			continue
		}
		if covered, _ := j.coverage(c); len(covered) > 0 {
			continue
		}
		if j.otherConcern(c) || j.describes(c) || j.denyList(c) || j.midstream(c) || j.nonRetryableConcern(c) && (c.oneIf() || j.handsOnTheRest(c)) {
			continue
		}
		subject, at := c.subject()
		names := "names"
		if strings.HasPrefix(subject, "checks ") {
			names = "name"
		}
		j.uncovered[c.unit] = true
		j.report(ruleNoCoverage, at, nil,
			"%s %s no retryable 429 code, so rate-limited calls %s; check .%s == 429 first (but give up on QuotaExceeded and SetLimitExceeded, which waiting does not clear) or handle the retryable 429 codes",
			subject, names, c.fallTo(), statusField(c.kind))
	}
}

// midstream reports whether every test of c is of an error read
// mid-stream by Recv, in the same function or handed to it by every call
// the package makes of it: Ark refuses a rate-limited request when the
// stream is created, so a decision on what a stream sends later is no
// decision on 429s.
func (j *judge) midstream(c *classification) bool {
	for _, t := range c.tests {
		if !t.Subject.Midstream && !j.handedMidstream(t) {
			return false
		}
	}
	return true
}

// nonRetryableConcern reports whether every test of c is of a code that
// waiting never clears, on a branch that does not send the error round: a
// check of one concern (the context is too long, the content was refused,
// the input must be split) that leaves every other error, 429s included,
// to the code after it, whether an if, a chain or a switch ("not mine,
// hand it on"). A set of codes that do clear (5xx) is a decision about
// retrying, and leaving 429 out of it is the gap.
func (j *judge) nonRetryableConcern(c *classification) bool {
	for _, t := range c.tests {
		if t.Role != arksdk.Code || j.cls.table.Retry(t.StringValue()) == codes.Backoff {
			return false
		}
		br := t.Branch
		if br == nil || j.retries(br, t.Func) {
			return false
		}
	}
	return true
}

// oneIf reports whether c is one if, every test of which guards its one
// branch: a check of one condition (the credentials are bad, the context
// is too long by either of its names) that leaves every other error to
// the code after it, whatever that does with them.
func (c *classification) oneIf() bool {
	if c.sw() != nil || c.chain() != nil {
		return false
	}
	for _, t := range c.tests {
		if t.Branch != c.tests[0].Branch || !t.Direct {
			return false
		}
	}
	return true
}

// handsOnTheRest reports whether the errors c's tests leave alone are
// given back to the caller, which then decides on 429s: every return of
// the function after c (in a switch's default, or a chain's final else)
// returns the error, as it is or wrapped (return err, fmt.Errorf("...:
// %w", err), wrap(err)). One returning nil or a value of its own swallows
// them, as a class falling to "unknown" may.
func (j *judge) handsOnTheRest(c *classification) bool {
	f := c.tests[0].Func
	if f == nil || f.Body == nil {
		return false
	}
	var rest ast.Node // the default branch, or nil for what follows c
	end := token.NoPos
	for _, t := range c.tests {
		if t.Func != f || t.Branch == nil {
			return false
		}
		end = max(end, t.Branch.Node.End())
	}
	if sw := c.sw(); sw != nil {
		end = sw.End()
		if d := defaultClause(sw); d != nil {
			rest = d
		}
	} else if ch := c.chain(); ch != nil {
		if e := finalElse(ch); e != nil {
			rest = e
		}
	}
	info := j.pass.TypesInfo
	if rest == nil {
		// The block c ends in returning next: what that return gives back
		// is what becomes of the rest (if errors.As(err, &apiErr) { ...
		// return fmt.Errorf("...: %w", err) }), not the function's later
		// returns of its results.
		if ret := returnAfter(f.Body, end); ret != nil {
			return returnsTheError(info, ret)
		}
	}
	n, all := 0, true
	ast.Inspect(f.Body, func(node ast.Node) bool {
		switch node := node.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			inRest := rest != nil && rest.Pos() <= node.Pos() && node.End() <= rest.End() || rest == nil && node.Pos() >= end
			if inRest {
				n++
				all = all && returnsTheError(info, node)
			}
		}
		return all
	})
	return n > 0 && all
}

// returnAfter returns the first return statement after end in the block
// of body whose statement ends at end (c's last if, its switch), or, when
// that block has none after it and is the body of an if or a case (the
// flow falls out of it), in the block around that statement, and so on
// outwards (if err != nil { if errors.As(...) { ...c... }; return
// fmt.Errorf("...: %w", err) }); nil at a loop, a literal, or the top.
func returnAfter(body *ast.BlockStmt, end token.Pos) *ast.ReturnStmt {
	var path []ast.Node // from body down to the statement that ends at end
	var find func(n ast.Node) bool
	find = func(n ast.Node) bool {
		found := false
		ast.Inspect(n, func(c ast.Node) bool {
			if found || c == nil || c == n {
				return !found
			}
			if _, isLit := c.(*ast.FuncLit); isLit || c.Pos() > end || c.End() < end {
				return false
			}
			if stmt, ok := c.(ast.Stmt); ok && c.End() == end {
				if _, isBlock := stmt.(*ast.BlockStmt); !isBlock {
					path = append(path, c)
					found = true
					return false
				}
			}
			path = append(path, c)
			if find(c) {
				found = true
			} else {
				path = path[:len(path)-1]
			}
			return false
		})
		return found
	}
	if !find(body) {
		return nil
	}
	path = append([]ast.Node{body}, path...)
	// From the statement that ends at end outwards: the next return of
	// each enclosing block.
	for i := len(path) - 1; i > 0; i-- {
		block, ok := path[i-1].(*ast.BlockStmt)
		var list []ast.Stmt
		switch {
		case ok:
			list = block.List
		default:
			if cc, isCase := path[i-1].(*ast.CaseClause); isCase {
				list = cc.Body
			}
		}
		if list != nil {
			after := false
			for _, st := range list {
				if after {
					if ret, isRet := st.(*ast.ReturnStmt); isRet {
						return ret
					}
				}
				after = after || st == path[i]
			}
		}
		switch path[i-1].(type) {
		case *ast.ForStmt, *ast.RangeStmt, *ast.SelectStmt, *ast.FuncLit:
			return nil // falling out goes round, or elsewhere
		}
	}
	return nil
}

// returnsTheError reports whether ret gives back an error that is not nil
// and not a new one: a local variable or parameter, or a call handed one
// (fmt.Errorf with %w, a wrapper).
func returnsTheError(info *types.Info, ret *ast.ReturnStmt) bool {
	for _, r := range ret.Results {
		if !handling.IsError(info.TypeOf(r)) {
			continue
		}
		switch r := ast.Unparen(r).(type) {
		case *ast.Ident:
			// A package-level variable is a sentinel: a new error that
			// drops the one it stands for (return ErrUnknown).
			v, ok := info.Uses[r].(*types.Var)
			return ok && v.Parent() != v.Pkg().Scope()
		case *ast.CallExpr:
			if path, name := handling.FuncOf(info, r); path == "fmt" && name == "Errorf" {
				v := info.Types[r.Args[0]].Value
				return v != nil && v.Kind() == constant.String && strings.Contains(constant.StringVal(v), "%w")
			}
			for _, a := range r.Args {
				if id, ok := ast.Unparen(a).(*ast.Ident); ok && handling.IsError(info.TypeOf(id)) && !info.Types[id].IsNil() {
					return true
				}
			}
		}
		return false
	}
	return false
}

// otherConcern reports whether every test of c lies in functions giving a
// bool verdict (func(error) bool, func(string) (bool, error)) that no retry
// decision uses: a check of billing, permissions or moderation, whose false
// for a rate limit swallows nothing.
func (j *judge) otherConcern(c *classification) bool {
	for _, t := range c.tests {
		f := t.Func
		if f == nil || handling.VerdictIndex(f.Sig) != 0 || j.isPredicate(f) {
			return false
		}
	}
	return true
}

// describes reports whether every test of c lies outside loops in a
// function of the package whose results are all strings and whose result
// the package uses without comparing it: a mapping of codes to text for
// people (a message for the user, a metric's label), which decides no
// retry. A string compared later (switch kindOf(err) { case "retry": })
// is a class. One the package never uses is judged as a class too, unless
// what it returns reads as text for people (every string it returns is
// empty or holds a space: "account overdue: top up", not "retry").
func (j *judge) describes(c *classification) bool {
	var f *handling.Func
	for _, t := range c.tests {
		g := t.Func
		if g == nil || g.Obj == nil || f != nil && g != f || g.InnermostLoop(t.Node) != nil || !stringsOnly(g.Sig) {
			return false
		}
		f = g
	}
	if f == nil || !f.Used && !returnsText(j.pass.TypesInfo, f) {
		return false
	}
	return !j.resultCompared(f.Obj)
}

// returnsText reports whether every result f returns is text for people: a
// string constant that is empty or holds a space, a concatenation that
// starts with one ("moderation: " + code), fmt.Sprintf with such a format,
// an error's message (err.Error()), or a message looked up by the code in
// a table of such constants (msg, ok := messages[apiErr.Code]).
func returnsText(info *types.Info, f *handling.Func) bool {
	decl, ok := f.Node.(*ast.FuncDecl)
	if !ok || decl.Body == nil {
		return false
	}
	lookups := textLookups(info, f)
	_, text := everyReturn(decl.Body, func(ret *ast.ReturnStmt) bool {
		for _, r := range ret.Results {
			for {
				bin, ok := ast.Unparen(r).(*ast.BinaryExpr)
				if !ok || bin.Op != token.ADD {
					break
				}
				r = bin.X
			}
			switch r := ast.Unparen(r).(type) {
			case *ast.CallExpr:
				if !textCall(info, r) {
					return false
				}
				continue
			case *ast.Ident:
				if v, ok := info.Uses[r].(*types.Var); ok {
					if !lookups[definedBy(info, decl.Body, v)] {
						return false
					}
					continue
				}
			case *ast.IndexExpr:
				if !lookups[r] {
					return false
				}
				continue
			}
			if !isText(info.Types[r].Value) {
				return false
			}
		}
		return true
	})
	return text
}

// isText reports whether v is a string constant for people: empty, or
// holding a space.
func isText(v constant.Value) bool {
	if v == nil || v.Kind() != constant.String {
		return false
	}
	s := constant.StringVal(v)
	return s == "" || strings.Contains(s, " ")
}

// textLookups returns the lookups of f's code tests in a map literal whose
// values are all text for people: a table of messages.
func textLookups(info *types.Info, f *handling.Func) map[ast.Expr]bool {
	var out map[ast.Expr]bool
	for _, t := range f.Tests {
		idx, ok := t.Node.(*ast.IndexExpr)
		lit, isLit := t.Set.(*ast.CompositeLit)
		if !ok || !isLit || out[idx] {
			continue
		}
		text := len(lit.Elts) > 0
		for _, e := range lit.Elts {
			kv, ok := e.(*ast.KeyValueExpr)
			text = text && ok && isText(info.Types[kv.Value].Value)
		}
		if text {
			if out == nil {
				out = make(map[ast.Expr]bool)
			}
			out[idx] = true
		}
	}
	return out
}

// definedBy returns the value v is defined with in body (msg in msg, ok :=
// m[k] or msg := m[k]), or nil.
func definedBy(info *types.Info, body *ast.BlockStmt, v *types.Var) ast.Expr {
	var value ast.Expr
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || value != nil {
			return value == nil
		}
		if len(as.Rhs) == 1 && len(as.Lhs) > 0 {
			if id, ok := as.Lhs[0].(*ast.Ident); ok && info.Defs[id] == v {
				value = ast.Unparen(as.Rhs[0])
			}
		}
		return true
	})
	return value
}

// textCall reports whether call makes text for people: fmt.Sprintf with a
// format that holds a space ("%s: %s (request %s)"), or an error's Error
// method (its message).
func textCall(info *types.Info, call *ast.CallExpr) bool {
	if path, name := handling.FuncOf(info, call); path == "fmt" && name == "Sprintf" && len(call.Args) > 0 {
		v := info.Types[call.Args[0]].Value
		return v != nil && v.Kind() == constant.String && strings.Contains(constant.StringVal(v), " ")
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "Error" && len(call.Args) == 0 && handling.IsError(info.TypeOf(sel.X))
}

// everyReturn reports whether holds is true of every return statement of
// body outside the function literals in it, and how many it met; it stops
// at the first that fails.
func everyReturn(body *ast.BlockStmt, holds func(*ast.ReturnStmt) bool) (n int, all bool) {
	all = true
	ast.Inspect(body, func(node ast.Node) bool {
		if !all {
			return false // settled: Inspect goes on to siblings otherwise
		}
		switch node := node.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			n++
			all = holds(node)
		}
		return all
	})
	return n, all
}

// stringsOnly reports whether sig has results, all of them strings.
func stringsOnly(sig *types.Signature) bool {
	if sig == nil || sig.Results().Len() == 0 {
		return false
	}
	for v := range sig.Results().Variables() {
		if b, ok := v.Type().Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
			return false
		}
	}
	return true
}

// resultCompared reports whether the package compares what a call of fn
// returns, or a variable it is kept in, with == or != or in a switch. Asked
// only of a classification about to be reported, so the walk is rare.
func (j *judge) resultCompared(fn *types.Func) bool {
	if found, seen := j.compared[fn]; seen {
		return found
	}
	info := j.pass.TypesInfo
	kept := make(map[types.Object]bool)
	isResult := func(e ast.Expr) bool {
		switch e := ast.Unparen(e).(type) {
		case *ast.CallExpr:
			return arksdk.Callee(info, e) == fn
		case *ast.Ident:
			return kept[info.ObjectOf(e)]
		}
		return false
	}
	found := false
	for _, file := range j.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i, r := range n.Rhs {
						if id, ok := n.Lhs[i].(*ast.Ident); ok && isResult(r) {
							kept[info.ObjectOf(id)] = true
						}
					}
				}
			case *ast.ValueSpec:
				if len(n.Names) == len(n.Values) {
					for i, v := range n.Values {
						if isResult(v) {
							kept[info.ObjectOf(n.Names[i])] = true
						}
					}
				}
			case *ast.SwitchStmt:
				found = found || n.Tag != nil && isResult(n.Tag)
			case *ast.BinaryExpr:
				// reason(code) != "" asks only whether there is a text.
				found = found || (n.Op == token.EQL || n.Op == token.NEQ) && (isResult(n.X) && !handling.IsEmptyString(info, n.Y) || isResult(n.Y) && !handling.IsEmptyString(info, n.X))
			}
			return !found
		})
	}
	j.compared[fn] = found
	return found
}

// denyList reports whether every test of c gives up on the codes it names
// where giving up is the exception: inside a loop around a call to Ark that
// otherwise goes round, or in a bool function that returns false for them.
// A rate limit then takes the way everything else takes: a retry.
func (j *judge) denyList(c *classification) bool {
	for _, t := range c.tests {
		br, f := t.Branch, t.Func
		if br == nil || !t.Direct || f == nil {
			return false
		}
		inRetryLoop := false
		if loop := f.InnermostLoop(br.Node); loop != nil && f.CallsArkIn(loop) {
			inRetryLoop = true
		}
		switch {
		case br.Decision == handling.ReturnsFalse && handling.ReturnsBool(f.Sig):
		case inRetryLoop && (br.Decision == handling.ReturnsError || br.Decision == handling.ReturnsOther || br.Decision == handling.ReturnsClass):
		default:
			return false
		}
	}
	return true
}

// fallTo says where rate-limited calls end up in c.
func (c *classification) fallTo() string {
	if sw := c.sw(); sw != nil {
		if defaultClause(sw) != nil {
			return "fall to the default branch"
		}
		return "fall through the switch"
	}
	if ch := c.chain(); ch != nil && finalElse(ch) != nil {
		return "fall to the final else"
	}
	return "fall through the checks"
}

// defaultClause returns the default clause of sw, or nil.
func defaultClause(sw *ast.SwitchStmt) *ast.CaseClause {
	for _, cc := range sw.Body.List {
		if cc := cc.(*ast.CaseClause); cc.List == nil {
			return cc
		}
	}
	return nil
}

// finalElse returns the else of the last if of the chain ch (the block
// after if ... else if ...), or nil when it ends without one.
func finalElse(ch *ast.IfStmt) ast.Stmt {
	last := ch
	for next, ok := last.Else.(*ast.IfStmt); ok; next, ok = last.Else.(*ast.IfStmt) {
		last = next
	}
	return last.Else
}

// noStatusCoverage reports retry decisions by status that retry server
// errors but not 429 (case 500, 502, 503, 504: requeue; status >= 500:
// return true), where nothing else in the unit, or for a predicate or a
// classifier in the package, looks at a 429: rate-limited calls, the most
// common error that waiting clears, are given up at once. A function that
// noCoverage reported for its codes is not reported again for its statuses.
func (j *judge) noStatusCoverage() {
	reported := make(map[ast.Node]bool)
	for _, t := range j.m.Tests {
		f := t.Func
		if t.Role != arksdk.Status || !canCarry429(t.Subject.Kind) || t.Subject.Midstream || f == nil || !t.Direct {
			continue
		}
		if !holdsFor5xx(t) || statusHolds(t, statusTooManyRequests) || !j.retries(t.Branch, f) {
			continue
		}
		at := ast.Node(t.Node)
		if sw, ok := t.Set.(*ast.SwitchStmt); ok && sw.Tag != nil {
			at = rng{sw.Pos(), sw.Body.Lbrace} // switch apiErr.HTTPStatusCode { case 500, 502, 503: ...
		}
		if reported[t.Set] || reported[t.Branch.Node] || j.uncovered[f.Unit()] || j.looksAt429(t) {
			continue
		}
		reported[t.Branch.Node] = true
		if t.Set != nil {
			reported[t.Set] = true
		}
		j.report(ruleNoCoverage, at, nil,
			"this decision retries server errors (5xx) but not 429, so rate-limited calls are given up at once; retry .%s == 429 too, leaving out QuotaExceeded and SetLimitExceeded, which waiting does not clear",
			statusField(t.Subject.Kind))
	}
}

// looksAt429 reports whether the unit of t looks at a 429 or, for a
// decision that gives a verdict back (a predicate, a classifier), a unit
// that uses it does (the package, for one it never uses itself).
func (j *judge) looksAt429(t *handling.Test) bool {
	unit, fn := t.Func.Unit(), t.Func.Obj
	// A loop's own unit is all there is; a literal's unit holds its uses.
	if looks := j.unitLooksAt429(unit, fn); looks || t.Branch.Decision == handling.GoesRound || t.Branch.Decision == handling.Reschedules || fn == nil {
		return looks
	}
	users := j.usersOf(fn)
	if len(users) == 0 {
		// Out of view, its users may look at a 429 themselves, as the
		// package's other checks do; but one named for a verdict on
		// retrying (isTransient, IsRetryable) says it decides alone.
		return j.handles429 && !retryWords.MatchString(fn.Name())
	}
	for _, u := range users {
		if after, handed := j.handedOn(u, fn); handed && j.looksAt429After(u, fn, after) || !handed && j.unitLooksAt429(u, fn) {
			return true
		}
	}
	return false
}

// handedOn reports whether every use of fn in the top-level function unit
// hands it on as a value (Policy{ShouldRetry: fn}, retry.RetryIf(fn)), and
// returns where the error the helper asks it about goes: the statements
// handing it on and those after them. The helper asks fn alone, so a 429
// looked at on another path of unit (another case of a switch over jobs)
// is no look at the errors fn judges.
func (j *judge) handedOn(unit *handling.Func, fn *types.Func) ([]ast.Node, bool) {
	info := j.pass.TypesInfo
	var after []ast.Node
	handed := true
	var path []ast.Node
	ast.Inspect(unit.Node, func(n ast.Node) bool {
		if n == nil {
			path = path[:len(path)-1]
			return true
		}
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == fn {
			switch parent := path[len(path)-1].(type) {
			case *ast.KeyValueExpr, *ast.CompositeLit:
			case *ast.CallExpr:
				handed = handed && parent.Fun != ast.Expr(id)
			default:
				handed = false
			}
			after = append(after, following(path)...)
		}
		if !handed {
			return false
		}
		path = append(path, n)
		return true
	})
	return after, handed && len(after) > 0
}

// looksAt429After reports whether unit looks at a 429 within the nodes
// after: a test of its own, another package's retry helper handed the
// error, or a function of the package that looks at one named beside fn
// (splitPolicy{OnServer: isServerError, OnLimit: isRateLimited}).
func (j *judge) looksAt429After(unit *handling.Func, fn *types.Func, after []ast.Node) bool {
	within := func(n ast.Node) bool {
		return slices.ContainsFunc(after, func(s ast.Node) bool { return contains(s, n) })
	}
	for _, t := range j.unitTests[unit] {
		if j.looks429(t) && within(t.Node) {
			return true
		}
	}
	for _, g := range j.unitFuncs[unit] {
		for _, call := range j.helperCalls(g) {
			if callee := arksdk.Callee(j.pass.TypesInfo, call); within(call) && (callee == nil || callee.Pkg() != j.pass.Pkg) {
				return true
			}
		}
	}
	return slices.ContainsFunc(after, func(s ast.Node) bool { return j.mentionsLooker429(s, fn) })
}

// following returns the innermost statement of path and every statement
// after it or after a statement enclosing it, in the same list: where
// control goes on from there. The other clauses of a switch or select are
// not after their siblings, nor an else after its if.
func following(path []ast.Node) []ast.Node {
	var out []ast.Node
	inner := -1
	for i := len(path) - 1; i >= 0; i-- {
		if _, ok := path[i].(ast.Stmt); ok {
			inner = i
			break
		}
	}
	if inner < 0 {
		return nil
	}
	out = append(out, path[inner])
	for i := inner; i > 0; i-- {
		var list []ast.Stmt
		switch p := path[i-1].(type) {
		case *ast.BlockStmt:
			list = p.List
		case *ast.CaseClause:
			list = p.Body
		case *ast.CommClause:
			list = p.Body
		}
		for k, st := range list {
			if ast.Node(st) != path[i] {
				continue
			}
			switch st.(type) {
			case *ast.CaseClause, *ast.CommClause:
			default:
				for _, next := range list[k+1:] {
					out = append(out, next)
				}
			}
		}
	}
	return out
}

// mentionsLooker429 reports whether n names a function of the package,
// other than fn, whose tests look for a 429 (a second condition handed
// beside fn: retry.RetryIf(isServerError), retry.RetryIf(isRateLimited)).
func (j *judge) mentionsLooker429(n ast.Node, fn *types.Func) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && !found {
			if g, ok := j.pass.TypesInfo.Uses[id].(*types.Func); ok && g != fn {
				if d := j.m.DeclOf(g.Origin()); d != nil && j.testsLook429(d.Unit()) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// unitLooksAt429 reports whether the top-level function unit, its literals
// included, looks at a 429: a status or type test that holds for one, a
// retryable 429 code, a search of the text for one, or an error handed to
// a retry helper. A helper of the package looks when its own tests do;
// decision, the function being judged, is not one.
func (j *judge) unitLooksAt429(unit *handling.Func, decision *types.Func) bool {
	return j.testsLook429(unit) || j.helpersLook429(unit, decision)
}

// unitHandles429 is unitLooksAt429 without the 429 checks of a transport
// error type (*model.RequestError): they miss Ark's 429s (wrong-error-type
// says so), and handle none.
func (j *judge) unitHandles429(unit *handling.Func) bool {
	return slices.ContainsFunc(j.unitTests[unit], func(t *handling.Test) bool { return j.looks429(t) && !isTransportKind(t.Subject.Kind) }) ||
		j.helpersLook429(unit, nil)
}

// isTransportKind reports whether k is an SDK's error type for transport
// failures and bodies that do not decode.
func isTransportKind(k arksdk.ErrorKind) bool {
	for _, tt := range transportTypes {
		if k == tt.transport {
			return true
		}
	}
	return false
}

// helpersLook429 reports whether unit hands an error to a retry helper
// that looks at a 429 (unitLooksAt429).
func (j *judge) helpersLook429(unit *handling.Func, decision *types.Func) bool {
	for _, g := range j.unitFuncs[unit] {
		for _, call := range j.helperCalls(g) {
			callee := arksdk.Callee(j.pass.TypesInfo, call)
			if callee == nil || callee.Pkg() != j.pass.Pkg {
				return true // another package's helper: it may
			}
			if callee.Origin() == decision {
				continue
			}
			if d := j.m.DeclOf(callee.Origin()); d == nil || j.testsLook429(d.Unit()) {
				return true
			}
		}
	}
	return false
}

// testsLook429 reports whether a test of unit looks for a 429.
func (j *judge) testsLook429(unit *handling.Func) bool {
	return slices.ContainsFunc(j.unitTests[unit], j.looks429)
}

// looks429 reports whether t holds for a 429 (a status test, not one end
// of a range that leaves 429 out; a 429 type; a search of the text for
// one) or names a retryable 429 code.
func (j *judge) looks429(t *handling.Test) bool {
	return t.Role == arksdk.Status && statusHolds(t, statusTooManyRequests) && !rangeExcludes(t, statusTooManyRequests) ||
		j.is429Test(t) || j.is429Text(t) || t.Role == arksdk.Code && len(j.named(j.cls.backoff, t)) > 0
}

// usersOf returns the top-level functions of the package that call fn or
// use it as a value. Asked only of a decision about to be reported.
func (j *judge) usersOf(fn *types.Func) []*handling.Func {
	var out []*handling.Func
	for id, obj := range j.pass.TypesInfo.Uses {
		if obj != fn {
			continue
		}
		for _, f := range j.m.Funcs {
			if f.Outer == nil && f.Node.Pos() <= id.Pos() && id.End() <= f.Node.End() && !slices.Contains(out, f) {
				out = append(out, f)
			}
		}
	}
	return out
}

// holdsFor5xx reports whether the status test t holds for a server error:
// status == 502, status >= 500.
func holdsFor5xx(t *handling.Test) bool {
	if v, ok := t.IntValue(); ok && t.Op == handling.Equal {
		return v >= 500 && v <= 599
	}
	return statusHolds(t, 503)
}

// rangeExcludes reports whether the status test t is one end of a range
// that leaves v out: a conjunct of its branch's condition beside another
// test of the same status that fails for v (status >= 500 && status <= 599
// for 429, where t is the second).
func rangeExcludes(t *handling.Test, v int64) bool {
	if t.Branch == nil || t.Branch.Cond() == nil {
		return false
	}
	needed := make(map[ast.Node]bool)
	handling.CondOperands(t.Branch.Cond(), func(x ast.Expr, o handling.Operand) {
		needed[x] = o.Needed && !o.Neg
	})
	if !needed[t.Node] {
		return false
	}
	for _, w := range t.Branch.Tests {
		if w != t && w.Role == arksdk.Status && w.Subject.Key == t.Subject.Key && needed[w.Node] && !statusHolds(w, v) {
			return true
		}
	}
	return false
}

// statusHolds reports whether the status test t holds for status v:
// status == 500, status != 404, status >= 500, 500 <= status.
func statusHolds(t *handling.Test, v int64) bool {
	want, ok := t.IntValue()
	if !ok {
		return false
	}
	switch t.Op {
	case handling.Equal:
		return v == want
	case handling.NotEqual:
		return v != want
	case handling.Less:
		bin, ok := t.Node.(*ast.BinaryExpr)
		if !ok {
			return false
		}
		op := bin.Op
		if ast.Unparen(bin.X) == t.Operand {
			// 500 <= status: status >= 500.
			op = map[token.Token]token.Token{token.LSS: token.GTR, token.GTR: token.LSS, token.LEQ: token.GEQ, token.GEQ: token.LEQ}[op]
		}
		switch op {
		case token.LSS:
			return v < want
		case token.LEQ:
			return v <= want
		case token.GTR:
			return v > want
		case token.GEQ:
			return v >= want
		}
	}
	return false
}
