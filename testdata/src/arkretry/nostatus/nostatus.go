// Package nostatus holds retry decisions by status that retry server
// errors but not 429: rate-limited calls are given up at once.
package nostatus

import (
	"context"
	"errors"
	"net/http"
	"time"

	"arkretry/helperretry/policy"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// A predicate handed to a retry helper.
func isTransient(err error) bool {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return false
	}
	switch {
	case apiErr.HTTPStatusCode >= 500: // want `^this decision retries server errors \(5xx\) but not 429, so rate-limited calls are given up at once; retry \.HTTPStatusCode == 429 too, leaving out QuotaExceeded and SetLimitExceeded, which waiting does not clear$`
		return true
	case apiErr.HTTPStatusCode == http.StatusRequestTimeout:
		return true
	}
	return false
}

func submit(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	return policy.Do(ctx, 3, isTransient, func(ctx context.Context) error {
		_, err := c.CreateChatCompletion(ctx, req)
		return err
	})
}

// A loop that goes round on a 5xx and gives up on everything else.
func serverErrorsOnly(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for attempt := 0; attempt < 3; attempt++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode >= 500 { // want `^this decision retries server errors \(5xx\) but not 429`
			time.Sleep(time.Second)
			continue
		}
		return err
	}
	return errors.New("still failing")
}

// A tagged switch of 5xx statuses in a loop: one finding, at the switch.
func switchedStatuses(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for attempt := 0; attempt < 3; attempt++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		var apiErr *model.APIError
		if !errors.As(err, &apiErr) {
			return err
		}
		switch apiErr.HTTPStatusCode { // want `^this decision retries server errors \(5xx\) but not 429`
		case http.StatusInternalServerError, http.StatusBadGateway, http.StatusServiceUnavailable:
			time.Sleep(time.Second)
			continue
		}
		return err
	}
	return errors.New("still failing")
}

// The same loop with 429 among what it retries, the codes waiting does not
// clear left out: quiet.
func withRateLimits(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for attempt := 0; attempt < 3; attempt++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && (apiErr.Code == "QuotaExceeded" || apiErr.Code == "SetLimitExceeded" || apiErr.Code == "SessionQuotaExceeded") {
			return err
		}
		if errors.As(err, &apiErr) && (apiErr.HTTPStatusCode >= 500 || apiErr.HTTPStatusCode == http.StatusTooManyRequests) {
			time.Sleep(time.Second)
			continue
		}
		return err
	}
	return errors.New("still failing")
}

// A 5xx check that decides no retry (it reports the outage): quiet.
func outage(err error) string {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode >= 500 {
		return "the model service is down"
	}
	return ""
}

// A range that takes in 429 (status >= 400 is every client error): quiet
// for this rule.
func anyFailure(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode >= 400
}

func submitAll(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	return policy.Do(ctx, 3, anyFailure, func(ctx context.Context) error {
		_, err := c.CreateChatCompletion(ctx, req)
		return err
	})
}

// A 5xx predicate whose one user handles 429 itself, before asking it:
// quiet.
func isServerError(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode >= 500
}

func rateLimitsFirst(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for attempt := 0; attempt < 3; attempt++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == http.StatusTooManyRequests && apiErr.Code != "QuotaExceeded" && apiErr.Code != "SetLimitExceeded" && apiErr.Code != "SessionQuotaExceeded" {
			time.Sleep(time.Duration(attempt+1) * time.Second)
			continue
		}
		if isServerError(err) {
			time.Sleep(time.Second)
			continue
		}
		return err
	}
	return errors.New("still failing")
}

// A predicate named like a retry helper: its own call is no look at a 429
// by its user.
func retryableRow(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode >= 500 // want `^this decision retries server errors \(5xx\) but not 429`
}

func importRows(ctx context.Context, c *arkruntime.Client, reqs []model.ChatRequest) []model.ChatRequest {
	var failed []model.ChatRequest
	for pass := 0; pass < 3; pass++ {
		var next []model.ChatRequest
		for _, req := range reqs {
			_, err := c.CreateChatCompletion(ctx, req)
			if err == nil {
				continue
			}
			if retryableRow(err) {
				next = append(next, req)
				continue
			}
			failed = append(failed, req)
		}
		reqs = next
		time.Sleep(time.Second)
	}
	return failed
}

// Its statuses and its codes both leave 429 out: one finding, for the codes.
func planRetry(err error) bool {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		if apiErr.HTTPStatusCode >= 500 {
			return true
		}
		switch apiErr.Code { // want `^switch on Ark error code names no retryable 429 code`
		case "InternalServiceError", "InvalidEndpoint.ClosedEndpoint":
			return true
		}
	}
	return false
}

func plan(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	return policy.Do(ctx, 3, planRetry, func(ctx context.Context) error {
		_, err := c.CreateChatCompletion(ctx, req)
		return err
	})
}

// A poll loop asks a predicate in a tagless switch's case: the predicate
// retries 502, 503 and 504, not 429.
func pollRetryable(err error) bool {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		return apiErr.HTTPStatusCode == http.StatusBadGateway || // want `^this decision retries server errors \(5xx\) but not 429`
			apiErr.HTTPStatusCode == http.StatusServiceUnavailable ||
			apiErr.HTTPStatusCode == http.StatusGatewayTimeout
	}
	return false
}

func poll(ctx context.Context, c *arkruntime.Client, id string) (model.GetContentGenerationTaskResponse, error) {
	tick := time.NewTicker(5 * time.Second)
	defer tick.Stop()
	failures := 0
	for {
		resp, err := c.GetContentGenerationTask(ctx, model.GetContentGenerationTaskRequest{ID: id})
		switch {
		case err == nil:
			failures = 0
			if resp.Status == "succeeded" {
				return resp, nil
			}
		case pollRetryable(err) && failures < 5:
			failures++
		default:
			return resp, err
		}
		select {
		case <-ctx.Done():
			return resp, ctx.Err()
		case <-tick.C:
		}
	}
}

// The same predicate shape asked in a switch that leads out on it: it
// decides no retry (the poll gives up on it): quiet.
func pollGiveUp(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == http.StatusBadGateway
}

func pollOnce(ctx context.Context, c *arkruntime.Client, id string) (model.GetContentGenerationTaskResponse, error) {
	for {
		resp, err := c.GetContentGenerationTask(ctx, model.GetContentGenerationTaskRequest{ID: id})
		switch {
		case err == nil:
			return resp, nil
		case pollGiveUp(err):
			return resp, err
		}
		time.Sleep(time.Second)
	}
}

// The status kept in a local and tested as a range, the predicate used
// negated as the give-up test of a loop that waits.
func isOutage(err error) bool {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return false
	}
	status := apiErr.HTTPStatusCode
	return status >= http.StatusInternalServerError && status <= 599 // want `^this decision retries server errors \(5xx\) but not 429`
}

func tokens(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (int, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return len(resp.Choices), nil
		}
		lastErr = err
		if !isOutage(err) {
			return 0, err
		}
		time.Sleep(time.Duration(attempt+1) * 300 * time.Millisecond)
	}
	return 0, lastErr
}
