// Package roots holds the same retry decisions against the other two Ark
// SDK roots, BytePlus ModelArk and ark-runtime-go: the same rules hold, and
// the messages say what that SDK retries.
package roots

import (
	"context"
	"errors"
	"time"

	bparkruntime "github.com/byteplus-sdk/byteplus-go-sdk-v2/service/arkruntime"
	bpmodel "github.com/byteplus-sdk/byteplus-go-sdk-v2/service/arkruntime/model"
	"github.com/volcengine/ark-runtime-go/arkruntime"
	"github.com/volcengine/ark-runtime-go/arkruntime/model"
	"github.com/volcengine/ark-runtime-go/arkruntime/model/chat"
)

func byteplusEveryError(ctx context.Context, c *bparkruntime.Client, req bpmodel.ChatRequest) error {
	var err error
	for range 3 { // want `this loop retries every error from CreateChatCompletion.*; each attempt also runs byteplus-go-sdk-v2's own retries of 429 and 5xx, so attempts multiply$`
		if _, err = c.CreateChatCompletion(ctx, req); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}

func byteplusRetryable(err error) bool {
	var apiErr *bpmodel.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 // want `retrying every 429 also retries QuotaExceeded and SetLimitExceeded`
}

func byteplusPartial(apiErr *bpmodel.APIError) bool {
	switch apiErr.Code {
	case "ServerOverloaded": // want `switch on Ark error code handles ServerOverloaded but not the retryable`
		return true
	case "InvalidParameter":
		return false
	}
	return false
}

func arkRuntimeEveryError(ctx context.Context, c *arkruntime.Client, req *chat.ChatCompletionRequest) error {
	for { // want `; with no delay between attempts it hammers a rate limit; each attempt also runs ark-runtime-go's own retries of 408, 409, 429 and 5xx, honouring Retry-After, so attempts multiply$`
		_, err := c.CreateChatCompletion(ctx, req)
		if err != nil {
			continue
		}
		return nil
	}
}

func arkRuntimeWrongType(err error) bool {
	var reqErr *model.RequestError
	return errors.As(err, &reqErr) && reqErr.HTTPStatusCode == 429 // want `\*model\.RequestError carries only transport failures`
}

// Clients with the SDK's retries left as they are, and a count of 3: quiet.
var (
	bpClient  = bparkruntime.NewClientWithApiKey("k", bparkruntime.WithRetryTimes(3))
	arkClient = arkruntime.NewClientWithApiKey("k")
)

// Every 429 excluded of what waiting never clears, with a wait: quiet.
func arkRuntimeRight(ctx context.Context, c *arkruntime.Client, req *chat.ChatCompletionRequest) error {
	for i := 0; i < 3; i++ {
		_, err := c.CreateChatCompletion(ctx, req)
		var apiErr *model.APIError
		if !errors.As(err, &apiErr) {
			return err
		}
		if apiErr.HTTPStatusCode == 429 && apiErr.Code != "SetLimitExceeded" && apiErr.Code != "QuotaExceeded" && apiErr.Code != "SessionQuotaExceeded" {
			time.Sleep(time.Duration(i+1) * time.Second)
			continue
		}
		return err
	}
	return errors.New("gave up")
}
