package arksdk

import "strings"

// The Ark SDKs. volcengine-go-sdk and BytePlus's SDK share one package
// layout below their root (model, model/responses, model/file, utils);
// ark-runtime-go has its own (model, model/chat, model/images,
// model/contentgeneration, a generated model/responses, utils), so the rules
// below look a type up by its root's layout, not by a path shared by all.
const (
	volcengineRoot = "github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	byteplusRoot   = "github.com/byteplus-sdk/byteplus-go-sdk-v2/service/arkruntime"
	arkRuntimeRoot = "github.com/volcengine/ark-runtime-go/arkruntime"
)

// arkRoots lists every Ark SDK root, in the order SDKs are reported.
var arkRoots = [...]string{volcengineRoot, byteplusRoot, arkRuntimeRoot}

// The OpenAI-compatible SDKs that Go programs point at Ark's /api/v3 endpoint.
// openai-go keeps one layout across its major versions: v1 (the line
// eino-ext requires) and v3.
const (
	goOpenAIPath    = "github.com/sashabaranov/go-openai"
	openAIGoV1Root  = "github.com/openai/openai-go"
	openAIGoV3Root  = "github.com/openai/openai-go/v3"
	openAIGoErrorIn = "/internal/apierror" // openai.Error is an alias of apierror.Error
	openAIGoOptions = "/option"
)

// CloudWeGo eino and the Ark components of eino-ext. Only the components
// reach Ark; eino itself is provider-neutral.
const (
	einoRoot           = "github.com/cloudwego/eino"
	einoSchemaPath     = einoRoot + "/schema"
	einoADKPath        = einoRoot + "/adk"
	einoArkModelPath   = "github.com/cloudwego/eino-ext/components/model/ark"
	einoArkEmbedderPkg = "github.com/cloudwego/eino-ext/components/embedding/ark"
)

// arkRootOf reports whether path is an Ark SDK root or one of its
// subpackages, and returns that root and the part after it ("", "/model",
// "/model/responses", "/utils", ...).
func arkRootOf(path string) (root, rest string, ok bool) {
	for _, root := range arkRoots {
		if rest, found := strings.CutPrefix(path, root); found && (rest == "" || rest[0] == '/') {
			return root, rest, true
		}
	}
	return "", "", false
}

// arkSubpackage reports whether path is root or one of its subpackages for
// any Ark SDK root, and returns the part after the root.
func arkSubpackage(path string) (rest string, ok bool) {
	_, rest, ok = arkRootOf(path)
	return rest, ok
}

// IsArkPackage reports whether path is a package of an Ark SDK:
// volcengine-go-sdk's, BytePlus's or ark-runtime-go's arkruntime tree.
func IsArkPackage(path string) bool {
	_, ok := arkSubpackage(path)
	return ok
}

// IsSDKPackage reports whether path is a package of an SDK or framework
// arkvet knows: an Ark SDK, go-openai, openai-go, eino or eino-ext. Its
// functions are read by what arkvet knows of them, not guessed at as the
// program's own helpers.
func IsSDKPackage(path string) bool {
	if IsArkPackage(path) || isOpenAIPackage(path) {
		return true
	}
	for _, root := range [...]string{einoRoot, "github.com/cloudwego/eino-ext"} {
		if path == root || strings.HasPrefix(path, root+"/") {
			return true
		}
	}
	return false
}

// IsEinoArkPackage reports whether path is one of eino-ext's Ark components
// (the chat, Responses and image models, or the embedder), through which a
// package reaches Ark without importing an Ark SDK.
func IsEinoArkPackage(path string) bool {
	return path == einoArkModelPath || path == einoArkEmbedderPkg
}

// openAIGoRootOf returns the openai-go root (v1 or v3) that path belongs to.
func openAIGoRootOf(path string) (string, bool) {
	// v3 first: its root has v1's as a prefix.
	for _, root := range [...]string{openAIGoV3Root, openAIGoV1Root} {
		if rest, found := strings.CutPrefix(path, root); found && (rest == "" || rest[0] == '/') {
			if root == openAIGoV1Root && strings.HasPrefix(rest, "/v") && isMajorSuffix(rest[2:]) {
				return "", false // a later major version this package does not know
			}
			return root, true
		}
	}
	return "", false
}

// isMajorSuffix reports whether s (what follows "/v") is a major version
// element: digits up to the end or the next slash.
func isMajorSuffix(s string) bool {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n > 0 && (n == len(s) || s[n] == '/')
}

// isOpenAIPackage reports whether path is a package of an OpenAI-compatible SDK.
func isOpenAIPackage(path string) bool {
	if path == goOpenAIPath || strings.HasPrefix(path, goOpenAIPath+"/") {
		return true
	}
	_, ok := openAIGoRootOf(path)
	return ok
}

// isOpenAIGoPackage reports whether path is openai-go's package at rest below
// its root ("/internal/apierror", "/option"), in v1 or v3.
func isOpenAIGoPackage(path, rest string) bool {
	root, ok := openAIGoRootOf(path)
	return ok && path == root+rest
}
