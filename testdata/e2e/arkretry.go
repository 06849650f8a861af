package main

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

type action int

const (
	fail action = iota
	backOff
	reauthenticate
)

// classify decides what to do about a failed call. It names two retryable
// rate limits but not the others: arkretry lists the missing ones and its fix
// adds them to the first case.
func classify(err error) action {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return fail
	}
	switch apiErr.Code {
	case "RateLimitExceeded.EndpointRPMExceeded", "ServerOverloaded":
		return backOff
	case "AuthenticationError":
		return reauthenticate
	}
	return fail
}

// classifyByStatus checks the status first: every 429 is covered, so the
// switch below it needs no rate-limit codes.
func classifyByStatus(err error) action {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return fail
	}
	if apiErr.HTTPStatusCode == http.StatusTooManyRequests && apiErr.Code != "SetLimitExceeded" && apiErr.Code != "QuotaExceeded" {
		return backOff
	}
	switch apiErr.Code {
	case "AuthenticationError":
		return reauthenticate
	case "AccountOverdueError", "InvalidSubscription":
		return fail
	}
	return fail
}

// chatWithRetry retries every 429, SetLimitExceeded included, although
// waiting never clears it.
func chatWithRetry(ctx context.Context, client *arkruntime.Client, req model.CreateChatCompletionRequest) (model.ChatCompletionResponse, error) {
	for attempt := 0; ; attempt++ {
		resp, err := client.CreateChatCompletion(ctx, req)
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 && attempt < 3 {
			time.Sleep(time.Second << attempt)
			continue
		}
		return resp, err
	}
}
