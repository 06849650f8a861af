package helperretry

import (
	"context"
	"errors"
	"time"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// The package's own helpers are judged by their loops, not their names.

// withRetry retries every error of the operation it is handed.
func withRetry[T any](attempts int, op func() (T, error)) (T, error) {
	var zero T
	var err error
	for i := 0; i < attempts; i++ { // want `^this loop retries every error from the operation handed to withRetry \(which calls CreateChatCompletion\), AuthenticationError`
		var v T
		if v, err = op(); err == nil {
			return v, nil
		}
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return zero, err
}

// attempt does too, under a name that says nothing of retries.
func attempt(n int, op func() error) error {
	var err error
	for i := 0; i < n; i++ { // want `^this loop retries every error from the operation handed to attempt \(which calls CreateChatCompletion\)`
		if err = op(); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}

// smartRetry gives up on the 4xx but 429, so it retries no error of every
// kind, whatever its name; but it retries every 429, the codes waiting
// never clears among them, as the same if in a loop around the call itself
// would.
func smartRetry(op func() error) error {
	var err error
	for i := 0; i < 3; i++ {
		if err = op(); err == nil {
			return nil
		}
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode < 500 && apiErr.HTTPStatusCode != 429 { // want `^retrying every 429 also retries QuotaExceeded`
			return err
		}
		time.Sleep(time.Second)
	}
	return err
}

// smarterRetry gives up on those codes too: quiet.
func smarterRetry(op func() error) error {
	var err error
	for i := 0; i < 3; i++ {
		if err = op(); err == nil {
			return nil
		}
		var apiErr *model.APIError
		if !errors.As(err, &apiErr) {
			return err
		}
		switch apiErr.Code {
		case "QuotaExceeded", "SetLimitExceeded", "SessionQuotaExceeded":
			return err
		}
		if apiErr.HTTPStatusCode < 500 && apiErr.HTTPStatusCode != 429 {
			return err
		}
		time.Sleep(time.Second)
	}
	return err
}

// repeat retries every error, but no caller hands it a call to Ark: quiet.
func repeat(op func() error) error {
	var err error
	for range 3 {
		if err = op(); err == nil {
			return nil
		}
	}
	return err
}

// tryTwice retries every error of what it is handed, and its one caller
// hands it an operation that looks at the error itself (as one handed to
// backoff.Retry marks errors permanent): quiet.
func tryTwice(op func() error) error {
	var err error
	for range 2 {
		if err = op(); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}

var errGiveUp = errors.New("give up")

func useLocalHelpers(ctx context.Context, c *arkruntime.Client, req model.ChatRequest, load func() error) error {
	if _, err := withRetry(3, func() (model.ChatCompletionResponse, error) {
		return c.CreateChatCompletion(ctx, req)
	}); err != nil {
		return err
	}
	if err := attempt(3, func() error {
		_, err := c.CreateChatCompletion(ctx, req)
		return err
	}); err != nil {
		return err
	}
	if err := smartRetry(func() error {
		_, err := c.CreateChatCompletion(ctx, req)
		return err
	}); err != nil {
		return err
	}
	if err := smarterRetry(func() error {
		_, err := c.CreateChatCompletion(ctx, req)
		return err
	}); err != nil {
		return err
	}
	if err := repeat(load); err != nil {
		return err
	}
	return tryTwice(func() error {
		_, err := c.CreateChatCompletion(ctx, req)
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 400 {
			return errors.Join(errGiveUp, err)
		}
		return err
	})
}
