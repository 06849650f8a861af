package hclogcase

import (
	"context"
	"errors"

	"github.com/hashicorp/go-hclog"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

func logs(ctx context.Context, c *arkruntime.Client, logger hclog.Logger) {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		logger.Error("ark call failed", "code", apiErr.Code)              // want `Ark error logged without its request ID; add apiErr.RequestId`
		hclog.L().Log(hclog.Warn, "ark call failed", "type", apiErr.Type) // want `Ark error logged without its request ID; add apiErr.RequestId`
		logger.With("code", apiErr.Code).Warn("ark call failed")          // want `Ark error logged without its request ID; add apiErr.RequestId`
	}
}

func keeps(ctx context.Context, c *arkruntime.Client, logger hclog.Logger) {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		logger.Error("ark call failed", "code", apiErr.Code, "error", err)
		logger.With("request_id", apiErr.RequestId).Error("ark call failed", "code", apiErr.Code)
		logger.Info("retrying")
	}
}
