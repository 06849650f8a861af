package arkretry

import (
	"github.com/arkvet/arkvet/internal/diag/diagtest"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/arkvet/arkvet/codes"
	"golang.org/x/tools/go/analysis/analysistest"
)

// testdata returns the absolute path of the shared analysistest tree:
// analysistest hands it to go list as GOPATH, which must be absolute.
func testdata() string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		panic(err)
	}
	return dir
}

// TestRules runs every rule's package with its positives and negatives, and
// the packages that must stay quiet.
func TestRules(t *testing.T) {
	results := analysistest.Run(t, testdata(), New(Config{}),
		"arkretry/nocover", "arkretry/retryall", "arkretry/retryoff", "arkretry/retryofftransport", "arkretry/retrycount",
		"arkretry/midstream", "arkretry/viaopenai", "arkretry/negatives", "arkretry/noark",
		"arkretry/shapes", "arkretry/quiet", "arkretry/everyerror", "arkretry/wrongtype", "arkretry/retired", "arkretry/helperretry", "arkretry/eino", "arkretry/einoother", "arkretry/einoretry", "arkretry/roots", "arkretry/sentinel", "arkretry/nostatus", "arkretry/getters", "arkretry/single", "arkretry/chatonly", "arkretry/retryoffhelper", "arkretry/retryoffhelper/wrapped", "arkretry/retryoffrun", "arkretry/reschedule", "arkretry/foreigntype", "arkretry/classpkg", "arkretry/foreigntype/openaigo", "arkretry/foreignmixed", "arkretry/retryoffclient", "arkretry/nilpolicy", "arkretry/viawrapper")
	diagtest.CheckCategories(t, results)
}

// TestPartialFix checks rule 1 and its fix, which adds the missing codes to
// the switch case that names the others.
func TestPartialFix(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, testdata(), New(Config{}), "arkretry/partial")
	requireFixes(t, results, 1)
}

// TestAssertionFix checks that a type assertion on a wrapped error becomes
// errors.AsType, and that a type switch gets no fix.
func TestAssertionFix(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, testdata(), New(Config{}), "arkretry/assertion")
	requireFixes(t, results, 6)
}

// requireFixes fails unless the results offer exactly n suggested fixes:
// analysistest compares a golden file only with the fixes there are, so a
// fix that silently disappears would otherwise pass.
func requireFixes(t *testing.T, results []*analysistest.Result, n int) {
	t.Helper()
	got := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			got += len(d.SuggestedFixes)
		}
	}
	if got != n {
		t.Errorf("%d suggested fixes, want %d", got, n)
	}
}

// TestHelpers checks that Config.Helpers replaces the default pattern.
func TestHelpers(t *testing.T) {
	analysistest.Run(t, testdata(), New(Config{Helpers: regexp.MustCompile(`^classifyFailure$`)}), "arkretry/helpers")
}

// TestNamedHelper checks that a helper of another package, out of view, is
// judged as a retry helper when the user's helpers pattern names it.
func TestNamedHelper(t *testing.T) {
	analysistest.Run(t, testdata(), New(Config{Helpers: regexp.MustCompile(`^Do$`)}), "arkretry/namedhelper")
}

// TestExtraFlag checks that -extra adds codes to the retry classes, and
// that the flags set the analyzer's own configuration.
func TestExtraFlag(t *testing.T) {
	path := filepath.Join(t.TempDir(), "extra.txt")
	data := "code: RateLimitExceeded.EndpointIPMExceeded\nretry: backoff\nvariant: 429 TooManyRequests\n\n" +
		"code: BudgetExhausted\nretry: never\nvariant: 429 TooManyRequests\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	a := New(Config{})
	if err := a.Flags.Set("extra", path); err != nil {
		t.Fatal(err)
	}
	if err := a.Flags.Set("helpers", `^decideRetry$`); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata(), a, "arkretry/extra")
	// The default instance is untouched by another instance's flags.
	if Analyzer.Flags.Lookup("extra").Value.String() != "" {
		t.Errorf("setting a New analyzer's flag changed the default Analyzer's")
	}
}

// TestConfigCodes checks that Config.Codes is the table the classes come
// from, as golangci-lint's settings give it.
func TestConfigCodes(t *testing.T) {
	extra, err := codes.Parse("extra.txt", []byte("code: RateLimitExceeded.EndpointIPMExceeded\nretry: backoff\nvariant: 429 TooManyRequests\n\n"+
		"code: BudgetExhausted\nretry: never\nvariant: 429 TooManyRequests\n"))
	if err != nil {
		t.Fatal(err)
	}
	a := New(Config{Codes: codes.Default().WithExtra(extra), Helpers: regexp.MustCompile(`^decideRetry$`)})
	analysistest.Run(t, testdata(), a, "arkretry/extra")
}

func TestBadHelpersFlag(t *testing.T) {
	if err := New(Config{}).Flags.Set("helpers", "retry("); err == nil {
		t.Fatal("a bad -helpers regexp was accepted")
	}
}
