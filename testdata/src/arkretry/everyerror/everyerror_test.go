package everyerror

import (
	"testing"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
)

// A test's client turns the SDK's retries off, to see one request per
// call: the package's own clients keep them, and the findings in its files
// say so in the test variant too.
func TestOneRequest(t *testing.T) {
	c := arkruntime.NewClientWithApiKey("k", arkruntime.WithRetryTimes(0))
	_ = c
}
