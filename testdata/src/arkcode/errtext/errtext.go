// Package errtext searches error text for codes.
package errtext

import (
	"context"
	"strings"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

func call(ctx context.Context, client *arkruntime.Client) string {
	_, err := client.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{})
	if err == nil {
		return ""
	}
	if strings.Contains(err.Error(), "ServerOverloded") { // want `^unknown Ark error code "ServerOverloded" searched for in the error text; did you mean "ServerOverloaded"\?$`
		return "retry"
	}
	if strings.Contains(err.Error(), "RateLimitExceeded.EndpointRPMExceed") { // part of a code: fine
		return "retry"
	}
	if strings.Contains(err.Error(), `ModelAccountTpmRateLimitExceded`) { // want `did you mean "ModelAccountTpmRateLimitExceeded"\?$`
		return "retry"
	}
	// Ordinary text, words near no code, and codes are not findings.
	if strings.Contains(err.Error(), "ServerOverloaded") || strings.Contains(err.Error(), "RateLimit") ||
		strings.Contains(err.Error(), "server overloded") || strings.Contains(err.Error(), "EOF") ||
		strings.Contains(err.Error(), "context deadline exceeded") || strings.Contains(err.Error(), "ModelQuotaGone") {
		return "retry"
	}
	var werr error = context.Canceled
	if strings.Contains(werr.Error(), "QuotaExceded") { // want `did you mean "QuotaExceeded"\?$`
		return "quota"
	}
	// Not an error's text.
	msg := "QuotaExceded"
	return map[bool]string{strings.Contains(msg, "QuotaExceded"): "x"}[true]
}
