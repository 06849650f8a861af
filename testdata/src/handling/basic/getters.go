package basic

import (
	"context"
	"errors"
	"time"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// codeOf is a getter: each return gives back the code or "".
func codeOf(err error) string {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		return apiErr.Code
	}
	return ""
}

// textOf is none: one return gives back the error's text.
func textOf(err error) string {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		return apiErr.Code
	}
	return err.Error()
}

func viaGetter(err error) bool {
	if codeOf(err) == "ServerOverloaded" { // want `^test code == "ServerOverloaded" -> true$`
		return true
	}
	return textOf(err) == "ServerOverloaded"
}

// A verdict asked in a tagless switch's case, its default leading out.
func shouldPoll(err error) bool { return err != nil } // want `^predicate$`

func pollTask(ctx context.Context, c *arkruntime.Client, req model.GetContentGenerationTaskRequest) error {
	for { // want `^loop calls ark$`
		_, err := c.GetContentGenerationTask(ctx, req)
		switch {
		case err == nil: // want `^errcheck nonnil=false -> other$`
			return nil
		case shouldPoll(err):
		default:
			return err
		}
		time.Sleep(time.Second)
	}
}

// A getter's result kept in a variable, then switched on and searched.
func keptCode(err error) int {
	code := codeOf(err)
	switch code {
	case "ServerOverloaded": // want `^test code == "ServerOverloaded" -> other$`
		return 1
	}
	switch {
	case len(code) > 40:
		return 3
	case code == "AccessDenied": // want `^test code == "AccessDenied" -> other$`
		return 2
	}
	return 0
}

// A getter handed the SDK error itself.
func sdkCode(apiErr *model.APIError) string {
	if apiErr == nil {
		return ""
	}
	return apiErr.Code
}

func viaSDKGetter(apiErr *model.APIError) bool {
	return sdkCode(apiErr) == "ServerOverloaded" // want `^test code == "ServerOverloaded" -> true$`
}
