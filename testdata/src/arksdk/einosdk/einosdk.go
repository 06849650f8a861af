// Package einosdk builds an eino-ext Ark model and reads the SDK's errors
// itself: it reaches Ark through the SDK, and its eino model calls are Ark's.
package einosdk // want `^via ark sdk, eino models too$`

import (
	"context"
	"errors"

	"github.com/cloudwego/eino-ext/components/model/ark"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

func build(ctx context.Context) (*ark.ChatModel, error) {
	return ark.NewChatModel(ctx, &ark.ChatModelConfig{})
}

func code(err error) string {
	var apiErr *model.APIError // want `^kind APIError$`
	if errors.As(err, &apiErr) {
		return apiErr.Code // want `^field APIError code$`
	}
	return ""
}
