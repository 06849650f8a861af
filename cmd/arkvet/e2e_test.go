package main_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// The end-to-end tests build arkvet and run it, standalone and as a vet tool,
// on testdata/e2e: a module compiled against the real Ark SDK.

// arkvetBinary returns the arkvet binary that TestMain built.
func arkvetBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test: builds and runs arkvet (skipped with -short)")
	}
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// TestMain builds cmd/arkvet once for every test, and removes it after.
func TestMain(m *testing.M) {
	flag.Parse()
	if testing.Short() {
		os.Exit(m.Run())
	}
	dir, err := os.MkdirTemp("", "arkvet-e2e-bin")
	if err != nil {
		binErr = err
		os.Exit(m.Run())
	}
	binPath = filepath.Join(dir, "arkvet")
	if runtime.GOOS == "windows" {
		binPath += ".exe"
	}
	if out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput(); err != nil {
		binErr = errors.New("go build: " + err.Error() + "\n" + string(out))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// e2eCopy copies testdata/e2e into a fresh directory, so that -fix edits a copy.
func e2eCopy(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	if err := os.CopyFS(dst, os.DirFS(filepath.Join("..", "..", "testdata", "e2e"))); err != nil {
		t.Fatal(err)
	}
	return dst
}

type result struct {
	stdout, stderr string
	exit           int
}

func run(t *testing.T, dir, name string, args ...string) result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	exit := 0
	var exitErr *exec.ExitError
	switch {
	case errors.As(err, &exitErr):
		exit = exitErr.ExitCode()
	case err != nil:
		t.Fatalf("%s %v: %v", name, args, err)
	}
	return result{stdout.String(), stderr.String(), exit}
}

// wantFindings are findings the e2e module must produce, as
// "file:line:col: check: text", the standalone driver's text format. go
// vet prints them without the check.
var wantFindings = []string{
	`arkcode.go:17:7: arkcode: unknown Ark error code "RateLimitExceeded.EndpointRPMExceed"; did you mean "RateLimitExceeded.EndpointRPMExceeded"?`,
	`arkcode.go:24:20: arkcode: "TooManyRequests" is an Ark error type, not a code; compare .Type`,
	`arkretry.go:30:2: arkretry: switch on Ark error code handles RateLimitExceeded.EndpointRPMExceeded and ServerOverloaded but not the retryable APIAccountRpmRateLimitExceeded, AccountRateLimitExceeded, InflightBatchsizeExceeded, ModelAccountRpmRateLimitExceeded, ModelAccountTpmRateLimitExceeded, RateLimitExceeded.EndpointTPMExceeded and RequestBurstTooFast; handle them alike or check .HTTPStatusCode == 429`,
	`arkretry.go:63:33: arkretry: retrying every 429 also retries QuotaExceeded and SetLimitExceeded, which waiting does not clear; check .Code`,
	`arkreqid.go:20:2: arkreqid: Ark error logged without its request ID; add apiErr.RequestId`,
	`arkreqid.go:29:10: arkreqid: Ark error re-wrapped without its request ID; wrap it with %w or add apiErr.RequestId`,
}

// withoutCheck returns a finding of wantFindings as go vet prints it:
// "file:line:col: text".
func withoutCheck(finding string) string {
	i := strings.Index(finding, ": ")
	_, rest, _ := strings.Cut(finding[i+2:], ": ")
	return finding[:i+2] + rest
}

// noFindingsIn are lines of the e2e module that must stay quiet: a pattern
// code, a real prefix, a status check before a switch, a log line and a wrap
// that keep the request ID.
var noFindingsIn = []string{
	"arkcode.go:19:", "arkcode.go:21:", "arkcode.go:27:",
	"arkretry.go:45:", "arkretry.go:48:",
	"arkreqid.go:17:", "arkreqid.go:21:", "arkreqid.go:31:",
}

// checkFindings checks the standalone driver's text output.
func checkFindings(t *testing.T, output string) {
	t.Helper()
	checkFindingsAs(t, output, func(s string) string { return s })
}

// checkVetFindings checks go vet's output, which does not name the check.
func checkVetFindings(t *testing.T, output string) {
	t.Helper()
	checkFindingsAs(t, output, withoutCheck)
}

func checkFindingsAs(t *testing.T, output string, form func(string) string) {
	t.Helper()
	for _, want := range wantFindings {
		if !strings.Contains(output, form(want)) {
			t.Errorf("missing finding %s\noutput:\n%s", form(want), output)
		}
	}
	for _, quiet := range noFindingsIn {
		if strings.Contains(output, quiet) {
			t.Errorf("unexpected finding at %s\noutput:\n%s", quiet, output)
		}
	}
	if strings.Contains(output, "panic") || strings.Contains(output, "goroutine ") {
		t.Errorf("arkvet crashed:\n%s", output)
	}
}

func TestStandalone(t *testing.T) {
	bin := arkvetBinary(t)
	dir := e2eCopy(t)
	r := run(t, dir, bin, "./...")
	if r.exit != 3 {
		t.Errorf("arkvet ./... exit status = %d, want 3 (findings)\nstderr:\n%s", r.exit, r.stderr)
	}
	checkFindings(t, r.stderr)
	if n := strings.Count(r.stderr, "\n"); n != len(wantFindings) {
		t.Errorf("arkvet printed %d lines, want one per finding (%d):\n%s", n, len(wantFindings), r.stderr)
	}
}

func TestVetTool(t *testing.T) {
	bin := arkvetBinary(t)
	dir := e2eCopy(t)
	r := run(t, dir, "go", "vet", "-vettool="+bin, "./...")
	if r.exit == 0 {
		t.Errorf("go vet -vettool exit status = 0, want non-zero (findings)\nstderr:\n%s", r.stderr)
	}
	checkVetFindings(t, r.stderr)
}

func TestJSON(t *testing.T) {
	bin := arkvetBinary(t)
	dir := e2eCopy(t)
	r := run(t, dir, bin, "-json", "./...")
	if r.exit != 0 {
		t.Errorf("arkvet -json exit status = %d, want 0 (findings are data)\nstderr:\n%s", r.exit, r.stderr)
	}
	// {"pkgpath": {"analyzer": [{"posn": ..., "message": ...}]}}
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(r.stdout), &tree); err != nil {
		t.Fatalf("-json output is not JSON: %v\n%s", err, r.stdout)
	}
	var messages []string
	for analyzer, raw := range tree["example.com/arkapp"] {
		var diags []struct {
			Posn    string `json:"posn"`
			Message string `json:"message"`
		}
		if err := json.Unmarshal(raw, &diags); err != nil {
			t.Fatalf("-json output for %s is not a list of findings: %v\n%s", analyzer, err, raw)
		}
		for _, d := range diags {
			messages = append(messages, filepath.Base(d.Posn)+": "+analyzer+": "+d.Message)
		}
	}
	if len(messages) != len(wantFindings) {
		t.Errorf("got %d findings in -json output, want %d:\n%s", len(messages), len(wantFindings), strings.Join(messages, "\n"))
	}
	checkFindings(t, strings.Join(messages, "\n"))
}

func TestFixLeavesCodeThatBuilds(t *testing.T) {
	bin := arkvetBinary(t)
	dir := e2eCopy(t)
	r := run(t, dir, bin, "-fix", "./...")
	if strings.Contains(r.stderr, "panic") {
		t.Fatalf("arkvet -fix crashed:\n%s", r.stderr)
	}
	if b := run(t, dir, "go", "build", "./..."); b.exit != 0 {
		t.Fatalf("after arkvet -fix, go build fails:\n%s", b.stderr)
	}
	for file, want := range map[string]string{
		"arkcode.go":  `case "RateLimitExceeded.EndpointRPMExceeded":`,
		"arkretry.go": "case \"RateLimitExceeded.EndpointRPMExceeded\", \"ServerOverloaded\",\n\t\t\"APIAccountRpmRateLimitExceeded\",",
		"arkreqid.go": `log.Printf("ark call failed: code=%s message=%s request_id=%s", apiErr.Code, apiErr.Message, apiErr.RequestId)`,
	} {
		fixed, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(fixed, []byte(want)) {
			t.Errorf("after arkvet -fix, %s lacks %s:\n%s", file, want, fixed)
		}
	}
	again := run(t, dir, bin, "./...")
	for _, gone := range []string{`"RateLimitExceeded.EndpointRPMExceed"`, "arkreqid.go:", "arkretry.go:30:"} {
		if strings.Contains(again.stderr, gone) {
			t.Errorf("after -fix, arkvet still reports %s:\n%s", gone, again.stderr)
		}
	}
}

func TestVersionAndFlags(t *testing.T) {
	bin := arkvetBinary(t)
	if r := run(t, ".", bin, "-V=full"); r.exit != 0 || !strings.Contains(r.stdout, "arkvet version") {
		t.Errorf("arkvet -V=full: exit %d, stdout %q, stderr %q", r.exit, r.stdout, r.stderr)
	}
	r := run(t, ".", bin, "-flags")
	if r.exit != 0 {
		t.Fatalf("arkvet -flags: exit %d: %s", r.exit, r.stderr)
	}
	var flags []struct{ Name string }
	if err := json.Unmarshal([]byte(r.stdout), &flags); err != nil {
		t.Fatalf("arkvet -flags is not JSON: %v\n%s", err, r.stdout)
	}
	names := map[string]bool{}
	for _, f := range flags {
		names[f.Name] = true
	}
	for _, want := range []string{"arkcode", "arkretry", "arkreqid", "arkcode.extra", "arkretry.helpers", "arkreqid.loggers"} {
		if !names[want] {
			t.Errorf("arkvet -flags lacks %q", want)
		}
	}
}

func TestBadInput(t *testing.T) {
	bin := arkvetBinary(t)
	dir := e2eCopy(t)
	bad := filepath.Join(dir, "extra.txt")
	if err := os.WriteFile(bad, []byte("code: Foo.Bar\nretry: sometimes\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		args     []string
		wantExit int
		wantText string
	}{
		{"unknown flag", []string{"-nosuchflag", "./..."}, 2, "flag provided but not defined"},
		{"malformed extra codes", []string{"-arkcode.extra=" + bad, "./..."}, 2, "extra.txt:2:"},
		{"missing extra codes", []string{"-arkcode.extra=" + filepath.Join(dir, "nope.txt"), "./..."}, 2, "nope.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := run(t, dir, bin, tt.args...)
			if r.exit != tt.wantExit {
				t.Errorf("exit status = %d, want %d\nstderr:\n%s", r.exit, tt.wantExit, r.stderr)
			}
			if !strings.Contains(r.stderr, tt.wantText) {
				t.Errorf("stderr lacks %q:\n%s", tt.wantText, r.stderr)
			}
			if strings.Contains(r.stderr, "goroutine ") {
				t.Errorf("stack trace on bad input:\n%s", r.stderr)
			}
		})
	}
}

var (
	binPath string // the arkvet binary built by TestMain
	binErr  error  // why it could not be built
)
