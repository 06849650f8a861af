// Package getters compares codes that functions of its own give back, and a
// go-openai code asserted to a string.
package getters

import (
	"errors"

	openai "github.com/sashabaranov/go-openai"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

func client() *openai.Client {
	cfg := openai.DefaultConfig("key")
	cfg.BaseURL = "https://ark.cn-beijing.volces.com/api/v3"
	return openai.NewClientWithConfig(cfg)
}

// codeOf gives back an Ark error's code.
func codeOf(err error) string {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		return apiErr.Code
	}
	return ""
}

// compatCode gives back the code of a go-openai error from Ark, and its
// status.
func compatCode(err error) (string, int, bool) {
	var apiErr *openai.APIError
	if !errors.As(err, &apiErr) {
		return "", 0, false
	}
	code, _ := apiErr.Code.(string)
	return code, apiErr.HTTPStatusCode, true
}

// label is not a getter: it gives back other text too.
func label(err error) string {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		return apiErr.Code
	}
	return "other"
}

func overloaded(err error) bool {
	return codeOf(err) == "ServerOverload" // want `^unknown Ark error code "ServerOverload"; did you mean "ServerOverloaded"\?$`
}

func quota(err error) bool {
	code, _, ok := compatCode(err)
	return ok && code == "QuotaExceded" // want `^unknown Ark error code "QuotaExceded"; did you mean "QuotaExceeded"\?$`
}

func asserted(apiErr *openai.APIError) bool {
	code, _ := apiErr.Code.(string)
	return code == "SetLimitExcede" // want `^unknown Ark error code "SetLimitExcede"; did you mean "SetLimitExceeded"\?$`
}

// A look-alike on text that is not only a code: quiet.
func other(err error) bool {
	return label(err) == "ServerOverload"
}
