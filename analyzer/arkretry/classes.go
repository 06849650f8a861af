package arkretry

import (
	"strings"

	"github.com/arkvet/arkvet/codes"
	"github.com/arkvet/arkvet/internal/arksdk"
	"github.com/arkvet/arkvet/internal/handling"
)

// statusTooManyRequests is the HTTP status of a rate limit, the status whose
// codes this check is about.
const statusTooManyRequests = 429

// classes splits the table's 429 codes by what waiting does to them.
type classes struct {
	backoff []*codes.Code // 429 codes that waiting clears, sorted by name
	slow    []*codes.Code // 429 codes it may not clear (never, depends), sorted
	// retired are the backoff 429 codes only older pages listed: naming
	// one is naming a 429, leaving it out is no gap.
	retired []*codes.Code
	types   map[string]bool
	table   *codes.Table // every code, for the retry class of those not 429
}

func newClasses(t *codes.Table) *classes {
	if t == nil {
		t = codes.Default()
	}
	cl := &classes{types: make(map[string]bool), table: t}
	for _, c := range t.WithStatus(statusTooManyRequests) {
		switch c.Retry {
		case codes.Backoff:
			cl.backoff = append(cl.backoff, c)
		case codes.Never, codes.Depends:
			cl.slow = append(cl.slow, c)
		}
		for _, v := range c.Variants {
			if v.Status == statusTooManyRequests && v.Type != "" {
				cl.types[v.Type] = true
			}
		}
	}
	for _, c := range t.RetiredWithStatus(statusTooManyRequests) {
		if c.Retry == codes.Backoff {
			cl.retired = append(cl.retired, c)
		}
	}
	return cl
}

// names reports whether the code test t names code c: an exact (or,
// folded, case-insensitive) comparison, or a prefix, suffix or substring
// of its name.
func names(t *handling.Test, c *codes.Code) bool {
	if t.Role != arksdk.Code {
		return false
	}
	s, name := t.StringValue(), c.Name
	if t.Fold {
		s, name = strings.ToLower(s), strings.ToLower(name)
	}
	switch t.Op {
	case handling.Equal, handling.NotEqual:
		if t.Fold {
			return name == s || c.IsPattern() && strings.HasPrefix(s, strings.ToLower(c.Prefix()))
		}
		return c.Matches(s)
	case handling.Prefix:
		return strings.HasPrefix(name, s)
	case handling.Suffix:
		return strings.HasSuffix(name, s)
	case handling.Contains:
		return strings.Contains(name, s)
	}
	return false
}

// namesInText reports whether t, a search of an error's text, looks for
// code c: its name, or a part of it ("Quota" for QuotaExceeded).
func namesInText(t *handling.Test, c *codes.Code) bool {
	s := t.StringValue()
	return t.Role == handling.Text && t.Op == handling.Contains && len(s) >= 4 &&
		strings.Contains(strings.ToLower(c.Name), strings.ToLower(s))
}

// named returns the codes of list that t names.
func (j *judge) named(list []*codes.Code, t *handling.Test) []*codes.Code {
	var out []*codes.Code
	for _, c := range list {
		if names(t, c) {
			out = append(out, c)
		}
	}
	return out
}

func codeNames(list []*codes.Code) []string {
	out := make([]string, len(list))
	for i, c := range list {
		out[i] = c.Name
	}
	return out
}
