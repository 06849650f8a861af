package cloudwegocase

import (
	"context"
	"errors"

	"github.com/cloudwego/hertz/pkg/common/hlog"
	"github.com/cloudwego/kitex/pkg/klog"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

func hertz(ctx context.Context, c *arkruntime.Client) {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		hlog.CtxErrorf(ctx, "ark call failed: %s", apiErr.Code)          // want `Ark error logged without its request ID; add apiErr.RequestId`
		hlog.Errorf("ark call failed: %s", apiErr.Message)               // want `Ark error logged without its request ID; add apiErr.RequestId`
		hlog.Error("ark call failed: ", apiErr.Code)                     // want `Ark error logged without its request ID; add apiErr.RequestId`
		hlog.DefaultLogger().CtxWarnf(ctx, "ark code %s", apiErr.Code)   // want `Ark error logged without its request ID; add apiErr.RequestId`
		hlog.CtxErrorf(ctx, "ark call failed: %s: %v", apiErr.Code, err) // keeps the ID
	}
}

func kitex(ctx context.Context, c *arkruntime.Client, logger klog.FullLogger) {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		klog.CtxErrorf(ctx, "ark call failed: %s", apiErr.Code) // want `Ark error logged without its request ID; add apiErr.RequestId`
		logger.Errorf("ark call failed: %s", apiErr.Message)    // want `Ark error logged without its request ID; add apiErr.RequestId`
		logger.Warn("ark call failed: ", apiErr.Code)           // want `Ark error logged without its request ID; add apiErr.RequestId`
		klog.CtxErrorf(ctx, "ark call failed: %s (%s)", apiErr.Code, apiErr.RequestId)
	}
}
