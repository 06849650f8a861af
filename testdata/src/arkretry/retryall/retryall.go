// Package retryall holds rule 3 of arkretry: retries decided on status 429
// (or type TooManyRequests) alone, which also retry the 429 codes that
// waiting never clears.
package retryall

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// A loop around the call that sleeps and continues on every 429.
func loopContinue(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	for attempt := 0; attempt < 5; attempt++ {
		resp, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return resp, nil
		}
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == http.StatusTooManyRequests { // want `^retrying every 429 also retries QuotaExceeded and SetLimitExceeded, which waiting does not clear; check \.Code$`
			time.Sleep(time.Duration(attempt+1) * time.Second)
			continue
		}
		return resp, err
	}
	return model.ChatCompletionResponse{}, errors.New("gave up")
}

// A loop whose 429 case waits and goes round without a continue.
func loopSwitchWait(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		apiErr, ok := err.(*model.APIError)
		if !ok {
			return err
		}
		switch apiErr.HTTPStatusCode {
		case 429, http.StatusServiceUnavailable: // want `retrying every 429 also retries QuotaExceeded and SetLimitExceeded`
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(2 * time.Second):
			}
		default:
			return err
		}
	}
}

// The error type TooManyRequests is every 429 too.
func loopByType(ctx context.Context, c *arkruntime.Client, req model.GenerateImagesRequest) error {
	var err error
	for range 3 {
		if _, err = c.GenerateImages(ctx, req); err == nil {
			return nil
		}
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.Type == "TooManyRequests" { // want `retrying every 429 also retries`
			time.Sleep(time.Second)
		} else {
			return err
		}
	}
	return err
}

// A retry predicate named like one.
func isRetryable(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && (apiErr.HTTPStatusCode == 429 || apiErr.HTTPStatusCode >= 500) // want `retrying every 429 also retries QuotaExceeded and SetLimitExceeded`
}

// A predicate that returns true from its 429 branch; it checks one slow
// code, so only the others are left.
func shouldRetry(err error) bool {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return false
	}
	if apiErr.Code == "SetLimitExceeded" {
		return false
	}
	if apiErr.HTTPStatusCode == 429 { // want `^retrying every 429 also retries QuotaExceeded, which waiting does not clear; check \.Code$`
		return true
	}
	return apiErr.HTTPStatusCode >= 500
}

// retryDo stands for a retry library: it calls op until shouldRetry says no.
func retryDo(op func() error, shouldRetry func(error) bool) error {
	for {
		err := op()
		if err == nil || !shouldRetry(err) {
			return err
		}
	}
}

// Policy stands for a retry library's options.
type Policy struct {
	RetryIf func(error) bool
}

// Func literals handed to a retry library are predicates, whatever their
// names.
func library(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (Policy, error) {
	err := retryDo(func() error {
		_, err := c.CreateChatCompletion(ctx, req)
		return err
	}, func(err error) bool {
		apiErr, ok := err.(*model.APIError)
		return ok && apiErr.HTTPStatusCode == 429 // want `retrying every 429 also retries`
	})
	p := Policy{RetryIf: func(err error) bool {
		var apiErr *model.APIError
		if errors.As(err, &apiErr) {
			switch apiErr.HTTPStatusCode {
			case http.StatusTooManyRequests: // want `retrying every 429 also retries`
				return true
			}
		}
		return false
	}}
	return p, err
}
