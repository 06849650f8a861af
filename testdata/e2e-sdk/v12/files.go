package main

import (
	"context"
	"fmt"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model/responses"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/utils"
)

// fileFailed reads the code of a file whose processing failed (v1.2.x's
// Files API): file.Error carries Ark codes.
func fileFailed(ctx context.Context, c *arkruntime.Client, id string) bool {
	meta, err := c.RetrieveFile(ctx, id)
	if err != nil || meta.Error == nil {
		return false
	}
	return meta.Error.Code == "AuthenticationErrror" || meta.Error.Code == "InvalidParameter.Model"
}

// streamFailed reads a Responses stream: an error event's Type is the event
// type, "error", not one of Ark's error types.
func streamFailed(stream *utils.ResponsesStreamReader) bool {
	ev, err := stream.Recv()
	if err != nil {
		fmt.Println(err)
		return true
	}
	e := ev.GetError()
	return e != nil && e.Type == responses.EventType_error
}
