package arkretry

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"slices"
	"strings"

	"github.com/arkvet/arkvet/internal/arksdk"
	"github.com/arkvet/arkvet/internal/diag"
	"github.com/arkvet/arkvet/internal/handling"
	"golang.org/x/tools/go/analysis"
)

// judge is what the rules read: the package's model, the retry classes and
// the helpers pattern, and what is derived from them once for all rules.
type judge struct {
	pass    *analysis.Pass
	m       *handling.Model
	cls     *classes
	helpers *nameMatcher
	giveUp  *nameMatcher
	// namedHelpers says the helpers pattern is the user's, who named the
	// functions that decide retries: their names count however they are
	// used.
	namedHelpers bool

	unitTests  map[*handling.Func][]*handling.Test // the tests of each top-level function, its literals' included
	unitFuncs  map[*handling.Func][]*handling.Func // each top-level function and its literals
	toHelpers  map[*handling.Func][]*ast.CallExpr  // each function's calls that hand an error to a retry helper
	retryLoops map[loopCall]bool                   // isRetryLoop's answers, asked by several rules
	compared   map[*types.Func]bool                // resultCompared's answers
	classPreds map[types.Object]bool               // retriedByPredicate's answers
	runsAgain  map[*handling.Func]bool             // runAgainWhenReturned's answers
	uncovered  map[*handling.Func]bool             // units noCoverage reported
	classified []*classification
	// foreignFiles are the files of other packages' retry helpers read
	// so far (foreignDecl), nil for one that could not be.
	foreignFiles map[string]*ast.File
	// apis are the APIs of arksdk.CodeAPI that the package's calls reach.
	apis map[string]bool
	// policies are, for a retry condition of the package, the policy
	// types whose field the package sets to it (policyHolding).
	policies   map[*handling.Func]map[types.Type]bool
	handles429 bool // something in the package handles a 429
	retriesOff bool // the package turns the SDK's retries off
}

// collect derives what several rules need from the model.
func collect(pass *analysis.Pass, m *handling.Model, cls *classes, helpers *regexp.Regexp) *judge {
	j := &judge{pass: pass, m: m, cls: cls, helpers: newNameMatcher(helpers), giveUp: newNameMatcher(giveUp),
		unitTests: make(map[*handling.Func][]*handling.Test, len(m.Funcs)), unitFuncs: make(map[*handling.Func][]*handling.Func, len(m.Funcs)),
		toHelpers: make(map[*handling.Func][]*ast.CallExpr), retryLoops: make(map[loopCall]bool), compared: make(map[*types.Func]bool), uncovered: make(map[*handling.Func]bool)}
	for _, f := range m.Funcs {
		j.unitFuncs[f.Unit()] = append(j.unitFuncs[f.Unit()], f)
		for _, c := range f.ArkCalls {
			if api := arksdk.CallAPI(arksdk.Callee(pass.TypesInfo, c)); api != "" {
				if j.apis == nil {
					j.apis = make(map[string]bool)
				}
				j.apis[api] = true
			}
		}
		for _, c := range f.HelperCalls {
			if name := arksdk.CalledName(c); name != "" && j.helpers.match(name) {
				j.toHelpers[f] = append(j.toHelpers[f], c)
			}
		}
		if len(j.toHelpers[f]) > 0 {
			j.handles429 = true
		}
	}
	for _, t := range m.Tests {
		if t.Func != nil {
			j.unitTests[t.Func.Unit()] = append(j.unitTests[t.Func.Unit()], t)
		}
		// A 429 check of a transport error type (*model.RequestError)
		// misses Ark's 429s (wrong-error-type says so) and handles none.
		if !j.handles429 && (j.is429Test(t) && !isTransportKind(t.Subject.Kind) || t.Role == arksdk.Code && len(j.named(j.cls.backoff, t))+len(j.named(j.cls.retired, t)) > 0) {
			j.handles429 = true
		}
	}
	for _, f := range m.Funcs {
		if j.handles429 {
			break
		}
		j.handles429 = j.toRetryingHelper(f) // once the units are known: it follows calls into them
	}
	j.classified = j.classifications()
	for _, rc := range m.RetryCounts {
		// A test's client against httptest.Server says nothing of the
		// package's own: the finding would read otherwise in the package's
		// test variant than in the package, and be reported twice.
		if rc.N == 0 && !j.inTestFile(rc.Node) {
			j.retriesOff = true
		}
	}
	return j
}

// toRetryingHelper reports whether f, a function literal that calls Ark,
// is handed to a helper of another package that retries by what its
// parameters are (a retry library, or one taking a retry condition:
// func(error) bool, or a policy struct holding one). Its body is out of
// view, and its condition may well handle a 429.
func (j *judge) toRetryingHelper(f *handling.Func) bool {
	if f.PassedTo == nil || j.operationArk(f) == nil {
		return false
	}
	fn := arksdk.Callee(j.pass.TypesInfo, f.PassedTo)
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == j.pass.Pkg {
		return false
	}
	if retryLibrary.MatchString(fn.Pkg().Path()) {
		return true
	}
	for p := range fn.Signature().Params().Variables() {
		if isRetryCondition(p.Type()) {
			return true
		}
		if st, ok := arksdk.StructOf(p.Type()); ok {
			for fld := range st.Fields() {
				if isRetryCondition(fld.Type()) {
					return true
				}
			}
		}
	}
	return false
}

// isRetryCondition reports whether t is func(error) bool.
func isRetryCondition(t types.Type) bool {
	sig, ok := t.Underlying().(*types.Signature)
	return ok && sig.Params().Len() == 1 && handling.IsError(sig.Params().At(0).Type()) && handling.ReturnsBool(sig)
}

// rule is one of arkretry's rules: its category and its documentation.
type rule struct {
	category string
	anchor   string // the heading of its section in doc.go, as pkg.go.dev links it
}

var (
	rulePartial     = rule{"partial-429-coverage", "hdr-Partial_429_coverage"}
	ruleNoCoverage  = rule{"no-429-coverage", "hdr-No_429_coverage"}
	ruleNeverClears = rule{"retry-never-clears", "hdr-Retrying_what_waiting_never_clears"}
	ruleEveryError  = rule{"retry-every-error", "hdr-Retrying_every_error"}
	ruleWrongType   = rule{"wrong-error-type", "hdr-Wrong_error_type"}
	ruleRetriesOff  = rule{"retries-off", "hdr-Retries_off"}
	ruleNegative    = rule{"negative-retry-count", "hdr-Negative_retry_count"}
	ruleMidstream   = rule{"midstream-status", "hdr-Mid_stream_status"}
	ruleAssertion   = rule{"assertion-never-matches", "hdr-Assertion_that_never_matches"}
)

// report reports a finding of rule r spanning rng.
func (j *judge) report(r rule, rng analysis.Range, fixes []analysis.SuggestedFix, format string, args ...any) {
	diag.Report(j.pass, analysis.Diagnostic{
		Pos:            rng.Pos(),
		End:            rng.End(),
		Category:       r.category,
		URL:            URL + "#" + r.anchor,
		Message:        fmt.Sprintf(format, args...),
		SuggestedFixes: fixes,
	})
}

// is429Test reports whether t holds on a 429: the status compared with 429,
// or the type with a 429 type.
func (j *judge) is429Test(t *handling.Test) bool {
	if t.Op != handling.Equal && t.Op != handling.NotEqual {
		return false
	}
	switch t.Role {
	case arksdk.Status:
		v, ok := t.IntValue()
		return ok && v == statusTooManyRequests
	case arksdk.ErrType:
		return j.cls.types[t.StringValue()]
	}
	return false
}

// is429Text reports whether t searches the text of an error from Ark for
// what every 429's text holds: the status ("Error code: 429 - {...}") or a
// 429 type ("TooManyRequests").
func (j *judge) is429Text(t *handling.Test) bool {
	if t.Role != handling.Text || t.Op != handling.Contains || !t.Subject.FromArk && !j.conditionBesideArk(t) {
		return false
	}
	s := t.StringValue()
	if strings.Contains(s, "429") {
		return true
	}
	for typ := range j.cls.types {
		if strings.EqualFold(s, typ) {
			return true
		}
	}
	return false
}

// conditionBesideArk reports whether t tests the error parameter of a retry
// condition handed to the same call as an operation that calls Ark: the
// condition judges Ark's errors (retry.Do(op, retry.RetryIf(func(err error)
// bool { ... })), or Policy{ShouldRetry: byText} beside op).
func (j *judge) conditionBesideArk(t *handling.Test) bool {
	cond := t.Func
	if cond == nil || !j.isPredicate(cond) || cond.Sig == nil {
		return false
	}
	if v, ok := t.Subject.Key.Obj.(*types.Var); !ok || paramIndex(cond.Sig, v) < 0 {
		return false
	}
	for _, op := range j.m.Funcs {
		call := op.PassedTo
		if call == nil || op == cond || j.operationArk(op) == nil {
			continue
		}
		for _, a := range call.Args {
			// policy := Policy{ShouldRetry: func(err error) bool {...}}
			held := a
			lit := j.policyValue(a, op.Outer)
			if lit != nil {
				held = lit
			}
			if j.mentions(held, cond) {
				return true
			}
			// c.policy, set elsewhere, not a literal of its own: it may
			// hold cond if the package puts cond in a policy of its type.
			if compositeOf(lit) == nil && j.policyHolding(cond)[policyType(j.pass.TypesInfo.TypeOf(a))] {
				return true
			}
		}
	}
	return false
}

// policyHolding returns the struct types of the package's policies a
// field of which the package sets to cond (p.ShouldRetry = cond, or
// Policy{ShouldRetry: cond}): a policy of that type handed beside an
// operation may hold it, kept in a field in between (c.policy).
func (j *judge) policyHolding(cond *handling.Func) map[types.Type]bool {
	if held, ok := j.policies[cond]; ok {
		return held
	}
	var held map[types.Type]bool
	if cond.Obj != nil {
		j.fieldPuts(func(_ ast.Expr, holder types.Type, value ast.Expr) {
			if t := policyType(holder); t != nil && j.mentions(value, cond) {
				if held == nil {
					held = make(map[types.Type]bool)
				}
				held[t] = true
			}
		})
	}
	if j.policies == nil {
		j.policies = make(map[*handling.Func]map[types.Type]bool)
	}
	j.policies[cond] = held
	return held
}

// policyType returns the named struct type t is or points to, or nil.
func policyType(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := t.(*types.Named); ok {
		if _, ok := n.Underlying().(*types.Struct); ok {
			return n
		}
	}
	return nil
}

// mentions reports whether e holds the function f: its literal, or an
// identifier naming it.
func (j *judge) mentions(e ast.Expr, f *handling.Func) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			found = found || n == f.Node
		case *ast.Ident:
			found = found || f.Obj != nil && j.pass.TypesInfo.Uses[n] == f.Obj
		}
		return !found
	})
	return found
}

// helperCalls returns f's calls that hand an error to a function whose name
// matches the helpers pattern.
func (j *judge) helperCalls(f *handling.Func) []*ast.CallExpr { return j.toHelpers[f] }

// isPredicate reports whether f is a retry predicate: used as one, or a
// function named like one whose first result is a bool (func(error) bool,
// or func(error) (retry bool, wait time.Duration)).
func (j *judge) isPredicate(f *handling.Func) bool {
	if f == nil {
		return false
	}
	// Under the default pattern the name decides only for a function the
	// package never uses itself (one exported for other packages):
	// otherwise its uses do, and a predicate used only to tell the user to
	// wait is none.
	return f.Predicate || f.Obj != nil && (!f.Used || j.namedHelpers) && handling.VerdictIndex(f.Sig) >= 0 && j.helpers.match(f.Obj.Name()) &&
		(f.Used || !namesLimitOnly(f.Obj.Name()))
}

// limitWords and retryWords are the parts of a name that say what an error
// is (IsRateLimited, IsThrottled, Is429) and what to do with it
// (IsRetryable, isTransient, shouldBackoff).
var (
	limitWords = regexp.MustCompile(`(?i)rate.?limit|throttl|429|too.?many`)
	retryWords = regexp.MustCompile(`(?i)retr(y|ies|iable)|transient|temporar|backoff`)
)

// namesLimitOnly reports whether name says that an error is a rate limit
// without saying it is retried: a function the package never uses so
// named reports a fact about the error (true on every 429 is the truth),
// and is no retry decision unless a use makes it one.
func namesLimitOnly(name string) bool {
	return limitWords.MatchString(name) && !retryWords.MatchString(name)
}

// retries reports whether branch br of f sends the error round again:
// a loop around a call to Ark goes round, a retry predicate returns true,
// a classifier returns a class the code retries, or the error is handed to
// a wrapper that marks it retryable.
func (j *judge) retries(br *handling.Branch, f *handling.Func) bool {
	if br == nil || f == nil {
		return false
	}
	switch br.Decision {
	case handling.GoesRound:
		// A loop that asks something else each round (the next item) skips
		// the error rather than retrying it; so does a call of the function
		// itself with another request (a fallback, a shorter prompt).
		if br.Loop == nil {
			u := f.Unit()
			return u.Obj == nil || u.Sig == nil || j.recursesWithSameArgs(br, u)
		}
		return j.retriesArk(f, br.Loop) || j.staysOnItem(f, br.Loop, br.Node)
	case handling.Reschedules:
		return true
	case handling.ReturnsTrue:
		return j.isPredicate(f)
	case handling.ReturnsClass:
		// How the package's own code treats the class decides; a class it
		// never branches on (returned to other packages) is judged by name.
		if br.Class == nil {
			return false
		}
		if j.m.ClassUsed(br.Class) {
			return j.m.ClassRetried(br.Class) || j.retriedByPredicate(br.Class)
		}
		if _, sentinel := br.Class.(*types.Var); sentinel {
			// A sentinel error's name describes the error (errRetry: "retry
			// later", for the user); only the package's own errors.Is says
			// whether it is retried.
			return false
		}
		return j.helpers.match(br.Class.Name())
	case handling.ReturnsWrapped:
		return br.Wrapper != nil && j.helpers.match(br.Wrapper.Name())
	case handling.ReturnsError:
		return j.runAgainWhenReturned(f)
	}
	return false
}

// runAgainWhenReturned reports whether an error f gives back as it is will
// be run again: f is an operation handed to a retry library that retries
// every error not marked permanent (cenkalti/backoff, avast/retry-go), and
// f marks some errors permanent (return backoff.Permanent(err)), so that
// returning one unmarked is its decision to retry it.
func (j *judge) runAgainWhenReturned(f *handling.Func) bool {
	if v, ok := j.runsAgain[f]; ok {
		return v
	}
	v := false
	if f.PassedTo != nil {
		if fn := arksdk.Callee(j.pass.TypesInfo, f.PassedTo); fn != nil && fn.Pkg() != nil && retriesUnmarked.MatchString(fn.Pkg().Path()) {
			v = j.marksPermanent(f, fn.Pkg())
		}
	}
	if j.runsAgain == nil {
		j.runsAgain = make(map[*handling.Func]bool)
	}
	j.runsAgain[f] = v
	return v
}

// marksPermanent reports whether f returns an error wrapped by a function of
// the retry library lib that marks it not to be retried
// (backoff.Permanent, retry.Unrecoverable).
func (j *judge) marksPermanent(f *handling.Func, lib *types.Package) bool {
	_, none := everyReturn(f.Body, func(ret *ast.ReturnStmt) bool {
		for _, r := range ret.Results {
			if call, ok := ast.Unparen(r).(*ast.CallExpr); ok {
				if fn := arksdk.Callee(j.pass.TypesInfo, call); fn != nil && fn.Pkg() == lib && j.giveUp.match(fn.Name()) {
					return false
				}
			}
		}
		return true
	})
	return !none
}

// staysOnItem reports whether br, a branch or an if leading out of round,
// goes round (or lets the loop go round) a loop over items without
// moving to the next one, so that the loop sends the same request again:
// a for loop with no post statement whose condition reads an index (for i
// := 0; i < len(docs); { ... }) that the body advances only after br (i++
// once the item is done), the call to Ark coming before br.
func (j *judge) staysOnItem(f *handling.Func, round ast.Node, br ast.Node) bool {
	loop, ok := round.(*ast.ForStmt)
	if !ok || loop.Post != nil || loop.Cond == nil {
		return false
	}
	ark := j.arkCallIn(f, loop.Body)
	if ark == nil || ark.Pos() > br.Pos() {
		return false
	}
	info := j.pass.TypesInfo
	var index []types.Object
	ast.Inspect(loop.Cond, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok && !v.IsField() {
				index = append(index, v)
			}
		}
		return true
	})
	if len(index) == 0 {
		return false
	}
	advanced, before := false, false
	ast.Inspect(loop.Body, func(n ast.Node) bool {
		var lhs []ast.Expr
		switch n := n.(type) {
		case *ast.IncDecStmt:
			lhs = []ast.Expr{n.X}
		case *ast.AssignStmt:
			lhs = n.Lhs
		}
		for _, e := range lhs {
			if id, ok := ast.Unparen(e).(*ast.Ident); ok && slices.Contains(index, info.ObjectOf(id)) {
				advanced = true
				before = before || n.Pos() < br.End()
			}
		}
		return true
	})
	return advanced && !before
}

// retriedByPredicate reports whether the package says of the class c that
// it is retried: a function or method returning a bool, taking c's type
// (func (k Class) Retryable() bool), named like a retry predicate, that
// returns a comparison of its argument equal to c (return k == RateLimited
// || k == Transient). Code of other packages asks it what to retry.
func (j *judge) retriedByPredicate(c types.Object) bool {
	if v, ok := j.classPreds[c]; ok {
		return v
	}
	if j.classPreds == nil {
		j.classPreds = make(map[types.Object]bool)
	}
	found := false
	info := j.pass.TypesInfo
	for _, f := range j.m.Funcs {
		if found {
			break
		}
		if f.Obj == nil || f.Body == nil || !handling.ReturnsBool(f.Sig) || f.Sig.Results().Len() != 1 || !j.helpers.match(f.Obj.Name()) {
			continue
		}
		takes := f.Sig.Recv() != nil && types.Identical(f.Sig.Recv().Type(), c.Type()) ||
			f.Sig.Params().Len() == 1 && types.Identical(f.Sig.Params().At(0).Type(), c.Type())
		if !takes {
			continue
		}
		ast.Inspect(f.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				for _, r := range n.Results {
					found = found || equalsInDisjunction(info, r, c)
				}
			}
			return !found
		})
	}
	j.classPreds[c] = found
	return found
}

// equalsInDisjunction reports whether e is x == c, or an || of terms one
// of which is.
func equalsInDisjunction(info *types.Info, e ast.Expr, c types.Object) bool {
	bin, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	switch bin.Op {
	case token.LOR:
		return equalsInDisjunction(info, bin.X, c) || equalsInDisjunction(info, bin.Y, c)
	case token.EQL:
		for _, side := range []ast.Expr{bin.X, bin.Y} {
			if id := arksdk.NameOf(side); id != nil && info.Uses[id] == c {
				return true
			}
		}
	}
	return false
}

// canCarry429 reports whether errors of kind k are a failed HTTP response
// carrying both a status and a code: the errors a rate limit arrives as.
func canCarry429(k arksdk.ErrorKind) bool {
	return k == arksdk.APIError || k == arksdk.OpenAIAPIError || k == arksdk.OpenAIError
}

// statusField names the field holding the status of errors of kind k.
func statusField(k arksdk.ErrorKind) string {
	switch k {
	case arksdk.APIError, arksdk.OpenAIAPIError, arksdk.RequestError, arksdk.OpenAIRequestError:
		return "HTTPStatusCode"
	case arksdk.OpenAIError:
		return "StatusCode"
	}
	return ""
}

type rng struct{ pos, end token.Pos }

func (r rng) Pos() token.Pos { return r.pos }
func (r rng) End() token.Pos { return r.end }

// joinAnd joins names as a sentence does: "A", "A and B", "A, B and C".
func joinAnd(names []string) string {
	if len(names) <= 1 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
