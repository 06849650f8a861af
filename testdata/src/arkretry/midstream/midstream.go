// Package midstream holds rule 6 of arkretry: status checks of errors read
// mid-stream by Recv, whose status is always 0.
package midstream

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/utils"
)

var errRateLimited = errors.New("rate limited")

func stream(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	s, err := c.CreateChatCompletionStream(ctx, req)
	if err != nil {
		// The error of creating the stream has its status: fine.
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == http.StatusTooManyRequests {
			return errRateLimited
		}
		return err
	}
	defer s.Close()
	for {
		_, err := s.Recv()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			var apiErr *model.APIError
			if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == http.StatusTooManyRequests { // want `^HTTPStatusCode is always 0 on an Ark error read mid-stream by Recv, so this status check never matches; classify the error by \.Code$`
				return errRateLimited
			}
			if errors.As(err, &apiErr) && apiErr.Code == "ServerOverloaded" {
				return errRateLimited // classified by code: fine
			}
			return err
		}
	}
}

func assertion(ctx context.Context, c *arkruntime.Client, req model.BotChatCompletionRequest) error {
	s, err := c.CreateBotChatCompletionStream(ctx, req)
	if err != nil {
		return err
	}
	var resp model.BotChatCompletionStreamResponse
	for {
		resp, err = s.Recv()
		if err != nil {
			break
		}
		_ = resp
	}
	if apiErr, ok := err.(*model.APIError); ok && apiErr.HTTPStatusCode >= 500 { // want `HTTPStatusCode is always 0 on an Ark error read mid-stream` `s.Recv wraps the Ark error it returns`
		return errRateLimited
	}
	return err
}

func typeSwitch(s interface {
	Recv() (model.ChatCompletionStreamResponse, error)
}, real *utils.ChatCompletionStreamReader) error {
	_, err := real.Recv()
	switch e := err.(type) {
	case *model.APIError:
		switch e.HTTPStatusCode { // want `HTTPStatusCode is always 0 on an Ark error read mid-stream`
		case 429:
			return errRateLimited
		}
	}
	_, err = s.Recv() // not a stream reader of an SDK: nothing known
	if apiErr, ok := err.(*model.APIError); ok && apiErr.HTTPStatusCode == 429 {
		return errRateLimited
	}
	return err
}

// A mid-stream error handed to a function of the package that switches on
// its status: found one call deep.
func handedOn(stream *utils.ChatCompletionStreamReader) error {
	for {
		_, err := stream.Recv()
		if err != nil {
			return classifyStatus(err) // reported at the check, in classifyStatus
		}
	}
}

func classifyStatus(err error) error {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		switch apiErr.HTTPStatusCode { // want `^classifyStatus is handed, at midstream\.go:91, an Ark error read mid-stream by Recv, whose HTTPStatusCode is always 0, so this status check never matches it; classify it by \.Code$`
		case 429:
			return errRateLimited
		}
	}
	return err
}

// The same helper given an error from creating the stream: that one has a
// status.
func handedCreation(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	_, err := c.CreateChatCompletionStream(ctx, req)
	return classifyStatus(err)
}

type chunk struct{ index int }

// A mid-stream error handed to a function that switches on its code,
// naming no 429: Ark refuses a rate-limited request when the stream is
// created, so what Recv returns later needs none. Quiet.
func readChunks(stream *utils.ChatCompletionStreamReader) error {
	for i := 0; ; i++ {
		_, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return midStreamError(chunk{i}, err)
		}
	}
}

func midStreamError(c chunk, err error) error {
	apiErr, ok := err.(*model.APIError)
	if !ok {
		return err
	}
	switch apiErr.Code {
	case "OutputTextSensitiveContentDetected":
		return fmt.Errorf("chunk %d: refused: %w", c.index, err)
	case "InternalServiceError":
		return fmt.Errorf("chunk %d: server: %w", c.index, err)
	}
	return fmt.Errorf("chunk %d: stream: %w", c.index, err)
}

// The same switch, handed the error from creating the stream too: that
// one may be a 429.
func readAll(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	stream, err := c.CreateChatCompletionStream(ctx, req)
	if err != nil {
		return streamError(err)
	}
	for {
		_, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return streamError(err)
		}
	}
}

func streamError(err error) error {
	apiErr, ok := err.(*model.APIError)
	if !ok {
		return err
	}
	switch apiErr.Code { // want `^switch on Ark error code names no retryable 429 code`
	case "OutputTextSensitiveContentDetected":
		return fmt.Errorf("refused: %w", err)
	case "InternalServiceError":
		return fmt.Errorf("server: %w", err)
	}
	return fmt.Errorf("stream: %w", err)
}

type outcome int

const (
	outcomeFailed outcome = iota
	outcomeRetryLater
)

func relay(stream *utils.ChatCompletionStreamReader) (outcome, error) {
	for {
		_, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			return outcomeFailed, nil
		}
		if err != nil {
			return outcomeOf(err), err
		}
	}
}

// outcomeOf keys a retry class on a status that an error read mid-stream
// never has: the one finding is that the check never matches, not what a
// 429 would retry.
func outcomeOf(err error) outcome {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && (apiErr.HTTPStatusCode == 429 || apiErr.HTTPStatusCode >= 500) { // want `^outcomeOf is handed, at midstream\.go:\d+, an Ark error read mid-stream`
		return outcomeRetryLater
	}
	return outcomeFailed
}

var errInterrupted = errors.New("answer interrupted")

// A switch on codes of an error read mid-stream that names one 429 code
// among others: no rate limit arrives there (Ark refuses a rate-limited
// request when the stream is created), so none is left out. Quiet.
func relayAnswer(ctx context.Context, c *arkruntime.Client, req model.ChatRequest, w io.Writer) error {
	s, err := c.CreateChatCompletionStream(ctx, req)
	if err != nil {
		return err
	}
	defer s.Close()
	for {
		chunk, err := s.Recv()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			var apiErr *model.APIError
			if errors.As(err, &apiErr) {
				switch apiErr.Code {
				case "OutputTextSensitiveContentDetected", "SensitiveContentDetected":
					fmt.Fprintln(w, "[answer withheld]")
					return errInterrupted
				case "ServerOverloaded":
					fmt.Fprintln(w, "[stream cut]", apiErr.RequestId)
					return errInterrupted
				}
			}
			return err
		}
		fmt.Fprint(w, chunk.ID)
	}
}

// The same switch on the error creating the stream leaves the other 429
// codes out.
func relayAnswerOpen(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	_, err := c.CreateChatCompletionStream(ctx, req)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		switch apiErr.Code {
		case "OutputTextSensitiveContentDetected", "SensitiveContentDetected":
			return errInterrupted
		case "ServerOverloaded": // want `^switch on Ark error code handles ServerOverloaded but not the retryable`
			return errRateLimited
		}
	}
	return err
}
