// Package openaigo reaches Ark through openai-go, with a base URL from
// configuration.
package openaigo

import (
	"errors"
	"os"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
)

func client() openai.Client {
	return openai.NewClient(option.WithBaseURL(os.Getenv("LLM_BASE_URL")))
}

func classify(err error) string {
	var apiErr *openai.Error
	if !errors.As(err, &apiErr) {
		return ""
	}
	if apiErr.Code == "SetLimitExceded" { // want `did you mean "SetLimitExceeded"\?$`
		return "never"
	}
	if apiErr.Code == "rate_limit_exceeded" { // want `^unknown Ark error code "rate_limit_exceeded"; no Ark error-code table lists it`
		return "retry"
	}
	return ""
}
