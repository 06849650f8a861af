package arkretry

import (
	"fmt"
	"go/ast"
	"go/token"
	"strconv"
	"strings"

	"github.com/arkvet/arkvet/codes"
	"github.com/arkvet/arkvet/internal/arksdk"
	"github.com/arkvet/arkvet/internal/diag"
	"golang.org/x/tools/go/analysis"
)

// judgeGroup applies rules 1 and 2 to a classification once its unit is
// walked, when every status check and helper call of the unit is known.
func (w *walker) judgeGroup(g *group) {
	if w.unit.handled[g.field.key] {
		return // a status or type check covers every 429
	}
	var covered, missing []*codes.Code
	for _, c := range w.cls.backoff {
		if g.covers(c) {
			covered = append(covered, c)
		} else {
			missing = append(missing, c)
		}
	}
	if g.distinct() < 2 {
		return // a single code of interest is no classification
	}
	switch {
	case len(covered) > 0 && len(missing) > 0:
		w.reportPartial(g, covered, missing)
	case len(covered) == 0 && canCarry429(g.field.kind) && !w.unit.helper:
		w.reportUncovered(g)
	}
}

// covers reports whether a comparison of g names c.
func (g *group) covers(c *codes.Code) bool {
	for _, cmp := range g.cmps {
		if cmp.prefix && strings.HasPrefix(c.Name, cmp.value) || !cmp.prefix && c.Matches(cmp.value) {
			return true
		}
	}
	return false
}

// distinct counts the distinct codes and prefixes g compares with.
func (g *group) distinct() int {
	seen := make(map[codeCmp]bool)
	for _, c := range g.cmps {
		seen[codeCmp{value: c.value, prefix: c.prefix}] = true
	}
	return len(seen)
}

// sw returns the switch that g's comparisons are cases of, if any.
func (g *group) sw() *ast.SwitchStmt {
	for _, c := range g.cmps {
		if c.cond.sw != nil {
			return c.cond.sw
		}
	}
	return nil
}

// chain returns the first if of the else-if chain holding g's comparisons.
func (g *group) chain() *ast.IfStmt {
	for _, c := range g.cmps {
		if c.cond.chain != nil {
			return c.cond.chain
		}
	}
	return nil
}

// subject names the form of the classification for a message, and the
// node to report at.
func (g *group) subject() (string, analysis.Range) {
	if sw := g.sw(); sw != nil {
		end := sw.Body.Lbrace
		if sw.Tag != nil {
			end = sw.Tag.End()
		}
		return "switch on Ark error code", rng{sw.Pos(), end}
	}
	if ch := g.chain(); ch != nil && ch.Else != nil {
		return "if/else chain on Ark error code", g.cmps[0].node
	}
	return "checks of Ark error code", g.cmps[0].node
}

type rng struct{ pos, end token.Pos }

func (r rng) Pos() token.Pos { return r.pos }
func (r rng) End() token.Pos { return r.end }

// statusField names the field holding the status of errors of kind k, or ""
// when they have none.
func statusField(k arksdk.ErrorKind) string {
	switch k {
	case arksdk.APIError, arksdk.OpenAIAPIError:
		return "HTTPStatusCode"
	case arksdk.OpenAIError:
		return "StatusCode"
	}
	return ""
}

// reportPartial reports rule 1: some retryable 429 codes named, not all.
func (w *walker) reportPartial(g *group, covered, missing []*codes.Code) {
	subject, at := g.subject()
	verb := "handle"
	if strings.HasPrefix(subject, "switch") || strings.HasPrefix(subject, "if/else") {
		verb = "handles"
	}
	advice := "handle them alike"
	if f := statusField(g.field.kind); f != "" {
		advice += " or check ." + f + " == 429"
	}
	d := analysis.Diagnostic{
		Pos: at.Pos(),
		End: at.End(),
		Message: fmt.Sprintf("%s %s %s but not the retryable %s; %s",
			subject, verb, joinAnd(names(covered)), joinAnd(names(missing)), advice),
	}
	if fix, ok := g.addToCase(covered, missing); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	diag.Report(w.pass, d)
}

// addToCase is rule 1's fix for a tagged switch: add the missing codes to
// the one case clause that names the covered ones.
func (g *group) addToCase(covered, missing []*codes.Code) (analysis.SuggestedFix, bool) {
	var clause *ast.CaseClause
	for _, cmp := range g.cmps {
		cc, ok := cmp.cond.owner.(*ast.CaseClause)
		if !ok || cmp.cond.sw == nil || cmp.cond.sw.Tag == nil || cmp.prefix {
			return analysis.SuggestedFix{}, false // not all in one tagged switch
		}
		if !namesAny(covered, cmp.value) {
			continue
		}
		if clause != nil && clause != cc {
			return analysis.SuggestedFix{}, false // which case would be a guess
		}
		clause = cc
	}
	if clause == nil || len(clause.List) == 0 {
		return analysis.SuggestedFix{}, false
	}
	var text strings.Builder
	for _, c := range missing {
		if c.IsPattern() {
			return analysis.SuggestedFix{}, false // no one literal names a pattern
		}
		text.WriteString(", " + strconv.Quote(c.Name))
	}
	at := clause.List[len(clause.List)-1].End()
	return analysis.SuggestedFix{
		Message:   "add the missing retryable 429 codes to the case",
		TextEdits: []analysis.TextEdit{{Pos: at, End: at, NewText: []byte(text.String())}},
	}, true
}

func namesAny(list []*codes.Code, s string) bool {
	for _, c := range list {
		if c.Matches(s) {
			return true
		}
	}
	return false
}

// reportUncovered reports rule 2: several codes, none a retryable 429.
func (w *walker) reportUncovered(g *group) {
	subject, at := g.subject()
	var fallTo string
	if sw := g.sw(); sw != nil {
		fallTo = "fall through the switch"
		for _, cc := range clauses(sw) {
			if cc.List == nil {
				fallTo = "fall to the default branch"
			}
		}
	} else {
		fallTo = "fall through the checks"
		if ch := g.chain(); ch != nil {
			last := ch
			for next, ok := last.Else.(*ast.IfStmt); ok; next, ok = last.Else.(*ast.IfStmt) {
				last = next
			}
			if last.Else != nil {
				fallTo = "fall to the final else"
			}
		}
	}
	diag.Report(w.pass, analysis.Diagnostic{
		Pos: at.Pos(),
		End: at.End(),
		Message: fmt.Sprintf("%s names no retryable 429 code, so rate-limited calls %s; check .%s == 429 first or handle the retryable 429 codes",
			subject, fallTo, statusField(g.field.kind)),
	})
}

func names(list []*codes.Code) []string {
	out := make([]string, len(list))
	for i, c := range list {
		out[i] = c.Name
	}
	return out
}

// joinAnd joins names as a sentence does: "A", "A and B", "A, B and C".
func joinAnd(names []string) string {
	if len(names) <= 1 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
