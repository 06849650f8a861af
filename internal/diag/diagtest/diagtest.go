// Package diagtest holds checks that every arkvet analyzer's tests apply to
// the diagnostics analysistest returns.
package diagtest

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// CheckCategories fails unless every diagnostic in results has a category
// and a URL that links to its rule's section (an anchor), and it reports
// how many it saw, so that a test that checks none cannot pass unnoticed.
func CheckCategories(t *testing.T, results []*analysistest.Result) {
	t.Helper()
	n := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			n++
			if d.Category == "" {
				t.Errorf("%s: %q has no category", r.Pass.Fset.Position(d.Pos), d.Message)
			}
			if !strings.Contains(d.URL, "#") {
				t.Errorf("%s: %q has URL %q, not one to its rule's section", r.Pass.Fset.Position(d.Pos), d.Message, d.URL)
			}
		}
	}
	if n == 0 {
		t.Errorf("no diagnostics to check")
	}
}
