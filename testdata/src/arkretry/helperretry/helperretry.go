// Package helperretry hands calls to Ark to retry libraries.
package helperretry

import (
	"context"
	"errors"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/cenkalti/backoff/v4"
	goretry "github.com/sethvargo/go-retry"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
	"k8s.io/apimachinery/pkg/util/wait"
)

func doEverything(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	return retry.Do(func() error { // want `^retry\.Do retries every error the operation returns, AuthenticationError, InvalidParameter, SetLimitExceeded and content-safety rejections included, which no retry clears; give it a retry condition, or mark the errors waiting does not clear as permanent$`
		_, err := c.CreateChatCompletion(ctx, req)
		return err
	}, retry.Attempts(5))
}

func backoffEverything(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	return backoff.Retry(func() error { // want `^backoff\.Retry retries every error`
		_, err := c.CreateChatCompletion(ctx, req)
		return err
	}, backoff.NewExponentialBackOff())
}

// A retry condition given beside the operation.
func withCondition(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	return retry.Do(func() error {
		_, err := c.CreateChatCompletion(ctx, req)
		return err
	}, retry.RetryIf(isRetryable))
}

func isRetryable(err error) bool {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return false
	}
	switch apiErr.Code {
	case "SetLimitExceeded", "QuotaExceeded", "SessionQuotaExceeded":
		return false
	}
	return apiErr.HTTPStatusCode == 429 || apiErr.HTTPStatusCode >= 500
}

// Permanent errors marked inside the operation.
func marksPermanent(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	return backoff.Retry(func() error {
		_, err := c.CreateChatCompletion(ctx, req)
		if err != nil && !isRetryable(err) {
			return backoff.Permanent(err)
		}
		return err
	}, backoff.NewExponentialBackOff())
}

// An operation that does not call Ark.
func notArk(ctx context.Context, load func() error) error {
	return retry.Do(func() error { return load() })
}

// A retry condition that asks a function of the package: that function is
// the retry predicate, and it retries every 429.
func viaClosure(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	return retry.Do(func() error {
		_, err := c.CreateChatCompletion(ctx, req)
		return err
	}, retry.RetryIf(func(err error) bool { return worthRetrying(err) }))
}

func worthRetrying(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 // want `^retrying every 429 also retries QuotaExceeded`
}

// A poll whose condition hands back the error ends at the first one: no
// retry. Quiet.
func pollEnds(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	return wait.PollUntilContextTimeout(ctx, time.Second, time.Minute, true, func(ctx context.Context) (bool, error) {
		_, err := c.CreateChatCompletion(ctx, req)
		return err == nil, err
	})
}

// A poll whose condition swallows every error goes on after each one.
func pollSwallows(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	return wait.PollUntilContextTimeout(ctx, time.Second, time.Minute, true, func(ctx context.Context) (bool, error) { // want `^wait\.PollUntilContextTimeout retries every error`
		if _, err := c.CreateChatCompletion(ctx, req); err != nil {
			return false, nil
		}
		return true, nil
	})
}

// go-retry retries only what the operation marks retryable: marking every
// error retries them all.
func goRetryEverything(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	b := goretry.WithMaxRetries(3, goretry.NewExponential(time.Second))
	return goretry.Do(ctx, b, func(ctx context.Context) error { // want `^goretry\.Do retries every error`
		_, err := c.CreateChatCompletion(ctx, req)
		return goretry.RetryableError(err)
	})
}

// An error handed back unmarked is not retried by go-retry. Quiet.
func goRetryNothing(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	return goretry.Do(ctx, goretry.NewExponential(time.Second), func(ctx context.Context) error {
		_, err := c.CreateChatCompletion(ctx, req)
		return err
	})
}

// Marked retryable only after a look at it. Quiet.
func goRetryChecked(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	return goretry.Do(ctx, goretry.NewExponential(time.Second), func(ctx context.Context) error {
		_, err := c.CreateChatCompletion(ctx, req)
		if isRetryable(err) {
			return goretry.RetryableError(err)
		}
		return err
	})
}
