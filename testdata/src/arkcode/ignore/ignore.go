// Package ignore silences findings with directives.
package ignore

import "github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"

func classify(apiErr *model.APIError) bool {
	if apiErr.Code == "ModelQuotaGone" { //arkvet:ignore our gateway sends this code, see ADR-12
		return true
	}
	//arkvet:ignore our gateway sends this code too
	if apiErr.Code == "ModelQuotaGone2" {
		return true
	}
	if apiErr.Code == "ModelQuotaGone3" { //nolint:arkvet // golangci-lint's form
		return true
	}
	if apiErr.Code == "ModelQuotaGone4" { //nolint:errcheck,arkcode
		return true
	}
	// A directive with no reason is reported, and silences nothing.
	if apiErr.Code == "ModelQuotaGone5" { /* // want `unknown Ark error code "ModelQuotaGone5"` `^//arkvet:ignore needs a reason after it; it silences nothing without one$` */ //arkvet:ignore
		return true
	}
	/* // want `^//arkvet:ignore needs a reason after it; it silences nothing without one$` */ //arkvet:ignore
	if apiErr.Code == "ModelQuotaGone6" {                                                      // want `unknown Ark error code "ModelQuotaGone6"`
		return true
	}
	// A directive two lines up silences nothing.
	//arkvet:ignore too far away

	return apiErr.Code == "ModelQuotaGone7" // want `unknown Ark error code "ModelQuotaGone7"`
}
