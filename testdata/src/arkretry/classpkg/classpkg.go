// Package classpkg is an application's classifier of Ark errors, in a
// package of its own: other packages retry what its Retryable says.
package classpkg

import (
	"errors"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// Class is what an error means for the caller.
type Class int

const (
	ClassFatal Class = iota
	ClassRateLimited
	ClassTransient
)

// Retryable says which classes the callers retry.
func (c Class) Retryable() bool { return c == ClassRateLimited || c == ClassTransient }

// Classify gives every 429 a retried class.
func Classify(err error) Class {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return ClassFatal
	}
	switch status := apiErr.HTTPStatusCode; {
	case status == 429: // want `^retrying every 429 also retries QuotaExceeded and SetLimitExceeded`
		return ClassRateLimited
	case status >= 500:
		return ClassTransient
	}
	return ClassFatal
}

// Kind is another classification, whose predicate is about giving up.
type Kind int

const (
	KindFatal Kind = iota
	KindBusy
)

// Fatal says which kinds the callers give up on.
func (k Kind) Fatal() bool { return k == KindFatal }

// KindOf gives every 429 KindBusy, which nothing says is retried: quiet.
func KindOf(err error) Kind {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 {
		return KindBusy
	}
	return KindFatal
}

// Sorted leaves out the codes waiting does not clear first: quiet.
func Sorted(err error) Class {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return ClassFatal
	}
	switch apiErr.Code {
	case "QuotaExceeded", "SetLimitExceeded":
		return ClassFatal
	}
	if apiErr.HTTPStatusCode == 429 {
		return ClassRateLimited
	}
	return ClassFatal
}

// ByCode names every retryable 429 code but the per-minute image limit: in
// a package that makes no call itself, nothing says an image is ever
// generated, so that code is no gap. Quiet.
func ByCode(err error) Class {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return ClassFatal
	}
	switch apiErr.Code {
	case "APIAccountRpmRateLimitExceeded", "AccountRateLimitExceeded", "InflightBatchsizeExceeded",
		"ModelAccountRpmRateLimitExceeded", "ModelAccountTpmRateLimitExceeded", "RateLimitExceeded.EndpointRPMExceeded",
		"RateLimitExceeded.EndpointTPMExceeded", "RequestBurstTooFast", "ServerOverloaded":
		return ClassRateLimited
	}
	return ClassFatal
}
