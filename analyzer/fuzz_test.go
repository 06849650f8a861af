package analyzer_test

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"go/ast"
	"go/build"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/arkvet/arkvet/analyzer"
	"github.com/arkvet/arkvet/internal/arksdk"
	"golang.org/x/tools/go/analysis"
)

// FuzzAnalyzers feeds Go source to every arkvet analyzer: each input is
// parsed, type-checked as far as it goes against the SDK stubs of
// testdata/src, and analyzed by arksdk.Analyzer and the whole suite. A panic,
// a diagnostic outside the input, or a malformed suggested fix fails.
//
// Unlike the real drivers, it runs the analyzers on code with parse and type
// errors too (their RunDespiteErrors is false): arkvet must cope with partial
// type information wherever it comes from.
//
// The seed corpus is every .go file of the analyzers' test packages; crashers
// found by `go test -fuzz` are kept in testdata/fuzz/FuzzAnalyzers.
func FuzzAnalyzers(f *testing.F) {
	for _, src := range seedFiles(f) {
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		env := loadEnv(t)
		checkInput(t, env, src)
	})
}

// TestAnalyzersOnCutSeeds runs the fuzz target's checks, deterministically,
// on the broken code editors hold mid-edit: each seed with one line deleted,
// cut off after a line, and cut off in the middle of a line. Cut-off calls
// and blocks are where partial syntax and type information hide.
func TestAnalyzersOnCutSeeds(t *testing.T) {
	if testing.Short() {
		t.Skip("thousands of inputs (skipped with -short)")
	}
	env := loadEnv(t)
	for _, seed := range seedFiles(t) {
		lines := bytes.SplitAfter(seed, []byte("\n"))
		for i, line := range lines {
			cut := bytes.Join(lines[:i], nil)
			deleted := append(slices.Clone(cut), bytes.Join(lines[i+1:], nil)...)
			midLine := append(slices.Clone(cut), line[:len(line)/2]...)
			for _, src := range [][]byte{deleted, cut, midLine} {
				if !t.Run("", func(t *testing.T) { checkInput(t, env, src) }) {
					t.Fatalf("input:\n%s", src)
				}
			}
		}
	}
}

// seedFiles returns the contents of every .go file under testdata/src/ark*/.
func seedFiles(tb testing.TB) [][]byte {
	src := filepath.Join("..", "testdata", "src")
	entries, err := os.ReadDir(src)
	if err != nil {
		tb.Fatal(err)
	}
	var seeds [][]byte
	for _, e := range entries {
		if !e.IsDir() || !strings.HasPrefix(e.Name(), "ark") {
			continue
		}
		err := filepath.WalkDir(filepath.Join(src, e.Name()), func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
				return err
			}
			data, err := os.ReadFile(path)
			seeds = append(seeds, data)
			return err
		})
		if err != nil {
			tb.Fatal(err)
		}
	}
	if len(seeds) == 0 {
		tb.Fatalf("no seed files under %s/ark*", src)
	}
	return seeds
}

// fuzzPath is the import path every input is checked as.
const fuzzPath = "example.com/fuzz"

// checkInput parses, type-checks and analyzes one input.
func checkInput(t *testing.T, env *env, src []byte) {
	fset := env.fset
	base := fset.Base()
	file, parseErr := parser.ParseFile(fset, "fuzz.go", src, parser.ParseComments|parser.SkipObjectResolution)
	// The file set is shared with the imported packages and outlives this
	// input: drop the input's file so that a long fuzzing run stays small.
	if tf := fset.File(token.Pos(base)); tf != nil {
		defer fset.RemoveFile(tf)
	}
	if file == nil || file.Name == nil || file.Name.Name == "" || file.Name.Name == "_" {
		return // no package clause: no driver would load it
	}
	tf := fset.File(file.FileStart)
	if tf == nil {
		return
	}

	pkg, info, typeErrs, ok := typeCheck(env, file)
	if !ok {
		return // go/types itself gave up on this input: not arkvet's to fix
	}
	for a, diags := range runAll(t, env, env.analyzers, file, pkg, info, typeErrs) {
		for _, d := range diags {
			checkDiagnostic(t, fset, tf, a, d, src, parseErr == nil)
		}
	}
}

// typeCheck type-checks file as far as it goes, keeping every error. It
// reports false if go/types panics, which no analyzer is to blame for.
func typeCheck(env *env, file *ast.File) (pkg *types.Package, info *types.Info, errs []types.Error, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	info = &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Instances:    map[*ast.Ident]types.Instance{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		Scopes:       map[ast.Node]*types.Scope{},
		FileVersions: map[*ast.File]string{},
	}
	conf := types.Config{
		Importer: env,
		Sizes:    env.sizes,
		Error: func(err error) {
			if terr, ok := err.(types.Error); ok {
				errs = append(errs, terr)
			}
		},
	}
	pkg, _ = conf.Check(fuzzPath, env.fset, []*ast.File{file}, info)
	return pkg, info, errs, pkg != nil
}

// runAll runs the roots and, first, everything they require on the one-file
// package, each analyzer once, the way a driver does, and returns the
// diagnostics of each. A panic fails the test with the analyzer's name and
// stack.
func runAll(t *testing.T, env *env, roots []*analysis.Analyzer, file *ast.File, pkg *types.Package, info *types.Info, typeErrs []types.Error) map[*analysis.Analyzer][]analysis.Diagnostic {
	results := map[*analysis.Analyzer]any{}
	failed := map[*analysis.Analyzer]bool{}
	diags := map[*analysis.Analyzer][]analysis.Diagnostic{}
	var exec func(a *analysis.Analyzer)
	exec = func(a *analysis.Analyzer) {
		if _, done := results[a]; done || failed[a] {
			return
		}
		resultOf := map[*analysis.Analyzer]any{}
		for _, req := range a.Requires {
			exec(req)
			if failed[req] {
				failed[a] = true // as a driver does: no run without its inputs
				return
			}
			resultOf[req] = results[req]
		}
		pass := &analysis.Pass{
			Analyzer:          a,
			Fset:              env.fset,
			Files:             []*ast.File{file},
			Pkg:               pkg,
			TypesInfo:         info,
			TypesSizes:        env.sizes,
			TypeErrors:        typeErrs,
			Module:            &analysis.Module{Path: fuzzPath, GoVersion: "1.26"},
			ResultOf:          resultOf,
			ReadFile:          func(string) ([]byte, error) { return nil, errors.New("the fuzzer reads no files") },
			ImportObjectFact:  func(types.Object, analysis.Fact) bool { return false },
			ExportObjectFact:  func(types.Object, analysis.Fact) {},
			ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
			ExportPackageFact: func(analysis.Fact) {},
			AllObjectFacts:    func() []analysis.ObjectFact { return nil },
			AllPackageFacts:   func() []analysis.PackageFact { return nil },
		}
		pass.Report = func(d analysis.Diagnostic) { diags[a] = append(diags[a], d) }
		res, err := runOne(t, pass)
		if err != nil {
			failed[a] = true
			return
		}
		results[a] = res
	}
	for _, a := range roots {
		exec(a)
	}
	return diags
}

func runOne(t *testing.T, pass *analysis.Pass) (res any, err error) {
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("analyzer %s panicked: %v\n%s", pass.Analyzer.Name, r, debug.Stack())
		}
	}()
	return pass.Analyzer.Run(pass)
}

// checkDiagnostic fails unless d lies inside the input and its fixes are
// well formed (the checks drivers make before applying fixes), and, when
// the input parsed cleanly, unless each fix leaves source that parses.
func checkDiagnostic(t *testing.T, fset *token.FileSet, tf *token.File, a *analysis.Analyzer, d analysis.Diagnostic, src []byte, parsed bool) {
	t.Helper()
	start, end := token.Pos(tf.Base()), token.Pos(tf.Base()+tf.Size())
	if d.Pos < start || d.Pos > end || (d.End.IsValid() && (d.End < d.Pos || d.End > end)) {
		t.Fatalf("%s: diagnostic %q at [%d,%d) lies outside the input [%d,%d]", a.Name, d.Message, d.Pos, d.End, start, end)
	}
	if d.Message == "" {
		t.Fatalf("%s: diagnostic at %v has no message", a.Name, fset.Position(d.Pos))
	}
	messages := map[string]bool{}
	for _, fix := range d.SuggestedFixes {
		if messages[fix.Message] {
			t.Fatalf("%s: two fixes named %q", a.Name, fix.Message)
		}
		messages[fix.Message] = true
		edits := slices.Clone(fix.TextEdits)
		slices.SortStableFunc(edits, func(x, y analysis.TextEdit) int {
			return cmp.Or(cmp.Compare(x.Pos, y.Pos), cmp.Compare(x.End, y.End))
		})
		var out bytes.Buffer
		last := 0
		for i, e := range edits {
			if !e.End.IsValid() {
				e.End = e.Pos
			}
			if e.Pos < start || e.End < e.Pos || e.End > end {
				t.Fatalf("%s: fix %q: edit [%d,%d) lies outside the input [%d,%d]", a.Name, fix.Message, e.Pos, e.End, start, end)
			}
			if i > 0 && e.Pos < edits[i-1].End {
				t.Fatalf("%s: fix %q has overlapping edits", a.Name, fix.Message)
			}
			out.Write(src[last:tf.Offset(e.Pos)])
			out.Write(e.NewText)
			last = tf.Offset(e.End)
		}
		out.Write(src[last:])
		if !parsed {
			continue
		}
		if _, err := parser.ParseFile(token.NewFileSet(), "fixed.go", out.Bytes(), parser.SkipObjectResolution); err != nil {
			t.Fatalf("%s: fix %q of %q leaves source that does not parse: %v\n%s", a.Name, fix.Message, d.Message, err, out.Bytes())
		}
	}
}

// env is what every input is checked against: one file set, and an importer
// that resolves imports from testdata/src (the SDK stubs) first, then from
// the standard library's export data. It is built once per process and is
// safe for concurrent use.
type env struct {
	fset  *token.FileSet
	sizes types.Sizes
	// analyzers are arksdk.Analyzer, the suite's default instances, and the
	// suite once more as configuration builds it, custom loggers and retry
	// helpers included.
	analyzers []*analysis.Analyzer

	mu      sync.Mutex
	root    string // testdata/src, absolute
	std     types.Importer
	stdPkgs map[string]bool // the standard library's packages, by path
	pkgs    map[string]*types.Package
	errs    map[string]error
	loading map[string]bool
}

var (
	envOnce sync.Once
	theEnv  *env
	envErr  error
)

func loadEnv(t *testing.T) *env {
	envOnce.Do(func() {
		root, err := filepath.Abs(filepath.Join("..", "testdata", "src"))
		if err != nil {
			envErr = err
			return
		}
		// Only the standard library's packages go to the export-data
		// importer, which runs the go command for each: a fuzzed import
		// path that names nothing must fail fast.
		out, err := exec.Command("go", "list", "std").Output()
		if err != nil {
			envErr = fmt.Errorf("go list std: %v", err)
			return
		}
		stdPkgs := map[string]bool{}
		for _, path := range strings.Fields(string(out)) {
			stdPkgs[path] = true
		}
		configured, err := analyzer.Build(analyzer.Settings{
			RetryHelpers: `(?i)retr|classif`,
			Loggers:      []string{"arkreqid/custom/mylog.Report", "arkreqid/custom/mylog.Logger.Oops"},
		})
		if err != nil {
			envErr = fmt.Errorf("analyzer.Build: %v", err)
			return
		}
		analyzers := append([]*analysis.Analyzer{arksdk.Analyzer}, analyzer.Analyzers()...)
		fset := token.NewFileSet()
		theEnv = &env{
			analyzers: append(analyzers, configured...),
			fset:      fset,
			sizes:     types.SizesFor("gc", "amd64"),
			root:      root,
			std:       importer.ForCompiler(fset, "gc", nil),
			stdPkgs:   stdPkgs,
			pkgs:      map[string]*types.Package{},
			errs:      map[string]error{},
			loading:   map[string]bool{},
		}
		// Load the stubs every seed uses now, so that a broken stub tree
		// fails here, once, rather than look like a fuzzing failure.
		for _, path := range []string{
			"github.com/volcengine/volcengine-go-sdk/service/arkruntime",
			"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model",
		} {
			if _, err := theEnv.Import(path); err != nil {
				envErr = err
				return
			}
		}
	})
	if envErr != nil {
		t.Fatal(envErr)
	}
	return theEnv
}

// Import implements types.Importer.
func (e *env) Import(path string) (*types.Package, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.load(path)
}

// load imports path with e.mu held.
func (e *env) load(path string) (*types.Package, error) {
	if pkg, ok := e.pkgs[path]; ok {
		return pkg, nil
	}
	if err, ok := e.errs[path]; ok {
		return nil, err
	}
	pkg, err := e.loadUncached(path)
	if err != nil {
		e.errs[path] = err
		return nil, err
	}
	e.pkgs[path] = pkg
	return pkg, nil
}

func (e *env) loadUncached(path string) (*types.Package, error) {
	switch {
	case path == "unsafe":
		return types.Unsafe, nil
	case e.stdPkgs[path]:
		return e.std.Import(path)
	case !fs.ValidPath(path) || path == ".":
		return nil, fmt.Errorf("invalid import path %q", path)
	}
	dir := filepath.Join(e.root, filepath.FromSlash(path))
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return nil, fmt.Errorf("package %q is neither in the standard library nor in testdata/src", path)
	}
	if e.loading[path] {
		return nil, fmt.Errorf("import cycle through %q", path)
	}
	e.loading[path] = true
	defer delete(e.loading, path)

	ctxt := build.Default
	ctxt.CgoEnabled = false
	bp, err := ctxt.ImportDir(dir, 0)
	if err != nil {
		return nil, err
	}
	var files []*ast.File
	for _, name := range bp.GoFiles {
		f, err := parser.ParseFile(e.fset, filepath.Join(dir, name), nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	conf := types.Config{
		Importer: importerFunc(e.load),
		Sizes:    e.sizes,
		Error:    func(error) {}, // a test package may hold type errors on purpose
	}
	pkg, _ := conf.Check(path, e.fset, files, nil)
	return pkg, nil
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }
