package codes

import (
	"slices"
	"strings"
)

// Edit costs for Nearest, in half edits: a case-only substitution is a
// cheap slip (half an edit), every other insertion, deletion or
// substitution a whole edit, and a suggestion may be at most two edits away.
const (
	caseSlipCost = 1
	editCost     = 2
	maxNearCost  = 2 * editCost
	// maxLenDiff is the most the lengths of s and a suggestion can differ:
	// every byte of difference costs at least one whole edit.
	maxLenDiff = maxNearCost / editCost
)

// nearIndex is what Nearest needs of a table, computed once per table.
type nearIndex struct {
	folded   map[string][]string // fold(name) -> names of plain codes
	plain    []string            // names of plain (non-pattern) codes
	patterns []nearPattern
	maxLen   int // the longest plain name or pattern prefix
}

type nearPattern struct {
	prefix string // "InvalidParameter."
	folded string // fold(prefix)
	dots   int    // dots in prefix: s is split after as many
}

func buildNearIndex(t *Table) nearIndex {
	ix := nearIndex{folded: make(map[string][]string)}
	for _, c := range t.codes {
		if p := c.Prefix(); p != "" {
			ix.patterns = append(ix.patterns, nearPattern{prefix: p, folded: fold(p), dots: strings.Count(p, ".")})
			ix.maxLen = max(ix.maxLen, len(p))
			continue
		}
		ix.plain = append(ix.plain, c.Name)
		k := fold(c.Name)
		ix.folded[k] = append(ix.folded[k], c.Name)
		ix.maxLen = max(ix.maxLen, len(c.Name))
	}
	return ix
}

// fold maps a name to the key under which case and separator slips look
// alike: lower case, without '.', '_', '-' and spaces.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := range len(s) {
		c := s[i]
		switch {
		case c == '.' || c == '_' || c == '-' || c == ' ':
		case 'A' <= c && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// splitAfterDots splits s after its n-th dot: "InvalidParamter.Model" with
// n = 1 is "InvalidParamter." and "Model". ok is false when s has fewer
// dots or nothing follows the split (a pattern needs a non-empty name).
func splitAfterDots(s string, n int) (head, rest string, ok bool) {
	i := 0
	for range n {
		j := strings.IndexByte(s[i:], '.')
		if j < 0 {
			return "", "", false
		}
		i += j + 1
	}
	return s[:i], s[i:], i < len(s)
}

// Nearest returns the code s was probably meant to be, when s is not a
// known code and one code is clearly nearest:
//
//   - a case and separator slip ("ratelimitexceeded.endpointrpmexceeded",
//     "Ratelimit_Exceeded.EndpointRPMExceeded") of exactly one code;
//   - else the one code at the smallest edit distance, at most two edits,
//     where a case-only difference costs half an edit; a tie means no
//     suggestion, since guessing between two codes would mislead;
//   - else the code s is with "Error" left off its end or added to it
//     ("AccountOverdue" -> "AccountOverdueError").
//
// For a pattern such as "InvalidParameter.{{Parameter}}", s = "Pfx.Rest"
// whose Pfx is near the pattern's prefix gets the corrected prefix with
// the same Rest ("InvalidParamter.Model" -> "InvalidParameter.Model").
func (t *Table) Nearest(s string) (string, bool) {
	return t.nearest(s, false)
}

// NearestFold is Nearest for a comparison that ignores case
// (strings.EqualFold, or a code lower-cased first): a difference of case
// costs nothing, so "outputtextsensitivecontentdetect" is two edits from
// OutputTextSensitiveContentDetected.
func (t *Table) NearestFold(s string) (string, bool) {
	return t.nearest(s, true)
}

func (t *Table) nearest(s string, ignoreCase bool) (string, bool) {
	lookup := t.Lookup
	if ignoreCase {
		lookup = t.LookupFold
	}
	if _, ok := lookup(s); ok {
		return "", false
	}
	ix := &t.near

	// Slips: equal after folding. A slip of a whole code name is more
	// specific than one of a pattern's prefix, so it is tried first:
	// "invalidparameter.unsupportedparameter" is the code
	// InvalidParameter.UnsupportedParameter, not the pattern with the name
	// "unsupportedparameter".
	if names := ix.folded[fold(s)]; len(names) > 0 {
		if len(names) == 1 {
			return names[0], true
		}
	} else {
		var slip []string
		for _, p := range ix.patterns {
			if head, rest, ok := splitAfterDots(s, p.dots); ok && fold(head) == p.folded {
				slip = appendNew(slip, p.prefix+rest)
			}
		}
		if len(slip) == 1 {
			return slip[0], true
		}
	}

	// Edit distance: the unique candidate at the smallest cost.
	pick := newNearestPicker(ix.maxLen)
	measured := func(x string) string { return x }
	if ignoreCase {
		measured = strings.ToLower
	}
	ms := measured(s)
	for _, name := range ix.plain {
		pick.consider(ms, measured(name), name)
	}
	for _, p := range ix.patterns {
		if head, rest, ok := splitAfterDots(s, p.dots); ok {
			pick.consider(measured(head), measured(p.prefix), p.prefix+rest)
		}
	}
	if name, ok := pick.result(); ok {
		return name, true
	}
	return t.errorSuffixSlip(s)
}

// errorSuffixSlip returns the code s is with its "Error" suffix left off
// or added: AccountOverdue for AccountOverdueError, ServerOverloadedError
// for ServerOverloaded. Some of Ark's codes end in the word and most do
// not, which the edit distance (five letters) cannot see.
func (t *Table) errorSuffixSlip(s string) (string, bool) {
	const suffix = "Error"
	if n := len(s) - len(suffix); n > 0 && strings.EqualFold(s[n:], suffix) {
		return t.slipOf(s[:n])
	}
	if s == "" || strings.HasSuffix(s, ".") {
		return "", false
	}
	return t.slipOf(s + suffix)
}

// slipOf returns the plain code s is, exactly or but for case and
// separators ("accountoverdueerror" for AccountOverdueError) when only one
// code is so.
func (t *Table) slipOf(s string) (string, bool) {
	if c, ok := t.Lookup(s); ok {
		return c.Name, !c.IsPattern()
	}
	if names := t.near.folded[fold(s)]; len(names) == 1 {
		return names[0], true
	}
	return "", false
}

// nearestPicker picks the one suggestion at the smallest edit cost, at
// most maxNearCost; a tie between different suggestions means none.
type nearestPicker struct {
	best  int      // the smallest cost so far, maxNearCost+1 before any
	cands []string // the distinct suggestions at best
	buf   []int    // editDistance's rows
}

// newNearestPicker returns a picker whose buffer fits b up to maxLen
// bytes long; it grows for longer ones.
func newNearestPicker(maxLen int) *nearestPicker {
	return &nearestPicker{best: maxNearCost + 1, buf: make([]int, 2*(maxLen+1))}
}

// consider offers suggestion, whose cost is the edit distance between a
// and b; a and b whose lengths differ by more than maxLenDiff are too far
// apart to measure.
func (p *nearestPicker) consider(a, b, suggestion string) {
	if abs(len(a)-len(b)) > maxLenDiff {
		return
	}
	if need := 2 * (len(b) + 1); len(p.buf) < need {
		p.buf = make([]int, need)
	}
	d := editDistance(a, b, p.best, p.buf)
	switch {
	case d < p.best:
		p.best, p.cands = d, append(p.cands[:0], suggestion)
	case d == p.best && d <= maxNearCost:
		p.cands = appendNew(p.cands, suggestion)
	}
}

// result returns the suggestion picked, or false on a tie or when none
// was near enough.
func (p *nearestPicker) result() (string, bool) {
	if p.best <= maxNearCost && len(p.cands) == 1 {
		return p.cands[0], true
	}
	return "", false
}

// appendNew appends c to list unless list holds it already.
func appendNew(list []string, c string) []string {
	if slices.Contains(list, c) {
		return list
	}
	return append(list, c)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// editDistance returns the Levenshtein distance between a and b in the
// costs above, or some value > limit once it is sure to exceed limit. buf
// must hold 2*(len(b)+1) ints.
func editDistance(a, b string, limit int, buf []int) int {
	prev, cur := buf[:len(b)+1], buf[len(b)+1:2*(len(b)+1)]
	for j := range prev {
		prev[j] = j * editCost
	}
	for i := range len(a) {
		cur[0] = (i + 1) * editCost
		rowMin := cur[0]
		for j := range len(b) {
			sub := prev[j] + substCost(a[i], b[j])
			d := min(sub, prev[j+1]+editCost, cur[j]+editCost)
			cur[j+1] = d
			rowMin = min(rowMin, d)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func substCost(x, y byte) int {
	switch {
	case x == y:
		return 0
	case lower(x) == lower(y):
		return caseSlipCost
	}
	return editCost
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
