package arksdk

import (
	"go/types"
)

// ErrorKind says which SDK error type a value has.
type ErrorKind uint8

const (
	NotAnError ErrorKind = iota

	// Ark SDK errors (either module).
	APIError               // model.APIError: Code, Message, Param, Type, HTTPStatusCode, RequestId
	RequestError           // model.RequestError: HTTPStatusCode, Err, RequestId
	ContentGenerationError // model.ContentGenerationError: Code, Message
	GenerateImagesError    // model.GenerateImagesError: Code, Message
	ResponsesError         // responses.Error: Code, Message, GetCode()
	ResponsesErrorEvent    // responses.ErrorEvent: Code (*string), Message, GetCode()

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

// HasRequestID reports whether errors of kind k carry Ark's request ID in a
// RequestId field (and in their Error text). The OpenAI SDKs' errors and the
// task-failure structs have none to log.
func (k ErrorKind) HasRequestID() bool { return k == APIError || k == RequestError }

// errorKindByName maps the type names of each SDK package to kinds.
// The key is the package path relative to an Ark root, or the full path for
// the OpenAI SDKs.
var errorKindByName = map[string]map[string]ErrorKind{
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
	goOpenAIPath: {
		"APIError":     OpenAIAPIError,
		"RequestError": OpenAIRequestError,
	},
	openAIGoErrorPath: {"Error": OpenAIError},
}

// KindOf returns the SDK error kind of t, looking through aliases and one
// level of pointer: *model.APIError and model.APIError are both APIError.
func KindOf(t types.Type) ErrorKind {
	if t == nil {
		return NotAnError
	}
	t = types.Unalias(t)
	if ptr, ok := t.(*types.Pointer); ok {
		t = types.Unalias(ptr.Elem())
	}
	named, ok := t.(*types.Named)
	if !ok {
		return NotAnError
	}
	obj := named.Obj()
	if obj.Pkg() == nil {
		return NotAnError
	}
	path := obj.Pkg().Path()
	if rest, ok := arkSubpackage(path); ok {
		path = rest
	}
	return errorKindByName[path][obj.Name()]
}
