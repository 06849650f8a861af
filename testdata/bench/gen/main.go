// Command gen writes the Ark-heavy benchmark corpus of arkvet: a module of
// packages that call the real Ark SDK (volcengine-go-sdk v1.1.35) and handle
// its errors in every shape arkvet's analyzers read: switches and if-chains
// on codes, errors.As, type assertions and type switches, maps and slices of
// codes, code-like words searched in error text, log and log/slog calls,
// re-wrapped errors, retry loops and predicates, stream Recv loops, and the
// SDK's WithRetryTimes option. Most of it is correct code; one file in seven
// carries the mistakes arkvet reports, as code never checked does.
//
// Every package has the same number of files and functions, so a corpus of
// 4N packages holds exactly 4x the code of one of N packages.
//
//	go run ./testdata/bench/gen -out DIR -pkgs N [-files F] [-repeat R]
//
// Code grows three ways, so that cost that grows faster than the code shows
// wherever it hides: more packages (-pkgs), more files in each package
// (-files: work per package that is quadratic), and longer function bodies
// (-repeat, each function body repeated in blocks: work per call that
// rescans its function), each keeping the code's mix of shapes.
//
// It writes DIR/go.mod (module arkbench.example/gen, requiring the SDK) and
// DIR/pNNNN/*.go; run `go mod tidy` in DIR afterwards to fill go.sum. It lives
// under testdata so that `go build ./...` and `go vet ./...` of arkvet never
// see it; .ci/bench runs it.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"log"
	"os"
	"path/filepath"
	"strings"
	"text/template"
)

// sdkVersion is the SDK the corpus compiles against; .ci/bench downloads it.
const sdkVersion = "v1.1.35"

// Codes the generated code compares with, by their retry class in arkvet's
// table (codes/codes.txt).
var (
	backoff429 = []string{ // every 429 that waiting clears
		"RateLimitExceeded.EndpointRPMExceeded", "RateLimitExceeded.EndpointTPMExceeded",
		"ModelAccountRpmRateLimitExceeded", "ModelAccountTpmRateLimitExceeded",
		"ModelAccountIpmRateLimitExceeded", "APIAccountRpmRateLimitExceeded",
		"AccountRateLimitExceeded", "RequestBurstTooFast", "InflightBatchsizeExceeded", "ServerOverloaded",
	}
	never429 = []string{"QuotaExceeded", "SessionQuotaExceeded", "SetLimitExceeded"} // 429s it does not
	server   = []string{"InternalServiceError", "InternalError", "UpstreamUnavailable"}
	client   = []string{
		"InvalidParameter", "MissingParameter", "AuthenticationError", "AccessDenied",
		"AccountOverdueError", "ModelNotOpen", "InvalidEndpointOrModel.NotFound",
		"SensitiveContentDetected", "InputTextSensitiveContentDetected", "OutofContextError",
		"RequestTooLarge", "UnsupportedModel", "InvalidEndpoint.ClosedEndpoint",
	}
	// Near misses of real codes: arkcode's suggestions run on these.
	misspelled = []string{"RateLimitExceeded.EndpointRPMExceed", "InternalServiceErr", "InvalidParamter", "ModelNotOpened"}
)

func main() {
	out := flag.String("out", "", "directory to write the corpus module into (created)")
	pkgs := flag.Int("pkgs", 40, "number of packages")
	files := flag.Int("files", 4, "files per package")
	repeat := flag.Int("repeat", 1, "copies of each function body, each in its own block")
	flag.Parse()
	if *out == "" || *pkgs < 1 || *files < 1 || *repeat < 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := write(*out, *pkgs, *files, *repeat); err != nil {
		log.Fatal(err)
	}
}

func write(out string, pkgs, files, repeat int) error {
	mod := "module arkbench.example/gen\n\ngo 1.22\n\nrequire github.com/volcengine/volcengine-go-sdk " + sdkVersion + "\n"
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "go.mod"), []byte(mod), 0o644); err != nil {
		return err
	}
	for p := range pkgs {
		dir := filepath.Join(out, fmt.Sprintf("p%04d", p))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		if err := emit(filepath.Join(dir, "client.go"), clientFile(p), 1); err != nil {
			return err
		}
		for f := range files {
			if err := emit(filepath.Join(dir, fmt.Sprintf("handlers%d.go", f)), handlerFile(p, f, files), repeat); err != nil {
				return err
			}
		}
	}
	return nil
}

// emit formats src (so that a broken template fails here, not in the
// benchmark), with each function body repeated, and writes it.
func emit(path, src string, repeat int) error {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, src, parser.ParseComments)
	if err != nil {
		return fmt.Errorf("%v\n%s", err, src)
	}
	if repeat > 1 {
		// { body } { body } ...: each copy in a block of its own, so that
		// its variables do not clash; copies after a return are dead code,
		// which the analyzers read all the same.
		for _, d := range f.Decls {
			if fn, ok := d.(*ast.FuncDecl); ok && fn.Body != nil {
				body := fn.Body.List
				fn.Body.List = nil
				for range repeat {
					fn.Body.List = append(fn.Body.List, &ast.BlockStmt{List: body})
				}
			}
		}
	}
	var buf bytes.Buffer
	if err := format.Node(&buf, fset, f); err != nil {
		return err
	}
	b, err := format.Source(buf.Bytes())
	if err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	return os.WriteFile(path, b, 0o644)
}

// pick returns the i-th element of list, cycling.
func pick(list []string, i int) string { return list[i%len(list)] }

// clientFile is the package's client construction and shared helpers. Its
// retry option varies across packages: the default, more retries, none (the
// caller then owns retries) and, in one package in 16, a negative count.
func clientFile(p int) string {
	opt := "arkruntime.WithRetryTimes(3), arkruntime.WithTimeout(30 * time.Second)"
	switch {
	case p%16 == 5:
		opt = "arkruntime.WithRetryTimes(-1)"
	case p%4 == 1:
		opt = "arkruntime.WithRetryTimes(0)"
	case p%4 == 2:
		opt = "arkruntime.WithTimeout(time.Minute)"
	}
	return strings.NewReplacer("PKG", fmt.Sprintf("p%04d", p), "OPTS", opt).Replace(`// Package PKG is generated benchmark code for arkvet.
package PKG

import (
	"context"
	"os"
	"strings"
	"time"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// Service wraps an Ark client.
type Service struct {
	c     *arkruntime.Client
	model string
}

// New returns a Service for the endpoint named in the environment.
func New() *Service {
	c := arkruntime.NewClientWithApiKey(os.Getenv("ARK_API_KEY"), OPTS)
	return &Service{c: c, model: os.Getenv("ARK_ENDPOINT")}
}

func (s *Service) request(prompt string) model.ChatCompletionRequest {
	return model.ChatCompletionRequest{
		Model: s.model,
		Messages: []*model.ChatCompletionMessage{{
			Role:    model.ChatMessageRoleUser,
			Content: &model.ChatCompletionMessageContent{StringValue: &prompt},
		}},
	}
}

func text(resp model.ChatCompletionResponse) string {
	var b strings.Builder
	for _, ch := range resp.Choices {
		if ch.Message.Content != nil && ch.Message.Content.StringValue != nil {
			b.WriteString(*ch.Message.Content.StringValue)
		}
	}
	return b.String()
}

func backoff(attempt int) time.Duration {
	d := 500 * time.Millisecond << attempt
	if d > 8*time.Second {
		d = 8 * time.Second
	}
	return d
}

func withDeadline(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, 2*time.Minute)
}
`)
}

// handlerFile is one file of handlers: every shape once, with codes varied
// by package and file so that files are not copies. One file in seven is
// written the way arkvet reports (misspelled codes, 429s partly handled or
// retried whole, request IDs dropped); the others are correct.
func handlerFile(p, f, files int) string {
	i := p*files + f // a running index over all files of the corpus
	d := handlerData{
		Pkg: fmt.Sprintf("p%04d", p), F: fmt.Sprintf("_%d", f), Bad: i%7 == 3,
		All429: quoted(backoff429), Never429: quoted(never429),
		Never: never429, Backoff: backoff429,
		B429: pick(backoff429, i), SrvA: pick(server, i), SrvB: pick(server, i+1),
		CliA: pick(client, i), CliB: pick(client, i+1), CliC: pick(client, i+2),
		Odd: pick(server, i+2), Pair: []int{0, 1},
	}
	if d.Bad {
		d.Odd = pick(misspelled, i)
	}
	var b strings.Builder
	if err := handlerTemplate.Execute(&b, d); err != nil {
		log.Fatal(err)
	}
	return b.String()
}

type handlerData struct {
	Pkg, F                                  string
	Bad                                     bool
	All429, Never429                        string   // as Go string literals, comma-separated
	Never, Backoff                          []string // the same, as strings
	B429, SrvA, SrvB, CliA, CliB, CliC, Odd string
	Pair                                    []int // 0, 1: the Batch function's two blocks
}

// quoted is list as Go string literals separated by commas.
func quoted(list []string) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, ", ")
}

var handlerTemplate = template.Must(template.New("handlers").Parse(`package {{.Pkg}}

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// Named codes, used by the handlers below.
const (
	codeServer{{.F}} = "{{.SrvA}}"
	codeBurst{{.F}}  = "RequestBurstTooFast"
)

// retryableCodes{{.F}} is a map of codes indexed with an error's code.
var retryableCodes{{.F}} = map[string]bool{
{{- if .Bad}}
	"{{.B429}}": true,
{{- else}}{{range .Backoff}}
	"{{.}}": true,
{{- end}}{{end}}
	"{{.SrvA}}": true,
	"{{.SrvB}}": true,
}

// Classify{{.F}} sorts an Ark error with a tagged switch.
func (s *Service) Classify{{.F}}(ctx context.Context, prompt string) (string, error) {
	resp, err := s.c.CreateChatCompletion(ctx, s.request(prompt))
	if err == nil {
		return text(resp), nil
	}
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return "", err
	}
	switch apiErr.Code {
	case {{.All429}}:
		slog.WarnContext(ctx, "rate limited", "code", apiErr.Code, "request_id", apiErr.RequestId)
		return "", fmt.Errorf("retry later: %w", err)
	case {{.Never429}}:
		return "", fmt.Errorf("quota: %w", err)
	case "{{.SrvA}}", "{{.Odd}}":
		log.Printf("server error: %v", err)
		return "", err
	case "{{.CliA}}", "{{.CliB}}":
		return "", fmt.Errorf("bad request %s (request %s): %w", apiErr.Code, apiErr.RequestId, err)
	default:
{{- if .Bad}}
		log.Printf("ark error %s: %s", apiErr.Code, apiErr.Message)
{{- else}}
		log.Printf("ark error %s: %s (request %s)", apiErr.Code, apiErr.Message, apiErr.RequestId)
{{- end}}
		return "", err
	}
}

// Chain{{.F}} sorts an Ark error with an if/else-if chain and a status check.
func (s *Service) Chain{{.F}}(ctx context.Context, prompt string) (string, error) {
	resp, err := s.c.CreateChatCompletion(ctx, s.request(prompt))
	if err != nil {
		var apiErr *model.APIError
		if errors.As(err, &apiErr) {
			if apiErr.Code == "{{.CliC}}" {
				return "", fmt.Errorf("rejected: %w", err)
			} else if strings.HasPrefix(apiErr.Code, "InvalidParameter") {
				return "", fmt.Errorf("invalid parameter %q: %w", apiErr.Message, err)
			} else if apiErr.Code == codeServer{{.F}} || apiErr.Code == "{{.SrvB}}" {
				return "", fmt.Errorf("server error: %w", err)
			} else if apiErr.HTTPStatusCode == http.StatusTooManyRequests {
				return "", fmt.Errorf("rate limited: %w", err)
			}
		}
		return "", err
	}
	return text(resp), nil
}

// Assert{{.F}} sorts by a type assertion and a switch{{if .Bad}}, forgetting most 429s{{end}}.
func (s *Service) Assert{{.F}}(ctx context.Context, prompt string) (string, error) {
	resp, err := s.c.CreateChatCompletion(ctx, s.request(prompt))
	if err != nil {
		if apiErr, ok := err.(*model.APIError); ok {
			switch apiErr.Code {
{{- if .Bad}}
			case "{{.B429}}":
				time.Sleep(time.Second)
				return s.Chain{{.F}}(ctx, prompt)
{{- end}}
			case "{{.CliA}}", "{{.CliC}}":
{{- if .Bad}}
				slog.Error("ark call failed", "code", apiErr.Code, "message", apiErr.Message)
{{- else}}
				slog.Error("ark call failed", "code", apiErr.Code, "message", apiErr.Message, "request_id", apiErr.RequestId)
{{- end}}
				return "", err
			}
			if apiErr.HTTPStatusCode == http.StatusTooManyRequests {
				return "", fmt.Errorf("rate limited: %w", err)
			}
		}
		return "", err
	}
	return text(resp), nil
}

// Retry{{.F}} retries an Ark call in a loop, keyed on the status.
func (s *Service) Retry{{.F}}(ctx context.Context, prompt string) (string, error) {
	ctx, cancel := withDeadline(ctx)
	defer cancel()
	var last error
	for attempt := 0; attempt < 5; attempt++ {
		resp, err := s.c.CreateChatCompletion(ctx, s.request(prompt))
		if err == nil {
			return text(resp), nil
		}
		last = err
		var apiErr *model.APIError
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == http.StatusTooManyRequests {
			if {{range $k, $c := .Never}}{{if $k}} || {{end}}apiErr.Code == "{{$c}}"{{end}} {
				return "", err
			}
			time.Sleep(backoff(attempt))
			continue
		}
		var reqErr *model.RequestError
		if errors.As(err, &reqErr) && reqErr.HTTPStatusCode >= 500 {
			slog.Info("retrying", "status", reqErr.HTTPStatusCode, "request_id", reqErr.RequestId)
			time.Sleep(backoff(attempt))
			continue
		}
		return "", err
	}
	return "", last
}

// RetryCodes{{.F}} retries {{if .Bad}}every 429, which waiting does not always clear{{else}}the codes waiting clears{{end}}.
func (s *Service) RetryCodes{{.F}}(ctx context.Context, prompt string) (string, error) {
	for attempt := 0; ; attempt++ {
		resp, err := s.c.CreateChatCompletion(ctx, s.request(prompt))
		if err == nil {
			return text(resp), nil
		}
		var apiErr *model.APIError
{{- if .Bad}}
		if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 && attempt < 3 {
{{- else}}
		if errors.As(err, &apiErr) && retryableCodes{{.F}}[apiErr.Code] && attempt < 3 {
{{- end}}
			time.Sleep(backoff(attempt))
			continue
		}
		return "", err
	}
}

// shouldRetry{{.F}} is a retry predicate.
func shouldRetry{{.F}}(err error) bool {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return false
	}
	if retryableCodes{{.F}}[apiErr.Code] {
		return true
	}
	return slices.Contains([]string{"{{.SrvB}}", "{{.Odd}}"}, apiErr.Code)
}

// Kinds{{.F}} sorts by a type switch.
func (s *Service) Kinds{{.F}}(ctx context.Context, input []string) ([]float32, error) {
	res, err := s.c.CreateEmbeddings(ctx, model.EmbeddingRequestStrings{Input: input, Model: s.model})
	if err != nil {
		switch e := err.(type) {
		case *model.APIError:
			if e.Type == "TooManyRequests" && shouldRetry{{.F}}(err) {
				return nil, fmt.Errorf("embeddings rate limited: %w", err)
			}
			slog.Error("embeddings failed", "err", e)
{{- if .Bad}}
			return nil, fmt.Errorf("embeddings: %s: %s", e.Code, e.Message)
{{- else}}
			return nil, fmt.Errorf("embeddings: %s: %w", e.Code, err)
{{- end}}
		case *model.RequestError:
			log.Printf("embeddings transport error (status %d): %v", e.HTTPStatusCode, e)
			return nil, err
		default:
			return nil, err
		}
	}
	var out []float32
	for _, d := range res.Data {
		out = append(out, d.Embedding...)
	}
	return out, nil
}

// Stream{{.F}} reads a stream and sorts errors met mid-stream.
func (s *Service) Stream{{.F}}(ctx context.Context, prompt string) (string, error) {
	stream, err := s.c.CreateChatCompletionStream(ctx, s.request(prompt))
	if err != nil {
		return "", fmt.Errorf("open stream: %w", err)
	}
	defer stream.Close()
	var b strings.Builder
	for {
		chunk, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			return b.String(), nil
		}
		if err != nil {
			var apiErr *model.APIError
			if errors.As(err, &apiErr) {
				if shouldRetry{{.F}}(err) {
					return b.String(), fmt.Errorf("stream throttled: %w", err)
				}
				slog.Error("stream failed", "code", apiErr.Code, "request_id", apiErr.RequestId)
			}
			return b.String(), err
		}
		for _, ch := range chunk.Choices {
			b.WriteString(ch.Delta.Content)
		}
	}
}

// Text{{.F}} searches an error's text for codes.
func Text{{.F}}(err error) string {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "{{.Odd}}"):
		return "server"
	case strings.Contains(msg, codeBurst{{.F}}):
		return "burst"
	case strings.EqualFold(msg, "{{.CliB}}"):
		return "client"
	}
	return "other"
}

// Report{{.F}} takes an Ark error apart for a report.
func Report{{.F}}(apiErr *model.APIError) error {
	status := apiErr.HTTPStatusCode
	code := apiErr.Code
	if status >= 500 || code == "{{.SrvB}}" {
{{- if .Bad}}
		log.Printf("server error %d %s", status, code)
		return errors.New(apiErr.Message)
{{- else}}
		log.Printf("server error %d %s (request %s)", status, code, apiErr.RequestId)
		return fmt.Errorf("ark: %w", apiErr)
{{- end}}
	}
	fmt.Printf("ark error %s (request %s)\n", code, apiErr.RequestId)
	return fmt.Errorf("ark: %w", apiErr)
}

// Batch{{.F}} sends prompts two at a time, sorting each call's error in
// place.
func (s *Service) Batch{{.F}}(ctx context.Context, prompts []string) []string {
	out := make([]string, 0, len(prompts))
	for i := 0; i+2 <= len(prompts); i += 2 {
{{- range $k := .Pair}}
		{
			resp, err := s.c.CreateChatCompletion(ctx, s.request(prompts[i+{{$k}}]))
			var apiErr *model.APIError
			switch {
			case err == nil:
				out = append(out, text(resp))
			case errors.As(err, &apiErr) && retryableCodes{{$.F}}[apiErr.Code]:
				slog.Warn("retry later", "code", apiErr.Code, "request_id", apiErr.RequestId)
			case errors.As(err, &apiErr) && apiErr.Code == "{{$.CliA}}":
				log.Printf("prompt %d rejected: %v", i+{{$k}}, err)
			default:
				log.Printf("prompt %d failed: %v", i+{{$k}}, err)
			}
		}
{{- end}}
	}
	return out
}

// Prompt{{.F}} is ordinary code that never touches Ark, as most code in a
// package that calls Ark is.
func Prompt{{.F}}(title string, items []string, limit int) string {
	var b strings.Builder
	b.WriteString("You are a helpful assistant. Summarise ")
	b.WriteString(strings.TrimSpace(title))
	b.WriteString(":\n")
	seen := make(map[string]bool, len(items))
	n := 0
	for i, it := range items {
		it = strings.ToLower(strings.TrimSpace(it))
		if it == "" || seen[it] {
			continue
		}
		seen[it] = true
		if n >= limit {
			fmt.Fprintf(&b, "... and %d more\n", len(items)-i)
			break
		}
		fmt.Fprintf(&b, "%d. %s\n", n+1, it)
		n++
	}
	if n == 0 {
		return ""
	}
	words := strings.Fields(b.String())
	if len(words) > 400 {
		words = words[:400]
	}
	return strings.Join(words, " ")
}
`))
