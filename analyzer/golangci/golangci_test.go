package golangci

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/arkvet/arkvet/analyzer"
	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
)

func names(as []*analysis.Analyzer) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	return out
}

// TestNew passes New settings as golangci-lint does: the map its YAML
// decoder made (keys lower-cased, lists as []any), or nil when the
// configuration has no settings.
func TestNew(t *testing.T) {
	extra := filepath.Join(t.TempDir(), "extra.txt")
	if err := os.WriteFile(extra, []byte("code: MyGateway.Throttled\nretry: backoff\nvariant: 429 TooManyRequests\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	broken := filepath.Join(t.TempDir(), "broken.txt")
	if err := os.WriteFile(broken, []byte("code: X\nretyr: backoff\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	all := []string{"arkcode", "arkretry", "arkreqid"}
	for _, tc := range []struct {
		name     string
		settings any
		want     []string // analyzer names, in order
		wantErr  string   // substring of the error
	}{
		{name: "no settings", settings: nil, want: all},
		{name: "empty", settings: map[string]any{}, want: all},
		{name: "all keys", settings: map[string]any{
			"extra-codes":   extra,
			"retry-helpers": `^(isRetryable|shouldRetry)$`,
			"loggers":       []any{"example.com/app/log.Errorf"},
			"checks":        []any{"arkreqid", "arkcode"},
		}, want: []string{"arkreqid", "arkcode"}},
		{name: "unknown key", settings: map[string]any{"extra_codes": extra}, wantErr: `unknown setting "extra_codes"; arkvet's settings are extra-codes, retry-helpers, loggers, checks`},
		{name: "misspelled key", settings: map[string]any{"checks": []any{"arkcode"}, "check": []any{"arkcode"}}, wantErr: `unknown setting "check"`},
		{name: "key in another case", settings: map[string]any{"Checks": []any{"arkcode"}}, wantErr: `unknown setting "Checks"`},
		{name: "not a map", settings: []any{"arkcode"}, wantErr: "decoding settings"},
		{name: "wrong type", settings: map[string]any{"checks": "arkcode"}, wantErr: "decoding settings"},
		{name: "bad regexp", settings: map[string]any{"retry-helpers": "(retry"}, wantErr: "retry-helpers: "},
		{name: "bad logger", settings: map[string]any{"loggers": []any{"Errorf"}}, wantErr: `loggers: logger "Errorf"`},
		{name: "unknown check", settings: map[string]any{"checks": []any{"arkcodes"}}, wantErr: `unknown check "arkcodes"`},
		{name: "missing codes file", settings: map[string]any{"extra-codes": filepath.Join(t.TempDir(), "none.txt")}, wantErr: "none.txt"},
		{name: "broken codes file", settings: map[string]any{"extra-codes": broken}, wantErr: "broken.txt:2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := New(tc.settings)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("New: got error %v, want one containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("New: %v", err)
			}
			if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
				t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
			}
			as, err := p.BuildAnalyzers()
			if err != nil {
				t.Fatalf("BuildAnalyzers: %v", err)
			}
			if got := names(as); !slices.Equal(got, tc.want) {
				t.Errorf("BuildAnalyzers() = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestRegistered checks that importing the package is enough for
// golangci-lint to find the linter by the name users write.
func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin("arkvet")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := newPlugin(map[string]any{"checks": []any{"arkcode"}}); err != nil {
		t.Fatal(err)
	}
}

// TestConfigFile checks that the plugin reads .arkvet.yaml from the module
// golangci-lint runs in, under the settings of .golangci.yml, and resolves
// a relative extra-codes path of .golangci.yml against the module root.
func TestConfigFile(t *testing.T) {
	root := t.TempDir()
	for name, content := range map[string]string{
		"go.mod":             "module example.com/m\n\ngo 1.26.0\n",
		".arkvet.yaml":       "checks: [arkcode]\nretry-helpers: shouldWait\nextra-codes: codes/file.txt\n",
		"codes/file.txt":     "code: From.File\nretry: backoff\n",
		"codes/settings.txt": "code: From.Settings\nretry: backoff\n",
	} {
		path := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sub := filepath.Join(root, "internal", "x")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	s, err := withConfigFile(analyzer.Settings{}, sub)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(root, "codes", "file.txt"); s.ExtraCodes != want || s.RetryHelpers != "shouldWait" || !slices.Equal(s.Checks, []string{"arkcode"}) {
		t.Errorf("from .arkvet.yaml alone: %+v, want its settings with extra-codes %s", s, want)
	}
	s, err = withConfigFile(analyzer.Settings{ExtraCodes: "codes/settings.txt", Checks: []string{"arkreqid"}}, sub)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(root, "codes", "settings.txt"); s.ExtraCodes != want || s.RetryHelpers != "shouldWait" || !slices.Equal(s.Checks, []string{"arkreqid"}) {
		t.Errorf("with .golangci.yml's settings: %+v, want them over the file's, extra-codes %s", s, want)
	}
	if err := os.WriteFile(filepath.Join(root, ".arkvet.yaml"), []byte("check: [arkcode]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := withConfigFile(analyzer.Settings{}, sub); err == nil || !strings.Contains(err.Error(), ".arkvet.yaml:1: unknown key \"check\"") {
		t.Errorf("a bad .arkvet.yaml: error %v, want its file, line and reason", err)
	}
}
