// Package arkruntimego is what arksdk knows of ark-runtime-go, whose layout
// differs from the other SDKs'.
package arkruntimego // want `^via ark sdk$`

import (
	"context"
	"errors"

	"github.com/volcengine/ark-runtime-go/arkruntime"
	"github.com/volcengine/ark-runtime-go/arkruntime/model"
	"github.com/volcengine/ark-runtime-go/arkruntime/model/chat"
	"github.com/volcengine/ark-runtime-go/arkruntime/model/contentgeneration"
	"github.com/volcengine/ark-runtime-go/arkruntime/model/images"
	"github.com/volcengine/ark-runtime-go/arkruntime/model/responses"
)

func calls(ctx context.Context, key string) {
	c := arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(3))       // want `^retry times option, \(ark-runtime-go\)$`
	_, _ = c.CreateChatCompletion(ctx, &chat.ChatCompletionRequest{})            // want `^ark call, \(ark-runtime-go\)$`
	_ = c.DoBatch(ctx, "POST", "/batch/chat/completions", "endpoint", "ep", nil) // want `^ark call, batch, \(ark-runtime-go\)$`

	chatStream, _ := c.CreateChatCompletionStream(ctx, &chat.ChatCompletionRequest{}) // want `^ark call, \(ark-runtime-go\)$`
	_, _ = chatStream.Recv()                                                          // want `^ark stream recv, \(ark-runtime-go\)$`
	img, _ := c.GenerateImagesStreaming(ctx, &images.CreateImageGenerationRequest{})  // want `^ark call, image generation, \(ark-runtime-go\)$`
	_, _ = img.Recv()                                                                 // want `^ark stream recv, \(ark-runtime-go\)$`
	rs, _ := c.CreateResponsesStream(ctx, &responses.ResponsesRequest{})              // want `^ark call, \(ark-runtime-go\)$`
	ev, _ := rs.Recv()                                                                // want `^ark stream recv, wraps, \(ark-runtime-go\)$`
	_ = ev.ResponseErrorEvent.Type == responses.ResponseErrorEventTypeError           // the event's type: no role
	_ = ev.ResponseErrorEvent.Code                                                    // want `^field responses.ErrorEvent code$`
	_ = ev.ResponseErrorEvent.Code.Value == "SessionBusy"                             // want `^field responses.ErrorEvent code$` `^field responses.ErrorEvent code$`
	_ = ev.ResponseErrorEvent.GetCode().Value                                         // want `^field responses.ErrorEvent code$` `^getter responses.ErrorEvent code$`
	_ = ev.ResponseErrorEvent.Param.Value                                             // want `^field responses.ErrorEvent param$` `^field responses.ErrorEvent param$`
	_ = ev.ResponseErrorEvent.Code.Set                                                // want `^field responses.ErrorEvent code$`
	_ = ev.ResponseErrorEvent.GetMessage()                                            // want `^getter responses.ErrorEvent message$`

	_, _ = c.CreateBatchChatCompletion(ctx, &chat.ChatCompletionRequest{}) // want `^ark call, batch, \(ark-runtime-go\)$`
	f, _ := c.RetrieveFile(ctx, "file-1")                                  // want `^ark call, \(ark-runtime-go\)$`
	if fe, ok := f.Error.Get(); ok {
		_ = fe.Code == "InvalidParameter" // want `^field file.Error code$`
		_ = fe.Type                       // want `^field file.Error type$`
	}

	task, _ := c.GetContentGenerationTask(ctx, "cgt-1") // want `^ark call, \(ark-runtime-go\)$`
	if te, ok := task.Error.Get(); ok {
		_ = te.Code      // want `^field ContentGenerationError code$`
		_ = te.GetCode() // want `^getter ContentGenerationError code$`
	}
}

func fields(err error) {
	var apiErr *model.APIError // want `^kind APIError$`
	if errors.As(err, &apiErr) {
		_ = apiErr.Code                                       // want `^field APIError code$`
		_ = apiErr.ResponseHeader                             // want `^field APIError header$`
		_ = apiErr.GetHeader()                                // want `^getter APIError header$`
		_ = apiErr.GetHeader().Get(model.ServerRequestHeader) // want `^getter APIError header$` `^request id header$`
		_ = apiErr.GetHeader().Get(model.ClientRequestHeader) // want `^getter APIError header$` `^request id header$`
	}
	var reqErr *model.RequestError                   // want `^kind RequestError$`
	var te contentgeneration.TaskError               // want `^kind ContentGenerationError$`
	var ie *images.ImageError                        // want `^kind GenerateImagesError$`
	var re responses.ResponseError                   // want `^kind responses.Error$`
	var ee *responses.ResponseErrorEvent             // want `^kind responses.ErrorEvent$`
	var task contentgeneration.ContentGenerationTask // not an error
	_, _, _, _, _, _ = reqErr, te, ie, re, ee, task
	_ = model.RetryAfterHeader
	_ = model.ShouldRetryHeader
}
