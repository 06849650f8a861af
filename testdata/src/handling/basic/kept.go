package basic

import (
	"context"
	"errors"
	"time"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// A test kept in a bool gets the branch of the loop that goes round on it;
// a flag set in a branch makes that branch go round.
func kept(ctx context.Context, req model.ChatRequest) error {
	var err error
	for i := 0; i < 3; i++ { // want `loop calls ark`
		if _, err = client.CreateChatCompletion(ctx, req); err == nil { // want `errcheck nonnil=false -> other`
			return nil
		}
		var apiErr *model.APIError
		limited := errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 // want `test status == 429 -> goes round`
		busy := false
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode >= 500 { // want `test status range 500 -> goes round`
			busy = true
		}
		if !limited && !busy {
			return err
		}
		time.Sleep(time.Second)
	}
	return err
}

// again's verdict is kept apart and the loop gives up when it fails.
func again(err error) bool { // want `predicate`
	return err != nil
}

func keepsVerdict(ctx context.Context, req model.ChatRequest) error {
	for { // want `loop calls ark`
		_, err := client.CreateChatCompletion(ctx, req)
		ok := again(err)
		if !ok {
			return err
		}
	}
}

// A loop's condition is a branch that goes round while it holds.
func inCondition(ctx context.Context, req model.ChatRequest) error {
	_, err := client.CreateChatCompletion(ctx, req)
	var apiErr *model.APIError
	for i := 0; err != nil && errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 && i < 3; i++ { // want `loop calls ark` `errcheck nonnil=true -> goes round` `test status == 429 -> goes round`
		_, err = client.CreateChatCompletion(ctx, req)
	}
	return err
}

// A nil check kept in the flag of a loop's condition: on an error the loop
// goes round, or, when the error sets the flag that ends it, leaves.
func keptNilChecks(ctx context.Context, req model.ChatRequest) {
	for retry := true; retry; { // want `loop calls ark`
		_, err := client.CreateChatCompletion(ctx, req)
		retry = err != nil // want `errcheck nonnil=true -> goes round`
	}
	for done := false; !done; { // want `loop calls ark`
		_, err := client.CreateChatCompletion(ctx, req)
		done = err == nil // want `errcheck nonnil=true -> goes round`
	}
	for done := false; !done; { // want `loop calls ark`
		_, err := client.CreateChatCompletion(ctx, req)
		done = err != nil // want `errcheck nonnil=true -> other`
	}
	_, err := client.CreateChatCompletion(ctx, req)
	failed := err != nil // want `errcheck nonnil=false -> none`
	_ = failed
}

// shouldGoOn's verdict is kept in the flag of a loop's condition.
func shouldGoOn(err error) bool { // want `predicate`
	return err != nil
}

func keepsVerdictInCondition(ctx context.Context, req model.ChatRequest) {
	for again := true; again; { // want `loop calls ark`
		_, err := client.CreateChatCompletion(ctx, req)
		again = shouldGoOn(err)
	}
}

// A literal kept in a local variable, once: calls of the variable call it.
// One assigned twice is none.
func keptLiterals(ctx context.Context, req model.ChatRequest) {
	attempt := func() error { // want `literal kept in attempt`
		_, err := client.CreateChatCompletion(ctx, req)
		return err
	}
	_ = attempt()
	var twice func() error
	twice = func() error { return nil }
	twice = func() error { return nil }
	_ = twice()
}

// A switch on an error: its nil case and its default are nil checks.
func switchOnError(ctx context.Context, req model.ChatRequest) error {
	for { // want `loop calls ark`
		_, err := client.CreateChatCompletion(ctx, req)
		switch err {
		case nil: // want `errcheck nonnil=false -> other`
			return nil
		default: // want `errcheck nonnil=true -> goes round`
			time.Sleep(time.Second)
		}
	}
}

// A class compared unequal, whose if leads out of the loop, goes round
// past the if; one compared unequal in an if that goes round itself, or
// outside a loop, does not.
type step int

const (
	stop  step = iota
	retry      // want `class retry retried`
	skip
	later
)

func stepOf(err error) step {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 { // want `test status == 429 -> class`
		return retry
	}
	if err != nil {
		return later
	}
	return stop
}

func pastTheIf(ctx context.Context, req model.ChatRequest) error {
	for { // want `loop calls ark`
		_, err := client.CreateChatCompletion(ctx, req)
		if err == nil || stepOf(err) != retry { // want `errcheck nonnil=false -> error`
			return err
		}
		time.Sleep(time.Second)
	}
}

func notPast(ctx context.Context, req model.ChatRequest) error {
	for i := 0; i < 3; i++ { // want `loop calls ark`
		_, err := client.CreateChatCompletion(ctx, req)
		if stepOf(err) != skip {
			continue
		}
		return err
	}
	_, err := client.CreateChatCompletion(ctx, req)
	if stepOf(err) != later {
		return err
	}
	return nil
}
