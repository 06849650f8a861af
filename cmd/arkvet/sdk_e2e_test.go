package main_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The SDK end-to-end tests run arkvet on the modules under testdata/e2e-sdk,
// each compiled against a real Ark SDK by exact version: volcengine-go-sdk
// v1.1.35 (the version the module proxy lists) and v1.2.47 (the newest it
// serves), and eino-ext's Ark chat model v0.1.68 with eino v0.9.13.
//
// Findings are matched loosely, by file, line and analyzer plus a part of the
// message, so that rewording a message or the text output's layout does not
// break them; what a finding means is asserted by each analyzer's own tests.

// sdkE2EFinding is a finding a module must produce.
type sdkE2EFinding struct {
	at       string // "file.go:line" relative to the module
	analyzer string
	text     string // a part of the message
}

type sdkE2EModule struct {
	dir   string // below testdata/e2e-sdk
	pkg   string // the import path whose findings are listed
	want  []sdkE2EFinding
	quiet []string // "file.go:line": look-alikes that must not be reported
}

var sdkE2EModules = []sdkE2EModule{
	{
		dir: "v11", pkg: "example.com/arkv11",
		want: []sdkE2EFinding{
			{"main.go:18", "arkretry", "WithRetryTimes(-1)"},
			{"main.go:32", "arkcode", `"RateLimitExceeded.EndpointRPMExceed"`},
			{"main.go:32", "arkretry", "RateLimitExceeded.EndpointTPMExceeded"},
			{"main.go:38", "arkreqid", "request ID"},
		},
		// WithRetryTimes(0), a right code, a log line that keeps the ID.
		quiet: []string{"main.go:19", "main.go:35", "main.go:39"},
	},
	{
		dir: "v12", pkg: "example.com/arkv12",
		want: []sdkE2EFinding{
			{"main.go:18", "arkretry", "WithRetryTimes(-1)"},
			{"main.go:32", "arkcode", `"RateLimitExceeded.EndpointRPMExceed"`},
			{"main.go:32", "arkretry", "RateLimitExceeded.EndpointTPMExceeded"},
			{"main.go:38", "arkreqid", "request ID"},
			// v1.2.x's file.Error carries Ark codes.
			{"files.go:19", "arkcode", `"AuthenticationErrror"`},
		},
		// The Responses error event's Type is the event type, not Ark's.
		quiet: []string{"main.go:19", "main.go:35", "main.go:39", "files.go:31"},
	},
	{
		dir: "eino", pkg: "example.com/arkeino",
		want: []sdkE2EFinding{
			// eino's Generate is an Ark call: a loop around it that retries
			// every 429 is a retry loop.
			{"main.go:39", "arkretry", "QuotaExceeded"},
			{"main.go:53", "arkcode", `"ServerOverload"`},
			// eino's retry predicate that retries every 429.
			{"ratelimited/ratelimited.go:18", "arkretry", "QuotaExceeded"},
			// A type assertion on Generate's wrapped error never matches.
			{"main.go:63", "arkretry", "cm.Generate wraps the Ark error it returns"},
			// ModelRetryConfig with no ShouldRetry (eino v0.9) retries every error.
			{"agent/agent.go:24", "arkretry", "adk.ModelRetryConfig with no ShouldRetry retries every error"},
			// RetryTimes: &zero and &negative mean WithRetryTimes(0) and (-1).
			{"noretry/noretry.go:14", "arkretry", "ChatModelConfig.RetryTimes = 0 turns off the SDK's retries"},
			{"noretry/noretry.go:20", "arkretry", "ChatModelConfig.RetryTimes = -1 means no request is sent"},
			// The model behind eino's interface, in a package that builds
			// it: a loop that retries every error, and a 429 found in the
			// error's text and retried.
			{"iface.go:31", "arkretry", "this loop retries every error from Generate"},
			{"iface.go:50", "arkretry", "QuotaExceeded"},
			// A compiled chain that runs the Ark model, retried on every error.
			{"chain.go:24", "arkretry", "this loop retries every error from Invoke"},
		},
		// errors.As through eino's wrapping; an assertion on Stream's error,
		// which can hold; a RetryTimes of 2 and an IsRetryAble that leaves
		// out what waiting never clears; the SDK's default retries; eino
		// with another provider's model.
		quiet: []string{
			"main.go:50", "main.go:73", "main.go:80", "main.go:81",
			"agent/agent.go:31", "agent/agent.go:39", "agent/agent.go:41",
			"noretry/noretry.go:25", "ratelimited/ratelimited.go:25", "ratelimited/ratelimited.go:27",
			"otherprovider/otherprovider.go:18",
			"iface.go:61", // a 429 in the text handed to the user
		},
	},
}

// sdkE2ECopy copies testdata/e2e-sdk/dir into a fresh directory.
func sdkE2ECopy(t *testing.T, dir string) string {
	t.Helper()
	dst := t.TempDir()
	if err := os.CopyFS(dst, os.DirFS(filepath.Join("..", "..", "testdata", "e2e-sdk", dir))); err != nil {
		t.Fatal(err)
	}
	return dst
}

// sdkE2ERelPosn turns a -json position (an absolute file:line:col) into
// "file.go:line" relative to root, with slashes.
func sdkE2ERelPosn(root, posn string) string {
	parts := strings.Split(posn, ":")
	if len(parts) < 3 {
		return posn
	}
	file := strings.Join(parts[:len(parts)-2], ":")
	if rel, err := filepath.Rel(root, file); err == nil {
		file = rel
	} else if resolved, err := filepath.EvalSymlinks(root); err == nil {
		if rel, err := filepath.Rel(resolved, file); err == nil {
			file = rel
		}
	}
	return filepath.ToSlash(file) + ":" + parts[len(parts)-2]
}

func TestSDKModulesJSON(t *testing.T) {
	bin := arkvetBinary(t)
	for _, m := range sdkE2EModules {
		t.Run(m.dir, func(t *testing.T) {
			dir := sdkE2ECopy(t, m.dir)
			r := run(t, dir, bin, "-json", "./...")
			checkNoCrash(t, r)
			res := parseJSON(t, r.stdout)
			for key, msg := range res.Errors {
				t.Errorf("analysis failed: %s: %s", key, msg)
			}
			var got []string
			for _, d := range res.Diags {
				got = append(got, fmt.Sprintf("%s %s: %s", sdkE2ERelPosn(dir, d.Posn), d.Analyzer, d.Message))
			}
			all := strings.Join(got, "\n")
			for _, w := range m.want {
				found := false
				for _, d := range res.Diags {
					if sdkE2ERelPosn(dir, d.Posn) == w.at && d.Analyzer == w.analyzer && strings.Contains(d.Message, w.text) {
						found = true
					}
				}
				if !found {
					t.Errorf("missing %s finding at %s mentioning %s; findings:\n%s", w.analyzer, w.at, w.text, all)
				}
			}
			for _, d := range res.Diags {
				if !strings.HasPrefix(d.Pkg, m.pkg) {
					t.Errorf("finding in unexpected package %s: %s", d.Pkg, d.Message)
				}
				for _, q := range m.quiet {
					if sdkE2ERelPosn(dir, d.Posn) == q {
						t.Errorf("unexpected finding at %s: %s: %s", q, d.Analyzer, d.Message)
					}
				}
			}
		})
	}
}

// TestSDKModulesText checks the text output by file, line and a part of the
// message, since its layout is the driver's to choose. It skips the eino
// module, whose load (eino and its dependencies) is the slowest and whose
// findings TestSDKModulesJSON already checks.
func TestSDKModulesText(t *testing.T) {
	bin := arkvetBinary(t)
	for _, m := range sdkE2EModules {
		if m.dir == "eino" {
			continue
		}
		t.Run(m.dir, func(t *testing.T) {
			dir := sdkE2ECopy(t, m.dir)
			r := run(t, dir, bin, "./...")
			checkNoCrash(t, r)
			if r.exit == 0 {
				t.Errorf("arkvet ./... exit status 0, want findings\nstderr:\n%s", r.stderr)
			}
			lines := strings.Split(strings.ReplaceAll(r.stdout+r.stderr, filepath.ToSlash(dir)+"/", ""), "\n")
			has := func(at, text string) bool {
				for _, l := range lines {
					l = filepath.ToSlash(l)
					if (strings.HasPrefix(l, at+":") || strings.Contains(l, "/"+at+":")) && strings.Contains(l, text) {
						return true
					}
				}
				return false
			}
			for _, w := range m.want {
				if !has(w.at, w.text) {
					t.Errorf("missing finding at %s mentioning %s; output:\n%s%s", w.at, w.text, r.stdout, r.stderr)
				}
			}
			for _, q := range m.quiet {
				if has(q, "") {
					t.Errorf("unexpected finding at %s; output:\n%s%s", q, r.stdout, r.stderr)
				}
			}
		})
	}
}
