package codes

import (
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
)

func TestDefaultParses(t *testing.T) {
	if _, err := Parse("codes.txt", embedded); err != nil {
		t.Fatalf("embedded codes.txt is broken: %v", err)
	}
	if n := len(Default().Codes()); n < 100 {
		t.Fatalf("Default has %d codes, want the pages' 100+", n)
	}
	for _, c := range Default().Codes() {
		if c.Retry == RetryUnknown || c.Why == "" {
			t.Errorf("%s: retry %v, why %q: every code needs a class and an argument", c.Name, c.Retry, c.Why)
		}
		if len(c.Variants) == 0 {
			t.Errorf("%s: no variants", c.Name)
		}
		for _, v := range c.Variants {
			if len(v.Pages) == 0 {
				t.Errorf("%s: variant %d %s lists no page", c.Name, v.Status, v.Type)
			}
		}
	}
}

// pageCodeNames returns the code cell of every row of the two pages,
// found independently of the generator's parser: the older page's rows
// start with "- STATUS |" and may wrap after the type; the newer page's
// tables have the code in the third of five columns or the first of three.
func pageCodeNames(t *testing.T) (names []string, rows int) {
	t.Helper()
	old, err := os.ReadFile("source/ark-error-codes.md")
	if err != nil {
		t.Fatal(err)
	}
	rowStart := regexp.MustCompile(`(?m)^- \d{3} \|`)
	oldRow := regexp.MustCompile(`(?m)^- \d{3} \| \w+(?: \| |\n- )([^ |]+) \|`)
	starts := len(rowStart.FindAllIndex(old, -1))
	matches := oldRow.FindAllSubmatch(old, -1)
	if len(matches) != starts {
		t.Fatalf("older page: %d rows start, %d rows found with a code", starts, len(matches))
	}
	for _, m := range matches {
		names = append(names, string(m[1]))
	}
	rows += starts

	newer, err := os.ReadFile("source/ark-error-codes-2026.md")
	if err != nil {
		t.Fatal(err)
	}
	col := -1
	for line := range strings.Lines(string(newer)) {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "|") {
			col = -1
			continue
		}
		cells := strings.Split(strings.TrimSuffix(strings.TrimPrefix(line, "|"), "|"), "|")
		switch {
		case col < 0: // header
			col = map[int]int{5: 2, 3: 0}[len(cells)]
			continue
		case strings.HasPrefix(line, "|---"):
			continue
		}
		rows++
		if name := strings.TrimSpace(cells[col]); name != "" {
			names = append(names, name)
		}
	}
	return names, rows
}

func TestEveryPageRowPresent(t *testing.T) {
	names, rows := pageCodeNames(t)
	if rows < 150 {
		t.Fatalf("found %d rows in the pages, expected about 160", rows)
	}
	tab := Default()
	for _, name := range names {
		name = strings.ReplaceAll(name, `\`, "")
		if i := strings.Index(name, "(.<"); i >= 0 {
			name = name[:i] // OperationDenied(.<cause>) is recorded bare
		}
		c, ok := tab.Lookup(name)
		if !ok {
			t.Errorf("page code %q is not in the table", name)
			continue
		}
		if c.Name != name {
			t.Errorf("page code %q found as %q, want its own entry", name, c.Name)
		}
	}
	// Variants: each page row is a variant listing its page, so the
	// variants' page lists add up to at least the distinct rows.
	listed := 0
	for _, c := range tab.Codes() {
		for _, v := range c.Variants {
			listed += len(v.Pages)
		}
	}
	if listed < rows-10 { // identical rows on one page merge; a handful at most
		t.Errorf("variants list %d page rows, the pages have %d", listed, rows)
	}
}

func TestSpotChecks(t *testing.T) {
	tab := Default()
	get := func(name string) *Code {
		t.Helper()
		c, ok := tab.Lookup(name)
		if !ok {
			t.Fatalf("%s not found", name)
		}
		return c
	}

	q := get("QuotaExceeded")
	if len(q.Variants) != 3 || !slices.Equal(q.Statuses(), []int{429}) || q.Retry != Depends {
		t.Errorf("QuotaExceeded: %d variants, statuses %v, retry %v; want 3, [429], depends", len(q.Variants), q.Statuses(), q.Retry)
	}

	s := get("SetLimitExceeded")
	if s.Retry != Never || len(s.Variants) != 1 {
		t.Fatalf("SetLimitExceeded: retry %v, %d variants; want never, 1", s.Retry, len(s.Variants))
	}
	if m := s.Variants[0].Message; !strings.Contains(m, `"Safe Experience Mode". Request ID: {{id}}`) {
		t.Errorf("SetLimitExceeded message lacks the joined Request ID part: %q", m)
	}
	if p := s.Pages(); len(p) != 2 {
		t.Errorf("SetLimitExceeded pages %v, want both (the joined rows merge)", p)
	}

	ipm := get("ModelAccountIpmRateLimitExceeded")
	if !slices.Equal(ipm.Statuses(), []int{429}) || !slices.Equal(ipm.Types(), []string{"TooManyRequests"}) || ipm.Retry != Backoff {
		t.Errorf("ModelAccountIpmRateLimitExceeded: %v %v %v", ipm.Statuses(), ipm.Types(), ipm.Retry)
	}

	if p := get("RequestBurstTooFast").Pages(); !slices.Equal(p, []string{"ark-error-codes-2026.md"}) {
		t.Errorf("RequestBurstTooFast pages %v, want only the 2026 page", p)
	}

	if c := get("InvalidParameter.Model"); c.Name != "InvalidParameter.{{Parameter}}" || !c.IsPattern() || c.Prefix() != "InvalidParameter." {
		t.Errorf("InvalidParameter.Model matched %q", c.Name)
	}
	if c := get("InvalidParameter"); c.IsPattern() {
		t.Errorf("InvalidParameter matched the pattern, want the plain code")
	}
	for _, notCode := range []string{"", "NotFound", "InvalidParameter.", "NotFound."} {
		if c, ok := tab.Lookup(notCode); ok {
			t.Errorf("Lookup(%q) = %q, want not a code", notCode, c.Name)
		}
	}
	if !tab.IsType("NotFound") || get("NotFound.Foo").Name != "NotFound.{{Parameter}}" {
		t.Errorf("NotFound should be a type and NotFound.Foo the NotFound pattern")
	}
	if !slices.Contains(tab.Types(), "TooManyRequests") || !tab.IsType("BadRequest") || tab.IsType("QuotaExceeded") {
		t.Errorf("Types() = %v", tab.Types())
	}

	od := get("OperationDenied")
	if od.IsPattern() || od.Note == "" {
		t.Errorf("OperationDenied: pattern %v note %q; want a plain code with a note", od.IsPattern(), od.Note)
	}
	if _, ok := tab.Lookup("OperationDenied.InvalidStat"); ok {
		t.Errorf("a misspelt OperationDenied sub-code must stay unknown")
	}
	if get("OperationDenied.InvalidState").Retry != Backoff || len(get("OperationDenied.InvalidState").Variants) != 3 {
		t.Errorf("OperationDenied.InvalidState: %+v", get("OperationDenied.InvalidState"))
	}

	for _, name := range []string{"InvalidArgumentError", "InvalidArgumentError.MissingRole"} {
		c := get(name)
		if len(c.Variants) != 1 || c.Variants[0].Message != "Invalid message: {{Message}}" || c.Note == "" {
			t.Errorf("%s: %+v", name, c)
		}
	}

	sub := get("InvalidSubscription")
	if !slices.Equal(sub.Statuses(), []int{400}) || !slices.Equal(sub.Types(), []string{"Forbidden"}) || !strings.Contains(sub.Note, "disagree") {
		t.Errorf("InvalidSubscription: %v %v %q", sub.Statuses(), sub.Types(), sub.Note)
	}
	acct := get("InvalidAccountStatus")
	if !slices.Equal(acct.Statuses(), []int{401}) || !slices.Equal(acct.Types(), []string{"Forbidden"}) || !strings.Contains(acct.Note, "disagree") {
		t.Errorf("InvalidAccountStatus: %v %v %q", acct.Statuses(), acct.Types(), acct.Note)
	}

	fine := get("InvalidData.InvalidJsonl")
	if len(fine.Variants) != 2 || fine.Variants[1].Status != 0 || fine.Variants[1].Type != "" {
		t.Errorf("InvalidData.InvalidJsonl: %+v", fine.Variants)
	}
	if get("UnknownError").Retry != Never || get("InternalError").Retry != Backoff {
		t.Errorf("fine-tuning retry classes wrong")
	}

	// The {id} and {{id}} spellings merge: one variant listing both pages.
	rpm := get("RateLimitExceeded.EndpointRPMExceeded")
	if len(rpm.Variants) != 1 || len(rpm.Variants[0].Pages) != 2 || !strings.HasSuffix(rpm.Variants[0].Message, "Request ID: {{id}}") {
		t.Errorf("RateLimitExceeded.EndpointRPMExceeded: %+v", rpm.Variants)
	}
	if get("InvalidEndpoint.ClosedEndpoint").Retry != Depends {
		t.Errorf("InvalidEndpoint.ClosedEndpoint should be depends")
	}
	for _, c := range tab.WithStatus(429) {
		if c.Retry == Never && c.Name != "SetLimitExceeded" && c.Name != "SessionQuotaExceeded" {
			t.Errorf("429 code %s is never", c.Name)
		}
	}
	for _, v := range get("InvalidParameter").Variants {
		if v.Message == "/" {
			t.Errorf("InvalidParameter keeps the \"/\" message")
		}
	}
	for _, c := range tab.Codes() {
		for _, v := range c.Variants {
			for _, junk := range []string{"<br>", "<div", "<code>", `\-`, `\>`, "{id}"} {
				if strings.Contains(strings.ReplaceAll(v.Message+v.Meaning, "{{id}}", ""), junk) {
					t.Errorf("%s: %q left in %q / %q", c.Name, junk, v.Message, v.Meaning)
				}
			}
		}
	}
}

func TestTableQueries(t *testing.T) {
	tab := Default()
	if got := tab.Retry("RateLimitExceeded.EndpointTPMExceeded"); got != Backoff {
		t.Errorf("Retry = %v", got)
	}
	if got := tab.Retry("NoSuchCode"); got != RetryUnknown {
		t.Errorf("Retry(unknown) = %v", got)
	}
	for _, c := range tab.WithStatus(500) {
		if !slices.Contains(c.Statuses(), 500) {
			t.Errorf("WithStatus(500) holds %s", c.Name)
		}
	}
	if !slices.IsSortedFunc(tab.Codes(), func(a, b *Code) int { return strings.Compare(a.Name, b.Name) }) {
		t.Errorf("Codes() not sorted")
	}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"RateLimitExceeded.", true},
		{"RateLimit", true},
		{"InvalidParam", true},              // the pattern's prefix part
		{"InvalidParameter.Anything", true}, // a name after the pattern's dot
		{"", true},
		{"Zebra", false},
		{"NotFoundX", false},
	} {
		if got := tab.HasPrefix(tc.s); got != tc.want {
			t.Errorf("HasPrefix(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"RPMExceeded", true},
		{"EndpointRPM", true},
		{"Parameter.Model", true}, // runs from the prefix into the name
		{"NotFound.x", true},
		{"Zebra", false},
		{"Parameter.", true},
		{"Model", true}, // ModelNotOpen
		{"Xyzzy.", false},
	} {
		if got := tab.Contains(tc.s); got != tc.want {
			t.Errorf("Contains(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestRetryString(t *testing.T) {
	for r, s := range map[Retry]string{RetryUnknown: "unknown", Backoff: "backoff", Never: "never", Depends: "depends"} {
		if r.String() != s {
			t.Errorf("%d.String() = %q", r, r.String())
		}
		got, err := ParseRetry(s)
		if r == RetryUnknown {
			if err == nil {
				t.Errorf("ParseRetry(unknown) accepted")
			}
			continue
		}
		if err != nil || got != r {
			t.Errorf("ParseRetry(%q) = %v, %v", s, got, err)
		}
	}
	if Retry(9).String() != "Retry(9)" {
		t.Errorf("Retry(9).String() = %q", Retry(9).String())
	}
}

func TestRoundTrip(t *testing.T) {
	tab := Default()
	again, err := Parse("codes.txt", tab.Format())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(tab.Codes(), again.Codes()) {
		t.Fatalf("Parse(Format()) differs")
	}
	if string(again.Format()) != string(tab.Format()) {
		t.Fatalf("Format not stable")
	}
	// The embedded file is Format's output behind a header.
	body := string(embedded)
	if i := strings.Index(body, "\nsource:"); i < 0 || body[i+1:] != string(tab.Format()) {
		t.Errorf("codes.txt is not Format's output: run go generate ./codes")
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		name, data, want string
	}{
		{"unknown key", "code: A\nretry: never\n\n\n\n\nretyr: x\n", `extra.txt:7: unknown key "retyr"`},
		{"bad class", "# c\n\nretry: never\n", `extra.txt:3: "retry" before "code"`},
		{"bad class value", "code: A\n\nretry: sometimes\n", `extra.txt:3: retry class "sometimes" is not backoff, never or depends`},
		{"twice", "code: A\nretry: never\ncode: B\nretry: never\ncode: A\nretry: never\n", `extra.txt:5: code "A" listed twice`},
		{"variant before code", "variant: 400 BadRequest\n", `extra.txt:1: "variant" before "code"`},
		{"message before variant", "code: A\nretry: never\nmessage: m\n", `extra.txt:3: "message" before "variant"`},
		{"bad status", "code: A\nretry: never\nvariant: 4000 BadRequest\n", `extra.txt:3: bad status "4000"`},
		{"status word", "code: A\nretry: never\nvariant: abc BadRequest\n", `extra.txt:3: bad status "abc"`},
		{"variant arity", "code: A\nretry: never\nvariant: 400\n", `extra.txt:3: variant "400" is not "STATUS TYPE"`},
		{"empty code", "code:\n", `extra.txt:1: empty code`},
		{"space in code", "code: Rate Limit\n", `extra.txt:1: code "Rate Limit" contains a space`},
		{"no retry", "code: A\nwhy: w\n\ncode: B\nretry: never\n", `extra.txt:1: code "A" has no "retry"`},
		{"no retry at end", "code: A\nretry: never\ncode: B\n", `extra.txt:3: code "B" has no "retry"`},
		{"no colon", "code: A\nretry never\n", `extra.txt:2: line "retry never" is not "key: value"`},
		{"retry twice", "code: A\nretry: never\nretry: backoff\n", `extra.txt:3: "retry" given twice`},
		{"why after variant", "code: A\nretry: never\nvariant: - -\nwhy: w\n", `extra.txt:4: "why" after "variant"`},
		{"bad pattern", "code: A.{{B}}.C\nretry: never\n", `extra.txt:1: code "A.{{B}}.C": a placeholder must end the name`},
		{"pattern without prefix", "code: {{B}}\nretry: never\n", `extra.txt:1: code "{{B}}": a placeholder`},
		{"same prefix", "code: A.{{B}}\nretry: never\ncode: A.{{C}}\nretry: never\n", `extra.txt:3: pattern "A.{{C}}" has the prefix of pattern "A.{{B}}"`},
		{"page twice", "code: A\nretry: never\nvariant: - -\npage: a\npage: b\n", `extra.txt:5: "page" given twice`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("extra.txt", []byte(tc.data))
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("error %v, want prefix %q", err, tc.want)
			}
		})
	}
}

func TestNew(t *testing.T) {
	list := slices.Clone(Default().Codes())
	slices.Reverse(list)
	tab, err := NewWithSources(list, Default().Sources())
	if err != nil {
		t.Fatal(err)
	}
	if string(tab.Format()) != string(Default().Format()) {
		t.Errorf("NewWithSources(Default().Codes(), Default().Sources()).Format() differs from Default().Format()")
	}
	if list[0].Name < list[1].Name {
		t.Errorf("New reordered its argument")
	}

	ok := func() *Code {
		return &Code{Name: "A", Retry: Never, Variants: []Variant{{Status: 400, Type: "BadRequest", Pages: []string{"p"}}}}
	}
	with := func(f func(c *Code)) *Code { c := ok(); f(c); return c }
	for _, tc := range []struct {
		name string
		list []*Code
		want string
	}{
		{"twice", []*Code{ok(), ok()}, `codes: code "A" listed twice (first at index 0)`},
		{"nil", []*Code{nil}, "codes: code 0 is nil"},
		{"empty name", []*Code{with(func(c *Code) { c.Name = "" })}, "codes: empty code"},
		{"space", []*Code{with(func(c *Code) { c.Name = "A B" })}, `codes: code "A B" contains a space`},
		{"bad pattern", []*Code{with(func(c *Code) { c.Name = "A.{{B}}.C" })}, `codes: code "A.{{B}}.C": a placeholder must end the name`},
		{"same prefix", []*Code{with(func(c *Code) { c.Name = "A.{{B}}" }), with(func(c *Code) { c.Name = "A.{{C}}" })}, `codes: pattern "A.{{C}}" has the prefix of pattern "A.{{B}}"`},
		{"no retry", []*Code{with(func(c *Code) { c.Retry = RetryUnknown })}, `codes: code "A": retry class "unknown"`},
		{"two-line why", []*Code{with(func(c *Code) { c.Why = "a\nb" })}, `codes: code "A": why "a\nb" is not one line`},
		{"spaced note", []*Code{with(func(c *Code) { c.Note = "n " })}, `codes: code "A": note "n " is not one line`},
		{"bad status", []*Code{with(func(c *Code) { c.Variants[0].Status = 4000 })}, `codes: code "A": variant 1: bad status 4000`},
		{"type with space", []*Code{with(func(c *Code) { c.Variants[0].Type = "Bad Request" })}, `codes: code "A": variant 1: type "Bad Request"`},
		{"dash type", []*Code{with(func(c *Code) { c.Variants[0].Type = "-" })}, `codes: code "A": variant 1: type "-"`},
		{"empty page", []*Code{with(func(c *Code) { c.Variants[0].Pages = []string{""} })}, `codes: code "A": variant 1: pages [""]`},
		{"spaced message", []*Code{with(func(c *Code) { c.Variants[0].Message = " m" })}, `codes: code "A": variant 1: message " m"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(tc.list)
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("error %v, want prefix %q", err, tc.want)
			}
		})
	}
}

func TestParseUserFile(t *testing.T) {
	data := `
# my codes
code: MyTeam.Throttled
retry: backoff

code: Widget.{{Name}}
retry: never
variant: 418 Teapot
message: no widget
`
	tab, err := Parse("dir/extra.txt", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	c, ok := tab.Lookup("MyTeam.Throttled")
	if !ok || c.Retry != Backoff || c.Variants != nil {
		t.Fatalf("MyTeam.Throttled: %+v %v", c, ok)
	}
	w, ok := tab.Lookup("Widget.Spanner")
	if !ok || w.Variants[0].Status != 418 || !slices.Equal(w.Pages(), []string{"extra.txt"}) {
		t.Fatalf("Widget.Spanner: %+v %v", w, ok)
	}
	if !tab.IsType("Teapot") {
		t.Errorf("extra type not in Types()")
	}
	again, err := Parse("x", tab.Format())
	if err != nil || !reflect.DeepEqual(again.Codes(), tab.Codes()) {
		t.Errorf("round trip of a user file: %v", err)
	}

	dir := t.TempDir()
	path := dir + "/extra.txt"
	if err := os.WriteFile(path, []byte("code: A\nretry: nope\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadFile(path); err == nil || !strings.HasPrefix(err.Error(), path+":2: ") {
		t.Errorf("LoadFile error %v, want it to name %s:2", err, path)
	}
	if _, err := LoadFile(dir + "/missing.txt"); err == nil {
		t.Errorf("LoadFile of a missing file succeeded")
	}
}

func TestWithExtra(t *testing.T) {
	base := Default()
	extra, err := Parse("extra.txt", []byte(`
code: QuotaExceeded
retry: backoff
why: our account has no free trial

code: MyTeam.Throttled
retry: backoff

code: InvalidParameter.{{Name}}
retry: depends
`))
	if err != nil {
		t.Fatal(err)
	}
	tab := base.WithExtra(extra)
	if tab.Retry("QuotaExceeded") != Backoff || base.Retry("QuotaExceeded") != Depends {
		t.Errorf("extra QuotaExceeded should replace the page's in the new table only")
	}
	if tab.Retry("MyTeam.Throttled") != Backoff || base.Retry("MyTeam.Throttled") != RetryUnknown {
		t.Errorf("extra code not added, or added to the base table")
	}
	if c, _ := tab.Lookup("InvalidParameter.Model"); c.Name != "InvalidParameter.{{Name}}" {
		t.Errorf("extra pattern with the same prefix should replace the page's, got %s", c.Name)
	}
	if len(tab.Codes()) != len(base.Codes())+1 {
		t.Errorf("%d codes, want %d", len(tab.Codes()), len(base.Codes())+1)
	}
	if got, ok := tab.Nearest("MyTeam.Throttle"); !ok || got != "MyTeam.Throttled" {
		t.Errorf("Nearest over the extended table = %q, %v", got, ok)
	}
}

// nearestCase is a string and the suggestion wanted for it, "" for none.
type nearestCase struct{ s, want string }

// checkNearest asks nearest, named name in errors, for each case.
func checkNearest(t *testing.T, name string, nearest func(string) (string, bool), cases []nearestCase) {
	t.Helper()
	for _, tc := range cases {
		got, ok := nearest(tc.s)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("%s(%q) = %q, %v; want %q", name, tc.s, got, ok, tc.want)
		}
	}
}

func TestNearest(t *testing.T) {
	tab := Default()
	checkNearest(t, "Nearest", tab.Nearest, []nearestCase{
		{"RateLimitExceeded.EndpointRPMExceed", "RateLimitExceeded.EndpointRPMExceeded"},
		{"ratelimitexceeded.endpointrpmexceeded", "RateLimitExceeded.EndpointRPMExceeded"},
		{"Ratelimit_Exceeded.EndpointRPMExceeded", "RateLimitExceeded.EndpointRPMExceeded"},
		{"RATE_LIMIT_EXCEEDED.ENDPOINT_TPM_EXCEEDED", "RateLimitExceeded.EndpointTPMExceeded"},
		{"RateLimitExceeded.EndpointRpmExceeded", "RateLimitExceeded.EndpointRPMExceeded"},
		{"QuotaExceed", "QuotaExceeded"},
		{"SeverOverloaded", "ServerOverloaded"},
		{"InvalidParamter.Model", "InvalidParameter.Model"},
		{"invalid_parameter.model", "InvalidParameter.model"},
		{"invalidparameter.unsupportedparameter", "InvalidParameter.UnsupportedParameter"},
		{"InvalidParamter.UnsupportedParameter", "InvalidParameter.UnsupportedParameter"},
		{"NotFund.Session", "NotFound.Session"},
		{"ModelAccountIPMRateLimitExceeded", "ModelAccountIpmRateLimitExceeded"},
		// "Error" left off, or added.
		{"AccountOverdue", "AccountOverdueError"},
		{"ContentSecurityDetection", "ContentSecurityDetectionError"},
		{"ServerOverloadedError", "ServerOverloaded"},
		{"QuotaExceededError", "QuotaExceeded"},
		{"accountoverdue", "AccountOverdueError"}, // and a case slip
		{"server_overloaded_error", "ServerOverloaded"},
		{"Error", ""},
		{"OverloadedError", ""},
		// Ties and far strings: no suggestion.
		{"RateLimitExceeded.EndpointXPMExceeded", ""},
		{"ModelAccountXpmRateLimitExceeded", ""},
		{"CompletelyDifferent", ""},
		{"", ""},
		{"x", ""},
		// Known codes: no suggestion.
		{"QuotaExceeded", ""},
		{"InvalidParameter.Whatever", ""},
		{"InvalidParameter.{{Parameter}}", ""},
	})
}

func TestNearestFold(t *testing.T) {
	tab := Default()
	checkNearest(t, "NearestFold", tab.NearestFold, []nearestCase{
		// Case costs nothing: two insertions.
		{"outputtextsensitivecontentdetect", "OutputTextSensitiveContentDetected"},
		{"SERVEROVERLODED", "ServerOverloaded"},
		{"invalidparamter.model", "InvalidParameter.model"},
		{"accountoverdue", "AccountOverdueError"},
		// Known but for case, and far strings: no suggestion.
		{"serveroverloaded", ""},
		{"invalidparameter.model", ""},
		{"completelydifferent", ""},
	})
	// Where case counts, five case slips and two insertions are too far.
	if got, ok := tab.Nearest("outputtextsensitivecontentdetect"); ok {
		t.Errorf("Nearest(outputtextsensitivecontentdetect) = %q, want none", got)
	}
}

func TestConcurrentUse(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			tab := Default()
			tab.Nearest("QuotaExceed")
			tab.Lookup("NotFound.X")
		})
	}
	wg.Wait()
}

func FuzzNearest(f *testing.F) {
	tab := Default()
	for _, c := range tab.Codes() {
		f.Add(c.Name)
		f.Add(strings.ToLower(c.Name))
		f.Add(c.Name[:len(c.Name)-1])
		f.Add(strings.ReplaceAll(c.Name, ".", "_"))
	}
	for _, s := range []string{"", ".", "..", "InvalidParamter.Model", "InvalidParameter.", "NotFound.", "{{", "é.ü", "InvalidParamter."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := tab.Nearest(s)
		if _, known := tab.Lookup(s); known && ok {
			t.Fatalf("Nearest(%q) = %q for a known code", s, got)
		}
		if ok {
			if _, known := tab.Lookup(got); !known {
				t.Fatalf("Nearest(%q) = %q, not a code", s, got)
			}
			if got == s {
				t.Fatalf("Nearest(%q) suggested itself", s)
			}
		} else if got != "" {
			t.Fatalf("Nearest(%q) = %q with ok false", s, got)
		}
	})
}
