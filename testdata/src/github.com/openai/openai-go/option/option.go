// Package option is a test stub of openai-go v1's request options.
package option

type requestConfig struct{ baseURL, apiKey string }

type RequestOption func(*requestConfig) error

func WithBaseURL(base string) RequestOption {
	return func(r *requestConfig) error { r.baseURL = base; return nil }
}
func WithAPIKey(key string) RequestOption {
	return func(r *requestConfig) error { r.apiKey = key; return nil }
}
