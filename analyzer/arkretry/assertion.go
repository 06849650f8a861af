package arkretry

import (
	"bytes"
	"go/ast"
	"go/format"
	"go/token"
	"strconv"

	"github.com/arkvet/arkvet/internal/arksdk"
	"github.com/arkvet/arkvet/internal/handling"
	"golang.org/x/tools/go/analysis"
)

// wrappedAssertions reports type assertions and type switches to an Ark
// error type on an error that the SDK or eino wraps: they never match.
func (j *judge) wrappedAssertions() {
	for _, a := range j.m.Assertions {
		target := j.text(a.Target)
		if j.neverRequestError(a) {
			// errors.As would not help: what Recv wraps is an APIError.
			j.report(ruleAssertion, a.Node, nil,
				"%s never returns a %s: an Ark error read mid-stream is a *model.APIError, which it wraps, so the checks behind this never run; take the *model.APIError with errors.As",
				calleeText(a.Source), target)
			continue
		}
		var fixes []analysis.SuggestedFix
		what, advice := "type switch case", "take it with errors.As or errors.AsType["+target+"] before the switch"
		if ta, ok := a.Node.(*ast.TypeAssertExpr); ok {
			what, advice = "type assertion", "use errors.As or errors.AsType["+target+"]"
			if fix, ok := j.asTypeFix(ta, target); ok {
				fixes = []analysis.SuggestedFix{fix}
			}
		}
		j.report(ruleAssertion, a.Node, fixes,
			"%s wraps the Ark error it returns, so this %s to %s never matches and the checks behind it never run; %s",
			calleeText(a.Source), what, target, advice)
	}
}

// neverRequestError reports whether a asserts an error read from an Ark
// SDK's stream reader to *model.RequestError, which the reader never
// returns.
func (j *judge) neverRequestError(a *handling.Assertion) bool {
	t := j.pass.TypesInfo.TypeOf(a.Target)
	return t != nil && arksdk.KindOf(t) == arksdk.RequestError &&
		arksdk.IsArkStreamRecvMethod(arksdk.Callee(j.pass.TypesInfo, a.Source))
}

// asTypeFix rewrites e, ok := err.(*model.APIError) as
// e, ok := errors.AsType[*model.APIError](err), which has the same results
// and finds the error inside the wrapping. Only the two-result form has a
// like-for-like replacement, and errors.AsType needs Go 1.26.
func (j *judge) asTypeFix(ta *ast.TypeAssertExpr, target string) (analysis.SuggestedFix, bool) {
	if !j.twoResults(ta) || !j.hasAsType(ta) {
		return analysis.SuggestedFix{}, false
	}
	file := j.fileOf(ta.Pos())
	if file == nil {
		return analysis.SuggestedFix{}, false
	}
	name, edits := j.errorsImport(file)
	if name == "" {
		return analysis.SuggestedFix{}, false
	}
	text := name + ".AsType[" + target + "](" + j.text(ta.X) + ")"
	edits = append(edits, analysis.TextEdit{Pos: ta.Pos(), End: ta.End(), NewText: []byte(text)})
	return analysis.SuggestedFix{Message: "use errors.AsType, which looks through the wrapping", TextEdits: edits}, true
}

// twoResults reports whether ta is the right side of v, ok := or v, ok =.
func (j *judge) twoResults(ta *ast.TypeAssertExpr) bool {
	file := j.fileOf(ta.Pos())
	if file == nil {
		return false
	}
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if found {
			return false
		}
		if as, ok := n.(*ast.AssignStmt); ok && len(as.Lhs) == 2 && len(as.Rhs) == 1 && ast.Unparen(as.Rhs[0]) == ta {
			found = true
		}
		return n == nil || n.Pos() <= ta.Pos() && ta.End() <= n.End()
	})
	return found
}

// hasAsType reports whether the file's Go version has errors.AsType.
func (j *judge) hasAsType(n ast.Node) bool {
	file := j.fileOf(n.Pos())
	v := j.pass.TypesInfo.FileVersions[file]
	return v == "" || !versionBefore(v, 26)
}

// versionBefore reports whether "go1.N[.x]" is before go1.minor.
func versionBefore(v string, minor int) bool {
	if len(v) < 5 || v[:4] != "go1." {
		return false
	}
	s := v[4:]
	for i, r := range s {
		if r < '0' || r > '9' {
			s = s[:i]
			break
		}
	}
	n, err := strconv.Atoi(s)
	return err == nil && n < minor
}

// errorsImport returns the name under which file imports "errors", with the
// edit that adds the import when it does not; "" when the name is taken.
func (j *judge) errorsImport(file *ast.File) (string, []analysis.TextEdit) {
	for _, imp := range file.Imports {
		if path, _ := strconv.Unquote(imp.Path.Value); path == "errors" {
			if imp.Name == nil {
				return "errors", nil
			}
			if imp.Name.Name == "_" || imp.Name.Name == "." {
				return "", nil
			}
			return imp.Name.Name, nil
		}
	}
	if file.Scope != nil && file.Scope.Lookup("errors") != nil || j.pass.Pkg.Scope().Lookup("errors") != nil {
		return "", nil
	}
	// Add it at the top of a parenthesized import block; with none, leave
	// the fix to the user rather than rewrite the imports.
	for _, d := range file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			break
		}
		if gd.Lparen.IsValid() && len(gd.Specs) > 0 {
			first := gd.Specs[0].Pos()
			return "errors", []analysis.TextEdit{{Pos: first, End: first, NewText: []byte("\"errors\"\n\t")}}
		}
	}
	return "", nil
}

func (j *judge) fileOf(pos token.Pos) *ast.File {
	for _, f := range j.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// text returns the source text of e.
func (j *judge) text(e ast.Expr) string {
	var buf bytes.Buffer
	if err := format.Node(&buf, j.pass.Fset, e); err != nil {
		return ""
	}
	return buf.String()
}
