package retryapp

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"time"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// ErrRateLimited marks an error to retry.
var ErrRateLimited = errors.New("rate limited")

// toDomain marks every 429 with ErrRateLimited, which runMarked retries.
func toDomain(err error) error {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == http.StatusTooManyRequests {
		return fmt.Errorf("%w: %v", ErrRateLimited, err)
	}
	return err
}

func runMarked(ctx context.Context, c *arkruntime.Client, req model.CreateChatCompletionRequest) error {
	for {
		_, err := c.CreateChatCompletion(ctx, req)
		if err = toDomain(err); errors.Is(err, ErrRateLimited) {
			time.Sleep(time.Second)
			continue
		}
		return err
	}
}

// attempt retries every error of the operation it is handed.
func attempt(n int, op func() error) error {
	var err error
	for i := 0; i < n; i++ {
		if err = op(); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}

func runAttempt(ctx context.Context, c *arkruntime.Client, req model.CreateChatCompletionRequest) error {
	return attempt(3, func() error {
		_, err := c.CreateChatCompletion(ctx, req)
		return err
	})
}

// logOnly reads the code for a log line and retries every error anyway.
func logOnly(ctx context.Context, c *arkruntime.Client, req model.CreateChatCompletionRequest) error {
	for i := 0; i < 3; i++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		var apiErr *model.APIError
		if errors.As(err, &apiErr) {
			log.Printf("attempt %d: %s (request %s)", i, apiErr.Code, apiErr.RequestId)
		}
		time.Sleep(time.Second)
	}
	return nil
}

type kind int

const (
	fatal kind = iota
	transient
)

func kindOf(err error) kind {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode >= 500 {
		return transient
	}
	return fatal
}

// switchOnKind gives up on what its classifier calls fatal: no retry of every error.
func switchOnKind(ctx context.Context, c *arkruntime.Client, req model.CreateChatCompletionRequest) error {
	for i := 0; i < 3; i++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		switch kindOf(err) {
		case fatal:
			return err
		case transient:
			time.Sleep(time.Second)
		}
	}
	return nil
}

// passing's verdict is kept apart and the loop gives up when it fails: a
// retry predicate by use, and it retries every 429.
func passing(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == http.StatusTooManyRequests
}

func keepsVerdictApart(ctx context.Context, c *arkruntime.Client, req model.CreateChatCompletionRequest) error {
	for i := 0; ; i++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		ok := passing(err)
		if !ok || i == 4 {
			return err
		}
		time.Sleep(time.Second << i)
	}
}

// overLimit's if leads out of the loop when it holds: quiet.
func overLimit(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == http.StatusTooManyRequests
}

func stopsWhenOverLimit(ctx context.Context, c *arkruntime.Client, reqs []model.CreateChatCompletionRequest) error {
	for _, req := range reqs {
		if _, err := c.CreateChatCompletion(ctx, req); overLimit(err) {
			return err
		}
	}
	return nil
}

// stopsOnDeadline gives up on the context's errors alone: every Ark error
// still goes round.
func stopsOnDeadline(ctx context.Context, c *arkruntime.Client, req model.CreateChatCompletionRequest) error {
	var err error
	for i := 0; i < 4; i++ {
		if _, err = c.CreateChatCompletion(ctx, req); err == nil {
			return nil
		}
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
			break
		}
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return err
}

// flagged sets a flag on every 429 and goes round on it.
func flagged(ctx context.Context, c *arkruntime.Client, req model.CreateChatCompletionRequest) error {
	var err error
	for i := 0; i < 4; i++ {
		if _, err = c.CreateChatCompletion(ctx, req); err == nil {
			return nil
		}
		retryable := false
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == http.StatusTooManyRequests {
			retryable = true
		}
		if !retryable {
			return err
		}
		time.Sleep(time.Second)
	}
	return err
}

// whileFailing checks the error in the loop's condition and goes round on
// every one.
func whileFailing(ctx context.Context, c *arkruntime.Client, req model.CreateChatCompletionRequest) (model.ChatCompletionResponse, error) {
	resp, err := c.CreateChatCompletion(ctx, req)
	for i := 0; err != nil && i < 3; i++ {
		time.Sleep(time.Second << i)
		resp, err = c.CreateChatCompletion(ctx, req)
	}
	return resp, err
}

// untilDone keeps the nil check in the flag of the loop's condition.
func untilDone(ctx context.Context, c *arkruntime.Client, req model.CreateChatCompletionRequest) (resp model.ChatCompletionResponse, err error) {
	done := false
	for n := 0; !done; n++ {
		resp, err = c.CreateChatCompletion(ctx, req)
		done = err == nil || n == 3
		time.Sleep(time.Second)
	}
	return resp, err
}

// whileServerFails goes round only on 5xx, checked in the loop's
// condition: no retry of every error, but no 429 retried either (rule 2).
func whileServerFails(ctx context.Context, c *arkruntime.Client, req model.CreateChatCompletionRequest) (model.ChatCompletionResponse, error) {
	resp, err := c.CreateChatCompletion(ctx, req)
	var apiErr *model.APIError
	for i := 0; errors.As(err, &apiErr) && apiErr.HTTPStatusCode >= 500 && i < 3; i++ {
		time.Sleep(time.Second)
		resp, err = c.CreateChatCompletion(ctx, req)
	}
	return resp, err
}

// throughLiteral retries a literal kept in a local variable on every error.
func throughLiteral(ctx context.Context, c *arkruntime.Client, req model.CreateChatCompletionRequest) (model.ChatCompletionResponse, error) {
	var resp model.ChatCompletionResponse
	attempt := func() error {
		var err error
		resp, err = c.CreateChatCompletion(ctx, req)
		return err
	}
	var err error
	for i := 0; i < 3; i++ {
		if err = attempt(); err == nil {
			break
		}
		time.Sleep(time.Second)
	}
	return resp, err
}
