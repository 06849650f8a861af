// Package apierror is a test stub of openai-go's internal error type.
package apierror

import (
	"fmt"
	"net/http"
)

type Error struct {
	Code       string `json:"code"`
	Message    string `json:"message"`
	Param      string `json:"param"`
	Type       string `json:"type"`
	StatusCode int
	Request    *http.Request
	Response   *http.Response
}

func (r *Error) Error() string {
	return fmt.Sprintf("%d %s", r.StatusCode, http.StatusText(r.StatusCode))
}
