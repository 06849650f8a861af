package arksdk_test

import (
	"go/token"
	"go/types"
	"testing"

	"github.com/arkvet/arkvet/internal/arksdk"
)

// named declares the type name in a new package at path, as its SDK does.
func named(path, name string) *types.Named {
	pkg := types.NewPackage(path, "p")
	return types.NewNamed(types.NewTypeName(token.NoPos, pkg, name, nil), types.NewStruct(nil, nil), nil)
}

// method declares (*recv).name() error.
func method(recv *types.Named, name string) *types.Func {
	errType := types.Universe.Lookup("error").Type()
	sig := types.NewSignatureType(types.NewVar(token.NoPos, recv.Obj().Pkg(), "c", types.NewPointer(recv)), nil, nil,
		nil, types.NewTuple(types.NewVar(token.NoPos, nil, "", errType)), false)
	return types.NewFunc(token.NoPos, recv.Obj().Pkg(), name, sig)
}

func TestOrigins(t *testing.T) {
	const (
		volcengine = "github.com/volcengine/volcengine-go-sdk/service/arkruntime"
		byteplus   = "github.com/byteplus-sdk/byteplus-go-sdk-v2/service/arkruntime"
		goOpenAI   = "github.com/sashabaranov/go-openai"
		openAIGoV3 = "github.com/openai/openai-go/v3"
	)
	for _, c := range []struct {
		t    types.Type
		want arksdk.ErrorOrigin
	}{
		{types.NewPointer(named(volcengine+"/model", "APIError")), volcengine},
		{named(byteplus+"/model", "RequestError"), byteplus},
		{types.NewPointer(named(goOpenAI, "APIError")), goOpenAI},
		{types.NewPointer(named(openAIGoV3+"/internal/apierror", "Error")), openAIGoV3},
		{types.NewPointer(named(volcengine+"/model", "ChatCompletionResponse")), ""}, // no error type
		{types.NewPointer(named("example.com/app", "APIError")), ""},                 // a look-alike
	} {
		if got := arksdk.OriginOfType(c.t); got != c.want {
			t.Errorf("OriginOfType(%v) = %q, want %q", c.t, got, c.want)
		}
	}
	for _, c := range []struct {
		fn   *types.Func
		want arksdk.ErrorOrigin
		name string
	}{
		{method(named(volcengine, "Client"), "CreateChatCompletion"), volcengine, "volcengine-go-sdk"},
		{method(named(goOpenAI, "Client"), "CreateChatCompletion"), goOpenAI, "go-openai"},
		// eino-ext's Ark model wraps volcengine-go-sdk's errors.
		{method(named("github.com/cloudwego/eino-ext/components/model/ark", "ChatModel"), "Generate"), volcengine, "volcengine-go-sdk"},
		// Not a call to Ark: a client's helper, a stream's Recv, eino's interfaces.
		{method(named(goOpenAI, "ChatCompletionStream"), "Recv"), "", ""},
		{method(named("github.com/cloudwego/eino/components/model", "BaseChatModel"), "Generate"), "", ""},
		{method(named("example.com/app", "Client"), "CreateChatCompletion"), "", ""},
	} {
		got := arksdk.OriginOfCall(c.fn)
		if got != c.want || c.want != "" && got.SDKName() != c.name {
			t.Errorf("OriginOfCall(%v) = %q (%s), want %q (%s)", c.fn, got, got.SDKName(), c.want, c.name)
		}
	}
	for o, want := range map[arksdk.ErrorOrigin]string{goOpenAI: "*openai.APIError", openAIGoV3: "*openai.Error", byteplus: "*model.APIError"} {
		if got := o.APIErrorType(); got != want {
			t.Errorf("%s: APIErrorType() = %s, want %s", o, got, want)
		}
	}
}
