// Package retryapp decides retries the ways real code does, against the real
// SDK: arkretry's end-to-end cases beyond a switch on the code.
package retryapp

import (
	"context"
	"errors"
	"log"
	"time"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// ErrorClass is what classify makes of a failure.
type ErrorClass int

const (
	ClassFatal ErrorClass = iota
	ClassRateLimit
)

// classify keys the rate-limit class on "429 or 503", and run retries that
// class: every 429 is retried, SetLimitExceeded too.
func classify(err error) ErrorClass {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return ClassFatal
	}
	switch apiErr.HTTPStatusCode {
	case 429, 503:
		return ClassRateLimit
	}
	return ClassFatal
}

func run(ctx context.Context, c *arkruntime.Client, req model.CreateChatCompletionRequest) error {
	for {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		if classify(err) == ClassRateLimit {
			time.Sleep(time.Second)
			continue
		}
		return err
	}
}

// everyError retries whatever fails, at once.
func everyError(ctx context.Context, c *arkruntime.Client, req model.CreateChatCompletionRequest) error {
	for attempt := 0; attempt < 3; attempt++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		log.Printf("attempt %d: %v", attempt, err)
	}
	return errors.New("gave up")
}

// wrongType checks the status of the transport error type.
func wrongType(err error) bool {
	var reqErr *model.RequestError
	return errors.As(err, &reqErr) && reqErr.HTTPStatusCode == 429
}

// transientOnly retries only what isTransient allows: quiet.
func transientOnly(ctx context.Context, c *arkruntime.Client, req model.CreateChatCompletionRequest) error {
	for i := 0; i < 3; i++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil || !isTransient(err) {
			return err
		}
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return errors.New("gave up")
}

func isTransient(err error) bool {
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
