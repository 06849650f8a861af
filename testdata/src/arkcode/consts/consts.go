// Package consts compares codes with named constants.
package consts

import (
	"arkcode/consts/names"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// Constants of this package are reported once, at their declaration,
// naming the constant; the fix edits the literal there.
const (
	codeRPM      = "RateLimitExceeded.EndpointRPMExceed" // want `^codeRPM: unknown Ark error code "RateLimitExceeded.EndpointRPMExceed"; did you mean "RateLimitExceeded.EndpointRPMExceeded"\?$`
	codeTPM      = "RateLimitExceeded.EndpointTPMExceeded"
	codeQuota    = `QuotaExceded`   // want `^codeQuota: unknown Ark error code "QuotaExceded"; did you mean "QuotaExceeded"\?$`
	codeUnknown  = "ModelQuotaGone" // want `^codeUnknown: unknown Ark error code "ModelQuotaGone"; no Ark error-code table lists it`
	codeComputed = "Server" + "Overloded"
	notACode     = "ServerOverloded" // never compared with a code
)

func compare(apiErr *model.APIError) string {
	switch apiErr.Code {
	case codeRPM:
		return "rpm"
	case codeTPM, names.Burst:
		return "tpm"
	case codeQuota:
		return "quota"
	}
	// Used twice: reported once, at the declaration.
	if apiErr.Code == codeRPM {
		return "rpm"
	}
	if apiErr.Code == codeUnknown {
		return "?"
	}
	// No literal to fix: reported at the use, no fix.
	if apiErr.Code == codeComputed { // want `^codeComputed: unknown Ark error code "ServerOverloded"; did you mean "ServerOverloaded"\?$`
		return "overloaded"
	}
	// Declared in another package: reported at each use, no fix.
	if apiErr.Code == names.Overloaded { // want `^names.Overloaded: unknown Ark error code "ServerOverloded"; did you mean "ServerOverloaded"\?$`
		return "overloaded"
	}
	const local = "SetLimitExceded" // want `^local: unknown Ark error code "SetLimitExceded"; did you mean "SetLimitExceeded"\?$`
	if apiErr.Code == local {
		return "never"
	}
	if apiErr.Message == notACode {
		return ""
	}
	return ""
}

// A computed constant compared twice: reported at each use, no fix.
func computedTwice(apiErr *model.APIError) bool {
	return apiErr.Code == codeComputed || // want `^codeComputed: unknown Ark error code "ServerOverloded"`
		apiErr.Message == "" && apiErr.Code == codeComputed // want `^codeComputed: unknown Ark error code "ServerOverloded"`
}
