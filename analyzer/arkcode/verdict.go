package arkcode

import (
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/arkvet/arkvet/internal/arksdk"
	"github.com/arkvet/arkvet/internal/diag"
)

// comparison is how a string constant is compared with a code.
type comparison uint8

const (
	equal     comparison = iota // ==, !=, switch, map key, slices.Contains
	equalFold                   // strings.EqualFold: case does not matter
	hasPrefix                   // strings.HasPrefix(code, s)
	hasSuffix                   // strings.HasSuffix(code, s)
	contains                    // strings.Contains(code, s)
)

// check reports op when no code (role arksdk.Code) or error type (role
// arksdk.ErrType) compares as how says with it.
func (c *checker) check(role arksdk.Role, how comparison, op operand) {
	c.checkExcept(role, how, op, nil)
}

// checkExcept is check that offers no fix writing a value in taken.
func (c *checker) checkExcept(role arksdk.Role, how comparison, op operand, taken map[string]bool) {
	if op.value == "" {
		return // Code == "": the error carries no code
	}
	var msg, fix string
	if role == arksdk.ErrType {
		msg, fix = c.typeVerdict(how, op.value)
	} else {
		msg, fix = c.codeVerdict(how, op.value)
	}
	if taken[fix] {
		fix = ""
	}
	if msg != "" {
		c.report(op, msg, fix)
	}
}

// codeVerdict says what is wrong with s compared with a code, if anything,
// and what s was probably meant to be.
func (c *checker) codeVerdict(how comparison, s string) (msg, fix string) {
	t := c.table
	var ok bool
	switch how {
	case hasPrefix:
		if t.HasPrefix(s) {
			return "", ""
		}
		fix, ok = t.NearestPrefix(s)
		return withSuggestion(fmt.Sprintf("no Ark error code starts with %q", s), fix, ok)
	case hasSuffix:
		if t.HasSuffix(s) {
			return "", ""
		}
		fix, ok = t.NearestSuffix(s)
		return withSuggestion(fmt.Sprintf("no Ark error code ends with %q", s), fix, ok)
	case contains:
		if t.Contains(s) {
			return "", ""
		}
		fix, ok = t.NearestSubstring(s)
		return withSuggestion(fmt.Sprintf("no Ark error code contains %q", s), fix, ok)
	}
	if _, known := t.Lookup(s); known || (how == equalFold && c.knownFold(s)) {
		return "", ""
	}
	if t.IsType(s) || (how == equalFold && c.typeFold(s)) {
		return fmt.Sprintf("%q is an Ark error type, not a code; compare .Type", s), ""
	}
	if fix, ok = t.Nearest(s); ok {
		return withSuggestion(fmt.Sprintf("unknown Ark error code %q", s), fix, ok)
	}
	return fmt.Sprintf("unknown Ark error code %q; no Ark error-code table lists it (add it with -arkcode.extra if Ark sends it)", s), ""
}

// typeVerdict is codeVerdict for a string compared with an error type.
// Only equality is checked: nobody matches types by prefix.
func (c *checker) typeVerdict(how comparison, s string) (msg, fix string) {
	t := c.table
	if how != equal && how != equalFold {
		return "", ""
	}
	if t.IsType(s) || (how == equalFold && c.typeFold(s)) {
		return "", ""
	}
	if _, known := t.Lookup(s); known || (how == equalFold && c.knownFold(s)) {
		return fmt.Sprintf("%q is an Ark error code, not a type; compare .Code", s), ""
	}
	if fix, ok := t.NearestType(s); ok {
		return withSuggestion(fmt.Sprintf("unknown Ark error type %q", s), fix, ok)
	}
	return fmt.Sprintf("unknown Ark error type %q; Ark's error types are %s", s, strings.Join(t.Types(), ", ")), ""
}

func withSuggestion(msg, fix string, ok bool) (string, string) {
	if !ok {
		return msg, ""
	}
	return fmt.Sprintf("%s; did you mean %q?", msg, fix), fix
}

// knownFold reports whether s is a known code but for case, as
// strings.EqualFold compares.
func (c *checker) knownFold(s string) bool {
	for _, code := range c.codeList() {
		if p := code.Prefix(); p != "" {
			if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) {
				return true
			}
		} else if strings.EqualFold(s, code.Name) {
			return true
		}
	}
	return false
}

// typeFold reports whether s is an error type but for case.
func (c *checker) typeFold(s string) bool {
	for _, typ := range c.table.Types() {
		if strings.EqualFold(s, typ) {
			return true
		}
	}
	return false
}

// report reports op with msg, and when fix is not empty and op has a
// literal to edit, a fix that writes fix into it in the same quotes.
func (c *checker) report(op operand, msg, fix string) {
	d := analysis.Diagnostic{Pos: op.node.Pos(), End: op.node.End(), Message: msg}
	if fix != "" && op.lit != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   fmt.Sprintf("replace with %q", fix),
			TextEdits: []analysis.TextEdit{{Pos: op.lit.Pos(), End: op.lit.End(), NewText: []byte(requote(op.lit.Value, fix))}},
		}}
	}
	diag.Report(c.pass, d)
}

// requote writes s as a Go string literal in the style of lit: a raw
// string stays raw when it can.
func requote(lit, s string) string {
	if strings.HasPrefix(lit, "`") && strconv.CanBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}
