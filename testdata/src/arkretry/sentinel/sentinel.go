// Package sentinel marks Ark errors with sentinel errors and decides
// retries with errors.Is: the sentinel is the class.
package sentinel

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"example.com/shop/llm"
	"github.com/avast/retry-go/v4"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

var (
	ErrRateLimited = errors.New("rate limited")
	ErrBusy        = errors.New("busy")
	ErrFatal       = errors.New("fatal")
)

// toDomain marks every 429 rate-limited, and the loop below retries it.
func toDomain(err error) error {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		switch apiErr.HTTPStatusCode {
		case http.StatusTooManyRequests: // want `^retrying every 429 also retries QuotaExceeded and SetLimitExceeded, which waiting does not clear; check \.Code$`
			return fmt.Errorf("%w: %v", ErrRateLimited, err)
		case http.StatusUnauthorized, http.StatusBadRequest:
			return fmt.Errorf("%w: %v", ErrFatal, err)
		}
	}
	return err
}

func chat(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for {
		_, err := c.CreateChatCompletion(ctx, req)
		err = toDomain(err)
		if errors.Is(err, ErrRateLimited) {
			time.Sleep(time.Second)
			continue
		}
		return err
	}
}

// busyOf returns the sentinel itself for every 429, and retry.Do's
// condition retries it.
func busyOf(err error) error {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 { // want `^retrying every 429 also retries`
		return ErrBusy
	}
	return err
}

func chatWithRetry(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	return retry.Do(func() error {
		_, err := c.CreateChatCompletion(ctx, req)
		return busyOf(err)
	}, retry.RetryIf(func(err error) bool { return errors.Is(err, ErrBusy) }))
}

var ErrQuota = errors.New("quota")

// quotaFirst gives up on the codes waiting does not clear first: quiet.
func quotaFirst(err error) error {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return err
	}
	switch apiErr.Code {
	case "SetLimitExceeded", "QuotaExceeded", "SessionQuotaExceeded":
		return fmt.Errorf("%w: %v", ErrQuota, err)
	}
	if apiErr.HTTPStatusCode == 429 {
		return fmt.Errorf("%w: %v", ErrRateLimited, err)
	}
	return err
}

var ErrTooMany = errors.New("too many requests, try later")

// surface marks every 429, and the package hands it to the user without
// a retry: quiet.
func surface(err error) error {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 {
		return ErrTooMany
	}
	return err
}

func answer(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (string, error) {
	_, err := c.CreateChatCompletion(ctx, req)
	if errors.Is(surface(err), ErrTooMany) {
		return "the assistant is busy, try again in a minute", nil
	}
	return "", err
}

var errLater = errors.New("retry later")

// A sentinel the package never tests says nothing about a retry, whatever
// its name: quiet.
func later(err error) error {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 {
		return errLater
	}
	return err
}

var ErrTryAgain = errors.New("try again")

// markAgain marks every 429, and the loop below goes on past its negated
// errors.Is: QuotaExceeded is retried five times.
func markAgain(err error) error {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 { // want `^retrying every 429 also retries`
		return fmt.Errorf("%w: %v", ErrTryAgain, err)
	}
	return err
}

func chatUntil(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for i := 0; i < 5; i++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err = markAgain(err); err == nil || !errors.Is(err, ErrTryAgain) {
			return err
		}
		time.Sleep(time.Second)
	}
	return errors.New("gave up")
}

var ErrPermanent = errors.New("permanent")

// markPermanent marks every 429 permanent, and the loop goes round on
// everything else: the 429 is not retried, quiet.
func markPermanent(err error) error {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 {
		return fmt.Errorf("%w: %v", ErrPermanent, err)
	}
	return err
}

func chatUnlessPermanent(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for i := 0; i < 5; i++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err = markPermanent(err); err != nil && !errors.Is(err, ErrPermanent) {
			time.Sleep(time.Second)
			continue
		}
		return err
	}
	return nil
}

// chatThrough goes past the same negated errors.Is around another package's
// call, which reaches Ark out of view.
func chatThrough(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (string, error) {
	for {
		text, err := llm.Complete(ctx, c, req)
		if err = markLater(err); err == nil || !errors.Is(err, ErrLater) {
			return text, err
		}
		time.Sleep(time.Second)
	}
}

var ErrLater = errors.New("later")

func markLater(err error) error {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 { // want `^retrying every 429 also retries`
		return fmt.Errorf("%w: %v", ErrLater, err)
	}
	return err
}
