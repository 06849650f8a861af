package arksdk

import (
	"go/ast"
	"go/types"
)

// WrapsError reports whether the error that call returns never is an Ark
// SDK error itself when the call fails at Ark, but wraps one with %w: a type
// assertion or type switch to *model.APIError on it never matches, where
// errors.As finds the SDK error. Each entry was read off the SDK's or
// eino-ext's source; a call that returns the SDK error bare on some path
// (eino's ChatModel.Stream in Chat Completions mode) is not listed.
//
//   - volcengine-go-sdk and BytePlus: Recv of the bot, image and Responses
//     stream readers (fmt.Errorf("error, %w", ...)); the chat stream's Recv
//     returns the *APIError bare.
//   - ark-runtime-go: Recv of the Responses stream reader; its chat and image
//     readers return the error bare.
//   - eino-ext's Ark model v0.1.68: ChatModel.Generate and
//     ResponsesAPIChatModel.Generate ("failed to create chat completion: %w",
//     "failed to create responses: %w"), ResponsesAPIChatModel.Stream, and
//     ChatModel.CreateSessionCache ("CreateContext fail: %w").
//   - eino-ext's Ark embedder v0.1.0 to v0.1.2: Embedder.EmbedStrings
//     ("[Ark] CreateEmbeddings error: %w"; versions before them formatted
//     it with %v, and the proxy serves none of those).
//   - go-openai v1.43.0: Recv of every stream (streamReader[T].Recv,
//     fmt.Errorf("error, %w", respErr.Error) for an error event).
//
// eino's schema.StreamReader[T].Recv is not listed: it forwards what the
// model's reader sent, bare from the Chat Completions stream and wrapped
// ("failed to read stream: %w") from the Responses stream, and its type
// does not say which model is behind it.
func WrapsError(info *types.Info, call *ast.CallExpr) bool {
	fn := calleeMethod(info, call)
	if fn == nil {
		return false
	}
	recv, name := recvName(fn.Signature()), fn.Name()
	path := fn.Pkg().Path()
	if root, rest, ok := arkRootOf(path); ok {
		if rest != "/utils" || name != "Recv" {
			return false
		}
		if root == arkRuntimeRoot {
			return recv == "ResponsesStreamReader"
		}
		return recv == "BotChatCompletionStreamReader" || recv == "ImageGenerationStreamReader" ||
			recv == "ResponsesStreamReader"
	}
	if path == einoArkModelPath {
		return einoWrapping[recv][name]
	}
	if path == einoArkEmbedderPkg {
		return recv == "Embedder" && name == "EmbedStrings"
	}
	if path == einoModelIfacePath {
		// Generate through eino's model interfaces, in a package that
		// builds an Ark model (the only one where it is an Ark call):
		// both Ark models wrap on Generate; only the Responses model on
		// Stream, and the interface does not say which is behind it.
		return name == "Generate"
	}
	if path == goOpenAIPath {
		// Every go-openai stream (chat, completion, responses) reads through
		// streamReader[T].Recv.
		return recv == "streamReader" && name == "Recv"
	}
	return false
}

// einoWrapping lists the eino-ext Ark model methods that wrap the SDK's
// error with %w on every path that reaches Ark.
var einoWrapping = map[string]map[string]bool{
	"ChatModel":             {"Generate": true, "CreateSessionCache": true},
	"ResponsesAPIChatModel": {"Generate": true, "Stream": true},
}
