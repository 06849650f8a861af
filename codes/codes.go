package codes

import (
	"fmt"
	"slices"
	"strings"
)

// Retry is how a caller should treat a failed request carrying a code:
// whether resending it after a wait can succeed.
type Retry uint8

const (
	// RetryUnknown is the class of a code the table does not know.
	RetryUnknown Retry = iota
	// Backoff: waiting clears the condition (a rate window moves on, an
	// overloaded or failing service recovers); retry with backoff.
	Backoff
	// Never: waiting does not clear the condition (a bad request, missing
	// permission, unpaid account); retrying the same request fails again.
	Never
	// Depends: the code's variants differ, some clear with time and some
	// do not; the caller must look at the message.
	Depends
)

var retryNames = [...]string{
	RetryUnknown: "unknown",
	Backoff:      "backoff",
	Never:        "never",
	Depends:      "depends",
}

// String returns the class as the data file spells it: "backoff", "never",
// "depends", or "unknown".
func (r Retry) String() string {
	if int(r) < len(retryNames) {
		return retryNames[r]
	}
	return fmt.Sprintf("Retry(%d)", uint8(r))
}

// ParseRetry parses a retry class as the data file spells it. "unknown" is
// not accepted: a file must say what a code's class is.
func ParseRetry(s string) (Retry, error) {
	switch s {
	case "backoff":
		return Backoff, nil
	case "never":
		return Never, nil
	case "depends":
		return Depends, nil
	}
	return RetryUnknown, fmt.Errorf("retry class %q is not backoff, never or depends", s)
}

// Variant is one listing of a code on a page: the pages list some codes
// several times with different statuses, types or messages.
type Variant struct {
	Status  int      // HTTP status; 0 when the page gives none
	Type    string   // error type (the page's 错误类型 column), "" when none
	Message string   // English message template
	Meaning string   // the page's Chinese meaning
	Pages   []string // names of the sources (see Source) or extra file that list this variant
}

// Code is one error code with its retry class and its variants. Codes
// belong to a Table and must not be modified.
type Code struct {
	Name     string // as written: "RateLimitExceeded.EndpointRPMExceeded", or for a pattern "InvalidParameter.{{Parameter}}"
	Retry    Retry
	Why      string // the argument for Retry
	Note     string // normalisation note, may be ""
	Variants []Variant
	// Retirement is nil for a code the current pages list, and says when
	// it was last seen and what replaced it for a code only earlier
	// versions listed.
	Retirement *Retirement
}

// Retirement records that Ark's current error-code pages no longer list a
// code an earlier version of them (or an older Ark error list) did. The
// code existed: programs written against that version compare with it, and
// Ark may still send it, so it is not a misspelling of another code.
type Retirement struct {
	// LastSeen is the date of the latest version seen listing the code,
	// as precise as known: "2024-07-10", "2024-06" or "2024".
	LastSeen string
	// SeenOn names that version in words, to follow "last seen on": "the
	// page's 2024-07-10 version"; "" when only the date is known.
	SeenOn string
	// Successors are the current codes Ark documents for the same meaning
	// now, usually one; none when no later page has one.
	Successors []string
}

// Retired reports whether the current pages no longer list the code.
func (c *Code) Retired() bool { return c.Retirement != nil }

// LastSeen returns the date of the latest version that listed a retired
// code ("2024-07-10"), or "" for a current code.
func (c *Code) LastSeen() string {
	if c.Retirement == nil {
		return ""
	}
	return c.Retirement.LastSeen
}

// Successors returns the current codes Ark documents instead of a retired
// code; nil for a current code or a retired one without successor.
func (c *Code) Successors() []string {
	if c.Retirement == nil {
		return nil
	}
	return slices.Clone(c.Retirement.Successors)
}

// patternPrefix returns the prefix (with its trailing dot) of a pattern
// name "Prefix.{{Name}}", or "" when name is not a pattern.
func patternPrefix(name string) string {
	if !strings.HasSuffix(name, "}}") {
		return ""
	}
	i := strings.LastIndex(name, ".{{")
	if i < 0 {
		return ""
	}
	inner := name[i+3 : len(name)-2]
	if inner == "" || strings.ContainsAny(inner, "{}.") {
		return ""
	}
	return name[:i+1]
}

// IsPattern reports whether the code stands for many codes: its name ends
// in ".{{Name}}", as in "InvalidParameter.{{Parameter}}".
func (c *Code) IsPattern() bool { return patternPrefix(c.Name) != "" }

// Prefix returns the part of a pattern's name before the placeholder,
// with its dot ("InvalidParameter."), or "" when the code is not a pattern.
func (c *Code) Prefix() string { return patternPrefix(c.Name) }

// Matches reports whether s is this code: its exact name or, for a pattern,
// its prefix followed by a non-empty name.
func (c *Code) Matches(s string) bool {
	if s == c.Name {
		return true
	}
	p := c.Prefix()
	return p != "" && len(s) > len(p) && strings.HasPrefix(s, p)
}

// Statuses returns the HTTP statuses of the code's variants, sorted and
// distinct, leaving out 0 (no status given).
func (c *Code) Statuses() []int {
	var out []int
	for _, v := range c.Variants {
		if v.Status != 0 {
			out = append(out, v.Status)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Types returns the error types of the code's variants, sorted and
// distinct, leaving out "" (no type given).
func (c *Code) Types() []string {
	var out []string
	for _, v := range c.Variants {
		if v.Type != "" {
			out = append(out, v.Type)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Pages returns the pages listing any of the code's variants, sorted and
// distinct.
func (c *Code) Pages() []string {
	var out []string
	for _, v := range c.Variants {
		out = append(out, v.Pages...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}
