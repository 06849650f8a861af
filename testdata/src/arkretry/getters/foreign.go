package getters

import (
	"context"
	"net/http"
	"time"

	"handling/foreign/errs"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// Getters of another package of the application, known by what they are
// compared with: a 429 retried through one, with no exclusion.
func backfill(ctx context.Context, c *arkruntime.Client, reqs []model.ChatRequest) error {
	for _, req := range reqs {
		for tries := 0; ; tries++ {
			_, err := c.CreateChatCompletion(ctx, req)
			if err == nil {
				break
			}
			if errs.StatusOf(err) == http.StatusTooManyRequests && tries < 20 { // want `retrying every 429 also retries QuotaExceeded`
				time.Sleep(time.Minute)
				continue
			}
			return err
		}
	}
	return nil
}

// The same loop, excluding what waiting does not clear: quiet.
func backfillExcluding(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for tries := 0; ; tries++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		if code := errs.CodeOf(err); code == "SetLimitExceeded" || code == "QuotaExceeded" {
			return err
		}
		if errs.StatusOf(err) == http.StatusTooManyRequests && tries < 20 {
			time.Sleep(time.Minute)
			continue
		}
		return err
	}
}

// A retry made with goto: the label, the call, and a jump back to it.
func submit(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	attempt := 0
again:
	_, err := c.CreateChatCompletion(ctx, req)
	if err != nil {
		if errs.StatusOf(err) == http.StatusTooManyRequests && attempt < 6 { // want `retrying every 429 also retries QuotaExceeded`
			attempt++
			time.Sleep(time.Second << attempt)
			goto again
		}
		return err
	}
	return nil
}

// A goto forward, to the function's cleanup: no loop. Quiet.
func forward(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (err error) {
	_, err = c.CreateChatCompletion(ctx, req)
	if errs.StatusOf(err) == http.StatusTooManyRequests {
		goto done
	}
	println("ok")
done:
	return err
}
