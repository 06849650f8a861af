package main

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/arkvet/arkvet/codes"
)

// entry is a code's table entry as arkcodes prints it, in text or JSON.
// The generator's notes on how it read the pages are left out: they are
// about this table's making, not about the code.
type entry struct {
	Code     string    `json:"code"`              // the code asked about
	Pattern  string    `json:"pattern,omitempty"` // the pattern that matched Code, as in "InvalidParameter.{{Parameter}}"
	Retry    string    `json:"retry"`             // backoff, never or depends
	Advice   string    `json:"advice"`            // what to do, from Retry
	Why      string    `json:"why,omitempty"`     // the argument for Retry
	Retired  *retired  `json:"retired,omitempty"` // set when the current pages no longer list the code
	Statuses []int     `json:"statuses"`
	Types    []string  `json:"types"`
	Pages    []page    `json:"pages"` // the page versions listing it, newest first
	Variants []variant `json:"variants"`
}

// retired is the history of a code the current pages no longer list.
type retired struct {
	LastSeen   string   `json:"last_seen"`         // date of the latest version that listed it
	SeenOn     string   `json:"seen_on,omitempty"` // that version in words
	Successors []string `json:"successors"`        // the current codes Ark documents instead
}

// page is a page version as a reader finds it.
type page struct {
	Name  string `json:"name"` // as the variants' pages give it
	Title string `json:"title,omitempty"`
	Date  string `json:"date,omitempty"` // "" when undated
	URL   string `json:"url,omitempty"`
	Note  string `json:"note,omitempty"`
}

type variant struct {
	Status  int      `json:"status,omitempty"` // 0 when the page gives none
	Type    string   `json:"type,omitempty"`
	Message string   `json:"message,omitempty"`
	Meaning string   `json:"meaning,omitempty"`
	Pages   []string `json:"pages"` // names of the entry's pages
	labels  []string // the pages as text shows them
}

// newEntry is the entry of c, which table found for name.
func newEntry(table *codes.Table, name string, c *codes.Code) *entry {
	e := &entry{
		Code:     name,
		Retry:    c.Retry.String(),
		Advice:   advice(c),
		Why:      c.Why,
		Statuses: nonNil(c.Statuses()),
		Types:    nonNil(c.Types()),
		Pages:    pagesOf(table, c.Pages()),
		Variants: []variant{},
	}
	if c.IsPattern() {
		e.Pattern = c.Name
	}
	if r := c.Retirement; r != nil {
		e.Retired = &retired{LastSeen: r.LastSeen, SeenOn: r.SeenOn, Successors: nonNil(c.Successors())}
	}
	for _, v := range c.Variants {
		pv := variant{Status: v.Status, Type: v.Type, Message: v.Message, Meaning: v.Meaning, Pages: []string{}}
		for _, p := range pagesOf(table, v.Pages) {
			pv.Pages = append(pv.Pages, p.Name)
			pv.labels = append(pv.labels, p.label())
		}
		e.Variants = append(e.Variants, pv)
	}
	return e
}

// pagesOf describes the pages of the given names, in the table's order of
// its sources (newest first). A name the table has no source for (an
// extra file's) is shown as it is.
func pagesOf(table *codes.Table, names []string) []page {
	out := []page{}
	for _, s := range table.Sources() {
		if slices.Contains(names, s.Name) {
			out = append(out, page{Name: s.Name, Title: s.Title, Date: s.Date, URL: s.URL, Note: s.Note})
		}
	}
	for _, n := range names {
		if _, ok := table.Source(n); !ok && !slices.ContainsFunc(out, func(p page) bool { return p.Name == n }) {
			out = append(out, page{Name: n})
		}
	}
	return out
}

func (p page) source() codes.Source {
	return codes.Source{Name: p.Name, Title: p.Title, Date: p.Date, URL: p.URL, Note: p.Note}
}

// label names p in a line of text: its title and date, or the name of a
// file that describes no source.
func (p page) label() string {
	if p.Title == "" && p.Date == "" && p.URL == "" {
		return p.Name
	}
	return p.source().Label()
}

// history says what became of a retired code, in one line.
func (r *retired) history() string {
	seen := r.SeenOn
	if seen == "" {
		seen = "its " + r.LastSeen + " version"
	}
	now := "no later version lists a code for it"
	if len(r.Successors) > 0 {
		now = "Ark documents " + strings.Join(r.Successors, " or ") + " for it now"
	}
	return fmt.Sprintf("Ark's error-code page no longer lists it (last seen on %s); %s", seen, now)
}

// nonNil makes an empty list print as [] in JSON, which scripts can
// iterate, rather than null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// advice is what to do about a failed request with code c.
func advice(c *codes.Code) string {
	switch c.Retry {
	case codes.Backoff:
		return "back off and retry: waiting clears it"
	case codes.Never:
		return "do not retry: fix the cause (see why) first; the same request fails again"
	case codes.Depends:
		return "depends: read the message to tell which case it is (see why)"
	}
	return "unknown: the table does not know this code"
}

// adviceForStatus is what to do about an error whose code the table does
// not know, or that has none, judged by its HTTP status alone.
func adviceForStatus(status int) string {
	switch {
	case status == 429:
		return "back off and retry: a 429 is a rate limit or quota; most clear with time, but a used-up quota or spend limit does not"
	case status >= 500:
		return "back off and retry: a 5xx is a failure on Ark's side or on the way to it"
	case status >= 400:
		return "do not retry unchanged: a 4xx means the request, credentials or account must change"
	}
	return "no code or HTTP status to judge by: read the message"
}

// printer prints entries, lists and explanations as text or JSON.
type printer struct {
	w     io.Writer
	json  bool
	count int // items printed, to separate text blocks with a blank line
}

func (p *printer) emitJSON(v any) {
	enc := json.NewEncoder(p.w)
	enc.SetEscapeHTML(false) // messages hold "<", ">" and "&" that scripts should see as such
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

// separate starts a new text block.
func (p *printer) separate() {
	if p.count > 0 {
		fmt.Fprintln(p.w)
	}
	p.count++
}

func (p *printer) entry(e *entry) {
	if p.json {
		p.emitJSON(e)
		return
	}
	p.separate()
	p.entryText(e)
}

func (p *printer) entryText(e *entry) {
	if e.Pattern != "" {
		fmt.Fprintf(p.w, "%s (pattern %s)\n", e.Code, e.Pattern)
	} else {
		fmt.Fprintln(p.w, e.Code)
	}
	field := func(label, value string) {
		if value != "" {
			fmt.Fprintf(p.w, "  %-8s %s\n", label+":", value)
		}
	}
	field("status", joinInts(e.Statuses, ", "))
	field("type", strings.Join(e.Types, ", "))
	field("retry", e.Retry)
	field("advice", e.Advice)
	field("why", e.Why)
	if e.Retired != nil {
		field("retired", e.Retired.history())
	}
	for i, pg := range e.Pages {
		label := ""
		if i == 0 {
			label = "pages:"
		}
		// The source's note (how the version is known) is for -version
		// and JSON; here the version and where to find it do.
		line := pg.source().String()
		if pg.label() == pg.Name {
			line = pg.Name
		}
		fmt.Fprintf(p.w, "  %-8s %s\n", label, line)
	}
	for _, v := range e.Variants {
		labels := v.labels
		if labels == nil {
			labels = v.Pages // an entry read back from JSON
		}
		fmt.Fprintf(p.w, "  %s %s (%s)\n", orDash(v.Status), cmpOrDash(v.Type), strings.Join(labels, "; "))
		if v.Message != "" {
			fmt.Fprintf(p.w, "    message: %s\n", v.Message)
		}
		if v.Meaning != "" {
			fmt.Fprintf(p.w, "    meaning: %s\n", v.Meaning)
		}
	}
}

// list prints codes as a table, or as one JSON array of entries.
// A retired code is marked in the last column with when it was last seen
// and what replaced it.
func (p *printer) list(table *codes.Table, cs []*codes.Code) {
	if p.json {
		entries := []*entry{}
		for _, c := range cs {
			entries = append(entries, newEntry(table, c.Name, c))
		}
		p.emitJSON(entries)
		return
	}
	if len(cs) == 0 {
		return
	}
	tw := tabwriter.NewWriter(p.w, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "CODE\tSTATUS\tTYPE\tRETRY\tRETIRED")
	for _, c := range cs {
		ret := "-"
		if c.Retired() {
			ret = "last seen " + c.LastSeen()
			if s := c.Successors(); len(s) > 0 {
				ret += ", now " + strings.Join(s, " or ")
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", c.Name, cmpOrDash(joinInts(c.Statuses(), ",")), cmpOrDash(strings.Join(c.Types(), ",")), c.Retry, ret)
	}
	_ = tw.Flush()
}

func joinInts(xs []int, sep string) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = strconv.Itoa(x)
	}
	return strings.Join(s, sep)
}

func orDash(status int) string {
	if status == 0 {
		return "-"
	}
	return strconv.Itoa(status)
}

func cmpOrDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// versionInfo is what -version prints.
type versionInfo struct {
	Version   string `json:"version"`    // arkcodes' module version
	TableDate string `json:"table_date"` // the date of the table's newest source
	Sources   []page `json:"sources"`    // the page versions the table was built from, newest first
}

func (p *printer) version(table *codes.Table, version string) {
	v := versionInfo{Version: version, TableDate: table.Date(), Sources: []page{}}
	for _, s := range table.Sources() {
		v.Sources = append(v.Sources, page{Name: s.Name, Title: s.Title, Date: s.Date, URL: s.URL, Note: s.Note})
	}
	if p.json {
		p.emitJSON(v)
		return
	}
	fmt.Fprintf(p.w, "arkcodes %s\n", v.Version)
	fmt.Fprintf(p.w, "code table of %s, from:\n", cmpOrDash(v.TableDate))
	for _, s := range v.Sources {
		line := s.label()
		if s.label() != s.Name {
			line = s.source().String()
		}
		if s.Note != "" {
			line += " (" + s.Note + ")"
		}
		fmt.Fprintf(p.w, "  %s\n", line)
	}
}
