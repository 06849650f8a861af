package main

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/arkvet/arkvet/codes"
)

// renderMarkdown writes CODES.md: one row per variant, then each code's
// retry argument and normalisation note.
func renderMarkdown(t *codes.Table) []byte {
	var b bytes.Buffer
	b.WriteString(mdHeader)
	b.WriteString("\n# Ark error codes\n\n")
	b.WriteString("Every code on Ark's error-code pages (source/), and the retired codes earlier versions listed,\n")
	b.WriteString("one row per variant, with its retry class:\n")
	b.WriteString("backoff (waiting clears it), never (waiting does not), depends (the variants differ).\n")
	b.WriteString("A code ending in `.{{Name}}` is a pattern: its prefix followed by any name.\n\n")
	b.WriteString("| Status | Type | Code | Retry | Message | Meaning | Pages |\n")
	b.WriteString("|---|---|---|---|---|---|---|\n")
	for _, c := range t.Codes() {
		vs := c.Variants
		if len(vs) == 0 {
			vs = []codes.Variant{{}}
		}
		for _, v := range vs {
			status := "-"
			if v.Status != 0 {
				status = fmt.Sprint(v.Status)
			}
			fmt.Fprintf(&b, "| %s | %s | `%s` | %s | %s | %s | %s |\n",
				status, cell(v.Type), c.Name, c.Retry, cell(v.Message), cell(v.Meaning), cell(strings.Join(v.Pages, " ")))
		}
	}
	b.WriteString("\n## Retired codes\n\n")
	b.WriteString("Codes that earlier versions of the page (or the older Doubao list) carried and the current ones\n")
	b.WriteString("do not. They are not misspellings: programs compare with them and Ark may still send them.\n\n")
	b.WriteString("| Code | Retry | Last seen | On | Ark documents now |\n|---|---|---|---|---|\n")
	for _, c := range t.Codes() {
		if !c.Retired() {
			continue
		}
		now := "none on later pages"
		if s := c.Successors(); len(s) > 0 {
			now = "`" + strings.Join(s, "`, `") + "`"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s |\n", c.Name, c.Retry, c.LastSeen(), cell(c.Retirement.SeenOn), now)
	}
	b.WriteString("\n## Sources\n\n")
	b.WriteString("The pages the Pages column names, as a reader finds them.\n\n")
	b.WriteString("| Name | Title | Date | Address | Note |\n|---|---|---|---|---|\n")
	for _, s := range t.Sources() {
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", s.Name, cell(s.Title), cell(s.Date), cell(s.URL), cell(s.Note))
	}
	b.WriteString("\n## Retry arguments and notes\n\n")
	b.WriteString("| Code | Retry | Why | Note |\n|---|---|---|---|\n")
	for _, c := range t.Codes() {
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", c.Name, c.Retry, cell(c.Why), cell(c.Note))
	}
	return b.Bytes()
}

// cellReplacer escapes text for a markdown table cell: pipes would end
// the cell and "<cause>" would be read as HTML.
var cellReplacer = strings.NewReplacer("|", `\|`, "<", "&lt;", ">", "&gt;")

// cell escapes text for a markdown table cell. Inside `code spans`
// entities are not decoded, so there only the pipe is escaped (GitHub
// tables need that even in code spans).
func cell(s string) string {
	if s == "" {
		return "-"
	}
	parts := strings.Split(s, "`")
	for i, p := range parts {
		if i%2 == 1 && i < len(parts)-1 {
			parts[i] = strings.ReplaceAll(p, "|", `\|`)
		} else {
			parts[i] = cellReplacer.Replace(p)
		}
	}
	return strings.Join(parts, "`")
}
