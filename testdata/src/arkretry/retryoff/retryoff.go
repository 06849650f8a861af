// Package retryoff holds rule 4 of arkretry: the SDK's retries switched off
// in a package where nothing handles a 429.
package retryoff

import (
	"context"
	"fmt"
	"os"

	"arkretry/retryoff/proxy"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

var client = arkruntime.NewClientWithApiKey(os.Getenv("ARK_API_KEY"), arkruntime.WithRetryTimes(0)) // want `^WithRetryTimes\(0\) turns off the SDK's retries for client, and nothing in this package handles a 429; back off on the retryable 429 codes or keep the SDK's retries$`

const noRetries = 0

func newClient(key string, retries int) *arkruntime.Client {
	_ = arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(noRetries)) // want `WithRetryTimes\(0\) turns off the SDK's retries`
	_ = arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(3))
	return arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(retries))
}

// Only wraps the error: nothing here backs off.
func chat(ctx context.Context, req model.ChatRequest) error {
	if _, err := client.CreateChatCompletion(ctx, req); err != nil {
		return fmt.Errorf("chat: %w", err)
	}
	return nil
}

// A client with retries off that the package only hands to another
// package's code: its calls are made out of view. Quiet.
func wire(key string) *proxy.Stream {
	streamCli := arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(0))
	return proxy.New(streamCli)
}

// The same with the option appended to the common ones. Quiet.
func wireWith(key string, common []arkruntime.ConfigOption) *proxy.Stream {
	jobCli := arkruntime.NewClientWithApiKey(key, append(common, arkruntime.WithRetryTimes(0))...)
	return proxy.New(jobCli)
}

// Handed to the package's own code, its calls are in view, and nothing
// here handles a 429.
type ownProxy struct{ c *arkruntime.Client }

func newOwnProxy(c *arkruntime.Client) *ownProxy { return &ownProxy{c: c} }

func wireOwn(key string) *ownProxy {
	ownCli := arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(0)) // want `^WithRetryTimes\(0\) turns off the SDK's retries for ownCli, and nothing in this package handles a 429`
	return newOwnProxy(ownCli)
}

// Clients built for the rest of the program and returned in a struct: the
// package makes no call on them, so their calls are out of view. Quiet.
type Clients struct {
	Chat  *arkruntime.Client
	Batch *arkruntime.Client
}

func NewClients(key string) *Clients {
	return &Clients{
		Chat:  arkruntime.NewClientWithApiKey(key),
		Batch: arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(0)),
	}
}

// A local put in a field of each element of a slice returned to the
// program, the field read nowhere here: quiet. The same with the field
// read here, by a call nothing checks for a 429: reported.
type Endpoint struct {
	Name   string
	Client *arkruntime.Client
}

func BuildEndpoints(keys []string) []*Endpoint {
	out := make([]*Endpoint, 0, len(keys))
	for _, k := range keys {
		c := arkruntime.NewClientWithApiKey(k, arkruntime.WithRetryTimes(0))
		out = append(out, &Endpoint{Name: k, Client: c})
	}
	return out
}

type probeEndpoint struct {
	name   string
	client *arkruntime.Client
}

func buildProbes(keys []string) []*probeEndpoint {
	out := make([]*probeEndpoint, 0, len(keys))
	for _, k := range keys {
		c := arkruntime.NewClientWithApiKey(k, arkruntime.WithRetryTimes(0)) // want `^WithRetryTimes\(0\) turns off the SDK's retries for probeEndpoint.client, and nothing in this package handles a 429`
		out = append(out, &probeEndpoint{name: k, client: c})
	}
	return out
}

func (p *probeEndpoint) probe(ctx context.Context, req model.ChatRequest) error {
	_, err := p.client.CreateChatCompletion(ctx, req)
	return err
}

// The same struct, but the package calls the client itself, and nothing
// here handles a 429.
type Translator struct{ ark *arkruntime.Client }

func NewTranslator(key string) *Translator {
	return &Translator{ark: arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(0))} // want `^WithRetryTimes\(0\) turns off the SDK's retries for Translator.ark, and nothing in this package handles a 429`
}

func (t *Translator) Translate(ctx context.Context, req model.ChatRequest) error {
	_, err := t.ark.CreateChatCompletion(ctx, req)
	return err
}

// A constructor returning the client to the rest of the program, which
// the package never calls: the calls are made out of view. Quiet.
func NewBatch(key string, common []arkruntime.ConfigOption) *arkruntime.Client {
	opts := append(common, arkruntime.WithRetryTimes(0))
	return arkruntime.NewClientWithApiKey(key, opts...)
}

func NewQuiet(key string) *arkruntime.Client {
	return arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(0))
}

// One the package calls itself, where nothing handles a 429.
func newSummarizer(key string) *arkruntime.Client {
	return arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(0)) // want `^WithRetryTimes\(0\) turns off the SDK's retries, and nothing in this package handles a 429`
}

func summarize(ctx context.Context, key string, req model.ChatRequest) error {
	_, err := newSummarizer(key).CreateChatCompletion(ctx, req)
	return err
}
