// Package model is a test stub of ark-runtime-go's model package: its error
// types and header names, at the real import path, and nothing more.
package model

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
)

type APIError struct {
	Code           string      `json:"code,omitempty"`
	Message        string      `json:"message"`
	Param          *string     `json:"param,omitempty"`
	Type           string      `json:"type"`
	HTTPStatusCode int         `json:"-"`
	RequestId      string      `json:"request_id"`
	ResponseHeader http.Header `json:"-"`
}

type RequestError struct {
	HTTPStatusCode int
	Err            error
	RequestId      string      `json:"request_id"`
	ResponseHeader http.Header `json:"-"`
}

func NewRequestError(httpStatusCode int, rawErr error, requestID string) *RequestError {
	return &RequestError{HTTPStatusCode: httpStatusCode, Err: rawErr, RequestId: requestID}
}

type ErrorResponse struct {
	Error *APIError `json:"error,omitempty"`
}

func (e *APIError) Error() string {
	s, _ := json.Marshal(e)
	return fmt.Sprintf("Error code: %d - %s", e.HTTPStatusCode, string(s))
}

func (e *RequestError) Error() string {
	return fmt.Sprintf("RequestError code: %d, err: %v, request_id: %s", e.HTTPStatusCode, e.Err, e.RequestId)
}

func (e *RequestError) Unwrap() error { return e.Err }

func (e *APIError) GetHeader() http.Header {
	if e == nil {
		return nil
	}
	return e.ResponseHeader
}

func (e *RequestError) GetHeader() http.Header {
	if e == nil {
		return nil
	}
	return e.ResponseHeader
}

var (
	ErrTooManyEmptyStreamMessages = errors.New("stream has sent too many empty messages")
	ErrBodyWithoutProjectName     = errors.New("project name is required for preset endpoint")
)
