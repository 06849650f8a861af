package logruscase

import (
	"context"
	"errors"

	"github.com/sirupsen/logrus"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

func chains(ctx context.Context, c *arkruntime.Client, logger *logrus.Logger) {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		logrus.WithField("code", apiErr.Code).Error("ark call failed")                         // want `Ark error logged without its request ID; add apiErr.RequestId`
		logrus.Errorf("ark call failed: %s", apiErr.Message)                                   // want `Ark error logged without its request ID; add apiErr.RequestId`
		logger.WithFields(logrus.Fields{"code": apiErr.Code, "type": apiErr.Type}).Warn("ark") // want `Ark error logged without its request ID; add apiErr.RequestId`
		entry := logger.WithField("status", apiErr.HTTPStatusCode)
		entry.Info("ark call failed") // want `Ark error logged without its request ID; add apiErr.RequestId`
		fields := logrus.Fields{}
		fields["code"] = apiErr.Code
		logrus.WithFields(fields).Errorln("ark call failed") // want `Ark error logged without its request ID; add apiErr.RequestId`
	}
}

func keeps(ctx context.Context, c *arkruntime.Client, logger *logrus.Logger) {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		logrus.WithError(err).WithField("code", apiErr.Code).Error("ark call failed")
		logger.WithField("code", apiErr.Code).WithField("request_id", apiErr.RequestId).Error("ark call failed")
		logrus.WithFields(logrus.Fields{"code": apiErr.Code, "error": apiErr}).Error("ark call failed")
		entry := logger.WithError(apiErr)
		entry.WithField("code", apiErr.Code).Warn("ark call failed")
		logrus.Info("retrying")
	}
}
