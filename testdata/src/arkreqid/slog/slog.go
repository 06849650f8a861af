package slogcase

import (
	"context"
	"errors"
	"log/slog"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

func functions(ctx context.Context, c *arkruntime.Client) {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		slog.Error("ark call failed", "code", apiErr.Code, "message", apiErr.Message) // want `Ark error logged without its request ID; add apiErr.RequestId`
		slog.WarnContext(ctx, "ark call failed", slog.String("type", apiErr.Type))    // want `Ark error logged without its request ID; add apiErr.RequestId`
		slog.Log(ctx, slog.LevelError, "ark call failed",                             // want `Ark error logged without its request ID; add apiErr.RequestId`
			"status", apiErr.HTTPStatusCode,
		)
	}
}

func methods(ctx context.Context, c *arkruntime.Client, logger *slog.Logger) {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		logger.Error("ark call failed", "code", apiErr.Code)                                       // want `Ark error logged without its request ID; add apiErr.RequestId`
		logger.With("code", apiErr.Code).Info("ark call failed")                                   // want `Ark error logged without its request ID; add apiErr.RequestId`
		logger.LogAttrs(ctx, slog.LevelError, "ark call failed", slog.String("code", apiErr.Code)) // want `Ark error logged without its request ID; add apiErr.RequestId`
		logger.LogAttrs(ctx, slog.LevelError, "ark call failed",                                   // want `Ark error logged without its request ID; add apiErr.RequestId`
			slog.Group("ark", slog.String("code", apiErr.Code)))
	}
}

// The ID is there: no report.
func keeps(ctx context.Context, c *arkruntime.Client, logger *slog.Logger) {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		slog.Error("ark call failed", "code", apiErr.Code, "err", err)
		slog.Error("ark call failed", "code", apiErr.Code, slog.Any("error", apiErr))
		logger.With("request_id", apiErr.RequestId).Error("ark call failed", "code", apiErr.Code)
		logger.LogAttrs(ctx, slog.LevelError, "ark call failed", slog.String("code", apiErr.Code), slog.String("request_id", apiErr.RequestId))
		reqLog := logger.With(slog.String("request_id", apiErr.RequestId))
		reqLog.Warn("ark call failed", "code", apiErr.Code)
		slog.Info("retrying", "attempt", 2)
	}
}
