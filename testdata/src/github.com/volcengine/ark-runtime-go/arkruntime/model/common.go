package model

import "net/http"

const (
	ClientRequestHeader = "X-Client-Request-Id"
	ServerRequestHeader = "X-Request-Id"
	RetryAfterHeader    = "Retry-After"
	RetryAfterMSHeader  = "Retry-After-Ms"
	ShouldRetryHeader   = "X-Should-Retry"
)

type Response interface {
	SetHeader(http.Header)
	GetHeader() http.Header
}

type HttpHeader http.Header

func (h *HttpHeader) SetHeader(header http.Header) { *h = HttpHeader(header) }
func (h *HttpHeader) GetHeader() http.Header       { return http.Header(*h) }
func (h *HttpHeader) Header() http.Header          { return http.Header(*h) }
