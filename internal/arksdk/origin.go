package arksdk

import (
	"go/types"
	"strings"
)

// ErrorOrigin is the module whose error types a call's errors have: an Ark
// SDK's root, go-openai, or openai-go v1 or v3. An error from one never is a
// value of another's type, so errors.As into the other's type never matches.
type ErrorOrigin string

// OriginOfCall returns the origin of the errors that a call of fn returns:
// the module of an Ark SDK's client, of an OpenAI SDK's, or, for eino-ext's
// Ark components, volcengine-go-sdk, whose errors they wrap. It is "" for
// anything else (eino's model interfaces, which any provider may be behind).
func OriginOfCall(fn *types.Func) ErrorOrigin {
	if fn == nil || fn.Pkg() == nil || !IsArkMethod(fn) {
		return ""
	}
	if IsEinoArkPackage(fn.Pkg().Path()) {
		return volcengineRoot
	}
	return originOf(fn.Pkg().Path())
}

// OriginOfType returns the origin of the SDK error type t (behind any
// pointer): the module that declares it, or "" when t is no SDK's error.
func OriginOfType(t types.Type) ErrorOrigin {
	if KindOf(t) == NotAnError {
		return ""
	}
	return originOf(namedOf(t).Obj().Pkg().Path())
}

// originOf returns the module of the SDK package at path.
func originOf(path string) ErrorOrigin {
	if root, _, ok := arkRootOf(path); ok {
		return ErrorOrigin(root)
	}
	if path == goOpenAIPath || strings.HasPrefix(path, goOpenAIPath+"/") {
		return goOpenAIPath
	}
	if root, ok := openAIGoRootOf(path); ok {
		return ErrorOrigin(root)
	}
	return ""
}

// SDKName returns the name users know the origin's SDK by, for messages.
func (o ErrorOrigin) SDKName() string {
	switch o {
	case volcengineRoot:
		return volcengineSDK.Name
	case byteplusRoot:
		return byteplusSDK.Name
	case arkRuntimeRoot:
		return arkRuntimeSDK.Name
	case goOpenAIPath:
		return "go-openai"
	case openAIGoV1Root:
		return "openai-go"
	case openAIGoV3Root:
		return "openai-go/v3"
	}
	return string(o)
}

// APIErrorType names, as code writes it, the type the origin's SDK returns
// every error with a JSON body as: the one to take an error of it into.
func (o ErrorOrigin) APIErrorType() string {
	switch o {
	case goOpenAIPath:
		return "*openai.APIError"
	case openAIGoV1Root, openAIGoV3Root:
		return "*openai.Error"
	}
	return "*model.APIError"
}
