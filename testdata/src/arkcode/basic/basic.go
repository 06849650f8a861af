// Package basic compares Ark error codes with == and != and in switches.
package basic

import (
	"errors"
	"strings"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

func equality(err error) {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return
	}
	if apiErr.Code == "RateLimitExceeded.EndpointRPMExceed" { // want `^unknown Ark error code "RateLimitExceeded.EndpointRPMExceed"; did you mean "RateLimitExceeded.EndpointRPMExceeded"\?$`
		return
	}
	if "ServerOverloded" != apiErr.Code { // want `^unknown Ark error code "ServerOverloded"; did you mean "ServerOverloaded"\?$`
		return
	}
	if apiErr.Code == `QuotaExceded` { // want `^unknown Ark error code "QuotaExceded"; did you mean "QuotaExceeded"\?$`
		return
	}
	if apiErr.Code == "ratelimitexceeded.endpointtpmexceeded" { // want `did you mean "RateLimitExceeded.EndpointTPMExceeded"\?$`
		return
	}
	if apiErr.Code == "InvalidParamter.Model" { // want `^unknown Ark error code "InvalidParamter.Model"; did you mean "InvalidParameter.Model"\?$`
		return
	}
	if apiErr.Code == "AccountOverdue" { // want `^unknown Ark error code "AccountOverdue"; did you mean "AccountOverdueError"\?$`
		return
	}
	if apiErr.Code == "ServerOverloadedError" { // want `^unknown Ark error code "ServerOverloadedError"; did you mean "ServerOverloaded"\?$`
		return
	}
	if apiErr.Code == "ModelQuotaGone" { // want `^unknown Ark error code "ModelQuotaGone"; no Ark error-code table lists it \(add it with -arkcode.extra if Ark sends it\)$`
		return
	}

	// Known codes, pattern codes, no code, and comparisons with values that
	// are not constants are fine.
	if apiErr.Code == "RateLimitExceeded.EndpointRPMExceeded" || apiErr.Code != "ServerOverloaded" {
		return
	}
	if apiErr.Code == "InvalidParameter.Model" || apiErr.Code == "MissingParameter.messages" || apiErr.Code == "NotFound.Endpoint" {
		return
	}
	if apiErr.Code == "" || apiErr.Code == apiErr.Message || apiErr.Code == strings.ToUpper("x") {
		return
	}
	// Other fields and other strings of the same package are not codes.
	if apiErr.Message == "ServerOverloded" || apiErr.RequestId == "RateLimitExceded" {
		return
	}
	status := "ServerOverloded"
	if status == "QuotaExceded" {
		return
	}
}

func switches(apiErr *model.APIError) string {
	switch apiErr.Code {
	case "SetLimitExceded": // want `^unknown Ark error code "SetLimitExceded"; did you mean "SetLimitExceeded"\?$`
		return "never"
	case "AccessDenied", "AuthenticationEror": // want `^unknown Ark error code "AuthenticationEror"; did you mean "AuthenticationError"\?$`
		return "auth"
	case "", "InvalidParameter.Temperature", "RequestBurstTooFast":
		return "known"
	}

	// The fix would duplicate a case, which does not compile: none offered.
	switch apiErr.Code {
	case "ServerOverloaded", "ServerOverloded": // want `^unknown Ark error code "ServerOverloded"; did you mean "ServerOverloaded"\?$`
		return "retry"
	}

	switch {
	case apiErr.Code == "InternalServiceEror": // want `^unknown Ark error code "InternalServiceEror"; did you mean "InternalServiceError"\?$`
		return "retry"
	case apiErr.Code == "InternalServiceError", apiErr.HTTPStatusCode == 500:
		return "retry"
	}
	return ""
}

// A local variable only ever assigned a code is a code.
func locals(apiErr *model.APIError) string {
	code := apiErr.Code
	switch code {
	case "ModelAccountRpmRateLimitExceded": // want `^unknown Ark error code "ModelAccountRpmRateLimitExceded"; did you mean "ModelAccountRpmRateLimitExceeded"\?$`
		return "backoff"
	case "ModelAccountTpmRateLimitExceeded":
		return "backoff"
	}

	var viaVar string
	if apiErr != nil {
		viaVar = apiErr.Code
	}
	if viaVar == "AccountOverdueEror" { // want `did you mean "AccountOverdueError"\?$`
		return "never"
	}

	// Assigned something else too: not only a code, so not checked.
	mixed := apiErr.Code
	if mixed == "" {
		mixed = "default"
	}
	mixed = strings.TrimSpace(mixed)
	if mixed == "AccountOverdueEror" {
		return "never"
	}
	// Its address is taken: anything may write it.
	addr := apiErr.Code
	fill(&addr)
	if addr == "AccountOverdueEror" {
		return "never"
	}
	// Declared by a multi-value assignment.
	multi, ok := pick(apiErr)
	if ok && multi == "AccountOverdueEror" {
		return "never"
	}
	return ""
}

func fill(*string) {}

// pick gives back more than codes ("unknown"): no getter.
func pick(apiErr *model.APIError) (string, bool) {
	if apiErr == nil {
		return "unknown", false
	}
	return apiErr.Code, true
}
