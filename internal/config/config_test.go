package config

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func write(t *testing.T, dir string, files map[string]string) {
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

// TestFind walks up from a package to the module root, and no higher.
func TestFind(t *testing.T) {
	top := t.TempDir()
	write(t, top, map[string]string{
		".arkvet.yaml":             "checks: [arkcode]\n", // above the module: not its
		"mod/go.mod":               "module m\n",
		"mod/a/b/x.go":             "package b\n",
		"mod/c/.arkvet.yaml":       "checks: [arkreqid]\n",
		"mod/c/d/x.go":             "package d\n",
		"other/go.mod":             "module o\n",
		"other/.arkvet.yaml":       "",
		"other/deep/er/e/f/g/x.go": "package g\n",
	})
	for dir, want := range map[string]string{
		"mod/a/b":           "",
		"mod/c/d":           "mod/c/.arkvet.yaml",
		"mod/c":             "mod/c/.arkvet.yaml",
		"other/deep/er/e/f": "other/.arkvet.yaml",
	} {
		got, err := Find(filepath.Join(top, dir))
		if err != nil {
			t.Fatal(err)
		}
		if want != "" {
			want = filepath.Join(top, want)
		}
		if got != want {
			t.Errorf("Find(%s) = %q, want %q", dir, got, want)
		}
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"codes/extra.txt": "code: My.Code\nretry: backoff\n",
		"bad.txt":         "code: X\nretry: maybe\n",
	})
	for _, tc := range []struct {
		name, content string
		wantErr       string // "" for none
		check         func(t *testing.T, f *File)
	}{
		{name: "every key", content: `# arkvet
checks:
  - arkcode
  - arkretry
extra-codes: codes/extra.txt
retry-helpers: '(?i)retry|backoff # not a comment'
loggers: [example.com/log.Errorf, example.com/log.Logger.Warn]
`, check: func(t *testing.T, f *File) {
			s := f.Settings
			if !slices.Equal(s.Checks, []string{"arkcode", "arkretry"}) || s.ExtraCodes != filepath.Join(dir, "codes", "extra.txt") ||
				s.RetryHelpers != "(?i)retry|backoff # not a comment" || len(s.Loggers) != 2 {
				t.Errorf("settings = %+v", s)
			}
		}},
		{name: "empty", content: ""},
		{name: "only comments", content: "# nothing yet\n"},
		{name: "one check as a value", content: "checks: arkreqid\n", check: func(t *testing.T, f *File) {
			if !slices.Equal(f.Settings.Checks, []string{"arkreqid"}) {
				t.Errorf("checks = %v", f.Settings.Checks)
			}
		}},
		{name: "unknown key", content: "checks: [arkcode]\n\nextra: x.txt\n", wantErr: `:3: unknown key "extra"; arkvet's keys are checks, extra-codes, retry-helpers, loggers`},
		{name: "key twice", content: "checks: [arkcode]\nchecks: [arkretry]\n", wantErr: `:2: `},
		{name: "unknown check", content: "checks: [arkcode, arkcodes]\n", wantErr: `:1: checks: unknown check "arkcodes" (arkvet has arkcode, arkretry, arkreqid)`},
		{name: "bad regexp", content: "retry-helpers: \"(x\"\n", wantErr: `:1: retry-helpers: bad regexp: `},
		{name: "bad logger", content: "loggers:\n  - Errorf\n", wantErr: `:2: loggers: `},
		{name: "missing codes", content: "extra-codes: nope.txt\n", wantErr: `:1: extra-codes: `},
		{name: "broken codes", content: "extra-codes: bad.txt\n", wantErr: `bad.txt:2`},
		{name: "list for a value", content: "retry-helpers: [a, b]\n", wantErr: `:1: retry-helpers: want a single value, not a list`},
		{name: "not a map", content: "- arkcode\n", wantErr: `:1: want keys and values`},
		{name: "syntax error", content: "checks: [arkcode\nloggers: x\n", wantErr: `.arkvet.yaml:`},
		{name: "tab indentation", content: "checks:\n\t- arkcode\n", wantErr: `.arkvet.yaml:2: `},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, Name)
			write(t, dir, map[string]string{Name: tc.content})
			f, err := Load(path)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) || !strings.HasPrefix(err.Error(), path) || strings.Contains(err.Error(), "\n") {
					t.Fatalf("Load: error %v, want one line starting %s and holding %q", err, path, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tc.check != nil {
				tc.check(t, f)
			}
		})
	}
}
