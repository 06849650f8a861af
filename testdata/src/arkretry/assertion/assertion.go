// Package assertion holds type assertions to Ark error types on errors the
// SDK or eino wraps, which never match.
package assertion

import (
	"context"
	"errors"
	"fmt"

	"github.com/cloudwego/eino-ext/components/model/ark"
	"github.com/cloudwego/eino/schema"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/utils"
)

var errBusy = errors.New("busy")

// eino's Generate wraps the SDK's error with %w.
func generate(ctx context.Context, cm *ark.ChatModel, in []*schema.Message) error {
	_, err := cm.Generate(ctx, in)
	if apiErr, ok := err.(*model.APIError); ok && apiErr.Code == "ServerOverloaded" { // want `^cm\.Generate wraps the Ark error it returns, so this type assertion to \*model\.APIError never matches and the checks behind it never run; use errors\.As or errors\.AsType\[\*model\.APIError\]$`
		return errBusy
	}
	return err
}

// A type switch on the same error: no fix, the message says what to do.
func generateSwitch(ctx context.Context, cm *ark.ChatModel, in []*schema.Message) error {
	_, err := cm.Generate(ctx, in)
	switch e := err.(type) {
	case *model.APIError: // want `cm\.Generate wraps the Ark error it returns`
		return e
	}
	return err
}

// The bot stream's Recv wraps too.
func botStream(s *utils.BotChatCompletionStreamReader) error {
	_, err := s.Recv()
	apiErr, ok := err.(*model.APIError) // want `s\.Recv wraps the Ark error it returns`
	if ok && apiErr.Code == "ServerOverloaded" {
		return errBusy
	}
	return err
}

// A type switch on the bot stream's error: the APIError case misses the
// wrapping, and the RequestError case can never match at all, so errors.As
// would not help it.
func botStreamSwitch(s *utils.BotChatCompletionStreamReader) error {
	_, err := s.Recv()
	switch e := err.(type) {
	case *model.RequestError: // want `^s\.Recv never returns a \*model\.RequestError: an Ark error read mid-stream is a \*model\.APIError, which it wraps, so the checks behind this never run; take the \*model\.APIError with errors\.As$`
		return fmt.Errorf("stream broke: %w", e)
	case *model.APIError: // want `^s\.Recv wraps the Ark error it returns, so this type switch case to \*model\.APIError never matches and the checks behind it never run; take it with errors\.As or errors\.AsType\[\*model\.APIError\] before the switch$`
		return e
	}
	return err
}

// errors.As looks through the wrapping: quiet.
func generateAs(ctx context.Context, cm *ark.ChatModel, in []*schema.Message) bool {
	_, err := cm.Generate(ctx, in)
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.Code == "ServerOverloaded"
}

// The chat stream's Recv and the client's own calls return the error bare:
// quiet.
func chat(ctx context.Context, c *arkruntime.Client, req model.ChatRequest, s *utils.ChatCompletionStreamReader) bool {
	_, err := c.CreateChatCompletion(ctx, req)
	if apiErr, ok := err.(*model.APIError); ok && apiErr.Code == "ServerOverloaded" {
		return true
	}
	_, err = s.Recv()
	_, ok := err.(*model.APIError)
	return ok
}

// One call deep: a predicate handed the error eino's Generate wraps.
func isRetryableStep(err error) bool {
	if apiErr, ok := err.(*model.APIError); ok { // want `^cm\.Generate wraps the Ark error it returns, so this type assertion to \*model\.APIError never matches`
		return apiErr.HTTPStatusCode == 429
	}
	return false
}

func plan(ctx context.Context, cm *ark.ChatModel, in []*schema.Message) error {
	_, err := cm.Generate(ctx, in)
	if err != nil && isRetryableStep(err) {
		return errBusy
	}
	return err
}

// The same predicate shape handed only the client's bare errors: quiet.
func isBusy(err error) bool {
	_, ok := err.(*model.APIError)
	return ok
}

func direct(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) bool {
	_, err := c.CreateChatCompletion(ctx, req)
	return isBusy(err)
}

// The bot stream's error handed to a method of the package that asserts
// it: one call deep, as for Generate.
type botRelay struct{ filtered int }

func (r *botRelay) relay(s *utils.BotChatCompletionStreamReader) error {
	for {
		_, err := s.Recv()
		if err != nil {
			return r.midStream(err)
		}
	}
}

func (r *botRelay) midStream(err error) error {
	if apiErr, ok := err.(*model.APIError); ok { // want `^s\.Recv wraps the Ark error it returns, so this type assertion to \*model\.APIError never matches`
		switch apiErr.Code {
		case "OutputTextSensitiveContentDetected", "SensitiveContentDetected":
			r.filtered++
			return nil
		}
	}
	return err
}
