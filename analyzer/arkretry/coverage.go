package arkretry

import (
	"go/ast"
	"go/constant"
	"go/types"

	"github.com/arkvet/arkvet/codes"
	"github.com/arkvet/arkvet/internal/arksdk"
	"github.com/arkvet/arkvet/internal/handling"
	"golang.org/x/tools/go/analysis"
)

// classification is the tests of one Ark error's code within one
// top-level function (with the literals nested in it).
type classification struct {
	unit  *handling.Func
	key   handling.Key
	kind  arksdk.ErrorKind
	tests []*handling.Test
}

// classifications groups the model's code tests, in source order.
func (j *judge) classifications() []*classification {
	type groupKey struct {
		unit *handling.Func
		key  handling.Key
	}
	var out []*classification
	index := make(map[groupKey]*classification)
	for _, t := range j.m.Tests {
		if t.Role != arksdk.Code || t.Func == nil {
			continue
		}
		k := groupKey{t.Func.Unit(), t.Subject.Key}
		c := index[k]
		if c == nil {
			c = &classification{unit: k.unit, key: k.key, kind: t.Subject.Kind}
			index[k] = c
			out = append(out, c)
		}
		c.tests = append(c.tests, t)
	}
	return out
}

// coverage splits the retryable 429 codes into those c names and not. A
// retired 429 that c names is covered; one it leaves out is not missing.
// A code only one API sends (the per-minute image limit) is not missing
// from a package whose calls to Ark never reach that API.
func (j *judge) coverage(c *classification) (covered, missing []*codes.Code) {
	for _, code := range j.cls.backoff {
		switch {
		case j.namesCode(c, code):
			covered = append(covered, code)
		case j.mayGet(c, code):
			missing = append(missing, code)
		}
	}
	// Only a retired code named outright: a prefix that also starts one
	// ("RateLimitExceeded.") was written for the current codes.
	for _, code := range j.cls.retired {
		for _, t := range c.tests {
			if (t.Op == handling.Equal || t.Op == handling.NotEqual) && names(t, code) {
				covered = append(covered, code)
				break
			}
		}
	}
	return covered, missing
}

// mayGet reports whether the errors c classifies may hold code: errors of
// a kind only one API's responses carry hold only that API's codes
// (arksdk.KindAPI); otherwise code is sent by every API, or by one the
// package calls. A classifier for other packages, making no call itself,
// is not asked for a code of one API (the per-minute image limit): most
// programs never call it, and those that do call it elsewhere.
func (j *judge) mayGet(c *classification, code *codes.Code) bool {
	api := arksdk.CodeAPI(code.Name)
	if kindAPI := arksdk.KindAPI(c.kind); kindAPI != "" {
		return api == kindAPI
	}
	return api == "" || j.apis[api]
}

func (j *judge) namesCode(c *classification, code *codes.Code) bool {
	for _, t := range c.tests {
		if names(t, code) {
			return true
		}
	}
	return false
}

// comparesSeveral reports whether c compares with two distinct values at
// least: one comparison is not a classification.
func (c *classification) comparesSeveral() bool {
	for _, t := range c.tests[min(1, len(c.tests)):] {
		if t.StringValue() != c.tests[0].StringValue() {
			return true
		}
	}
	return false
}

// handled reports whether the unit of c checks the same error's status
// against 429, or its type against a 429 type: that covers every 429.
func (j *judge) handled(c *classification) bool {
	for _, t := range j.unitTests[c.unit] {
		if t.Subject.Key == c.key && j.is429Test(t) {
			return true
		}
	}
	return false
}

// handsToHelper reports whether the unit of c hands an error to a retry
// helper.
func (j *judge) handsToHelper(c *classification) bool {
	for _, f := range j.unitFuncs[c.unit] {
		if len(j.helperCalls(f)) > 0 {
			return true
		}
	}
	return false
}

// retriedBefore reports whether the unit of c first hands its call to Ark,
// as an operation, to code that retries 429s: a retry library or another
// package's helper taking a retry condition, or a function of the package
// that looks for a 429 (withBackoff(ctx, func() error { ... })). The
// errors that come back are what those retries did not clear: codes
// classified after them need no 429.
func (j *judge) retriedBefore(c *classification) bool {
	for _, f := range j.unitFuncs[c.unit] {
		if f.PassedTo == nil || j.operationArk(f) == nil {
			continue
		}
		if j.toRetryingHelper(f) {
			return true
		}
		callee := arksdk.Callee(j.pass.TypesInfo, f.PassedTo)
		if callee != nil && callee.Pkg() == j.pass.Pkg {
			if d := j.m.DeclOf(callee.Origin()); d != nil && j.testsLook429(d.Unit()) {
				return true
			}
		}
	}
	return false
}

// sw returns the switch that c's tests are cases of, if any.
func (c *classification) sw() *ast.SwitchStmt {
	for _, t := range c.tests {
		if s, ok := t.Set.(*ast.SwitchStmt); ok {
			return s
		}
	}
	return nil
}

// chain returns the if statement of c's first test when it has an else.
func (c *classification) chain() *ast.IfStmt {
	for _, t := range c.tests {
		if t.Branch != nil {
			if s, ok := t.Branch.Node.(*ast.IfStmt); ok && s.Else != nil {
				return s
			}
		}
	}
	return nil
}

// subject names the form of c for a message, and the range to report at.
func (c *classification) subject() (string, analysis.Range) {
	if sw := c.sw(); sw != nil {
		end := sw.Body.Lbrace
		if sw.Tag != nil {
			end = sw.Tag.End()
		}
		return "switch on Ark error code", rng{sw.Pos(), end}
	}
	if c.chain() != nil {
		return "if/else chain on Ark error code", c.tests[0].Node
	}
	if len(c.tests) == 1 {
		return "check of Ark error code", c.tests[0].Node
	}
	return "checks of Ark error code", c.tests[0].Node
}

// delaysOnly reports whether f is a declaration that gives back just a
// time.Duration, from every return a constant other than 0.
func (j *judge) delaysOnly(f *handling.Func) bool {
	decl, ok := f.Node.(*ast.FuncDecl)
	if !ok || decl.Body == nil || f.Sig == nil || f.Sig.Results().Len() != 1 || !handling.IsDuration(f.Sig.Results().At(0).Type()) {
		return false
	}
	n, all := everyReturn(decl.Body, func(ret *ast.ReturnStmt) bool {
		if len(ret.Results) != 1 {
			return false
		}
		v := j.pass.TypesInfo.Types[ret.Results[0]].Value
		return v != nil && constant.Sign(v) != 0
	})
	return n > 0 && all
}

// isDelayTable reports whether every test of c looks the code up in a map
// whose values are not verdicts (a duration, a number), or lies in a
// function that gives back a time.Duration and nothing else, a constant
// delay other than 0 from every return (switch code { case ...TPM...:
// return time.Minute }; return 15 * time.Second): a table of delays per
// code decides how long to wait, not whether to retry. One that returns 0
// for some codes says "do not wait for these": a verdict.
func (j *judge) isDelayTable(c *classification) bool {
	if f := c.tests[0].Func; f != nil && j.delaysOnly(f) {
		same := true
		for _, t := range c.tests {
			same = same && t.Func == f
		}
		if same {
			return true
		}
	}
	for _, t := range c.tests {
		lit, ok := t.Set.(*ast.CompositeLit)
		if !ok {
			return false
		}
		m, ok := j.pass.TypesInfo.TypeOf(lit).Underlying().(*types.Map)
		if !ok {
			return false
		}
		b, ok := m.Elem().Underlying().(*types.Basic)
		if !ok || b.Info()&types.IsNumeric == 0 {
			return false
		}
	}
	return true
}

// onlyCounts reports whether every test of c guards a branch that only
// bumps counters (l.hits.Add(1), metrics.Limited.Inc(), n++): a metric of
// which limit was hit, which decides nothing about the error, so there is
// no coverage to be partial about. A branch that logs, sets a variable,
// returns or waits is a decision and keeps c a classification.
func (j *judge) onlyCounts(c *classification) bool {
	for _, t := range c.tests {
		br := t.Branch
		if br == nil || br.Decision != handling.Undecided || br.Waits || len(br.Body) == 0 {
			return false
		}
		for _, s := range br.Body {
			if !j.bumpsCounter(s) {
				return false
			}
		}
	}
	return true
}

// bumpsCounter reports whether s is n++ or a call of a method given only
// constants (Add(1), Inc(), WithLabelValues("tpm").Inc()).
func (j *judge) bumpsCounter(s ast.Stmt) bool {
	switch s := s.(type) {
	case *ast.IncDecStmt:
		return true
	case *ast.ExprStmt:
		for e := s.X; ; {
			call, ok := ast.Unparen(e).(*ast.CallExpr)
			if !ok {
				return false
			}
			sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if !ok || j.pass.TypesInfo.Selections[sel] == nil {
				return false // a function, not a method: log.Printf("limited")
			}
			for _, a := range call.Args {
				if j.pass.TypesInfo.Types[a].Value == nil {
					return false
				}
			}
			inner, ok := ast.Unparen(sel.X).(*ast.CallExpr)
			if !ok {
				return true
			}
			e = inner
		}
	}
	return false
}
