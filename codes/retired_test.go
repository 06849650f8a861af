package codes

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestRetiredCodes(t *testing.T) {
	tab := Default()
	for _, tc := range []struct {
		name, lastSeen, page string
		successors           []string
		retry                Retry
		statuses             []int
	}{
		{"RateLimitExceeded.FoundationModelRPMExceeded", "2024-07-10", "ark-error-codes-2024-07-10", []string{"ModelAccountRpmRateLimitExceeded"}, Backoff, []int{429}},
		{"RateLimitExceeded.FoundationModelTPMExceeded", "2024-07-10", "ark-error-codes-2024-07-10", []string{"ModelAccountTpmRateLimitExceeded"}, Backoff, []int{429}},
		{"ModelLoadingError", "2024-07-10", "ark-error-codes-2024-07-10", nil, Backoff, nil},
		{"InvalidEndpoint.NotFound", "2024-07-10", "ark-error-codes-2024-07-10", []string{"InvalidEndpointOrModel.NotFound"}, Never, []int{404}},
		{"InvalidEndpoint", "2024-06", "doubao-error-list-2024-06", []string{"InvalidEndpointOrModel.NotFound"}, Never, []int{400}},
	} {
		c, ok := tab.Lookup(tc.name)
		if !ok {
			t.Errorf("Lookup(%s): not found; a retired code is not unknown", tc.name)
			continue
		}
		if !c.Retired() || c.LastSeen() != tc.lastSeen || !slices.Equal(c.Successors(), tc.successors) {
			t.Errorf("%s: retired %v, last seen %q, successors %q; want true, %q, %q", tc.name, c.Retired(), c.LastSeen(), c.Successors(), tc.lastSeen, tc.successors)
		}
		if c.Retirement.SeenOn == "" || c.Retry != tc.retry || c.Why == "" || !slices.Equal(c.Statuses(), tc.statuses) {
			t.Errorf("%s: seen on %q, retry %v (why %q), statuses %v; want %v, %v", tc.name, c.Retirement.SeenOn, c.Retry, c.Why, c.Statuses(), tc.retry, tc.statuses)
		}
		if !slices.Equal(c.Pages(), []string{tc.page}) {
			t.Errorf("%s: pages %v, want [%s]", tc.name, c.Pages(), tc.page)
		}
		for _, s := range c.Successors() {
			if sc, ok := tab.Current().Lookup(s); !ok || sc.Retired() || sc.Name != s {
				t.Errorf("%s: successor %s is not a current code", tc.name, s)
			}
		}
		if tab.Retry(tc.name) != tc.retry {
			t.Errorf("Retry(%s) = %v", tc.name, tab.Retry(tc.name))
		}
		if _, ok := tab.Current().Lookup(tc.name); ok {
			t.Errorf("Current().Lookup(%s) found a retired code", tc.name)
		}
		if !slices.Contains(tab.Codes(), c) {
			t.Errorf("Codes() leaves out %s", tc.name)
		}
	}
	// A successor is handed out as a copy.
	c, _ := tab.Lookup("InvalidEndpoint")
	c.Successors()[0] = "X"
	if c.Successors()[0] != "InvalidEndpointOrModel.NotFound" {
		t.Errorf("Successors() shares the table's slice")
	}

	current, _ := tab.Lookup("ModelAccountRpmRateLimitExceeded")
	if current.Retired() || current.LastSeen() != "" || current.Successors() != nil {
		t.Errorf("a current code reads as retired: %+v", current.Retirement)
	}
	for _, c := range tab.Current().Codes() {
		if c.Retired() {
			t.Errorf("Current() holds retired %s", c.Name)
		}
	}
	if n, m := len(tab.Codes()), len(tab.Current().Codes()); n != m+5 {
		t.Errorf("%d codes, %d current: want the 5 retired codes between them", n, m)
	}
	if cur := tab.Current(); cur.Current() != cur || !reflect.DeepEqual(cur.Sources(), tab.Sources()) {
		t.Errorf("Current() is not its own current table, or lost the sources")
	}
}

// WithStatus lists the codes a handler should know today; the retired
// ones of a status come from RetiredWithStatus.
func TestRetiredWithStatus(t *testing.T) {
	tab := Default()
	names := func(cs []*Code) []string {
		var out []string
		for _, c := range cs {
			out = append(out, c.Name)
		}
		return out
	}
	for _, c := range tab.WithStatus(429) {
		if c.Retired() {
			t.Errorf("WithStatus(429) holds retired %s", c.Name)
		}
	}
	if got, want := names(tab.RetiredWithStatus(429)), []string{"RateLimitExceeded.FoundationModelRPMExceeded", "RateLimitExceeded.FoundationModelTPMExceeded"}; !slices.Equal(got, want) {
		t.Errorf("RetiredWithStatus(429) = %q, want %q", got, want)
	}
	if got := names(tab.RetiredWithStatus(404)); !slices.Equal(got, []string{"InvalidEndpoint.NotFound"}) {
		t.Errorf("RetiredWithStatus(404) = %q", got)
	}
	if got := tab.RetiredWithStatus(500); got != nil {
		t.Errorf("RetiredWithStatus(500) = %q", names(got))
	}
	if got := tab.Current().RetiredWithStatus(429); got != nil {
		t.Errorf("Current().RetiredWithStatus(429) = %q", names(got))
	}
}

// Fragments of retired codes are fragments of codes; the current table
// tells whether a current code has them too.
func TestRetiredFragments(t *testing.T) {
	tab := Default()
	for _, s := range []string{"RateLimitExceeded.FoundationModel", "ModelLoading"} {
		if !tab.HasPrefix(s) || tab.Current().HasPrefix(s) {
			t.Errorf("HasPrefix(%q): %v, current %v; want true, false", s, tab.HasPrefix(s), tab.Current().HasPrefix(s))
		}
	}
	if !tab.Contains("FoundationModelRPM") || tab.Current().Contains("FoundationModelRPM") {
		t.Errorf("Contains(FoundationModelRPM) should hold for the retired code only")
	}
	if !tab.HasSuffix("ModelTPMExceeded") || tab.Current().HasSuffix("ModelTPMExceeded") {
		t.Errorf("HasSuffix(ModelTPMExceeded) should hold for the retired code only")
	}
	if got, ok := tab.Nearest("RateLimitExceeded.FoundationModelRPMExceded"); !ok || got != "RateLimitExceeded.FoundationModelRPMExceeded" {
		t.Errorf("Nearest(a retired code misspelt) = %q, %v", got, ok)
	}
}

func TestSources(t *testing.T) {
	srcs := Sources()
	if len(srcs) != 4 {
		t.Fatalf("Sources() = %+v, want the 4 page versions", srcs)
	}
	newest := srcs[0]
	if newest.Name != "ark-error-codes-2026.md" || newest.Date != "2026" || newest.Title != "火山方舟 错误码" || newest.URL != "https://www.volcengine.com/docs/82379/1299023" {
		t.Errorf("newest source %+v", newest)
	}
	if Default().Date() != "2026" || Date() != "2026" {
		t.Errorf("Date() = %q, want 2026", Date())
	}
	for _, s := range srcs {
		if s.Title == "" || strings.HasSuffix(s.Title, ".md") {
			t.Errorf("source %s: title %q, want the page's own", s.Name, s.Title)
		}
		if s.Date == "" && s.Note == "" {
			t.Errorf("source %s: undated, and no note saying what is known", s.Name)
		}
	}
	// Every page a variant names is a source a reader can be shown.
	for _, c := range Default().Codes() {
		for _, p := range c.Pages() {
			if _, ok := Default().Source(p); !ok {
				t.Errorf("%s: page %q is no source", c.Name, p)
			}
		}
	}
	if _, ok := Default().Source("nope.md"); ok {
		t.Errorf("Source(nope.md) found")
	}
}

const retiredFile = `
source: our-gateway-2025
title: Our gateway's codes
date: 2025-03
url: https://gateway.example/codes
note: the old list

code: Gateway.OldThrottle
retry: backoff
why: our gateway renamed it
retired: 2025-03
seen-on: our gateway's list of March 2025
successor: Gateway.Throttle Gateway.SlowDown
variant: 429 TooManyRequests
page: our-gateway-2025

code: Gateway.Gone
retry: never
retired: 2024
successor:

code: Gateway.Throttle
retry: backoff

code: Gateway.SlowDown
retry: backoff
`

func TestRetiredFormat(t *testing.T) {
	tab, err := Parse("extra.txt", []byte(retiredFile))
	if err != nil {
		t.Fatal(err)
	}
	old, _ := tab.Lookup("Gateway.OldThrottle")
	want := &Retirement{LastSeen: "2025-03", SeenOn: "our gateway's list of March 2025", Successors: []string{"Gateway.Throttle", "Gateway.SlowDown"}}
	if !reflect.DeepEqual(old.Retirement, want) {
		t.Errorf("retirement %+v, want %+v", old.Retirement, want)
	}
	gone, _ := tab.Lookup("Gateway.Gone")
	if !gone.Retired() || gone.LastSeen() != "2024" || gone.Successors() != nil || gone.Retirement.SeenOn != "" {
		t.Errorf("Gateway.Gone: %+v", gone.Retirement)
	}
	if src, ok := tab.Source("our-gateway-2025"); !ok || src != (Source{Name: "our-gateway-2025", Title: "Our gateway's codes", Date: "2025-03", URL: "https://gateway.example/codes", Note: "the old list"}) {
		t.Errorf("source %+v %v", src, ok)
	}
	again, err := Parse("again.txt", tab.Format())
	if err != nil {
		t.Fatalf("Parse(Format()): %v\n%s", err, tab.Format())
	}
	if !reflect.DeepEqual(again.Codes(), tab.Codes()) || !reflect.DeepEqual(again.Sources(), tab.Sources()) {
		t.Errorf("round trip differs:\n%s", again.Format())
	}
	if string(again.Format()) != string(tab.Format()) {
		t.Errorf("Format not stable")
	}

	// Merged onto the built-in table, the file's source joins the pages'
	// and its retired code is retired there too.
	merged := Default().WithExtra(tab)
	if _, ok := merged.Source("our-gateway-2025"); !ok || len(merged.Sources()) != len(Sources())+1 {
		t.Errorf("WithExtra: sources %+v", merged.Sources())
	}
	if c, _ := merged.Lookup("Gateway.OldThrottle"); !c.Retired() {
		t.Errorf("WithExtra lost the retirement")
	}
	// An extra code of a retired code's name, not retired, makes it current.
	back, err := Parse("extra.txt", []byte("code: ModelLoadingError\nretry: backoff\nvariant: 503 ServiceUnavailable\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c, _ := Default().WithExtra(back).Lookup("ModelLoadingError"); c.Retired() {
		t.Errorf("an extra code did not replace the retired one")
	}
	if _, ok := Default().WithExtra(back).Current().Lookup("ModelLoadingError"); !ok {
		t.Errorf("the replaced code is not current")
	}
}

func TestRetiredParseErrors(t *testing.T) {
	const head = "code: A\nretry: never\n"
	for _, tc := range []struct {
		name, data, want string
	}{
		{"bad date", head + "retired: July 2024\n", `extra.txt:3: retired: date "July 2024" is not YYYY, YYYY-MM or YYYY-MM-DD`},
		{"no month 13", head + "retired: 2024-13\n", `extra.txt:3: retired: date "2024-13" has no month 13`},
		{"no day 32", head + "retired: 2024-07-32\n", `extra.txt:3: retired: date "2024-07-32" has no day 32`},
		{"empty retired", head + "retired:\n", `extra.txt:3: retired: date "" is not`},
		{"seen-on without retired", "\ncode: A\nretry: never\nseen-on: somewhere\n", `extra.txt:2: code "A" has "seen-on" or "successor" but no "retired"`},
		{"successor without retired", head + "successor: B\n\ncode: B\nretry: never\n", `extra.txt:1: code "A" has "seen-on" or "successor" but no "retired"`},
		{"own successor", head + "retired: 2024\nsuccessor: B A\n", `extra.txt:4: code "A" is its own successor`},
		{"successor twice", head + "retired: 2024\nsuccessor: B B\n", `extra.txt:4: successor "B" given twice`},
		{"retired twice", head + "retired: 2024\nretired: 2025\n", `extra.txt:4: "retired" given twice`},
		{"retired after variant", head + "variant: - -\nretired: 2024\n", `extra.txt:4: "retired" after "variant"`},
		{"empty seen-on", head + "retired: 2024\nseen-on:\n", `extra.txt:4: empty seen-on`},
		{"retired before code", "retired: 2024\n", `extra.txt:1: "retired" before "code"`},
		{"title outside source", head + "title: T\n", `extra.txt:3: "title" outside a "source" block`},
		{"code key in source", "source: s\nretry: never\n", `extra.txt:2: "retry" in source "s": a source takes title, date, url and note`},
		{"source twice", "source: s\n\nsource: s\n", `extra.txt:3: source "s" listed twice (first at line 1)`},
		{"source name", "source: a b\n", `extra.txt:1: source name "a b" is not one word`},
		{"source date", "source: s\ndate: 2026-1\n", `extra.txt:2: date "2026-1" is not YYYY`},
		{"source url", "source: s\nurl: a b\n", `extra.txt:2: url "a b" is not one word`},
		{"source key twice", "source: s\ntitle: a\ntitle: b\n", `extra.txt:3: "title" given twice for source "s"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("extra.txt", []byte(tc.data))
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("error %v, want prefix %q", err, tc.want)
			}
		})
	}
}

func TestNewRetiredErrors(t *testing.T) {
	code := func(r *Retirement) []*Code { return []*Code{{Name: "A", Retry: Never, Retirement: r}} }
	for _, tc := range []struct {
		name    string
		list    []*Code
		sources []Source
		want    string
	}{
		{"no date", code(&Retirement{}), nil, `codes: code "A": retired: date "" is not`},
		{"own successor", code(&Retirement{LastSeen: "2024", Successors: []string{"A"}}), nil, `codes: code "A": successor "A" is the code itself`},
		{"spaced successor", code(&Retirement{LastSeen: "2024", Successors: []string{"B C"}}), nil, `codes: code "A": successor "B C" is not one word`},
		{"successor twice", code(&Retirement{LastSeen: "2024", Successors: []string{"B", "B"}}), nil, `codes: code "A": successor "B" given twice`},
		{"two-line seen-on", code(&Retirement{LastSeen: "2024", SeenOn: "a\nb"}), nil, `codes: code "A": seen-on "a\nb" is not one line`},
		{"source name", nil, []Source{{Name: "a b"}}, `codes: source "a b": source name "a b" is not one word`},
		{"source date", nil, []Source{{Name: "s", Date: "2024-00"}}, `codes: source "s": date "2024-00" has no month 00`},
		{"source twice", nil, []Source{{Name: "s"}, {Name: "s"}}, `codes: source "s" listed twice`},
		{"source title", nil, []Source{{Name: "s", Title: " t"}}, `codes: source "s": title " t" is not one line`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewWithSources(tc.list, tc.sources)
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("error %v, want prefix %q", err, tc.want)
			}
		})
	}
	tab, err := NewWithSources(code(&Retirement{LastSeen: "2024-07-10", SeenOn: "its 2024-07-10 version", Successors: []string{"B"}}), []Source{{Name: "s", Title: "T", Date: "2024"}})
	if err != nil {
		t.Fatal(err)
	}
	again, err := Parse("x", tab.Format())
	if err != nil || !reflect.DeepEqual(again.Codes(), tab.Codes()) || !reflect.DeepEqual(again.Sources(), tab.Sources()) {
		t.Errorf("round trip of New's table: %v\n%s", err, tab.Format())
	}
}

func TestSourceString(t *testing.T) {
	for _, tc := range []struct {
		s           Source
		label, full string
	}{
		{Source{Name: "n", Title: "火山方舟 错误码", Date: "2026", URL: "https://www.volcengine.com/docs/82379/1299023"}, "火山方舟 错误码, 2026 version", "火山方舟 错误码, 2026 version: https://www.volcengine.com/docs/82379/1299023"},
		{Source{Name: "n", Title: "错误码", URL: "https://x"}, "错误码, undated version", "错误码, undated version: https://x"},
		{Source{Name: "list.md", Date: "2024-06"}, "list.md, 2024-06 version", "list.md, 2024-06 version"},
	} {
		if got := tc.s.Label(); got != tc.label {
			t.Errorf("Label() = %q, want %q", got, tc.label)
		}
		if got := tc.s.String(); got != tc.full {
			t.Errorf("String() = %q, want %q", got, tc.full)
		}
	}
}
