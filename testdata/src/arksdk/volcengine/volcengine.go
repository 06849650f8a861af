// Package volcengine is what arksdk knows of volcengine-go-sdk.
package volcengine // want `^via ark sdk$`

import (
	"context"
	"errors"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model/file"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model/responses"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/reconcile"
)

// controller-runtime's result, by its own name and through the alias the
// package sigs.k8s.io/controller-runtime declares.
func results() {
	var direct reconcile.Result // want `^requeue result$`
	var aliased ctrl.Result     // want `^requeue result$`
	var request reconcile.Request
	_, _, _ = direct, aliased, request
}

func calls(ctx context.Context, key string, req model.CreateChatCompletionRequest) {
	c := arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(-1)) // want `^retry times option, \(volcengine-go-sdk\)$`
	_, _ = c.CreateChatCompletion(ctx, &req)                                // want `^ark call, \(volcengine-go-sdk\)$`
	_, _ = c.CreateBatchChatCompletion(ctx, &req)                           // want `^ark call, batch, \(volcengine-go-sdk\)$`
	_, _ = c.CreateBatchEmbeddings(ctx, model.EmbeddingRequest{})           // want `^ark call, batch, \(volcengine-go-sdk\)$`
	_, _ = c.GetEndpointStsToken(ctx, "ep")                                 // want `^ark call, \(volcengine-go-sdk\)$`
	meta, _ := c.RetrieveFile(ctx, "file-1")                                // want `^ark call, \(volcengine-go-sdk\)$`
	_ = meta.Error.Code == "InvalidParameter"                               // want `^field file.Error code$`
	_ = meta.Error.Type                                                     // want `^field file.Error type$`

	chat, _ := c.CreateChatCompletionStream(ctx, &req)                               // want `^ark call, \(volcengine-go-sdk\)$`
	_, _ = chat.Recv()                                                               // want `^ark stream recv, \(volcengine-go-sdk\)$`
	_ = chat.Close()                                                                 // Close reads nothing
	bot, _ := c.CreateBotChatCompletionStream(ctx, model.BotChatCompletionRequest{}) // want `^ark call, \(volcengine-go-sdk\)$`
	_, _ = bot.Recv()                                                                // want `^ark stream recv, wraps, \(volcengine-go-sdk\)$`
	img, _ := c.GenerateImagesStreaming(ctx, model.GenerateImagesRequest{})          // want `^ark call, image generation, \(volcengine-go-sdk\)$`
	_, _ = img.Recv()                                                                // want `^ark stream recv, wraps, \(volcengine-go-sdk\)$`
	rs, _ := c.CreateResponsesStream(ctx, &responses.ResponsesRequest{})             // want `^ark call, \(volcengine-go-sdk\)$`
	ev, _ := rs.Recv()                                                               // want `^ark stream recv, wraps, \(volcengine-go-sdk\)$`
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
