// Package arrival reads codes from Ark errors however they arrive.
package arrival

import (
	"context"
	"errors"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model/responses"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/utils"
)

func asTarget(err error) bool {
	var apiErr *model.APIError
	return errors.As(err, &apiErr) && apiErr.Code == "ServerOverloded" // want `did you mean "ServerOverloaded"\?$`
}

func assertion(err error) bool {
	if apiErr, ok := err.(*model.APIError); ok {
		return apiErr.Code == "ServerOverloded" // want `did you mean "ServerOverloaded"\?$`
	}
	return err.(*model.APIError).Code == "QuotaExceded" // want `did you mean "QuotaExceeded"\?$`
}

func typeSwitch(err error) bool {
	switch e := err.(type) {
	case *model.APIError:
		return e.Code == "ServerOverloded" // want `did you mean "ServerOverloaded"\?$`
	case *model.RequestError:
		return e.HTTPStatusCode == 500
	}
	return false
}

// failure holds an Ark error in a field, and embeds one.
type failure struct {
	cause *model.APIError
	*model.ContentGenerationError
}

func field(f failure) bool {
	if f.cause.Code == "SetLimitExceded" { // want `did you mean "SetLimitExceeded"\?$`
		return true
	}
	return f.Code == "InputImageSensitiveContentDetekted" // want `did you mean "InputImageSensitiveContentDetected"\?$`
}

func parameter(apiErr model.APIError, genErr *model.GenerateImagesError) bool {
	return apiErr.Code == "AccessDenyed" || // want `did you mean "AccessDenied"\?$`
		genErr.Code == "OutputImageSensitiveContentDetected.DeepFak" // want `did you mean "OutputImageSensitiveContentDetected.DeepFake"\?$`
}

func task(ctx context.Context, client *arkruntime.Client) bool {
	resp, err := client.GetContentGenerationTask(ctx, model.GetContentGenerationTaskRequest{ID: "t"})
	if err != nil || resp.Error == nil {
		return false
	}
	return resp.Error.Code == "InputTextSensitiveContentDetekted" // want `did you mean "InputTextSensitiveContentDetected"\?$`
}

func images(ctx context.Context, client *arkruntime.Client) bool {
	resp, err := client.GenerateImages(ctx, model.GenerateImagesRequest{})
	return err == nil && resp.Error != nil && resp.Error.Code == "OutputImageRiskDetektion" // want `did you mean "OutputImageRiskDetection"\?$`
}

func responsesAPI(obj *responses.ResponseObject, stream *utils.ResponsesStreamReader) bool {
	if obj.GetError().GetCode() == "ServerOverloded" { // want `did you mean "ServerOverloaded"\?$`
		return true
	}
	if obj.Error.Code == "InternalServiceEror" { // want `did you mean "InternalServiceError"\?$`
		return true
	}
	ev, err := stream.Recv()
	if err != nil || ev.Error == nil {
		return false
	}
	if ev.Error.GetCode() == "RequestBurstTooFst" { // want `did you mean "RequestBurstTooFast"\?$`
		return true
	}
	return ev.Error.Code != nil && *ev.Error.Code == "RequestBurstTooFst" // want `did you mean "RequestBurstTooFast"\?$`
}

// apiError is a local type that looks like the SDK's: its fields are not
// Ark's.
type apiError struct{ Code, Type string }

func lookalike(e apiError) bool {
	return e.Code == "ServerOverloded" || e.Type == "TooManyRequest"
}
