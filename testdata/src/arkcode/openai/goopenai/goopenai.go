// Package goopenai reaches Ark through go-openai pointed at Ark's base URL.
package goopenai

import (
	"errors"

	openai "github.com/sashabaranov/go-openai"
)

func client() *openai.Client {
	cfg := openai.DefaultConfig("key")
	cfg.BaseURL = "https://ark.cn-beijing.volces.com/api/v3"
	return openai.NewClientWithConfig(cfg)
}

func classify(err error) string {
	var apiErr *openai.APIError
	if !errors.As(err, &apiErr) {
		return ""
	}
	// Code is an any: only string constants are codes.
	if apiErr.Code == "ServerOverloded" { // want `did you mean "ServerOverloaded"\?$`
		return "retry"
	}
	if apiErr.Code == 429 || apiErr.Code == nil || apiErr.Code == "ServerOverloaded" {
		return "retry"
	}
	switch apiErr.Code {
	case "QuotaExceded": // want `did you mean "QuotaExceeded"\?$`
		return "quota"
	case 500:
		return "retry"
	}
	if apiErr.Type == "TooManyRequest" { // want `did you mean "TooManyRequests"\?$`
		return "retry"
	}
	code := apiErr.Code
	if code == "InternalServiceEror" { // want `did you mean "InternalServiceError"\?$`
		return "retry"
	}
	// InnerError's code is Azure's, not Ark's.
	if apiErr.InnerError != nil && apiErr.InnerError.Code == "ServerOverloded" {
		return "retry"
	}
	return ""
}
