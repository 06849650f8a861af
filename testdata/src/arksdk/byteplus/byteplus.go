// Package byteplus is what arksdk knows of BytePlus ModelArk's SDK: the same rules as volcengine-go-sdk, another root.
package byteplus // want `^via ark sdk$`

import (
	"context"
	"errors"

	"github.com/byteplus-sdk/byteplus-go-sdk-v2/service/arkruntime"
	"github.com/byteplus-sdk/byteplus-go-sdk-v2/service/arkruntime/model"
	"github.com/byteplus-sdk/byteplus-go-sdk-v2/service/arkruntime/model/file"
	"github.com/byteplus-sdk/byteplus-go-sdk-v2/service/arkruntime/model/responses"
)

func calls(ctx context.Context, key string, req model.CreateChatCompletionRequest) {
	c := arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(-1)) // want `^retry times option, \(byteplus-go-sdk-v2\)$`
	_, _ = c.CreateChatCompletion(ctx, &req)                                // want `^ark call, \(byteplus-go-sdk-v2\)$`
	_, _ = c.CreateBatchChatCompletion(ctx, &req)                           // want `^ark call, batch, \(byteplus-go-sdk-v2\)$`
	_, _ = c.CreateBatchEmbeddings(ctx, model.EmbeddingRequest{})           // want `^ark call, batch, \(byteplus-go-sdk-v2\)$`
	_, _ = c.GetEndpointStsToken(ctx, "ep")                                 // want `^ark call, \(byteplus-go-sdk-v2\)$`
	meta, _ := c.RetrieveFile(ctx, "file-1")                                // want `^ark call, \(byteplus-go-sdk-v2\)$`
	_ = meta.Error.Code == "InvalidParameter"                               // want `^field file.Error code$`
	_ = meta.Error.Type                                                     // want `^field file.Error type$`

	chat, _ := c.CreateChatCompletionStream(ctx, &req)                      // want `^ark call, \(byteplus-go-sdk-v2\)$`
	_, _ = chat.Recv()                                                      // want `^ark stream recv, \(byteplus-go-sdk-v2\)$`
	_ = chat.Close()                                                        // Close reads nothing
	img, _ := c.GenerateImagesStreaming(ctx, model.GenerateImagesRequest{}) // want `^ark call, image generation, \(byteplus-go-sdk-v2\)$`
	_, _ = img.Recv()                                                       // want `^ark stream recv, wraps, \(byteplus-go-sdk-v2\)$`
	rs, _ := c.CreateResponsesStream(ctx, &responses.ResponsesRequest{})    // want `^ark call, \(byteplus-go-sdk-v2\)$`
	ev, _ := rs.Recv()                                                      // want `^ark stream recv, wraps, \(byteplus-go-sdk-v2\)$`
	e := ev.GetError()
	_ = e.Type == responses.EventType_error // the event's type: no role
	_ = e.GetCode()                         // want `^getter responses.ErrorEvent code$`
	_ = e.Code                              // want `^field responses.ErrorEvent code$`
}

func fields(err error) {
	var apiErr *model.APIError // want `^kind APIError$`
	if errors.As(err, &apiErr) {
		_ = apiErr.Code           // want `^field APIError code$`
		_ = apiErr.Type           // want `^field APIError type$`
		_ = apiErr.HTTPStatusCode // want `^field APIError status$`
		_ = apiErr.RequestId      // want `^field APIError request id$`
		_ = apiErr.Message        // want `^field APIError message$`
	}
	var reqErr *model.RequestError // want `^kind RequestError$`
	if errors.As(err, &reqErr) {
		_ = reqErr.Err // want `^field RequestError wrapped$`
	}
	var fe file.Error                    // want `^kind file.Error$`
	var re *responses.Error              // want `^kind responses.Error$`
	var ee responses.ErrorEvent          // want `^kind responses.ErrorEvent$`
	var ce *model.ContentGenerationError // want `^kind ContentGenerationError$`
	var ge model.GenerateImagesError     // want `^kind GenerateImagesError$`
	var meta file.FileMeta               // not an error
	_, _, _, _, _, _ = fe, re, ee, ce, ge, meta
	_ = model.ClientRequestHeader // want `^request id header$`
	_ = model.RetryAfterHeader
}
