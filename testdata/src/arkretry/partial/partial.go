// Package partial holds rule 1 of arkretry: classifications that name some
// retryable 429 codes but not all of them.
package partial

import (
	"context"
	"errors"
	"fmt"
	"log"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	newark "github.com/volcengine/ark-runtime-go/arkruntime/model"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model/responses"
)

var errRetryLater = errors.New("retry later")

// The package generates images too: the per-minute image limit is one of
// the codes its calls can get.
func draw(ctx context.Context, c *arkruntime.Client, req model.GenerateImagesRequest) error {
	_, err := c.GenerateImages(ctx, req)
	return err
}

// A switch that backs off on the endpoint limits only: the account and
// model limits fall to the default branch. The fix adds them to the case.
func endpointLimitsOnly(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	_, err := c.CreateChatCompletion(ctx, req)
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return err
	}
	switch apiErr.Code {
	case "RateLimitExceeded.EndpointRPMExceeded", "RateLimitExceeded.EndpointTPMExceeded": // want `^switch on Ark error code handles RateLimitExceeded\.EndpointRPMExceeded and RateLimitExceeded\.EndpointTPMExceeded but not the retryable APIAccountRpmRateLimitExceeded, AccountRateLimitExceeded, InflightBatchsizeExceeded, ModelAccountIpmRateLimitExceeded, ModelAccountRpmRateLimitExceeded, ModelAccountTpmRateLimitExceeded, RequestBurstTooFast and ServerOverloaded; handle them alike or check \.HTTPStatusCode == 429$`
		time.Sleep(time.Second)
		return errRetryLater
	case "InvalidParameter":
		return fmt.Errorf("bad request: %w", err)
	}
	return err
}

// A code copied into a variable in the switch's own init.
func codeVariable(err error) bool {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		switch code := apiErr.Code; code {
		case "ServerOverloaded": // want `switch on Ark error code handles ServerOverloaded but not the retryable APIAccountRpmRateLimitExceeded, .* and RequestBurstTooFast;`
			return true
		case "AuthenticationError", "AccessDenied":
			return false
		}
	}
	return false
}

// Two cases name retryable codes: which one the rest belong to is the
// author's call, so there is no fix.
func twoCases(err error) time.Duration {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return 0
	}
	switch apiErr.Code { // want `switch on Ark error code handles ModelAccountRpmRateLimitExceeded and ServerOverloaded but not the retryable`
	case "ServerOverloaded":
		return 10 * time.Second
	case "ModelAccountRpmRateLimitExceeded":
		return time.Minute
	}
	return 0
}

// An if/else chain: a prefix covers every code it starts.
func ifChain(err error) string {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return "other"
	}
	code := apiErr.Code
	if strings.HasPrefix(code, "RateLimitExceeded.") { // want `if/else chain on Ark error code handles RateLimitExceeded\.EndpointRPMExceeded, RateLimitExceeded\.EndpointTPMExceeded and ServerOverloaded but not the retryable APIAccountRpmRateLimitExceeded, AccountRateLimitExceeded, InflightBatchsizeExceeded, ModelAccountIpmRateLimitExceeded, ModelAccountRpmRateLimitExceeded, ModelAccountTpmRateLimitExceeded and RequestBurstTooFast;`
		return "rate limited"
	} else if code == "ServerOverloaded" {
		return "overloaded"
	} else if code == "InvalidParameter" {
		return "bad request"
	}
	return "other"
}

// A package-level set of codes indexed with the code.
var retryable = map[string]bool{
	"RateLimitExceeded.EndpointRPMExceeded": true,
	"ModelAccountRpmRateLimitExceeded":      true,
	"ModelAccountTpmRateLimitExceeded":      true,
}

func setOfCodes(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && retryable[apiErr.Code] // want `checks of Ark error code handle ModelAccountRpmRateLimitExceeded, ModelAccountTpmRateLimitExceeded and RateLimitExceeded\.EndpointRPMExceeded but not the retryable`
}

// A list of codes.
func listOfCodes(err error) bool {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		return slices.Contains([]string{"ServerOverloaded", "InflightBatchsizeExceeded"}, apiErr.Code) // want `checks of Ark error code handle InflightBatchsizeExceeded and ServerOverloaded but not the retryable`
	}
	return false
}

// The newer SDK module has the same error.
func newModule(err error) bool {
	var apiErr *newark.APIError
	if errors.As(err, &apiErr) {
		switch apiErr.Code {
		case "InvalidParameter":
			return false
		case "AccountRateLimitExceeded": // want `switch on Ark error code handles AccountRateLimitExceeded but not the retryable`
			return true
		}
	}
	return false
}

// A Responses API error, read through its getter; it has no status field.
func responsesError(e *responses.Error) bool {
	switch e.GetCode() {
	case "AccessDenied":
		return false
	case "RequestBurstTooFast": // want `switch on Ark error code handles RequestBurstTooFast but not the retryable .*ServerOverloaded; handle them alike$`
		return true
	}
	return false
}

// The case says something particular to its limits: adding codes to it
// would make its message untrue, so there is no fix, only the finding.
func particularMessage(err error) time.Duration {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return 0
	}
	switch apiErr.Code {
	case "RateLimitExceeded.EndpointRPMExceeded", "RateLimitExceeded.EndpointTPMExceeded": // want `switch on Ark error code handles RateLimitExceeded\.EndpointRPMExceeded and RateLimitExceeded\.EndpointTPMExceeded but not the retryable`
		log.Print("slow down: endpoint requests-per-minute limit")
		return time.Minute
	case "AuthenticationError":
		log.Print("check the API key")
	}
	return 0
}

// A table of delays as a switch: the codes it names wait longer, the rest
// the default. No partial coverage.
func tpmAware(code string) time.Duration {
	switch code {
	case "ModelAccountTpmRateLimitExceeded", "RateLimitExceeded.EndpointTPMExceeded":
		return time.Minute
	}
	return 15 * time.Second
}

func backoffFor(err error) (time.Duration, bool) {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) || apiErr.Code == "SetLimitExceeded" || apiErr.Code == "QuotaExceeded" {
		return 0, false
	}
	if apiErr.HTTPStatusCode == 429 {
		return tpmAware(apiErr.Code), true
	}
	return 0, false
}

// limitCounters keeps rate-limit metrics for a dashboard.
type limitCounters struct{ endpoint, model atomic.Int64 }

// count's branches bump counters and decide nothing about the error: no
// classification to be partial about. Quiet.
func (l *limitCounters) count(err error) {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return
	}
	if apiErr.Code == "RateLimitExceeded.EndpointTPMExceeded" {
		l.endpoint.Add(1)
	}
	if apiErr.Code == "ModelAccountTpmRateLimitExceeded" || apiErr.Code == "ModelAccountRpmRateLimitExceeded" {
		l.model.Add(1)
	}
}

// retryFlag's branches look alike but set the verdict the loop reads.
func retryFlag(err error) bool {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return false
	}
	again := false
	if apiErr.Code == "ModelAccountTpmRateLimitExceeded" || apiErr.Code == "ModelAccountRpmRateLimitExceeded" { // want `handle ModelAccountRpmRateLimitExceeded and ModelAccountTpmRateLimitExceeded but not the retryable`
		again = true
	}
	return again
}

func countAndRetry(ctx context.Context, c *arkruntime.Client, req model.ChatRequest, l *limitCounters) error {
	for {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		l.count(err)
		if !retryFlag(err) {
			return err
		}
		time.Sleep(time.Second)
	}
}
