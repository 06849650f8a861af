package diag

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

// Doc returns an analyzer's documentation from the package comment of its
// doc.go (src): the section under the heading "# Analyzer NAME", up to the
// next heading of the same level, whose first line "NAME: title" it
// strips to "title", as x/tools' passes do (drivers add the name). So the text pkg.go.dev shows and the text `arkvet help`
// prints are one text.
//
// It panics when the section is missing: that is a bug caught by every test
// of the analyzer.
func Doc(src, name string) string {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", src, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil || f.Doc == nil {
		panic(fmt.Sprintf("diag.Doc: doc.go of %s has no package comment", name))
	}
	text := f.Doc.Text()
	heading := "# Analyzer " + name + "\n"
	_, rest, ok := strings.Cut(text, heading)
	if !ok {
		panic(fmt.Sprintf("diag.Doc: doc.go has no %q section", strings.TrimSpace(heading)))
	}
	var out []string
	for line := range strings.SplitSeq(rest, "\n") {
		if strings.HasPrefix(line, "# ") {
			break
		}
		out = append(out, line)
	}
	doc := strings.TrimSpace(strings.Join(out, "\n"))
	if !strings.HasPrefix(doc, name+": ") {
		panic(fmt.Sprintf("diag.Doc: the %s section does not start with %q", name, name+": "))
	}
	return strings.TrimSpace(strings.TrimPrefix(doc, name+":"))
}
