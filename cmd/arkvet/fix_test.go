package main_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// fixable returns the diagnostics of arkvet -json ./... in dir that suggest
// a fix.
func fixable(t *testing.T, bin, dir string) []jsonDiag {
	t.Helper()
	r := run(t, dir, bin, "-json", "./...")
	checkNoCrash(t, r)
	if r.exit != 0 {
		t.Fatalf("arkvet -json ./...: exit status %d\nstderr:\n%s", r.exit, r.stderr)
	}
	var diags []jsonDiag
	for _, d := range parseJSON(t, r.stdout).Diags {
		if len(d.Fixes) > 0 {
			diags = append(diags, d)
		}
	}
	return diags
}

// fixAll runs arkvet -fix ./... in dir until nothing is left to fix: the
// driver skips a fix that conflicts with one applied before it and asks for
// a re-run. It fails if that does not settle, or if a fix leaves code that
// does not build or is not gofmt'ed.
func fixAll(t *testing.T, bin, dir string) {
	t.Helper()
	for round := 1; ; round++ {
		r := run(t, dir, bin, "-fix", "./...")
		checkNoCrash(t, r)
		left := fixable(t, bin, dir)
		if len(left) == 0 {
			break
		}
		if round == 3 {
			t.Fatalf("after %d rounds of arkvet -fix, fixes are still suggested (a fix that does not settle its finding?):\n%v\nlast -fix stderr:\n%s", round, left, r.stderr)
		}
	}
	if b := run(t, dir, "go", "build", "./..."); b.exit != 0 {
		t.Fatalf("after arkvet -fix, go build ./... fails:\n%s", b.stderr)
	}
	if v := run(t, dir, "go", "vet", "./..."); v.exit != 0 {
		t.Fatalf("after arkvet -fix, go vet ./... fails:\n%s", v.stderr)
	}
	if f := run(t, dir, "gofmt", "-l", "."); f.stdout != "" {
		t.Errorf("after arkvet -fix, gofmt -l lists:\n%s", f.stdout)
	}
}

// TestFixEveryFix applies the suggested fixes of the end-to-end module, each
// alone in a fresh copy and then all at once, and builds the result each time.
func TestFixEveryFix(t *testing.T) {
	bin := arkvetBinary(t)
	base := e2eCopy(t)
	diags := fixable(t, bin, base)
	if len(diags) == 0 {
		t.Fatal("the end-to-end module has no finding with a suggested fix")
	}
	for _, d := range diags {
		for _, fix := range d.Fixes {
			dir := e2eCopy(t)
			applyJSONFix(t, base, dir, fix)
			if b := run(t, dir, "go", "build", "./..."); b.exit != 0 {
				t.Errorf("fix %q for %s: %s leaves code that does not build:\n%s", fix.Message, d.Posn, d.Message, b.stderr)
			}
		}
	}
	fixAll(t, bin, e2eCopy(t))
}

// TestFixTwoOnOneLine fixes two misspelled codes on one line, in a package
// with a test file so that the driver sees each fix twice (once for the
// package, once for its test variant): the line must come out with both
// codes right, once each.
func TestFixTwoOnOneLine(t *testing.T) {
	bin := arkvetBinary(t)
	const line = `	if apiErr.Code == "RateLimitExceeded.EndpointRPMExceed" || apiErr.Code == "ModelAccountRpmRateLimitExceed" {`
	const fixed = `	if apiErr.Code == "RateLimitExceeded.EndpointRPMExceeded" || apiErr.Code == "ModelAccountRpmRateLimitExceeded" {`
	dir := arkModule(t, map[string]string{
		"limits.go": `package main

import (
	"errors"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

func rateLimited(err error) bool {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return false
	}
` + line + `
		return true
	}
	return false
}

func main() { _ = rateLimited(nil) }
`,
		"limits_test.go": `package main

import "testing"

func TestRateLimited(t *testing.T) {
	if rateLimited(nil) {
		t.Error("nil is no rate limit")
	}
}
`,
	})
	var onLine []string
	for _, d := range fixable(t, bin, dir) {
		if strings.Contains(d.Posn, "limits.go:14:") {
			onLine = append(onLine, d.Message)
		}
	}
	slices.Sort(onLine)
	if onLine = slices.Compact(onLine); len(onLine) != 2 {
		t.Fatalf("want 2 findings with fixes on limits.go:14, got %d: %q", len(onLine), onLine)
	}
	fixAll(t, bin, dir)
	src, err := os.ReadFile(filepath.Join(dir, "limits.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(src, []byte("\n"+fixed+"\n")) {
		t.Errorf("after arkvet -fix, limits.go lacks the line\n%s\nit reads:\n%s", fixed, src)
	}
	if r := run(t, dir, "go", "test", "./..."); r.exit != 0 {
		t.Errorf("after arkvet -fix, go test fails:\n%s%s", r.stdout, r.stderr)
	}
}

// TestFixInCgoFile fixes a finding in a cgo file. Drivers analyze the file
// cgo rewrote, so a fix's byte offsets would count in that file while
// naming the user's: -fix must not edit anything wrongly, and every fix
// that -json offers must apply to the file it names.
func TestFixInCgoFile(t *testing.T) {
	bin := arkvetBinary(t)
	needCgo(t)
	files := map[string]string{"ark/c.go": cgoArk}
	base := arkModule(t, files)
	r := run(t, base, bin, "-json", "./...")
	checkNoCrash(t, r)
	res := parseJSON(t, r.stdout)
	if len(res.Diags) == 0 || !strings.HasSuffix(res.Diags[0].Posn, strings.SplitN(cgoFinding, ": ", 2)[0]) {
		t.Fatalf("want the finding %s, got:\n%s", cgoFinding, r.stdout)
	}
	for _, d := range res.Diags {
		for _, fix := range d.Fixes {
			dir := arkModule(t, files)
			applyJSONFix(t, base, dir, fix)
			if b := run(t, dir, "go", "build", "./..."); b.exit != 0 {
				t.Errorf("fix %q for %s, applied as -json gives it, leaves code that does not build:\n%s", fix.Message, d.Posn, b.stderr)
			}
		}
	}
	r = run(t, base, bin, "-fix", "./...")
	checkNoCrash(t, r)
	if b := run(t, base, "go", "build", "./..."); b.exit != 0 {
		t.Errorf("after arkvet -fix, go build fails:\n%s", b.stderr)
	}
}

// applyJSONFix applies fix, from arkvet -json run in module from, to the
// same files in module to.
func applyJSONFix(t *testing.T, from, to string, fix jsonFix) {
	t.Helper()
	byFile := map[string][]edit{}
	for _, e := range fix.Edits {
		byFile[e.Filename] = append(byFile[e.Filename], edit{e.Start, e.End, e.New})
	}
	for abs, edits := range byFile {
		rel, err := filepath.Rel(from, abs)
		if err != nil || !filepath.IsLocal(rel) {
			t.Fatalf("fix %q edits %s, outside the module %s", fix.Message, abs, from)
		}
		path := filepath.Join(to, rel)
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, applyEdits(t, src, edits), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

type edit struct {
	start, end int
	new        string
}

// applyEdits applies non-overlapping byte-offset edits to src.
func applyEdits(t *testing.T, src []byte, edits []edit) []byte {
	t.Helper()
	slices.SortStableFunc(edits, func(a, b edit) int { return a.start - b.start })
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		if e.start < last || e.end < e.start || e.end > len(src) {
			t.Fatalf("bad edit [%d,%d) after offset %d in a file of %d bytes", e.start, e.end, last, len(src))
		}
		out.Write(src[last:e.start])
		out.WriteString(e.new)
		last = e.end
	}
	out.Write(src[last:])
	return out.Bytes()
}

// TestDeterministicOutput runs arkvet three times on the same code: its
// output, -json and text, must not change (map order, goroutine
// scheduling). The analysis has no cache to hide behind between runs.
func TestDeterministicOutput(t *testing.T) {
	bin := arkvetBinary(t)
	dir := e2eCopy(t)
	var first result
	for i := range 3 {
		j := run(t, dir, bin, "-json", "./...")
		txt := run(t, dir, bin, "./...")
		checkNoCrash(t, j)
		r := result{stdout: j.stdout, stderr: txt.stderr, exit: j.exit}
		if i == 0 {
			first = r
			if len(parseJSON(t, r.stdout).Diags) == 0 {
				t.Fatalf("no findings to compare:\n%s", r.stdout)
			}
			continue
		}
		if r.stdout != first.stdout {
			t.Errorf("run %d: -json output differs from run 1:\n%s\nrun 1:\n%s", i+1, r.stdout, first.stdout)
		}
		if r.stderr != first.stderr {
			t.Errorf("run %d: text output differs from run 1:\n%s\nrun 1:\n%s", i+1, r.stderr, first.stderr)
		}
	}
}
