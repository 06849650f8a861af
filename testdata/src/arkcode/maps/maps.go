// Package maps looks codes up in maps keyed by codes.
package maps

import (
	"errors"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// retryAfter is keyed by codes: it is indexed with one below.
var retryAfter = map[string]int{
	"RateLimitExceeded.EndpointRPMExceeded": 60,
	"RateLimitExceeded.EndpointTPMExceded":  60, // want `^unknown Ark error code "RateLimitExceeded.EndpointTPMExceded"; did you mean "RateLimitExceeded.EndpointTPMExceeded"\?$`
	"ServerOverloaded":                      5,
	"":                                      0,
}

// modelAlias is keyed by model names, and never indexed with a code.
var modelAlias = map[string]string{
	"DoubaoSeedPro":   "doubao-seed-1-6",
	"ServerOverloded": "x",
}

func lookups(err error) int {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return 0
	}
	// Looked up twice, reported once.
	if s, ok := retryAfter[apiErr.Code]; ok {
		return s
	}
	n := retryAfter[apiErr.Code]

	kind := map[string]string{
		"AccessDenied":       "auth",
		"AuthenticationEror": "auth", // want `^unknown Ark error code "AuthenticationEror"; did you mean "AuthenticationError"\?$`
		"QuotaExceeded":      "quota",
	}[apiErr.Code]
	_ = kind

	// The fix would duplicate a key, which does not compile: none offered.
	dup := map[string]bool{"SetLimitExceeded": true, "SetLimitExceded": true} // want `did you mean "SetLimitExceeded"\?$`
	if dup[apiErr.Code] {
		return 2
	}

	local := map[string]bool{"SetLimitExceded": true} // want `^unknown Ark error code "SetLimitExceded"; did you mean "SetLimitExceeded"\?$`
	if local[apiErr.Code] {
		return 1
	}

	// Keyed by codes only by chance: indexed with other strings.
	_ = modelAlias[apiErr.Message]
	_ = map[string]int{"ModelQuotaGone": 1}[apiErr.Message]
	return n
}
