// Package chatonly calls Ark for chat only: the per-minute image limit
// (ModelAccountIpmRateLimitExceeded), which only image generation gets, is
// no gap in its retry decisions.
package chatonly

import (
	"context"
	"errors"
	"time"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// Every retryable 429 a chat call can get, and no image limit: quiet.
func shouldRetry(err error) bool {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return false
	}
	switch apiErr.Code {
	case "ServerOverloaded", "RequestBurstTooFast",
		"ModelAccountRpmRateLimitExceeded", "ModelAccountTpmRateLimitExceeded",
		"RateLimitExceeded.EndpointRPMExceeded", "RateLimitExceeded.EndpointTPMExceeded", "AccountRateLimitExceeded",
		"APIAccountRpmRateLimitExceeded", "InflightBatchsizeExceeded":
		return true
	}
	return false
}

// One left out is still reported, and the image limit is not named as
// missing.
func shouldWait(err error) bool {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return false
	}
	switch apiErr.Code {
	case "ServerOverloaded", "RequestBurstTooFast", // want `^switch on Ark error code handles .* but not the retryable APIAccountRpmRateLimitExceeded; handle them alike or check \.HTTPStatusCode == 429$`
		"ModelAccountRpmRateLimitExceeded", "ModelAccountTpmRateLimitExceeded",
		"RateLimitExceeded.EndpointRPMExceeded", "RateLimitExceeded.EndpointTPMExceeded", "AccountRateLimitExceeded",
		"InflightBatchsizeExceeded":
		return true
	}
	return false
}

func chat(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for i := 0; ; i++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil || i == 3 || !shouldRetry(err) && !shouldWait(err) {
			return err
		}
		time.Sleep(time.Duration(i+1) * time.Second)
	}
}
