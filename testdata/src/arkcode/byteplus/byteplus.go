// Package byteplus compares the codes of BytePlus ModelArk's errors: the
// same codes as Ark's.
package byteplus

import (
	"errors"

	"github.com/byteplus-sdk/byteplus-go-sdk-v2/service/arkruntime/model"
)

func classify(err error) string {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return ""
	}
	switch apiErr.Code {
	case "ServerOverloded": // want `^unknown Ark error code "ServerOverloded"; did you mean "ServerOverloaded"\?$`
		return "busy"
	case "RateLimitExceeded.EndpointRPMExceeded", "InvalidParameter.Model":
		return "known"
	}
	if apiErr.Type == "TooManyRequests" {
		return "429"
	}
	return ""
}
