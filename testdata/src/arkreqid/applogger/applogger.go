// Package applogger logs through loggers of its own: an interface whose
// implementation is chosen at run time, and functions that hand their
// arguments on to a logger. Neither is in arkreqid's list; both are found
// from the code.
package applogger

import (
	"context"
	"errors"
	"fmt"
	"log"
	"testing"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// Logger is the application's logger.
type Logger interface {
	Infof(format string, args ...any)
	Errorf(format string, args ...any)
	Errorw(msg string, keysAndValues ...any)
}

// Metrics counts by label: not a logger, whatever its arguments.
type Metrics interface {
	Inc(name string, labels ...any)
}

type worker struct {
	c   *arkruntime.Client
	log Logger
	m   Metrics
}

// logf hands its arguments on to the standard logger.
func logf(format string, args ...any) { log.Printf("[ark] "+format, args...) }

// describe formats, and logs nothing.
func describe(format string, args ...any) string { return fmt.Sprintf(format, args...) }

func (w *worker) run(ctx context.Context, req *model.CreateChatCompletionRequest) string {
	_, err := w.c.CreateChatCompletion(ctx, req)
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return ""
	}
	w.log.Errorf("ark call failed: code=%s message=%s", apiErr.Code, apiErr.Message) // want `^Ark error logged without its request ID; add apiErr\.RequestId$`
	w.log.Errorw("ark call failed", "code", apiErr.Code)                             // want `^Ark error logged without its request ID; add apiErr\.RequestId$`
	logf("ark call failed: %s", apiErr.Message)                                      // want `^Ark error logged without its request ID; add apiErr\.RequestId$`
	w.log.Errorf("ark call failed: code=%s request=%s", apiErr.Code, apiErr.RequestId)
	w.log.Infof("ark call failed: %v", err)
	logf("ark call failed: %s (request %s)", apiErr.Message, apiErr.RequestId)
	w.m.Inc("ark_errors", "code", apiErr.Code)
	return describe("ark: %s", apiErr.Code)
}

// A test's own log is not the program's.
func checkCode(tb testing.TB, apiErr *model.APIError) {
	tb.Errorf("unexpected code %s", apiErr.Code)
}
