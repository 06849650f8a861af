package codes

import (
	_ "embed"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
)

// Table is a set of codes. It is immutable once built and safe for
// concurrent use; the codes it hands out must not be modified.
type Table struct {
	codes    []*Code          // sorted by name
	byName   map[string]*Code // every code by its exact name
	patterns []*Code          // pattern codes, longest prefix first
	types    []string         // every error type, sorted, distinct
	near     nearIndex        // precomputed keys for Nearest
	sources  []Source         // in the order given
	current  *Table           // the table without retired codes; t itself when it has none
}

//go:embed codes.txt
var embedded []byte

var defaultTable = sync.OnceValue(func() *Table {
	t, err := Parse("codes.txt", embedded)
	if err != nil {
		// The embedded file is generated and tested; a broken one is a
		// build mistake, not something a caller can handle.
		panic("codes: embedded table is broken: " + err.Error())
	}
	return t
})

// Default returns the table of the codes Ark's error-code pages document,
// parsed from the embedded codes.txt on first use.
func Default() *Table { return defaultTable() }

// LoadFile reads and parses a data file, such as a user's extra codes.
func LoadFile(path string) (*Table, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// New returns the table of the codes in list, checked as Parse checks a
// data file: every code well named and given a retry class, no name twice,
// no two patterns with one prefix; and every value one a data file can
// hold (one line without surrounding space; a type or page one word), so
// that Parse reads Format's output back to an equal table, but for
// variants with no pages, which Parse gives the file's. The table keeps
// the codes, which must not be modified afterwards, but not list.
func New(list []*Code) (*Table, error) { return NewWithSources(list, nil) }

// NewWithSources is New for a table that also describes the sources its
// variants' pages name, as the built-in table does. Every source must have
// a distinct one-word name, a valid date or none, and one-line text.
func NewWithSources(list []*Code, sources []Source) (*Table, error) {
	seen := make(map[string]bool)
	for _, s := range sources {
		if err := checkSource(s); err != nil {
			return nil, fmt.Errorf("codes: source %q: %v", s.Name, err)
		}
		if seen[s.Name] {
			return nil, fmt.Errorf("codes: source %q listed twice", s.Name)
		}
		seen[s.Name] = true
	}
	names := newNameSet()
	for i, c := range list {
		if c == nil {
			return nil, fmt.Errorf("codes: code %d is nil", i)
		}
		if err := names.add(c.Name, fmt.Sprintf("index %d", i)); err != nil {
			return nil, fmt.Errorf("codes: %v", err)
		}
		if err := checkCode(c); err != nil {
			return nil, fmt.Errorf("codes: code %q: %v", c.Name, err)
		}
	}
	return newTable(slices.Clone(list), slices.Clone(sources)), nil
}

// newTable builds the indexes over codes, which must have distinct names
// and distinct pattern prefixes, and sources, which must have distinct
// names. It takes ownership of both.
func newTable(codes []*Code, sources []Source) *Table {
	slices.SortFunc(codes, func(a, b *Code) int { return strings.Compare(a.Name, b.Name) })
	t := &Table{codes: codes, byName: make(map[string]*Code, len(codes)), sources: sources}
	for _, c := range codes {
		t.byName[c.Name] = c
		if c.IsPattern() {
			t.patterns = append(t.patterns, c)
		}
		for _, v := range c.Variants {
			if v.Type != "" {
				t.types = append(t.types, v.Type)
			}
		}
	}
	// Longest prefix first, so a more specific pattern wins a lookup.
	slices.SortStableFunc(t.patterns, func(a, b *Code) int { return len(b.Prefix()) - len(a.Prefix()) })
	slices.Sort(t.types)
	t.types = slices.Compact(t.types)
	t.near = buildNearIndex(t)
	t.current = t
	if slices.ContainsFunc(codes, (*Code).Retired) {
		t.current = newTable(slices.DeleteFunc(slices.Clone(codes), (*Code).Retired), sources)
	}
	return t
}

// Current returns the table of the codes Ark's current pages list: t
// without its retired codes, with the same sources. Queries on t count
// retired codes as codes (Lookup finds them, so they are not unknown, and
// HasPrefix and the like match them); the same queries on Current() tell
// whether a current code matches too.
func (t *Table) Current() *Table { return t.current }

// WithExtra returns a new table holding t's codes and extra's. An extra
// code whose name t already has replaces t's (the user knows better than
// the page), as does an extra pattern with the prefix of one of t's: an
// extra code without "retired" makes a retired code of t current again. An
// extra source replaces t's of the same name.
func (t *Table) WithExtra(extra *Table) *Table {
	replaced := make(map[string]bool)
	for _, c := range extra.codes {
		replaced[c.Name] = true
		if p := c.Prefix(); p != "" {
			replaced["\x00"+p] = true
		}
	}
	var codes []*Code
	for _, c := range t.codes {
		if replaced[c.Name] {
			continue
		}
		if p := c.Prefix(); p != "" && replaced["\x00"+p] {
			continue
		}
		codes = append(codes, c)
	}
	codes = append(codes, extra.codes...)
	sources := slices.DeleteFunc(slices.Clone(t.sources), func(s Source) bool {
		return slices.ContainsFunc(extra.sources, func(e Source) bool { return e.Name == s.Name })
	})
	return newTable(codes, append(sources, extra.sources...))
}

// Lookup returns the code s names: the code of that exact name, else the
// pattern whose prefix s extends with a non-empty name. It finds retired
// codes too; (*Code).Retired tells them apart.
func (t *Table) Lookup(s string) (*Code, bool) {
	if c, ok := t.byName[s]; ok {
		return c, true
	}
	for _, c := range t.patterns {
		if c.Matches(s) {
			return c, true
		}
	}
	return nil, false
}

// LookupFold returns the code s is but for case, as strings.EqualFold
// compares: "serveroverloaded" is ServerOverloaded, and
// "invalidparameter.model" matches InvalidParameter.{{Parameter}}.
func (t *Table) LookupFold(s string) (*Code, bool) {
	if c, ok := t.Lookup(s); ok {
		return c, true
	}
	for _, c := range t.codes {
		if p := c.Prefix(); p != "" {
			if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) {
				return c, true
			}
		} else if strings.EqualFold(s, c.Name) {
			return c, true
		}
	}
	return nil, false
}

// Codes returns every code, retired ones included, sorted by name.
func (t *Table) Codes() []*Code { return slices.Clone(t.codes) }

// Types returns every error type the codes' variants list (BadRequest,
// Forbidden, NotFound, TooManyRequests, ...), sorted.
func (t *Table) Types() []string { return slices.Clone(t.types) }

// IsType reports whether s is an error type some variant lists.
func (t *Table) IsType(s string) bool {
	_, ok := slices.BinarySearch(t.types, s)
	return ok
}

// WithStatus returns the current codes with a variant of the given HTTP
// status, sorted by name: the codes a program handling that status today
// should know. Retired codes are left out, since leaving one out of a
// handler is no gap; RetiredWithStatus returns them, so that a check can
// count naming one as naming a code of that status.
func (t *Table) WithStatus(status int) []*Code {
	return withStatus(t.current.codes, status)
}

// RetiredWithStatus returns the retired codes with a variant of the given
// HTTP status, sorted by name. Their Retry is their class as for any code:
// the FoundationModel* 429s clear with waiting as the current limits do.
func (t *Table) RetiredWithStatus(status int) []*Code {
	return withStatus(slices.DeleteFunc(slices.Clone(t.codes), func(c *Code) bool { return !c.Retired() }), status)
}

func withStatus(codes []*Code, status int) []*Code {
	var out []*Code
	for _, c := range codes {
		if slices.ContainsFunc(c.Variants, func(v Variant) bool { return v.Status == status }) {
			out = append(out, c)
		}
	}
	return out
}

// Retry returns the retry class of the code s names, retired or not, or
// RetryUnknown when the table does not know s.
func (t *Table) Retry(s string) Retry {
	if c, ok := t.Lookup(s); ok {
		return c.Retry
	}
	return RetryUnknown
}

// HasPrefix reports whether some code starts with prefix. A pattern counts
// for every name it stands for: prefix may end inside its prefix part or
// run on past the dot into the name.
func (t *Table) HasPrefix(prefix string) bool {
	for _, c := range t.codes {
		if p := c.Prefix(); p != "" {
			if strings.HasPrefix(p, prefix) || strings.HasPrefix(prefix, p) {
				return true
			}
			continue
		}
		if strings.HasPrefix(c.Name, prefix) {
			return true
		}
	}
	return false
}

// Contains reports whether some code's name contains sub. For a pattern,
// sub may lie within the prefix part, or start in the prefix part and run
// on past the dot into the name ("Parameter.Model" fits
// "InvalidParameter.{{Parameter}}"); a sub that lies wholly in the free
// name would fit every pattern and so says nothing, and does not count.
func (t *Table) Contains(sub string) bool {
	for _, c := range t.codes {
		p := c.Prefix()
		if p == "" {
			if strings.Contains(c.Name, sub) {
				return true
			}
			continue
		}
		if strings.Contains(p, sub) {
			return true
		}
		// Every suffix p[i:] ends with the dot, so sub reaches the name.
		for i := range len(p) {
			if len(sub) > len(p)-i && strings.HasPrefix(sub, p[i:]) {
				return true
			}
		}
	}
	return false
}
