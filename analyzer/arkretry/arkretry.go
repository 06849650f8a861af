package arkretry

import (
	_ "embed"
	"fmt"
	"regexp"
	"sync"

	"github.com/arkvet/arkvet/codes"
	"github.com/arkvet/arkvet/internal/arksdk"
	"github.com/arkvet/arkvet/internal/diag"
	"github.com/arkvet/arkvet/internal/handling"
	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

// URL is the documentation of the check; each rule's diagnostics link to its
// own section of it.
const URL = "https://pkg.go.dev/github.com/arkvet/arkvet/analyzer/arkretry"

// DefaultHelpers is the pattern of Config.Helpers when none is given: names
// that say a function decides retries or recognises rate limits.
const DefaultHelpers = `(?i)retr(y|ies|iable)|rate.?limit|throttl|backoff|429|too.?many|transient|temporar`

// Config configures an arkretry analyzer.
type Config struct {
	// Codes is the table whose retry classes say which 429 codes waiting
	// clears; nil means codes.Default().
	Codes *codes.Table
	// Helpers matches the names of functions that decide retries: handing
	// an Ark error to one counts as handling its 429s, and a bool function
	// so named is a retry predicate. nil means DefaultHelpers, under which
	// the name makes a predicate only of a function the package does not
	// use itself (its uses say what it is); a pattern given here names
	// predicates however they are used.
	Helpers *regexp.Regexp
}

// Validate reports what is wrong with cfg. Every field of Config is valid
// as its type makes it; the method exists so that every analyzer's
// configuration is checked the same way, before any package is analyzed.
func (cfg Config) Validate() error { return nil }

// Analyzer is arkretry with the default configuration, set by its flags.
var Analyzer = New(Config{})

// New returns an arkretry analyzer. Its flags -helpers and -extra set the
// fields of its own copy of cfg, so flags and callers configure the same
// thing. It panics on a configuration Validate rejects.
func New(cfg Config) *analysis.Analyzer {
	if err := cfg.Validate(); err != nil {
		panic(fmt.Sprintf("arkretry: %v", err))
	}
	c := &checker{cfg: cfg}
	// The classes depend on cfg.Codes, which a flag may set after New but
	// before the first package is analyzed; derive them once, on first use.
	c.classes = sync.OnceValue(func() *classes { return newClasses(c.cfg.Codes) })
	a := &analysis.Analyzer{
		Name:     "arkretry",
		Doc:      diag.Doc(doc, "arkretry"),
		URL:      URL,
		Requires: []*analysis.Analyzer{arksdk.Analyzer, handling.Analyzer},
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
	if !p.Reaches() {
		return nil, nil
	}
	diag.CheckDirectivesOnce(pass)
	j := collect(pass, pass.ResultOf[handling.Analyzer].(*handling.Model), c.classes(), c.helpers())
	j.namedHelpers = c.cfg.Helpers != nil
	j.partialCoverage()
	j.noCoverage()
	j.noStatusCoverage()
	j.retryNeverClears()
	j.retryNamedNever()
	j.predicateHammering()
	j.retryEveryError()
	j.retryHelperEveryError()
	j.retryConfigEveryError()
	j.wrongErrorType()
	j.foreignTargets()
	j.retryCounts()
	j.midstreamStatus()
	j.wrappedAssertions()
	return nil, nil
}
