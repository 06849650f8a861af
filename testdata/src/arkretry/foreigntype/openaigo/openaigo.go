// Package openaigo calls Ark through openai-go, its base URL from
// configuration, and takes the errors into volcengine-go-sdk's type.
package openaigo

import (
	"context"
	"errors"
	"fmt"

	"github.com/avast/retry-go/v4"
	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

var errRateLimited = errors.New("rate limited")

type reranker struct{ client openai.Client }

func newReranker(key, baseURL string) *reranker {
	return &reranker{client: openai.NewClient(option.WithAPIKey(key), option.WithBaseURL(baseURL))}
}

func (r *reranker) score(ctx context.Context, params openai.ChatCompletionNewParams) (int, error) {
	resp, err := r.client.Chat.Completions.New(ctx, params)
	if err != nil {
		return 0, fmt.Errorf("score: %w", err)
	}
	_ = resp
	return 1, nil
}

func (r *reranker) rerank(ctx context.Context, params openai.ChatCompletionNewParams) error {
	_, err := r.score(ctx, params)
	if err != nil {
		var arkErr *model.APIError
		if errors.As(err, &arkErr) && arkErr.HTTPStatusCode == 429 { // want `never volcengine-go-sdk's \*model\.APIError`
			return fmt.Errorf("rerank: %w: %w", errRateLimited, err)
		}
		return fmt.Errorf("rerank: %w", err)
	}
	return nil
}

// openai-go's own type: quiet.
func (r *reranker) rerankOwn(ctx context.Context, params openai.ChatCompletionNewParams) error {
	_, err := r.score(ctx, params)
	var apiErr *openai.Error
	if errors.As(err, &apiErr) && apiErr.StatusCode == 429 {
		return errRateLimited
	}
	return err
}

func transient(err error) bool {
	var apiErr *openai.Error
	return errors.As(err, &apiErr) && apiErr.StatusCode >= 500
}

// The call in a literal handed to a retry library, its error the
// library's result.
func (r *reranker) rerankRetried(ctx context.Context, params openai.ChatCompletionNewParams) error {
	err := retry.Do(func() error {
		_, err := r.client.Chat.Completions.New(ctx, params)
		return err
	}, retry.RetryIf(transient))
	var arkErr *model.APIError
	if errors.As(err, &arkErr) && arkErr.HTTPStatusCode == 429 { // want `never volcengine-go-sdk's \*model\.APIError`
		return errRateLimited
	}
	return err
}

// A method of the package whose call sits in such a literal.
func (r *reranker) scoreRetried(ctx context.Context, params openai.ChatCompletionNewParams) error {
	return retry.Do(func() error {
		_, err := r.client.Chat.Completions.New(ctx, params)
		return err
	}, retry.RetryIf(transient))
}

func (r *reranker) rerankScored(ctx context.Context, params openai.ChatCompletionNewParams) error {
	err := r.scoreRetried(ctx, params)
	var arkErr *model.APIError
	if errors.As(err, &arkErr) && arkErr.HTTPStatusCode == 429 { // want `never volcengine-go-sdk's \*model\.APIError`
		return errRateLimited
	}
	return err
}
