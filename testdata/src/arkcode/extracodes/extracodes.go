// Package extracodes compares codes that only a user's extra table knows.
package extracodes

import "github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"

func classify(apiErr *model.APIError) string {
	switch apiErr.Code {
	case "ModelQuotaGone": // in the extra table
		return "never"
	case "ServerOverloded": // want `did you mean "ServerOverloaded"\?$`
		return "retry"
	}
	if apiErr.Code == "ModelQuotaGon" { // want `^unknown Ark error code "ModelQuotaGon"; did you mean "ModelQuotaGone"\?$`
		return "never"
	}
	return ""
}
