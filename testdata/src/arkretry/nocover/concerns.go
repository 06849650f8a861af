package nocover

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"slices"
	"strings"
	"time"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

var errTooLong = errors.New("prompt too long")

// One if about one condition, under both of its names, none of which
// waiting clears; every other error, 429s included, is handed up as it
// is: no classification. Quiet.
func title(ctx context.Context, c *arkruntime.Client, req *model.CreateChatCompletionRequest) error {
	_, err := c.CreateChatCompletion(ctx, req)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && (apiErr.Code == "OutofContextError" || apiErr.Code == "InvalidParameter") {
		return fmt.Errorf("%w: %w", errTooLong, err)
	}
	return fmt.Errorf("title: %w", err)
}

// The same if about codes that waiting clears is a decision about
// retrying, and it leaves 429 out.
func transientOnly(ctx context.Context, c *arkruntime.Client, req *model.CreateChatCompletionRequest) error {
	_, err := c.CreateChatCompletion(ctx, req)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && (apiErr.Code == "InternalServiceError" || apiErr.Code == "InternalError") { // want `^checks of Ark error code name no retryable 429 code`
		return fmt.Errorf("transient: %w", err)
	}
	return fmt.Errorf("summary: %w", err)
}

// A switch on what a stream sends mid-way: Ark refuses a rate-limited
// request when the stream is created, never in the middle of it. Quiet.
func outline(ctx context.Context, c *arkruntime.Client, req *model.CreateChatCompletionRequest) (string, error) {
	stream, err := c.CreateChatCompletionStream(ctx, req)
	if err != nil {
		return "", err
	}
	defer stream.Close()
	var sb strings.Builder
	for {
		_, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			return sb.String(), nil
		}
		if err != nil {
			if apiErr, ok := err.(*model.APIError); ok {
				switch apiErr.Code {
				case "OutputTextSensitiveContentDetected":
					return sb.String(), nil
				case "OutofContextError":
					return "", errTooLong
				}
			}
			return "", fmt.Errorf("outline: %w", err)
		}
		sb.WriteString(".")
	}
}

// The same switch on the error creating the stream is one, when what it
// leaves alone is not handed on.
func outlineOpen(ctx context.Context, c *arkruntime.Client, req *model.CreateChatCompletionRequest) error {
	_, err := c.CreateChatCompletionStream(ctx, req)
	if apiErr, ok := err.(*model.APIError); ok {
		switch apiErr.Code { // want `^switch on Ark error code names no retryable 429 code`
		case "OutputTextSensitiveContentDetected":
			return nil
		case "OutofContextError":
			return errTooLong
		}
	}
	return errors.New("outline failed")
}

// Checks of codes waiting never clears that hand every other error back,
// as it is or wrapped, to a caller that decides on 429s: one concern, and
// quiet, as a switch, a run of ifs, or around a second, smaller request.
func refusals(ctx context.Context, c *arkruntime.Client, req *model.CreateChatCompletionRequest) error {
	_, err := c.CreateChatCompletionStream(ctx, req)
	if apiErr, ok := err.(*model.APIError); ok {
		switch apiErr.Code {
		case "OutputTextSensitiveContentDetected", "SensitiveContentDetected":
			return nil
		case "OutofContextError":
			return errTooLong
		}
	}
	return err
}

func shrinking(ctx context.Context, c *arkruntime.Client, req *model.CreateChatCompletionRequest, depth int) error {
	_, err := c.CreateChatCompletionStream(ctx, req)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		if apiErr.Code == "OutofContextError" && depth < 2 {
			shorter := *req
			shorter.Messages = shorter.Messages[len(shorter.Messages)/2:]
			return shrinking(ctx, c, &shorter, depth+1)
		}
		if apiErr.Code == "SensitiveContentDetected" {
			return nil
		}
		return fmt.Errorf("outline (%s): %w", apiErr.Code, err)
	}
	return err
}

// requeueDelay tunes the delay of some rate limits; the others get the
// default. A table of delays leaves no 429 out. Quiet.
var requeueDelay = map[string]time.Duration{
	"RateLimitExceeded.EndpointRPMExceeded": 20 * time.Second,
	"ServerOverloaded":                      10 * time.Second,
}

func requeueAfter(err error) time.Duration {
	delay := 30 * time.Second
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		if d, ok := requeueDelay[apiErr.Code]; ok {
			delay = d
		}
	}
	return delay
}

// One if about bad credentials that switches a feature off, the rest
// logged: one concern, whatever follows it. Quiet.
type suggester struct{ disabled bool }

func (s *suggester) onError(err error) {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		if apiErr.Code == "AuthenticationError" || apiErr.Code == "AccessDenied" {
			s.disabled = true
			return
		}
	}
	log.Printf("suggestion failed: %v", err)
}

// Checks of never-clearing codes inside the error's block, which ends by
// handing the rest back wrapped; the function returns its results later.
// Quiet.
func complete(ctx context.Context, c *arkruntime.Client, req *model.CreateChatCompletionRequest, filtered []string) (string, error) {
	_, err := c.CreateChatCompletionStream(ctx, req)
	if err != nil {
		var apiErr *model.APIError
		if errors.As(err, &apiErr) {
			if apiErr.Code == "OutofContextError" {
				return "", errTooLong
			}
			if slices.Contains(filtered, apiErr.Code) && apiErr.Code == "SensitiveContentDetected" {
				return "filtered", nil
			}
			return "", fmt.Errorf("complete (%s): %w", apiErr.Code, err)
		}
		return "", err
	}
	return "done", nil
}

// withBackoff runs op again on a 429, after a wait: the rate limits are
// seen to before the error comes back.
func withBackoff(ctx context.Context, op func() error) error {
	for attempt := 0; ; attempt++ {
		err := op()
		var apiErr *model.APIError
		if attempt < 4 && errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 {
			time.Sleep(time.Duration(attempt+1) * time.Second)
			continue
		}
		return err
	}
}

// withServerRetry runs op again on a 5xx only.
func withServerRetry(ctx context.Context, op func() error) error {
	for attempt := 0; ; attempt++ {
		err := op()
		var apiErr *model.APIError
		if attempt < 4 && errors.As(err, &apiErr) && apiErr.HTTPStatusCode >= 500 {
			time.Sleep(time.Second)
			continue
		}
		return err
	}
}

var errBadImage = errors.New("image refused")

// The call goes through a retry helper that waits out 429s, so what comes
// back is what the retries did not clear: the codes after it need no 429.
// Quiet.
func caption(ctx context.Context, c *arkruntime.Client, req *model.CreateChatCompletionRequest) (string, error) {
	var resp model.ChatCompletionResponse
	err := withBackoff(ctx, func() error {
		var err error
		resp, err = c.CreateChatCompletion(ctx, req)
		return err
	})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		switch apiErr.Code {
		case "InputImageSensitiveContentDetected", "InvalidParameter":
			return "", errBadImage
		case "InternalServiceError":
			return "", fmt.Errorf("caption: server: %w", err)
		}
		log.Printf("caption: %v", err)
		return "", nil
	}
	if err != nil {
		return "", err
	}
	return resp.ID, nil
}

// The same after a helper that retries 5xx only: the 429s come back and
// fall to the log.
func altText(ctx context.Context, c *arkruntime.Client, req *model.CreateChatCompletionRequest) (string, error) {
	var resp model.ChatCompletionResponse
	err := withServerRetry(ctx, func() error {
		var err error
		resp, err = c.CreateChatCompletion(ctx, req)
		return err
	})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		switch apiErr.Code { // want `^switch on Ark error code names no retryable 429 code`
		case "InputImageSensitiveContentDetected", "InvalidParameter":
			return "", errBadImage
		case "InternalServiceError":
			return "", fmt.Errorf("alt text: server: %w", err)
		}
		log.Printf("alt text: %v", err)
		return "", nil
	}
	if err != nil {
		return "", err
	}
	return resp.ID, nil
}

type entry struct {
	moderated bool
}

// Two ifs, each about a concern of its own, one of them a code misspelt
// (arkcode's finding), every other error handed back wrapped. Quiet.
func digest(ctx context.Context, c *arkruntime.Client, req *model.CreateChatCompletionRequest) (entry, error) {
	_, err := c.CreateChatCompletion(ctx, req)
	if err != nil {
		var apiErr *model.APIError
		if errors.As(err, &apiErr) {
			if strings.EqualFold(apiErr.Code, "outputtextsensitivecontent") {
				return entry{moderated: true}, nil
			}
			if apiErr.Code == "InvalidParameter.max_output_tokens" {
				return entry{}, fmt.Errorf("digest model misconfigured: %w", err)
			}
		}
		return entry{}, fmt.Errorf("digest: %w", err)
	}
	return entry{}, nil
}

var (
	errBadRequest = errors.New("bad request")
	errUnknown    = errors.New("unknown ark error")
)

// Never-clearing codes whose rest becomes a sentinel: the error, a 429
// among them, is dropped for a new one, and no caller can tell a rate
// limit from the rest.
func ForSummaries(err error) error {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return err
	}
	switch apiErr.Code { // want `^switch on Ark error code names no retryable 429 code, so rate-limited calls fall through the switch`
	case "InvalidParameter", "MissingParameter":
		return fmt.Errorf("%w: %w", errBadRequest, err)
	case "AuthenticationError":
		return fmt.Errorf("%w: %w", errBadRequest, err)
	}
	return errUnknown
}

// The same switch handing the rest back as it came, in a local: quiet.
func ForTitles(err error) error {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return err
	}
	rest := err
	switch apiErr.Code {
	case "InvalidParameter", "MissingParameter":
		return fmt.Errorf("%w: %w", errBadRequest, err)
	case "AuthenticationError":
		return fmt.Errorf("%w: %w", errBadRequest, err)
	}
	return rest
}
