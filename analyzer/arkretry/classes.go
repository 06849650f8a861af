package arkretry

import (
	"strings"

	"github.com/arkvet/arkvet/codes"
)

// statusTooManyRequests is the HTTP status of a rate limit, the status whose
// codes this check is about.
const statusTooManyRequests = 429

// classes splits the table's 429 codes by what waiting does to them.
type classes struct {
	backoff []*codes.Code // 429 codes that waiting clears, sorted by name
	slow    []*codes.Code // 429 codes it may not clear (never, depends), sorted
	types   map[string]bool
}

func newClasses(t *codes.Table) *classes {
	if t == nil {
		t = codes.Default()
	}
	cl := &classes{types: make(map[string]bool)}
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
	return cl
}

// named returns the codes of list that a comparison names: for an exact
// comparison the code s is, for a prefix every code the prefix starts.
func named(list []*codes.Code, s string, prefix bool) []*codes.Code {
	var out []*codes.Code
	for _, c := range list {
		if prefix && strings.HasPrefix(c.Name, s) || !prefix && c.Matches(s) {
			out = append(out, c)
		}
	}
	return out
}
