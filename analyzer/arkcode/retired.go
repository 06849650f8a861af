package arkcode

import (
	"fmt"
	"go/constant"
	"slices"
	"strings"

	"github.com/arkvet/arkvet/codes"
)

// This file says what to report of a comparison with a retired code: one
// that earlier versions of Ark's error-code page listed and the current
// ones do not ("RateLimitExceeded.FoundationModelRPMExceeded"). The code
// existed, so calling it unknown and suggesting a look-alike would mislead;
// what helps is when it was last seen and what Ark documents instead.

// retiredVerdict is the verdict on s, compared with the retired code rc
// (s is rc's name, or for EqualFold its name but for case). Comparing with
// a retired code is right, as Ark may still send it; what may be wrong is
// missing its successor. So there is a finding only when Ark documents a
// successor that the package compares with nowhere: with no successor, or
// one handled already, there is nothing to do. The fix writes the
// successor when there is exactly one and the package does not compare
// with another retired code of that successor: a blind fix would then make
// a duplicate case.
func (c *checker) retiredVerdict(s string, rc *codes.Code) verdict {
	succ := rc.Successors()
	if len(succ) == 0 || slices.ContainsFunc(succ, c.handled) {
		return verdict{}
	}
	v := verdict{category: categoryRetiredCode}
	v.msg = fmt.Sprintf("Ark's error-code page no longer lists %q %s", s, retiredHistory(rc))
	if len(succ) != 1 {
		v.msg += "; compare with " + joinWords(succ, "or") + " as well"
		return v
	}
	for _, other := range c.codeList() {
		if other != rc && other.Retired() && slices.Equal(other.Successors(), succ) && c.handled(other.Name) {
			v.msg += fmt.Sprintf(" and for %s, which this package compares with too; compare with %s as well", other.Name, succ[0])
			return v
		}
	}
	v.msg += "; compare with it as well"
	v.fix, v.add = succ[0], true
	return v
}

// retiredHistory says when rc was last seen and what replaced it:
// "(last seen on its 2024-07 version); Ark documents X for this now".
func retiredHistory(rc *codes.Code) string {
	r := rc.Retirement
	seen := r.SeenOn
	if seen == "" {
		seen = "its " + r.LastSeen + " version"
	}
	return fmt.Sprintf("(last seen on %s); %s", seen, successorText(rc.Successors()))
}

// successorText says which current codes Ark documents instead of one
// retired code: any of succ.
func successorText(succ []string) string {
	if len(succ) == 0 {
		return "no later version lists a code for this"
	}
	return fmt.Sprintf("Ark documents %s for this now", joinWords(succ, "or"))
}

// joinWords joins words as a list in prose: "A", "A or B", "A, B or C".
func joinWords(words []string, conj string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " " + conj + " " + words[len(words)-1]
}

// retiredNote is added to a suggestion of the retired code rc: a typo of a
// retired code was meant to be that code, which is retired in turn.
func retiredNote(rc *codes.Code) string {
	return fmt.Sprintf("(a retired code: Ark's error-code page no longer lists it %s)", retiredHistory(rc))
}

// retiredFragment is the verdict on a prefix, suffix or substring s of a
// code that only retired codes have: "starts with", applied as has is. As
// for a whole retired code, the finding is that the search misses their
// successors, and there is none when they have none or the package
// compares with every one already.
func (c *checker) retiredFragment(verb, s string, has func(name, s string) bool) verdict {
	var names, succ []string
	for _, code := range c.codeList() {
		if code.Retired() && !code.IsPattern() && has(code.Name, s) {
			names = append(names, code.Name)
			for _, n := range code.Successors() {
				if !slices.Contains(succ, n) && !c.handled(n) {
					succ = append(succ, n)
				}
			}
		}
	}
	if len(succ) == 0 {
		return verdict{}
	}
	msg := fmt.Sprintf("only retired Ark error codes %s %q", verb, s)
	if len(names) > 0 {
		msg += fmt.Sprintf(" (%s), which Ark's error-code page no longer lists", joinWords(names, "and"))
	}
	msg += fmt.Sprintf("; Ark documents %s for these now: compare with them as well", joinWords(succ, "and"))
	return verdict{msg: msg, category: categoryRetiredCode}
}

// retiredText reports op, a string searched for in an error's text, when
// it is a retired code, and says whether a retired code has op as part of
// its name: then it is no misspelling. Only a whole code is reported, since
// the text holds much besides the code ("FoundationModel" is in current
// messages too). The text is not rewritten: the search may be meant for
// servers that still send the old code.
func (c *checker) retiredText(op operand) bool {
	if !c.table.Contains(op.value) {
		return false
	}
	if rc, ok := c.table.Lookup(op.value); ok && rc.Retired() {
		if v := c.retiredVerdict(op.value, rc); v.msg != "" {
			v.msg += " (searched for in the error text)"
			v.fix = ""
			c.reportVerdict(op, v)
		}
	}
	return true
}

// handled reports whether some string constant of the package is name:
// the package compares with that code somewhere already.
func (c *checker) handled(name string) bool {
	for _, tv := range c.pass.TypesInfo.Types {
		if tv.Value != nil && tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == name {
			return true
		}
	}
	return false
}
