// Package locals covers how Ark errors are obtained (errors.As, type
// assertion, type switch, parameter) and fields that reach a log line
// through local variables, for both Ark SDK modules.
package locals

import (
	"context"
	"errors"
	"fmt"
	"log"
	"log/slog"

	ark "github.com/volcengine/ark-runtime-go/arkruntime"
	arkmodel "github.com/volcengine/ark-runtime-go/arkruntime/model"
	arkchat "github.com/volcengine/ark-runtime-go/arkruntime/model/chat"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

func throughLocals(ctx context.Context, c *arkruntime.Client) {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		code := apiErr.Code
		msg := fmt.Sprintf("%s %s", apiErr.Code, apiErr.Message)
		log.Printf("ark failed: %s", code) // want `Ark error logged without its request ID; add apiErr.RequestId`
		slog.Error(msg)                    // want `Ark error logged without its request ID; add apiErr.RequestId`
		var detail string
		detail = "type " + apiErr.Type
		detail += "!"
		log.Print(detail) // want `Ark error logged without its request ID; add apiErr.RequestId`

		rid := apiErr.RequestId
		log.Printf("ark failed: %s (%s)", code, rid)
		full := msg + " " + rid
		slog.Error(full)
	}
}

func typeAssertion(ctx context.Context, c *arkruntime.Client) {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	if apiErr, ok := err.(*model.APIError); ok {
		log.Printf("ark failed: %s", apiErr.Code) // want `Ark error logged without its request ID; add apiErr.RequestId`
		log.Printf("ark failed: %s: %v", apiErr.Code, err)
	}
}

func typeSwitch(ctx context.Context, c *arkruntime.Client) {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	switch e := err.(type) {
	case *model.APIError:
		slog.Error("ark failed", "code", e.Code) // want `Ark error logged without its request ID; add e.RequestId`
		slog.Error("ark failed", "code", e.Code, "err", err)
	case *model.RequestError:
		slog.Error("ark unreachable", "status", e.HTTPStatusCode, "cause", e.Err) // want `Ark error logged without its request ID; add e.RequestId`
		slog.Error("ark unreachable", "status", e.HTTPStatusCode, "request_id", e.RequestId)
	}
}

func parameter(apiErr *model.APIError, reqErr *model.RequestError) {
	log.Printf("ark failed: %s", apiErr.Message)        // want `Ark error logged without its request ID; add apiErr.RequestId`
	log.Printf("ark failed: %d", reqErr.HTTPStatusCode) // want `Ark error logged without its request ID; add reqErr.RequestId`
	log.Printf("ark failed: %d: %v", reqErr.HTTPStatusCode, reqErr)
}

type handler struct{ last *model.APIError }

func (h *handler) fieldPath() {
	log.Printf("ark failed: %s", h.last.Code) // want `Ark error logged without its request ID; add h.last.RequestId`
}

// The fix is offered only where the error variable is in scope.
func outOfScope(ctx context.Context, c *arkruntime.Client) {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	var code string
	if apiErr, ok := err.(*model.APIError); ok {
		code = apiErr.Code
	}
	if code != "" {
		log.Printf("ark failed: %s", code) // want `Ark error logged without its request ID; add apiErr.RequestId`
	}
}

// The Ark-only SDK's errors also carry the response header.
func arkRuntime(ctx context.Context, c *ark.Client) {
	_, err := c.CreateChatCompletion(ctx, &arkchat.ChatCompletionRequest{Model: "ep"})
	var apiErr *arkmodel.APIError
	if errors.As(err, &apiErr) {
		log.Printf("ark failed: %s", apiErr.Code) // want `Ark error logged without its request ID; add apiErr.RequestId`
		log.Printf("ark failed: %s (%s)", apiErr.Code, apiErr.GetHeader().Get(arkmodel.ClientRequestHeader))
		log.Printf("ark failed: %s (%s)", apiErr.Code, apiErr.ResponseHeader.Get("X-Request-Id"))
		hdr := apiErr.GetHeader()
		log.Printf("ark failed: %s (%v)", apiErr.Code, hdr)
	}
	var reqErr *arkmodel.RequestError
	if errors.As(err, &reqErr) {
		slog.Error("ark unreachable", "status", reqErr.HTTPStatusCode) // want `Ark error logged without its request ID; add reqErr.RequestId`
	}
}

// Closures share the declaration's locals.
func closure(ctx context.Context, c *arkruntime.Client) {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		code := apiErr.Code
		defer func() {
			log.Printf("ark failed: %s", code) // want `Ark error logged without its request ID; add apiErr.RequestId`
		}()
	}
}

// backoffFor is a number made of an error: it carries no request ID.
func backoffFor(err error) (int, bool) { return len(err.Error()), err != nil }

func numbers(ctx context.Context, c *arkruntime.Client) {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		if d, ok := backoffFor(err); ok {
			slog.Warn("throttled", "code", apiErr.Code, "delay", d) // want `Ark error logged without its request ID; add apiErr.RequestId`
		}
		slog.Warn("throttled", "code", apiErr.Code, "delay", len(err.Error())) // want `Ark error logged without its request ID; add apiErr.RequestId`
		why := err.Error()
		slog.Warn("throttled", "code", apiErr.Code, "why", why)
	}
}
