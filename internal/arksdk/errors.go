package arksdk

import (
	"go/types"
	"strings"
)

// ErrorKind says which SDK error type a value has.
type ErrorKind uint8

const (
	NotAnError ErrorKind = iota

	// Ark SDK errors (every Ark SDK root).
	APIError               // model.APIError: Code, Message, Param, Type, HTTPStatusCode, RequestId
	RequestError           // model.RequestError: HTTPStatusCode, Err, RequestId
	ContentGenerationError // model.ContentGenerationError; ark-runtime-go: contentgeneration.TaskError
	GenerateImagesError    // model.GenerateImagesError; ark-runtime-go: images.ImageError
	ResponsesError         // responses.Error; ark-runtime-go: responses.ResponseError
	ResponsesErrorEvent    // responses.ErrorEvent; ark-runtime-go: responses.ResponseErrorEvent
	FileError              // model/file.Error (volcengine-go-sdk v1.2.x, BytePlus); ark-runtime-go: file.FileError

	// OpenAI-compatible SDK errors.
	OpenAIAPIError     // go-openai APIError: Code (any), Message, Type, HTTPStatusCode
	OpenAIRequestError // go-openai RequestError: HTTPStatusCode, Err
	OpenAIError        // openai-go Error: Code, Message, Type, StatusCode, Response
)

var kindNames = [...]string{
	NotAnError:             "not an Ark error",
	APIError:               "APIError",
	RequestError:           "RequestError",
	ContentGenerationError: "ContentGenerationError",
	GenerateImagesError:    "GenerateImagesError",
	ResponsesError:         "responses.Error",
	ResponsesErrorEvent:    "responses.ErrorEvent",
	FileError:              "file.Error",
	OpenAIAPIError:         "openai.APIError",
	OpenAIRequestError:     "openai.RequestError",
	OpenAIError:            "openai.Error",
}

func (k ErrorKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "ErrorKind(?)"
}

// IsOpenAI reports whether k is an error type of an OpenAI-compatible SDK.
func (k ErrorKind) IsOpenAI() bool { return k >= OpenAIAPIError }

// HasRequestID reports whether errors of kind k carry Ark's request ID: in
// a RequestId field (and in their Error text), or, for openai-go's Error,
// in the header of the Response it keeps (X-Request-Id, RequestIDFrom).
// go-openai's errors and the task-failure structs have none to log.
func (k ErrorKind) HasRequestID() bool { return k == APIError || k == RequestError || k == OpenAIError }

// ServerRequestHeader is the response header in which Ark sends the request
// ID (ark-runtime-go's model.ServerRequestHeader), the one an OpenAI SDK's
// response holds.
const ServerRequestHeader = "X-Request-Id"

// RequestIDFrom returns the expression text that reads the request ID from
// x, an error of kind k that HasRequestID.
func RequestIDFrom(x string, k ErrorKind) string {
	if k == OpenAIError {
		return x + `.Response.Header.Get("` + ServerRequestHeader + `")`
	}
	return x + ".RequestId"
}

// errorKindByName maps the type names of each SDK package to kinds. The
// key is the package path relative to an Ark root that has that layout, or
// the path below openai-go's root, or go-openai's full path.
var (
	// volcengine-go-sdk and BytePlus.
	sharedLayoutKinds = map[string]map[string]ErrorKind{
		"/model": {
			"APIError":               APIError,
			"RequestError":           RequestError,
			"ContentGenerationError": ContentGenerationError,
			"GenerateImagesError":    GenerateImagesError,
		},
		"/model/responses": {
			"Error":      ResponsesError,
			"ErrorEvent": ResponsesErrorEvent,
		},
		"/model/file": {"Error": FileError},
	}
	// ark-runtime-go: chat, images, content generation and Responses live in
	// generated packages of their own.
	arkRuntimeKinds = map[string]map[string]ErrorKind{
		"/model": {
			"APIError":     APIError,
			"RequestError": RequestError,
		},
		"/model/contentgeneration": {"TaskError": ContentGenerationError},
		"/model/images":            {"ImageError": GenerateImagesError},
		"/model/file":              {"FileError": FileError},
		"/model/responses": {
			"ResponseError":      ResponsesError,
			"ResponseErrorEvent": ResponsesErrorEvent,
		},
	}
	goOpenAIKinds = map[string]ErrorKind{
		"APIError":     OpenAIAPIError,
		"RequestError": OpenAIRequestError,
	}
)

// namedOf returns the named type t is, through aliases and one level of
// pointer, or nil.
func namedOf(t types.Type) *types.Named {
	if t == nil {
		return nil
	}
	t = types.Unalias(t)
	if ptr, ok := t.(*types.Pointer); ok {
		t = types.Unalias(ptr.Elem())
	}
	named, _ := t.(*types.Named)
	return named
}

// KindOf returns the SDK error kind of t, looking through aliases and one
// level of pointer: *model.APIError and model.APIError are both APIError.
func KindOf(t types.Type) ErrorKind {
	named := namedOf(t)
	if named == nil {
		return NotAnError
	}
	obj := named.Obj()
	if obj.Pkg() == nil {
		return NotAnError
	}
	path, name := obj.Pkg().Path(), obj.Name()
	if root, rest, ok := arkRootOf(path); ok {
		if root == arkRuntimeRoot {
			return arkRuntimeKinds[rest][name]
		}
		return sharedLayoutKinds[rest][name]
	}
	if path == goOpenAIPath {
		return goOpenAIKinds[name]
	}
	if isOpenAIGoPackage(path, openAIGoErrorIn) && name == "Error" {
		return OpenAIError
	}
	return NotAnError
}

// CodeAPI names the one Ark API that sends code, for a code only one API
// sends, or returns "". A retry decision about the calls the SDKs make
// (chat, embeddings, images, tasks) never sees such a code, so leaving it
// out of what the decision excludes is no gap. SessionQuotaExceeded: the
// 2026 page's "单个 agent 下的活跃 session 数量已达配额上限" (an agent's
// active sessions at their quota), sent when an agent session is created,
// an API none of the SDKs arkvet knows calls. ModelAccountIpmRateLimitExceeded:
// the per-minute image limit, sent to image generation calls only (see
// CallAPI).
func CodeAPI(code string) string {
	switch code {
	case "SessionQuotaExceeded":
		return apiAgentSessions
	case "ModelAccountIpmRateLimitExceeded":
		return apiImages
	}
	return ""
}

// KindAPI names the one API of CodeAPI whose responses carry errors of
// kind k inside them, or returns "": a GenerateImagesError is one image's
// failure inside an image generation response, so of the 429 codes it can
// hold only the per-minute image limit (the request's own rate limits fail
// the whole call, as an APIError).
func KindAPI(k ErrorKind) string {
	if k == GenerateImagesError {
		return apiImages
	}
	return ""
}

const (
	apiAgentSessions = "agent sessions"
	apiImages        = "image generation"
)

// CallAPI names the API of CodeAPI that fn, a method that sends a request
// to Ark (IsArkMethod), calls, or returns "": image generation for an Ark
// SDK Client's GenerateImages calls, eino-ext's ImageGenerationModel and
// the OpenAI SDKs' image calls (CreateImage, the Images service).
func CallAPI(fn *types.Func) string {
	if !IsArkMethod(fn) {
		return ""
	}
	recv := recvName(fn.Signature())
	if strings.Contains(fn.Name(), "Image") || strings.Contains(recv, "Image") {
		return apiImages
	}
	return ""
}
