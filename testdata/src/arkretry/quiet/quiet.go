// Package quiet holds code shaped like arkretry's findings that decides
// right, and must stay quiet.
package quiet

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"strings"
	"time"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// Excludes the codes waiting never clears, then waits and retries 429s.
func excludesThenWaits(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for attempt := 0; attempt < 5; attempt++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		var apiErr *model.APIError
		if !errors.As(err, &apiErr) {
			return err
		}
		switch apiErr.Code {
		case "SetLimitExceeded", "QuotaExceeded", "SessionQuotaExceeded":
			return err
		}
		if apiErr.HTTPStatusCode == http.StatusTooManyRequests {
			time.Sleep(time.Duration(attempt+1) * time.Second)
			continue
		}
		return err
	}
	return errors.New("gave up")
}

// Goes round on errors, but first returns on what a helper calls permanent.
func helperVerdict(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	var err error
	for range 3 {
		if _, err = c.CreateChatCompletion(ctx, req); err == nil {
			return nil
		}
		if !isTransient(err) {
			return err
		}
		time.Sleep(time.Second)
	}
	return err
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

// Goes round only when a helper says so.
func onlyTransient(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for {
		_, err := c.CreateChatCompletion(ctx, req)
		if err != nil && isTransient(err) {
			time.Sleep(time.Second)
			continue
		}
		return err
	}
}

// A 429 branch that tells the user to try later, without retrying.
func tellUser(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (string, error) {
	_, err := c.CreateChatCompletion(ctx, req)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 {
		return "the assistant is busy, try again in a minute", nil
	}
	return "", err
}

// Returns first on the codes that need a person, then retries the rest.
func codesFirst(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for i := 0; i < 4; i++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && (apiErr.Code == "AuthenticationError" || strings.HasPrefix(apiErr.Code, "InvalidParameter")) {
			return err
		}
		time.Sleep(time.Second << i)
	}
	return errors.New("gave up")
}

// A retry loop around something that is not Ark.
func fetchConfig(ctx context.Context, url string) (*http.Response, error) {
	for range 3 {
		resp, err := http.Get(url)
		if err != nil {
			continue
		}
		return resp, nil
	}
	return nil, errors.New("unreachable")
}

// A range over work items: a continue skips a failed item, it does not
// send it again.
func perItem(ctx context.Context, c *arkruntime.Client, reqs []model.ChatRequest) {
	for _, req := range reqs {
		_, err := c.CreateChatCompletion(ctx, req)
		if err != nil {
			log.Printf("skipped: %v", err)
			continue
		}
	}
}

// A rate-limit class that goes back to the caller, not round again.
type class int

const (
	classFatal class = iota
	classBusy
)

func classify(err error) class {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 {
		return classBusy
	}
	return classFatal
}

func handle(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	_, err := c.CreateChatCompletion(ctx, req)
	if classify(err) == classBusy {
		return fmt.Errorf("busy, try later: %w", err)
	}
	return err
}

// A bool function about billing that no retry decision uses: its false for
// a rate limit swallows nothing.
func needsTopUp(apiErr *model.APIError) bool {
	return apiErr.Code == "AccountOverdueError" || apiErr.Code == "InvalidSubscription"
}

// A table of delays per code decides how long to wait, not whether to.
var delays = map[string]time.Duration{
	"AuthenticationError": 0,
	"InvalidParameter":    0,
}

func delayFor(apiErr *model.APIError) time.Duration { return delays[apiErr.Code] }

// A class named like a retry class that the package's own code surfaces:
// its use decides, not its name.
type Verdict int

const (
	VerdictFatal Verdict = iota
	VerdictRateLimited
)

func verdictOf(err error) Verdict {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 {
		return VerdictRateLimited
	}
	return VerdictFatal
}

func serve(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (int, error) {
	_, err := c.CreateChatCompletion(ctx, req)
	switch verdictOf(err) {
	case VerdictRateLimited:
		return http.StatusTooManyRequests, err
	}
	return http.StatusOK, nil
}

var errAssistantBusy = errors.New("the assistant is busy, try again later")

// isRateLimitedErr is named like a retry predicate, but its one use tells
// the user to wait: its use, not its name, says what it is.
func isRateLimitedErr(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429
}

func askOnce(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	_, err := c.CreateChatCompletion(ctx, req)
	if err != nil && isRateLimitedErr(err) {
		return errAssistantBusy
	}
	return err
}

// The issue's own quiet classifier: it gives up on SetLimitExceeded and
// QuotaExceeded before it retries 429s, and waits. SessionQuotaExceeded,
// sent only when an agent session is created, is no call of this package.
func excludesTheTwo(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for attempt := 0; attempt < 4; attempt++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		var apiErr *model.APIError
		if !errors.As(err, &apiErr) {
			return err
		}
		if apiErr.Code == "SetLimitExceeded" || apiErr.Code == "QuotaExceeded" {
			return err
		}
		if apiErr.HTTPStatusCode == http.StatusTooManyRequests {
			time.Sleep(time.Duration(attempt+1) * time.Second)
			continue
		}
		return err
	}
	return errors.New("still rate limited")
}

// A moderation check giving a verdict and an error, that no retry decision
// uses: naming no 429 swallows nothing.
func promptAllowed(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (bool, error) {
	_, err := c.CreateChatCompletion(ctx, req)
	if err == nil {
		return true, nil
	}
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		switch apiErr.Code {
		case "InputTextSensitiveContentDetected", "SensitiveContentDetected", "InputTextRiskDetection":
			return false, nil
		}
	}
	return false, fmt.Errorf("check prompt: %w", err)
}
