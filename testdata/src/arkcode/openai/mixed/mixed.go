// Package mixed routes between Ark (through the Ark SDK) and OpenAI
// (through go-openai with OpenAI's base URL): only the Ark SDK's codes are
// Ark's.
package mixed

import (
	"errors"

	openai "github.com/sashabaranov/go-openai"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

func openAIClient() *openai.Client {
	return openai.NewClientWithConfig(openai.ClientConfig{BaseURL: "https://api.openai.com/v1"})
}

func retryable(err error) bool {
	var arkErr *model.APIError
	if errors.As(err, &arkErr) {
		return arkErr.Code == "ServerOverloded" // want `did you mean "ServerOverloaded"\?$`
	}
	var oaErr *openai.APIError
	if errors.As(err, &oaErr) {
		return oaErr.Code == "rate_limit_exceeded" || oaErr.Type == "server_error"
	}
	return false
}
