package golangci

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

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
