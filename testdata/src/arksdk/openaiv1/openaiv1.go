// Package openaiv1 points openai-go v1, the line eino-ext requires, at Ark
// through a configured base URL.
package openaiv1 // want `^via openai$`

import (
	"context"
	"errors"
	"os"

	"github.com/openai/openai-go"
	"github.com/openai/openai-go/option"
)

func call(ctx context.Context) {
	client := openai.NewClient(option.WithBaseURL(os.Getenv("ARK_BASE_URL")))
	_, err := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{}) // want `^ark call$`
	var oaErr *openai.Error                                                      // want `^kind openai.Error$`
	if errors.As(err, &oaErr) {
		_ = oaErr.Code       // want `^field openai.Error code$`
		_ = oaErr.StatusCode // want `^field openai.Error status$`
	}
}
