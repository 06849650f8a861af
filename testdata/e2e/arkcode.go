package main

import (
	"errors"
	"strings"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// describe turns an Ark error into advice for the user.
func describe(err error) string {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return err.Error()
	}
	switch apiErr.Code {
	case "RateLimitExceeded.EndpointRPMExceed": // misspelled: arkcode suggests the right code
		return "slow down: endpoint RPM"
	case "InvalidParameter.Messages": // a pattern code: fine
		return "check the messages"
	case "AuthenticationError":
		return "check ARK_API_KEY"
	}
	if apiErr.Code == "TooManyRequests" { // an error type compared with Code
		return "rate limited"
	}
	if strings.HasPrefix(apiErr.Code, "SensitiveContentDetected") { // a real prefix: fine
		return "change the prompt"
	}
	return apiErr.Message + " (request " + apiErr.RequestId + ")"
}
