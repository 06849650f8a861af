package arksdk

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// IsArkMethod reports whether fn, a called function or nil (see Callee),
// sends a request to Ark: a method of an Ark SDK's Client, a model or
// embedder method of eino-ext's Ark components, or a method of an
// OpenAI-compatible SDK's client or services, whose last result is an error.
func IsArkMethod(fn *types.Func) bool {
	if !isMethod(fn) || !lastResultIsError(fn.Signature()) {
		return false
	}
	path := fn.Pkg().Path()
	if rest, ok := arkSubpackage(path); ok {
		return rest == "" && recvName(fn.Signature()) == "Client"
	}
	if IsEinoArkPackage(path) {
		return isEinoArkMethod(fn)
	}
	// Every exported method of the OpenAI SDKs that returns an error talks to
	// the server, except the stream readers' Recv and Close, which read a
	// response already under way.
	return isOpenAIPackage(path) && fn.Exported() && fn.Name() != "Recv" && fn.Name() != "Close"
}

// einoArkMethods are the methods of eino-ext's Ark components that send a
// request to Ark, by receiver type. WithTools, BindTools and the like only
// configure the model.
var einoArkMethods = map[string]map[string]bool{
	"ChatModel": {
		"Generate": true, "Stream": true, "CreatePrefixCache": true, "CreateSessionCache": true,
	},
	"ResponsesAPIChatModel": {"Generate": true, "Stream": true, "CreatePrefixCache": true},
	"ImageGenerationModel":  {"Generate": true, "Stream": true},
	"Embedder":              {"EmbedStrings": true},
}

func isEinoArkMethod(fn *types.Func) bool {
	return einoArkMethods[recvName(fn.Signature())][fn.Name()]
}

// IsStreamRecvMethod reports whether fn, a called function or nil, reads
// the next event of a stream from an Ark SDK, from eino
// (schema.StreamReader[T].Recv, what eino's models return from Stream) or
// from an OpenAI-compatible SDK (stream.Recv()).
// Errors it returns were decoded mid-stream and carry no HTTP status.
//
// An eino stream may come from any provider; whether it reaches Ark is
// decided per package (Package.Via), as for every other call here.
func IsStreamRecvMethod(fn *types.Func) bool {
	if !isMethod(fn) || fn.Name() != "Recv" {
		return false
	}
	path := fn.Pkg().Path()
	if rest, ok := arkSubpackage(path); ok {
		return rest == "/utils"
	}
	if path == einoSchemaPath {
		return recvName(fn.Signature()) == "StreamReader"
	}
	return isOpenAIPackage(path)
}

// IsArkStreamRecvMethod reports whether fn is the Recv of one of an Ark
// SDK's own stream readers, which hand back an Ark error read mid-stream
// as a *model.APIError (bare or wrapped) and never a *model.RequestError:
// that comes only of a response to the request, which the stream's
// creation has read.
func IsArkStreamRecvMethod(fn *types.Func) bool {
	if !IsStreamRecvMethod(fn) {
		return false
	}
	rest, ok := arkSubpackage(fn.Pkg().Path())
	return ok && rest == "/utils"
}

// IsRetryTimesFunc reports whether fn, a called function or nil, is
// arkruntime.WithRetryTimes(n) of any Ark SDK: the client option that sets
// how often the SDK retries.
func IsRetryTimesFunc(fn *types.Func) bool { return isArkFunc(fn, "", "WithRetryTimes") }

// IsRetryTimesField reports whether key, the key of a composite literal's
// element or the selector of an assignment, names the RetryTimes field of an
// eino-ext Ark component's configuration (ark.ChatModelConfig,
// ResponsesAPIConfig, ImageGenerationConfig, or the embedder's
// EmbeddingConfig). The field is an *int handed to
// arkruntime.WithRetryTimes, so &zero and a negative value mean what
// WithRetryTimes(0) and WithRetryTimes(-1) mean; nil means the SDK's
// default, 2.
func IsRetryTimesField(info *types.Info, key ast.Expr) bool {
	v := fieldVar(info, key)
	return v != nil && v.Name() == "RetryTimes" && IsEinoArkPackage(v.Pkg().Path())
}

// IsClientRequestHeader reports whether e denotes a header constant that
// carries the request ID: model.ClientRequestHeader of any Ark SDK, or
// ark-runtime-go's model.ServerRequestHeader. It is IsRequestIDHeader, kept
// under its first name.
func IsClientRequestHeader(info *types.Info, e ast.Expr) bool { return IsRequestIDHeader(info, e) }

// IsRequestIDHeader reports whether e denotes a header constant that carries
// the request ID: model.ClientRequestHeader ("X-Client-Request-Id") of any
// Ark SDK, or ark-runtime-go's model.ServerRequestHeader ("X-Request-Id"),
// which that SDK reads first.
func IsRequestIDHeader(info *types.Info, e ast.Expr) bool {
	id := NameOf(e)
	if id == nil {
		return false
	}
	c, ok := info.Uses[id].(*types.Const)
	if !ok || c.Pkg() == nil {
		return false
	}
	root, rest, ok := arkRootOf(c.Pkg().Path())
	if !ok || rest != "/model" {
		return false
	}
	return c.Name() == "ClientRequestHeader" || (c.Name() == "ServerRequestHeader" && root == arkRuntimeRoot)
}

// NameOf returns the identifier that names what e denotes: e itself, or the
// selected name of a selector (pkg.Name, x.Field); nil for anything else.
func NameOf(e ast.Expr) *ast.Ident {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return e
	case *ast.SelectorExpr:
		return e.Sel
	}
	return nil
}

// fieldVar returns the struct field that key names (a composite literal's
// key, or x.Field), or nil.
func fieldVar(info *types.Info, key ast.Expr) *types.Var {
	id := NameOf(key)
	if id == nil {
		return nil
	}
	v, ok := info.ObjectOf(id).(*types.Var)
	if !ok || !v.IsField() || v.Pkg() == nil {
		return nil
	}
	return v
}

// calleeMethod returns the method that call calls, or nil if it calls no
// method of a package-level type.
func calleeMethod(info *types.Info, call *ast.CallExpr) *types.Func {
	if fn := Callee(info, call); isMethod(fn) {
		return fn
	}
	return nil
}

// Callee returns the function or method call calls (an interface's method
// for a dynamic call), or nil: a builtin, a conversion, a function value.
func Callee(info *types.Info, call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn
}

// CalledName returns the name a call is written with: f for f(x), F for
// pkg.F(x) and v.F(x), through parentheses and type arguments; "" for a
// call of anything else (a function literal, a call's result). Code that
// must resolve many calls asks it first: a name no function of interest
// has needs no lookup.
func CalledName(call *ast.CallExpr) string {
	fun := ast.Unparen(call.Fun)
	switch f := fun.(type) {
	case *ast.IndexExpr:
		fun = f.X
	case *ast.IndexListExpr:
		fun = f.X
	}
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		return f.Name
	case *ast.SelectorExpr:
		return f.Sel.Name
	}
	return ""
}

// isMethod reports whether fn is a method of a package's type.
func isMethod(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && fn.Signature().Recv() != nil
}

// isArkFunc reports whether fn is the package-level function name of the
// Ark SDK package at sub ("" for the root, "/model", ...), of any root.
func isArkFunc(fn *types.Func, sub, name string) bool {
	if fn == nil || fn.Pkg() == nil || fn.Name() != name || fn.Signature().Recv() != nil {
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

// recvName returns the name of the receiver's named type, through a pointer;
// for a method of a generic type, the generic type's name.
func recvName(sig *types.Signature) string {
	t := types.Unalias(sig.Recv().Type())
	if ptr, ok := t.(*types.Pointer); ok {
		t = types.Unalias(ptr.Elem())
	}
	if named, ok := t.(*types.Named); ok {
		return named.Origin().Obj().Name()
	}
	return ""
}

// Paths of eino's component interfaces, and of its compose package.
const (
	einoModelIfacePath     = einoRoot + "/components/model"
	einoEmbeddingIfacePath = einoRoot + "/components/embedding"
	einoComposePath        = einoRoot + "/compose"
)

// IsEinoModelMethod reports whether fn, a called function or nil, is
// Generate or Stream of one of eino's model interfaces (model.BaseChatModel,
// ToolCallingChatModel, ...), EmbedStrings of embedding.Embedder, or a
// method of compose.Runnable (Invoke, Stream, Collect, Transform: a compiled
// chain or graph, which runs the model among its nodes and hands back its
// error wrapped, so that errors.As still finds the SDK's): a call that
// reaches whatever model stands behind the interface. In a package that builds an eino-ext Ark
// component (Package.EinoModels) that is, most of the time, the Ark model;
// elsewhere it says nothing about Ark. IsArkMethod covers the Ark components'
// own methods.
func IsEinoModelMethod(fn *types.Func) bool {
	if !isMethod(fn) || !lastResultIsError(fn.Signature()) {
		return false
	}
	switch fn.Pkg().Path() {
	case einoModelIfacePath:
		return fn.Name() == "Generate" || fn.Name() == "Stream"
	case einoEmbeddingIfacePath:
		return fn.Name() == "EmbedStrings"
	case einoComposePath:
		return recvName(fn.Signature()) == "Runnable"
	}
	return false
}

// IsArkClient reports whether t is an Ark SDK's *arkruntime.Client (or the
// Client itself), whose methods send requests to Ark.
func IsArkClient(t types.Type) bool {
	n := namedOf(t)
	if n == nil || n.Obj().Pkg() == nil || n.Obj().Name() != "Client" {
		return false
	}
	rest, ok := arkSubpackage(n.Obj().Pkg().Path())
	return ok && rest == ""
}
