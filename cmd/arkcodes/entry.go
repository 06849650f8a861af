package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/arkvet/arkvet/codes"
)

// entry is a code's table entry as arkcodes prints it, in text or JSON.
type entry struct {
	Code     string    `json:"code"`              // the code asked about
	Pattern  string    `json:"pattern,omitempty"` // the pattern that matched Code, as in "InvalidParameter.{{Parameter}}"
	Retry    string    `json:"retry"`             // backoff, never or depends
	Advice   string    `json:"advice"`            // what to do, from Retry
	Why      string    `json:"why,omitempty"`     // the argument for Retry
	Note     string    `json:"note,omitempty"`
	Statuses []int     `json:"statuses"`
	Types    []string  `json:"types"`
	Pages    []string  `json:"pages"`
	Variants []variant `json:"variants"`
}

type variant struct {
	Status  int      `json:"status,omitempty"` // 0 when the page gives none
	Type    string   `json:"type,omitempty"`
	Message string   `json:"message,omitempty"`
	Meaning string   `json:"meaning,omitempty"`
	Pages   []string `json:"pages"`
}

// newEntry is the entry of c, which the table found for name.
func newEntry(name string, c *codes.Code) *entry {
	e := &entry{
		Code:     name,
		Retry:    c.Retry.String(),
		Advice:   advice(c.Retry),
		Why:      c.Why,
		Note:     c.Note,
		Statuses: nonNil(c.Statuses()),
		Types:    nonNil(c.Types()),
		Pages:    nonNil(c.Pages()),
		Variants: []variant{},
	}
	if c.IsPattern() {
		e.Pattern = c.Name
	}
	for _, v := range c.Variants {
		e.Variants = append(e.Variants, variant{Status: v.Status, Type: v.Type, Message: v.Message, Meaning: v.Meaning, Pages: nonNil(v.Pages)})
	}
	return e
}

// nonNil makes an empty list print as [] in JSON, which scripts can
// iterate, rather than null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// advice is what to do about a failed request whose code has retry class r.
func advice(r codes.Retry) string {
	switch r {
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
	field("note", e.Note)
	field("pages", strings.Join(e.Pages, ", "))
	for _, v := range e.Variants {
		fmt.Fprintf(p.w, "  %s %s (%s)\n", orDash(v.Status), cmpOrDash(v.Type), strings.Join(v.Pages, ", "))
		if v.Message != "" {
			fmt.Fprintf(p.w, "    message: %s\n", v.Message)
		}
		if v.Meaning != "" {
			fmt.Fprintf(p.w, "    meaning: %s\n", v.Meaning)
		}
	}
}

// list prints codes as a table, or as one JSON array of entries.
func (p *printer) list(cs []*codes.Code) {
	if p.json {
		entries := []*entry{}
		for _, c := range cs {
			entries = append(entries, newEntry(c.Name, c))
		}
		p.emitJSON(entries)
		return
	}
	if len(cs) == 0 {
		return
	}
	tw := tabwriter.NewWriter(p.w, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "CODE\tSTATUS\tTYPE\tRETRY")
	for _, c := range cs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", c.Name, cmpOrDash(joinInts(c.Statuses(), ",")), cmpOrDash(strings.Join(c.Types(), ",")), c.Retry)
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
