package main

import (
	"errors"
	"flag"
	"fmt"
	"go/token"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/arkvet/arkvet/analyzer"
	"github.com/arkvet/arkvet/internal/arksdk"
	"github.com/arkvet/arkvet/internal/config"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// options are the standalone driver's own flags.
type options struct {
	format  string // text, json, sarif, github
	json    bool   // -json: x/tools' flag, kept: -format json, exit status 0 on findings
	fix     bool
	diff    bool
	verbose bool
	tests   bool
}

const usage = `arkvet checks Go code that calls the Volcano Engine Ark API.

Usage:
	arkvet [flags] [packages]      check packages (default ./...)
	arkvet help [check]            list the checks, or describe one and its flags
	arkvet -version                the version and the code table it carries
	go vet -vettool=$(which arkvet) [flags] [packages]

Exit status: 0 clean, 1 packages that do not load, 2 a bad flag or
configuration file, 3 findings.

Flags:
`

// standalone runs arkvet as its own driver and returns its exit status.
func standalone(args []string, stdout, stderr io.Writer) int {
	var o options
	var s settings
	fs := flag.NewFlagSet("arkvet", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&o.format, "format", "text", "output format: text, json, sarif or github")
	fs.BoolVar(&o.json, "json", false, "the same as -format json, except that findings exit 0 (x/tools' -json)")
	fs.BoolVar(&o.fix, "fix", false, "apply the suggested fixes; print, and exit 3 for, the findings left")
	fs.BoolVar(&o.diff, "diff", false, "print the suggested fixes as a unified diff (git apply accepts it); change nothing")
	fs.BoolVar(&o.verbose, "v", false, "list each package and whether, and how, it reaches Ark")
	fs.BoolVar(&o.tests, "test", true, "check test files too")
	s.register(fs)
	fs.Usage = func() {}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printUsage(stdout, fs)
			return exitClean
		}
		return fail(stderr, fmt.Errorf("%v (arkvet -help lists the flags)", err))
	}
	if o.json {
		o.format = "json"
	}
	if !slices.Contains([]string{"text", "json", "sarif", "github"}, o.format) {
		return fail(stderr, fmt.Errorf("-format=%s: want text, json, sarif or github", o.format))
	}
	patterns := fs.Args()
	if len(patterns) > 0 && patterns[0] == "help" {
		return help(stdout, stderr, patterns[1:])
	}
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	// A bad flag value stops arkvet before it loads anything.
	if _, _, err := s.build(nil); err != nil {
		return fail(stderr, err)
	}
	wd, err := os.Getwd()
	if err != nil {
		return fail(stderr, err)
	}

	cfg := &packages.Config{Mode: packages.LoadSyntax | packages.NeedModule, Tests: o.tests}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		fmt.Fprintf(stderr, "arkvet: %v\n", err)
		return exitErrors
	}
	if len(pkgs) == 0 {
		fmt.Fprintf(stderr, "arkvet: %s matched no packages\n", strings.Join(patterns, " "))
		return exitErrors
	}
	r := &report{wd: wd, format: o.format}
	r.loadErrors(pkgs)

	groups, err := groupByConfig(pkgs)
	if err != nil {
		return fail(stderr, err)
	}
	reach := map[string]reachInfo{}
	for _, g := range groups {
		all, run, err := s.build(g.cfg)
		if err != nil {
			return fail(stderr, err)
		}
		var selected []*analysis.Analyzer
		for _, a := range all {
			if slices.Contains(run, a.Name) {
				selected = append(selected, a)
			}
		}
		// arksdk runs as a root too, so that its result, which says how
		// each package reaches Ark, is kept for -v and the summary.
		graph, err := checker.Analyze(append(selected, arksdk.Analyzer), g.pkgs, nil)
		if err != nil {
			fmt.Fprintf(stderr, "arkvet: %v\n", err)
			return exitErrors
		}
		for _, act := range graph.Roots {
			if act.Analyzer == arksdk.Analyzer {
				if p, ok := act.Result.(*arksdk.Package); ok && act.Err == nil {
					noteReach(reach, act.Package, p.Via)
				}
				continue
			}
			r.action(act)
		}
	}

	if o.verbose {
		printReach(stderr, reach)
	}
	exit := exitClean
	switch {
	case o.diff:
		if err := r.applyFixes(stdout, stderr, true); err != nil {
			fmt.Fprintf(stderr, "arkvet: %v\n", err)
			return exitErrors
		}
		// Nothing changed: every finding is still there.
		if len(r.findings) > 0 {
			exit = exitFindings
		}
		r.printErrors(stderr)
	case o.fix:
		if err := r.applyFixes(stdout, stderr, false); err != nil {
			fmt.Fprintf(stderr, "arkvet: %v\n", err)
			return exitErrors
		}
		r.print(stdout, stderr) // the findings left
		if len(r.findings) > 0 {
			exit = exitFindings
		}
	default:
		r.print(stdout, stderr)
		if len(r.findings) > 0 && !o.json {
			exit = exitFindings
		}
	}
	if len(r.errors) > 0 {
		exit = exitErrors
	}
	if len(r.errors) == 0 && !anyReaches(reach) {
		fmt.Fprintf(stderr, "arkvet: none of the %d packages matched reaches Ark (none imports an Ark SDK or points an OpenAI SDK at Ark): nothing to check\n", len(reach))
	}
	return exit
}

func printUsage(w io.Writer, fs *flag.FlagSet) {
	io.WriteString(w, usage)
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
}

// group is the packages one configuration file (or none) applies to.
type group struct {
	cfg  *config.File
	pkgs []*packages.Package
}

// groupByConfig finds the .arkvet.yaml of every package, from its
// directory up to its module root, and groups the packages by it.
func groupByConfig(pkgs []*packages.Package) ([]group, error) {
	byPath := map[string]int{}
	var groups []group
	found := map[string]string{} // dir: config path
	for _, p := range pkgs {
		dir := pkgDir(p)
		path, ok := found[dir]
		if !ok && dir != "" {
			var err error
			if path, err = config.Find(dir); err != nil {
				return nil, err
			}
			found[dir] = path
		}
		i, ok := byPath[path]
		if !ok {
			var cfg *config.File
			if path != "" {
				var err error
				if cfg, err = config.Load(path); err != nil {
					return nil, err
				}
			}
			i = len(groups)
			byPath[path] = i
			groups = append(groups, group{cfg: cfg})
		}
		groups[i].pkgs = append(groups[i].pkgs, p)
	}
	return groups, nil
}

// pkgDir is the directory of a package's files: its first Go file's
// (GoFiles are the user's own files, also for cgo), "" for none.
func pkgDir(p *packages.Package) string {
	for _, files := range [][]string{p.GoFiles, p.CompiledGoFiles, p.OtherFiles} {
		if len(files) > 0 {
			return filepath.Dir(files[0])
		}
	}
	return ""
}

// reachInfo is how a package (all its variants together) reaches Ark.
type reachInfo struct {
	via     arksdk.Via
	imports []string // the Ark SDK packages and eino-ext Ark components it imports
}

// noteReach records how the package of one variant reaches Ark. The
// generated test mains ("p.test") are nobody's code and are left out.
func noteReach(reach map[string]reachInfo, p *packages.Package, via arksdk.Via) {
	if strings.HasSuffix(p.PkgPath, ".test") && p.Name == "main" {
		return
	}
	path := strings.TrimSuffix(p.PkgPath, "_test")
	info := reach[path]
	if via != arksdk.NoWay && (info.via == arksdk.NoWay || via == arksdk.ArkSDK) {
		info.via = via
	}
	for imp := range p.Imports {
		if (arksdk.IsArkPackage(imp) || arksdk.IsEinoArkPackage(imp)) && !slices.Contains(info.imports, imp) {
			info.imports = append(info.imports, imp)
		}
	}
	reach[path] = info
}

func anyReaches(reach map[string]reachInfo) bool {
	for _, info := range reach {
		if info.via != arksdk.NoWay {
			return true
		}
	}
	return false
}

// printReach prints, for -v, one line per package: whether and how it
// reaches Ark.
func printReach(w io.Writer, reach map[string]reachInfo) {
	for _, path := range slices.Sorted(maps.Keys(reach)) {
		info := reach[path]
		switch info.via {
		case arksdk.ArkSDK:
			slices.Sort(info.imports)
			fmt.Fprintf(w, "arkvet: %s: checked: imports the Ark SDK (%s)\n", path, strings.Join(info.imports, ", "))
		case arksdk.OpenAI:
			fmt.Fprintf(w, "arkvet: %s: checked: points an OpenAI-compatible SDK at Ark\n", path)
		case arksdk.Eino:
			slices.Sort(info.imports)
			fmt.Fprintf(w, "arkvet: %s: checked: imports eino-ext's Ark components (%s)\n", path, strings.Join(info.imports, ", "))
		default:
			fmt.Fprintf(w, "arkvet: %s: skipped: does not reach Ark\n", path)
		}
	}
}

// help prints the list of checks, or the documentation and flags of the
// checks named.
func help(stdout, stderr io.Writer, names []string) int {
	all := analyzer.Analyzers()
	if len(names) == 0 {
		io.WriteString(stdout, "arkvet checks Go code that calls the Volcano Engine Ark API.\n\nChecks:\n\n")
		for _, a := range all {
			fmt.Fprintf(stdout, "  %-9s %s\n", a.Name, title(a))
		}
		io.WriteString(stdout, "\nAll run by default; -CHECK runs only the checks named, -CHECK=false all but those.\n"+
			"arkvet help CHECK describes a check and its flags; arkvet -help lists arkvet's flags.\n")
		return exitClean
	}
	for _, name := range names {
		i := slices.IndexFunc(all, func(a *analysis.Analyzer) bool { return a.Name == name })
		if i < 0 {
			var known []string
			for _, a := range all {
				known = append(known, a.Name)
			}
			return fail(stderr, fmt.Errorf("no check %q (arkvet has %s)", name, strings.Join(known, ", ")))
		}
		a := all[i]
		fmt.Fprintf(stdout, "%s: %s\n", a.Name, title(a))
		if _, body, ok := strings.Cut(a.Doc, "\n"); ok && strings.TrimSpace(body) != "" {
			fmt.Fprintf(stdout, "\n%s\n", strings.TrimSpace(body))
		}
		first := true
		a.Flags.VisitAll(func(f *flag.Flag) {
			if first {
				io.WriteString(stdout, "\nFlags:\n")
				first = false
			}
			fmt.Fprintf(stdout, "  -%s.%s\n    \t%s\n", a.Name, f.Name, f.Usage)
		})
		fmt.Fprintf(stdout, "\nDocumentation: %s\n", a.URL)
	}
	return exitClean
}

// title is the first line of a check's documentation, without the check's
// name if the line starts with it.
func title(a *analysis.Analyzer) string {
	line, _, _ := strings.Cut(a.Doc, "\n")
	return strings.TrimPrefix(line, a.Name+": ")
}

// relPosition is p with its file name relative to dir when the file is
// under it.
func relPosition(dir string, p token.Position) token.Position {
	p.Filename = relPath(dir, p.Filename)
	return p
}

// relPath returns path relative to dir, slash-separated, when it lies
// under dir; else path unchanged.
func relPath(dir, path string) string {
	if rel, err := filepath.Rel(dir, path); err == nil && filepath.IsLocal(rel) {
		return filepath.ToSlash(rel)
	}
	return path
}
