package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/arkvet/arkvet/codes"
)

const codesDir = "../.."

// TestGeneratedUpToDate regenerates the table in memory and fails when the
// committed codes.txt or CODES.md differs.
func TestGeneratedUpToDate(t *testing.T) {
	data, md, err := generate(codesDir)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string][]byte{"codes.txt": data, "CODES.md": md} {
		got, err := os.ReadFile(filepath.Join(codesDir, name))
		if err != nil {
			t.Fatalf("%v: run go generate ./codes", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("codes/%s is stale: run go generate ./codes", name)
		}
		if !regexp.MustCompile(`^\S+ Code generated .* DO NOT EDIT\.`).Match(want) {
			t.Errorf("%s does not start with a generated header", name)
		}
	}
}

// TestRowCounts checks that every row of both pages becomes a row,
// counting the rows independently of the parsers.
func TestRowCounts(t *testing.T) {
	for _, tc := range []struct {
		page  string
		parse func(string, []byte) ([]row, error)
		rowRE string
	}{
		{oldPage, parseOldPage, `(?m)^- \d{3} \|`},
		{newPage, parseNewPage, `(?m)^\|`},
	} {
		data, err := os.ReadFile(filepath.Join(codesDir, "source", tc.page))
		if err != nil {
			t.Fatal(err)
		}
		rows, err := tc.parse(tc.page, data)
		if err != nil {
			t.Fatal(err)
		}
		want := len(regexp.MustCompile(tc.rowRE).FindAll(data, -1))
		if tc.page == newPage {
			// Every table line but each table's header and separator.
			want -= 2 * strings.Count(string(data), "\n|---")
		}
		// The MissingRole row becomes two rows, one per spelling.
		if got := len(rows) - 1; got != want {
			t.Errorf("%s: %d rows parsed (+1 split), %d in the page", tc.page, got, want)
		}
	}
}

func TestOldPageRules(t *testing.T) {
	page := strings.Join([]string{
		"# 错误码",
		"- HTTP",
		"- 状态码 | 错误类型",
		"- Type | 错误码",
		"- Code | 错误信息",
		"- Message | 含义",
		"- 400 | BadRequest | A | Failed. Request ID: {id} | 含义A",
		"- 429 | TooManyRequests",
		"- B | msg B | 含义B",
		"- 429 | TooManyRequests | C | first half",
		"- Request ID: {id} | 含义C",
		"",
		"# 公共错误码",
	}, "\n")
	rows, err := parseOldPage("old.md", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 {
		t.Fatalf("%d rows, want 3 (header lines skipped): %+v", len(rows), rows)
	}
	// Header skipped; {id} normalised.
	if r := rows[0]; r.status != 400 || r.code != "A" || r.message != "Failed. Request ID: {{id}}" || r.line != 7 {
		t.Errorf("row 0: %+v", r)
	}
	// Wrapped at a cell boundary: 2 + 3 cells.
	if r := rows[1]; r.status != 429 || r.typ != "TooManyRequests" || r.code != "B" || r.message != "msg B" || r.meaning != "含义B" || len(r.notes) != 1 {
		t.Errorf("row 1: %+v", r)
	}
	// Wrapped inside a cell: 4 + 2 cells, joined with a space.
	if r := rows[2]; r.code != "C" || r.message != "first half Request ID: {{id}}" || r.meaning != "含义C" {
		t.Errorf("row 2: %+v", r)
	}

	for _, bad := range []string{
		"- 400 | BadRequest | A | m | x | extra",
		"- 400 | BadRequest | A\n- m | n | o | p",
		"- 400 | BadRequest | A\nprose",
		"- 400 | BadRequest",
		"- 4000 | BadRequest | A | m | x",
	} {
		if rows, err := parseOldPage("old.md", []byte(bad)); err == nil && len(rows) > 0 {
			t.Errorf("%q parsed: %+v", bad, rows)
		}
	}
}

func TestNewPageRules(t *testing.T) {
	page := strings.Join([]string{
		"## 推理",
		"",
		"|HTTP<br><br>状态码 |错误类型<br><br>Type |错误码<br><br>Code |错误信息<br><br>Message |含义 |",
		"|---|---|---|---|---|",
		"|429 |TooManyRequests |A |Mode\".<br><br>Request ID: {{id}} |忙。<br><br><div data-tips=\"true\">调用<code>m-1.8</code>时。</div> |",
		"|429 |TooManyRequests |Q |the 5\\-hour quota |范围 \\> 0 |",
		"|400 |BadRequest |P |/ |没有消息 |",
		"|403 |Forbidden |OperationDenied(.<cause\\>) |Operation is denied [because <cause\\>]. |携带子原因码 `<cause>` |",
		"|400 |BadRequest |InvalidArgumentError |MissingRole：Invalid message: {{Message}} |缺少 role |",
		"",
		"## 精调",
		"",
		"|错误码 |示例错误信息 |说明 |",
		"|---|---|---|",
		"|D.X |first |一 |",
		"||second |二 |",
	}, "\n")
	rows, err := parseNewPage("new.md", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	byCode := func(code string) []row {
		var out []row
		for _, r := range rows {
			if r.code == code {
				out = append(out, r)
			}
		}
		return out
	}
	// <br> becomes a space, HTML tags go and their text stays.
	if a := byCode("A"); len(a) != 1 || a[0].message != `Mode". Request ID: {{id}}` || a[0].meaning != "忙。 调用m-1.8时。" {
		t.Errorf("A: %+v", a)
	}
	// Backslash escapes are undone.
	if q := byCode("Q"); len(q) != 1 || q[0].message != "the 5-hour quota" || q[0].meaning != "范围 > 0" {
		t.Errorf("Q: %+v", q)
	}
	// A "/" message is no message.
	if p := byCode("P"); len(p) != 1 || p[0].message != "" || len(p[0].notes) != 1 {
		t.Errorf("P: %+v", p)
	}
	// OperationDenied(.<cause>) is the bare code, its text kept.
	if od := byCode("OperationDenied"); len(od) != 1 || od[0].message != "Operation is denied [because <cause>]." || len(od[0].notes) != 1 {
		t.Errorf("OperationDenied: %+v", od)
	}
	// The leaked sub-code: both spellings, the message without it.
	for _, code := range []string{"InvalidArgumentError", "InvalidArgumentError.MissingRole"} {
		if r := byCode(code); len(r) != 1 || r[0].message != "Invalid message: {{Message}}" || len(r[0].notes) != 1 {
			t.Errorf("%s: %+v", code, r)
		}
	}
	// An empty code cell continues the code above, with no status or type.
	if d := byCode("D.X"); len(d) != 2 || d[1].message != "second" || d[1].status != 0 || d[1].typ != "" || len(d[1].notes) != 1 {
		t.Errorf("D.X: %+v", d)
	}

	for _, bad := range []string{
		"|a |b |\n|---|---|\n|x |y |",                                // 2 columns
		"|a |b |c |\n|---|---|---|\n||y |z |",                        // empty code with no row above
		"|a |b |c |d |e |\n|---|---|---|---|---|\n|4x |T |C |m |n |", // bad status
		"|a |b |c |\n|---|---|---|\n|x |y |",                         // short row
		"|a |b |c |\n|---|---|---|\n|x y |m |n |",                    // space in code
	} {
		if _, err := parseNewPage("new.md", []byte(bad)); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
}

func TestCleanCell(t *testing.T) {
	for in, want := range map[string]string{
		" a<br>b ":                        "a b",
		"a<br><br>b":                      "a b",
		"<div data-tips=\"true\">x</div>": "x",
		"<code>doubao</code>":             "doubao",
		"`Bearer <token>`":                "`Bearer <token>`",
		`5\-hour \> \| \<`:                "5-hour > | <",
		"a \t  b":                         "a b",
	} {
		if got := cleanCell(in); got != want {
			t.Errorf("cleanCell(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"Request ID: {id}":        "Request ID: {{id}}",
		"Request ID: {{id}}":      "Request ID: {{id}}",
		"Request id:{id}; {{id}}": "Request id:{{id}}; {{id}}",
		"CSDcode:{}":              "CSDcode:{}",
	} {
		if got := normaliseID(in); got != want {
			t.Errorf("normaliseID(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMerge(t *testing.T) {
	rows := []row{
		{page: "old.md", status: 429, typ: "TooManyRequests", code: "R", message: "m {{id}}", meaning: "short"},
		{page: "new.md", status: 429, typ: "TooManyRequests", code: "R", message: "m {{id}}", meaning: "longer"},
		{page: "new.md", status: 429, typ: "TooManyRequests", code: "R", message: "other"},
		{page: "old.md", status: 400, typ: "BadRequest", code: "X", message: "x"},
		{page: "old.md", status: 400, typ: "BadRequest", code: "Y", message: "y"},
		{page: "old.md", status: 400, typ: "Forbidden", code: "S", message: "s"},
		{page: "new.md", status: 400, typ: "Forbidden", code: "S", message: "s"},
		{page: "new.md", code: "F", message: "", meaning: "one"},
		{page: "new.md", code: "F", message: "", meaning: "two"},
	}
	entries := merge(rows)
	get := func(name string) *entry {
		i := slices.IndexFunc(entries, func(e *entry) bool { return e.name == name })
		if i < 0 {
			t.Fatalf("%s missing", name)
		}
		return entries[i]
	}
	r := get("R")
	if len(r.variants) != 2 || !slices.Equal(r.variants[0].pages, []string{"old.md", "new.md"}) || r.variants[0].meaning != "longer" {
		t.Errorf("R: %+v", r.variants)
	}
	s := get("S")
	if len(s.variants) != 1 || len(s.notes) != 1 || !slices.Equal(s.notes[0].pages, []string{"old.md", "new.md"}) || !strings.Contains(s.notes[0].text, "disagree") {
		t.Errorf("S: %+v", s)
	}
	if len(get("X").notes) != 0 {
		t.Errorf("X should have no note")
	}
	if len(get("F").variants) != 2 {
		t.Errorf("F: variants with no message and different meanings must not merge")
	}
}

func TestRetryRules(t *testing.T) {
	entries := func() []*entry {
		return merge([]row{
			{page: "p", status: 400, typ: "BadRequest", code: "Bad"},
			{page: "p", status: 503, typ: "Unavailable", code: "Down"},
			{page: "p", status: 429, typ: "TooManyRequests", code: "Slow"},
			{page: "p", code: "Fine"},
		})
	}
	rules, err := parseRetry("retry.txt", []byte("# c\n@400 never bad\n@5xx backoff down\nSlow backoff wait\nFine never fix\n"))
	if err != nil {
		t.Fatal(err)
	}
	es := entries()
	if err := applyRetry(es, rules); err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		want := map[string]codes.Retry{"Bad": codes.Never, "Down": codes.Backoff, "Slow": codes.Backoff, "Fine": codes.Never}[e.name]
		if e.retry != want || e.why == "" {
			t.Errorf("%s: %v %q, want %v", e.name, e.retry, e.why, want)
		}
	}

	for _, tc := range []struct{ name, file, want string }{
		{"429 needs a line", "@4xx never x\n@5xx backoff y\nFine never z\n", "429 code Slow needs its own line"},
		{"unknown code", "@400 never x\n@5xx backoff y\nSlow backoff z\nFine never z\nSlo backoff typo\n", "code Slo is on neither page"},
		{"no status", "@400 never x\n@5xx backoff y\nSlow backoff z\n", "no line for Fine"},
	} {
		rules, err := parseRetry("retry.txt", []byte(tc.file))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if err := applyRetry(entries(), rules); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
	}
	for _, bad := range []string{"A never", "A sometimes x", "@4x never x", "@600 never x", "A never x\nA never y"} {
		if _, err := parseRetry("retry.txt", []byte(bad)); err == nil {
			t.Errorf("parseRetry(%q) accepted", bad)
		}
	}
}
