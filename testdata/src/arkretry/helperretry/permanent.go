package helperretry

import (
	"context"
	"errors"

	"github.com/cenkalti/backoff/v4"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// An operation that marks everything permanent but a TooManyRequests
// error, which it gives back for backoff.Retry to run again: the quota and
// set-limit codes share that type, and waiting never clears them.
func reviewTooMany(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	op := func() error {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.Type == "TooManyRequests" { // want `^retrying every 429 also retries QuotaExceeded and SetLimitExceeded, which waiting does not clear`
			return err
		}
		return backoff.Permanent(err)
	}
	return backoff.Retry(op, backoff.NewExponentialBackOff())
}

// The same, giving up first on the codes waiting never clears. Quiet.
func reviewTooManyChecked(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	op := func() error {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.Type == "TooManyRequests" {
			if apiErr.Code == "SetLimitExceeded" || apiErr.Code == "QuotaExceeded" || apiErr.Code == "AccountOverdueError" {
				return backoff.Permanent(err)
			}
			return err
		}
		return backoff.Permanent(err)
	}
	return backoff.Retry(op, backoff.NewExponentialBackOff())
}
