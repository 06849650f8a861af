// Package negatives holds code that looks like arkretry's findings but is
// right, and must stay quiet.
package negatives

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// The SDK's retries are off, but this package handles 429s itself.
var client = arkruntime.NewClientWithApiKey("key", arkruntime.WithRetryTimes(0))

var errRetry = errors.New("retry later")

// A switch that handles every retryable 429 code.
func allRetryable(err error) error {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return err
	}
	switch apiErr.Code {
	case "RateLimitExceeded.EndpointRPMExceeded", "RateLimitExceeded.EndpointTPMExceeded",
		"ModelAccountRpmRateLimitExceeded", "ModelAccountTpmRateLimitExceeded", "ModelAccountIpmRateLimitExceeded",
		"APIAccountRpmRateLimitExceeded", "AccountRateLimitExceeded", "InflightBatchsizeExceeded",
		"RequestBurstTooFast", "ServerOverloaded":
		return errRetry
	case "InvalidParameter":
		return fmt.Errorf("bad request: %w", err)
	}
	return err
}

// A prefix and a list that together name every retryable 429 code.
func prefixAndList(err error) bool {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return false
	}
	code := apiErr.Code
	return strings.HasPrefix(code, "RateLimitExceeded.") ||
		slices.Contains([]string{"ModelAccountRpmRateLimitExceeded", "ModelAccountTpmRateLimitExceeded",
			"ModelAccountIpmRateLimitExceeded", "APIAccountRpmRateLimitExceeded", "AccountRateLimitExceeded",
			"InflightBatchsizeExceeded", "RequestBurstTooFast", "ServerOverloaded"}, code)
}

// A status check before the switch covers every 429.
func statusFirst(err error) error {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return err
	}
	if apiErr.HTTPStatusCode == http.StatusTooManyRequests {
		return errRetry
	}
	switch apiErr.Code {
	case "ServerOverloaded":
		return errRetry
	case "InvalidParameter", "AuthenticationError":
		return fmt.Errorf("permanent: %w", err)
	}
	return err
}

// So does a check of the type.
func typeFirst(err error) error {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		if apiErr.Type == "TooManyRequests" {
			return errRetry
		}
		switch apiErr.Code {
		case "InvalidParameter", "AuthenticationError":
			return fmt.Errorf("permanent: %w", err)
		}
	}
	return err
}

// isRateLimited decides rate limits by code, excluding what waiting does
// not clear.
func isRateLimited(err error) bool {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return false
	}
	switch apiErr.Code {
	case "SetLimitExceeded", "QuotaExceeded", "SessionQuotaExceeded":
		return false
	}
	return apiErr.HTTPStatusCode == 429
}

// A helper call that classifies rate limits covers them.
func helperCall(err error) error {
	if isRateLimited(err) {
		return errRetry
	}
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		switch apiErr.Code {
		case "InvalidParameter", "AuthenticationError":
			return fmt.Errorf("permanent: %w", err)
		}
	}
	return err
}

// A switch on the codes of a string that is not an Ark error's code.
type jobError struct{ Code string }

func notArk(e jobError, status string) string {
	switch e.Code {
	case "InvalidParameter", "AuthenticationError", "RateLimitExceeded.EndpointRPMExceeded":
		return "failed"
	}
	switch status {
	case "RateLimitExceeded.EndpointRPMExceeded", "queued":
		return "waiting"
	}
	return ""
}

// Code that only logs or returns the error: the SDK already retried it.
func onlyLogs(ctx context.Context, req model.ChatRequest) error {
	_, err := client.CreateChatCompletion(ctx, req)
	if err != nil {
		log.Printf("chat failed: %v", err)
		return err
	}
	return nil
}

// errors.As, then wrapping.
func wraps(ctx context.Context, req model.ChatRequest) error {
	_, err := client.CreateChatCompletion(ctx, req)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		return fmt.Errorf("ark %s (request %s): %w", apiErr.Code, apiErr.RequestId, err)
	}
	return err
}

// A single code of interest, retryable or not.
func singleCode(err error) bool {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		switch apiErr.Code {
		case "InvalidParameter":
			return true
		}
	}
	return false
}

func singleRetryableCode(err error) bool {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		if apiErr.Code == "ServerOverloaded" {
			log.Printf("ark is overloaded: %v", err)
		}
		switch apiErr.Code {
		case "ServerOverloaded":
			return true
		}
	}
	return false
}

// A retry loop that leaves out the 429 codes waiting does not clear.
func loopExcludes(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for {
		_, err := c.CreateChatCompletion(ctx, req)
		var apiErr *model.APIError
		if !errors.As(err, &apiErr) {
			return err
		}
		if apiErr.Code == "SetLimitExceeded" || apiErr.Code == "QuotaExceeded" || apiErr.Code == "SessionQuotaExceeded" {
			return err
		}
		if apiErr.HTTPStatusCode == 429 {
			time.Sleep(time.Second)
			continue
		}
		return err
	}
}

// A loop that retries 429s with the retryable codes only, in the same
// condition.
func loopNarrowed(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for {
		_, err := c.CreateChatCompletion(ctx, req)
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 && strings.HasPrefix(apiErr.Code, "RateLimitExceeded.") {
			time.Sleep(time.Second)
			continue
		}
		return err
	}
}

// A 429 branch in a loop that gives up: no retry.
func loopGivesUp(ctx context.Context, c *arkruntime.Client, reqs []model.ChatRequest) error {
	for _, req := range reqs {
		_, err := c.CreateChatCompletion(ctx, req)
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 {
			time.Sleep(time.Second)
			return fmt.Errorf("rate limited: %w", err)
		}
	}
	return nil
}

// A loop that calls no Ark API: the 429 comes from elsewhere.
func loopNoCall(errs []error) int {
	n := 0
	for _, err := range errs {
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 {
			n++
			continue
		}
	}
	return n
}

// A predicate that says false for 429s, and one not about retries.
func shouldRetry(err error) bool {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 {
		return false
	}
	return apiErr != nil && apiErr.HTTPStatusCode != 429 && apiErr.HTTPStatusCode >= 500
}

func isClientError(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode >= 400 && apiErr.HTTPStatusCode == 429
}

// A transport error's status checked beside the APIError's: the
// RequestError branch is a fallback, not the wrong type.
func requestError(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for {
		_, err := c.CreateChatCompletion(ctx, req)
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 && apiErr.Code != "SetLimitExceeded" && apiErr.Code != "QuotaExceeded" && apiErr.Code != "SessionQuotaExceeded" {
			time.Sleep(time.Second)
			continue
		}
		var reqErr *model.RequestError
		if errors.As(err, &reqErr) && reqErr.HTTPStatusCode >= 500 {
			time.Sleep(time.Second)
			continue
		}
		return err
	}
}

// A task's failure codes are content failures, not rate limits.
func taskFailure(ctx context.Context, c *arkruntime.Client, id string) string {
	resp, err := c.GetContentGenerationTask(ctx, model.GetContentGenerationTaskRequest{ID: id})
	if err != nil || resp.Error == nil {
		return ""
	}
	switch resp.Error.Code {
	case "InputTextSensitiveContentDetected", "InputImageSensitiveContentDetected":
		return "rejected"
	}
	return "failed"
}
