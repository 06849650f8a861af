package arkcode

import "testing"

func TestCodeLike(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"ServerOverloaded", true},
		{"RateLimitExceeded.EndpointRPMExceeded", true},
		{"Duplicate.Tags.Key", true},
		{"InvalidParameter.Model2", true},
		{"OutofContextError", true},
		{"", false},
		{"EOF", false},                        // no lower-case letter: an acronym, not a code
		{"timeout", false},                    // not capitalised
		{"rate limit", false},                 // spaces: text
		{"server overloaded", false},          // text
		{"RateLimitExceeded.", false},         // empty word after the dot
		{".EndpointRPMExceeded", false},       // empty word before the dot
		{"RateLimitExceeded.endpoint", false}, // a word not capitalised
		{"Rate-Limit", false},                 // separators other than dots
		{"Rate_Limit", false},
		{"Status: 429", false},
		{"Ünknown", false},
	} {
		if got := codeLike(tc.s); got != tc.want {
			t.Errorf("codeLike(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestRequote(t *testing.T) {
	for _, tc := range []struct{ lit, s, want string }{
		{`"ServerOverloded"`, "ServerOverloaded", `"ServerOverloaded"`},
		{"`QuotaExceded`", "QuotaExceeded", "`QuotaExceeded`"},
		{"`x`", "a`b", "\"a`b\""}, // a backquote cannot stay raw
		{`"x"`, "a\"b", `"a\"b"`},
	} {
		if got := requote(tc.lit, tc.s); got != tc.want {
			t.Errorf("requote(%s, %q) = %s, want %s", tc.lit, tc.s, got, tc.want)
		}
	}
}
