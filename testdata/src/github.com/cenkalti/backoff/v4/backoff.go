// Package backoff is a test stub of github.com/cenkalti/backoff/v4: Retry,
// its policy and Permanent.
package backoff

type Operation func() error

type BackOff interface{ NextBackOff() int64 }

type ExponentialBackOff struct{}

func (b *ExponentialBackOff) NextBackOff() int64 { return 0 }

func NewExponentialBackOff() *ExponentialBackOff { return &ExponentialBackOff{} }

func Retry(o Operation, b BackOff) error { return o() }

type PermanentError struct{ Err error }

func (e *PermanentError) Error() string { return e.Err.Error() }

func Permanent(err error) error { return &PermanentError{err} }
