package helperretry

import (
	"context"
	"fmt"
	"strings"

	"arkretry/helperretry/policy"

	"github.com/avast/retry-go/v4"
	"github.com/cenkalti/backoff/v4"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// embedOnce is the package's wrapper of the call: its loop reads the
// results, it retries nothing.
func embedOnce(ctx context.Context, c *arkruntime.Client, texts []string) ([]string, error) {
	resp, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{})
	if err != nil {
		return nil, err
	}
	var out []string
	for _, ch := range resp.Choices {
		if ch == nil {
			return nil, fmt.Errorf("%d texts: empty choice", len(texts))
		}
		out = append(out, fmt.Sprint(ch.Index))
	}
	return out, nil
}

// An operation calling the wrapper, its error checked only for nil.
func embedQuery(ctx context.Context, c *arkruntime.Client, q string) (string, error) {
	var vec string
	err := retry.Do(func() error { // want `^retry\.Do retries every error the operation returns`
		vecs, err := embedOnce(ctx, c, []string{q})
		if err != nil {
			return err
		}
		vec = vecs[0]
		return nil
	}, retry.Attempts(3))
	return vec, err
}

// An operation kept in a variable and handed over.
func embedKept(ctx context.Context, c *arkruntime.Client, q string) error {
	op := func() error {
		_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{})
		return err
	}
	return backoff.Retry(op, backoff.NewExponentialBackOff()) // want `^backoff\.Retry retries every error the operation returns`
}

// The same, with a retry condition or the errors waiting does not clear
// marked permanent: quiet.
func embedQueryIf(ctx context.Context, c *arkruntime.Client, q string) error {
	return retry.Do(func() error {
		_, err := embedOnce(ctx, c, []string{q})
		return err
	}, retry.RetryIf(isRetryable))
}

func embedKeptPermanent(ctx context.Context, c *arkruntime.Client, q string) error {
	op := func() error {
		_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{})
		if err != nil && !isRetryable(err) {
			return backoff.Permanent(err)
		}
		return err
	}
	return backoff.Retry(op, backoff.NewExponentialBackOff())
}

// A retry condition that reads the error's text from a local: Ark's text
// is "Error code: 429 - {...}" for every 429.
func embedByText(ctx context.Context, c *arkruntime.Client, q string) error {
	return retry.Do(func() error {
		_, err := embedOnce(ctx, c, []string{q})
		return err
	}, retry.RetryIf(func(err error) bool {
		msg := err.Error()
		return strings.Contains(msg, "429") || strings.Contains(msg, "ServerOverloaded") // want `^retrying every error whose text holds "429" also retries QuotaExceeded`
	}))
}

// The same text searched for the codes waiting does not clear first:
// quiet.
func embedByTextExcluding(ctx context.Context, c *arkruntime.Client, q string) error {
	return retry.Do(func() error {
		_, err := embedOnce(ctx, c, []string{q})
		return err
	}, retry.RetryIf(func(err error) bool {
		msg := err.Error()
		if strings.Contains(msg, "QuotaExceeded") || strings.Contains(msg, "SetLimitExceeded") {
			return false
		}
		return strings.Contains(msg, "429")
	}))
}

// A local assigned again is not only the error's text: quiet.
func embedByOtherText(ctx context.Context, c *arkruntime.Client, q string) error {
	return retry.Do(func() error {
		_, err := embedOnce(ctx, c, []string{q})
		return err
	}, retry.RetryIf(func(err error) bool {
		msg := err.Error()
		msg = q
		return strings.Contains(msg, "429")
	}))
}

// byText is a retry condition by its use: handed to another package's
// helper beside an operation that calls Ark.
func byText(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "429") // want `^retrying every error whose text holds "429" also retries QuotaExceeded`
}

func embedPolicy(ctx context.Context, c *arkruntime.Client, q string) error {
	return policy.Do(ctx, 3, byText, func(ctx context.Context) error {
		_, err := embedOnce(ctx, c, []string{q})
		return err
	})
}
