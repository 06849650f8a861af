// Package shapes holds the shapes real code decides retries in, beyond a
// switch on the code: case-insensitive and lower-cased codes, package-level
// lists and maps, a code handed to a helper of the package, classifiers
// returning an enum or a wrapped error, predicates found by their use, and
// "429 or 5xx".
package shapes

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"

	"arkretry/shapes/clock"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// EqualFold and == in one classification: both count (issue 11's first
// disagreement between arkcode and arkretry).
func foldAndEqual(apiErr *model.APIError) bool {
	return strings.EqualFold(apiErr.Code, "ServerOverloaded") || apiErr.Code == "RateLimitExceeded.EndpointRPMExceeded" // want `checks of Ark error code handle RateLimitExceeded.EndpointRPMExceeded and ServerOverloaded but not the retryable APIAccountRpmRateLimitExceeded, AccountRateLimitExceeded, InflightBatchsizeExceeded, ModelAccountRpmRateLimitExceeded, ModelAccountTpmRateLimitExceeded, RateLimitExceeded.EndpointTPMExceeded and RequestBurstTooFast; handle them alike or check .HTTPStatusCode == 429`
}

// A code lower-cased first.
func lowered(err error) string {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return "other"
	}
	switch strings.ToLower(apiErr.Code) {
	case "modelaccountrpmratelimitexceeded", "modelaccounttpmratelimitexceeded": // want `switch on Ark error code handles ModelAccountRpmRateLimitExceeded and ModelAccountTpmRateLimitExceeded but not the retryable APIAccountRpmRateLimitExceeded`
		return "slow down"
	case "authenticationerror":
		return "auth"
	}
	return "other"
}

// A package-level list of codes, declared after its use.
func inList(apiErr *model.APIError) bool {
	return slices.Contains(retryableCodes, apiErr.Code) // want `checks of Ark error code handle RateLimitExceeded.EndpointRPMExceeded and RateLimitExceeded.EndpointTPMExceeded but not the retryable`
}

var retryableCodes = []string{"RateLimitExceeded.EndpointRPMExceeded", "RateLimitExceeded.EndpointTPMExceeded"}

// A package-level map of codes.
func inMap(apiErr *model.APIError) bool {
	_, ok := transient[apiErr.Code] // want `checks of Ark error code handle ServerOverloaded but not the retryable`
	return ok
}

var transient = map[string]struct{}{"ServerOverloaded": {}, "InternalServiceError": {}}

// A code handed to a function of the package that compares its parameter.
func handedOn(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && isBusy(apiErr.Code)
}

func isBusy(code string) bool {
	switch code {
	case "ServerOverloaded", "RequestBurstTooFast": // want `switch on Ark error code handles RequestBurstTooFast and ServerOverloaded but not the retryable`
		return true
	}
	return false
}

// ErrorClass is a classifier's verdict.
type ErrorClass int

const (
	ErrorClassFatal ErrorClass = iota
	ErrorClassRateLimit
	ErrorClassBadInput
)

// An enum classifier keyed on "429 or 5xx", whose rate-limit class the
// caller retries without limit (the real shape of issue 11).
func classify(err error) ErrorClass {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return ErrorClassFatal
	}
	switch apiErr.HTTPStatusCode {
	case 429, 503: // want `^retrying every 429 also retries QuotaExceeded and SetLimitExceeded, which waiting does not clear; check \.Code$`
		return ErrorClassRateLimit
	case 400:
		return ErrorClassBadInput
	}
	return ErrorClassFatal
}

type worker struct{ c *arkruntime.Client }

func (w *worker) run(ctx context.Context, req model.ChatRequest) error {
	for {
		_, err := w.c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		if classify(err) == ErrorClassRateLimit {
			time.Sleep(time.Second)
			continue
		}
		return err
	}
}

// Sentinel-style wrappers, as errdefs packages write them.
type rateLimitError struct{ err error }

func (e rateLimitError) Error() string { return e.err.Error() }

func markRateLimited(err error) error { return rateLimitError{err} }

// A classifier that gives the error back marked retryable on every 429.
func wrapRetryable(err error) error {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == http.StatusTooManyRequests { // want `retrying every 429 also retries QuotaExceeded and SetLimitExceeded`
		return markRateLimited(err)
	}
	return err
}

// A bool function no name calls retry, found by its use as a loop's
// condition.
func busy(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && (apiErr.HTTPStatusCode == 429 || apiErr.HTTPStatusCode >= 500) // want `retrying every 429 also retries QuotaExceeded`
}

func callUntilFree(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	_, err := c.CreateChatCompletion(ctx, req)
	for busy(err) {
		time.Sleep(2 * time.Second)
		_, err = c.CreateChatCompletion(ctx, req)
	}
	return err
}

// A predicate handed to a retry helper as a value.
func shouldBackOff(ctx context.Context, err error) bool {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.Type == "TooManyRequests" { // want `retrying every 429 also retries QuotaExceeded`
		return true
	}
	return false
}

type policy struct {
	attempts int
	when     func(context.Context, error) bool
}

var chatPolicy = policy{attempts: 5, when: shouldBackOff}

// A closure stored in a retry policy.
var imagePolicy = policy{attempts: 3, when: func(_ context.Context, err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 // want `retrying every 429 also retries QuotaExceeded`
}}

// A loop that excludes the codes waiting never clears, but goes round at
// once.
func noDelay(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for range 5 {
		_, err := c.CreateChatCompletion(ctx, req)
		var apiErr *model.APIError
		if !errors.As(err, &apiErr) {
			return err
		}
		if apiErr.Code == "SetLimitExceeded" || apiErr.Code == "QuotaExceeded" || apiErr.Code == "SessionQuotaExceeded" {
			return err
		}
		if apiErr.HTTPStatusCode == 429 { // want `^this loop goes round on a 429 with no delay, hammering the limit it hit; wait before retrying \(back off, or honour Retry-After\)$`
			continue
		}
		return err
	}
	return errors.New("gave up")
}

// Retrying by calling itself again.
func (w *worker) again(ctx context.Context, req model.ChatRequest, attempt int) error {
	_, err := w.c.CreateChatCompletion(ctx, req)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 && attempt < 3 { // want `retrying every 429 also retries QuotaExceeded`
		time.Sleep(time.Second)
		return w.again(ctx, req, attempt+1)
	}
	return err
}

// A retry decision with its delay, as (retry bool, wait time.Duration).
func shouldRetry(err error) (bool, time.Duration) {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return false, 0
	}
	if apiErr.HTTPStatusCode == 429 { // want `retrying every 429 also retries QuotaExceeded`
		return true, 2 * time.Second
	}
	return false, 0
}

// A gateway that turns a 429 into its own 429 for the caller: no retry.
func toHTTP(w http.ResponseWriter, err error) {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 {
		w.WriteHeader(http.StatusTooManyRequests)
		return
	}
	w.WriteHeader(http.StatusBadGateway)
}

// A class no code of the package branches on, returned to other packages:
// its name says what it means.
type Class string

const (
	ClassPermanent Class = "permanent"
	ClassRetryable Class = "retryable"
)

func Classify(err error) Class {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 { // want `retrying every 429 also retries QuotaExceeded`
		return ClassRetryable
	}
	return ClassPermanent
}

// IsRetryable is exported for other packages and never used here: its
// name is all there is to say it is a retry predicate.
func IsRetryable(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == http.StatusTooManyRequests // want `^retrying every 429 also retries QuotaExceeded`
}

// IsRateLimited and IsThrottledType are exported and never used here too,
// but their names say what the error is, not that it is retried: true on
// every 429 is the truth. Quiet.
func IsRateLimited(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == http.StatusTooManyRequests
}

func IsThrottledType(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.Type == "TooManyRequests"
}

// IsRateLimitRetryable says it is retried.
func IsRateLimitRetryable(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == http.StatusTooManyRequests // want `^retrying every 429 also retries QuotaExceeded`
}

// retryAfter returns its verdict with a delay; the if that keeps it goes
// round, so it is a retry predicate, and it retries every 429.
func retryAfter(err error) (bool, time.Duration) {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 { // want `^retrying every 429 also retries QuotaExceeded`
		return true, 2 * time.Second
	}
	return false, 0
}

func keepsVerdict(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for i := 0; ; i++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if retry, wait := retryAfter(err); retry && i < 4 {
			time.Sleep(wait)
			continue
		}
		return err
	}
}

// busyNow's kept verdict leads out of the function: no retry predicate.
func busyNow(err error) (bool, string) {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 {
		return true, "busy"
	}
	return false, ""
}

func tellsTheUser(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (string, error) {
	_, err := c.CreateChatCompletion(ctx, req)
	if busy, msg := busyNow(err); busy {
		return msg, nil
	}
	return "", err
}

// passing's verdict is kept in a statement of its own, and the loop
// gives up when it fails: it goes round when passing says so, so
// passing is a retry predicate, and it retries every 429.
func passing(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 // want `^retrying every 429 also retries QuotaExceeded`
}

func keepsVerdictApart(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for i := 0; ; i++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		ok := passing(err)
		if !ok || i == 4 {
			return err
		}
		time.Sleep(time.Second << i)
	}
}

// worthAnotherGo's verdict is assigned to a variable declared before the
// loop and tested after a log line; the branch it guards goes round.
func worthAnotherGo(err error) bool {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == http.StatusTooManyRequests { // want `^retrying every 429 also retries QuotaExceeded`
		return true
	}
	return false
}

func assignsVerdict(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	var again bool
	var err error
	for i := 0; i < 5; i++ {
		if _, err = c.CreateChatCompletion(ctx, req); err == nil {
			return nil
		}
		again = worthAnotherGo(err)
		if again && i < 4 {
			time.Sleep(time.Second)
			continue
		}
		break
	}
	return err
}

// busyLater's verdict, kept apart, tells the user to come back: the branch
// on it leads out of a function with no loop. No retry predicate.
func busyLater(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429
}

func tellsTheUserLater(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (string, error) {
	_, err := c.CreateChatCompletion(ctx, req)
	busy := busyLater(err)
	if busy {
		return "busy, try again later", nil
	}
	return "", err
}

// throttled's failing verdict leads out of a loop over errors already
// collected, which calls no Ark: nothing goes round. No retry predicate.
func throttled(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429
}

func firstHardError(errs []error) error {
	for _, err := range errs {
		soft := throttled(err)
		if !soft {
			return err
		}
	}
	return nil
}

// limited's verdict, kept apart, holds on the branch that leads out of the
// loop: the loop goes round only when it fails. No retry predicate.
func limited(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429
}

func stopsWhenLimited(ctx context.Context, c *arkruntime.Client, reqs []model.ChatRequest) error {
	for _, req := range reqs {
		_, err := c.CreateChatCompletion(ctx, req)
		hit := limited(err)
		if hit {
			return err
		}
	}
	return nil
}

// retryable excludes what waiting does not clear, but the loop that asks
// it goes round at once.
func retryable(err error) bool {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return false
	}
	switch apiErr.Code {
	case "SetLimitExceeded", "QuotaExceeded", "SessionQuotaExceeded":
		return false
	}
	return apiErr.HTTPStatusCode == 429 || apiErr.HTTPStatusCode >= 500
}

func atOnce(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	var err error
	for i := 0; i < 4; i++ { // want `^this loop retries what retryable accepts, 429s included, with no delay between attempts, hammering the limit it hit; wait before retrying \(back off, or honour Retry-After\)$`
		if _, err = c.CreateChatCompletion(ctx, req); err == nil || !retryable(err) {
			return err
		}
	}
	return err
}

// The same loop with a wait: quiet.
func withWait(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	var err error
	for i := 0; i < 4; i++ {
		if _, err = c.CreateChatCompletion(ctx, req); err == nil || !retryable(err) {
			return err
		}
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return err
}

// overLimit, asked in a loop's if, leads out of the loop when it holds: the
// loop goes round only when it fails. No retry predicate.
func overLimit(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429
}

func stopsWhenOverLimit(ctx context.Context, c *arkruntime.Client, reqs []model.ChatRequest) error {
	for _, req := range reqs {
		if _, err := c.CreateChatCompletion(ctx, req); overLimit(err) {
			return err
		}
	}
	return nil
}

// tryAgain's if leads out of the loop on its else, taken whenever it
// fails: the loop goes round when it holds, so it is a retry predicate.
func tryAgain(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 // want `^retrying every 429 also retries QuotaExceeded`
}

func leadsOutOnElse(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	var last error
	for i := 0; i < 4; i++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		if tryAgain(err) {
			last = err
		} else {
			return err
		}
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return last
}

// Leading out on everything but a 429 leaves the loop to go round on
// every 429.
func leavesUnless429(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for i := 0; ; i++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		var apiErr *model.APIError
		if !errors.As(err, &apiErr) || apiErr.HTTPStatusCode != http.StatusTooManyRequests || i == 4 { // want `^retrying every 429 also retries QuotaExceeded`
			return err
		}
		time.Sleep(time.Second << i)
	}
}

// The same through the error's text.
func leavesUnless429Text(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	var err error
	for i := 0; i < 4; i++ {
		if _, err = c.CreateChatCompletion(ctx, req); err == nil {
			return nil
		}
		if !strings.Contains(err.Error(), "429") { // want `^retrying every error whose text holds "429" also retries QuotaExceeded`
			break
		}
		time.Sleep(time.Second)
	}
	return err
}

// With no delay the loop hammers the limit too.
func leavesUnless429AtOnce(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for {
		_, err := c.CreateChatCompletion(ctx, req)
		var apiErr *model.APIError
		if err == nil || !errors.As(err, &apiErr) || apiErr.HTTPStatusCode != 429 { // want `^retrying every 429 at once also retries QuotaExceeded`
			return err
		}
	}
}

// Leading out on a code waiting never clears too: quiet.
func leavesUnlessClearing429(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for i := 0; ; i++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		var apiErr *model.APIError
		if !errors.As(err, &apiErr) || apiErr.HTTPStatusCode != 429 || i == 4 {
			return err
		}
		switch apiErr.Code {
		case "SetLimitExceeded", "QuotaExceeded", "SessionQuotaExceeded":
			return err
		}
		time.Sleep(time.Second << i)
	}
}

// A loop over requests that stops at the first error that is no 429
// sends no request twice: quiet.
func skipsThrottled(ctx context.Context, c *arkruntime.Client, reqs []model.ChatRequest) error {
	for _, req := range reqs {
		_, err := c.CreateChatCompletion(ctx, req)
		var apiErr *model.APIError
		if err != nil && (!errors.As(err, &apiErr) || apiErr.HTTPStatusCode != 429) {
			return err
		}
	}
	return nil
}

// The test pushes towards leading out by holding, not by failing: the loop
// goes round on what is not a 429. No 429 retried.
func leavesOn429(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for i := 0; i < 3; i++ {
		_, err := c.CreateChatCompletion(ctx, req)
		var apiErr *model.APIError
		if err == nil || errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 {
			return err
		}
		time.Sleep(time.Second)
	}
	return nil
}

// A flag set on a 429 and tested later: the loop goes round on it.
func flagged(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	var err error
	for i := 0; i < 4; i++ {
		if _, err = c.CreateChatCompletion(ctx, req); err == nil {
			return nil
		}
		retryable := false
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 { // want `^retrying every 429 also retries QuotaExceeded`
			retryable = true
		}
		if !retryable {
			return err
		}
		time.Sleep(time.Second)
	}
	return err
}

// The flag set in a switch on the status, tested by an if that goes round.
func flaggedInSwitch(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for i := 0; ; i++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		again := false
		var apiErr *model.APIError
		if errors.As(err, &apiErr) {
			switch apiErr.HTTPStatusCode {
			case 429, 503: // want `^retrying every 429 also retries QuotaExceeded`
				again = true
			}
		}
		if again && i < 3 {
			time.Sleep(time.Second << i)
			continue
		}
		return err
	}
}

// The flag leads out of the loop when set: a 429 is given up on. Quiet.
func flaggedBusy(ctx context.Context, c *arkruntime.Client, reqs []model.ChatRequest) error {
	for i := 0; i < 3; i++ {
		_, err := c.CreateChatCompletion(ctx, reqs[0])
		if err == nil {
			return nil
		}
		busy := false
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 {
			busy = true
		}
		if busy {
			return errors.New("busy, try again later")
		}
		time.Sleep(time.Second)
	}
	return nil
}

// The flag is set only after the codes waiting never clears are ruled out.
// Quiet.
func flaggedClearing(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	var err error
	for i := 0; i < 4; i++ {
		if _, err = c.CreateChatCompletion(ctx, req); err == nil {
			return nil
		}
		retryable := false
		var apiErr *model.APIError
		if errors.As(err, &apiErr) {
			switch apiErr.Code {
			case "SetLimitExceeded", "QuotaExceeded", "SessionQuotaExceeded":
			default:
				retryable = apiErr.HTTPStatusCode == 429
			}
		}
		if !retryable {
			return err
		}
		time.Sleep(time.Second)
	}
	return err
}

// A pause on a 429 before the next item of a batch skips the item: no
// retry. Quiet, by range and by index alike.
func skipsThrottledItems(ctx context.Context, c *arkruntime.Client, reqs []model.ChatRequest, n int) {
	for _, req := range reqs {
		_, err := c.CreateChatCompletion(ctx, req)
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 {
			time.Sleep(time.Second)
			continue
		}
	}
	for i := 0; i < n; i++ {
		req := reqs[i%len(reqs)]
		_, err := c.CreateChatCompletion(ctx, req)
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 {
			time.Sleep(time.Second)
			continue
		}
	}
}

// A test kept in a bool that a later if goes round on.
func keptTest(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	var err error
	for i := 0; i < 4; i++ {
		if _, err = c.CreateChatCompletion(ctx, req); err == nil {
			return nil
		}
		var apiErr *model.APIError
		isRateLimited := errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 // want `^retrying every 429 also retries QuotaExceeded`
		if !isRateLimited {
			return err
		}
		time.Sleep(time.Second)
	}
	return err
}

// "429 or 5xx" kept, and gone round on at once.
func keptTestAtOnce(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for {
		_, err := c.CreateChatCompletion(ctx, req)
		var apiErr *model.APIError
		retry := errors.As(err, &apiErr) && (apiErr.HTTPStatusCode == 429 || apiErr.HTTPStatusCode >= 500) // want `^retrying every 429 at once also retries QuotaExceeded`
		if retry {
			continue
		}
		return err
	}
}

// Kept, but the if on it leads out: a 429 is given up on. Quiet.
func keptTestGivesUp(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for i := 0; i < 3; i++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		var apiErr *model.APIError
		limited := errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429
		if limited {
			return errors.New("busy, try again later")
		}
		time.Sleep(time.Second)
	}
	return nil
}

// Kept with the codes waiting never clears left out. Quiet.
func keptTestNarrowed(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	var err error
	for i := 0; i < 4; i++ {
		if _, err = c.CreateChatCompletion(ctx, req); err == nil {
			return nil
		}
		var apiErr *model.APIError
		retry := errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 &&
			apiErr.Code != "SetLimitExceeded" && apiErr.Code != "QuotaExceeded" && apiErr.Code != "SessionQuotaExceeded"
		if !retry {
			return err
		}
		time.Sleep(time.Second)
	}
	return err
}

// A 429 test in the loop's condition: the loop goes round on every 429.
func inCondition(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	resp, err := c.CreateChatCompletion(ctx, req)
	var apiErr *model.APIError
	for i := 0; errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 && i < 3; i++ { // want `^retrying every 429 also retries QuotaExceeded and SetLimitExceeded, which waiting does not clear; check \.Code$`
		time.Sleep(time.Second << i)
		resp, err = c.CreateChatCompletion(ctx, req)
	}
	return resp, err
}

// The same condition with the codes waiting never clears left out. Quiet.
func inConditionNarrowed(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	resp, err := c.CreateChatCompletion(ctx, req)
	var apiErr *model.APIError
	for i := 0; errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 &&
		apiErr.Code != "SetLimitExceeded" && apiErr.Code != "QuotaExceeded" && apiErr.Code != "SessionQuotaExceeded" && i < 3; i++ {
		time.Sleep(time.Second << i)
		resp, err = c.CreateChatCompletion(ctx, req)
	}
	return resp, err
}

// A 429 test in the condition of a loop that does not call Ark again: it
// waits out the limit and gives up. Quiet.
func inConditionNoCall(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	_, err := c.CreateChatCompletion(ctx, req)
	var apiErr *model.APIError
	for i := 0; errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 && i < 1; i++ {
		time.Sleep(time.Second)
	}
	return err
}

// onlyLimited's verdict is kept in the flag of a loop's condition, set in
// the body: a retry predicate by use.
func onlyLimited(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 // want `^retrying every 429 also retries QuotaExceeded`
}

func flagOfCondition(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (resp model.ChatCompletionResponse, err error) {
	for retry, n := true, 0; retry && n < 5; n++ {
		if n > 0 {
			time.Sleep(time.Second)
		}
		resp, err = c.CreateChatCompletion(ctx, req)
		retry = onlyLimited(err)
	}
	return resp, err
}

// limitedNow's verdict ends the loop when it holds: for !limitedNow's
// flag is no retry on a 429. Quiet.
func limitedNow(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429
}

func untilLimited(ctx context.Context, c *arkruntime.Client, reqs []model.ChatRequest) error {
	stop := false
	for i := 0; !stop && i < 10; i++ {
		_, err := c.CreateChatCompletion(ctx, reqs[0])
		stop = limitedNow(err)
	}
	return nil
}

// waitFor's verdict is its second result, (wait, ok): the loop goes round
// when it holds, so every 429 is retried.
func waitFor(err error, attempt int) (time.Duration, bool) {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return 0, false
	}
	switch apiErr.HTTPStatusCode {
	case 429: // want `^retrying every 429 also retries QuotaExceeded`
		return time.Duration(attempt+1) * time.Second, true
	case 500, 502, 503:
		return time.Second, true
	}
	return 0, false
}

func waitsAsTold(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for i := 0; ; i++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		d, ok := waitFor(err, i)
		if !ok || i == 4 {
			return err
		}
		time.Sleep(d)
	}
}

// waitForNarrowed leaves out what waiting never clears. Quiet.
func waitForNarrowed(err error, attempt int) (time.Duration, bool) {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return 0, false
	}
	switch apiErr.Code {
	case "QuotaExceeded", "SetLimitExceeded", "SessionQuotaExceeded":
		return 0, false
	}
	if apiErr.HTTPStatusCode == 429 {
		return time.Duration(attempt+1) * time.Second, true
	}
	return 0, false
}

func waitsAsToldNarrowed(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for i := 0; ; i++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		d, ok := waitForNarrowed(err, i)
		if !ok || i == 4 {
			return err
		}
		time.Sleep(d)
	}
}

// busyFor's (wait, ok) only tells the user how long to wait. Quiet.
func busyFor(err error) (time.Duration, bool) {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 {
		return time.Minute, true
	}
	return 0, false
}

func tellsUser(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for i := 0; i < 3; i++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		if d, ok := busyFor(err); ok {
			return fmt.Errorf("busy, come back in %v", d)
		}
		time.Sleep(time.Second)
	}
	return nil
}

// errKind's method says which kinds are worth another go; the loop asks it
// of what kindOfErr makes of the error.
type errKind int

const (
	kindFatal errKind = iota
	kindTransient
)

func (k errKind) retryable() bool { return k == kindTransient }

func kindOfErr(err error) errKind {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && (apiErr.HTTPStatusCode == 429 || apiErr.HTTPStatusCode >= 500) { // want `^retrying every 429 also retries QuotaExceeded`
		return kindTransient
	}
	return kindFatal
}

func asksTheKind(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for i := 0; i < 5; i++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		if !kindOfErr(err).retryable() {
			return err
		}
		time.Sleep(time.Second)
	}
	return nil
}

// The same with the codes waiting never clears kept fatal. Quiet.
func kindOfErrNarrowed(err error) errKind {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return kindFatal
	}
	switch apiErr.Code {
	case "QuotaExceeded", "SetLimitExceeded", "SessionQuotaExceeded":
		return kindFatal
	}
	if apiErr.HTTPStatusCode == 429 {
		return kindTransient
	}
	return kindFatal
}

func asksTheNarrowedKind(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for i := 0; i < 5; i++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		if !kindOfErrNarrowed(err).retryable() {
			return err
		}
		time.Sleep(time.Second)
	}
	return nil
}

// send is the package's own thin wrapper of the call to Ark.
func send(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	return c.CreateChatCompletion(ctx, req)
}

// A loop around the wrapper, keyed on 429: it re-sends the call to Ark.
func throughWrapper(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for i := 0; ; i++ {
		_, err := send(ctx, c, req)
		if err == nil {
			return nil
		}
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 && i < 3 { // want `^retrying every 429 also retries QuotaExceeded`
			time.Sleep(time.Second)
			continue
		}
		return err
	}
}

// A loop keyed on 429 around a function of the package that never calls
// Ark. Quiet.
func throughOther(ctx context.Context, load func() error) error {
	for i := 0; ; i++ {
		err := pull(load)
		if err == nil {
			return nil
		}
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 && i < 3 {
			time.Sleep(time.Second)
			continue
		}
		return err
	}
}

func pull(load func() error) error { return load() }

// Leaving out SetLimitExceeded still retries what waiting never clears.
func excludesOne(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for attempt := 0; attempt < 4; attempt++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		var apiErr *model.APIError
		if !errors.As(err, &apiErr) || apiErr.Code == "QuotaExceeded" {
			return err
		}
		if apiErr.HTTPStatusCode == http.StatusTooManyRequests { // want `^retrying every 429 also retries SetLimitExceeded, which waiting does not clear; check \.Code$`
			time.Sleep(time.Duration(attempt+1) * time.Second)
			continue
		}
		return err
	}
	return errors.New("still rate limited")
}

// sleepCtx waits for d or the context's end.
func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// A 429 loop that waits through a function of the package: it waits, so
// only the codes waiting does not clear are reported, not the hammering.
func waitsThroughHelper(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for attempt := 0; attempt < 4; attempt++ {
		_, err := c.CreateChatCompletion(ctx, req)
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == http.StatusTooManyRequests { // want `^retrying every 429 also retries QuotaExceeded and SetLimitExceeded, which waiting does not clear; check \.Code$`
			if werr := sleepCtx(ctx, time.Second); werr != nil {
				return werr
			}
			continue
		}
		return err
	}
	return errors.New("still rate limited")
}

// The same loop handing a duration to a function that does not wait: at
// once.
func notAWait(d time.Duration) time.Duration { return d * 2 }

func hammersThroughHelper(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for attempt := 0; attempt < 4; attempt++ {
		_, err := c.CreateChatCompletion(ctx, req)
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == http.StatusTooManyRequests { // want `^retrying every 429 at once also retries`
			_ = notAWait(time.Second)
			continue
		}
		return err
	}
	return errors.New("still rate limited")
}

// A predicate that names a code waiting never clears among what it retries.
func retryableCode(err error) bool {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		switch apiErr.Code {
		case "ServerOverloaded", "RequestBurstTooFast", "SetLimitExceeded": // want `^switch on Ark error code handles RequestBurstTooFast and ServerOverloaded but not the retryable` `^this branch retries SetLimitExceeded, which waiting does not clear; give up on it and report it instead$`
			return true
		}
	}
	return false
}

// The same code named to give up on: quiet.
func givesUpOnLimit(err error) bool {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		switch apiErr.Code {
		case "SetLimitExceeded", "QuotaExceeded":
			return false
		}
		return apiErr.HTTPStatusCode == http.StatusTooManyRequests
	}
	return false
}

func useRetryableCode(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for attempt := 0; attempt < 3; attempt++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		if !retryableCode(err) && !givesUpOnLimit(err) {
			return err
		}
		time.Sleep(time.Second)
	}
	return errors.New("still failing")
}

// retryCodes is what the loops below retry; SetLimitExceeded in it is
// retried on purpose, and no wait clears it.
var retryCodes = map[string]bool{
	"ServerOverloaded":    true,
	"RequestBurstTooFast": true,
	"SetLimitExceeded":    true, // want `^the codes this loop retries include SetLimitExceeded, which waiting does not clear; take it out and report it instead$`
}

func retriesListed(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	var err error
	for i := 0; i < 4; i++ {
		if _, err = c.CreateChatCompletion(ctx, req); err == nil {
			return nil
		}
		var apiErr *model.APIError
		if !errors.As(err, &apiErr) || !retryCodes[apiErr.Code] { // want `^checks of Ark error code handle RequestBurstTooFast and ServerOverloaded but not`
			return err
		}
		time.Sleep(time.Second)
	}
	return err
}

// The same lookup gives up on what the list holds: quiet.
var fatalCodes = map[string]bool{"SetLimitExceeded": true, "QuotaExceeded": true}

func givesUpListed(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	var err error
	for i := 0; i < 4; i++ {
		if _, err = c.CreateChatCompletion(ctx, req); err == nil {
			return nil
		}
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && fatalCodes[apiErr.Code] {
			return err
		}
		time.Sleep(time.Second)
	}
	return err
}

// The same decision in a loop whose body ends by returning the answer: it
// still goes round, at the continue after the test.
func leavesUnless429ThenAnswers(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (string, error) {
	var last error
	for attempt := 0; attempt < 4; attempt++ {
		resp, err := c.CreateChatCompletion(ctx, req)
		if err != nil {
			var apiErr *model.APIError
			if !errors.As(err, &apiErr) || apiErr.HTTPStatusCode != 429 { // want `^retrying every 429 also retries QuotaExceeded`
				return "", err
			}
			last = err
			time.Sleep(time.Second)
			continue
		}
		return resp.ID, nil
	}
	return "", last
}

// A 429 loop that waits through another package's sleep, whose body is out
// of view: its signature (a context and a Duration, an error back) says it
// waits, so only the codes waiting does not clear are reported.
func waitsThroughOtherPackage(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for attempt := 0; attempt < 4; attempt++ {
		_, err := c.CreateChatCompletion(ctx, req)
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == http.StatusTooManyRequests { // want `^retrying every 429 also retries QuotaExceeded and SetLimitExceeded, which waiting does not clear; check \.Code$`
			if werr := clock.Sleep(ctx, time.Second); werr != nil {
				return werr
			}
			continue
		}
		return err
	}
	return errors.New("still rate limited")
}

// The same loop handing the delay to another package's functions that take
// a Duration and do not wait: at once.
func hammersThroughOtherPackage(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for attempt := 0; attempt < 4; attempt++ {
		_, err := c.CreateChatCompletion(ctx, req)
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == http.StatusTooManyRequests { // want `^retrying every 429 at once also retries`
			clock.ObserveRetry(time.Second)
			_, cancel := clock.Deadline(ctx, time.Second)
			cancel()
			continue
		}
		return err
	}
	return errors.New("still rate limited")
}

// A loop over items that moves to the next one only once an item is done:
// the continue on a 429 sends the same item again, a retry keyed on 429.
func summarizeAll(ctx context.Context, c *arkruntime.Client, reqs []model.ChatRequest) ([]string, error) {
	var out []string
	for i := 0; i < len(reqs); {
		_, err := c.CreateChatCompletion(ctx, reqs[i])
		if err != nil {
			var apiErr *model.APIError
			if errors.As(err, &apiErr) && apiErr.Type == "TooManyRequests" { // want `^retrying every 429 also retries QuotaExceeded and SetLimitExceeded`
				time.Sleep(15 * time.Second)
				continue
			}
			return out, err
		}
		out = append(out, "done")
		i++
	}
	return out, nil
}

// The same loop skipping the item on a 429 (the index moves on first):
// no retry.
func summarizeSkipping(ctx context.Context, c *arkruntime.Client, reqs []model.ChatRequest) ([]string, error) {
	var out []string
	for i := 0; i < len(reqs); {
		_, err := c.CreateChatCompletion(ctx, reqs[i])
		if err != nil {
			var apiErr *model.APIError
			if errors.As(err, &apiErr) && apiErr.Type == "TooManyRequests" {
				i++
				continue
			}
			return out, err
		}
		out = append(out, "done")
		i++
	}
	return out, nil
}

// A classifier by status called only after its caller has looked the code
// up in a table that holds the codes waiting never clears: they never
// reach the 429 branch. Quiet.
type action int

const (
	actFail action = iota
	actBackoff
	actAbort
)

var actions = map[string]action{
	"SetLimitExceeded":     actAbort,
	"QuotaExceeded":        actAbort,
	"SessionQuotaExceeded": actFail,
	"InvalidParameter":     actFail,
}

func byStatus(status int) action {
	switch {
	case status == http.StatusTooManyRequests:
		return actBackoff
	}
	return actFail
}

func decide(err error) action {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return actFail
	}
	if a, ok := actions[apiErr.Code]; ok {
		return a
	}
	return byStatus(apiErr.HTTPStatusCode)
}

// The same classifier by status called with no look at the code first.
func byStatusOnly(status int) action {
	if status == http.StatusTooManyRequests { // want `^retrying every 429 also retries QuotaExceeded and SetLimitExceeded`
		return actBackoff
	}
	return actFail
}

func decideByStatus(err error) action {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return actFail
	}
	return byStatusOnly(apiErr.HTTPStatusCode)
}

func runActions(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for i := 0; i < 5; i++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		if decide(err) == actBackoff || decideByStatus(err) == actBackoff {
			time.Sleep(time.Second)
			continue
		}
		return err
	}
	return nil
}

// A poll that waits at the bottom of its loop, but whose 429 branch goes
// round with a continue before it: the retry skips the only wait.
func pollSkipsWait(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	tick := time.NewTicker(5 * time.Second)
	defer tick.Stop()
	for { // want `^this loop retries what retryable accepts, 429s included, with no delay between attempts, hammering the limit it hit`
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		if retryable(err) {
			continue
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
	}
}

func pollSkipsWaitStatus(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	tick := time.NewTicker(5 * time.Second)
	defer tick.Stop()
	for {
		_, err := c.CreateChatCompletion(ctx, req)
		var apiErr *model.APIError
		if !errors.As(err, &apiErr) || apiErr.Code == "SetLimitExceeded" || apiErr.Code == "QuotaExceeded" {
			return err
		}
		if apiErr.HTTPStatusCode == 429 { // want `^this loop goes round on a 429 with no delay, hammering the limit it hit`
			continue
		}
		<-tick.C
	}
}

// The same branches falling through to the wait, or after a wait at the
// top of the loop: every way round waits. Quiet.
func pollWaits(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	tick := time.NewTicker(5 * time.Second)
	defer tick.Stop()
	for {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		if !retryable(err) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
	}
}

func waitFirst(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for attempt := 0; attempt < 5; attempt++ {
		time.Sleep(time.Duration(attempt) * time.Second)
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		if retryable(err) {
			continue
		}
		return err
	}
	return errors.New("gave up")
}

// transientCodes is what the batch below retries, SetLimitExceeded among
// them.
var transientCodes = map[string]bool{
	"ServerOverloaded":                      true,
	"RateLimitExceeded.EndpointRPMExceeded": true,
	"SetLimitExceeded":                      true, // want `^the codes this loop retries include SetLimitExceeded, which waiting does not clear; take it out and report it instead$`
}

// A batch that stays on the prompt it failed (i advances only on
// success), after a wait: it retries what the map lists.
func batchRetriesListed(ctx context.Context, c *arkruntime.Client, reqs []model.ChatRequest) error {
	for i := 0; i < len(reqs); {
		_, err := c.CreateChatCompletion(ctx, reqs[i])
		if err != nil {
			var apiErr *model.APIError
			if !errors.As(err, &apiErr) || !transientCodes[apiErr.Code] { // want `^checks of Ark error code handle`
				return err
			}
			time.Sleep(time.Second)
			continue
		}
		i++
	}
	return nil
}

// skipCodes: the batch below moves on past the prompt these fail, after a
// wait; it retries nothing, SetLimitExceeded included (the other 429s end
// the batch: that is partial coverage).
var skipCodes = map[string]bool{"ServerOverloaded": true, "SetLimitExceeded": true}

func batchSkipsListed(ctx context.Context, c *arkruntime.Client, reqs []model.ChatRequest) error {
	for i := 0; i < len(reqs); {
		_, err := c.CreateChatCompletion(ctx, reqs[i])
		i++
		if err != nil {
			var apiErr *model.APIError
			if !errors.As(err, &apiErr) || !skipCodes[apiErr.Code] { // want `^checks of Ark error code handle ServerOverloaded but not`
				return err
			}
			time.Sleep(time.Second)
			continue
		}
	}
	return nil
}

// limitedByType answers true on a TooManyRequests error only, the codes
// waiting does not clear left out.
func limitedByType(err error) bool {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) || apiErr.Type != "TooManyRequests" {
		return false
	}
	return apiErr.Code != "QuotaExceeded" && apiErr.Code != "SetLimitExceeded"
}

// A poll that goes round at once on what limitedByType accepts, skipping
// the wait at the bottom.
func pollByType(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) { // want `^this loop retries what limitedByType accepts, 429s included, with no delay between attempts`
		_, err := c.CreateChatCompletion(ctx, req)
		if err != nil {
			if limitedByType(err) {
				continue
			}
			return err
		}
		if ctx.Value("done") != nil {
			return nil
		}
		select {
		case <-time.After(time.Second):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// The same predicate, the poll waiting on every way round. Quiet.
func pollByTypeWaits(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		_, err := c.CreateChatCompletion(ctx, req)
		if err != nil && !limitedByType(err) {
			return err
		}
		if err == nil {
			return nil
		}
		select {
		case <-time.After(time.Second):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// The codes waiting does not clear left out in the same condition as the
// 429: no finding about them, but the loop goes round at once.
func noDelayNarrowed(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		lastErr = err
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 && apiErr.Code != "SetLimitExceeded" && apiErr.Code != "QuotaExceeded" { // want `^this loop goes round on a 429 with no delay, hammering the limit it hit`
			continue
		}
		break
	}
	return lastErr
}

// The same with a wait: quiet.
func narrowedWaits(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		lastErr = err
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 && apiErr.Code != "SetLimitExceeded" && apiErr.Code != "QuotaExceeded" {
			time.Sleep(time.Duration(attempt+1) * time.Second)
			continue
		}
		break
	}
	return lastErr
}
