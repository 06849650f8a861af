package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/arkvet/arkvet/codes"
)

const legacyHead = "| status | type | code | seen on | meaning (summary) | closest current code (same meaning) |\n|---|---|---|---|---|---|\n"

// TestLegacyRows checks that every row of the legacy list becomes a
// retired code, counting rows independently of the parser.
func TestLegacyRows(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(codesDir, "source", legacyPage))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := parseLegacyPage(legacyPage, data)
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Count(string(data), "\n| ") - 1 // every table line but the header (the separator starts "|-")
	if len(rows) != want {
		t.Errorf("%d legacy rows parsed, %d in the list", len(rows), want)
	}
	tab := codes.Default()
	for _, r := range rows {
		if c, ok := tab.Lookup(r.code); !ok || !c.Retired() || c.Name != r.code {
			t.Errorf("legacy code %s is not a retired code of the table", r.code)
		}
	}
}

func TestLegacyRules(t *testing.T) {
	page := "# intro\n\n" + legacyHead +
		"| 429 | TooManyRequests | `A.Old` | page 2024-07-10 | slow down | the limits (`A.New`) |\n" +
		"| not given | not given | `Loading` | page 2024-07-10 (as reproduced) | loading | none on later pages |\n" +
		"| 400 | BadRequest | `Gone` | Doubao list, June 2024 | gone | `B.New` or `C.New` |\n" +
		"\nprose after the table, `Not.A.Row`\n"
	rows, err := parseLegacyPage("legacy.md", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	got := make(map[string]legacyRow)
	for _, r := range rows {
		got[r.code] = r
	}
	if len(rows) != 3 {
		t.Fatalf("%d rows: %+v", len(rows), rows)
	}
	if r := got["A.Old"]; r.status != 429 || r.typ != "TooManyRequests" || r.page != "ark-error-codes-2024-07-10" || r.meaning != "slow down" || r.line != 5 ||
		!reflect.DeepEqual(r.retirement, codes.Retirement{LastSeen: "2024-07-10", SeenOn: "its 2024-07-10 version", Successors: []string{"A.New"}}) {
		t.Errorf("A.Old: %+v", r)
	}
	if r := got["Loading"]; r.status != 0 || r.typ != "" || r.retirement.Successors != nil || r.retirement.SeenOn != "its 2024-07-10 version, as a client library reproduces it" {
		t.Errorf("Loading: %+v", r)
	}
	if r := got["Gone"]; r.page != "doubao-error-list-2024-06" || r.retirement.LastSeen != "2024-06" || r.retirement.SeenOn != "the older Doubao error list of June 2024" ||
		!reflect.DeepEqual(r.retirement.Successors, []string{"B.New", "C.New"}) {
		t.Errorf("Gone: %+v", r)
	}

	for _, tc := range []struct{ name, table, want string }{
		{"columns", "| status | code |\n|---|---|\n", "legacy.md:1: table columns"},
		{"no table", "just prose\n", "legacy.md: no table of codes"},
		{"cells", legacyHead + "| 429 | T | `A` | page 2024-07-10 | m |\n", "legacy.md:3: row has 5 cells, want 6"},
		{"status", legacyHead + "| 42 | T | `A` | page 2024-07-10 | m | none |\n", `legacy.md:3: status "42"`},
		{"code span", legacyHead + "| 429 | T | A | page 2024-07-10 | m | none |\n", "legacy.md:3: code cell \"A\" is not one `code`"},
		{"seen on", legacyHead + "| 429 | T | `A` | July 2024 | m | none |\n", `legacy.md:3: seen on "July 2024" is neither`},
		{"month", legacyHead + "| 429 | T | `A` | Doubao list, Juin 2024 | m | none |\n", `legacy.md:3: seen on "Doubao list, Juin 2024": "Juin" is not a month`},
		{"successor", legacyHead + "| 429 | T | `A` | page 2024-07-10 | m | later ones |\n", `legacy.md:3: closest current code "later ones" names no`},
	} {
		if _, err := parseLegacyPage("legacy.md", []byte(tc.table)); err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
	}
}

func TestAddRetired(t *testing.T) {
	current := func() []*entry { return merge([]row{{page: "p", status: 429, code: "A.New"}, {page: "p", code: "B"}}) }
	for _, tc := range []struct {
		name string
		rows []legacyRow
		want string
	}{
		{"current", []legacyRow{{row: row{page: "legacy.md", line: 7, code: "B"}, retirement: codes.Retirement{LastSeen: "2024"}}}, "legacy.md:7: B is on the current pages: it is not retired"},
		{"successor", []legacyRow{{row: row{page: "legacy.md", line: 7, code: "A.Old"}, retirement: codes.Retirement{LastSeen: "2024", Successors: []string{"A.Nwe"}}}}, "legacy.md:7: successor A.Nwe of A.Old is not on the current pages"},
		{"twice", []legacyRow{{row: row{page: "legacy.md", line: 7, code: "C"}, retirement: codes.Retirement{LastSeen: "2024"}}, {row: row{page: "legacy.md", line: 8, code: "C"}, retirement: codes.Retirement{LastSeen: "2024"}}}, "legacy.md:8: C listed twice"},
	} {
		if _, err := addRetired(current(), tc.rows); err == nil || err.Error() != tc.want {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
	}
	es, err := addRetired(current(), []legacyRow{{row: row{page: "legacy.md", line: 7, code: "A.Old", status: 429}, retirement: codes.Retirement{LastSeen: "2024", Successors: []string{"A.New"}}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 3 || es[0].name != "A.New" || es[1].name != "A.Old" || es[1].retired == nil || es[2].retired != nil {
		t.Errorf("entries %+v", es)
	}
}

func TestCheckSources(t *testing.T) {
	list := []*codes.Code{{Name: "A", Retry: codes.Never, Variants: []codes.Variant{{Pages: []string{"p1"}}}}}
	if err := checkSources(list, []codes.Source{{Name: "p1"}}); err != nil {
		t.Errorf("checkSources: %v", err)
	}
	if err := checkSources(list, []codes.Source{{Name: "p2"}}); err == nil || !strings.Contains(err.Error(), `no source "p1", which A lists`) {
		t.Errorf("missing source: %v", err)
	}
	if err := checkSources(list, []codes.Source{{Name: "p1"}, {Name: "p3"}}); err == nil || !strings.Contains(err.Error(), `source "p3" lists no code`) {
		t.Errorf("unused source: %v", err)
	}
}

// TestBuildSources checks build's use of the legacy list and pages.txt,
// from the real sources with one of them changed.
func TestBuildSources(t *testing.T) {
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join(codesDir, "source", name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	real := sources{old: read(oldPage), new: read(newPage), legacy: read(legacyPage), retry: read(retryFile), pages: read(pagesFile)}
	tab, err := build(real)
	if err != nil {
		t.Fatal(err)
	}
	if c, ok := tab.Lookup("RateLimitExceeded.FoundationModelRPMExceeded"); !ok || !c.Retired() || c.Retry != codes.Backoff {
		t.Errorf("the legacy list's code is not a retired backoff code: %+v", c)
	}
	if tab.Date() != "2026" || len(tab.Sources()) != 4 {
		t.Errorf("sources %+v", tab.Sources())
	}

	for _, tc := range []struct {
		name string
		edit func(s *sources)
		want string
	}{
		{"source missing", func(s *sources) {
			s.pages = []byte(strings.Replace(string(s.pages), "source: doubao-error-list-2024-06", "source: doubao-list", 1))
		}, `no source "doubao-error-list-2024-06", which InvalidEndpoint lists`},
		{"codes in pages", func(s *sources) { s.pages = append(s.pages, "\ncode: X\nretry: never\n"...) }, "pages.txt: holds codes"},
		{"bad pages", func(s *sources) { s.pages = append(s.pages, "\nsource: y\ndate: soon\n"...) }, `pages.txt:`},
		{"no retry line", func(s *sources) {
			s.retry = []byte(strings.Replace(string(s.retry), "\nModelLoadingError backoff", "\n#", 1))
		}, "no line for ModelLoadingError, which the page gives no status"},
		{"retired 429 needs its line", func(s *sources) {
			s.retry = []byte(strings.Replace(string(s.retry), "\nRateLimitExceeded.FoundationModelTPMExceeded backoff", "\n#", 1))
		}, "429 code RateLimitExceeded.FoundationModelTPMExceeded needs its own line"},
		{"current code in the legacy list", func(s *sources) {
			s.legacy = []byte(strings.Replace(string(s.legacy), "`ModelLoadingError`", "`ServerOverloaded`", 1))
		}, "ServerOverloaded is on the current pages: it is not retired"},
	} {
		src := real
		tc.edit(&src)
		if _, err := build(src); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
	}
}
