package stdlog

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log"
	"os"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

func call(ctx context.Context, c *arkruntime.Client) error {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	return err
}

func logPrintf(ctx context.Context, c *arkruntime.Client) {
	err := call(ctx, c)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		log.Printf("ark failed: code=%s message=%s", apiErr.Code, apiErr.Message) // want `Ark error logged without its request ID; add apiErr.RequestId`
		log.Fatalf("ark failed: %d\n", apiErr.HTTPStatusCode)                     // want `Ark error logged without its request ID; add apiErr.RequestId`
		log.Println("ark failed:", apiErr.Code)                                   // want `Ark error logged without its request ID; add apiErr.RequestId`
	}
}

func loggerMethods(ctx context.Context, c *arkruntime.Client, l *log.Logger) {
	err := call(ctx, c)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		l.Printf(`ark failed: %s`, apiErr.Type) // want `Ark error logged without its request ID; add apiErr.RequestId`
		l.Print("ark failed: ", apiErr.Code)    // want `Ark error logged without its request ID; add apiErr.RequestId`
	}
}

func fmtToStdio(ctx context.Context, c *arkruntime.Client) {
	err := call(ctx, c)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		fmt.Fprintf(os.Stderr, "ark failed: %s\n", apiErr.Message) // want `Ark error logged without its request ID; add apiErr.RequestId`
		fmt.Printf("ark failed: %s\n", apiErr.Code)                // want `Ark error logged without its request ID; add apiErr.RequestId`
		fmt.Println("ark failed:", apiErr.Code)                    // want `Ark error logged without its request ID; add apiErr.RequestId`
		fmt.Fprintln(os.Stdout, "ark failed:", apiErr.Code)        // want `Ark error logged without its request ID; add apiErr.RequestId`
	}
}

// Output that is not a log line, and log lines that keep the ID.
func fmtNotStdio(ctx context.Context, c *arkruntime.Client, w *bytes.Buffer) {
	err := call(ctx, c)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		fmt.Fprintf(w, "code=%s", apiErr.Code)
		fmt.Fprintln(w, apiErr.Message)
		log.Printf("ark failed: code=%s request_id=%s", apiErr.Code, apiErr.RequestId)
		log.Printf("ark failed: code=%s: %v", apiErr.Code, err)
		log.Printf("ark failed: code=%s: %s", apiErr.Code, apiErr.Error())
		log.Println("ark failed:", apiErr)
	}
}

// No fix where the format is not a literal or the arguments are spread.
func noFix(ctx context.Context, c *arkruntime.Client, format string, rest []any) {
	err := call(ctx, c)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		log.Printf(format, apiErr.Code)                             // want `Ark error logged without its request ID; add apiErr.RequestId`
		log.Printf("%s %v", append([]any{apiErr.Code}, rest...)...) // want `Ark error logged without its request ID; add apiErr.RequestId`
		log.Printf("%[1]s %[1]q", apiErr.Code)                      // want `Ark error logged without its request ID; add apiErr.RequestId`
	}
}
