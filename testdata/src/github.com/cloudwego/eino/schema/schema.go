// Package schema is a test stub of eino's message and stream types.
package schema

type RoleType string

const (
	Assistant RoleType = "assistant"
	User      RoleType = "user"
)

type Message struct {
	Role    RoleType `json:"role"`
	Content string   `json:"content"`
}

func UserMessage(content string) *Message { return &Message{Role: User, Content: content} }

// StreamReader is what a model's Stream returns. Recv forwards the error the
// model's reader sent, unchanged.
type StreamReader[T any] struct{ items []T }

func (sr *StreamReader[T]) Recv() (T, error) {
	var zero T
	return zero, nil
}

func (sr *StreamReader[T]) Close() {}
