// Package einoretry sets the retry count of eino's Ark model, and handles
// no 429 itself.
package einoretry

import (
	"context"
	"flag"

	"github.com/cloudwego/eino-ext/components/model/ark"
)

func models(ctx context.Context) {
	zero, negative, two := 0, -1, 2
	ark.NewChatModel(ctx, &ark.ChatModelConfig{Model: "ep", RetryTimes: &zero})     // want `^ChatModelConfig\.RetryTimes = 0 turns off the SDK's retries, and nothing in this package handles a 429; back off on the retryable 429 codes or keep the SDK's retries$`
	ark.NewChatModel(ctx, &ark.ChatModelConfig{Model: "ep", RetryTimes: &negative}) // want `^ChatModelConfig\.RetryTimes = -1 means no request is sent: plain calls return a nil error`
	ark.NewChatModel(ctx, &ark.ChatModelConfig{Model: "ep", RetryTimes: &two})
	ark.NewChatModel(ctx, &ark.ChatModelConfig{Model: "ep"})
}

// The Responses model and the image model have a RetryTimes of their own:
// the message names the config type that has it.
func otherModels(ctx context.Context) {
	off, unset := 0, -1
	ark.NewResponsesAPIChatModel(ctx, &ark.ResponsesAPIConfig{Model: "ep", RetryTimes: &off}) // want `^ResponsesAPIConfig\.RetryTimes = 0 turns off the SDK's retries, and nothing`
	cfg := ark.ImageGenerationConfig{Model: "ep", RetryTimes: &unset}                         // want `^ImageGenerationConfig\.RetryTimes = -1 means no request is sent`
	ark.NewImageGenerationModel(ctx, &cfg)
}

// A flag whose default is negative: the model sends nothing unless the
// flag is given.
var plannerRetries = flag.Int("planner-retries", -1, "retries of the planner model")

// A flag the package checks before use: quiet.
var writerRetries = flag.Int("writer-retries", -1, "retries of the writer model")

func flagged(ctx context.Context) {
	ark.NewChatModel(ctx, &ark.ChatModelConfig{Model: "ep", RetryTimes: plannerRetries}) // want `^the -planner-retries flag defaults to -1, and ChatModelConfig\.RetryTimes = -1 means no request is sent: .*; default it to 0 or more$`
	if *writerRetries >= 0 {
		ark.NewChatModel(ctx, &ark.ChatModelConfig{Model: "ep", RetryTimes: writerRetries})
	}
}
