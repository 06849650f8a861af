package main_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The command line's end-to-end tests: output formats, -fix and -diff,
// the configuration file, bad settings, code that does not reach Ark,
// -version and help. Each runs the binary TestMain built.

func TestTextSortedWithCheck(t *testing.T) {
	bin := arkvetBinary(t)
	r := run(t, e2eCopy(t), bin, "./...")
	lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
	want := slices.Clone(wantFindings)
	slices.SortFunc(want, comparePosn)
	if !slices.Equal(lines, want) {
		t.Errorf("text output, want the findings sorted by file and line, each with its check:\n%s\nwant:\n%s", r.stderr, strings.Join(want, "\n"))
	}
}

// comparePosn orders "file:line:col: ..." lines by file, line and column.
func comparePosn(a, b string) int {
	pa, pb := strings.SplitN(a, ":", 4), strings.SplitN(b, ":", 4)
	if c := strings.Compare(pa[0], pb[0]); c != 0 {
		return c
	}
	for i := 1; i <= 2; i++ {
		if len(pa[i]) != len(pb[i]) {
			return len(pa[i]) - len(pb[i])
		}
		if c := strings.Compare(pa[i], pb[i]); c != 0 {
			return c
		}
	}
	return strings.Compare(a, b)
}

func TestFormatJSONHasURL(t *testing.T) {
	bin := arkvetBinary(t)
	// A test file makes a test variant of the package (arkapp [arkapp.test])
	// holding the same findings: each is in the tree once.
	dir := e2eCopy(t)
	if err := os.WriteFile(filepath.Join(dir, "main_test.go"), []byte("package main\n\nimport \"testing\"\n\nfunc TestNothing(t *testing.T) {}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := run(t, dir, bin, "-format", "json", "./...")
	if r.exit != 3 {
		t.Errorf("-format json: exit status %d, want 3 (findings)\n%s", r.exit, r.stderr)
	}
	var tree map[string]map[string][]struct {
		Posn, Message, URL, Category string
	}
	if err := json.Unmarshal([]byte(r.stdout), &tree); err != nil {
		t.Fatalf("-format json is not x/tools' shape: %v\n%s", err, r.stdout)
	}
	n := 0
	for _, byCheck := range tree {
		for check, diags := range byCheck {
			for _, d := range diags {
				n++
				if !strings.HasPrefix(d.URL, "https://pkg.go.dev/github.com/arkvet/arkvet/analyzer/"+check+"#hdr-") {
					t.Errorf("%s: %s: url %q, want the section of the check's documentation on its rule", d.Posn, check, d.URL)
				}
				if d.Category == "" {
					t.Errorf("%s: %s: no category", d.Posn, check)
				}
			}
		}
	}
	if n != len(wantFindings) {
		t.Errorf("-format json: %d findings, want %d\n%s", n, len(wantFindings), r.stdout)
	}
}

func TestFormatSARIF(t *testing.T) {
	bin := arkvetBinary(t)
	r := run(t, e2eCopy(t), bin, "-format", "sarif", "./...")
	if r.exit != 3 {
		t.Errorf("-format sarif: exit status %d, want 3\n%s", r.exit, r.stderr)
	}
	// The fields SARIF 2.1.0's schema requires, and those GitHub code
	// scanning reads: a rule per check with its help URI, and results
	// with a message, a rule and a file and line relative to the root.
	var log struct {
		Schema  string `json:"$schema"`
		Version string
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string
					Rules []struct {
						ID               string
						HelpURI          string
						ShortDescription struct{ Text string }
					}
				}
			}
			Results []struct {
				RuleID    string
				RuleIndex int
				Level     string
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string
							URIBaseID string `json:"uriBaseId"`
						}
						Region struct{ StartLine, StartColumn int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
		t.Fatalf("-format sarif is not JSON: %v\n%s", err, r.stdout)
	}
	if log.Version != "2.1.0" || !strings.Contains(log.Schema, "sarif-2.1.0") || len(log.Runs) != 1 {
		t.Fatalf("not a SARIF 2.1.0 log of one run: version %q, $schema %q, %d runs", log.Version, log.Schema, len(log.Runs))
	}
	run := log.Runs[0]
	if run.Tool.Driver.Name != "arkvet" {
		t.Errorf("tool.driver.name = %q", run.Tool.Driver.Name)
	}
	var ids []string
	for _, rule := range run.Tool.Driver.Rules {
		ids = append(ids, rule.ID)
		if rule.ID == "" || !strings.HasPrefix(rule.HelpURI, "https://") || rule.ShortDescription.Text == "" {
			t.Errorf("rule %+v lacks an id, a help URI or a description", rule)
		}
	}
	for _, check := range []string{"arkcode", "arkretry", "arkreqid"} {
		if !slices.Contains(ids, check) {
			t.Errorf("no rule for %s among %v", check, ids)
		}
	}
	var got []string
	for _, res := range run.Results {
		if res.Message.Text == "" || len(res.Locations) != 1 || res.RuleIndex >= len(ids) || ids[res.RuleIndex] != res.RuleID {
			t.Errorf("result %+v: want a message, one location and its rule's index", res)
			continue
		}
		loc := res.Locations[0].PhysicalLocation
		if loc.ArtifactLocation.URIBaseID != "%SRCROOT%" || filepath.IsAbs(loc.ArtifactLocation.URI) || loc.Region.StartLine < 1 {
			t.Errorf("result location %+v: want a path relative to %%SRCROOT%% and a line", loc)
		}
		got = append(got, res.RuleID+" "+loc.ArtifactLocation.URI+" "+res.Message.Text)
	}
	if len(got) != len(wantFindings) {
		t.Errorf("%d results, want %d:\n%s", len(got), len(wantFindings), strings.Join(got, "\n"))
	}
}

func TestFormatGitHub(t *testing.T) {
	bin := arkvetBinary(t)
	r := run(t, e2eCopy(t), bin, "-format", "github", "./...")
	if r.exit != 3 {
		t.Errorf("-format github: exit status %d, want 3\n%s", r.exit, r.stderr)
	}
	line := regexp.MustCompile(`^::error file=([^,]+),line=(\d+),col=(\d+),endLine=\d+,endColumn=\d+,title=(ark[a-z]+)::(.+) \((https://[^ ]+)\)$`)
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(lines) != len(wantFindings) {
		t.Fatalf("%d lines, want one per finding (%d):\n%s", len(lines), len(wantFindings), r.stdout)
	}
	for _, l := range lines {
		m := line.FindStringSubmatch(l)
		if m == nil {
			t.Errorf("not a workflow command for a finding: %s", l)
			continue
		}
		// Back to the text format, GitHub's escapes undone.
		text := m[1] + ":" + m[2] + ":" + m[3] + ": " + m[4] + ": " + strings.ReplaceAll(m[5], "%25", "%")
		if !slices.Contains(wantFindings, text) {
			t.Errorf("github line %s is no finding of the module (as text: %s)", l, text)
		}
	}
}

// TestFixLeavesUnfixable runs -fix on the end-to-end module, some of whose
// findings have no fix: it must fix the others, list those left, and exit
// 3, as golangci-lint --fix does.
func TestFixLeavesUnfixable(t *testing.T) {
	bin := arkvetBinary(t)
	dir := e2eCopy(t)
	r := run(t, dir, bin, "-fix", "./...")
	checkNoCrash(t, r)
	if r.exit != 3 {
		t.Errorf("arkvet -fix with findings it cannot fix: exit status %d, want 3\n%s", r.exit, r.stderr)
	}
	// It lists the findings it left, as found before fixing, after a
	// summary line.
	summary := regexp.MustCompile(`^arkvet: fixed (\d+) of (\d+) findings in \d+ files`)
	lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
	m := summary.FindStringSubmatch(lines[0])
	if m == nil {
		t.Fatalf("-fix printed no summary first:\n%s", r.stderr)
	}
	fixed, _ := strconv.Atoi(m[1])
	total, _ := strconv.Atoi(m[2])
	left := lines[1:]
	if total != len(wantFindings) || len(left) != total-fixed || len(left) == 0 {
		t.Errorf("-fix fixed %d of %d and listed %d; want %d findings in all and every one left listed (the module has some without a fix)\n%s", fixed, total, len(left), len(wantFindings), r.stderr)
	}
	for _, l := range left {
		if !slices.Contains(wantFindings, l) {
			t.Errorf("-fix listed %s, which is no finding of the module", l)
		}
	}
	if fixable(t, bin, dir) != nil {
		t.Errorf("after -fix, fixes are still suggested:\n%v", fixable(t, bin, dir))
	}
}

// TestDiffAppliesWithGit checks that -diff changes nothing and prints a
// patch that git apply accepts and that does what -fix does.
func TestDiffAppliesWithGit(t *testing.T) {
	bin := arkvetBinary(t)
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	dir := e2eCopy(t)
	before := readTree(t, dir)
	r := run(t, dir, bin, "-diff", "./...")
	checkNoCrash(t, r)
	if r.exit != 3 {
		t.Errorf("-diff: exit status %d, want 3 (the findings are still there)\n%s", r.exit, r.stderr)
	}
	if !strings.HasPrefix(r.stdout, "--- a/") || !strings.Contains(r.stdout, "\n+++ b/") {
		t.Fatalf("-diff printed no a/ b/ unified diff:\n%s", r.stdout)
	}
	if got := readTree(t, dir); !maps2Equal(got, before) {
		t.Error("-diff changed files")
	}
	patch := filepath.Join(t.TempDir(), "fix.patch")
	if err := os.WriteFile(patch, []byte(r.stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	applied := e2eCopy(t)
	if g := run(t, applied, "git", "apply", "--verbose", patch); g.exit != 0 {
		t.Fatalf("git apply rejects arkvet -diff's output: %s\n%s", g.stderr, r.stdout)
	}
	fixed := e2eCopy(t)
	run(t, fixed, bin, "-fix", "./...")
	if got, want := readTree(t, applied), readTree(t, fixed); !maps2Equal(got, want) {
		t.Error("the module patched with -diff's output differs from the module fixed by -fix")
	}
}

func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		files[e.Name()] = string(data)
	}
	return files
}

func maps2Equal(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

// knownMisspelling is an extra-codes file that makes the e2e module's
// misspelled code known, so that arkcode's finding on it goes away when,
// and only when, the file reaches the analyzers.
const knownMisspelling = `code: RateLimitExceeded.EndpointRPMExceed
retry: backoff
why: a gateway in front of Ark sends it
variant: 429 TooManyRequests
`

// nestedModule is the e2e module's code moved into a nested package,
// internal/ark, with a configuration file at the module root whose
// extra-codes path is relative to it.
func nestedModule(t *testing.T, config string) string {
	t.Helper()
	src := filepath.Join("..", "..", "testdata", "e2e")
	files := map[string]string{"codes/extra.txt": knownMisspelling, ".arkvet.yaml": config}
	for _, name := range []string{"arkcode.go", "arkretry.go", "arkreqid.go"} {
		data, err := os.ReadFile(filepath.Join(src, name))
		if err != nil {
			t.Fatal(err)
		}
		files["internal/ark/"+name] = strings.Replace(string(data), "package main", "package ark", 1)
	}
	return arkModule(t, files)
}

// TestConfigFile runs arkvet standalone and under go vet on a module whose
// .arkvet.yaml, at the root, selects arkcode and adds codes from a file
// named relative to it; the package checked is two directories down, and
// go vet runs the tool there.
func TestConfigFile(t *testing.T) {
	bin := arkvetBinary(t)
	dir := nestedModule(t, "# arkvet's settings\nchecks: [arkcode]\nextra-codes: codes/extra.txt\n")
	wantGone := `"RateLimitExceeded.EndpointRPMExceed"`
	wantKept := `arkcode.go:24:20: ` // the arkcode finding on an error type
	for _, c := range []struct {
		name string
		args []string
	}{
		{"standalone", []string{bin, "./..."}},
		{"standalone from the package", []string{bin, "."}},
		{"go vet", []string{"go", "vet", "-vettool=" + bin, "./..."}},
	} {
		t.Run(c.name, func(t *testing.T) {
			wd := dir
			if strings.HasSuffix(c.name, "from the package") {
				wd = filepath.Join(dir, "internal", "ark")
			}
			r := run(t, wd, c.args[0], c.args[1:]...)
			checkNoCrash(t, r)
			if r.exit == 0 {
				t.Errorf("exit status 0, want findings")
			}
			out := r.stderr
			if !strings.Contains(out, wantKept) {
				t.Errorf("the arkcode finding the file keeps is missing:\n%s", r.stderr)
			}
			if strings.Contains(out, wantGone) {
				t.Errorf("the configuration's extra-codes file did not reach arkcode:\n%s", r.stderr)
			}
			if strings.Contains(out, "request ID") || strings.Contains(out, "retryable 429") {
				t.Errorf("checks: [arkcode] did not turn off the other checks:\n%s", r.stderr)
			}
		})
	}
}

// TestRelativeFlagUnderVet gives go vet a relative -extra path, as a user
// types it at the module root: it must resolve there, not in each
// package's directory, where go vet runs the tool.
func TestRelativeFlagUnderVet(t *testing.T) {
	bin := arkvetBinary(t)
	dir := nestedModule(t, "")
	for _, flag := range []string{"-extra=codes/extra.txt", "-arkcode.extra=codes/extra.txt"} {
		r := run(t, dir, "go", "vet", "-vettool="+bin, flag, "./...")
		checkNoCrash(t, r)
		if strings.Contains(r.stderr, "no such file") || strings.Contains(r.stderr, `"RateLimitExceeded.EndpointRPMExceed"`) {
			t.Errorf("go vet %s: the relative path did not resolve against the module root:\n%s", flag, r.stderr)
		}
		if !strings.Contains(r.stderr, "request ID") {
			t.Errorf("go vet %s: the other findings are missing:\n%s", flag, r.stderr)
		}
	}
}

// TestBadSettingsOneLine gives arkvet a bad configuration file and bad
// flag values, standalone and under go vet: each must be one line naming
// the file (and line) or flag and the reason, printed once, exit status 2
// (under go vet: go vet fails), and never the usage text.
func TestBadSettingsOneLine(t *testing.T) {
	bin := arkvetBinary(t)
	cases := []struct {
		name   string
		config string
		args   []string
		want   string // a regexp for the one line
	}{
		{"unknown key", "checks: [arkcode]\nretry-helper: retry\n", nil, `\.arkvet\.yaml:2: unknown key "retry-helper"; arkvet's keys are checks, extra-codes, retry-helpers, loggers$`},
		{"bad regexp in the file", "retry-helpers: (retry\n", nil, `\.arkvet\.yaml:1: retry-helpers: bad regexp: .*missing closing \)`},
		{"unknown check in the file", "checks:\n  - arkcode\n  - arkretri\n", nil, `\.arkvet\.yaml:2: checks: unknown check "arkretri"`},
		{"missing extra-codes file", "extra-codes: nope.txt\n", nil, `\.arkvet\.yaml:1: extra-codes: .*nope\.txt`},
		{"not YAML", "checks: [arkcode\n", nil, `\.arkvet\.yaml:\d+: `},
		{"bad regexp flag", "", []string{"-arkretry.helpers=(retry"}, `-arkretry\.helpers=\(retry: .*missing closing \)`},
		{"malformed -extra file", "", []string{"-extra=codes/bad.txt"}, `-extra=.*bad\.txt: .*bad\.txt:2: `},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := nestedModule(t, c.config)
			writeFiles(t, dir, map[string]string{"codes/bad.txt": "code: Foo.Bar\nretry: sometimes\n"})
			line := regexp.MustCompile(`(?m)^arkvet: .*` + c.want)
			std := run(t, dir, bin, append(c.args, "./...")...)
			checkNoCrash(t, std)
			if std.exit != 2 || strings.Count(std.stderr, "\n") != 1 || !line.MatchString(std.stderr) {
				t.Errorf("standalone: exit %d, want 2 and the one line %s; stderr:\n%s", std.exit, c.want, std.stderr)
			}
			vet := run(t, dir, "go", append(append([]string{"vet", "-vettool=" + bin}, c.args...), "./...")...)
			checkNoCrash(t, vet)
			var arkvetLines []string
			for _, l := range strings.Split(vet.stderr, "\n") {
				if strings.HasPrefix(l, "arkvet") {
					arkvetLines = append(arkvetLines, l)
				}
			}
			if vet.exit == 0 || len(arkvetLines) != 1 || !line.MatchString(arkvetLines[0]) || strings.Contains(vet.stderr, "Usage") {
				t.Errorf("go vet: exit %d, want non-zero and the one line %s, once; stderr:\n%s", vet.exit, c.want, vet.stderr)
			}
		})
	}
}

// TestNoArk runs arkvet on a module that never calls Ark: it must say so
// in one line and exit 0; -v lists each package and why it was skipped.
func TestNoArk(t *testing.T) {
	bin := arkvetBinary(t)
	dir := plainModule(t, map[string]string{
		"a/a.go": "package a\n\nfunc A() int { return 1 }\n",
		"b/b.go": "package b\n\nimport \"net/http\"\n\nvar C = http.DefaultClient\n",
	})
	r := run(t, dir, bin, "./...")
	if r.exit != 0 || !noArkLine.MatchString(r.stderr) {
		t.Errorf("exit %d, want 0 and one line saying nothing reaches Ark; stderr:\n%s", r.exit, r.stderr)
	}
	v := run(t, dir, bin, "-v", "./...")
	for _, pkg := range []string{"example.com/plain/a", "example.com/plain/b"} {
		if !strings.Contains(v.stderr, "arkvet: "+pkg+": skipped: does not reach Ark\n") {
			t.Errorf("-v does not list %s as skipped:\n%s", pkg, v.stderr)
		}
	}
	e := run(t, e2eCopy(t), bin, "-v", "./...")
	if !regexp.MustCompile(`(?m)^arkvet: example\.com/arkapp: checked: imports the Ark SDK \(github\.com/volcengine/volcengine-go-sdk/service/arkruntime`).MatchString(e.stderr) {
		t.Errorf("-v does not say how the e2e module reaches Ark:\n%s", e.stderr)
	}
	if noArkLine.MatchString(e.stderr) || strings.Contains(e.stderr, "none of the") {
		t.Errorf("arkvet says nothing reaches Ark in a module that calls it:\n%s", e.stderr)
	}
}

func TestVersion(t *testing.T) {
	bin := arkvetBinary(t)
	for _, flag := range []string{"-version", "-V"} {
		r := run(t, ".", bin, flag)
		if r.exit != 0 || !regexp.MustCompile(`^arkvet \S+.*\ncode table: \d+ Ark error codes as of \d{4}.*, from:\n  \S.*https://`).MatchString(r.stdout) {
			t.Errorf("arkvet %s: exit %d, stdout:\n%s\nstderr:\n%s", flag, r.exit, r.stdout, r.stderr)
		}
	}
	// -V=full is what the go command reads to key its cache: one line,
	// "NAME version VERSION ... buildID=ID".
	r := run(t, ".", bin, "-V=full")
	if r.exit != 0 || !regexp.MustCompile(`^arkvet version \S+ codes=\d+ pages=\S+ buildID=[0-9a-f]{64}\n$`).MatchString(r.stdout) {
		t.Errorf("arkvet -V=full: exit %d, stdout %q", r.exit, r.stdout)
	}
	// Editing the configuration changes the ID, so go vet re-runs.
	dir := plainModule(t, nil)
	id1 := run(t, dir, bin, "-V=full").stdout
	writeFiles(t, dir, map[string]string{".arkvet.yaml": "checks: [arkcode]\n"})
	if id2 := run(t, dir, bin, "-V=full").stdout; id1 == id2 {
		t.Errorf("-V=full does not change with .arkvet.yaml: %s", id1)
	}
}

func TestHelp(t *testing.T) {
	bin := arkvetBinary(t)
	r := run(t, ".", bin, "help")
	if r.exit != 0 {
		t.Fatalf("arkvet help: exit %d\n%s", r.exit, r.stderr)
	}
	for _, check := range []string{"arkcode", "arkretry", "arkreqid"} {
		if !regexp.MustCompile(`(?m)^  ` + check + ` +[a-z]`).MatchString(r.stdout) {
			t.Errorf("arkvet help does not list %s with its title:\n%s", check, r.stdout)
		}
		if strings.Contains(r.stdout, check+": "+check) || strings.Contains(r.stdout, check+"  "+check+":") {
			t.Errorf("arkvet help doubles the name %s:\n%s", check, r.stdout)
		}
	}
	if strings.Contains(r.stdout, "Printf") || strings.Contains(r.stdout, "SplitSeq") {
		t.Errorf("arkvet help prints x/tools' boilerplate:\n%s", r.stdout)
	}
	h := run(t, ".", bin, "help", "arkretry")
	if h.exit != 0 || !strings.Contains(h.stdout, "-arkretry.helpers") || !strings.Contains(h.stdout, "-arkretry.extra") || !strings.HasPrefix(h.stdout, "arkretry: ") {
		t.Errorf("arkvet help arkretry: exit %d, want its doc and flags by their real names:\n%s", h.exit, h.stdout)
	}
	if u := run(t, ".", bin, "help", "nosuch"); u.exit != 2 || strings.Count(u.stderr, "\n") != 1 {
		t.Errorf("arkvet help nosuch: exit %d, stderr %q; want 2 and one line", u.exit, u.stderr)
	}
}

// TestSwitchesReplaceConfigChecks selects checks with -NAME switches over a
// configuration's checks: standalone and under go vet, the switches win.
func TestSwitchesReplaceConfigChecks(t *testing.T) {
	bin := arkvetBinary(t)
	dir := nestedModule(t, "checks: [arkcode]\n")
	for _, args := range [][]string{
		{bin, "-arkreqid", "./..."},
		{"go", "vet", "-vettool=" + bin, "-arkreqid", "./..."},
		{bin, "-arkcode=false", "-arkretry=false", "./..."},
		{"go", "vet", "-vettool=" + bin, "-arkcode=false", "-arkretry=false", "./..."},
	} {
		r := run(t, dir, args[0], args[1:]...)
		checkNoCrash(t, r)
		if !strings.Contains(r.stderr, "request ID") || strings.Contains(r.stderr, "Ark error code") || strings.Contains(r.stderr, "retryable 429") {
			t.Errorf("%s: want arkreqid's findings only:\n%s", strings.Join(args[1:], " "), r.stderr)
		}
	}
}
