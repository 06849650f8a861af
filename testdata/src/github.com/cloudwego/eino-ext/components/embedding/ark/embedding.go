// Package ark is a test stub of eino-ext's Ark embedder (v0.1.2).
// EmbedStrings wraps the SDK's error: fmt.Errorf("[Ark] CreateEmbeddings
// error: %w", err).
package ark

import (
	"context"
	"net/http"

	"github.com/cloudwego/eino/components/embedding"
)

type EmbeddingConfig struct {
	BaseURL    string
	HTTPClient *http.Client `json:"-"`
	RetryTimes *int         `json:"retry_times"`
	APIKey     string
	Model      string
}

type Embedder struct{ conf *EmbeddingConfig }

func NewEmbedder(ctx context.Context, config *EmbeddingConfig) (*Embedder, error) {
	return &Embedder{conf: config}, nil
}

func (e *Embedder) EmbedStrings(ctx context.Context, texts []string, opts ...embedding.Option) (embeddings [][]float64, err error) {
	return
}
