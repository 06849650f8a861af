// Package retryofftransport turns the SDK's retries off and checks a 429
// only on *model.RequestError, which Ark's 429s never arrive as: nothing
// here handles a 429.
package retryofftransport

import (
	"context"
	"errors"
	"fmt"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

type Service struct {
	client *arkruntime.Client
}

func New(key string) *Service {
	return &Service{client: arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(0))} // want `^WithRetryTimes\(0\) turns off the SDK's retries for Service.client, and nothing in this package handles a 429`
}

func (s *Service) Summarize(ctx context.Context, req model.ChatRequest) error {
	_, err := s.client.CreateChatCompletion(ctx, req)
	var reqErr *model.RequestError
	if errors.As(err, &reqErr) && reqErr.HTTPStatusCode == 429 { // want `^\*model\.RequestError carries only transport failures`
		return fmt.Errorf("summarize: slow down: %w", err)
	}
	return err
}
