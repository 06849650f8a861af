// Package funcs compares Ark error codes with the strings and slices
// functions.
package funcs

import (
	"slices"
	"strings"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

func fold(apiErr *model.APIError) bool {
	// A case-only difference is what EqualFold is for.
	if strings.EqualFold(apiErr.Code, "serveroverloaded") || strings.EqualFold("INVALIDPARAMETER.model", apiErr.Code) {
		return true
	}
	if strings.EqualFold(apiErr.Code, "ServerOverloded") { // want `^unknown Ark error code "ServerOverloded"; did you mean "ServerOverloaded"\?$`
		return true
	}
	if strings.EqualFold(apiErr.Code, "accountoverdue") { // want `^unknown Ark error code "accountoverdue"; did you mean "AccountOverdueError"\?$`
		return true
	}
	// Case costs nothing where it does not matter: two edits here, and the
	// fix keeps the case the literal is written in.
	if strings.EqualFold(apiErr.Code, "outputtextsensitivecontentdetect") { // want `^unknown Ark error code "outputtextsensitivecontentdetect"; did you mean "OutputTextSensitiveContentDetected"\?$`
		return true
	}
	if strings.EqualFold("SERVEROVERLODED", apiErr.Code) { // want `^unknown Ark error code "SERVEROVERLODED"; did you mean "ServerOverloaded"\?$`
		return true
	}
	if strings.EqualFold("toomanyrequests", apiErr.Code) { // want `^"toomanyrequests" is an Ark error type, not a code; compare .Type$`
		return true
	}
	return strings.EqualFold(apiErr.Message, "ServerOverloded")
}

// A code lowered first equals only a lower-case literal: the fix is one.
func lowered(apiErr *model.APIError) bool {
	code := strings.ToLower(apiErr.Code)
	if code == "serveroverloaded" || code == "invalidparameter.model" {
		return true
	}
	return code == "serveroverloded" // want `^unknown Ark error code "serveroverloded"; did you mean "ServerOverloaded"\?$`
}

func prefixes(apiErr *model.APIError) bool {
	if strings.HasPrefix(apiErr.Code, "RateLimitExceded.") { // want `^no Ark error code starts with "RateLimitExceded."; did you mean "RateLimitExceeded."\?$`
		return true
	}
	if strings.HasPrefix(apiErr.Code, "Throttled") { // want `^no Ark error code starts with "Throttled"$`
		return true
	}
	if strings.HasPrefix(apiErr.Code, "InvalidParamter.") { // want `did you mean "InvalidParameter."\?$`
		return true
	}
	// A known code and a dot: the sub-codes Ark may add to it, as it has to
	// others. A misspelt code and a dot is still reported.
	if strings.HasPrefix(apiErr.Code, "OutputTextSensitiveContentDetected.") || strings.HasPrefix(apiErr.Code, "ServerOverloaded.") {
		return true
	}
	if strings.HasPrefix(apiErr.Code, "ServerOverload.") { // want `^no Ark error code starts with "ServerOverload\."`
		return true
	}
	// Prefixes some code has, patterns included (and past their dot).
	return strings.HasPrefix(apiErr.Code, "RateLimitExceeded.") || strings.HasPrefix(apiErr.Code, "InputText") ||
		strings.HasPrefix(apiErr.Code, "InvalidParameter.Mod") || strings.HasPrefix(apiErr.Message, "Throttled")
}

func suffixes(apiErr *model.APIError) bool {
	if strings.HasSuffix(apiErr.Code, "RPMExceded") { // want `^no Ark error code ends with "RPMExceded"; did you mean "RPMExceeded"\?$`
		return true
	}
	if strings.HasSuffix(apiErr.Code, "Throttled") { // want `^no Ark error code ends with "Throttled"$`
		return true
	}
	return strings.HasSuffix(apiErr.Code, "RateLimitExceeded") || strings.HasSuffix(apiErr.Code, ".PolicyViolation") ||
		strings.HasSuffix(apiErr.Code, "Parameter.Model")
}

func substrings(apiErr *model.APIError) bool {
	if strings.Contains(apiErr.Code, "SensitiveContentDetekted") { // want `^no Ark error code contains "SensitiveContentDetekted"; did you mean "SensitiveContentDetected"\?$`
		return true
	}
	if strings.Contains(apiErr.Code, "Throttl") { // want `^no Ark error code contains "Throttl"$`
		return true
	}
	return strings.Contains(apiErr.Code, "RateLimit") || strings.Contains(apiErr.Code, "Parameter.Model") ||
		strings.Contains(apiErr.Code, "") || strings.Contains(apiErr.Message, "Throttl")
}

var retryable = []string{"ServerOverloaded", "InternalServiceEror", "RequestBurstTooFast"} // want `^unknown Ark error code "InternalServiceEror"; did you mean "InternalServiceError"\?$`

// Not a list of codes: never searched for one.
var models = []string{"doubao-seed-1-6", "DoubaoSeedPro"}

func lists(apiErr *model.APIError) bool {
	if slices.Contains([]string{"AccessDenied", "AuthenticationEror", ""}, apiErr.Code) { // want `^unknown Ark error code "AuthenticationEror"; did you mean "AuthenticationError"\?$`
		return true
	}
	if slices.Contains(retryable, apiErr.Code) || slices.Contains(retryable, apiErr.Code) {
		return true
	}
	if slices.Contains(models, apiErr.Message) {
		return true
	}
	return slices.Contains([]string{"AuthenticationEror"}, apiErr.Message)
}
