// Command arkv11 calls Ark through volcengine-go-sdk v1.1.35, the version
// the module proxy lists. It holds one bug per check beside look-alikes that
// must stay quiet.
package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

func main() {
	noRequests := arkruntime.NewClientWithApiKey(os.Getenv("ARK_API_KEY"), arkruntime.WithRetryTimes(-1))
	client := arkruntime.NewClientWithApiKey(os.Getenv("ARK_API_KEY"), arkruntime.WithRetryTimes(0))
	for _, c := range []*arkruntime.Client{noRequests, client} {
		_, err := c.CreateChatCompletion(context.Background(), model.CreateChatCompletionRequest{Model: os.Getenv("ARK_ENDPOINT_ID")})
		report(err)
	}
}

func report(err error) {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		log.Printf("call failed: %v", err)
		return
	}
	if apiErr.Code == "RateLimitExceeded.EndpointRPMExceed" {
		fmt.Fprintln(os.Stderr, "slow down")
	}
	if apiErr.Code == "RateLimitExceeded.EndpointTPMExceeded" {
		fmt.Fprintln(os.Stderr, "fewer tokens")
	}
	log.Printf("ark call failed: code=%s message=%s", apiErr.Code, apiErr.Message)
	log.Printf("ark call failed: %v", err)
}
