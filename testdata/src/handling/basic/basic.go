// Package basic shows what the handling model records.
package basic

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/utils"
)

var client = arkruntime.NewClientWithApiKey("k", arkruntime.WithRetryTimes(0)) // want `^retry count 0, client client$`

type holders struct {
	bulk *arkruntime.Client
	opts []arkruntime.ConfigOption
}

// Where a client built with the option is put: a field, a local; not a
// slice of options, nor a client handed straight on.
func clients(h *holders, use func(*arkruntime.Client)) {
	h.bulk = arkruntime.NewClientWithApiKey("k", arkruntime.WithRetryTimes(0))            // want `^retry count 0, client bulk$`
	_ = &holders{bulk: arkruntime.NewClientWithApiKey("k", arkruntime.WithRetryTimes(1))} // want `^retry count 1, client bulk$`
	local := arkruntime.NewClientWithApiKey("k", arkruntime.WithRetryTimes(2))            // want `^retry count 2, client local$`
	_ = local
	h.opts = append(h.opts, arkruntime.WithRetryTimes(0))                  // want `^retry count 0$`
	use(arkruntime.NewClientWithApiKey("k", arkruntime.WithRetryTimes(0))) // want `^retry count 0$`
}

type Class int

const (
	Fatal Class = iota
	Busy        // want `class Busy retried`
)

var errBusy = errors.New("busy")

func wrap(err error) error { return fmt.Errorf("wrapped: %w", err) }

func decisions(ctx context.Context, req model.ChatRequest) (Class, error) {
	for attempt := 0; attempt < 3; attempt++ { // want `loop calls ark`
		_, err := client.CreateChatCompletion(ctx, req)
		if err == nil { // want `errcheck nonnil=false -> class`
			return Fatal, nil
		}
		var apiErr *model.APIError
		if !errors.As(err, &apiErr) {
			return Fatal, err
		}
		if apiErr.HTTPStatusCode == 429 { // want `test status == 429 -> goes round`
			time.Sleep(time.Second)
			continue
		}
		if strings.EqualFold(apiErr.Code, "serveroverloaded") { // want `test code == "serveroverloaded" fold -> class`
			return Busy, err
		}
		if strings.HasPrefix(strings.ToLower(apiErr.Code), "ratelimit") { // want `test code prefix "ratelimit" fold -> class`
			return Busy, nil
		}
		if apiErr.Code != "InvalidParameter" { // want `test code != "InvalidParameter" -> class \(not direct\)`
			return Fatal, wrap(err)
		}
		switch apiErr.Type {
		case "TooManyRequests": // want `test type == "TooManyRequests" -> goes round`
			fallthrough
		case "ServiceUnavailable": // want `test type == "ServiceUnavailable" -> goes round`
			continue
		}
	}
	return Fatal, errBusy
}

func isBusy(err error) bool { // want `predicate`
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode >= 500 // want `test status range 500 -> true`
}

func loopOnPredicate(ctx context.Context, req model.ChatRequest) {
	_, err := client.CreateChatCompletion(ctx, req)
	for isBusy(err) { // want `loop calls ark`
		_, err = client.CreateChatCompletion(ctx, req)
	}
}

func classOf(err error) Class {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 { // want `test status == 429 -> class`
		return Busy
	}
	return Fatal
}

func retriesClass(ctx context.Context, req model.ChatRequest) {
	for { // want `loop calls ark`
		_, err := client.CreateChatCompletion(ctx, req)
		if err != nil { // want `errcheck nonnil=true -> goes round`
			if classOf(err) == Busy {
				continue
			}
		}
		return
	}
}

func codeHandedOn(apiErr *model.APIError) bool {
	return isKnown(apiErr.Code)
}

func isKnown(code string) bool {
	return code == "AccessDenied" || code == "QuotaExceeded" // want `test code == "AccessDenied" -> true` `test code == "QuotaExceeded" -> true`
}

func midstream(stream *utils.ChatCompletionStreamReader) error {
	_, err := stream.Recv()
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 { // want `test status == 429 midstream -> error`
		return err
	}
	return inspect(err) // want `midstream error handed to inspect`
}

func inspect(err error) error { return err }

func errText(err error) bool {
	return strings.Contains(err.Error(), "RequestBurstTooFast") // want `test text contains "RequestBurstTooFast" -> true`
}

var codes = []string{"ServerOverloaded", "InternalServiceError"}

// A comparison with a range variable is no test the model can read: its
// values are not constants.
func inList(apiErr *model.APIError) bool {
	for _, c := range codes {
		if c == apiErr.Code {
			return true
		}
	}
	return false
}

func taglessFallthrough(ctx context.Context, req model.ChatRequest) error {
	for { // want `loop calls ark`
		_, err := client.CreateChatCompletion(ctx, req)
		apiErr, ok := errors.AsType[*model.APIError](err)
		switch {
		case !ok:
			return err
		case apiErr.HTTPStatusCode == 429: // want `test status == 429 -> goes round`
			fallthrough
		case apiErr.HTTPStatusCode == 503: // want `test status == 503 -> goes round`
			time.Sleep(time.Second)
		default:
			return err
		}
	}
}

var errLimited = errors.New("limited") // want `class errLimited retried`

var errGone = errors.New("gone")

// A sentinel returned is a class; errors.Is on it in a loop that goes
// round retries it, and one only handed back is not.
func sentinelOf(err error) error {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 { // want `test status == 429 -> class`
		return fmt.Errorf("%w: %v", errLimited, err)
	}
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 404 { // want `test status == 404 -> class`
		return errGone
	}
	return err
}

func retriesSentinel(ctx context.Context, req model.ChatRequest) error {
	for { // want `loop calls ark`
		_, err := client.CreateChatCompletion(ctx, req)
		err = sentinelOf(err)
		if errors.Is(err, errLimited) {
			time.Sleep(time.Second)
			continue
		}
		if errors.Is(err, errGone) {
			return err
		}
		return nil
	}
}
