package codes

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Parse parses a data file; name is the file's name, used in error
// messages ("extra.txt:7: unknown key \"retyr\"") and as the page of
// variants that give no "page:".
func Parse(name string, data []byte) (*Table, error) {
	p := parser{name: name, defaultPage: filepath.Base(name), names: newNameSet()}
	for i, line := range strings.Split(string(data), "\n") {
		p.line = i + 1
		if err := p.parseLine(line); err != nil {
			return nil, err
		}
	}
	if err := p.endCode(); err != nil {
		return nil, err
	}
	p.endSource()
	return newTable(p.codes, p.sources), nil
}

// parser holds the state of Parse between lines.
type parser struct {
	name        string
	defaultPage string
	line        int

	codes   []*Code
	cur     *Code           // the code being read, nil before the first "code:" and in a source block
	curLine int             // the line of cur's "code:"
	curKeys map[string]bool // code-level keys cur has had
	varKeys map[string]bool // variant-level keys the last variant has had
	names   nameSet         // the codes read so far, by the line of their "code:"

	sources  []Source
	src      *Source         // the source being read, nil outside a source block
	srcKeys  map[string]bool // keys src has had
	srcNames map[string]int  // the sources read so far, by the line of their "source:"
}

func (p *parser) errorf(format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", p.name, p.line, fmt.Sprintf(format, args...))
}

func (p *parser) parseLine(line string) error {
	line = strings.TrimSpace(line)
	if line == "" || strings.HasPrefix(line, "#") {
		return nil
	}
	key, value, ok := strings.Cut(line, ":")
	if !ok {
		return p.errorf("line %q is not \"key: value\"", line)
	}
	key, value = strings.TrimSpace(key), strings.TrimSpace(value)
	switch key {
	case "code":
		if err := p.endCode(); err != nil {
			return err
		}
		p.endSource()
		return p.startCode(value)
	case "source":
		if err := p.endCode(); err != nil {
			return err
		}
		p.endSource()
		return p.startSource(value)
	}
	if p.src != nil {
		return p.sourceKey(key, value)
	}
	switch key {
	case "retry", "why", "note", "retired", "seen-on", "successor":
		if p.cur == nil {
			return p.errorf("%q before \"code\"", key)
		}
		if len(p.cur.Variants) > 0 {
			return p.errorf("%q after \"variant\": code-level keys come first", key)
		}
		if p.curKeys[key] {
			return p.errorf("%q given twice for code %q", key, p.cur.Name)
		}
		p.curKeys[key] = true
		return p.codeKey(key, value)
	case "variant":
		if p.cur == nil {
			return p.errorf("%q before \"code\"", key)
		}
		v, err := p.parseVariant(value)
		if err != nil {
			return err
		}
		p.cur.Variants = append(p.cur.Variants, v)
		p.varKeys = make(map[string]bool)
		return nil
	case "page", "message", "meaning":
		if p.cur == nil {
			return p.errorf("%q before \"code\"", key)
		}
		if len(p.cur.Variants) == 0 {
			return p.errorf("%q before \"variant\"", key)
		}
		if p.varKeys[key] {
			return p.errorf("%q given twice in one variant of code %q", key, p.cur.Name)
		}
		p.varKeys[key] = true
		v := &p.cur.Variants[len(p.cur.Variants)-1]
		switch key {
		case "page":
			v.Pages = strings.Fields(value)
			if len(v.Pages) == 0 {
				return p.errorf("empty page")
			}
		case "message":
			v.Message = value
		case "meaning":
			v.Meaning = value
		}
		return nil
	case "title", "date", "url":
		return p.errorf("%q outside a \"source\" block", key)
	}
	return p.errorf("unknown key %q", key)
}

// codeKey sets the code-level key of the code being read.
func (p *parser) codeKey(key, value string) error {
	switch key {
	case "retry":
		r, err := ParseRetry(value)
		if err != nil {
			return p.errorf("%v", err)
		}
		p.cur.Retry = r
	case "why":
		p.cur.Why = value
	case "note":
		p.cur.Note = value
	case "retired":
		if err := checkDate(value); err != nil {
			return p.errorf("retired: %v: give the date the code was last seen listed", err)
		}
		p.retirement().LastSeen = value
	case "seen-on":
		if value == "" {
			return p.errorf("empty seen-on")
		}
		p.retirement().SeenOn = value
	case "successor":
		names := strings.Fields(value)
		for _, n := range names {
			if n == p.cur.Name {
				return p.errorf("code %q is its own successor", n)
			}
		}
		if _, j := firstRepeat(names); j >= 0 {
			return p.errorf("successor %q given twice", names[j])
		}
		if len(names) > 0 {
			p.retirement().Successors = names
		} else {
			p.retirement() // "successor:" alone says there is none
		}
	}
	return nil
}

// retirement returns the retirement of the code being read, made on first
// need: "seen-on" and "successor" may come before "retired", which endCode
// then requires.
func (p *parser) retirement() *Retirement {
	if p.cur.Retirement == nil {
		p.cur.Retirement = &Retirement{}
	}
	return p.cur.Retirement
}

func (p *parser) startSource(name string) error {
	if !oneWord(name) {
		return p.errorf("source name %q is not one word", name)
	}
	if first, ok := p.srcNames[name]; ok {
		return p.errorf("source %q listed twice (first at line %d)", name, first)
	}
	if p.srcNames == nil {
		p.srcNames = make(map[string]int)
	}
	p.srcNames[name] = p.line
	p.src = &Source{Name: name}
	p.srcKeys = make(map[string]bool)
	return nil
}

// sourceKey sets a key of the source being read.
func (p *parser) sourceKey(key, value string) error {
	switch key {
	case "title", "date", "url", "note":
	default:
		return p.errorf("%q in source %q: a source takes title, date, url and note", key, p.src.Name)
	}
	if p.srcKeys[key] {
		return p.errorf("%q given twice for source %q", key, p.src.Name)
	}
	p.srcKeys[key] = true
	switch key {
	case "title":
		p.src.Title = value
	case "date":
		if err := checkDate(value); err != nil {
			return p.errorf("%v", err)
		}
		p.src.Date = value
	case "url":
		if !oneWord(value) {
			return p.errorf("url %q is not one word", value)
		}
		p.src.URL = value
	case "note":
		p.src.Note = value
	}
	return nil
}

func (p *parser) endSource() {
	if p.src != nil {
		p.sources = append(p.sources, *p.src)
		p.src = nil
	}
}

func (p *parser) startCode(name string) error {
	if err := p.names.add(name, fmt.Sprintf("line %d", p.line)); err != nil {
		return p.errorf("%v", err)
	}
	p.cur = &Code{Name: name}
	p.curLine = p.line
	p.curKeys = make(map[string]bool)
	return nil
}

// nameSet checks the names of a table's codes as they come: each well
// formed, none given twice, no two patterns with one prefix. Parse and New
// both use it.
type nameSet struct {
	first    map[string]string // name -> where it was first given ("line 3")
	prefixes map[string]string // pattern prefix -> pattern name
}

func newNameSet() nameSet {
	return nameSet{first: make(map[string]string), prefixes: make(map[string]string)}
}

// add checks name, given at where ("line 3", "index 2"), and records it.
func (s nameSet) add(name, where string) error {
	switch {
	case name == "":
		return errors.New("empty code")
	case strings.ContainsFunc(name, unicode.IsSpace):
		return fmt.Errorf("code %q contains a space", name)
	}
	if first, ok := s.first[name]; ok {
		return fmt.Errorf("code %q listed twice (first at %s)", name, first)
	}
	if strings.Contains(name, "{{") || strings.Contains(name, "}}") {
		pfx := patternPrefix(name)
		if pfx == "" || pfx == "." {
			return fmt.Errorf("code %q: a placeholder must end the name, after a non-empty prefix and a dot, as in \"InvalidParameter.{{Parameter}}\"", name)
		}
		if other, ok := s.prefixes[pfx]; ok {
			return fmt.Errorf("pattern %q has the prefix of pattern %q", name, other)
		}
		s.prefixes[pfx] = name
	}
	s.first[name] = where
	return nil
}

// endCode checks and keeps the code being read.
func (p *parser) endCode() error {
	if p.cur == nil {
		return nil
	}
	if p.cur.Retry == RetryUnknown {
		return fmt.Errorf("%s:%d: code %q has no \"retry\"", p.name, p.curLine, p.cur.Name)
	}
	if r := p.cur.Retirement; r != nil && r.LastSeen == "" {
		return fmt.Errorf("%s:%d: code %q has \"seen-on\" or \"successor\" but no \"retired\": only a retired code has them", p.name, p.curLine, p.cur.Name)
	}
	for i := range p.cur.Variants {
		if p.cur.Variants[i].Pages == nil && p.defaultPage != "" && p.defaultPage != "." {
			p.cur.Variants[i].Pages = []string{p.defaultPage}
		}
	}
	p.codes = append(p.codes, p.cur)
	p.cur = nil
	return nil
}

// parseVariant parses "STATUS TYPE", where "-" stands for a status or type
// the page does not give.
func (p *parser) parseVariant(value string) (Variant, error) {
	f := strings.Fields(value)
	if len(f) != 2 {
		return Variant{}, p.errorf("variant %q is not \"STATUS TYPE\" (\"-\" for none)", value)
	}
	var v Variant
	if f[0] != "-" {
		n, err := strconv.Atoi(f[0])
		if err != nil || !validStatus(n) || len(f[0]) != 3 {
			return Variant{}, p.errorf("bad status %q: want an HTTP status 100-599 or \"-\"", f[0])
		}
		v.Status = n
	}
	if f[1] != "-" {
		v.Type = f[1]
	}
	return v, nil
}

func validStatus(n int) bool { return 100 <= n && n <= 599 }

// checkCode reports whether a data file can hold c, apart from its name:
// what Format writes of it, Parse must read back as it is.
func checkCode(c *Code) error {
	if _, err := ParseRetry(c.Retry.String()); err != nil {
		return err
	}
	if err := checkLine("why", c.Why); err != nil {
		return err
	}
	if err := checkLine("note", c.Note); err != nil {
		return err
	}
	if c.Retirement != nil {
		if err := checkRetirement(c.Name, c.Retirement); err != nil {
			return err
		}
	}
	for i, v := range c.Variants {
		var err error
		switch {
		case v.Status != 0 && !validStatus(v.Status):
			err = fmt.Errorf("bad status %d: want an HTTP status 100-599 or 0", v.Status)
		case v.Type != "" && (v.Type == "-" || !oneWord(v.Type)):
			err = fmt.Errorf("type %q is not one word other than \"-\"", v.Type)
		case slices.ContainsFunc(v.Pages, func(p string) bool { return !oneWord(p) }):
			err = fmt.Errorf("pages %q are not words", v.Pages)
		default:
			if err = checkLine("message", v.Message); err == nil {
				err = checkLine("meaning", v.Meaning)
			}
		}
		if err != nil {
			return fmt.Errorf("variant %d: %v", i+1, err)
		}
	}
	return nil
}

// checkLine reports whether value fits on a "key: value" line.
func checkLine(key, value string) error {
	if strings.Contains(value, "\n") || value != strings.TrimSpace(value) {
		return fmt.Errorf("%s %q is not one line without surrounding space", key, value)
	}
	return nil
}

func oneWord(s string) bool { return s != "" && !strings.ContainsFunc(s, unicode.IsSpace) }

// Format returns the table as a data file, sources first (newest first),
// then codes sorted by name; Parse reads it back to an equal table.
func (t *Table) Format() []byte {
	var b bytes.Buffer
	field := func(key, value string) {
		if value != "" {
			fmt.Fprintf(&b, "%s: %s\n", key, value)
		}
	}
	blocks := 0
	separate := func() {
		if blocks > 0 {
			b.WriteByte('\n')
		}
		blocks++
	}
	for _, s := range t.sources {
		separate()
		field("source", s.Name)
		field("title", s.Title)
		field("date", s.Date)
		field("url", s.URL)
		field("note", s.Note)
	}
	for _, c := range t.codes {
		separate()
		field("code", c.Name)
		field("retry", c.Retry.String())
		field("why", c.Why)
		field("note", c.Note)
		if r := c.Retirement; r != nil {
			field("retired", r.LastSeen)
			field("seen-on", r.SeenOn)
			field("successor", strings.Join(r.Successors, " "))
		}
		for _, v := range c.Variants {
			status, typ := "-", "-"
			if v.Status != 0 {
				status = strconv.Itoa(v.Status)
			}
			if v.Type != "" {
				typ = v.Type
			}
			field("variant", status+" "+typ)
			field("page", strings.Join(v.Pages, " "))
			field("message", v.Message)
			field("meaning", v.Meaning)
		}
	}
	return b.Bytes()
}
