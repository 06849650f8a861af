package main

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/arkvet/arkvet/codes"
)

// legacyRow is one row of the legacy list: a code only earlier versions
// of Ark's page (or the older Doubao list) carry.
type legacyRow struct {
	row
	retirement codes.Retirement
}

// legacyColumns are the legacy list's columns, in order.
var legacyColumns = []string{"status", "type", "code", "seen on", "meaning (summary)", "closest current code (same meaning)"}

var (
	// "`InvalidEndpoint.NotFound`": the list writes codes as code spans.
	codeSpanRE = regexp.MustCompile("`([^`]+)`")
	// "page 2024-07-10" or "page 2024-07-10 (as reproduced)": that version
	// of Ark's page, read directly or from a library reproducing it.
	seenOnPageRE = regexp.MustCompile(`^page ([0-9]{4}-[0-9]{2}-[0-9]{2})( \(as reproduced\))?$`)
	// "Doubao list, June 2024": the older Doubao error list of that month.
	seenOnDoubaoRE = regexp.MustCompile(`^Doubao list, ([A-Z][a-z]+) ([0-9]{4})$`)
)

// parseLegacyPage parses the legacy list, a markdown table with the
// columns of legacyColumns; the rest of the file is prose. A "not given"
// status or type is none; the last column's code spans are the successors.
func parseLegacyPage(page string, data []byte) ([]legacyRow, error) {
	var rows []legacyRow
	inTable := false
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "|") {
			inTable = false
			continue
		}
		cells := splitTableRow(line)
		for j := range cells {
			cells[j] = strings.TrimSpace(cells[j])
		}
		switch {
		case !inTable:
			if !slices.Equal(cells, legacyColumns) {
				return nil, fmt.Errorf("%s:%d: table columns %q, want %q", page, i+1, cells, legacyColumns)
			}
			inTable = true
			continue
		case strings.Trim(line, "|-: ") == "":
			continue
		case len(cells) != len(legacyColumns):
			return nil, fmt.Errorf("%s:%d: row has %d cells, want %d", page, i+1, len(cells), len(legacyColumns))
		}
		r, err := parseLegacyRow(page, i+1, cells)
		if err != nil {
			return nil, err
		}
		rows = append(rows, r)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s: no table of codes", page)
	}
	return rows, nil
}

func parseLegacyRow(page string, line int, cells []string) (legacyRow, error) {
	errorf := func(format string, args ...any) (legacyRow, error) {
		return legacyRow{}, fmt.Errorf("%s:%d: %s", page, line, fmt.Sprintf(format, args...))
	}
	r := legacyRow{row: row{page: page, line: line}}
	if cells[0] != "not given" {
		if !statusRE.MatchString(cells[0]) {
			return errorf("status %q is not a 3-digit HTTP status or \"not given\"", cells[0])
		}
		r.status, _ = strconv.Atoi(cells[0])
	}
	if cells[1] != "not given" {
		r.typ = cells[1]
	}
	m := codeSpanRE.FindStringSubmatch(cells[2])
	if m == nil || m[0] != cells[2] {
		return errorf("code cell %q is not one `code`", cells[2])
	}
	r.code = m[1]
	if strings.ContainsAny(r.code, " \t{}") {
		return errorf("code %q has spaces or a placeholder", r.code)
	}
	// The summaries are the list's own words, not the page's: they go in
	// as meanings, which the entry's source says they are.
	r.meaning = cells[4]

	// Where it was last seen becomes the variant's page, one of the
	// sources in pages.txt, and the retirement's date and words.
	switch seen := cells[3]; {
	case seenOnPageRE.MatchString(seen):
		m := seenOnPageRE.FindStringSubmatch(seen)
		r.page = "ark-error-codes-" + m[1]
		r.retirement.LastSeen = m[1]
		r.retirement.SeenOn = "its " + m[1] + " version"
		if m[2] != "" {
			r.retirement.SeenOn += ", as a client library reproduces it"
		}
	case seenOnDoubaoRE.MatchString(seen):
		m := seenOnDoubaoRE.FindStringSubmatch(seen)
		month, err := time.Parse("January 2006", m[1]+" "+m[2])
		if err != nil {
			return errorf("seen on %q: %q is not a month", seen, m[1])
		}
		r.page = "doubao-error-list-" + month.Format("2006-01")
		r.retirement.LastSeen = month.Format("2006-01")
		r.retirement.SeenOn = "the older Doubao error list of " + m[1] + " " + m[2]
	default:
		return errorf("seen on %q is neither \"page YYYY-MM-DD\" (optionally \"(as reproduced)\") nor \"Doubao list, Month YYYY\"", seen)
	}

	for _, s := range codeSpanRE.FindAllStringSubmatch(cells[5], -1) {
		r.retirement.Successors = append(r.retirement.Successors, s[1])
	}
	if r.retirement.Successors == nil && !strings.HasPrefix(cells[5], "none") {
		return errorf("closest current code %q names no `code` and does not say none", cells[5])
	}
	return r, nil
}

// addRetired adds the legacy rows to the current pages' entries as
// retired codes. A legacy code the current pages list is not retired, and
// a successor must be a current code: both are mistakes in the list.
func addRetired(entries []*entry, rows []legacyRow) ([]*entry, error) {
	current := make(map[string]bool)
	for _, e := range entries {
		current[e.name] = true
	}
	byName := make(map[string]*entry)
	for _, r := range rows {
		if current[r.code] {
			return nil, fmt.Errorf("%s:%d: %s is on the current pages: it is not retired", r.page, r.line, r.code)
		}
		for _, s := range r.retirement.Successors {
			if !current[s] {
				return nil, fmt.Errorf("%s:%d: successor %s of %s is not on the current pages", r.page, r.line, s, r.code)
			}
		}
		if byName[r.code] != nil {
			return nil, fmt.Errorf("%s:%d: %s listed twice", r.page, r.line, r.code)
		}
		ret := r.retirement
		e := &entry{name: r.code, retired: &ret}
		e.variants = []variant{{status: r.status, typ: r.typ, meaning: r.meaning, pages: []string{r.page}}}
		byName[r.code] = e
		entries = append(entries, e)
	}
	slices.SortFunc(entries, func(a, b *entry) int { return strings.Compare(a.name, b.name) })
	return entries, nil
}

// checkSources checks that every page a variant names is a source, and
// that every source is named by some variant.
func checkSources(list []*codes.Code, sources []codes.Source) error {
	used := make(map[string]bool)
	for _, c := range list {
		for _, v := range c.Variants {
			for _, p := range v.Pages {
				if !slices.ContainsFunc(sources, func(s codes.Source) bool { return s.Name == p }) {
					return fmt.Errorf("%s: no source %q, which %s lists, in %s", pagesFile, p, c.Name, pagesFile)
				}
				used[p] = true
			}
		}
	}
	for _, s := range sources {
		if !used[s.Name] {
			return fmt.Errorf("%s: source %q lists no code", pagesFile, s.Name)
		}
	}
	return nil
}
