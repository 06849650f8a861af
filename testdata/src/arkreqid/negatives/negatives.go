// Package negatives holds code that looks like what arkreqid reports but
// keeps the request ID, or has none to keep. Nothing here is reported.
package negatives

import (
	"context"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"os"
	"strings"

	openai "github.com/sashabaranov/go-openai"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

func call(ctx context.Context, c *arkruntime.Client) error {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	return err
}

// Logging err or apiErr itself: their text includes the request ID.
func logsTheError(ctx context.Context, c *arkruntime.Client) {
	err := call(ctx, c)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		log.Printf("ark failed: %v", err)
		log.Printf("ark failed: %v", apiErr)
		log.Printf("ark failed (%s): %s", apiErr.Code, err.Error())
		log.Printf("ark failed (%s): %s", apiErr.Code, apiErr.Error())
		slog.Error("ark failed", "code", apiErr.Code, "err", err)
		fmt.Fprintln(os.Stderr, "ark failed:", apiErr.Code, apiErr)
	}
}

// Logging the request ID beside the code, directly or through a local.
func logsTheID(ctx context.Context, c *arkruntime.Client) {
	err := call(ctx, c)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		log.Printf("ark failed: code=%s request_id=%s", apiErr.Code, apiErr.RequestId)
		rid := apiErr.RequestId
		slog.Error("ark failed", "code", apiErr.Code, "request_id", rid)
		line := strings.Join([]string{apiErr.Code, apiErr.Message, rid}, " ")
		log.Println(line)
	}
	var reqErr *model.RequestError
	if errors.As(err, &reqErr) {
		log.Printf("ark unreachable: %d %s", reqErr.HTTPStatusCode, reqErr.RequestId)
	}
}

// A log line about something else in the same function.
func somethingElse(ctx context.Context, c *arkruntime.Client, attempt int) error {
	err := call(ctx, c)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.Code == "ServerOverloaded" {
		log.Printf("retrying, attempt %d", attempt)
		retryable := apiErr.HTTPStatusCode == 429 || apiErr.HTTPStatusCode >= 500
		log.Printf("retryable=%v", retryable)
		slog.Info("backing off", slog.Bool("rate_limited", apiErr.Code == "RateLimitExceeded"))
		slog.Info("backing off", "attempt", attempt)
		return err
	}
	return nil
}

// Wrapping with %w, and code that only returns the error.
func wrapsOrReturns(ctx context.Context, c *arkruntime.Client) error {
	err := call(ctx, c)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		if apiErr.HTTPStatusCode == 400 {
			return fmt.Errorf("bad request to ark: %w", err)
		}
		return apiErr
	}
	return err
}

// Errors with no request ID to log: the OpenAI SDK's, and the task and
// image failures of the Ark SDK.
func noIDToLog(ctx context.Context, c *arkruntime.Client, oc *openai.Client) error {
	resp, err := c.GetContentGenerationTask(ctx, model.GetContentGenerationTaskRequest{ID: "t"})
	if err == nil && resp.Error != nil {
		log.Printf("task failed: %s %s", resp.Error.Code, resp.Error.Message)
		return errors.New(resp.Error.Message)
	}
	img, err := c.GenerateImages(ctx, model.GenerateImagesRequest{Model: "ep"})
	if err == nil && img.Error != nil {
		return fmt.Errorf("image failed: %s", img.Error.Code)
	}
	_, err = oc.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: "ep"})
	var oaErr *openai.APIError
	if errors.As(err, &oaErr) {
		log.Printf("openai-compatible call failed: %v %s", oaErr.Code, oaErr.Message)
		return fmt.Errorf("ark: %s", oaErr.Message)
	}
	return nil
}

// Silenced with a reason.
func silenced(ctx context.Context, c *arkruntime.Client) {
	err := call(ctx, c)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		//arkvet:ignore the request ID is logged by the middleware
		log.Printf("ark failed: %s", apiErr.Code)
	}
}
