// Package eino reaches Ark only through eino's Ark component.
package eino

import (
	"context"
	"errors"
	"time"

	"github.com/cloudwego/eino-ext/components/model/ark"
	"github.com/cloudwego/eino/adk"
	"github.com/cloudwego/eino/schema"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// A loop around Generate is a retry loop.
func generate(ctx context.Context, cm *ark.ChatModel, in []*schema.Message) (*schema.Message, error) {
	var err error
	for attempt := 0; attempt < 3; attempt++ { // want `this loop retries every error from Generate`
		var out *schema.Message
		if out, err = cm.Generate(ctx, in); err == nil {
			return out, nil
		}
		time.Sleep(time.Second)
	}
	return nil, err
}

// An agent's model retries with no condition: every error.
var everything = &adk.ModelRetryConfig{MaxRetries: 3} // want `^adk\.ModelRetryConfig with no IsRetryAble retries every error of the Ark model`

// An IsRetryAble that returns true for every 429.
var every429 = &adk.ModelRetryConfig{
	MaxRetries: 3,
	IsRetryAble: func(ctx context.Context, err error) bool {
		var apiErr *model.APIError
		return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 // want `retrying every 429 also retries QuotaExceeded, SessionQuotaExceeded and SetLimitExceeded`
	},
}

// An IsRetryAble that leaves out the codes waiting never clears: quiet.
var waitable = &adk.ModelRetryConfig{
	MaxRetries: 3,
	IsRetryAble: func(ctx context.Context, err error) bool {
		var apiErr *model.APIError
		if !errors.As(err, &apiErr) {
			return false
		}
		switch apiErr.Code {
		case "SetLimitExceeded", "QuotaExceeded", "SessionQuotaExceeded":
			return false
		}
		return apiErr.HTTPStatusCode == 429
	},
}
