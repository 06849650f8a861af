package main_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// Helpers shared by the tests that run arkvet on modules they make.

// writeFiles writes files (slash-separated path relative to dir: content)
// under dir, making directories as needed.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// arkModule makes a fresh module that requires the real Ark SDK (the go.mod
// and go.sum of testdata/e2e, whose modules the tests have downloaded) and
// holds files.
func arkModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"go.mod", "go.sum"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "e2e", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	writeFiles(t, dir, files)
	return dir
}

// plainModule makes a fresh module that requires nothing and holds files.
func plainModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"go.mod": "module example.com/plain\n\ngo 1.26.0\n"})
	writeFiles(t, dir, files)
	return dir
}

// needCgo skips the test unless cgo is enabled and its C compiler exists.
func needCgo(t *testing.T) {
	t.Helper()
	out, err := exec.Command("go", "env", "CC", "CGO_ENABLED").Output()
	if f := strings.Fields(string(out)); err != nil || len(f) != 2 || f[1] != "1" {
		t.Skip("cgo is disabled")
	} else if _, err := exec.LookPath(f[0]); err != nil {
		t.Skipf("no C compiler: %v", err)
	}
}

// crashed matches what a Go program prints when it dies of a panic.
var crashed = regexp.MustCompile(`(?m)^panic: |^fatal error: |goroutine \d+ \[[a-z ]+\]:`)

// noArkLine is all arkvet prints for code that cannot reach Ark.
var noArkLine = regexp.MustCompile(`^arkvet: none of the \d+ packages matched reaches Ark \(.*\): nothing to check\n$`)

// checkNoCrash fails if arkvet printed a panic or a stack trace.
func checkNoCrash(t *testing.T, r result) {
	t.Helper()
	for _, out := range []string{r.stdout, r.stderr} {
		if loc := crashed.FindStringIndex(out); loc != nil {
			t.Errorf("arkvet crashed (exit %d):\n%s", r.exit, out[loc[0]:min(len(out), loc[0]+4000)])
		}
	}
}

// jsonDiag is one diagnostic of arkvet -json output.
type jsonDiag struct {
	Pkg      string // the package ID: "p", "p [p.test]", "p_test [p.test]"
	Analyzer string
	Posn     string    `json:"posn"` // file:line:col
	Message  string    `json:"message"`
	Fixes    []jsonFix `json:"suggested_fixes"`
}

// jsonFix is a suggested fix in arkvet -json output; its edits count bytes.
type jsonFix struct {
	Message string `json:"message"`
	Edits   []struct {
		Filename   string `json:"filename"`
		Start, End int
		New        string `json:"new"`
	} `json:"edits"`
}

// jsonResult is arkvet -json output: its diagnostics, sorted by position,
// and the analyses that failed ("pkg analyzer": error).
type jsonResult struct {
	Diags  []jsonDiag
	Errors map[string]string
}

// parseJSON parses arkvet -json output, whose shape is
// {"pkg": {"analyzer": [diagnostic...] or {"error": "..."}}}.
func parseJSON(t *testing.T, stdout string) jsonResult {
	t.Helper()
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(stdout), &tree); err != nil && strings.TrimSpace(stdout) != "" {
		t.Fatalf("-json output is not JSON: %v\n%s", err, stdout)
	}
	res := jsonResult{Errors: map[string]string{}}
	for pkg, byAnalyzer := range tree {
		for name, raw := range byAnalyzer {
			var failed struct{ Error string }
			if json.Unmarshal(raw, &failed) == nil && failed.Error != "" {
				res.Errors[pkg+" "+name] = failed.Error
				continue
			}
			var diags []jsonDiag
			if err := json.Unmarshal(raw, &diags); err != nil {
				t.Fatalf("-json output for %s %s: %v\n%s", pkg, name, err, raw)
			}
			for _, d := range diags {
				d.Pkg, d.Analyzer = pkg, name
				res.Diags = append(res.Diags, d)
			}
		}
	}
	slices.SortFunc(res.Diags, func(a, b jsonDiag) int {
		return strings.Compare(a.Posn+a.Analyzer+a.Message+a.Pkg, b.Posn+b.Analyzer+b.Message+b.Pkg)
	})
	return res
}
