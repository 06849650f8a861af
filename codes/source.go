package codes

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
)

// Source is one version of an Ark error-code page (or an older Ark error
// list) that the table was built from, as a reader can find it. Variants
// name the sources that list them in their Pages.
type Source struct {
	Name  string // the name variants' Pages give it: "ark-error-codes-2026.md"
	Title string // the title the page is published under: "火山方舟 错误码"
	// Date is the version's date, as precise as known: "2026",
	// "2024-07-10"; "" for an undated copy (Note then says what is known).
	Date string
	URL  string // the page's public address; "" when none is known
	Note string // how the version is known, may be ""
}

// Sources returns the sources of the built-in table, newest first: the
// page versions a reader can look the codes up in, not this module's file
// names.
func Sources() []Source { return Default().Sources() }

// Date returns the date of the built-in table's newest source ("2026"):
// with Sources, what a -version flag says of the table a binary carries.
func Date() string { return Default().Date() }

// Sources returns the sources the table's data files describe, in the
// order the files give them (the built-in table's: newest first).
func (t *Table) Sources() []Source { return slices.Clone(t.sources) }

// Source returns the source of the given name, as variants' Pages name it.
func (t *Table) Source(name string) (Source, bool) {
	i := slices.IndexFunc(t.sources, func(s Source) bool { return s.Name == name })
	if i < 0 {
		return Source{}, false
	}
	return t.sources[i], true
}

// Date returns the date of the table's newest dated source ("2026"), or ""
// when no source is dated. Dates of different precision compare as
// strings, which puts "2026" after "2025-04-07", as it should be.
func (t *Table) Date() string {
	newest := ""
	for _, s := range t.sources {
		newest = max(newest, s.Date)
	}
	return newest
}

// dateRE matches the dates a data file gives: YYYY, YYYY-MM or YYYY-MM-DD.
var dateRE = regexp.MustCompile(`^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$`)

// checkDate reports whether s is a date as a data file gives it.
func checkDate(s string) error {
	m := dateRE.FindStringSubmatch(s)
	if m == nil {
		return fmt.Errorf("date %q is not YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	if m[2] != "" {
		if n, _ := strconv.Atoi(m[2]); n < 1 || n > 12 {
			return fmt.Errorf("date %q has no month %s", s, m[2])
		}
	}
	if m[3] != "" {
		if n, _ := strconv.Atoi(m[3]); n < 1 || n > 31 {
			return fmt.Errorf("date %q has no day %s", s, m[3])
		}
	}
	return nil
}

// checkSource reports whether a data file can hold s.
func checkSource(s Source) error {
	if !oneWord(s.Name) {
		return fmt.Errorf("source name %q is not one word", s.Name)
	}
	if s.Date != "" {
		if err := checkDate(s.Date); err != nil {
			return err
		}
	}
	if s.URL != "" && !oneWord(s.URL) {
		return fmt.Errorf("url %q is not one word", s.URL)
	}
	for _, f := range []struct{ key, value string }{{"title", s.Title}, {"note", s.Note}} {
		if err := checkLine(f.key, f.value); err != nil {
			return err
		}
	}
	return nil
}

// checkRetirement reports whether a data file can hold r, the retirement
// of the code named name.
func checkRetirement(name string, r *Retirement) error {
	if err := checkDate(r.LastSeen); err != nil {
		return fmt.Errorf("retired: %v", err)
	}
	if err := checkLine("seen-on", r.SeenOn); err != nil {
		return err
	}
	for _, s := range r.Successors {
		switch {
		case !oneWord(s):
			return fmt.Errorf("successor %q is not one word", s)
		case s == name:
			return fmt.Errorf("successor %q is the code itself", s)
		}
	}
	if i, j := firstRepeat(r.Successors); i >= 0 {
		return fmt.Errorf("successor %q given twice", r.Successors[j])
	}
	return nil
}

// firstRepeat returns the indexes of the first element of list that an
// earlier one repeats, or -1, -1.
func firstRepeat(list []string) (int, int) {
	for j := range list {
		if i := slices.Index(list[:j], list[j]); i >= 0 {
			return i, j
		}
	}
	return -1, -1
}

// String describes the source for a reader, by title, date and address:
// "火山方舟 错误码, 2026 version: https://www.volcengine.com/docs/82379/1299023".
func (s Source) String() string {
	out := s.Label()
	if s.URL != "" {
		out += ": " + s.URL
	}
	return out
}

// Label names the source by title and date, without its address:
// "火山方舟 错误码, 2026 version"; "an undated version" when it has no date.
// A source without a title is named by its Name.
func (s Source) Label() string {
	title := s.Title
	if title == "" {
		title = s.Name
	}
	if s.Date == "" {
		return title + ", undated version"
	}
	return title + ", " + s.Date + " version"
}
