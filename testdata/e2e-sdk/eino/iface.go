package main

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/cloudwego/eino-ext/components/model/ark"
	einomodel "github.com/cloudwego/eino/components/model"
	"github.com/cloudwego/eino/schema"
)

// assistant keeps its Ark model behind eino's interface, as eino code does:
// calls through the interface reach Ark in a package that builds the model.
type assistant struct {
	llm einomodel.ToolCallingChatModel
}

func newAssistant(ctx context.Context, cfg *ark.ChatModelConfig) (*assistant, error) {
	cm, err := ark.NewChatModel(ctx, cfg)
	if err != nil {
		return nil, err
	}
	return &assistant{llm: cm}, nil
}

// ask retries every error of the model behind the interface.
func (a *assistant) ask(ctx context.Context, in []*schema.Message) (*schema.Message, error) {
	var lastErr error
	for i := 0; i < 3; i++ {
		out, err := a.llm.Generate(ctx, in)
		if err != nil {
			lastErr = err
			time.Sleep(time.Second)
			continue
		}
		return out, nil
	}
	return nil, lastErr
}

// askText finds the 429 in the error's text and retries every one.
func (a *assistant) askText(ctx context.Context, in []*schema.Message) (*schema.Message, error) {
	for {
		out, err := a.llm.Generate(ctx, in)
		if err == nil {
			return out, nil
		}
		if strings.Contains(err.Error(), "429") {
			time.Sleep(2 * time.Second)
			continue
		}
		return nil, err
	}
}

// askBusy hands a 429 to the user instead of retrying.
func (a *assistant) askBusy(ctx context.Context, in []*schema.Message) (*schema.Message, error) {
	out, err := a.llm.Generate(ctx, in)
	if err != nil && strings.Contains(err.Error(), "429") {
		return nil, errors.New("the assistant is busy, try again later")
	}
	return out, err
}

var _ = newAssistant
