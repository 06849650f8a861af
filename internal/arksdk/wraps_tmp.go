package arksdk

import (
	"go/ast"
	"go/types"
)

// WrapsError reports whether the Ark error call returns is wrapped
// (placeholder until the SDK knowledge lands).
func WrapsError(info *types.Info, call *ast.CallExpr) bool { return false }

// IsRetryTimesField reports whether key is eino's ChatModelConfig.RetryTimes
// (placeholder until the SDK knowledge lands).
func IsRetryTimesField(info *types.Info, key ast.Expr) bool { return false }
