package analyzer_test

// The structural half of arkvet's performance contract, which unlike its
// timings (analyzer/bench_test.go, .ci/bench) can be asserted: no analyzer
// uses facts, and a package that cannot reach Ark costs an import check and
// no allocation.

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/arkvet/arkvet/analyzer"
	"github.com/arkvet/arkvet/internal/arksdk"
	"golang.org/x/tools/go/analysis"
)

// TestNoFacts: a fact-using analyzer makes the standalone driver load every
// dependency, the standard library included, from source.
func TestNoFacts(t *testing.T) {
	for _, a := range closure(analyzer.Analyzers()) {
		if len(a.FactTypes) > 0 {
			t.Errorf("%s declares FactTypes %v", a.Name, a.FactTypes)
		}
	}
}

// TestUnreachedAllocatesNothing runs arksdk and the whole suite on a package
// that imports much but neither an Ark SDK nor an OpenAI SDK, and counts
// what they allocate.
func TestUnreachedAllocatesNothing(t *testing.T) {
	const src = `package plain

func Code(err error) string {
	if err != nil && err.Error() == "RateLimitExceeded.EndpointRPMExceeded" {
		return "RateLimitExceeded.EndpointRPMExceed"
	}
	return ""
}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "plain.go", src, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{
		Types: map[ast.Expr]types.TypeAndValue{},
		Defs:  map[*ast.Ident]types.Object{},
		Uses:  map[*ast.Ident]types.Object{},
	}
	pkg, err := new(types.Config).Check("example.com/plain", fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	// What a real package imports; the paths are all arksdk looks at.
	var imports []*types.Package
	for _, path := range []string{"context", "errors", "fmt", "log/slog", "net/http", "strings", "time", "github.com/example/llm"} {
		imports = append(imports, types.NewPackage(path, "x"))
	}
	pkg.SetImports(imports)

	results := map[*analysis.Analyzer]any{}
	var passes []*analysis.Pass
	for _, a := range closure(analyzer.Analyzers()) {
		inputs := map[*analysis.Analyzer]any{}
		for _, req := range a.Requires {
			inputs[req] = results[req]
		}
		pass := &analysis.Pass{
			Analyzer:  a,
			Fset:      fset,
			Files:     []*ast.File{f},
			Pkg:       pkg,
			TypesInfo: info,
			ResultOf:  inputs,
			Report: func(d analysis.Diagnostic) {
				t.Errorf("%s reported %q on a package that cannot reach Ark", a.Name, d.Message)
			},
		}
		res, err := a.Run(pass)
		if err != nil {
			t.Fatalf("%s: %v", a.Name, err)
		}
		results[a] = res
		passes = append(passes, pass)
	}
	if p := results[arksdk.Analyzer].(*arksdk.Package); p.Reaches() {
		t.Fatalf("arksdk says the package reaches Ark via %v", p.Via)
	}
	allocs := testing.AllocsPerRun(100, func() {
		for _, pass := range passes {
			if _, err := pass.Analyzer.Run(pass); err != nil {
				t.Fatal(err)
			}
		}
	})
	if allocs != 0 {
		t.Errorf("arksdk and the suite allocate %v times per package that cannot reach Ark, want 0", allocs)
	}
}

// closure is every analyzer of suite and, before each, its prerequisites.
func closure(suite []*analysis.Analyzer) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	seen := map[*analysis.Analyzer]bool{}
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, req := range a.Requires {
			visit(req)
		}
		out = append(out, a)
	}
	for _, a := range suite {
		visit(a)
	}
	return out
}
