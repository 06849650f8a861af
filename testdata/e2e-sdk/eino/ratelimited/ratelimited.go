// Package ratelimited decides in eino's retry config which Ark errors to
// retry, reading the SDK's error through eino's wrapping.
package ratelimited

import (
	"context"
	"errors"

	"github.com/cloudwego/eino/adk"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// EveryRateLimit retries every 429, those that waiting never clears included.
var EveryRateLimit = &adk.ModelRetryConfig{
	MaxRetries: 3,
	IsRetryAble: func(_ context.Context, err error) bool {
		var apiErr *model.APIError
		return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429
	},
}

// Clearable retries the 429s that waiting clears.
var Clearable = &adk.ModelRetryConfig{
	MaxRetries: 3,
	IsRetryAble: func(_ context.Context, err error) bool {
		var apiErr *model.APIError
		return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 &&
			apiErr.Code != "SetLimitExceeded" && apiErr.Code != "QuotaExceeded" && apiErr.Code != "SessionQuotaExceeded"
	},
}
