package handling_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"strings"
	"testing"

	"github.com/arkvet/arkvet/internal/handling"
)

func TestCondOperands(t *testing.T) {
	// Each operand written as name:flags, flags being n (Neg), N (Needed)
	// and E (Enough).
	for cond, want := range map[string]string{
		"a":                        "a:NE",
		"!a":                       "a:nNE",
		"a && b":                   "a:N b:N",
		"a || b":                   "a:E b:E",
		"!a || i == max":           "a:nE i == max:E",
		"!a && !b":                 "a:nN b:nN",
		"!(a && b)":                "a:nE b:nE",
		"!(a || b)":                "a:nN b:nN",
		"(a && b) || c":            "a: b: c:E",
		"x != 429 && y":            "x != 429:N y:N",
		"!strings.HasPrefix(s, p)": "strings.HasPrefix(s, p):nNE",
	} {
		e, err := parser.ParseExpr(cond)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		handling.CondOperands(e, func(x ast.Expr, o handling.Operand) {
			flags := ""
			if o.Neg {
				flags += "n"
			}
			if o.Needed {
				flags += "N"
			}
			if o.Enough {
				flags += "E"
			}
			got = append(got, fmt.Sprintf("%s:%s", source(x), flags))
		})
		if g := strings.Join(got, " "); g != want {
			t.Errorf("CondOperands(%s) = %s, want %s", cond, g, want)
		}
	}
}

// source prints an operand as the source spells it.
func source(x ast.Expr) string {
	var b strings.Builder
	_ = printer.Fprint(&b, token.NewFileSet(), x)
	return b.String()
}
