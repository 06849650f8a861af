package arkcode

import (
	"github.com/arkvet/arkvet/internal/diag/diagtest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/arkvet/arkvet/codes"
)

// testdata returns the absolute path of the shared testdata tree, which
// analysistest needs as a GOPATH entry.
func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestAnalyzer runs every case with the default table, in one load: each
// case package holds findings and, beside them, look-alikes that must not
// be reported; .golden files hold the code after every fix.
//
//   - basic: ==, != and switches (tagged, tagless), local code variables;
//   - funcs: strings.EqualFold/HasPrefix/HasSuffix/Contains, slices.Contains;
//   - maps: map literals, and map variables declared by one, indexed with a code;
//   - consts: named constants, fixed at their declaration when it is here;
//   - errtext: words searched for in err.Error();
//   - confusion: error types compared with codes, codes with types;
//   - arrival: codes of every Ark error type, however the error arrives;
//   - arkruntimego: the Ark-only SDK module;
//   - openai/...: OpenAI SDKs pointed at Ark, and not;
//   - noark: Ark-like code in a package that does not use Ark;
//   - ignore: //arkvet:ignore and //nolint directives;
//   - codelike: a switch on a string parameter taken for one on codes by its known codes.
func TestAnalyzer(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, testdata(t), New(Config{}),
		"arkcode/basic", "arkcode/funcs", "arkcode/maps", "arkcode/consts/...", "arkcode/errtext",
		"arkcode/confusion", "arkcode/arrival", "arkcode/arkruntimego", "arkcode/openai/...",
		"arkcode/noark", "arkcode/ignore", "arkcode/byteplus", "arkcode/getters", "arkcode/codelike")
	diagtest.CheckCategories(t, results)
}

const extraCodes = `
code: ModelQuotaGone
retry: never
why: our gateway's own code for a model whose quota is gone for the month
variant: 429 TooManyRequests
`

// An extra table makes a code the built-in table lacks known, and near
// misses of it misspellings.
func TestExtraCodes(t *testing.T) {
	extra, err := codes.Parse("extra.txt", []byte(extraCodes))
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{Codes: codes.Default().WithExtra(extra)}
	analysistest.RunWithSuggestedFixes(t, testdata(t), New(cfg), "arkcode/extracodes")
}

// The -extra flag sets the same table.
func TestExtraFlag(t *testing.T) {
	file := filepath.Join(t.TempDir(), "extra.txt")
	if err := os.WriteFile(file, []byte(extraCodes), 0o666); err != nil {
		t.Fatal(err)
	}
	a := New(Config{})
	if err := a.Flags.Set("extra", file); err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, testdata(t), a, "arkcode/extracodes")

	// The flag set one instance's table, not the default instance's.
	if Analyzer.Flags.Lookup("extra").Value.String() != "" {
		t.Errorf("setting -extra on one analyzer set it on the default one")
	}
}

func TestExtraFlagMalformed(t *testing.T) {
	file := filepath.Join(t.TempDir(), "extra.txt")
	if err := os.WriteFile(file, []byte("code: X\nretry: sometimes\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	err := New(Config{}).Flags.Set("extra", file)
	if err == nil || !strings.Contains(err.Error(), file) {
		t.Fatalf("Set(malformed file) = %v, want an error naming %s", err, file)
	}
}
