package helperretry

import (
	"context"
	"errors"
	"os"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// Operations that reach Ark through a method of the package that calls it
// and hands its error back unexamined.

type chatter struct{ c *arkruntime.Client }

func (s *chatter) complete(ctx context.Context, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	return s.c.CreateChatCompletion(ctx, req)
}

// checked gives up on what waiting does not clear before it hands the
// error back: an operation calling it looks at the error through it.
func (s *chatter) checked(ctx context.Context, req model.ChatRequest) error {
	_, err := s.c.CreateChatCompletion(ctx, req)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 400 {
		return retry.Unrecoverable(err)
	}
	return err
}

func (s *chatter) viaWrapper(ctx context.Context, req model.ChatRequest) error {
	return retry.Do(func() error { // want `^retry\.Do retries every error the operation returns`
		_, err := s.complete(ctx, req)
		return err
	}, retry.Attempts(3))
}

// A retry condition given beside it: quiet.
func (s *chatter) viaWrapperWithCondition(ctx context.Context, req model.ChatRequest) error {
	return retry.Do(func() error {
		_, err := s.complete(ctx, req)
		return err
	}, retry.RetryIf(isRetryable))
}

// The method it calls looks at the error itself: quiet.
func (s *chatter) viaChecked(ctx context.Context, req model.ChatRequest) error {
	return retry.Do(func() error { return s.checked(ctx, req) }, retry.Attempts(3))
}

// A method of the package that does not reach Ark: quiet.
func (s *chatter) loadConfig() error {
	_, err := os.ReadFile("config.yaml")
	return err
}

func (s *chatter) viaNonArk() error {
	return retry.Do(func() error { return s.loadConfig() }, retry.Attempts(3))
}

// keepTrying, a helper of the package, retries every error of what it is
// handed; its caller hands it an operation reaching Ark through complete.
func keepTrying(op func() error) error {
	var err error
	for range 4 { // want `^this loop retries every error from the operation handed to keepTrying \(which calls CreateChatCompletion\)`
		if err = op(); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}

// keepLoading is the same loop, handed only what does not reach Ark: quiet.
func keepLoading(op func() error) error {
	var err error
	for range 4 {
		if err = op(); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}

func (s *chatter) useKeepTrying(ctx context.Context, req model.ChatRequest) error {
	if err := keepLoading(s.loadConfig); err != nil {
		return err
	}
	if err := keepLoading(func() error { return s.loadConfig() }); err != nil {
		return err
	}
	return keepTrying(func() error {
		_, err := s.complete(ctx, req)
		return err
	})
}
