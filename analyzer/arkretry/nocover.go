package arkretry

import (
	"go/ast"

	"github.com/arkvet/arkvet/internal/handling"
)

// noCoverage reports classifications by two or more codes that name no
// retryable 429, in a unit that neither checks for 429 nor hands the error
// to a retry helper.
func (j *judge) noCoverage() {
	for _, c := range j.classified {
		if !c.comparesSeveral() || !canCarry429(c.kind) || j.handled(c) || j.handsToHelper(c) || j.isDelayTable(c) {
			continue
		}
		if covered, _ := j.coverage(c); len(covered) > 0 {
			continue
		}
		if j.otherConcern(c) || j.denyList(c) {
			continue
		}
		subject, at := c.subject()
		j.report(ruleNoCoverage, at, nil,
			"%s names no retryable 429 code, so rate-limited calls %s; check .%s == 429 first or handle the retryable 429 codes",
			subject, c.fallTo(), statusField(c.kind))
	}
}

// otherConcern reports whether every test of c lies in bool functions that
// no retry decision uses: a check of billing or permissions, whose false
// for a rate limit swallows nothing.
func (j *judge) otherConcern(c *classification) bool {
	for _, t := range c.tests {
		f := t.Func
		if f == nil || !handling.ReturnsBool(f.Sig) || j.isPredicate(f) {
			return false
		}
	}
	return true
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
		for _, cc := range sw.Body.List {
			if cc.(*ast.CaseClause).List == nil {
				return "fall to the default branch"
			}
		}
		return "fall through the switch"
	}
	if ch := c.chain(); ch != nil {
		last := ch
		for next, ok := last.Else.(*ast.IfStmt); ok; next, ok = last.Else.(*ast.IfStmt) {
			last = next
		}
		if last.Else != nil {
			return "fall to the final else"
		}
	}
	return "fall through the checks"
}
