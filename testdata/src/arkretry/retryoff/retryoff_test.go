package retryoff

import (
	"context"
	"testing"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// A test turns the SDK's retries off to see one request per call: quiet.
func TestChat(t *testing.T) {
	c := arkruntime.NewClientWithApiKey("k", arkruntime.WithBaseUrl("http://127.0.0.1:1"), arkruntime.WithRetryTimes(0))
	if _, err := c.CreateChatCompletion(context.Background(), model.ChatRequest(nil)); err == nil {
		t.Fatal("want an error")
	}
}

// A negative count sends no request, in a test as anywhere.
func TestNegative(t *testing.T) {
	_ = arkruntime.NewClientWithApiKey("k", arkruntime.WithRetryTimes(-1)) // want `WithRetryTimes\(-1\) means no request is sent`
}
