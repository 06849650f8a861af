// Package responses is a test stub of ark-runtime-go's generated Responses
// API types.
package responses

import "net/http"

type OptBool struct {
	Value bool
	Set   bool
}

type OptString struct {
	Value string
	Set   bool
}

type ResponsesRequest struct {
	Model  string  `json:"model"`
	Stream OptBool `json:"stream"`
}

type ResponseError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

func (s *ResponseError) GetCode() string    { return s.Code }
func (s *ResponseError) GetMessage() string { return s.Message }

type OptResponseError struct {
	Value ResponseError
	Set   bool
}

type Response struct {
	ID    string           `json:"id"`
	Error OptResponseError `json:"error"`
}

type ResponseWithHeader struct {
	Response
	header http.Header
}

func (r *ResponseWithHeader) SetHeader(h http.Header) { r.header = h }
func (r *ResponseWithHeader) GetHeader() http.Header  { return r.header }

// ResponseErrorEventType is the type of the event, always "error".
type ResponseErrorEventType string

const ResponseErrorEventTypeError ResponseErrorEventType = "error"

type ResponseErrorEvent struct {
	Type           ResponseErrorEventType `json:"type"`
	Code           OptString              `json:"code"`
	Message        string                 `json:"message"`
	Param          OptString              `json:"param"`
	SequenceNumber int64                  `json:"sequence_number"`
}

func (s *ResponseErrorEvent) GetType() ResponseErrorEventType { return s.Type }
func (s *ResponseErrorEvent) GetCode() OptString              { return s.Code }
func (s *ResponseErrorEvent) GetMessage() string              { return s.Message }

type ResponseStreamEvent struct {
	Type               string
	ResponseErrorEvent ResponseErrorEvent
}
