// Package compose is a test stub of eino's compose package (v0.9.x): a
// compiled chain or graph is a Runnable whose methods run its nodes, the
// chat model among them, and hand back their errors wrapped.
package compose

import (
	"context"

	"github.com/cloudwego/eino/components/model"
	"github.com/cloudwego/eino/schema"
)

type Option struct{}

type Runnable[I, O any] interface {
	Invoke(ctx context.Context, input I, opts ...Option) (output O, err error)
	Stream(ctx context.Context, input I, opts ...Option) (output *schema.StreamReader[O], err error)
	Collect(ctx context.Context, input *schema.StreamReader[I], opts ...Option) (output O, err error)
	Transform(ctx context.Context, input *schema.StreamReader[I], opts ...Option) (output *schema.StreamReader[O], err error)
}

type NewGraphOption func()

type GraphAddNodeOpt func()

type GraphCompileOption func()

type Chain[I, O any] struct{}

func NewChain[I, O any](opts ...NewGraphOption) *Chain[I, O] { return &Chain[I, O]{} }

func (c *Chain[I, O]) AppendChatModel(node model.BaseChatModel, opts ...GraphAddNodeOpt) *Chain[I, O] {
	return c
}

func (c *Chain[I, O]) Compile(ctx context.Context, opts ...GraphCompileOption) (Runnable[I, O], error) {
	return nil, nil
}
