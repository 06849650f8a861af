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
	"time"

	"github.com/arkvet/arkvet/internal/arksdk"
)

// The real-code tests run arkvet over large code that nobody here wrote: the
// whole Ark SDK module (whose one finding is true), and, with
// ARKVET_INTEGRATION=full, the standard library and golang.org/x/tools. They
// take minutes, so they run only with ARKVET_INTEGRATION=1 (as .ci/run does)
// or full. Run with -v to see the numbers RELIABILITY.md quotes.
//
// std and x/tools import no Ark SDK: all they prove is that arkvet skips
// such packages without a finding or a crash, which
// TestUnreachedAllocatesNothing holds at no cost, while loading std cold
// (go list -export) took 20 minutes of CI's budget. So CI leaves them out.

// integrationBinary returns the arkvet binary, or skips the test unless
// ARKVET_INTEGRATION=1.
func integrationBinary(t *testing.T) string {
	t.Helper()
	if v := os.Getenv("ARKVET_INTEGRATION"); v != "1" && v != "full" {
		t.Skip("integration test: set ARKVET_INTEGRATION=1 to run arkvet over real code")
	}
	return arkvetBinary(t)
}

// fullIntegrationBinary is integrationBinary for the runs over code that
// cannot reach Ark: only with ARKVET_INTEGRATION=full.
func fullIntegrationBinary(t *testing.T) string {
	t.Helper()
	if os.Getenv("ARKVET_INTEGRATION") != "full" {
		t.Skip("set ARKVET_INTEGRATION=full to run arkvet over std and x/tools, which import no Ark SDK")
	}
	return arkvetBinary(t)
}

// realRun runs arkvet -json on pattern in dir, and logs how many packages
// it covered, what it found and how long it took.
func realRun(t *testing.T, bin, dir, pattern string) (result, jsonResult) {
	t.Helper()
	start := time.Now()
	r := run(t, dir, bin, "-json", pattern)
	took := time.Since(start)
	checkNoCrash(t, r)
	res := parseJSON(t, r.stdout)
	pkgs := run(t, dir, "go", "list", "-e", pattern)
	variants := run(t, dir, "go", "list", "-e", "-test", pattern)
	t.Logf("arkvet -json %s: %d packages (%d with test variants), %d findings, %d failed analyses, %.0fs, exit %d",
		pattern, strings.Count(pkgs.stdout, "\n"), strings.Count(variants.stdout, "\n"),
		len(res.Diags), len(res.Errors), took.Seconds(), r.exit)
	return r, res
}

// moduleCopy downloads module@version (a no-op when the module cache has
// it) and copies it into a fresh, writable directory.
func moduleCopy(t *testing.T, module, version string) string {
	t.Helper()
	out, err := exec.Command("go", "mod", "download", "-json", module+"@"+version).Output()
	if err != nil {
		t.Fatalf("go mod download %s@%s: %v\n%s", module, version, err, out)
	}
	var mod struct{ Dir, Error string }
	if err := json.Unmarshal(out, &mod); err != nil || mod.Dir == "" {
		t.Fatalf("go mod download %s@%s: %v %s", module, version, err, mod.Error)
	}
	dst, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	// CopyFS creates files writable (0666 less umask) whatever the module
	// cache's modes, so the copy is a module like any checkout.
	if err := os.CopyFS(dst, os.DirFS(mod.Dir)); err != nil {
		t.Fatal(err)
	}
	return dst
}

// checkQuiet fails on every finding and every failed analysis: the code
// imports no Ark SDK, so arkvet has nothing to say about it.
func checkQuiet(t *testing.T, r result, res jsonResult) {
	t.Helper()
	if r.exit != 0 {
		t.Errorf("exit status %d, want 0\nstderr:\n%s", r.exit, r.stderr)
	}
	for _, d := range res.Diags {
		t.Errorf("finding in code that does not import an Ark SDK: %s: %s: %s", d.Posn, d.Analyzer, d.Message)
	}
	for where, err := range res.Errors {
		t.Errorf("analysis failed: %s: %s", where, err)
	}
}

func TestRealCodeStd(t *testing.T) {
	bin := fullIntegrationBinary(t)
	// Outside any module: std needs none.
	r, res := realRun(t, bin, t.TempDir(), "std")
	checkQuiet(t, r, res)
}

func TestRealCodeXTools(t *testing.T) {
	bin := fullIntegrationBinary(t)
	// The version this module builds against. Its own checkout is the main
	// module, so its packages load with their tests and their go.mod.
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Version}}", "golang.org/x/tools").Output()
	if err != nil {
		t.Fatalf("go list -m golang.org/x/tools: %v", err)
	}
	dir := moduleCopy(t, "golang.org/x/tools", strings.TrimSpace(string(out)))
	r, res := realRun(t, bin, dir, "./...")
	checkQuiet(t, r, res)
}

// The Ark SDK module, whose findings were each read by a person (README,
// "arkvet on real code").
const (
	sdkModule  = "github.com/volcengine/volcengine-go-sdk"
	sdkVersion = "v1.1.35"
)

// sdkBroken are the SDK's packages that do not load: service/edx does not
// type-check, and an example imports a module its go.mod does not require.
// arkvet must say so (file:line) and analyze every other package.
var sdkBroken = map[string]string{
	"service/edx": `service/edx/[a-z_]+\.go:\d+:\d+: `,
	"service/arkruntime/example/structured_outputs": `no required module provides package github.com/invopop/jsonschema`,
}

// sdkFindings are arkvet's findings in the SDK's own code, as
// "file:line:col: analyzer: message" relative to the module root, each read
// by a person and found true.
var sdkFindings = []string{
	// needRetryError, the predicate of the SDK's own retry loop, retries
	// every *APIError with status 429, those that waiting never clears too.
	"service/arkruntime/client.go:564:69: arkretry: retrying every 429 also retries QuotaExceeded and SetLimitExceeded, which waiting does not clear; check .Code",
}

func TestRealCodeArkSDK(t *testing.T) {
	bin := integrationBinary(t)
	dir := moduleCopy(t, sdkModule, sdkVersion)
	r, res := realRun(t, bin, dir, "./...")

	// The broken packages are reported, clearly, and only they.
	if r.exit != 1 {
		t.Errorf("exit status %d, want 1 (packages that do not load)", r.exit)
	}
	for pkg, pattern := range sdkBroken {
		if !regexp.MustCompile(pattern).MatchString(r.stderr) {
			t.Errorf("stderr does not report %s (want a line matching %s):\n%s", pkg, pattern, r.stderr)
		}
	}
	for where := range res.Errors {
		pkg, _, _ := strings.Cut(strings.TrimPrefix(where, sdkModule+"/"), " ")
		if _, ok := sdkBroken[strings.TrimSuffix(pkg, "_test")]; !ok {
			t.Errorf("analysis failed in a package that loads: %s: %s", where, res.Errors[where])
		}
	}

	// Findings only in packages that import the Ark SDK...
	importsArk := arkImporters(t, dir)
	for _, d := range res.Diags {
		if !importsArk[d.Pkg] {
			t.Errorf("finding in %s, which imports no Ark SDK package: %s: %s", d.Pkg, d.Posn, d.Message)
		}
	}
	// ...and exactly the ones a person has read. Test variants of a package
	// repeat its findings; each counts once.
	var got []string
	for _, d := range res.Diags {
		rel, err := filepath.Rel(dir, d.Posn)
		if err != nil {
			rel = d.Posn
		}
		got = append(got, filepath.ToSlash(rel)+": "+d.Analyzer+": "+d.Message)
	}
	slices.Sort(got)
	got = slices.Compact(got)
	want := slices.Sorted(slices.Values(sdkFindings))
	for _, g := range got {
		if !slices.Contains(want, g) {
			t.Errorf("new finding in the SDK (read it: a false positive to fix, or a true one for sdkFindings and the README):\n\t%q,", g)
		}
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("finding no longer reported in the SDK: %s", w)
		}
	}
}

// arkImporters returns the IDs (as arkvet -json names packages, test
// variants included) of the packages in dir that import a package of the
// Ark SDK.
func arkImporters(t *testing.T, dir string) map[string]bool {
	t.Helper()
	r := run(t, dir, "go", "list", "-e", "-test", "-json=ImportPath,Imports", "./...")
	if r.exit != 0 {
		t.Fatalf("go list: %s", r.stderr)
	}
	importers := map[string]bool{}
	dec := json.NewDecoder(strings.NewReader(r.stdout))
	for dec.More() {
		var p struct {
			ImportPath string
			Imports    []string
		}
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		if slices.ContainsFunc(p.Imports, arksdk.IsArkPackage) {
			importers[p.ImportPath] = true
		}
	}
	return importers
}

// TestRaceOnRealCode runs a race-detecting build of arkvet over the Ark
// SDK's own packages (service/arkruntime/...: some thirty packages that reach
// Ark, analyzed in parallel by the driver) and the end-to-end module. go test
// -race sees the analyzers only through analysistest; this is the driver's
// own concurrency on real code.
func TestRaceOnRealCode(t *testing.T) {
	integrationBinary(t)
	if out, err := exec.Command("go", "env", "CGO_ENABLED").Output(); err != nil || strings.TrimSpace(string(out)) != "1" {
		t.Skip("the race detector needs cgo")
	}
	bin := filepath.Join(t.TempDir(), "arkvet-race")
	if out, err := exec.Command("go", "build", "-race", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build -race: %v\n%s", err, out)
	}
	for _, c := range []struct{ dir, pattern string }{
		{moduleCopy(t, sdkModule, sdkVersion), "./service/arkruntime/..."},
		{e2eCopy(t), "./..."},
	} {
		r := run(t, c.dir, bin, "-json", c.pattern)
		checkNoCrash(t, r)
		if strings.Contains(r.stderr, "WARNING: DATA RACE") {
			t.Errorf("data race in arkvet %s over %s:\n%s", c.pattern, c.dir, r.stderr)
		}
		if res := parseJSON(t, r.stdout); len(res.Diags) == 0 {
			t.Errorf("race-detecting arkvet found nothing in %s: did it analyze anything?", c.dir)
		}
	}
}
