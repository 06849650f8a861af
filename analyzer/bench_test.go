//go:build unix

package analyzer_test

// In-process benchmarks of arkvet's own analysis time, set beside what the
// driver pays to load and type-check the same code. They need a corpus and
// are skipped without one: .ci/bench prepares the corpora and runs them (see
// the README's Performance section). Nothing here asserts a timing.
//
//	ARKVET_BENCH_DIR=/tmp/arkvet-bench/sdk:/tmp/arkvet-bench/gen-n \
//	    go test -run '^$' -bench . -benchtime 3s -timeout 0 ./analyzer/
//
// ARKVET_BENCH_DIR lists module directories (separated like PATH); each is
// loaded with ./... and becomes one sub-benchmark named by its base name.
//
// Besides ns/op (wall time), each benchmark reports cpu-ns/op: the CPU time
// of the process (and, for loading, of go list) per op, which other work on
// a shared machine inflates far less than wall time; the shares (%load) and
// the growth per line (cpu-ns/kline) are computed from it.
//
// An analyzer's ops run with the garbage collector paused (see measure). A
// collection marks the whole loaded corpus, the driver's heap, which on a
// large corpus costs as much CPU as an op, and it lands on whichever op
// crosses the heap goal: with it running, a few ops' time says more about
// the corpus's size and the collector's timing than about the analyzer. The
// analyzer's share of the collector's work is in proportion to what it
// allocates, which B/op reports beside (and BenchmarkLoad's B/op for
// loading). Loading is timed with the collector running, as the driver runs
// it; the whole-process runs of .ci/bench include everything. Beside the CPU
// time, sys-ns/op and faults/op show how much of it was the kernel handing
// the heap memory.

import (
	"go/ast"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"syscall"
	"testing"
	"time"

	"github.com/arkvet/arkvet/analyzer"
	"github.com/arkvet/arkvet/internal/arksdk"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// loadMode is what the multichecker driver (cmd/arkvet) asks go/packages for
// when no analyzer uses facts: syntax and types for the packages named on the
// command line, export data for their dependencies. arkvet has no FactTypes,
// so this is what `arkvet ./...` pays.
const loadMode = packages.LoadSyntax | packages.NeedModule

// corpus is one loaded corpus directory.
type corpus struct {
	dir   string
	name  string
	pkgs  []*packages.Package
	load  time.Duration // CPU time of go list, parsing and type-checking, measured once
	lines int           // lines of the files analyzers walk
}

// loaded is the corpus last loaded, kept for the sub-benchmarks that follow
// on it. One at a time: a corpus left in memory would make the process's
// heap, and the collector's work while loading the next, larger than the
// driver's.
var loaded *corpus

// benchDirs returns the corpus directories, or skips the benchmark.
func benchDirs(b *testing.B) []string {
	env := os.Getenv("ARKVET_BENCH_DIR")
	if env == "" {
		b.Skip("ARKVET_BENCH_DIR is not set; .ci/bench prepares the corpora and sets it")
	}
	return filepath.SplitList(env)
}

// load loads dir/... the way the driver does (with tests: multichecker's
// -test flag defaults to true).
func load(dir string) ([]*packages.Package, error) {
	cfg := &packages.Config{Mode: loadMode, Dir: dir, Tests: true}
	return packages.Load(cfg, "./...")
}

// loadOnce returns the corpus of dir, loading it unless it was the last one
// loaded. Its load time is that of the first load, which BenchmarkLoad (run
// before) has warmed; .ci/bench takes the share from BenchmarkLoad's median.
func loadOnce(b *testing.B, dir string) *corpus {
	if loaded != nil && loaded.dir == dir {
		return loaded
	}
	loaded = nil
	runtime.GC()
	start := cpuTime()
	pkgs, err := load(dir)
	if err != nil {
		b.Fatal(err)
	}
	c := &corpus{dir: dir, name: filepath.Base(dir), pkgs: pkgs, load: cpuTime() - start}
	// Loading leaves gigabytes of garbage. Collect it and hand the memory
	// back to the operating system now: otherwise the runtime's background
	// scavenger returns it while the first analyzer's ops run, and charges
	// them for it, the more the larger the corpus.
	debug.FreeOSMemory()
	for _, p := range pkgs {
		for _, f := range p.Syntax {
			c.lines += p.Fset.File(f.FileStart).LineCount()
		}
	}
	loaded = c
	return c
}

// BenchmarkLoad times what the driver pays before any analyzer runs: go list
// (with export data of dependencies, from the build cache), parsing and
// type-checking the corpus. It is the denominator of the %load metric.
func BenchmarkLoad(b *testing.B) {
	for _, dir := range benchDirs(b) {
		b.Run(filepath.Base(dir), func(b *testing.B) {
			var pkgs []*packages.Package
			// Collect the previous corpus first: its garbage is not this
			// corpus's cost.
			runtime.GC()
			b.ReportAllocs()
			start := cpuTime()
			for b.Loop() {
				var err error
				if pkgs, err = load(dir); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
			b.ReportMetric(float64(len(pkgs)), "pkgs")
		})
	}
}

// BenchmarkAnalyzers times each analyzer's own Run over every package of a
// corpus, its prerequisites' results computed beforehand (and timed as
// analyzers of their own: arksdk is arkvet's, and its cost counts), and
// then the whole suite with its prerequisites ("all"), which is arkvet's
// entire analysis cost on top of loading. "unreached" runs the suite on the
// packages that cannot reach Ark alone; its allocs/op should be 0. %load is
// the share of the corpus's load CPU time (measured once, when first
// loaded); cpu-ns/kline is the CPU time per thousand lines, which stays flat
// if cost grows linearly.
func BenchmarkAnalyzers(b *testing.B) {
	suite := analyzer.Analyzers()
	for _, dir := range benchDirs(b) {
		b.Run(filepath.Base(dir), func(b *testing.B) {
			c := loadOnce(b, dir)
			b.Logf("%s: %d packages, %d lines, loaded and type-checked in %v", c.name, len(c.pkgs), c.lines, c.load)
			for _, a := range closure(suite) {
				b.Run(a.Name, func(b *testing.B) {
					g := newGraph(c.pkgs)
					g.prepare(b, a)
					var diags int
					cpu := measure(b, func() { diags = g.runOwn(b, a) })
					report(b, c, cpu, diags)
				})
			}
			b.Run("unreached", func(b *testing.B) { unreached(b, c, closure(suite)) })
			b.Run("walk", func(b *testing.B) { walk(b, c) })
			b.Run("all", func(b *testing.B) {
				var diags int
				cpu := measure(b, func() {
					g := newGraph(c.pkgs)
					diags = 0
					for _, a := range suite {
						diags += g.runAll(b, a)
					}
				})
				report(b, c, cpu, diags)
			})
		})
	}
}

// collectEvery is how much measure lets ops allocate between collections.
const collectEvery = 256 << 20

// measure runs op in b.Loop with the garbage collector paused, collecting
// after an op (outside the timer and the CPU time) once ops have allocated
// collectEvery bytes since the last collection, and returns the CPU time of
// the ops alone.
func measure(b *testing.B, op func()) time.Duration {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	allocs := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	allocated := func() uint64 {
		metrics.Read(allocs)
		return allocs[0].Value.Uint64()
	}
	// A first op, untimed, maps the memory ops use: the operating system's
	// first touch of a page is the heap's growth, not op's work.
	op()
	runtime.GC()
	collected := allocated()
	var cpu, sys time.Duration
	var faults int64
	b.ReportAllocs()
	for b.Loop() {
		before := usage(syscall.RUSAGE_SELF)
		op()
		after := usage(syscall.RUSAGE_SELF)
		cpu += cpuOf(after) - cpuOf(before)
		sys += time.Duration(after.Stime.Nano() - before.Stime.Nano())
		faults += after.Minflt - before.Minflt
		if allocated()-collected > collectEvery {
			b.StopTimer()
			runtime.GC()
			collected = allocated()
			b.StartTimer()
		}
	}
	b.ReportMetric(float64(faults)/float64(b.N), "faults/op")
	b.ReportMetric(float64(sys.Nanoseconds())/float64(b.N), "sys-ns/op")
	return cpu
}

// usage is the resource usage so far of this process (RUSAGE_SELF) or of its
// finished children (RUSAGE_CHILDREN). Beside CPU time it has the time spent
// in the kernel (Stime) and the page faults that needed no I/O (Minflt):
// mostly the operating system handing the heap fresh zeroed memory, for an
// analyzer the kernel's share of its CPU time.
func usage(who int) syscall.Rusage {
	var ru syscall.Rusage
	_ = syscall.Getrusage(who, &ru) // fails only for an invalid who
	return ru
}

// cpuOf is the CPU time, user and system, of ru.
func cpuOf(ru syscall.Rusage) time.Duration {
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func report(b *testing.B, c *corpus, cpu time.Duration, diags int) {
	per := float64(cpu.Nanoseconds()) / float64(b.N)
	b.ReportMetric(per, "cpu-ns/op")
	b.ReportMetric(100*per/float64(c.load.Nanoseconds()), "%load")
	b.ReportMetric(per/(float64(c.lines)/1000), "cpu-ns/kline")
	b.ReportMetric(float64(diags), "diags")
}

// walk is the control: one ast.Inspect over every file of c, less than any
// analyzer does (an analyzer walks too, and looks at what it walks). Its
// growth from one corpus to a larger one is what the machine's caches make
// of a walk that is linear by construction: the yardstick for the
// analyzers' growth.
func walk(b *testing.B, c *corpus) {
	var nodes int
	cpu := measure(b, func() {
		nodes = 0
		for _, pkg := range c.pkgs {
			for _, f := range pkg.Syntax {
				ast.Inspect(f, func(ast.Node) bool { nodes++; return true })
			}
		}
	})
	report(b, c, cpu, 0)
	b.ReportMetric(float64(nodes), "nodes")
}

// cpuTime is the CPU time (user and system) used so far by this process and
// its finished children (go list).
func cpuTime() time.Duration {
	return cpuOf(usage(syscall.RUSAGE_SELF)) + cpuOf(usage(syscall.RUSAGE_CHILDREN))
}

// graph runs analyzers on packages the way the checker does (one Pass per
// analyzer and package, prerequisites' results in ResultOf), serially so
// that the time is the analyzers' alone.
type graph struct {
	pkgs    []*packages.Package
	results []map[*analysis.Analyzer]any // per package
}

func newGraph(pkgs []*packages.Package) *graph {
	g := &graph{pkgs: pkgs, results: make([]map[*analysis.Analyzer]any, len(pkgs))}
	for i := range g.results {
		g.results[i] = map[*analysis.Analyzer]any{}
	}
	return g
}

// prepare computes the results of a's prerequisites on every package.
func (g *graph) prepare(b *testing.B, a *analysis.Analyzer) {
	for _, req := range a.Requires {
		g.runAll(b, req)
	}
}

// runAll runs a and, first, its prerequisites not yet run, on every package.
func (g *graph) runAll(b *testing.B, a *analysis.Analyzer) (diags int) {
	for i := range g.pkgs {
		diags += g.run(b, a, i, true)
	}
	return diags
}

// runOwn runs a alone on every package; its prerequisites must be prepared.
func (g *graph) runOwn(b *testing.B, a *analysis.Analyzer) (diags int) {
	for i := range g.pkgs {
		diags += g.run(b, a, i, false)
	}
	return diags
}

func (g *graph) run(b *testing.B, a *analysis.Analyzer, i int, deps bool) (diags int) {
	pkg := g.pkgs[i]
	if _, done := g.results[i][a]; done && deps {
		return 0
	}
	// The checker skips analyzers on packages with errors.
	if pkg.IllTyped && !a.RunDespiteErrors {
		return 0
	}
	inputs := map[*analysis.Analyzer]any{}
	for _, req := range a.Requires {
		if deps {
			g.run(b, req, i, true)
		}
		r, ok := g.results[i][req]
		if !ok {
			return 0 // the prerequisite did not run (ill-typed package)
		}
		inputs[req] = r
	}
	pass := newPass(pkg, a, inputs, func(analysis.Diagnostic) { diags++ })
	res, err := a.Run(pass)
	if err != nil {
		b.Fatalf("%s on %s: %v", a.Name, pkg.PkgPath, err)
	}
	if got, want := reflect.TypeOf(res), a.ResultType; got != want {
		b.Fatalf("%s returned %v, want %v", a.Name, got, want)
	}
	g.results[i][a] = res
	return diags
}

// newPass builds the Pass of a on pkg as the checker does.
func newPass(pkg *packages.Package, a *analysis.Analyzer, inputs map[*analysis.Analyzer]any, report func(analysis.Diagnostic)) *analysis.Pass {
	module := &analysis.Module{}
	if m := pkg.Module; m != nil {
		module = &analysis.Module{Path: m.Path, Version: m.Version, GoVersion: m.GoVersion}
	}
	return &analysis.Pass{
		Analyzer:     a,
		Fset:         pkg.Fset,
		Files:        pkg.Syntax,
		OtherFiles:   pkg.OtherFiles,
		IgnoredFiles: pkg.IgnoredFiles,
		Pkg:          pkg.Types,
		TypesInfo:    pkg.TypesInfo,
		TypesSizes:   pkg.TypesSizes,
		TypeErrors:   pkg.TypeErrors,
		Module:       module,
		ResultOf:     inputs,
		Report:       report,
		ReadFile:     os.ReadFile,
		// No fact functions: arkvet has no FactTypes, and a call panics.
	}
}

// unreached runs every analyzer of closure, arksdk included, on the
// packages of c that cannot reach Ark, their passes built beforehand as the
// driver builds them, so that allocs/op is what arkvet itself allocates for
// all of those packages together: nothing, after an import check.
func unreached(b *testing.B, c *corpus, closure []*analysis.Analyzer) {
	g := newGraph(c.pkgs)
	var passes []*analysis.Pass
	report := func(analysis.Diagnostic) {}
	n := 0
	for i, pkg := range c.pkgs {
		g.run(b, arksdk.Analyzer, i, true)
		p, ok := g.results[i][arksdk.Analyzer].(*arksdk.Package)
		if !ok || p.Reaches() {
			continue // ill-typed (the driver runs nothing on it), or reaches Ark
		}
		n++
		for _, a := range closure {
			inputs := map[*analysis.Analyzer]any{}
			for _, req := range a.Requires {
				g.run(b, req, i, true)
				inputs[req] = g.results[i][req]
			}
			passes = append(passes, newPass(pkg, a, inputs, report))
		}
	}
	if n == 0 {
		b.Skip("every package can reach Ark")
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, pass := range passes {
			if _, err := pass.Analyzer.Run(pass); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(n), "pkgs")
}
