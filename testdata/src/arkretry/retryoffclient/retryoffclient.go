// Package retryoffclient handles 429s for one client and turns the SDK's
// retries off for another whose calls nothing backs off.
package retryoffclient

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// The interactive client keeps the SDK's retries and backs off on 429s.
var chatClient = arkruntime.NewClientWithApiKey(os.Getenv("ARK_API_KEY"))

func chat(ctx context.Context, req model.ChatRequest) error {
	for attempt := 0; ; attempt++ {
		_, err := chatClient.CreateChatCompletion(ctx, req)
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && (apiErr.Code == "SetLimitExceeded" || apiErr.Code == "QuotaExceeded") {
			return err
		}
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 && attempt < 3 {
			time.Sleep(time.Duration(attempt+1) * time.Second)
			continue
		}
		return err
	}
}

// The bulk client turns retries off, and nothing handles its 429s: the
// import fails on the first rate limit.
var bulkClient = arkruntime.NewClientWithApiKey(os.Getenv("ARK_API_KEY"), arkruntime.WithRetryTimes(0)) // want `^WithRetryTimes\(0\) turns off the SDK's retries for bulkClient, and nothing handles a 429 of its calls \(CreateChatCompletion in importOne\); back off on the retryable 429 codes or keep the SDK's retries$`

func importOne(ctx context.Context, req model.ChatRequest) error {
	if _, err := bulkClient.CreateChatCompletion(ctx, req); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	return nil
}

func importAll(ctx context.Context, reqs []model.ChatRequest) error {
	for _, r := range reqs {
		if err := importOne(ctx, r); err != nil {
			return err
		}
	}
	return nil
}

// runImport ends the error's way: it logs it.
func runImport(ctx context.Context, reqs []model.ChatRequest) {
	if err := importAll(ctx, reqs); err != nil {
		log.Printf("import failed: %v", err)
	}
}

// The nightly client turns retries off too, but its errors go to an
// exported function's caller, out of view: quiet.
var nightlyClient = arkruntime.NewClientWithApiKey(os.Getenv("ARK_API_KEY"), arkruntime.WithRetryTimes(0))

func Nightly(ctx context.Context, req model.ChatRequest) error {
	_, err := nightlyClient.CreateChatCompletion(ctx, req)
	return err
}

type indexer struct {
	client *arkruntime.Client
	handed *arkruntime.Client
}

// The indexer's own client, its calls' errors handed to a caller that backs
// off on 429s: quiet.
func newIndexer(key string) *indexer {
	return &indexer{
		client: arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(0)),
		handed: arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(0)),
	}
}

func (ix *indexer) embed(ctx context.Context) error {
	_, err := ix.client.CreateChatCompletion(ctx, nil)
	return err
}

func (ix *indexer) run(ctx context.Context) error {
	for {
		err := ix.embed(ctx)
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 && apiErr.Code != "SetLimitExceeded" && apiErr.Code != "QuotaExceeded" {
			time.Sleep(time.Second)
			continue
		}
		return err
	}
}

// handed is handed to another function: it may be called out of view, and
// is not judged.
func (ix *indexer) share(use func(*arkruntime.Client)) {
	use(ix.handed)
	_, _ = ix.handed.CreateChatCompletion(context.Background(), nil)
}

// A client built from a list of options holding WithRetryTimes(0), its
// errors counted as failures: nothing handles a 429 of its calls.
type reindexer struct {
	bulk   *arkruntime.Client
	failed int
}

func newReindexer(key string) *reindexer {
	opts := []arkruntime.ConfigOption{arkruntime.WithRetryTimes(0)} // want `^WithRetryTimes\(0\) turns off the SDK's retries for reindexer\.bulk, and nothing handles a 429 of its calls \(CreateChatCompletion in reindex\)`
	return &reindexer{bulk: arkruntime.NewClientWithApiKey(key, opts...)}
}

func (r *reindexer) reindex(ctx context.Context, reqs []model.ChatRequest) {
	for _, req := range reqs {
		if _, err := r.bulk.CreateChatCompletion(ctx, req); err != nil {
			r.failed++
		}
	}
}

// A local client put in a field, the field's calls counted as failures.
type replayer struct {
	cli    *arkruntime.Client
	failed int
}

func newReplayer(key string) *replayer {
	cli := arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(0)) // want `^WithRetryTimes\(0\) turns off the SDK's retries for replayer\.cli, and nothing handles a 429 of its calls \(CreateChatCompletion in replay\)`
	return &replayer{cli: cli}
}

func (r *replayer) replay(ctx context.Context, reqs []model.ChatRequest) {
	for _, req := range reqs {
		if _, err := r.cli.CreateChatCompletion(ctx, req); err != nil {
			r.failed++
		}
	}
}

// The option reaches the constructor in a list made for it: appended to
// the common options, or through a local helper returning the list.
type prewarmer struct {
	warm, tags *arkruntime.Client
	failed     int
}

func newPrewarmer(key string, common []arkruntime.ConfigOption) *prewarmer {
	with := func(extra ...arkruntime.ConfigOption) []arkruntime.ConfigOption {
		return append(append([]arkruntime.ConfigOption{}, common...), extra...)
	}
	return &prewarmer{
		warm: arkruntime.NewClientWithApiKey(key, with(arkruntime.WithRetryTimes(0))...),           // want `^WithRetryTimes\(0\) turns off the SDK's retries for prewarmer\.warm, and nothing handles a 429 of its calls \(CreateChatCompletion in prewarm\)`
		tags: arkruntime.NewClientWithApiKey(key, append(common, arkruntime.WithRetryTimes(0))...), // want `^WithRetryTimes\(0\) turns off the SDK's retries for prewarmer\.tags, and nothing handles a 429 of its calls \(CreateChatCompletion in tag\)`
	}
}

func (p *prewarmer) prewarm(ctx context.Context, req model.ChatRequest) {
	if _, err := p.warm.CreateChatCompletion(ctx, req); err != nil {
		log.Printf("prewarm: %v", err)
	}
}

func (p *prewarmer) tag(ctx context.Context, req model.ChatRequest) {
	if _, err := p.tags.CreateChatCompletion(ctx, req); err != nil {
		p.failed++
	}
}

// A list appended to and kept before it is handed over: the same.
type labeler struct{ labels *arkruntime.Client }

func newLabeler(key string, common []arkruntime.ConfigOption) *labeler {
	opts := append(common, arkruntime.WithRetryTimes(0)) // want `^WithRetryTimes\(0\) turns off the SDK's retries for labeler\.labels, and nothing handles a 429 of its calls \(CreateChatCompletion in label\)`
	return &labeler{labels: arkruntime.NewClientWithApiKey(key, opts...)}
}

func (l *labeler) label(ctx context.Context, req model.ChatRequest) bool {
	_, err := l.labels.CreateChatCompletion(ctx, req)
	return err == nil
}

// A client built so and only handed to another package's code, which may
// back off: not judged here.
func handedOnly(key string, common []arkruntime.ConfigOption, use func(*arkruntime.Client)) {
	jobs := arkruntime.NewClientWithApiKey(key, append(common, arkruntime.WithRetryTimes(0))...)
	use(jobs)
}

// An exported function whose caller could back off, but the error stops
// here, turned into a status: nothing handles its 429.
type Clip struct{ Failed bool }

var renderClient = arkruntime.NewClientWithApiKey(os.Getenv("ARK_API_KEY"), arkruntime.WithRetryTimes(0)) // want `^WithRetryTimes\(0\) turns off the SDK's retries for renderClient, and nothing handles a 429 of its calls \(CreateChatCompletion in Render\)`

func Render(ctx context.Context, req model.ChatRequest) (*Clip, error) {
	if _, err := renderClient.CreateChatCompletion(ctx, req); err != nil {
		log.Printf("render: %v", err)
		return &Clip{Failed: true}, nil
	}
	return &Clip{}, nil
}

// The same, handing the error up to a caller out of view. Quiet.
var exportClient = arkruntime.NewClientWithApiKey(os.Getenv("ARK_API_KEY"), arkruntime.WithRetryTimes(0))

func Export(ctx context.Context, req model.ChatRequest) (*Clip, error) {
	if _, err := exportClient.CreateChatCompletion(ctx, req); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	return &Clip{}, nil
}

// Its only 429 check is on *model.RequestError, which misses Ark's 429s
// (wrong-error-type reports it): it handles none.
var purgeClient = arkruntime.NewClientWithApiKey(os.Getenv("ARK_API_KEY"), arkruntime.WithRetryTimes(0)) // want `^WithRetryTimes\(0\) turns off the SDK's retries for purgeClient, and nothing handles a 429 of its calls \(CreateChatCompletion in purge\)`

func purge(ctx context.Context, reqs []model.ChatRequest) {
	for i := 0; i < len(reqs); {
		_, err := purgeClient.CreateChatCompletion(ctx, reqs[i])
		var reqErr *model.RequestError
		if errors.As(err, &reqErr) && reqErr.HTTPStatusCode == 429 { // want `so this 429 check misses them`
			time.Sleep(time.Second)
			continue
		}
		i++
	}
}
