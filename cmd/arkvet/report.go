package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// report gathers what one run found: findings, each once however many
// package variants (p, p [p.test]) reported it, and errors, each once
// with its package.
type report struct {
	wd     string
	format string

	findings []*finding
	seen     map[findingKey]bool
	errors   []loadError
	errSeen  map[string]bool
	broken   map[string]bool // IDs of packages with load errors

	// tree is -format json's output, in x/tools' shape: package ID,
	// analyzer, diagnostics (or an error).
	tree map[string]map[string]any
}

type findingKey struct {
	posn, end token.Position
	check     string
	message   string
}

// finding is one diagnostic, resolved against its file set.
type finding struct {
	check    string
	url      string
	category string
	posn     token.Position // absolute file name
	end      token.Position
	message  string
	fix      *fileFix // the first suggested fix, nil for none
}

// fileFix is a suggested fix as byte-offset edits by file.
type fileFix struct {
	message string
	edits   map[string][]offsetEdit // absolute file name: edits
	sizes   map[string]int          // the files' sizes when analyzed
}

type offsetEdit struct {
	start, end int
	new        string
}

// loadError is one error of a package that did not load.
type loadError struct {
	pkg  string
	posn string // "file:line:col" relative to the working directory, or ""
	msg  string
}

func (e loadError) String() string {
	if e.posn != "" {
		return fmt.Sprintf("%s: %s (package %s)", e.posn, e.msg, e.pkg)
	}
	return fmt.Sprintf("%s: %s", e.pkg, e.msg)
}

// loadErrors records the errors of every package loaded, dependencies
// included, each once: a file of a package and of its test variant gives
// the same error twice. It leaves out what only repeats another error: the
// go command's compiler output ("# pkg" then the same parse error), parse
// errors after a file's first (the parser's cascade), and "could not
// import" type errors for a dependency whose own errors are printed.
func (r *report) loadErrors(pkgs []*packages.Package) {
	r.errSeen = map[string]bool{}
	r.broken = map[string]bool{}
	parsed := map[string]bool{} // files with a parse error printed
	anyOwn := false
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			r.broken[p.ID] = true
			if e.Kind != packages.TypeError || !strings.HasPrefix(e.Msg, "could not import ") {
				anyOwn = true
			}
		}
	})
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		hasOwn := slices.ContainsFunc(p.Errors, func(e packages.Error) bool { return e.Kind != packages.ListError })
		for _, e := range p.Errors {
			if e.Kind == packages.ListError && hasOwn && strings.HasPrefix(e.Msg, "# ") {
				continue
			}
			if e.Kind == packages.TypeError && anyOwn && strings.HasPrefix(e.Msg, "could not import ") {
				continue
			}
			posn := e.Pos
			if posn == "-" {
				posn = ""
			}
			if posn != "" {
				posn = relPosnString(r.wd, posn)
			}
			if e.Kind == packages.ParseError && posn != "" {
				file, _, _, _ := splitPosn(posn)
				if parsed[file] {
					continue
				}
				parsed[file] = true
			}
			msg := e.Msg
			// The go command repeats the position in some messages.
			if posn != "" {
				msg = strings.TrimPrefix(msg, posn+": ")
			}
			msg = strings.ReplaceAll(strings.ReplaceAll(msg, "\n\t", " "), "\n", "; ")
			key := posn + "\x00" + msg
			if r.errSeen[key] {
				continue
			}
			r.errSeen[key] = true
			r.errors = append(r.errors, loadError{pkg: basePkg(p), posn: posn, msg: msg})
		}
	})
}

// basePkg is the package path a person knows a variant by.
func basePkg(p *packages.Package) string {
	if p.PkgPath != "" {
		return p.PkgPath
	}
	return p.ID
}

// relPosnString makes the file of "file:line:col" relative to wd.
func relPosnString(wd, posn string) string {
	// The file name may itself hold colons (Windows drives): split from
	// the right, at most two numeric fields.
	file, rest := posn, ""
	for range 2 {
		i := strings.LastIndexByte(file, ':')
		if i < 0 || !isDigits(file[i+1:]) {
			break
		}
		rest = file[i:] + rest
		file = file[:i]
	}
	return relPath(wd, file) + rest
}

func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// action records the outcome of one analyzer on one package.
func (r *report) action(act *checker.Action) {
	if r.seen == nil {
		r.seen = map[findingKey]bool{}
		r.tree = map[string]map[string]any{}
	}
	if act.Err != nil {
		// A package with errors, or a test main built on one, is skipped
		// by the driver; its load errors say why.
		if r.broken[act.Package.ID] || (len(r.broken) > 0 && strings.Contains(act.Err.Error(), "analysis skipped due to errors in package")) {
			return
		}
		msg := fmt.Sprintf("%s failed: %v", act.Analyzer.Name, act.Err)
		if !r.errSeen[basePkg(act.Package)+msg] {
			r.errSeen[basePkg(act.Package)+msg] = true
			r.errors = append(r.errors, loadError{pkg: basePkg(act.Package), msg: msg})
		}
		r.addTree(act.Package.ID, act.Analyzer.Name, map[string]string{"error": act.Err.Error()})
		return
	}
	fset := act.Package.Fset
	var jsonDiags []jsonDiagnostic
	for _, d := range act.Diagnostics {
		f := &finding{
			check:    act.Analyzer.Name,
			url:      cmp.Or(d.URL, act.Analyzer.URL),
			category: d.Category,
			posn:     fset.Position(d.Pos),
			end:      fset.Position(cmp.Or(d.End, d.Pos)),
			message:  d.Message,
		}
		if len(d.SuggestedFixes) > 0 {
			f.fix = toFileFix(fset, d.SuggestedFixes[0])
		}
		k := findingKey{f.posn, f.end, f.check, f.message}
		if r.seen[k] {
			// The same finding in a package's test variant (p [p.test]):
			// once in every format, JSON's tree included.
			continue
		}
		r.seen[k] = true
		r.findings = append(r.findings, f)
		jsonDiags = append(jsonDiags, toJSON(fset, d, f))
	}
	if len(jsonDiags) > 0 {
		r.addTree(act.Package.ID, act.Analyzer.Name, jsonDiags)
	}
}

func (r *report) addTree(id, name string, v any) {
	m := r.tree[id]
	if m == nil {
		m = map[string]any{}
		r.tree[id] = m
	}
	m[name] = v
}

func toFileFix(fset *token.FileSet, fix analysis.SuggestedFix) *fileFix {
	ff := &fileFix{message: fix.Message, edits: map[string][]offsetEdit{}, sizes: map[string]int{}}
	for _, e := range fix.TextEdits {
		file := fset.File(e.Pos)
		if file == nil {
			return nil
		}
		end := cmp.Or(e.End, e.Pos)
		ff.edits[file.Name()] = append(ff.edits[file.Name()], offsetEdit{file.Offset(e.Pos), file.Offset(end), string(e.NewText)})
		ff.sizes[file.Name()] = file.Size()
	}
	return ff
}

// sorted returns the findings by file, line, column, check and message.
func (r *report) sorted() []*finding {
	out := slices.Clone(r.findings)
	slices.SortFunc(out, func(a, b *finding) int {
		return cmp.Or(
			strings.Compare(a.posn.Filename, b.posn.Filename),
			cmp.Compare(a.posn.Line, b.posn.Line),
			cmp.Compare(a.posn.Column, b.posn.Column),
			strings.Compare(a.check, b.check),
			strings.Compare(a.message, b.message))
	})
	return out
}

// printErrors prints the load errors as text, each once.
func (r *report) printErrors(w io.Writer) {
	for _, e := range r.errors {
		fmt.Fprintln(w, e)
	}
}

// print prints the findings and errors in the report's format.
func (r *report) print(stdout, stderr io.Writer) {
	switch r.format {
	case "json":
		r.printErrors(stderr)
		data, _ := json.MarshalIndent(r.tree, "", "\t")
		if r.tree == nil {
			data = []byte("{}")
		}
		fmt.Fprintf(stdout, "%s\n", data)
	case "sarif":
		r.printErrors(stderr)
		writeSARIF(stdout, r)
	case "github":
		// Errors too as annotations: the step's log shows each line once.
		for _, e := range r.errors {
			fmt.Fprintln(stdout, githubError(e))
		}
		for _, f := range r.sorted() {
			fmt.Fprintln(stdout, githubFinding(r.wd, f))
		}
	default:
		r.printErrors(stderr)
		for _, f := range r.sorted() {
			p := relPosition(r.wd, f.posn)
			fmt.Fprintf(stderr, "%s:%d:%d: %s: %s\n", p.Filename, p.Line, p.Column, f.check, f.message)
		}
	}
}

// jsonDiagnostic is x/tools' -json diagnostic, with the URL and category
// of every finding.
type jsonDiagnostic struct {
	Category       string    `json:"category,omitempty"`
	URL            string    `json:"url,omitempty"`
	Posn           string    `json:"posn"`
	End            string    `json:"end"`
	Message        string    `json:"message"`
	SuggestedFixes []jsonFix `json:"suggested_fixes,omitempty"`
	Related        []jsonRel `json:"related,omitempty"`
}

type jsonFix struct {
	Message string     `json:"message"`
	Edits   []jsonEdit `json:"edits"`
}

type jsonEdit struct {
	Filename string `json:"filename"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	New      string `json:"new"`
}

type jsonRel struct {
	Posn    string `json:"posn"`
	End     string `json:"end"`
	Message string `json:"message"`
}

func toJSON(fset *token.FileSet, d analysis.Diagnostic, f *finding) jsonDiagnostic {
	j := jsonDiagnostic{
		Category: f.category,
		URL:      f.url,
		Posn:     f.posn.String(),
		End:      f.end.String(),
		Message:  f.message,
	}
	for _, fix := range d.SuggestedFixes {
		jf := jsonFix{Message: fix.Message, Edits: []jsonEdit{}}
		for _, e := range fix.TextEdits {
			jf.Edits = append(jf.Edits, jsonEdit{
				Filename: fset.Position(e.Pos).Filename,
				Start:    fset.Position(e.Pos).Offset,
				End:      fset.Position(cmp.Or(e.End, e.Pos)).Offset,
				New:      string(e.NewText),
			})
		}
		j.SuggestedFixes = append(j.SuggestedFixes, jf)
	}
	for _, rel := range d.Related {
		j.Related = append(j.Related, jsonRel{
			Posn:    fset.Position(rel.Pos).String(),
			End:     fset.Position(cmp.Or(rel.End, rel.Pos)).String(),
			Message: rel.Message,
		})
	}
	return j
}

// githubFinding is a finding as a GitHub Actions workflow command, which
// shows it on the pull request's diff with no upload step.
func githubFinding(wd string, f *finding) string {
	p := relPosition(wd, f.posn)
	e := relPosition(wd, f.end)
	props := fmt.Sprintf("file=%s,line=%d,col=%d", ghProp(p.Filename), p.Line, p.Column)
	if e.IsValid() && e.Filename == p.Filename {
		props += fmt.Sprintf(",endLine=%d,endColumn=%d", e.Line, e.Column)
	}
	return fmt.Sprintf("::error %s,title=%s::%s", props, ghProp(f.check), ghData(f.message+" ("+f.url+")"))
}

func githubError(e loadError) string {
	if file, line, col, ok := splitPosn(e.posn); ok {
		return fmt.Sprintf("::error file=%s,line=%s,col=%s,title=arkvet::%s", ghProp(file), line, col, ghData(e.msg+" (package "+e.pkg+")"))
	}
	return "::error title=arkvet::" + ghData(e.String())
}

// splitPosn splits "file:line:col" (or "file:line").
func splitPosn(posn string) (file, line, col string, ok bool) {
	parts := strings.Split(posn, ":")
	switch {
	case len(parts) >= 3 && isDigits(parts[len(parts)-1]) && isDigits(parts[len(parts)-2]):
		return strings.Join(parts[:len(parts)-2], ":"), parts[len(parts)-2], parts[len(parts)-1], true
	case len(parts) >= 2 && isDigits(parts[len(parts)-1]):
		return strings.Join(parts[:len(parts)-1], ":"), parts[len(parts)-1], "1", true
	}
	return "", "", "", false
}

// ghData escapes a workflow command's message.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// ghProp escapes a workflow command's property value.
func ghProp(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
