package arkcode

import (
	"fmt"
	"go/ast"
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

// The categories of arkcode's diagnostics, one per kind of finding, so
// that a driver can filter or count them (SARIF rules, -json's category).
const (
	categoryUnknownCode = "unknown-code"    // no code is, starts with, ends with or contains the string
	categoryRetiredCode = "retired-code"    // the code existed, but the current pages no longer list it
	categoryUnknownType = "unknown-type"    // no error type is the string
	categoryMixup       = "code-type-mixup" // a type compared with .Code, or a code with .Type
)

// anchors are the headings of each category's section in doc.go, as
// pkg.go.dev links them.
var anchors = map[string]string{
	categoryUnknownCode: "hdr-Unknown_code",
	categoryRetiredCode: "hdr-Retired_code",
	categoryUnknownType: "hdr-Unknown_type",
	categoryMixup:       "hdr-Code_and_type_mixed_up",
}

// verdict is what to report of a string compared with a code or type:
// nothing when msg is "", else msg in category, with a fix writing fix
// into the string when fix is not "", or, when add, adding fix beside it.
type verdict struct {
	msg, fix, category string
	add                bool
}

// checkExcept reports op when no code (role arksdk.Code) or error type
// (role arksdk.ErrType) compares as how says with it, with a fix that
// writes no value in taken, and adds the value a fix writes to taken.
func (c *checker) checkExcept(role arksdk.Role, how comparison, op operand, taken map[string]bool) {
	if op.value == "" {
		return // Code == "": the error carries no code
	}
	var v verdict
	if role == arksdk.ErrType {
		v = c.typeVerdict(how, op.value)
	} else {
		v = c.codeVerdict(how, op.value)
	}
	if taken[v.fix] {
		v.fix = ""
	}
	if taken != nil && v.fix != "" {
		// Two values of one set fixed to the same code (InvalidEndpoint
		// and InvalidEndpoint.NotFound both to their successor) would
		// make a duplicate case: the first fix takes the value.
		taken[v.fix] = true
	}
	if v.msg != "" {
		c.reportVerdict(op, v)
	}
}

// isCode reports whether s is a code of the table, current or retired,
// and not a pattern's.
func (c *checker) isCode(s string) bool {
	code, ok := c.table.Lookup(s)
	return ok && code.Name == s
}

// codeVerdict says what is wrong with s compared with a code, if anything,
// and what s was probably meant to be. A retired code is a code, not a
// misspelling: it gets its own verdict, and so does a fragment only
// retired codes have. Suggestions for fragments come from the current
// codes, so that a fix does not write a fragment only retired codes have.
func (c *checker) codeVerdict(how comparison, s string) verdict {
	t, cur := c.table, c.table.Current()
	var fix string
	var ok bool
	switch how {
	case hasPrefix:
		if cur.HasPrefix(s) {
			return verdict{}
		}
		if base, ok := strings.CutSuffix(s, "."); ok && c.isCode(base) {
			// HasPrefix(code, "OutputTextSensitiveContentDetected."): the
			// sub-codes of a known code, as others have (InvalidParameter.
			// Messages), waiting for some Ark may add.
			return verdict{}
		}
		if t.HasPrefix(s) {
			return c.retiredFragment("start with", s, strings.HasPrefix)
		}
		fix, ok = cur.NearestPrefix(s)
		return suggest(fmt.Sprintf("no Ark error code starts with %q", s), fix, ok)
	case hasSuffix:
		if cur.HasSuffix(s) {
			return verdict{}
		}
		if t.HasSuffix(s) {
			return c.retiredFragment("end with", s, strings.HasSuffix)
		}
		fix, ok = cur.NearestSuffix(s)
		return suggest(fmt.Sprintf("no Ark error code ends with %q", s), fix, ok)
	case contains:
		if cur.Contains(s) {
			return verdict{}
		}
		if t.Contains(s) {
			return c.retiredFragment("contain", s, strings.Contains)
		}
		fix, ok = cur.NearestSubstring(s)
		return suggest(fmt.Sprintf("no Ark error code contains %q", s), fix, ok)
	}
	code, known := t.Lookup(s)
	if !known && how == equalFold {
		code, known = t.LookupFold(s)
	}
	if known {
		if code.Retired() {
			return c.retiredVerdict(s, code)
		}
		return verdict{}
	}
	if t.IsType(s) || (how == equalFold && c.typeFold(s)) {
		return verdict{msg: fmt.Sprintf("%q is an Ark error type, not a code; compare .Type", s), category: categoryMixup}
	}
	nearest := t.Nearest
	if how == equalFold {
		nearest = t.NearestFold
	}
	if fix, ok = nearest(s); ok {
		v := suggest(fmt.Sprintf("unknown Ark error code %q", s), fix, ok)
		if near, _ := t.Lookup(fix); near != nil && near.Retired() {
			v.msg += " " + retiredNote(near)
		}
		return v
	}
	return verdict{msg: fmt.Sprintf("unknown Ark error code %q; no Ark error-code table lists it (add it with -arkcode.extra if Ark sends it)", s), category: categoryUnknownCode}
}

// typeVerdict is codeVerdict for a string compared with an error type.
// Only equality is checked: nobody matches types by prefix.
func (c *checker) typeVerdict(how comparison, s string) verdict {
	t := c.table
	if how != equal && how != equalFold {
		return verdict{}
	}
	if t.IsType(s) || (how == equalFold && c.typeFold(s)) {
		return verdict{}
	}
	lookup := t.Lookup
	if how == equalFold {
		lookup = t.LookupFold
	}
	if _, known := lookup(s); known {
		return verdict{msg: fmt.Sprintf("%q is an Ark error code, not a type; compare .Code", s), category: categoryMixup}
	}
	if fix, ok := t.NearestType(s); ok {
		v := suggest(fmt.Sprintf("unknown Ark error type %q", s), fix, ok)
		v.category = categoryUnknownType
		return v
	}
	return verdict{msg: fmt.Sprintf("unknown Ark error type %q; Ark's error types are %s", s, strings.Join(t.Types(), ", ")), category: categoryUnknownType}
}

// suggest is the unknown-code verdict msg, suggesting fix when ok.
func suggest(msg, fix string, ok bool) verdict {
	msg, fix = withSuggestion(msg, fix, ok)
	return verdict{msg: msg, fix: fix, category: categoryUnknownCode}
}

func withSuggestion(msg, fix string, ok bool) (string, string) {
	if !ok {
		return msg, ""
	}
	return fmt.Sprintf("%s; did you mean %q?", msg, fix), fix
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

// report reports op as an unknown code with msg, and when fix is not
// empty and op has a literal to edit, a fix that writes fix into it in the
// same quotes.
func (c *checker) report(op operand, msg, fix string) {
	c.reportVerdict(op, verdict{msg: msg, fix: fix, category: categoryUnknownCode})
}

// reportVerdict reports op with v's message and category, and when v has a
// fix and op a literal to edit, a fix that writes v.fix into it in the same
// quotes.
func (c *checker) reportVerdict(op operand, v verdict) {
	msg, fix := v.msg, v.fix
	if op.fold {
		fix = inCaseOf(op.value, fix)
	}
	if op.constant != nil {
		msg = op.name + ": " + msg // the constant to look at, wherever it is reported
	}
	d := analysis.Diagnostic{Pos: op.node.Pos(), End: op.node.End(), Message: msg, Category: v.category, URL: c.pass.Analyzer.URL + "#" + anchors[v.category]}
	switch {
	case fix != "" && v.add:
		// Beside the code, in its list: the old code may still be sent,
		// and the branch keeps matching it.
		if op.listed && op.lit != nil && ast.Node(op.lit) == op.node {
			d.SuggestedFixes = []analysis.SuggestedFix{{
				Message:   fmt.Sprintf("add %q beside it", fix),
				TextEdits: []analysis.TextEdit{{Pos: op.lit.End(), End: op.lit.End(), NewText: []byte(", " + requote(op.lit.Value, fix))}},
			}}
		}
	case fix != "" && op.lit != nil:
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   fmt.Sprintf("replace with %q", fix),
			TextEdits: []analysis.TextEdit{{Pos: op.lit.Pos(), End: op.lit.End(), NewText: []byte(requote(op.lit.Value, fix))}},
		}}
	}
	diag.Report(c.pass, d)
}

// inCaseOf returns fix in the case lit is written in, lower or upper,
// when lit is all one case: strings.ToLower(apiErr.Code) ==
// "serveroverloded" is fixed to "serveroverloaded", which the lowered code
// can equal, and "ServerOverloaded" would never.
func inCaseOf(lit, fix string) string {
	switch {
	case lit == strings.ToLower(lit):
		return strings.ToLower(fix)
	case lit == strings.ToUpper(lit):
		return strings.ToUpper(fix)
	}
	return fix
}

// requote writes s as a Go string literal in the style of lit: a raw
// string stays raw when it can.
func requote(lit, s string) string {
	if strings.HasPrefix(lit, "`") && strconv.CanBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}
