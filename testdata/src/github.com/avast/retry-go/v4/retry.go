// Package retry is a test stub of github.com/avast/retry-go/v4: Do and the
// options that decide what is retried.
package retry

type RetryableFunc func() error

type RetryIfFunc func(error) bool

type Option func(*Config)

type Config struct{}

func Do(retryableFunc RetryableFunc, opts ...Option) error { return retryableFunc() }

func Attempts(attempts uint) Option { return func(*Config) {} }

func RetryIf(retryIf RetryIfFunc) Option { return func(*Config) {} }

func Unrecoverable(err error) error { return err }
