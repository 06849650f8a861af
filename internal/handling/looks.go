package handling

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/arkvet/arkvet/internal/arksdk"
)

// LooksAtError reports whether call, to a package-level function at path
// and name (FuncOf), looks at an error beyond a nil check in a way that can
// tell Ark errors apart: errors.As and errors.AsType always can; errors.Is
// can unless its target is a sentinel no Ark API error is (ForeignSentinel).
// if errors.Is(err, context.Canceled) { return err } before going round
// still sends every Ark error round.
func LooksAtError(info *types.Info, call *ast.CallExpr, path, name string) bool {
	if path != "errors" {
		return false
	}
	switch name {
	case "As", "AsType":
		return true
	case "Is":
		return len(call.Args) == 2 && !ForeignSentinel(info, call.Args[1])
	}
	return false
}

// ForeignSentinel reports whether e names a sentinel error that no Ark API
// error matches: a package-level variable of the standard library
// (context.Canceled, context.DeadlineExceeded, io.EOF) or of an Ark SDK
// (model.ErrBodyWithoutEndpoint, raised before any request is sent). The
// package's own sentinels and other libraries' may mark Ark errors, and
// are not foreign.
func ForeignSentinel(info *types.Info, e ast.Expr) bool {
	v := VarNamed(info, e)
	if v == nil || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() {
		return false
	}
	path := v.Pkg().Path()
	return isStdlibPath(path) || arksdk.IsArkPackage(path)
}

// isStdlibPath reports whether path is a package of the standard library:
// no dot in its first element (context, net/http), as the go command
// tells them from modules.
func isStdlibPath(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// VarNamed returns the variable, field or parameter that e names: v, or
// x.v (pkg.V, p.ShouldRetry); nil for anything else.
func VarNamed(info *types.Info, e ast.Expr) *types.Var {
	id := arksdk.NameOf(e)
	if id == nil {
		return nil
	}
	v, _ := info.Uses[id].(*types.Var)
	return v
}
