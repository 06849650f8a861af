package codes

import "testing"

func TestFragments(t *testing.T) {
	tb := Default()
	for _, tc := range []struct {
		name string
		f    func(string) bool
		s    string
		want bool
	}{
		{"HasSuffix", tb.HasSuffix, "EndpointRPMExceeded", true},
		{"HasSuffix", tb.HasSuffix, "RateLimitExceeded", true},
		{"HasSuffix", tb.HasSuffix, ".PolicyViolation", true},
		{"HasSuffix", tb.HasSuffix, "Parameter.Model", true}, // runs from a pattern's prefix into its name
		{"HasSuffix", tb.HasSuffix, ".Model", true},
		{"HasSuffix", tb.HasSuffix, "Temperature", false}, // wholly in a pattern's free name: says nothing
		{"HasSuffix", tb.HasSuffix, "RPMExceded", false},
		{"HasSuffix", tb.HasSuffix, "RateLimitExceeded.", false},
	} {
		if got := tc.f(tc.s); got != tc.want {
			t.Errorf("%s(%q) = %v, want %v", tc.name, tc.s, got, tc.want)
		}
	}
}

func TestNearestFragments(t *testing.T) {
	tb := Default()
	for _, tc := range []struct {
		name   string
		f      func(string) (string, bool)
		s      string
		want   string
		wantOK bool
	}{
		{"NearestPrefix", tb.NearestPrefix, "RateLimitExceded.", "RateLimitExceeded.", true},
		{"NearestPrefix", tb.NearestPrefix, "InvalidParamter.", "InvalidParameter.", true},
		{"NearestPrefix", tb.NearestPrefix, "InvalidParamter.Mod", "InvalidParameter.Mod", true},
		{"NearestPrefix", tb.NearestPrefix, "Throttled", "", false},
		{"NearestSuffix", tb.NearestSuffix, "RPMExceded", "RPMExceeded", true},
		{"NearestSuffix", tb.NearestSuffix, "Throttled", "", false},
		{"NearestSubstring", tb.NearestSubstring, "SensitiveContentDetekted", "SensitiveContentDetected", true},
		{"NearestSubstring", tb.NearestSubstring, "Throttl", "", false},
		{"NearestType", tb.NearestType, "TooManyRequest", "TooManyRequests", true},
		{"NearestType", tb.NearestType, "badrequest", "BadRequest", true},
		{"NearestType", tb.NearestType, "Unauthorised", "Unauthorized", true},
		{"NearestType", tb.NearestType, "TooManyRequests", "", false}, // a type itself
		{"NearestType", tb.NearestType, "Throttled", "", false},
	} {
		got, ok := tc.f(tc.s)
		if got != tc.want || ok != tc.wantOK {
			t.Errorf("%s(%q) = %q, %v, want %q, %v", tc.name, tc.s, got, ok, tc.want, tc.wantOK)
		}
	}
}
