// Package retrycount holds rule 5 of arkretry: a negative retry count, with
// which the SDK sends no request and returns a nil error.
package retrycount

import (
	"errors"
	"time"

	"github.com/volcengine/ark-runtime-go/arkruntime"
	"github.com/volcengine/ark-runtime-go/arkruntime/model"
)

const disabled = -1

func clients(key string) []*arkruntime.Client {
	return []*arkruntime.Client{
		arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(-1)),          // want `^WithRetryTimes\(-1\) means no request is sent: plain calls return a nil error and an empty response, stream calls return a nil stream whose first Recv panics, and batch calls are unaffected; use 0 to turn retries off$`
		arkruntime.NewClientWithAkSk(key, key, arkruntime.WithRetryTimes(disabled)), // want `WithRetryTimes\(-1\) means no request is sent`
		arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(0)),           // handled below: not rule 4
		arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(2)),
	}
}

func wait(err error) time.Duration {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 {
		return time.Second
	}
	return 0
}
