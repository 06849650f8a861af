package arkcode

import (
	"fmt"
)

// errorText checks a string searched for in an error's text:
// strings.Contains(err.Error(), "ServerOverloded"). The text holds much
// besides a code, so only a code-like word that is near a known code, yet
// part of none, is taken for a misspelled code.
func (c *checker) errorText(op operand) {
	if !codeLike(op.value) || c.table.Current().Contains(op.value) || c.retiredText(op) {
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
