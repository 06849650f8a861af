package nostatus

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

var errBusy = errors.New("the model is busy, try again later")

// jobPolicy is the package's retry policy: runJob asks ShouldRetry alone.
type jobPolicy struct {
	Attempts    int
	ShouldRetry func(error) bool
}

func runJob(p jobPolicy, op func() error) error {
	var err error
	for i := 0; i < p.Attempts; i++ {
		if err = op(); err == nil || !p.ShouldRetry(err) {
			return err
		}
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return err
}

// Handed to runJob in one case of a switch over jobs, while another case
// looks at a 429 of its own call: that look is no look at what the
// condition judges.
func summaryCondition(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode >= 500 // want `^this decision retries server errors \(5xx\) but not 429`
}

func process(ctx context.Context, c *arkruntime.Client, kind string, req model.ChatRequest) error {
	var err error
	switch kind {
	case "chat":
		_, err = c.CreateChatCompletion(ctx, req)
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == http.StatusTooManyRequests {
			return errBusy
		}
	case "summary":
		err = runJob(jobPolicy{Attempts: 3, ShouldRetry: summaryCondition}, func() error {
			_, e := c.CreateChatCompletion(ctx, req)
			return e
		})
	}
	return err
}

// Handed on the same way, but what runJob gives back is then looked at
// for a 429, which the caller is told to wait out: quiet.
func titleCondition(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode >= 500
}

func title(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	err := runJob(jobPolicy{Attempts: 3, ShouldRetry: titleCondition}, func() error {
		_, e := c.CreateChatCompletion(ctx, req)
		return e
	})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == http.StatusTooManyRequests {
		return errBusy
	}
	return err
}

// A policy with a condition per kind of failure, both handed in one
// literal: the rate limits have theirs, so the server one is quiet.
type splitPolicy struct {
	OnServer func(error) bool
	OnLimit  func(error) bool
}

func runSplit(p splitPolicy, op func() error) error {
	for i := 0; ; i++ {
		err := op()
		if err == nil || i >= 3 {
			return err
		}
		if p.OnLimit(err) {
			time.Sleep(time.Duration(i+1) * 2 * time.Second)
			continue
		}
		if p.OnServer(err) {
			time.Sleep(time.Second)
			continue
		}
		return err
	}
}

func serverFailure(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode >= 500
}

func limitFailure(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == http.StatusTooManyRequests &&
		apiErr.Code != "QuotaExceeded" && apiErr.Code != "SetLimitExceeded" && apiErr.Code != "SessionQuotaExceeded"
}

func split(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	return runSplit(splitPolicy{OnServer: serverFailure, OnLimit: limitFailure}, func() error {
		_, e := c.CreateChatCompletion(ctx, req)
		return e
	})
}

// Exported for the program's retry helper and never used here: named for
// a verdict on retrying, it decides alone, whatever else the package
// looks at.
func IsTransient(err error) bool {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return false
	}
	switch {
	case apiErr.HTTPStatusCode >= 500: // want `^this decision retries server errors \(5xx\) but not 429`
		return true
	}
	return false
}

// Named for what the error is: a fact, no retry decision.
func IsServerError(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode >= 500
}
