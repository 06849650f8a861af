// Package diag reports arkvet's diagnostics: it gives each one the URL of its
// check's documentation and drops those that a suppression comment silences,
// so that every driver (go vet, arkvet, golangci-lint, gopls) honours the same
// comments.
package diag

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// IgnoreDirective silences arkvet's findings on its own line or the line
// below when followed by a reason: //arkvet:ignore the SDK retries it for us.
const IgnoreDirective = "//arkvet:ignore"

// Report reports d unless a suppression comment silences it or it lies in a
// generated file, after setting d.URL to the analyzer's documentation when d
// has none, keeping its range inside its file (see clampToFile) and
// dropping its fixes where they could not be applied right (see
// withoutMisplacedFixes).
func Report(pass *analysis.Pass, d analysis.Diagnostic) {
	if d.URL == "" {
		d.URL = pass.Analyzer.URL
	}
	if Silenced(pass, d.Pos) || generatedFile(pass, d.Pos) {
		return
	}
	clampToFile(pass.Fset, &d)
	d.SuggestedFixes = withoutMisplacedFixes(pass.Fset, d.SuggestedFixes)
	pass.Report(d)
}

// Reportf is Report for a diagnostic without fixes that spans node.
func Reportf(pass *analysis.Pass, node ast.Node, format string, args ...any) {
	Report(pass, analysis.Diagnostic{Pos: node.Pos(), End: node.End(), Message: fmt.Sprintf(format, args...)})
}

// Silenced reports whether a finding at pos is silenced by a comment on its
// line or on the line above: //arkvet:ignore with a reason, or
// golangci-lint's //nolint:arkvet (or //nolint:<analyzer>), which arkvet
// honours too so that one comment serves every driver. A directive without a
// reason silences nothing (it is reported as such by CheckDirectives).
func Silenced(pass *analysis.Pass, pos token.Pos) bool {
	file := fileOf(pass, pos)
	if file == nil {
		return false
	}
	line := pass.Fset.Position(pos).Line
	for _, group := range file.Comments {
		for _, c := range group.List {
			cl := pass.Fset.Position(c.Slash).Line
			if cl != line && cl != line-1 {
				continue
			}
			if reason, ok := ignoreReason(c.Text); ok && reason != "" {
				return true
			}
			if nolintNames(c.Text, pass.Analyzer.Name) {
				return true
			}
		}
	}
	return false
}

// CheckDirectivesOnce is CheckDirectives for a suite: every arkvet analyzer
// calls it, so that the check runs whichever analyzers are selected, and the
// first of them to reach a directive reports it, so that it is reported once.
// The driver shares one FileSet among the analyzers of a package, which
// tells one run from another (tests load each run afresh).
func CheckDirectivesOnce(pass *analysis.Pass) {
	for _, f := range pass.Files {
		if generated(f) {
			continue
		}
		for _, group := range f.Comments {
			for _, c := range group.List {
				if reason, ok := ignoreReason(c.Text); ok && reason == "" {
					if _, dup := reportedDirectives.LoadOrStore(directiveKey{pass.Fset, c.Pos()}, true); dup {
						continue
					}
					reportDirective(pass, c)
				}
			}
		}
	}
}

// directiveKey names one directive of one run.
type directiveKey struct {
	fset *token.FileSet
	pos  token.Pos
}

// reportedDirectives holds the directives reported in this process.
var reportedDirectives sync.Map

func reportDirective(pass *analysis.Pass, c *ast.Comment) {
	pass.Report(analysis.Diagnostic{
		Pos:      c.Pos(),
		End:      c.End(),
		URL:      "https://pkg.go.dev/github.com/arkvet/arkvet/internal/diag#IgnoreDirective",
		Category: "ignore-without-reason",
		Message:  "//arkvet:ignore needs a reason after it; it silences nothing without one",
	})
}

// ignoreReason returns the reason of an //arkvet:ignore comment.
func ignoreReason(text string) (reason string, ok bool) {
	rest, ok := strings.CutPrefix(text, IgnoreDirective)
	if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
		return "", false
	}
	return strings.TrimSpace(rest), true
}

// nolintNames reports whether text is a //nolint comment naming arkvet or
// the analyzer.
func nolintNames(text, analyzer string) bool {
	rest, ok := strings.CutPrefix(text, "//nolint:")
	if !ok {
		return false
	}
	list, _, _ := strings.Cut(rest, " ") // "//nolint:arkvet // why"
	for name := range strings.SplitSeq(list, ",") {
		if name == "arkvet" || name == analyzer {
			return true
		}
	}
	return false
}

func fileOf(pass *analysis.Pass, pos token.Pos) *ast.File {
	for _, f := range pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}
