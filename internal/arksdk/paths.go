package arksdk

import "strings"

// The Ark SDKs. Both have the same package layout below their root
// (model, model/responses, utils), so every rule below is written once for
// both roots.
const (
	volcengineRoot = "github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	arkRuntimeRoot = "github.com/volcengine/ark-runtime-go/arkruntime"
)

// The OpenAI-compatible SDKs that Go programs point at Ark's /api/v3 endpoint.
const (
	goOpenAIPath      = "github.com/sashabaranov/go-openai"
	openAIGoRoot      = "github.com/openai/openai-go/v3"
	openAIGoErrorPath = openAIGoRoot + "/internal/apierror" // openai.Error is an alias of apierror.Error
	openAIGoOption    = openAIGoRoot + "/option"
)

// arkSubpackage reports whether path is root or one of its subpackages for
// either Ark SDK root, and returns the part after the root ("", "/model",
// "/model/responses", "/utils", ...).
func arkSubpackage(path string) (rest string, ok bool) {
	for _, root := range [...]string{volcengineRoot, arkRuntimeRoot} {
		if rest, found := strings.CutPrefix(path, root); found && (rest == "" || rest[0] == '/') {
			return rest, true
		}
	}
	return "", false
}

// IsArkPackage reports whether path is a package of either Ark SDK.
func IsArkPackage(path string) bool {
	_, ok := arkSubpackage(path)
	return ok
}

// isOpenAIPackage reports whether path is a package of an OpenAI-compatible SDK.
func isOpenAIPackage(path string) bool {
	return path == goOpenAIPath || strings.HasPrefix(path, goOpenAIPath+"/") ||
		path == openAIGoRoot || strings.HasPrefix(path, openAIGoRoot+"/")
}
