package codes

import "strings"

// This file answers questions about parts of codes and about error types,
// for checks that compare a code's prefix, suffix or a substring of it
// (strings.HasPrefix(code, "RateLimitExceeded.")), or an error type.

// HasSuffix reports whether some code ends with suffix. For a pattern, the
// suffix must start in the prefix part and run on past the dot into the
// name ("Parameter.Model" and ".Model" fit "InvalidParameter.{{Parameter}}");
// a suffix that lies wholly in the free name would fit every pattern and so
// says nothing, and does not count.
func (t *Table) HasSuffix(suffix string) bool {
	for _, c := range t.codes {
		p := c.Prefix()
		if p == "" {
			if strings.HasSuffix(c.Name, suffix) {
				return true
			}
			continue
		}
		for i := range len(p) {
			if len(suffix) > len(p)-i && strings.HasPrefix(suffix, p[i:]) {
				return true
			}
		}
	}
	return false
}

// NearestPrefix returns the prefix of a code that s, which is the prefix of
// none, was probably meant to be: the one candidate at the smallest edit
// distance (at most two edits, a case-only difference half an edit), or
// false on a tie or when none is near.
func (t *Table) NearestPrefix(s string) (string, bool) {
	return t.nearestFragment(s, func(name string, yield func(string)) {
		for k := len(s) - maxLenDiff; k <= len(s)+maxLenDiff; k++ {
			if k > 0 && k <= len(name) {
				yield(name[:k])
			}
		}
	}, func(p *nearPattern, yield func(string)) {
		// s may run on past the pattern's dot into the name.
		if head, rest, ok := splitAfterDots(s, p.dots); ok && abs(len(head)-len(p.prefix)) <= maxLenDiff {
			yield(p.prefix + rest)
		}
	})
}

// NearestSuffix is NearestPrefix for suffixes of plain codes.
func (t *Table) NearestSuffix(s string) (string, bool) {
	return t.nearestFragment(s, func(name string, yield func(string)) {
		for k := len(s) - maxLenDiff; k <= len(s)+maxLenDiff; k++ {
			if k > 0 && k <= len(name) {
				yield(name[len(name)-k:])
			}
		}
	}, nil)
}

// NearestSubstring is NearestPrefix for substrings of plain codes and of
// patterns' prefixes.
func (t *Table) NearestSubstring(s string) (string, bool) {
	return t.nearestFragment(s, func(name string, yield func(string)) {
		for k := len(s) - maxLenDiff; k <= len(s)+maxLenDiff; k++ {
			for i := 0; k > 0 && i+k <= len(name); i++ {
				yield(name[i : i+k])
			}
		}
	}, nil)
}

// nearestFragment returns the unique candidate nearest to s among those
// that plain yields for each plain code name and each pattern prefix, and
// that pattern yields for each pattern.
func (t *Table) nearestFragment(s string, plain func(name string, yield func(string)), pattern func(p *nearPattern, yield func(string))) (string, bool) {
	ix := &t.near
	seen := make(map[string]bool)
	var cands []string
	collect := func(c string) {
		if c != s && !seen[c] {
			seen[c] = true
			cands = append(cands, c)
		}
	}
	for _, name := range ix.plain {
		plain(name, collect)
	}
	for i := range ix.patterns {
		plain(ix.patterns[i].prefix, collect)
		if pattern != nil {
			pattern(&ix.patterns[i], collect)
		}
	}
	return nearestOf(s, cands)
}

// NearestType returns the error type s was probably meant to be, when s is
// not an error type: the one type equal to s after folding case and
// separators, else the one type at the smallest edit distance (as for
// Nearest), or false.
func (t *Table) NearestType(s string) (string, bool) {
	if t.IsType(s) {
		return "", false
	}
	var slip []string
	for _, typ := range t.types {
		if fold(typ) == fold(s) {
			slip = append(slip, typ)
		}
	}
	if len(slip) == 1 {
		return slip[0], true
	}
	return nearestOf(s, t.types)
}

// nearestOf returns the one candidate at the smallest edit distance from s,
// at most maxNearCost, or false on a tie or when none is that near. The
// callers' candidates are distinct (a repeated one would count once).
func nearestOf(s string, cands []string) (string, bool) {
	// A candidate more than maxLenDiff longer than s is not measured.
	pick := newNearestPicker(len(s) + maxLenDiff)
	for _, c := range cands {
		pick.consider(s, c, c)
	}
	return pick.result()
}
