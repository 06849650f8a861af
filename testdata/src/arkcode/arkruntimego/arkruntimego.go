// Package arkruntimego uses the Ark-only SDK module, ark-runtime-go.
package arkruntimego

import (
	"errors"

	"github.com/volcengine/ark-runtime-go/arkruntime/model"
	"github.com/volcengine/ark-runtime-go/arkruntime/model/contentgeneration"
	"github.com/volcengine/ark-runtime-go/arkruntime/model/responses"
)

func classify(err error) string {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return ""
	}
	switch apiErr.Code {
	case "RateLimitExceeded.EndpointRPMExceed": // want `did you mean "RateLimitExceeded.EndpointRPMExceeded"\?$`
		return "backoff"
	case "RateLimitExceeded.EndpointTPMExceeded", "InvalidParameter.Model":
		return "backoff"
	}
	if apiErr.Type == "TooManyRequest" { // want `did you mean "TooManyRequests"\?$`
		return "backoff"
	}
	if apiErr.Code == "Unauthorized" { // want `^"Unauthorized" is an Ark error type, not a code; compare .Type$`
		return "auth"
	}
	return ""
}

func content(e *contentgeneration.TaskError, r *responses.ResponseError) bool {
	return e.Code == "OutputVideoSensitiveContentDetected.PolicyViolaton" || // want `did you mean "OutputVideoSensitiveContentDetected.PolicyViolation"\?$`
		r.GetCode() == "SessionBusy"
}
