// Package notark uses go-openai against OpenAI itself (a constant base URL
// that is not Ark's): its codes are OpenAI's, and nothing is checked.
package notark

import (
	"errors"

	openai "github.com/sashabaranov/go-openai"
)

func client() *openai.Client {
	return openai.NewClientWithConfig(openai.ClientConfig{BaseURL: "https://api.openai.com/v1"})
}

func classify(err error) string {
	var apiErr *openai.APIError
	if errors.As(err, &apiErr) && (apiErr.Code == "rate_limit_exceeded" || apiErr.Code == "ServerOverloded") {
		return "retry"
	}
	if apiErr.Type == "insufficient_quota" {
		return "quota"
	}
	return ""
}
