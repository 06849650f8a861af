// Command arkapp is a small program that calls Ark through the real SDK. It
// is arkvet's end-to-end example: each file holds the bugs one check finds,
// beside code that must stay quiet.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
	"github.com/volcengine/volcengine-go-sdk/volcengine"
)

func main() {
	client := arkruntime.NewClientWithApiKey(os.Getenv("ARK_API_KEY"))
	req := model.CreateChatCompletionRequest{
		Model: os.Getenv("ARK_ENDPOINT_ID"),
		Messages: []*model.ChatCompletionMessage{{
			Role:    model.ChatMessageRoleUser,
			Content: &model.ChatCompletionMessageContent{StringValue: volcengine.String("hello")},
		}},
	}
	resp, err := chatWithRetry(context.Background(), client, req)
	if err != nil {
		logFailure(err)
		if classify(err) == backOff || classifyByStatus(err) == backOff {
			fmt.Fprintln(os.Stderr, "rate limited; try again later")
		}
		fmt.Fprintln(os.Stderr, describe(err))
		fmt.Fprintln(os.Stderr, wrapFailure(err))
		os.Exit(1)
	}
	fmt.Println(*resp.Choices[0].Message.Content.StringValue)
}
