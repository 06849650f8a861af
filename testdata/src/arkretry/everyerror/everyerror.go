// Package everyerror holds loops around calls to Ark that retry every
// error, and look-alikes that do not.
package everyerror

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// The common shape: leave on success, otherwise wait and go round.
func leaveOnSuccess(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ { // want `^this loop retries every error from CreateChatCompletion, AuthenticationError, InvalidParameter, SetLimitExceeded and content-safety rejections included, which no retry clears; check \.HTTPStatusCode or \.Code \(errors\.As with \*model\.APIError\) before going round; each attempt also runs volcengine-go-sdk's own retries of 429 and 5xx, so attempts multiply$`
		resp, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return resp, nil
		}
		lastErr = err
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return model.ChatCompletionResponse{}, lastErr
}

// Continue on any error, with no delay at all.
func continueAtOnce(ctx context.Context, c *arkruntime.Client, req model.GenerateImagesRequest) error {
	for { // want `; with no delay between attempts it hammers a rate limit; each attempt also runs`
		_, err := c.GenerateImages(ctx, req)
		if err != nil {
			log.Printf("generate failed: %v", err)
			continue
		}
		return nil
	}
}

// if err := ...; err != nil in a ranged count.
func rangeCount(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	var err error
	for range 5 { // want `this loop retries every error from CreateChatCompletion`
		if _, err = c.CreateChatCompletion(ctx, req); err != nil {
			time.Sleep(time.Second)
			continue
		}
		break
	}
	return err
}

// Gives up on the first error: no retry at all.
func giveUp(ctx context.Context, c *arkruntime.Client, reqs int, req model.ChatRequest) error {
	for i := 0; i < reqs; i++ {
		if _, err := c.CreateChatCompletion(ctx, req); err != nil {
			return err
		}
	}
	return nil
}

// Looks at the error before going round: not every error, but 429 or 5xx
// (all 429s, those waiting never clears included).
func looks(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode != 429 && apiErr.HTTPStatusCode < 500 { // want `^retrying every 429 also retries QuotaExceeded`
			return err
		}
		time.Sleep(time.Second)
	}
}

// Stops on context cancellation only: still every Ark error goes round.
func onlyContext(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for { // want `^this loop retries every error from CreateChatCompletion, AuthenticationError`
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		if errors.Is(err, context.Canceled) {
			return err
		}
		time.Sleep(time.Second)
	}
}

// Gives up on the context's own errors: they tell nothing of the Ark
// error, which still goes round whatever it is.
func stopsOnDeadline(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	var err error
	for i := 0; i < 4; i++ { // want `^this loop retries every error from CreateChatCompletion, AuthenticationError`
		if _, err = c.CreateChatCompletion(ctx, req); err == nil {
			return nil
		}
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
			break
		}
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return err
}

// Retries timeouts only: every other error leads out. Quiet.
func onlyTimeouts(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for i := 0; i < 3; i++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		if errors.Is(err, context.DeadlineExceeded) {
			time.Sleep(time.Second)
			continue
		}
		return err
	}
	return nil
}

type service struct{ c *arkruntime.Client }

// chat calls Ark and hands its error back as it is.
func (s *service) chat(ctx context.Context, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	return s.c.CreateChatCompletion(ctx, req)
}

// A loop around the package's own wrapper of the call: one call deep.
func (s *service) answer(ctx context.Context, req model.ChatRequest) error {
	var err error
	for i := 0; i < 3; i++ { // want `^this loop retries every error from chat \(which calls CreateChatCompletion\), AuthenticationError`
		if _, err = s.chat(ctx, req); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}

// classified looks at the error itself before handing it back.
func (s *service) classified(ctx context.Context, req model.ChatRequest) error {
	_, err := s.c.CreateChatCompletion(ctx, req)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.Code == "AuthenticationError" {
		return errors.New("permanent")
	}
	return err
}

// A loop around a wrapper that classifies: quiet.
func (s *service) answerClassified(ctx context.Context, req model.ChatRequest) error {
	var err error
	for i := 0; i < 3; i++ {
		if err = s.classified(ctx, req); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}

// Falling back across models sends another request each time: quiet.
func fallback(ctx context.Context, c *arkruntime.Client, reqs []model.ChatRequest) error {
	var err error
	for i := 0; i < len(reqs); i++ {
		if _, err = c.CreateChatCompletion(ctx, reqs[i]); err == nil {
			return nil
		}
	}
	return err
}

// The loop's variable is in the request: another request each time, quiet.
func pages(ctx context.Context, c *arkruntime.Client, build func(int) model.ChatRequest) error {
	for page := 0; page < 10; page++ {
		if _, err := c.CreateChatCompletion(ctx, build(page)); err != nil {
			continue
		}
	}
	return nil
}

// Reading a stream until it ends is not a retry: quiet.
func drain(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	stream, err := c.CreateChatCompletionStream(ctx, req)
	if err != nil {
		return err
	}
	for {
		_, err := stream.Recv()
		if err == nil {
			continue
		}
		return err
	}
}

// A worker takes the next job from a channel: a continue moves on to it.
func worker(ctx context.Context, c *arkruntime.Client, jobs <-chan model.ChatRequest) {
	for {
		select {
		case <-ctx.Done():
			return
		case req := <-jobs:
			if _, err := c.CreateChatCompletion(ctx, req); err != nil {
				log.Printf("job failed: %v", err)
				continue
			}
		}
	}
}

// Waiting with select between attempts is still a retry of every error.
func selectWait(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for { // want `this loop retries every error from CreateChatCompletion`
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Second):
		}
	}
}

type kind int

const (
	fatal kind = iota
	transient
)

// kindOf classifies an error by its status; it leaves 429 out of what
// it retries (rule 2), a finding of its own.
func kindOf(err error) kind {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode >= 500 { // want `^this decision retries server errors \(5xx\) but not 429`
		return transient
	}
	return fatal
}

// describe names an error for a log line: not a verdict.
func describe(err error) string { return "ark: " + err.Error() }

// A switch on the classifier's verdict gives up on some errors: quiet.
func switchOnKind(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for attempt := 0; attempt < 3; attempt++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		switch kindOf(err) {
		case fatal:
			return err
		case transient:
			time.Sleep(time.Second)
		}
	}
	return nil
}

// The verdict compared: quiet.
func compareKind(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for attempt := 0; attempt < 3; attempt++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		if kindOf(err) == fatal {
			return err
		}
		time.Sleep(time.Second)
	}
	return nil
}

// The verdict kept for a test to come: quiet.
func keepKind(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for attempt := 0; attempt < 3; attempt++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		k := kindOf(err)
		log.Printf("attempt %d: %v", attempt, err)
		if k != transient {
			return err
		}
		time.Sleep(time.Second)
	}
	return nil
}

// A description kept for a log line decides nothing: every error goes round.
func keepDescription(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for attempt := 0; attempt < 3; attempt++ { // want `^this loop retries every error from CreateChatCompletion`
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		msg := describe(err)
		log.Print(msg)
		time.Sleep(time.Second)
	}
	return nil
}

// Reading the code for a log line decides nothing: every error goes round.
func logsTheCode(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for attempt := 0; attempt < 3; attempt++ { // want `^this loop retries every error from CreateChatCompletion`
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		var apiErr *model.APIError
		if errors.As(err, &apiErr) {
			msg := apiErr.Code + ": " + apiErr.Message
			log.Printf("attempt %d: %s", attempt, msg)
		}
		time.Sleep(time.Second)
	}
	return nil
}

// So does an assertion whose branch only logs.
func assertsToLog(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for attempt := 0; attempt < 3; attempt++ { // want `^this loop retries every error from CreateChatCompletion`
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		if apiErr, ok := err.(*model.APIError); ok {
			if apiErr.HTTPStatusCode == 429 {
				log.Print("rate limited")
			}
		}
		time.Sleep(time.Second)
	}
	return nil
}

// A flag set on a code, and tested: quiet.
func flagged(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for attempt := 0; attempt < 3; attempt++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		retryable := true
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.Code == "InvalidParameter" {
			retryable = false
		}
		if !retryable {
			return err
		}
		time.Sleep(time.Second)
	}
	return nil
}

// errors.As with an else that gives up on other errors: quiet.
func elseGivesUp(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for attempt := 0; attempt < 3; attempt++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		var apiErr *model.APIError
		if errors.As(err, &apiErr) {
			log.Print(apiErr.Code)
		} else {
			return err
		}
		time.Sleep(time.Second)
	}
	return nil
}

// A retry by recursion on every error.
func (s *service) again(ctx context.Context, req model.ChatRequest, attempt int) (model.ChatCompletionResponse, error) {
	resp, err := s.c.CreateChatCompletion(ctx, req)
	if err != nil && attempt < 3 { // want `^calling again again here retries every error from CreateChatCompletion, AuthenticationError`
		time.Sleep(time.Second)
		return s.again(ctx, req, attempt+1)
	}
	return resp, err
}

// A retry by recursion of what a look picks: no retry of every error (its
// look leaves 429 out of what it retries, rule 2).
func (s *service) againIfBusy(ctx context.Context, req model.ChatRequest, attempt int) (model.ChatCompletionResponse, error) {
	resp, err := s.c.CreateChatCompletion(ctx, req)
	var apiErr *model.APIError
	if err != nil && attempt < 3 && errors.As(err, &apiErr) && apiErr.HTTPStatusCode >= 500 { // want `^this decision retries server errors \(5xx\) but not 429`
		time.Sleep(time.Second)
		return s.againIfBusy(ctx, req, attempt+1)
	}
	return resp, err
}

// Recursion over the rest of a list sends another request each time:
// still every error of this one goes round with the next. Quiet: the
// recursion is on the error of another call.
func (s *service) each(ctx context.Context, reqs []model.ChatRequest) error {
	if len(reqs) == 0 {
		return nil
	}
	if err := s.each(ctx, reqs[1:]); err != nil {
		return err
	}
	_, err := s.c.CreateChatCompletion(ctx, reqs[0])
	return err
}

// On an error it asks the fallback model instead: another request. Quiet.
func (s *service) orFallback(ctx context.Context, req model.ChatRequest, fallback *model.ChatRequest) (model.ChatCompletionResponse, error) {
	resp, err := s.c.CreateChatCompletion(ctx, req)
	if err != nil && fallback != nil {
		return s.orFallback(ctx, *fallback, nil)
	}
	return resp, err
}

func ask(prompt string) *model.CreateChatCompletionRequest {
	return &model.CreateChatCompletionRequest{Model: "m", Messages: []*model.ChatCompletionMessage{{Role: prompt}}}
}

// A batch by index through a request built in the body: each round asks
// something else, and a success goes on to the next. Quiet.
func batchByIndex(ctx context.Context, c *arkruntime.Client, prompts []string, n int) {
	for i := 0; i < n; i++ {
		req := ask(prompts[i])
		if _, err := c.CreateChatCompletion(ctx, req); err != nil {
			log.Println(err)
			continue
		}
	}
}

// A read-eval loop: each round a new line. Quiet.
func repl(ctx context.Context, c *arkruntime.Client) {
	r := bufio.NewReader(os.Stdin)
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		if _, err = c.CreateChatCompletion(ctx, ask(line)); err != nil {
			log.Println(err)
			continue
		}
	}
}

// A conversation that grows each turn. Quiet.
func conversation(ctx context.Context, c *arkruntime.Client, turns int) {
	req := ask("hello")
	for i := 0; i < turns; i++ {
		req.Messages = append(req.Messages, &model.ChatCompletionMessage{Role: "user"})
		if _, err := c.CreateChatCompletion(ctx, req); err != nil {
			log.Println(err)
		}
	}
}

// A loop that ends when a flag set on success says so: a retry loop.
func untilDone(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) {
	done := false
	for tries := 0; !done && tries < 3; tries++ { // want `^this loop retries every error from CreateChatCompletion`
		if _, err := c.CreateChatCompletion(ctx, req); err != nil {
			time.Sleep(time.Second)
			continue
		}
		done = true
	}
}

// The error checked in the loop's condition: the loop goes round on every
// error.
func inCondition(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	resp, err := c.CreateChatCompletion(ctx, req)
	for i := 0; err != nil && i < 3; i++ { // want `^this loop retries every error from CreateChatCompletion`
		time.Sleep(time.Second << i)
		resp, err = c.CreateChatCompletion(ctx, req)
	}
	return resp, err
}

// for err != nil, giving up after a count inside.
func whileFailing(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	resp, err := c.CreateChatCompletion(ctx, req)
	n := 0
	for err != nil { // want `^this loop retries every error from CreateChatCompletion`
		if n++; n > 3 {
			return resp, err
		}
		time.Sleep(time.Second)
		resp, err = c.CreateChatCompletion(ctx, req)
	}
	return resp, nil
}

// The loop's condition looks at the error too: no retry of every error
// (rule 2 reports that 429 is left out).
func inConditionLooks(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	resp, err := c.CreateChatCompletion(ctx, req)
	var apiErr *model.APIError
	for i := 0; err != nil && errors.As(err, &apiErr) && apiErr.HTTPStatusCode >= 500 && i < 3; i++ { // want `^this decision retries server errors \(5xx\) but not 429`
		time.Sleep(time.Second)
		resp, err = c.CreateChatCompletion(ctx, req)
	}
	return resp, err
}

// The body gives up on what is not a server error. Quiet.
func inConditionBodyLooks(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	resp, err := c.CreateChatCompletion(ctx, req)
	for i := 0; err != nil && i < 3; i++ {
		var apiErr *model.APIError
		if !errors.As(err, &apiErr) || apiErr.HTTPStatusCode < 500 {
			break
		}
		time.Sleep(time.Second)
		resp, err = c.CreateChatCompletion(ctx, req)
	}
	return resp, err
}

// Requests one after another while none fails: no retry. Quiet.
func whileSucceeding(ctx context.Context, c *arkruntime.Client, reqs []model.ChatRequest) error {
	var err error
	for i := 0; err == nil && i < len(reqs); i++ {
		_, err = c.CreateChatCompletion(ctx, reqs[i])
	}
	return err
}

// The body goes round on another call, not on Ark's. Quiet.
func whileReconnecting(ctx context.Context, c *arkruntime.Client, req model.ChatRequest, dial func() error) error {
	_, err := c.CreateChatCompletion(ctx, req)
	if err != nil {
		return err
	}
	err = dial()
	for i := 0; err != nil && i < 3; i++ {
		time.Sleep(time.Second)
		err = dial()
	}
	return err
}

// The nil check kept in the flag of the loop's condition.
func keptInFlag(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (resp model.ChatCompletionResponse, err error) {
	attempts := 0
	for retry := true; retry; { // want `^this loop retries every error from CreateChatCompletion`
		resp, err = c.CreateChatCompletion(ctx, req)
		attempts++
		retry = err != nil && attempts < 3
		if retry {
			time.Sleep(time.Second)
		}
	}
	return resp, err
}

// Kept as "done", the loop going round while it is false.
func keptAsDone(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (resp model.ChatCompletionResponse, err error) {
	done := false
	for n := 0; !done; n++ { // want `^this loop retries every error from CreateChatCompletion`
		resp, err = c.CreateChatCompletion(ctx, req)
		done = err == nil || n == 3
		time.Sleep(time.Second)
	}
	return resp, err
}

// An error ends the loop: done = err != nil. Quiet.
func keptStopsOnError(ctx context.Context, c *arkruntime.Client, reqs []model.ChatRequest) (err error) {
	done, i := false, 0
	for !done {
		_, err = c.CreateChatCompletion(ctx, reqs[i])
		i++
		done = err != nil || i == len(reqs)
	}
	return err
}

// A loop whose condition checks the error but whose body always leads out
// is an if in disguise. Quiet.
func forAsIf(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	_, err := c.CreateChatCompletion(ctx, req)
	for err != nil {
		log.Printf("chat: %v", err)
		time.Sleep(time.Second)
		_, err = c.CreateChatCompletion(ctx, req)
		break
	}
	return err
}

// Goes round only on its own attempt's timeout, leading out on anything
// else: Ark's errors are never that sentinel. Quiet.
func timeoutsOnly(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for i := 0; i < 3; i++ {
		actx, cancel := context.WithTimeout(ctx, 10*time.Second)
		_, err := c.CreateChatCompletion(actx, req)
		cancel()
		if err == nil {
			return nil
		}
		if !errors.Is(err, context.DeadlineExceeded) {
			return err
		}
		time.Sleep(time.Second)
	}
	return errors.New("timed out three times")
}

// The same with the timeout's branch going round. Quiet.
func timeoutsGoRound(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for i := 0; i < 3; i++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		if errors.Is(err, context.DeadlineExceeded) {
			time.Sleep(time.Second)
			continue
		}
		log.Printf("chat: %v", err)
		break
	}
	return nil
}

// Waiting unless cancelled, and going round: every Ark error does.
func unlessCancelled(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for i := 0; i < 3; i++ { // want `^this loop retries every error from CreateChatCompletion`
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		if !errors.Is(err, context.Canceled) {
			time.Sleep(time.Second)
		}
	}
	return nil
}

// Everything but a cancellation goes round by an explicit continue.
func continueUnlessCancelled(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for i := 0; i < 3; i++ { // want `^this loop retries every error from CreateChatCompletion`
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		if !errors.Is(err, context.Canceled) {
			time.Sleep(time.Second)
			continue
		}
		return err
	}
	return nil
}

// The same gives up at once on anything but a cancellation. Quiet.
func stopUnlessCancelled(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for i := 0; i < 3; i++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		if !errors.Is(err, context.Canceled) {
			return err
		}
		time.Sleep(time.Second)
	}
	return nil
}

// The call to Ark in a literal kept in a local variable, called in the loop.
func throughLocalLiteral(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	var resp model.ChatCompletionResponse
	attempt := func() error {
		var err error
		resp, err = c.CreateChatCompletion(ctx, req)
		return err
	}
	var err error
	for i := 0; i < 3; i++ { // want `^this loop retries every error from attempt \(which calls CreateChatCompletion\), AuthenticationError`
		if err = attempt(); err == nil {
			break
		}
		time.Sleep(time.Second)
	}
	return resp, err
}

// The literal gives up on what is not a server error itself. Quiet.
func throughLookingLiteral(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	attempt := func() error {
		_, err := c.CreateChatCompletion(ctx, req)
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode < 500 {
			return nil
		}
		return err
	}
	var err error
	for i := 0; i < 3; i++ {
		if err = attempt(); err == nil {
			break
		}
		time.Sleep(time.Second)
	}
	return err
}

// The literal calls no Ark. Quiet.
func throughOtherLiteral(ctx context.Context, c *arkruntime.Client, req model.ChatRequest, dial func() error) error {
	if _, err := c.CreateChatCompletion(ctx, req); err != nil {
		return err
	}
	connect := func() error { return dial() }
	var err error
	for i := 0; i < 3; i++ {
		if err = connect(); err == nil {
			break
		}
		time.Sleep(time.Second)
	}
	return err
}

// A switch on the error: nil leads out, anything else goes round.
func switchOnErr(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	var resp model.ChatCompletionResponse
	var err error
	for i := 0; i < 3; i++ { // want `^this loop retries every error from CreateChatCompletion`
		resp, err = c.CreateChatCompletion(ctx, req)
		switch err {
		case nil:
			return resp, nil
		default:
			time.Sleep(time.Second)
		}
	}
	return resp, err
}

// The same switch handing every error back. Quiet.
func switchOnErrGivesUp(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	for i := 0; i < 3; i++ {
		resp, err := c.CreateChatCompletion(ctx, req)
		switch err {
		case nil:
			return resp, nil
		default:
			log.Printf("chat: %v", err)
			return resp, err
		}
	}
	return model.ChatCompletionResponse{}, nil
}

// chatOnce is the package's own wrapper of the call.
func chatOnce(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	return c.CreateChatCompletion(ctx, req)
}

// The nil check kept in a flag an if leads out on, around the wrapper.
func keptAroundWrapper(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) (model.ChatCompletionResponse, error) {
	for n := 0; ; n++ { // want `^this loop retries every error from chatOnce \(which calls CreateChatCompletion\)`
		resp, err := chatOnce(ctx, c, req)
		shouldRetry := err != nil && n < 4
		if !shouldRetry {
			return resp, err
		}
		time.Sleep(time.Second)
	}
}

// The same around a wrapper that calls no Ark. Quiet.
func keptAroundOther(ctx context.Context, load func() error) error {
	for n := 0; ; n++ {
		err := pullOnce(load)
		shouldRetry := err != nil && n < 4
		if !shouldRetry {
			return err
		}
		time.Sleep(time.Second)
	}
}

func pullOnce(load func() error) error { return load() }

// A loop with no condition whose only way out on an error tests the
// counter and the context, and wraps the error it gives back: every error
// goes round.
func botTries(ctx context.Context, c *arkruntime.Client, req model.BotChatCompletionRequest) (model.BotChatCompletionResponse, error) {
	var resp model.BotChatCompletionResponse
	var err error
	for tries := 1; ; tries++ { // want `^this loop retries every error from CreateBotChatCompletion`
		resp, err = c.CreateBotChatCompletion(ctx, req)
		if err == nil {
			break
		}
		if ctx.Err() != nil || tries >= 3 {
			var apiErr *model.APIError
			if errors.As(err, &apiErr) {
				log.Printf("bot gave up after %d tries: %s %s", tries, apiErr.Code, apiErr.RequestId)
			}
			return resp, fmt.Errorf("bot chat: %w", err)
		}
		time.Sleep(time.Duration(tries) * 400 * time.Millisecond)
	}
	return resp, nil
}

var errThrottled = errors.New("throttled")

// classify marks a 429 that waiting clears as throttled.
func classify(err error) error {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 && apiErr.Code != "SetLimitExceeded" && apiErr.Code != "QuotaExceeded" {
		return fmt.Errorf("%w: %w", errThrottled, err)
	}
	return err
}

// The loop goes round only on what classify marks throttled: a look at
// the error, through the package's classifier. Quiet.
func throttledOnly(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for attempt := 0; ; attempt++ {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		cerr := classify(err)
		if !errors.Is(cerr, errThrottled) || attempt >= 3 {
			return cerr
		}
		time.Sleep(time.Second)
	}
}

// The same result asked only whether the context ended: every error goes
// round.
func classifiedButCanceled(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for attempt := 0; ; attempt++ { // want `^this loop retries every error from CreateChatCompletion`
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		cerr := classify(err)
		if errors.Is(cerr, context.Canceled) || attempt >= 3 {
			return cerr
		}
		time.Sleep(time.Second)
	}
}
