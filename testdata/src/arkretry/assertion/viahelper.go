package assertion

import (
	"context"
	"errors"
	"fmt"

	"github.com/avast/retry-go/v4"
	"github.com/cloudwego/eino-ext/components/model/ark"
	"github.com/cloudwego/eino/schema"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// eino's error through another package's retry helper, the call in a
// literal: still wrapped, so the assertion never matches.
func generateRetried(ctx context.Context, cm *ark.ChatModel, in []*schema.Message) (*schema.Message, error) {
	var msg *schema.Message
	err := retry.Do(func() error {
		var err error
		msg, err = cm.Generate(ctx, in)
		return err
	}, retry.RetryIf(isServerError))
	if apiErr, ok := err.(*model.APIError); ok && apiErr.Code == "OutofContextError" { // want `^cm\.Generate wraps the Ark error it returns, so this type assertion to \*model\.APIError never matches`
		return nil, fmt.Errorf("conversation too long: %w", err)
	}
	return msg, err
}

// The same error handed to a function of the package: one call deep.
func generateDescribed(ctx context.Context, cm *ark.ChatModel, in []*schema.Message) error {
	err := retry.Do(func() error {
		_, err := cm.Generate(ctx, in)
		return err
	}, retry.RetryIf(isServerError))
	return describeStep(err)
}

func describeStep(err error) error {
	if apiErr, ok := err.(*model.APIError); ok && apiErr.Code == "OutofContextError" { // want `^cm\.Generate wraps the Ark error it returns, so this type assertion to \*model\.APIError never matches`
		return fmt.Errorf("conversation too long: %w", err)
	}
	return err
}

// The SDK's client in the literal returns its *model.APIError as it is: the
// assertion may match. Quiet.
func chatRetried(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	err := retry.Do(func() error {
		_, err := c.CreateChatCompletion(ctx, req)
		return err
	}, retry.RetryIf(isServerError))
	if apiErr, ok := err.(*model.APIError); ok && apiErr.Code == "OutofContextError" {
		return fmt.Errorf("conversation too long: %w", err)
	}
	return err
}

// isServerError retries 5xx and the rate limits alike, leaving out the codes
// waiting does not clear.
func isServerError(err error) bool {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return false
	}
	switch apiErr.Code {
	case "QuotaExceeded", "SetLimitExceeded", "SessionQuotaExceeded", "AccountOverdueError":
		return false
	}
	return apiErr.HTTPStatusCode == 429 || apiErr.HTTPStatusCode >= 500
}
