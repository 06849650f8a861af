// Package apierror is a test stub of openai-go v1's internal error type.
package apierror

import (
	"fmt"
	"net/http"
)

type Error struct {
	Code       string `json:"code,required"`
	Message    string `json:"message,required"`
	Param      string `json:"param,required"`
	Type       string `json:"type,required"`
	StatusCode int
	Request    *http.Request
	Response   *http.Response
}

func (r *Error) Error() string {
	return fmt.Sprintf("%s %q: %d %s", r.Request.Method, r.Request.URL, r.Response.StatusCode, http.StatusText(r.Response.StatusCode))
}
