package golangci_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// finding is one diagnostic, in a form both drivers can be brought to.
type finding struct {
	File     string // relative to the project, slash-separated
	Line     int
	Analyzer string
	Message  string
}

func (f finding) String() string {
	return fmt.Sprintf("%s:%d: %s: %s", f.File, f.Line, f.Analyzer, f.Message)
}

// extraCodes is the extra-codes file the test configures: it makes known a
// code that testdata/e2e misspells, so that arkcode's finding on it goes
// away in both drivers if, and only if, the setting reaches the analyzers.
const extraCodes = `code: RateLimitExceeded.EndpointRPMExceed
retry: backoff
why: a gateway in front of Ark sends it
variant: 429 TooManyRequests
`

// golangciConfig enables arkvet, configured, and nothing else; it keeps
// every finding (golangci-lint caps repeats by default).
const golangciConfig = `version: "2"
linters:
  default: none
  enable:
    - arkvet
  settings:
    custom:
      arkvet:
        type: module
        description: checks Go code that calls the Volcano Engine Ark API
        settings:
          checks: [arkcode, arkreqid]
          extra-codes: extra-codes.txt
issues:
  max-issues-per-linter: 0
  max-same-issues: 0
`

// arkvetFlags are the same settings as arkvet's flags.
var arkvetFlags = []string{"-arkcode", "-arkreqid", "-arkcode.extra=extra-codes.txt"}

// TestGolangciLint builds golangci-lint v2.15.0 with the plugin from the
// module in testdata/golangci, as "golangci-lint custom" would, runs it on
// a copy of testdata/e2e, and checks that it reports what arkvet reports
// with the same settings.
func TestGolangciLint(t *testing.T) {
	if v := os.Getenv("ARKVET_INTEGRATION"); v != "1" && v != "full" {
		t.Skip("set ARKVET_INTEGRATION=1 to build golangci-lint with the plugin (about two minutes, ~1 GB of caches)")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()

	// The nested module is built from a copy whose replace points at this
	// checkout, so that -mod=mod can bring its requirements up to date with
	// this module's without writing to testdata.
	gclSrc := filepath.Join(tmp, "golangci-src")
	copyDir(t, filepath.Join(root, "testdata", "golangci"), gclSrc)
	run(t, gclSrc, "go", "mod", "edit", "-replace", "github.com/arkvet/arkvet="+root)
	gcl := filepath.Join(tmp, "golangci-lint")
	start := time.Now()
	run(t, gclSrc, "go", "build", "-mod=mod", "-o", gcl, ".")
	t.Logf("building golangci-lint with the plugin took %s", time.Since(start).Round(time.Second))

	arkvet := filepath.Join(tmp, "arkvet")
	run(t, root, "go", "build", "-o", arkvet, "./cmd/arkvet")

	project := filepath.Join(tmp, "project")
	copyDir(t, filepath.Join(root, "testdata", "e2e"), project)
	writeFile(t, filepath.Join(project, "extra-codes.txt"), extraCodes)
	writeFile(t, filepath.Join(project, ".golangci.yml"), golangciConfig)

	want := arkvetFindings(t, arkvet, project, arkvetFlags...)
	if len(want) == 0 {
		t.Fatal("arkvet finds nothing in testdata/e2e with the test's settings; there is nothing to compare")
	}
	got := golangciFindings(t, gcl, project, tmp)
	if !slices.Equal(got, want) {
		t.Errorf("golangci-lint and arkvet disagree\ngolangci-lint:\n%s\narkvet %s:\n%s", lines(got), strings.Join(arkvetFlags, " "), lines(want))
	}

	// The settings must have reached the analyzers: without them arkvet
	// finds more (arkretry's findings, arkcode's on the misspelled code).
	all := arkvetFindings(t, arkvet, project)
	if len(all) <= len(want) {
		t.Errorf("the settings changed nothing: arkvet without them finds\n%s", lines(all))
	}
	for _, f := range got {
		if f.Analyzer == "arkretry" {
			t.Errorf("checks: [arkcode, arkreqid] ran arkretry: %s", f)
		}
		if strings.Contains(f.Message, `"RateLimitExceeded.EndpointRPMExceed"`) {
			t.Errorf("extra-codes did not make the code known: %s", f)
		}
	}
}

func golangciFindings(t *testing.T, gcl, project, tmp string) []finding {
	t.Helper()
	cmd := exec.Command(gcl, "run", "--output.json.path=stdout", "--show-stats=false", "./...")
	cmd.Dir = project
	cmd.Env = append(os.Environ(), "GOLANGCI_LINT_CACHE="+filepath.Join(tmp, "golangci-cache"))
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	t.Logf("golangci-lint run took %s", time.Since(start).Round(time.Second))
	if exit, ok := err.(*exec.ExitError); err != nil && (!ok || exit.ExitCode() != 1) {
		t.Fatalf("golangci-lint run: %v\n%s%s", err, stdout.String(), stderr.String())
	}
	var report struct {
		Issues []struct {
			FromLinter string
			Text       string
			Pos        struct {
				Filename string
				Line     int
			}
		}
	}
	if err := json.Unmarshal(stdout.Bytes(), &report); err != nil {
		t.Fatalf("golangci-lint's JSON: %v\n%s\n%s", err, stdout.String(), stderr.String())
	}
	var out []finding
	for _, is := range report.Issues {
		if is.FromLinter != "arkvet" {
			t.Errorf("issue from linter %q: %s", is.FromLinter, is.Text)
			continue
		}
		// With several analyzers in one linter, golangci-lint prefixes
		// each message with its analyzer's name.
		name, msg, ok := strings.Cut(is.Text, ": ")
		if !ok {
			t.Errorf("issue text without an analyzer name: %q", is.Text)
			continue
		}
		out = append(out, finding{File: relFile(project, is.Pos.Filename), Line: is.Pos.Line, Analyzer: name, Message: msg})
	}
	return sorted(out)
}

// arkvetFindings runs arkvet -json with flags on the project.
func arkvetFindings(t *testing.T, arkvet, project string, flags ...string) []finding {
	t.Helper()
	cmd := exec.Command(arkvet, append(append([]string{"-json"}, flags...), "./...")...)
	cmd.Dir = project
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("arkvet -json: %v\n%s", err, stderr.String())
	}
	// -json prints {"pkg": {"analyzer": [{"posn": "file:line:col", "message": ...}]}}.
	var report map[string]map[string]json.RawMessage
	if err := json.Unmarshal(stdout.Bytes(), &report); err != nil {
		t.Fatalf("arkvet's JSON: %v\n%s", err, stdout.String())
	}
	var out []finding
	for _, byAnalyzer := range report {
		for name, raw := range byAnalyzer {
			var diags []struct {
				Posn    string `json:"posn"`
				Message string `json:"message"`
			}
			if err := json.Unmarshal(raw, &diags); err != nil {
				t.Fatalf("arkvet's JSON for %s: %v: %s", name, err, raw) // an {"error": ...} object
			}
			for _, d := range diags {
				file, line := splitPosn(t, d.Posn)
				out = append(out, finding{File: relFile(project, file), Line: line, Analyzer: name, Message: d.Message})
			}
		}
	}
	return sorted(out)
}

// splitPosn splits "file:line:col" into file and line.
func splitPosn(t *testing.T, posn string) (string, int) {
	t.Helper()
	rest, _, ok := cutLast(posn, ":") // the column
	file, lineStr, ok2 := cutLast(rest, ":")
	line, err := strconv.Atoi(lineStr)
	if !ok || !ok2 || err != nil {
		t.Fatalf("bad position %q", posn)
	}
	return file, line
}

func cutLast(s, sep string) (before, after string, found bool) {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+len(sep):], true
}

func relFile(project, file string) string {
	if filepath.IsAbs(file) {
		if rel, err := filepath.Rel(project, file); err == nil {
			file = rel
		}
	}
	return filepath.ToSlash(file)
}

func sorted(fs []finding) []finding {
	slices.SortFunc(fs, func(a, b finding) int { return strings.Compare(a.String(), b.String()) })
	return fs
}

func lines(fs []finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "\t%s\n", f)
	}
	return b.String()
}

func run(t *testing.T, dir string, name string, args ...string) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func copyDir(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Join(dst, filepath.Dir(rel)), 0o755); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
