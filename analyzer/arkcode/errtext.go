package arkcode

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// isErrorText reports whether e is err.Error() for an error value err.
func (c *checker) isErrorText(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return false
	}
	fn, ok := typeutil.Callee(c.info, call).(*types.Func)
	if !ok || fn.Name() != "Error" {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	t := c.info.TypeOf(sel.X)
	return t != nil && types.Implements(t, errorIface)
}

var errorIface = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// errorText checks a string searched for in an error's text:
// strings.Contains(err.Error(), "ServerOverloded"). The text holds much
// besides a code, so only a code-like word that is near a known code, yet
// part of none, is taken for a misspelled code.
func (c *checker) errorText(value ast.Expr) {
	op, ok := c.constString(value)
	if !ok || !codeLike(op.value) || c.table.Current().Contains(op.value) || c.retiredText(op) {
		return
	}
	if fix, ok := c.table.Nearest(op.value); ok {
		msg, fix := withSuggestion(fmt.Sprintf("unknown Ark error code %q searched for in the error text", op.value), fix, true)
		c.report(op, msg, fix)
	}
}

// codeLike reports whether s is written like an Ark error code: one or
// more dot-separated CamelCase words, each starting with an upper-case
// letter and holding a lower-case one, of letters and digits only
// ("ServerOverloaded", "RateLimitExceeded.EndpointRPMExceeded"), unlike
// ordinary text ("rate limit", "EOF", "timeout").
func codeLike(s string) bool {
	if s == "" {
		return false
	}
	start, lower := 0, false
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '.' {
			if i == start || !lower || !isUpper(s[start]) {
				return false
			}
			start, lower = i+1, false
			continue
		}
		switch b := s[i]; {
		case 'a' <= b && b <= 'z':
			lower = true
		case isUpper(b), '0' <= b && b <= '9':
		default:
			return false
		}
	}
	return true
}

func isUpper(b byte) bool { return 'A' <= b && b <= 'Z' }
