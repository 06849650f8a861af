// Package retired compares Ark error codes with codes that earlier
// versions of Ark's error-code page listed and the current ones do not.
// No current successor is named in this package, so every retired code
// with exactly one successor gets a fix to it; one with none (Ark may
// still send it, and nothing replaced it) is no finding.
package retired

import (
	"errors"
	"slices"
	"strings"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// rpmCode is compared below: reported here, once, naming it.
const rpmCode = "RateLimitExceeded.FoundationModelRPMExceeded" // want `^rpmCode: Ark's error-code page no longer lists "RateLimitExceeded\.FoundationModelRPMExceeded" \(last seen on its 2024-07-10 version\); Ark documents ModelAccountRpmRateLimitExceeded for this now; compare with it as well$`

func equality(err error) string {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return ""
	}
	if apiErr.Code == rpmCode {
		return "slow down"
	}
	switch apiErr.Code {
	case "RateLimitExceeded.FoundationModelTPMExceeded": // want `^Ark's error-code page no longer lists "RateLimitExceeded\.FoundationModelTPMExceeded" \(last seen on its 2024-07-10 version, as a client library reproduces it\); Ark documents ModelAccountTpmRateLimitExceeded for this now; compare with it as well$`
		return "slow down"
	case "ModelLoadingError": // no successor: nothing to do
		return "wait for the model"
	// Both have one successor: fixing both would make a duplicate case,
	// so neither gets a fix.
	case "InvalidEndpoint", "InvalidEndpoint.NotFound": // want `^Ark's error-code page no longer lists "InvalidEndpoint" \(last seen on the older Doubao error list of June 2024\); Ark documents InvalidEndpointOrModel\.NotFound for this now and for InvalidEndpoint\.NotFound, which this package compares with too; compare with InvalidEndpointOrModel\.NotFound as well$` `^Ark's error-code page no longer lists "InvalidEndpoint\.NotFound" \(last seen on its 2024-07-10 version\); Ark documents InvalidEndpointOrModel\.NotFound for this now and for InvalidEndpoint, which this package compares with too; compare with InvalidEndpointOrModel\.NotFound as well$`
		return "fix the endpoint"
	}
	return ""
}

func fold(apiErr *model.APIError) bool {
	return strings.EqualFold(apiErr.Code, "modelloadingerror") // no successor: nothing to do
}

func fragments(apiErr *model.APIError) bool {
	if strings.HasPrefix(apiErr.Code, "RateLimitExceeded.FoundationModel") { // want `^only retired Ark error codes start with "RateLimitExceeded\.FoundationModel" \(RateLimitExceeded\.FoundationModelRPMExceeded and RateLimitExceeded\.FoundationModelTPMExceeded\), which Ark's error-code page no longer lists; Ark documents ModelAccountRpmRateLimitExceeded and ModelAccountTpmRateLimitExceeded for these now: compare with them as well$`
		return true
	}
	if strings.HasSuffix(apiErr.Code, "LoadingError") { // no successor: nothing to do
		return true
	}
	if strings.Contains(apiErr.Code, "FoundationModelTPM") { // want `^only retired Ark error codes contain "FoundationModelTPM" \(RateLimitExceeded\.FoundationModelTPMExceeded\), which Ark's error-code page no longer lists; Ark documents ModelAccountTpmRateLimitExceeded for these now: compare with them as well$`
		return true
	}
	// Fragments current codes have too are fine.
	return strings.HasPrefix(apiErr.Code, "RateLimitExceeded.") || strings.HasSuffix(apiErr.Code, ".NotFound") ||
		strings.Contains(apiErr.Code, "Endpoint") || strings.HasPrefix(apiErr.Code, "InvalidEndpoint")
}

func text(err error) bool {
	return strings.Contains(err.Error(), "ModelLoadingError") || // no successor
		strings.Contains(err.Error(), "RateLimitExceeded.FoundationModelTPMExceeded") || // want `^Ark's error-code page no longer lists "RateLimitExceeded\.FoundationModelTPMExceeded" .*; Ark documents ModelAccountTpmRateLimitExceeded for this now; compare with it as well \(searched for in the error text\)$`
		// Part of a retired code, and of current messages: not reported.
		strings.Contains(err.Error(), "FoundationModel")
}

// A misspelt retired code was meant to be that code: the suggestion says
// it is retired too.
func nearMiss(apiErr *model.APIError) bool {
	return apiErr.Code == "RateLimitExceeded.FoundationModelRPMExceded" // want `^unknown Ark error code "RateLimitExceeded\.FoundationModelRPMExceded"; did you mean "RateLimitExceeded\.FoundationModelRPMExceeded"\? \(a retired code: Ark's error-code page no longer lists it \(last seen on its 2024-07-10 version\); Ark documents ModelAccountRpmRateLimitExceeded for this now\)$`
}

// Two misspellings of one code in one switch: only the first gets the
// fix, since two would make a duplicate case.
func twoSlips(apiErr *model.APIError) bool {
	switch apiErr.Code {
	case "ModelLoadingEror", "ModelLoadingErorr": // want `^unknown Ark error code "ModelLoadingEror"; did you mean "ModelLoadingError"\? \(a retired code: Ark's error-code page no longer lists it \(last seen on its 2024-07-10 version, as a client library reproduces it\); no later version lists a code for this\)$` `^unknown Ark error code "ModelLoadingErorr"; did you mean "ModelLoadingError"\? \(a retired code: .*\)$`
		return true
	}
	return false
}

// Map keys and slices.Contains elements are compared with the code too.
func sets(apiErr *model.APIError) (string, bool) {
	action := map[string]string{
		"ModelLoadingError": "wait", // no successor
		"ServerOverloaded":  "back off",
	}[apiErr.Code]
	return action, slices.Contains([]string{"RateLimitExceeded.FoundationModelTPMExceeded", "ServerOverloaded"}, apiErr.Code) // want `^Ark's error-code page no longer lists "RateLimitExceeded\.FoundationModelTPMExceeded" .*; Ark documents ModelAccountTpmRateLimitExceeded for this now; compare with it as well$`
}

func confusion(apiErr *model.APIError) bool {
	return apiErr.Type == "ModelLoadingError" // want `^"ModelLoadingError" is an Ark error code, not a type; compare \.Code$`
}

// Look-alikes: other fields and plain strings holding retired codes, and
// current codes, are not findings.
func negatives(apiErr *model.APIError) bool {
	if apiErr.Message == "ModelLoadingError" || apiErr.Type == "TooManyRequests" || apiErr.RequestId == "InvalidEndpoint.NotFound" {
		return true
	}
	status := "InvalidEndpoint.NotFound"
	if status == "RateLimitExceeded.FoundationModelRPMExceeded" {
		return true
	}
	switch apiErr.Code {
	case "InvalidEndpoint.ClosedEndpoint", "RateLimitExceeded.EndpointRPMExceeded", "ServerOverloaded":
		return true
	}
	return false
}
