// Package viawrapper reaches Ark through a wrapper in another package of
// the program, and classifies what it returns as Ark's errors.
package viawrapper

import (
	"context"
	"errors"
	"time"

	"example.com/shop/apierr"
	"example.com/shop/llm"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// titleRetryCodes are the codes title waits out, SetLimitExceeded among
// them.
var titleRetryCodes = map[string]bool{
	apierr.CodeEndpointRPM: true,
	apierr.CodeOverloaded:  true,
	apierr.CodeSetLimit:    true, // want `^the codes this loop retries include SetLimitExceeded, which waiting does not clear`
}

// The wrapper's error is taken into *model.APIError and tested: the call
// reaches Ark, and the loop retries what the map lists.
func title(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (string, error) {
	for attempt := 0; ; attempt++ {
		text, err := llm.Complete(ctx, c, req)
		if err == nil {
			return text, nil
		}
		var apiErr *model.APIError
		if !errors.As(err, &apiErr) || !titleRetryCodes[apiErr.Code] || attempt == 4 { // want `^checks of Ark error code handle`
			return "", err
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(time.Duration(attempt+1) * time.Second):
		}
	}
}

// fatalCodes: the same loop gives up on what it lists. Quiet.
var fatalCodes = map[string]bool{apierr.CodeSetLimit: true}

func summary(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (string, error) {
	for attempt := 0; attempt < 4; attempt++ {
		text, err := llm.Complete(ctx, c, req)
		if err == nil {
			return text, nil
		}
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && fatalCodes[apiErr.Code] {
			return "", err
		}
		time.Sleep(time.Second)
	}
	return "", errors.New("gave up")
}

// caption calls itself again on every 429 the wrapper returns: the
// recursion retries QuotaExceeded too.
func caption(ctx context.Context, c *arkruntime.Client, req model.ChatRequest, tries int) (string, error) {
	text, err := llm.Complete(ctx, c, req)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 && tries > 0 { // want `^retrying every 429 also retries`
		time.Sleep(2 * time.Second)
		return caption(ctx, c, req, tries-1)
	}
	return text, err
}

// altText calls itself again only on the codes waiting clears: quiet.
func altText(ctx context.Context, c *arkruntime.Client, req model.ChatRequest, tries int) (string, error) {
	text, err := llm.Complete(ctx, c, req)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 && apiErr.Code != "QuotaExceeded" && apiErr.Code != "SetLimitExceeded" && tries > 0 {
		time.Sleep(2 * time.Second)
		return altText(ctx, c, req, tries-1)
	}
	return text, err
}
