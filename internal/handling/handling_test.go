package handling_test

import (
	"fmt"
	"go/ast"
	"path/filepath"
	"strings"
	"testing"

	"github.com/arkvet/arkvet/internal/arksdk"
	"github.com/arkvet/arkvet/internal/handling"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// describe is an analyzer that reports what the model holds, one line per
// test, nil check, predicate and class, so that testdata's // want comments
// state the model itself.
var describe = &analysis.Analyzer{
	Name:     "describe",
	Doc:      "report the handling model's contents, for tests",
	Requires: []*analysis.Analyzer{handling.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		m := pass.ResultOf[handling.Analyzer].(*handling.Model)
		for _, t := range m.Tests {
			var b strings.Builder
			fmt.Fprintf(&b, "test %s %s %s", roleName(t.Role), opNames[t.Op], t.Value.ExactString())
			if t.Fold {
				b.WriteString(" fold")
			}
			if t.Subject.Midstream {
				b.WriteString(" midstream")
			}
			if t.Branch != nil {
				fmt.Fprintf(&b, " -> %s", decisionNames[t.Branch.Decision])
				if !t.Direct {
					b.WriteString(" (not direct)")
				}
			}
			pass.Reportf(t.Node.Pos(), "%s", b.String())
		}
		for _, c := range m.ErrChecks {
			d := "none"
			if c.Branch != nil {
				d = decisionNames[c.Branch.Decision]
			}
			pass.Reportf(c.Node.Pos(), "errcheck nonnil=%v -> %s", c.NonNil, d)
		}
		seenLooks := make(map[ast.Node]bool)
		for _, c := range m.ErrChecks {
			for _, l := range m.Looks(c.Err) {
				if l.Optional == nil || seenLooks[l.Node] {
					continue
				}
				seenLooks[l.Node] = true
				d := "none"
				if l.Branch != nil {
					d = decisionNames[l.Branch.Decision]
				}
				pass.Reportf(l.Node.Pos(), "optional look on %s, direct=%v -> %s", l.Optional.Name(), l.Direct, d)
			}
		}
		for _, ft := range m.ForeignTargets {
			pass.Reportf(ft.Node.Pos(), "%s never holds an error of %s", ft.Target.Name(), ft.Got.SDKName())
		}
		for _, f := range m.Funcs {
			if f.Predicate {
				pass.Reportf(f.Node.Pos(), "predicate")
			}
			if f.Var != nil {
				pass.Reportf(f.Node.Pos(), "literal kept in %s", f.Var.Name())
			}
			for _, l := range f.Loops {
				if f.CallsArkIn(l) {
					pass.Reportf(l.Pos(), "loop calls ark")
				}
			}
		}
		for _, rc := range m.RetryCounts {
			if rc.Client != nil {
				pass.Reportf(rc.Node.Pos(), "retry count %d, client %s", rc.N, rc.Client.Name())
			} else {
				pass.Reportf(rc.Node.Pos(), "retry count %d", rc.N)
			}
		}
		for _, mc := range m.MidstreamCalls {
			pass.Reportf(mc.Call.Pos(), "midstream error handed to %s", mc.Callee.Name())
		}
		for id, obj := range pass.TypesInfo.Defs {
			if obj != nil && m.ClassRetried(obj) {
				pass.Reportf(id.Pos(), "class %s retried", id.Name)
			}
		}
		return nil, nil
	},
}

// fieldReaders reports the declarations the model says read an SDK
// error's field.
var fieldReaders = &analysis.Analyzer{
	Name:     "fieldreaders",
	Doc:      "report the declarations the model says read an SDK error's field, for tests",
	Requires: []*analysis.Analyzer{handling.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		m := pass.ResultOf[handling.Analyzer].(*handling.Model)
		for _, f := range m.Funcs {
			if f.ReadsFields {
				if f.Outer != nil {
					pass.Reportf(f.Node.Pos(), "a literal's own flag is set: only its declaration's should be")
				}
				pass.Reportf(f.Node.Pos(), "reads fields")
			}
		}
		return nil, nil
	},
}

func roleName(r handling.Role) string {
	switch r {
	case arksdk.Code:
		return "code"
	case arksdk.ErrType:
		return "type"
	case arksdk.Status:
		return "status"
	case handling.Text:
		return "text"
	}
	return "?"
}

var opNames = map[handling.Op]string{
	handling.Equal: "==", handling.NotEqual: "!=", handling.Prefix: "prefix",
	handling.Suffix: "suffix", handling.Contains: "contains", handling.Less: "range",
}

var decisionNames = map[handling.Decision]string{
	handling.Undecided: "undecided", handling.GoesRound: "goes round", handling.ReturnsTrue: "true",
	handling.ReturnsFalse: "false", handling.ReturnsClass: "class", handling.ReturnsWrapped: "wrapped",
	handling.ReturnsError: "error", handling.ReturnsOther: "other", handling.Reschedules: "reschedules",
}

func TestModel(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, describe, "handling/basic", "handling/noark", "handling/foreign", "handling/reschedule", "handling/optional")
}

func TestReadsFields(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, fieldReaders, "handling/fields")
}
