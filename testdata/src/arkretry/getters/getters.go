// Package getters reads Ark error codes through functions of its own that
// give back an error's code: what they return is that code.
package getters

import (
	"context"
	"errors"
	"time"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// codeOf gives back the code of an Ark error, "" for any other error.
func codeOf(err error) string {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		return apiErr.Code
	}
	return ""
}

// details gives back the code and the status, and whether err is one.
func details(err error) (string, int, bool) {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return "", 0, false
	}
	code := apiErr.Code
	return code, apiErr.HTTPStatusCode, true
}

// describe gives back a code or, for other errors, their text: not a getter.
func describe(err error) string {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		return apiErr.Code
	}
	return err.Error()
}

type class int

const (
	fail class = iota
	later
)

func classify(err error) class {
	switch codeOf(err) {
	case "RateLimitExceeded.EndpointRPMExceeded", "ServerOverloaded": // want `^switch on Ark error code handles RateLimitExceeded\.EndpointRPMExceeded and ServerOverloaded but not the retryable`
		return later
	case "InvalidParameter":
		return fail
	}
	return fail
}

func classifyKept(err error) class {
	code, _, ok := details(err)
	if !ok {
		return fail
	}
	switch code {
	case "ModelAccountRpmRateLimitExceeded", "ModelAccountTpmRateLimitExceeded": // want `^switch on Ark error code handles ModelAccountRpmRateLimitExceeded and ModelAccountTpmRateLimitExceeded but not the retryable`
		return later
	case "AuthenticationError":
		return fail
	}
	return fail
}

// The same switch on what describe gives back: not a code, quiet.
func classifyText(err error) class {
	switch describe(err) {
	case "RateLimitExceeded.EndpointRPMExceeded", "ServerOverloaded":
		return later
	case "InvalidParameter":
		return fail
	}
	return fail
}

// Every retryable 429 code through the getter, the rest given up on: quiet.
func classifyAll(err error) class {
	_, status, ok := details(err)
	if ok && status == 429 {
		switch codeOf(err) {
		case "QuotaExceeded", "SetLimitExceeded":
			return fail
		}
		return later
	}
	return fail
}

func run(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for attempt := 0; attempt < 3; attempt++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		if classify(err) == fail || classifyKept(err) == fail || classifyText(err) == fail || classifyAll(err) == fail {
			return err
		}
		time.Sleep(time.Second)
	}
	return errors.New("still failing")
}
