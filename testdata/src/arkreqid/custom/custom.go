package custom

import (
	"context"
	"errors"

	"arkreqid/custom/mylog"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

func userLoggers(ctx context.Context, c *arkruntime.Client, l *mylog.Logger) {
	_, err := c.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{Model: "ep"})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		mylog.Report("ark failed", apiErr.Code) // want `Ark error logged without its request ID; add apiErr.RequestId`
		l.Oops("ark failed", apiErr.Code)       // want `Ark error logged without its request ID; add apiErr.RequestId`
		l.Fine("ark failed", apiErr.Code)       // not a logger the user named
		mylog.Report("ark failed", apiErr.Code, apiErr.RequestId)
	}
}
