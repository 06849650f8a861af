// Package worker is a document worker written the way application code
// is: a list of codes to retry, a bulk client built from a list of options
// with the SDK's retries off, and an overflow to OpenAI itself.
package worker

import (
	"context"
	"errors"
	"fmt"
	"time"

	openai "github.com/sashabaranov/go-openai"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// retryableCodes are the codes ChatJSON retries; SetLimitExceeded among
// them is retried on purpose, and no wait clears it.
var retryableCodes = map[string]bool{
	"RateLimitExceeded.EndpointRPMExceeded": true,
	"RateLimitExceeded.EndpointTPMExceeded": true,
	"ModelAccountRpmRateLimitExceeded":      true,
	"ModelAccountTpmRateLimitExceeded":      true,
	"ModelAccountIpmRateLimitExceeded":      true,
	"APIAccountRpmRateLimitExceeded":        true,
	"AccountRateLimitExceeded":              true,
	"InflightBatchsizeExceeded":             true,
	"ServerOverloaded":                      true,
	"RequestBurstTooFast":                   true,
	"SetLimitExceeded":                      true,
}

// Worker calls Ark, and OpenAI when Ark is out of capacity.
type Worker struct {
	ark      *arkruntime.Client
	bulk     *arkruntime.Client
	overflow *openai.Client
	failed   int
}

// New builds the clients.
func New(key, openAIKey string) *Worker {
	opts := []arkruntime.ConfigOption{arkruntime.WithTimeout(30 * time.Second), arkruntime.WithRetryTimes(0)}
	oc := openai.DefaultConfig(openAIKey)
	oc.BaseURL = "https://api.openai.com/v1"
	return &Worker{
		ark:      arkruntime.NewClientWithApiKey(key),
		bulk:     arkruntime.NewClientWithApiKey(key, opts...),
		overflow: openai.NewClientWithConfig(oc),
	}
}

// ChatJSON retries what retryableCodes lists.
func (w *Worker) ChatJSON(ctx context.Context, req model.CreateChatCompletionRequest) (string, error) {
	var last error
	for attempt := 0; attempt < 4; attempt++ {
		resp, err := w.ark.CreateChatCompletion(ctx, req)
		if err != nil {
			var apiErr *model.APIError
			if !errors.As(err, &apiErr) || !retryableCodes[apiErr.Code] {
				return "", fmt.Errorf("chat json: %w", err)
			}
			last = err
			time.Sleep(time.Duration(attempt+1) * 2 * time.Second)
			continue
		}
		return fmt.Sprint(len(resp.Choices)), nil
	}
	return "", last
}

// Reindex counts every failure of the bulk client, 429s included.
func (w *Worker) Reindex(ctx context.Context, reqs []model.CreateChatCompletionRequest) {
	for _, req := range reqs {
		if _, err := w.bulk.CreateChatCompletion(ctx, req); err != nil {
			w.failed++
		}
	}
}

// Overflow sorts OpenAI's own codes: not Ark's, quiet.
func (w *Worker) Overflow(ctx context.Context, req openai.ChatCompletionRequest) string {
	_, err := w.overflow.CreateChatCompletion(ctx, req)
	var apiErr *openai.APIError
	if errors.As(err, &apiErr) {
		code, _ := apiErr.Code.(string)
		switch code {
		case "insufficient_quota", "billing_hard_limit_reached":
			return "quota"
		case "model_not_found":
			return "model"
		}
	}
	return ""
}
