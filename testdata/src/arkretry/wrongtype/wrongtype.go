// Package wrongtype holds status checks on *model.RequestError alone: the
// SDK returns every Ark error with a JSON body as *model.APIError.
package wrongtype

import (
	"context"
	"errors"
	"log"
	"net/http"
	"time"

	"example.com/shop/apierr"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

func retryOnRequestError(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for {
		_, err := c.CreateChatCompletion(ctx, req)
		var reqErr *model.RequestError
		if errors.As(err, &reqErr) && reqErr.HTTPStatusCode == http.StatusTooManyRequests { // want `^\*model\.RequestError carries only transport failures and bodies that do not decode; the SDK returns every Ark error with a JSON body, rate limits included, as \*model\.APIError, so this 429 check misses them; use errors\.As with \*model\.APIError$`
			time.Sleep(time.Second)
			continue
		}
		return err
	}
}

func badRequest(err error) bool {
	if reqErr, ok := err.(*model.RequestError); ok {
		return reqErr.HTTPStatusCode == 400 // want `so this status check misses them`
	}
	return false
}

// Transport failures are 5xx RequestErrors: checking those is right.
func transport(err error) bool {
	var reqErr *model.RequestError
	return errors.As(err, &reqErr) && reqErr.HTTPStatusCode >= 500
}

// Both types checked: the RequestError check is a fallback.
func both(err error) bool {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		return apiErr.HTTPStatusCode == 429 && apiErr.Code != "SetLimitExceeded" && apiErr.Code != "QuotaExceeded" && apiErr.Code != "SessionQuotaExceeded"
	}
	var reqErr *model.RequestError
	return errors.As(err, &reqErr) && reqErr.HTTPStatusCode == 429
}

// A switch on the transport type's status is one decision: one finding, at
// its 429 case.
func switchOnRequestError(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for attempt := 0; attempt < 3; attempt++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		var reqErr *model.RequestError
		if !errors.As(err, &reqErr) {
			return err
		}
		switch reqErr.HTTPStatusCode {
		case http.StatusBadRequest, http.StatusUnauthorized:
			return err
		case http.StatusTooManyRequests: // want `so this 429 check misses them`
			time.Sleep(time.Second)
		case http.StatusForbidden, http.StatusNotFound:
			return err
		default:
			return err
		}
	}
	return errors.New("still failing")
}

// A RequestError 429 check beside a classifier of another package handed
// the same error, which may check the API type for the 429 out of view:
// the transport check catches a 429 whose body does not decode. Quiet.
func besideClassifier(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for attempt := 0; attempt < 3; attempt++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		var reqErr *model.RequestError
		if apierr.IsRateLimited(err) || errors.As(err, &reqErr) && reqErr.HTTPStatusCode == http.StatusTooManyRequests {
			time.Sleep(time.Second)
			continue
		}
		return err
	}
	return nil
}

// Handed only to a logger beside it: no classifier, the finding stands.
func besideLogger(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	_, err := c.CreateChatCompletion(ctx, req)
	var reqErr *model.RequestError
	if errors.As(err, &reqErr) && reqErr.HTTPStatusCode == http.StatusTooManyRequests { // want `so this 429 check misses them`
		log.Printf("rate limited: %v", err)
		return errors.New("busy")
	}
	return err
}

// The classifier of another package only turns what comes out of the
// loop into the caller's error: the loop's own back-off waits only on a
// RequestError 429, which Ark's 429s never are.
func classifiedAfter(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for attempt := 0; attempt < 4; attempt++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		var reqErr *model.RequestError
		if errors.As(err, &reqErr) && reqErr.HTTPStatusCode == 429 { // want `^\*model\.RequestError carries only transport failures`
			time.Sleep(10 * time.Second)
			continue
		}
		return apierr.Wrap(err)
	}
	return nil
}

// Its verdict kept and tested beside the transport check: quiet.
func classifiedKept(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for attempt := 0; attempt < 4; attempt++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		limited := apierr.IsRateLimited(err)
		var reqErr *model.RequestError
		if limited || errors.As(err, &reqErr) && reqErr.HTTPStatusCode == 429 {
			time.Sleep(10 * time.Second)
			continue
		}
		return err
	}
	return nil
}
