package klogcase

import (
	"context"
	"errors"

	"k8s.io/klog/v2"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

func structured(ctx context.Context, c *arkruntime.Client) {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		klog.InfoS("ark call failed", "code", apiErr.Code)       // want `Ark error logged without its request ID; add apiErr.RequestId`
		klog.ErrorS(nil, "ark call failed", "code", apiErr.Code) // want `Ark error logged without its request ID; add apiErr.RequestId`
		klog.V(2).InfoS("ark call failed", "type", apiErr.Type)  // want `Ark error logged without its request ID; add apiErr.RequestId`
		klog.Errorf("ark call failed: %s", apiErr.Message)       // want `Ark error logged without its request ID; add apiErr.RequestId`
		klog.Error("ark call failed: ", apiErr.Code)             // want `Ark error logged without its request ID; add apiErr.RequestId`
	}
}

func keeps(ctx context.Context, c *arkruntime.Client) {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		klog.ErrorS(err, "ark call failed", "code", apiErr.Code)
		klog.InfoS("ark call failed", "code", apiErr.Code, "request_id", apiErr.RequestId)
		klog.Errorf("ark call failed: %v", apiErr)
		klog.Info("retrying")
	}
}
