package arkretry

import (
	"go/ast"
	"go/token"
	"strconv"
	"strings"

	"github.com/arkvet/arkvet/codes"
	"github.com/arkvet/arkvet/internal/arksdk"
	"github.com/arkvet/arkvet/internal/handling"
	"golang.org/x/tools/go/analysis"
)

// partialCoverage reports classifications that name some retryable 429
// codes but not all, unless a status check covers every 429.
func (j *judge) partialCoverage() {
	for _, c := range j.classified {
		if !c.comparesSeveral() && !j.retriesFamily(c) && !j.retriesOne(c) || j.handled(c) || j.describes(c) || j.isDelayTable(c) || j.onlyCounts(c) || j.midstream(c) {
			continue
		}
		covered, missing := j.coverage(c)
		if len(covered) == 0 || len(missing) == 0 {
			continue
		}
		subject, at := c.subject()
		if clause, _ := j.coveringClause(c, covered); clause != nil {
			// The case that lists the codes handled is where the others go.
			at = rng{clause.Case, clause.Colon + 1}
		}
		verb := "handle"
		if !strings.HasPrefix(subject, "checks") {
			verb = "handles"
		}
		advice := "handle them alike"
		if f := statusField(c.kind); f != "" {
			advice += " or check ." + f + " == 429"
		}
		var fixes []analysis.SuggestedFix
		if fix, ok := j.addToCase(c, covered, missing); ok {
			fixes = []analysis.SuggestedFix{fix}
		}
		j.report(rulePartial, at, fixes, "%s %s %s but not the retryable %s; %s",
			subject, verb, joinAnd(codeNames(covered)), joinAnd(codeNames(missing)), advice)
	}
}

// retriesFamily reports whether c, one test, retries a family of codes it
// matches by a part of their names (strings.HasPrefix(apiErr.Code,
// "RateLimitExceeded.") in a retry predicate): a test written to take in
// every code of a kind, as a list of codes is, and judged like one.
func (j *judge) retriesFamily(c *classification) bool {
	for _, t := range c.tests {
		switch t.Op {
		case handling.Prefix, handling.Suffix, handling.Contains:
			if len(j.named(j.cls.backoff, t)) >= 2 && t.Direct && j.retries(t.Branch, t.Func) {
				return true
			}
		}
	}
	return false
}

// retriesOne reports whether c, one test, sends a single retryable 429
// code round again where the retry is known from the code, not from a
// name: a loop around Ark goes round, a predicate used as a retry
// condition returns true, a classifier returns a class the package
// retries. That test is the call's retry policy, and every other rate
// limit fails at once. A function the package never uses, named like a
// predicate, may be one code of interest among others and stays quiet.
func (j *judge) retriesOne(c *classification) bool {
	if j.defersVerdict(c) {
		return false
	}
	for _, t := range c.tests {
		if t.Op != handling.Equal || !t.Direct || len(j.named(j.cls.backoff, t)) != 1 || t.Branch == nil {
			continue
		}
		switch br := t.Branch; br.Decision {
		case handling.ReturnsTrue:
			if !t.Func.Predicate {
				continue
			}
		case handling.ReturnsClass:
			if br.Class == nil || !j.m.ClassUsed(br.Class) {
				continue
			}
		}
		if j.retries(t.Branch, t.Func) {
			return true
		}
	}
	return false
}

// defersVerdict reports whether the unit of c hands the error to another
// function giving a verdict (return arkerr.Retryable(err) after one code of
// its own): the rest of the decision is that function's, out of view.
func (j *judge) defersVerdict(c *classification) bool {
	for _, f := range j.unitFuncs[c.unit] {
		for _, call := range f.HelperCalls {
			if fn := arksdk.Callee(j.pass.TypesInfo, call); fn != nil && handling.VerdictIndex(fn.Signature()) >= 0 {
				return true
			}
		}
	}
	return false
}

// coveringClause returns the one case clause of a tagged switch that names
// the covered codes, and its branch; nil when c is not all in one tagged
// switch or the covered codes are in several cases.
func (j *judge) coveringClause(c *classification, covered []*codes.Code) (*ast.CaseClause, *handling.Branch) {
	var clause *ast.CaseClause
	var br *handling.Branch
	for _, t := range c.tests {
		if t.Branch == nil {
			return nil, nil
		}
		cc, ok := t.Branch.Node.(*ast.CaseClause)
		sw, isSwitch := t.Set.(*ast.SwitchStmt)
		if !ok || !isSwitch || sw.Tag == nil || t.Op != handling.Equal {
			return nil, nil // not all in one tagged switch
		}
		if len(j.named(covered, t)) == 0 {
			continue
		}
		if clause != nil && clause != cc {
			return nil, nil // which case would be a guess
		}
		clause, br = cc, t.Branch
	}
	return clause, br
}

// addToCase is the fix of partial coverage in a tagged switch: add the
// missing codes to the one case clause that names the covered ones. It is
// offered only where that case is a generic rate-limit action (see
// genericAction), since adding a code to a branch that does something
// particular to its codes changes what the program means; elsewhere the
// message says what to add.
func (j *judge) addToCase(c *classification, covered, missing []*codes.Code) (analysis.SuggestedFix, bool) {
	clause, br := j.coveringClause(c, covered)
	if clause == nil || len(clause.List) < 2 || !j.genericAction(br) {
		return analysis.SuggestedFix{}, false
	}
	var add []string
	for _, code := range missing {
		if code.IsPattern() {
			return analysis.SuggestedFix{}, false // no one literal names a pattern
		}
		add = append(add, strconv.Quote(code.Name))
	}
	last := clause.List[len(clause.List)-1]
	fset := j.pass.Fset
	// One code per line once the list would pass gofmt's usual width.
	width := fset.Position(last.End()).Column
	for _, s := range add {
		width += len(s) + 2
	}
	sep := ", "
	if width > 100 {
		indent := strings.Repeat("\t", fset.Position(clause.Pos()).Column)
		sep = ",\n" + indent
	}
	text := sep + strings.Join(add, sep)
	return analysis.SuggestedFix{
		Message:   "add the missing retryable 429 codes to the case",
		TextEdits: []analysis.TextEdit{{Pos: last.End(), End: last.End(), NewText: []byte(text)}},
	}, true
}

// genericAction reports whether br treats its codes as rate limits in
// general: it names two or more retryable 429 codes alike, and its body
// holds no text of its own (a message about one limit, such as "endpoint
// requests-per-minute limit"), which a code added to it would make untrue.
func (j *judge) genericAction(br *handling.Branch) bool {
	n := 0
	for _, t := range br.Tests {
		n += len(j.named(j.cls.backoff, t))
	}
	if n < 2 {
		return false
	}
	for _, s := range br.Body {
		text := false
		ast.Inspect(s, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				text = true
			}
			return !text
		})
		if text {
			return false
		}
	}
	return true
}
