package main

import (
	"strings"
	"testing"

	"github.com/arkvet/arkvet/internal/arksdk"
)

// TestIsUnitchecker tells the go command's calls from a person's, as x/tools'
// multichecker does.
func TestIsUnitchecker(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{[]string{"/tmp/go-build1/b001/vet.cfg"}, true},
		{[]string{"-json", "-arkcode.extra=/x/codes.txt", "/tmp/go-build1/b001/vet.cfg"}, true},
		{[]string{"-flags"}, true},
		{[]string{"./..."}, false},
		{[]string{"-fix", "./..."}, false},
		{[]string{"my.cfg", "./..."}, false}, // two patterns, one of them oddly named
		{nil, false},
	} {
		if got := isUnitchecker(tc.args); got != tc.want {
			t.Errorf("isUnitchecker(%q) = %v, want %v", tc.args, got, tc.want)
		}
	}
	for _, args := range [][]string{{"-V=full"}, {"-V"}, {"-version"}, {"--version"}} {
		if !isVersionQuery(args) {
			t.Errorf("isVersionQuery(%q) = false", args)
		}
	}
	if isVersionQuery([]string{"-V=full", "./..."}) || isVersionQuery([]string{"-v"}) {
		t.Error("isVersionQuery takes a pattern or -v for a version query")
	}
}

func TestRelPosnString(t *testing.T) {
	for in, want := range map[string]string{
		"/w/m/p.go:3:9":       "p.go:3:9",
		"/w/m/sub/p.go:3":     "sub/p.go:3",
		"/elsewhere/p.go:1:2": "/elsewhere/p.go:1:2",
		"/w/m/p.go":           "p.go",
	} {
		if got := relPosnString("/w/m", in); got != want {
			t.Errorf("relPosnString(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestGitHubEscapes checks the workflow command escapes: % and newlines in
// a message, and also : and , in a property.
func TestGitHubEscapes(t *testing.T) {
	if got := ghData("wrap it with %w\nnext, a: b"); got != "wrap it with %25w%0Anext, a: b" {
		t.Errorf("ghData = %q", got)
	}
	if got := ghProp("a:b,c%d"); got != "a%3Ab%2Cc%25d" {
		t.Errorf("ghProp = %q", got)
	}
}

// TestPrintReach: -v says how each package reaches Ark, one line each; a
// package reaching it through eino-ext's Ark components only is checked,
// not skipped.
func TestPrintReach(t *testing.T) {
	var b strings.Builder
	printReach(&b, map[string]reachInfo{
		"m/agent": {via: arksdk.Eino, imports: []string{"github.com/cloudwego/eino-ext/components/model/ark"}},
		"m/chat":  {via: arksdk.ArkSDK, imports: []string{"github.com/volcengine/volcengine-go-sdk/service/arkruntime"}},
		"m/proxy": {via: arksdk.OpenAI},
		"m/util":  {via: arksdk.NoWay},
	})
	want := "arkvet: m/agent: checked: imports eino-ext's Ark components (github.com/cloudwego/eino-ext/components/model/ark)\n" +
		"arkvet: m/chat: checked: imports the Ark SDK (github.com/volcengine/volcengine-go-sdk/service/arkruntime)\n" +
		"arkvet: m/proxy: checked: points an OpenAI-compatible SDK at Ark\n" +
		"arkvet: m/util: skipped: does not reach Ark\n"
	if b.String() != want {
		t.Errorf("printReach:\n%s\nwant:\n%s", b.String(), want)
	}
}
