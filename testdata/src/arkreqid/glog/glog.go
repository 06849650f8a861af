package glogcase

import (
	"context"
	"errors"

	"github.com/golang/glog"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

func logs(ctx context.Context, c *arkruntime.Client) {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		glog.Errorf("ark call failed: %s", apiErr.Code)    // want `Ark error logged without its request ID; add apiErr.RequestId`
		glog.V(1).Infof("ark code %s", apiErr.Code)        // want `Ark error logged without its request ID; add apiErr.RequestId`
		glog.Warningln("ark call failed:", apiErr.Message) // want `Ark error logged without its request ID; add apiErr.RequestId`
	}
}

func keeps(ctx context.Context, c *arkruntime.Client) {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		glog.Errorf("ark call failed: %s (request %s)", apiErr.Code, apiErr.RequestId)
		glog.Error("ark call failed: ", err)
		glog.Info("retrying")
	}
}
