package arkreqid

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/arkvet/arkvet/internal/arksdk"
	"github.com/arkvet/arkvet/internal/diag"
	"github.com/arkvet/arkvet/internal/handling"
)

//go:embed doc.go
var doc string

// Config configures an arkreqid analyzer.
type Config struct {
	// Loggers names extra logging functions and methods, each as
	// "importpath.Func" or "importpath.Type.Method". The built-in loggers
	// always apply. Calls to these are checked with all their arguments and
	// get no suggested fix.
	Loggers []string
}

// Validate reports the first malformed entry of Loggers, so that every
// driver fails on it before any package is analyzed.
func (cfg Config) Validate() error { return CheckLoggers(cfg.Loggers) }

// Analyzer is the arkreqid analyzer with the default configuration.
var Analyzer = New(Config{})

// New returns an arkreqid analyzer configured by cfg. Its -loggers flag
// appends to its own copy of cfg.Loggers.
// It panics on a configuration Validate rejects; drivers validate first.
func New(cfg Config) *analysis.Analyzer {
	if err := cfg.Validate(); err != nil {
		panic("arkreqid: " + err.Error())
	}
	a := &analysis.Analyzer{
		Name:     "arkreqid",
		Doc:      diag.Doc(doc, "arkreqid"),
		URL:      "https://pkg.go.dev/github.com/arkvet/arkvet/analyzer/arkreqid",
		Requires: []*analysis.Analyzer{arksdk.Analyzer, handling.Analyzer},
	}
	cfg.Loggers = append([]string(nil), cfg.Loggers...)
	a.Flags.Var(loggerFlag{&cfg.Loggers}, "loggers",
		"comma-separated extra loggers, as importpath.Func or importpath.Type.Method")
	// Flags are set before the first run; the table is built then, once.
	table := sync.OnceValues(func() (*loggers, error) { return newLoggers(cfg.Loggers) })
	a.Run = func(pass *analysis.Pass) (any, error) {
		l, err := table()
		if err != nil {
			return nil, err
		}
		return nil, run(pass, l)
	}
	return a
}

func run(pass *analysis.Pass, l *loggers) error {
	p, ok := pass.ResultOf[arksdk.Analyzer].(*arksdk.Package)
	if !ok || !p.Reaches() {
		return nil
	}
	diag.CheckDirectivesOnce(pass)
	// No gate on the imports: an application's logger interface may come
	// from any package, and the model already leaves out the functions
	// that read no SDK error's field.
	m := pass.ResultOf[handling.Analyzer].(*handling.Model)
	u := newUnit(pass, l)
	u.wrappers, u.wrapperNames = findWrappers(pass.TypesInfo, pass.Files, l)
	// Each top-level declaration is one unit: its closures share its locals.
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				// The model saw every selector: a function that reads no
				// detail of an SDK error has nothing to report. It kept the
				// nodes a value flows through, so the body is not walked
				// again.
				f := m.FuncOf(d)
				if f == nil || !f.ReadsFields {
					continue
				}
				u.reset()
				u.sawField = true
				for _, n := range f.Flows {
					u.collectNode(n)
				}
				u.decide()
			case *ast.GenDecl:
				if d.Tok == token.VAR {
					u.reset()
					u.collect(d)
					u.decide()
				}
			}
		}
	}
	return nil
}

var errorIface = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
