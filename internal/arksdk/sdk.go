package arksdk

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// SDK is one Ark SDK and what its client does about failed calls, so that a
// message can say what that SDK does, not what another one does.
type SDK struct {
	// Name is the SDK's module name as users know it: "volcengine-go-sdk",
	// "byteplus-go-sdk-v2", "ark-runtime-go".
	Name string
	// Root is the import path of its arkruntime package.
	Root string
	// DefaultRetryTimes is how often its client retries when WithRetryTimes
	// is not given.
	DefaultRetryTimes int

	retried string
}

// The three Ark SDKs, read off their source: volcengine-go-sdk v1.1.35 and
// v1.2.47 (same retry code), byteplus-go-sdk-v2 and ark-runtime-go as
// published in 2026. Their needRetryError also retries errors that unwrap to
// io.EOF (an empty error body), which no message needs to spell out.
var (
	volcengineSDK = SDK{Name: "volcengine-go-sdk", Root: volcengineRoot, DefaultRetryTimes: 2, retried: "429 and 5xx"}
	byteplusSDK   = SDK{Name: "byteplus-go-sdk-v2", Root: byteplusRoot, DefaultRetryTimes: 2, retried: "429 and 5xx"}
	// ark-runtime-go's isRetryableStatus adds 408 and 409, its retry delay
	// takes Retry-After-Ms or Retry-After (up to 60 s), and an
	// X-Should-Retry response header overrides the status.
	arkRuntimeSDK = SDK{
		Name: "ark-runtime-go", Root: arkRuntimeRoot, DefaultRetryTimes: 2,
		retried: "408, 409, 429 and 5xx, honouring Retry-After",
	}
)

// SDKOf returns the Ark SDK that the package at path belongs to.
func SDKOf(path string) (SDK, bool) {
	root, _, ok := arkRootOf(path)
	if !ok {
		return SDK{}, false
	}
	switch root {
	case byteplusRoot:
		return byteplusSDK, true
	case arkRuntimeRoot:
		return arkRuntimeSDK, true
	}
	return volcengineSDK, true
}

// RetriedStatuses says which failed calls the SDK's client retries by
// itself (WithRetryTimes times, 2 by default) before the error reaches the
// caller: "429 and 5xx", or for ark-runtime-go "408, 409, 429 and 5xx,
// honouring Retry-After".
func (s SDK) RetriedStatuses() string { return s.retried }

// HonoursRetryAfter reports whether the SDK's client waits as long as the
// server's Retry-After header asks before it retries a plain call. Only
// ark-runtime-go does; the others use their own backoff (their batch calls
// honour an integer Retry-After, whatever the SDK).
func (s SDK) HonoursRetryAfter() bool { return s.Root == arkRuntimeRoot }

// NegativeRetryTimes says what a negative WithRetryTimes count does with
// this SDK. The client's retry loop runs while the attempt number is at most
// the count, so it never runs and no request is sent; batch calls use their
// own loop, which ignores the count. The same holds for all three SDKs.
func (s SDK) NegativeRetryTimes() string {
	return "no request is sent: plain calls return a nil error and an empty response, " +
		"stream calls return a nil stream whose first Recv panics, and batch calls are unaffected"
}

// ZeroRetryTimes says what WithRetryTimes(0) does with this SDK.
func (s SDK) ZeroRetryTimes() string {
	return "the SDK sends each request once and never retries it; batch calls still retry until their context ends"
}

// SDKOfCall returns the Ark SDK that a call belongs to: the SDK of the
// called function or method (a Client method, WithRetryTimes, a stream's
// Recv), or, for eino-ext's Ark components, volcengine-go-sdk, which they are
// built on (v1.2.27 for eino-ext's Ark model v0.1.68).
func SDKOfCall(info *types.Info, call *ast.CallExpr) (SDK, bool) {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return SDK{}, false
	}
	return sdkOfPackage(fn.Pkg().Path())
}

// SDKOfField returns the Ark SDK behind a configuration field: for eino-ext's
// RetryTimes (see IsRetryTimesField), volcengine-go-sdk.
func SDKOfField(info *types.Info, key ast.Expr) (SDK, bool) {
	v := fieldVar(info, key)
	if v == nil {
		return SDK{}, false
	}
	return sdkOfPackage(v.Pkg().Path())
}

func sdkOfPackage(path string) (SDK, bool) {
	if IsEinoArkPackage(path) {
		return volcengineSDK, true
	}
	return SDKOf(path)
}

// IsBatchCall reports whether call is one of an Ark SDK Client's batch
// calls (CreateBatchChatCompletion, CreateBatchEmbeddings, ...). They retry
// in a loop of their own until their context ends, honour Retry-After and
// ignore WithRetryTimes.
func IsBatchCall(info *types.Info, call *ast.CallExpr) bool {
	fn := calleeMethod(info, call)
	if fn == nil || recvName(fn.Signature()) != "Client" {
		return false
	}
	if rest, ok := arkSubpackage(fn.Pkg().Path()); !ok || rest != "" {
		return false
	}
	name := fn.Name()
	return len(name) > len("CreateBatch") && name[:len("CreateBatch")] == "CreateBatch" || name == "DoBatch"
}

// CheckAdvice says, for a message, how to look at the errors a call of fn
// (a method that reaches Ark) returns: the field to read and the type to
// find with errors.As, in the called SDK's own terms.
func CheckAdvice(fn *types.Func) string {
	if fn != nil && fn.Pkg() != nil {
		path := fn.Pkg().Path()
		switch {
		case isOpenAIGoPackage(path, ""):
			return "check .StatusCode or .Code (errors.As with *openai.Error)"
		case path == goOpenAIPath:
			return "check .HTTPStatusCode or .Code (errors.As with *openai.APIError)"
		}
	}
	return "check .HTTPStatusCode or .Code (errors.As with *model.APIError)"
}
