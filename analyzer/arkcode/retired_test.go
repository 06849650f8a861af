package arkcode

import (
	"regexp"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// constantName matches the name of a constant that starts a message.
var constantName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_.]*: `)

// TestRetired runs the retired-code cases: comparisons with codes earlier
// versions of Ark's page listed, reported as retired with a fix to a sole
// successor (retired), and reported once, without a fix, in a package that
// handles the successor already (retired/handled).
func TestRetired(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, testdata(t), New(Config{}), "arkcode/retired/...")
	n := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			n++
			want := categoryUnknownCode
			msg := constantName.ReplaceAllString(d.Message, "") // rpmCode: Ark's error-code page ...
			switch {
			case strings.HasPrefix(msg, "Ark's error-code page no longer lists"), strings.HasPrefix(msg, "only retired"):
				want = categoryRetiredCode
			case strings.Contains(d.Message, "not a type"):
				want = categoryMixup
			}
			if d.Category != want {
				t.Errorf("%q: category %q, want %q", d.Message, d.Category, want)
			}
			if d.URL == "" {
				t.Errorf("%q: no URL", d.Message)
			}
		}
	}
	if n == 0 {
		t.Fatal("no diagnostics: the cases did not run")
	}
}

// Every finding of the other cases has a category too.
func TestCategories(t *testing.T) {
	results := analysistest.Run(t, testdata(t), New(Config{}), "arkcode/basic", "arkcode/funcs", "arkcode/confusion", "arkcode/errtext")
	for _, r := range results {
		for _, d := range r.Diagnostics {
			switch d.Category {
			case categoryUnknownCode, categoryRetiredCode, categoryUnknownType, categoryMixup:
			default:
				t.Errorf("%q: category %q", d.Message, d.Category)
			}
		}
	}
}
