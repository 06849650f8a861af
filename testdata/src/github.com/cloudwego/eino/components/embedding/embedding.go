// Package embedding is a test stub of eino's embedder interface.
package embedding

import "context"

type Option struct{}

type Embedder interface {
	EmbedStrings(ctx context.Context, texts []string, opts ...Option) ([][]float64, error)
}
