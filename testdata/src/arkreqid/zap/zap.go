package zapcase

import (
	"context"
	"errors"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

func fields(ctx context.Context, c *arkruntime.Client, logger *zap.Logger) {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		logger.Error("ark call failed", zap.String("code", apiErr.Code), zap.Int("status", apiErr.HTTPStatusCode)) // want `Ark error logged without its request ID; add apiErr.RequestId`
		logger.With(zap.String("code", apiErr.Code)).Warn("ark call failed")                                       // want `Ark error logged without its request ID; add apiErr.RequestId`
		zap.L().Log(zapcore.ErrorLevel, "ark call failed", zap.Stringp("param", apiErr.Param))                     // want `Ark error logged without its request ID; add apiErr.RequestId`
		logger.Info("ark call failed", []zap.Field{zap.String("code", apiErr.Code)}...)                            // want `Ark error logged without its request ID; add apiErr.RequestId`
	}
}

func sugar(ctx context.Context, c *arkruntime.Client, logger *zap.Logger) {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		s := logger.Sugar()
		s.Errorw("ark call failed", "code", apiErr.Code)     // want `Ark error logged without its request ID; add apiErr.RequestId`
		s.Errorf("ark call failed: %s", apiErr.Message)      // want `Ark error logged without its request ID; add apiErr.RequestId`
		zap.S().Error("ark call failed: ", apiErr.Code)      // want `Ark error logged without its request ID; add apiErr.RequestId`
		s.With("code", apiErr.Code).Warnw("ark call failed") // want `Ark error logged without its request ID; add apiErr.RequestId`
		s.Logf(zapcore.WarnLevel, "ark %s", apiErr.Code)     // want `Ark error logged without its request ID; add apiErr.RequestId`
	}
}

func keeps(ctx context.Context, c *arkruntime.Client, logger *zap.Logger) {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		logger.Error("ark call failed", zap.String("code", apiErr.Code), zap.Error(err))
		logger.With(zap.String("request_id", apiErr.RequestId)).Error("ark call failed", zap.String("code", apiErr.Code))
		l := logger.With(zap.Error(apiErr))
		l.Error("ark call failed", zap.String("code", apiErr.Code))
		logger.Sugar().Errorw("ark call failed", "code", apiErr.Code, "request_id", apiErr.RequestId)
		logger.Info("retrying")
	}
}
