package arksdk

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// IsArkCall reports whether call sends a request to Ark: a method of an Ark
// SDK's Client, or of an OpenAI-compatible SDK's client or services, whose
// last result is an error.
func IsArkCall(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return false
	}
	sig := fn.Signature()
	if sig.Recv() == nil || !lastResultIsError(sig) {
		return false
	}
	path := fn.Pkg().Path()
	if rest, ok := arkSubpackage(path); ok {
		return rest == "" && recvName(sig) == "Client"
	}
	// Every exported method of the OpenAI SDKs that returns an error talks to
	// the server, except the stream readers' Recv and Close, which read a
	// response already under way.
	return isOpenAIPackage(path) && fn.Exported() && fn.Name() != "Recv" && fn.Name() != "Close"
}

// IsStreamRecv reports whether call reads the next event of a stream from an
// Ark SDK or an OpenAI-compatible SDK (stream.Recv()). Errors it returns were
// decoded mid-stream and carry no HTTP status.
func IsStreamRecv(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Name() != "Recv" || fn.Signature().Recv() == nil {
		return false
	}
	path := fn.Pkg().Path()
	if rest, ok := arkSubpackage(path); ok {
		return rest == "/utils"
	}
	return isOpenAIPackage(path)
}

// IsRetryTimesOption reports whether call is arkruntime.WithRetryTimes(n),
// the client option that sets how often the SDK retries.
func IsRetryTimesOption(info *types.Info, call *ast.CallExpr) bool {
	return isArkFunc(info, call, "", "WithRetryTimes")
}

// IsClientRequestHeader reports whether e denotes model.ClientRequestHeader,
// the header that carries the request ID.
func IsClientRequestHeader(info *types.Info, e ast.Expr) bool {
	c, ok := info.Uses[nameOf(e)].(*types.Const)
	if !ok || c.Pkg() == nil || c.Name() != "ClientRequestHeader" {
		return false
	}
	rest, ok := arkSubpackage(c.Pkg().Path())
	return ok && rest == "/model"
}

// nameOf returns the identifier that names what e denotes: e itself, or the
// selected name of a selector (pkg.Name, x.Field); nil for anything else.
func nameOf(e ast.Expr) *ast.Ident {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return e
	case *ast.SelectorExpr:
		return e.Sel
	}
	return nil
}

// isArkFunc reports whether call calls the package-level function name of the
// Ark SDK package at sub ("" for the root, "/model", ...).
func isArkFunc(info *types.Info, call *ast.CallExpr, sub, name string) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Name() != name || fn.Signature().Recv() != nil {
		return false
	}
	rest, ok := arkSubpackage(fn.Pkg().Path())
	return ok && rest == sub
}

func lastResultIsError(sig *types.Signature) bool {
	res := sig.Results()
	if res.Len() == 0 {
		return false
	}
	return types.Identical(res.At(res.Len()-1).Type(), errorType)
}

var errorType = types.Universe.Lookup("error").Type()

// recvName returns the name of the receiver's named type, through a pointer.
func recvName(sig *types.Signature) string {
	t := types.Unalias(sig.Recv().Type())
	if ptr, ok := t.(*types.Pointer); ok {
		t = types.Unalias(ptr.Elem())
	}
	if named, ok := t.(*types.Named); ok {
		return named.Obj().Name()
	}
	return ""
}
