// Package single holds rule 1 of arkretry for retry decisions that name a
// single retryable 429 code: a loop, a predicate or a classifier that is
// the call's retry policy and sends one rate limit round again while every
// other fails at once.
package single

import (
	"context"
	"errors"
	"log"
	"net/http"
	"strings"
	"time"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// A loop that waits out the per-minute image limit only.
func imageLimitOnly(ctx context.Context, c *arkruntime.Client, req model.GenerateImagesRequest) (model.ImagesResponse, error) {
	for attempt := 0; ; attempt++ {
		resp, err := c.GenerateImages(ctx, req)
		if err == nil {
			return resp, nil
		}
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.Code == "ModelAccountIpmRateLimitExceeded" && attempt < 5 { // want `^check of Ark error code handles ModelAccountIpmRateLimitExceeded but not the retryable APIAccountRpmRateLimitExceeded, .*; handle them alike or check \.HTTPStatusCode == 429$`
			time.Sleep(time.Duration(attempt+1) * time.Second)
			continue
		}
		return resp, err
	}
}

// A switch with one retrying case inside the loop.
func overloadOnly(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	for attempt := 0; attempt < 4; attempt++ {
		resp, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return resp, nil
		}
		var apiErr *model.APIError
		if !errors.As(err, &apiErr) {
			return resp, err
		}
		switch apiErr.Code {
		case "ServerOverloaded": // want `^switch on Ark error code handles ServerOverloaded but not the retryable`
			time.Sleep(2 * time.Second)
			continue
		}
		return resp, err
	}
	return model.ChatCompletionResponse{}, errors.New("ark: still overloaded")
}

// A predicate that is the loop's condition: found by its use.
func isBurst(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.Code == "RequestBurstTooFast" // want `handles RequestBurstTooFast but not the retryable`
}

func burstLoop(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	_, err := c.CreateChatCompletion(ctx, req)
	for i := 0; isBurst(err) && i < 3; i++ {
		time.Sleep(time.Second)
		_, err = c.CreateChatCompletion(ctx, req)
	}
	return err
}

// A classifier whose one retried class a single code reaches.
type action int

const (
	fail action = iota
	again
)

func classify(err error) action {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		switch apiErr.Code {
		case "InflightBatchsizeExceeded": // want `^switch on Ark error code handles InflightBatchsizeExceeded but not the retryable`
			return again
		}
	}
	return fail
}

func batch(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil || classify(err) != again {
			return err
		}
		time.Sleep(5 * time.Second)
	}
}

// Negatives.

// The same loop, which also checks the status: every 429 is covered.
func imageLimitAndStatus(ctx context.Context, c *arkruntime.Client, req model.GenerateImagesRequest) (model.ImagesResponse, error) {
	for attempt := 0; ; attempt++ {
		resp, err := c.GenerateImages(ctx, req)
		if err == nil {
			return resp, nil
		}
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.Code == "ModelAccountIpmRateLimitExceeded" && attempt < 5 {
			time.Sleep(time.Minute)
			continue
		}
		if apiErr != nil && apiErr.HTTPStatusCode == http.StatusTooManyRequests &&
			apiErr.Code != "SetLimitExceeded" && apiErr.Code != "QuotaExceeded" && attempt < 5 {
			time.Sleep(time.Second)
			continue
		}
		return resp, err
	}
}

// One code logged inside the loop, nothing retried on it.
func logsOverload(ctx context.Context, c *arkruntime.Client, reqs []model.ChatRequest) {
	for _, req := range reqs {
		_, err := c.CreateChatCompletion(ctx, req)
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.Code == "ServerOverloaded" {
			log.Printf("ark overloaded, request %s: %v", apiErr.RequestId, err)
			return
		}
	}
}

// A predicate the package never uses, judged only by its name: one code of
// interest is not a retry policy.
func retryableOverload(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.Code == "ServerOverloaded"
}

// A single 5xx code retried: no look at rate limits at all (rule 2 speaks of
// status decisions, not of one code).
func retryTimeout(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for i := 0; ; i++ {
		_, err := c.CreateChatCompletion(ctx, req)
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.Code == "InternalServiceError" && i < 3 {
			time.Sleep(time.Second)
			continue
		}
		return err
	}
}

// One image's failure inside an image generation response: of the 429
// codes it can hold only the image limit, which is named. Quiet.
func drawEach(ctx context.Context, c *arkruntime.Client, req model.GenerateImagesRequest) error {
	resp, err := c.GenerateImages(ctx, req)
	if err != nil {
		return err
	}
	if resp.Error != nil {
		switch resp.Error.Code {
		case "ModelAccountIpmRateLimitExceeded":
			time.Sleep(time.Minute)
			return errors.New("image limit: requeue")
		case "OutputImageSensitiveContentDetected":
			return errors.New("moderated")
		}
	}
	return nil
}

// One code of its own, then the rest left to another verdict: the decision
// is shared, and the other function's part is out of view. Quiet.
func imageRetry(err error) bool {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.Code == "ModelAccountIpmRateLimitExceeded" {
		return true
	}
	return isTransient(err)
}

func isTransient(err error) bool { return errors.Is(err, context.DeadlineExceeded) }

func drawRetrying(ctx context.Context, c *arkruntime.Client, req model.GenerateImagesRequest) error {
	for i := 0; ; i++ {
		_, err := c.GenerateImages(ctx, req)
		if err == nil || i == 3 || !imageRetry(err) {
			return err
		}
		time.Sleep(10 * time.Second)
	}
}

// One code compared case-insensitively, retried: the other retryable 429s
// are given up at once.
func retriesOverloadedFold(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if _, err = c.CreateChatCompletion(ctx, req); err == nil {
			return nil
		}
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && strings.EqualFold(apiErr.Code, "serveroverloaded") { // want `^check of Ark error code handles ServerOverloaded but not the retryable`
			time.Sleep(time.Duration(1<<attempt) * time.Second)
			continue
		}
		return err
	}
	return err
}
