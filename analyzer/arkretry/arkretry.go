package arkretry

import (
	"regexp"
	"sync"

	"github.com/arkvet/arkvet/codes"
	"github.com/arkvet/arkvet/internal/arksdk"
	"golang.org/x/tools/go/analysis"
)

// URL is the documentation of the check, which every diagnostic links to.
const URL = "https://pkg.go.dev/github.com/arkvet/arkvet/analyzer/arkretry"

// DefaultHelpers is the pattern of Config.Helpers when none is given: names
// that say a function decides retries or recognises rate limits.
const DefaultHelpers = `(?i)retr(y|ies|iable)|rate.?limit|throttl|backoff|429|too.?many`

// Config configures an arkretry analyzer.
type Config struct {
	// Codes is the table whose retry classes say which 429 codes waiting
	// clears; nil means codes.Default().
	Codes *codes.Table
	// Helpers matches the names of functions that decide retries: handing
	// an Ark error to one counts as handling its 429s, and a func returning
	// bool so named is a retry predicate. nil means DefaultHelpers.
	Helpers *regexp.Regexp
}

// Analyzer is arkretry with the default configuration, set by its flags.
var Analyzer = New(Config{})

// New returns an arkretry analyzer. Its flags -helpers and -extra set the
// fields of its own copy of cfg, so flags and callers configure the same
// thing.
func New(cfg Config) *analysis.Analyzer {
	c := &checker{cfg: cfg}
	// The classes depend on cfg.Codes, which a flag may set after New but
	// before the first package is analyzed; derive them once, on first use.
	c.classes = sync.OnceValue(func() *classes { return newClasses(c.cfg.Codes) })
	a := &analysis.Analyzer{
		Name:     "arkretry",
		Doc:      Doc,
		URL:      URL,
		Requires: []*analysis.Analyzer{arksdk.Analyzer},
		Run:      c.run,
	}
	a.Flags.Var(helpersFlag{&c.cfg.Helpers}, "helpers",
		"case-insensitive regexp of names of functions that decide retries (default "+DefaultHelpers+")")
	a.Flags.Var(codes.NewTableFlag(&c.cfg.Codes), "extra",
		"file of extra Ark error codes, in the code table's format, added to the built-in table")
	return a
}

// checker is one analyzer instance's configuration.
type checker struct {
	cfg     Config
	classes func() *classes
}

var defaultHelpers = regexp.MustCompile(DefaultHelpers)

func (c *checker) helpers() *regexp.Regexp {
	if c.cfg.Helpers != nil {
		return c.cfg.Helpers
	}
	return defaultHelpers
}

func (c *checker) run(pass *analysis.Pass) (any, error) {
	p := pass.ResultOf[arksdk.Analyzer].(*arksdk.Package)
	if !p.Reaches() || p.Inspector == nil {
		return nil, nil
	}
	w := newWalker(pass, c.classes(), c.helpers())
	// One walk gathers every function's comparisons, checks, calls and
	// loops; each function is judged as the walk leaves it (rules 3 and 6),
	// each top-level declaration when the walk leaves that (rules 1 and 2).
	p.Inspector.WithStack(nil, w.visit)
	// Rules 4 and 5 need the whole package: whether anything handles a 429.
	w.reportRetryOptions()
	return nil, nil
}
