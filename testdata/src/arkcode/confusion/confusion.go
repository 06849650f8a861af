// Package confusion mixes up Ark error codes and error types.
package confusion

import (
	"strings"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

func codeField(apiErr *model.APIError) bool {
	if apiErr.Code == "TooManyRequests" { // want `^"TooManyRequests" is an Ark error type, not a code; compare .Type$`
		return true
	}
	if apiErr.Code == "NotFound" { // want `^"NotFound" is an Ark error type, not a code; compare .Type$`
		return true
	}
	// NotFound.X is a pattern code; Conflict is a code and a type.
	return apiErr.Code == "NotFound.Endpoint" || apiErr.Code == "Conflict"
}

func typeField(apiErr *model.APIError) bool {
	if apiErr.Type == "RateLimitExceeded.EndpointRPMExceeded" { // want `^"RateLimitExceeded.EndpointRPMExceeded" is an Ark error code, not a type; compare .Code$`
		return true
	}
	if apiErr.Type == "TooManyRequest" { // want `^unknown Ark error type "TooManyRequest"; did you mean "TooManyRequests"\?$`
		return true
	}
	if apiErr.Type == "Throttled" { // want `^unknown Ark error type "Throttled"; Ark's error types are BadGateway, BadRequest, .*TooManyRequests, Unauthorized$`
		return true
	}
	switch apiErr.Type {
	case "badrequest": // want `did you mean "BadRequest"\?$`
		return true
	case "TooManyRequests", "NotFound", "Conflict", "":
		return true
	}
	// A type compared with Type is fine, in any case under EqualFold.
	return strings.EqualFold(apiErr.Type, "toomanyrequests")
}

func typeVar(apiErr *model.APIError) bool {
	typ := apiErr.Type
	return typ == "Unauthorised" // want `did you mean "Unauthorized"\?$`
}
