// Package embedding is a test stub of eino's embedder options.
package embedding

type Option struct{}
