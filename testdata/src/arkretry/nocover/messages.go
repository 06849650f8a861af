package nocover

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// userMessage maps codes to text for the user: it decides no retry, and
// naming no 429 swallows none. Quiet.
func userMessage(err error) string {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return "upstream unavailable"
	}
	switch apiErr.Code {
	case "SensitiveContentDetected", "InputTextSensitiveContentDetected":
		return "the prompt was rejected by content moderation"
	case "InvalidEndpointOrModel.NotFound":
		return "unknown model or endpoint"
	}
	return apiErr.Message
}

// reason is the same mapping, its result compared to decide what to do
// next: a class, which sends rate limits to "fail".
func reason(err error) string {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return "fail"
	}
	switch apiErr.Code { // want `^switch on Ark error code names no retryable 429 code`
	case "InternalServiceError", "ServiceUnavailable":
		return "again"
	case "InvalidParameter":
		return "fail"
	}
	return "fail"
}

func serve(w http.ResponseWriter, r *http.Request, c *arkruntime.Client, req model.ChatRequest) {
	for range 3 {
		_, err := c.CreateChatCompletion(r.Context(), req)
		if err == nil {
			return
		}
		if reason(err) != "again" {
			http.Error(w, userMessage(err), http.StatusBadGateway)
			return
		}
	}
}

var _ = context.Background

// reason's verdict kept in a variable and compared: a look at the error,
// so the loop retries no error of every kind (rule 2 reports reason).
func keptReason(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for range 3 {
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		if why := reason(err); why != "again" {
			return err
		}
	}
	return errors.New("still failing")
}

// A string made of the error kept for a log line only decides nothing: the
// loop retries every error.
func keptMessage(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	for range 3 { // want `^this loop retries every error from CreateChatCompletion`
		_, err := c.CreateChatCompletion(ctx, req)
		if err == nil {
			return nil
		}
		msg := userMessage(err)
		println(msg)
	}
	return errors.New("still failing")
}

// moderationReason names what moderation rejected, for the editor; asking
// whether it has a reason at all is no class: quiet.
func moderationReason(code string) string {
	switch code {
	case "InputTextSensitiveContentDetected", "SensitiveContentDetected":
		return "prompt"
	case "OutputImageSensitiveContentDetected":
		return "generated image"
	}
	return ""
}

func preview(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) error {
	_, err := c.CreateChatCompletion(ctx, req)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && moderationReason(apiErr.Code) != "" {
		return errors.New("rejected: " + moderationReason(apiErr.Code))
	}
	return err
}

// A notice for people that the package does not use (yet): its results read
// as text, so it is a mapping, not a class. Quiet.
func moderationNotice(err error) string {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return ""
	}
	switch apiErr.Code {
	case "SensitiveContentDetected", "InputTextSensitiveContentDetected":
		return "sensitive text in user input"
	case "AccountOverdueError", "OperationDenied.ServiceOverdue":
		return "account overdue: " + apiErr.Message
	}
	return ""
}

// The same, unused, with words for results: a class for a caller elsewhere.
func outcome(err error) string {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return "fail"
	}
	switch apiErr.Code { // want `^switch on Ark error code names no retryable 429 code`
	case "InternalServiceError", "ServiceUnavailable":
		return "again"
	case "InvalidParameter":
		return "fail"
	}
	return "fail"
}

// Text for an admin console that the package does not use: formatted
// sentences and the error's own message. Quiet.
func Explain(err error) string {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return err.Error()
	}
	if apiErr.Code == "MissingParameter" {
		return fmt.Sprintf("a parameter is missing (request %s)", apiErr.RequestId)
	}
	if apiErr.Code == "InternalServiceError" {
		return fmt.Sprintf("Ark failed on its side (request %s)", apiErr.RequestId)
	}
	return fmt.Sprintf("%s: %s (request %s)", apiErr.Code, apiErr.Message, apiErr.RequestId)
}

// The same with formats that make words, not sentences: a class.
func Kind(err error) string {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return "other"
	}
	if apiErr.Code == "MissingParameter" { // want `^checks of Ark error code name no retryable 429 code`
		return fmt.Sprintf("fatal-%d", apiErr.HTTPStatusCode)
	}
	if apiErr.Code == "InternalServiceError" {
		return fmt.Sprintf("retry-%d", apiErr.HTTPStatusCode)
	}
	return "other"
}

// publicMessages is shown to end users instead of the upstream text.
var publicMessages = map[string]string{
	"InvalidEndpoint.ClosedEndPoint":    "the model endpoint is closed right now",
	"OutofContextError":                 "the conversation is too long; start a new one",
	"InputTextSensitiveContentDetected": "your message was blocked by the content filter",
}

// PublicMessage maps codes to text for people through a table of messages,
// and its callers are in other packages: it decides no retry. Quiet.
func PublicMessage(err error) string {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return "something went wrong"
	}
	if msg, ok := publicMessages[apiErr.Code]; ok {
		return msg
	}
	if strings.HasPrefix(apiErr.Code, "OutputTextSensitiveContentDetected.") {
		return "the answer was blocked by the content filter"
	}
	return "something went wrong"
}

// verdicts is the same table with words that are no text for people.
var verdicts = map[string]string{
	"InternalServiceError": "again",
	"ServiceUnavailable":   "again",
	"InvalidParameter":     "fail",
}

// Verdict looks its class up in that table: a class, which sends rate
// limits to "fail".
func Verdict(err error) string {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return "fail"
	}
	if v, ok := verdicts[apiErr.Code]; ok { // want `name no retryable 429 code`
		return v
	}
	return "fail"
}
