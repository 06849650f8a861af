package main_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRetryShapes runs arkvet as a vet tool on testdata/e2e-retry, a module
// compiled against the real volcengine-go-sdk, whose retry decisions take
// the shapes real code uses: a classifier returning a class its caller
// retries, a loop that retries every error, a status check on the
// transport error type, a loop that retries only what a helper allows, a
// sentinel error as the class, the package's own retry helper, a look at
// the error that decides nothing, go-openai's error taken into the SDK's
// type, and a helper's retry condition left nil, in the package or in the
// module's own retry package.
func TestRetryShapes(t *testing.T) {
	bin := arkvetBinary(t)
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("..", "..", "testdata", "e2e-retry"))); err != nil {
		t.Fatal(err)
	}
	r := run(t, dir, "go", "vet", "-vettool="+bin, "-json", "./...")
	// go vet -json prints one object per package:
	// {"pkg": {"analyzer": [{"posn": ..., "category": ..., "message": ...}]}}
	// on standard output, and exits 0.
	if r.exit != 0 {
		t.Fatalf("go vet -json: exit %d:\n%s%s", r.exit, r.stdout, r.stderr)
	}
	var got []string
	dec := json.NewDecoder(strings.NewReader(r.stdout))
	for dec.More() {
		var out map[string]map[string][]struct {
			Posn, Category, Message string
		}
		if err := dec.Decode(&out); err != nil {
			t.Fatalf("go vet -json: output not JSON (%v):\n%s%s", err, r.stdout, r.stderr)
		}
		for _, byAnalyzer := range out {
			for name, diags := range byAnalyzer {
				for _, d := range diags {
					got = append(got, name+" "+d.Category+" "+filepath.Base(d.Posn)+": "+d.Message)
				}
			}
		}
	}
	want := []string{
		"arkretry retry-never-clears retry.go:31:7: retrying every 429 also retries QuotaExceeded and SetLimitExceeded",
		"arkretry retry-every-error retry.go:53:2: this loop retries every error from CreateChatCompletion",
		"arkretry wrong-error-type retry.go:66:36: *model.RequestError carries only transport failures",
		// A sentinel marks every 429 and the package retries it; a helper of
		// the package retries every error of the operation it is handed;
		// reading the code for a log line decides nothing.
		"arkretry retry-never-clears shapes.go:21:32: retrying every 429 also retries QuotaExceeded",
		"arkretry retry-every-error shapes.go:41:2: this loop retries every error from the operation handed to attempt (which calls CreateChatCompletion)",
		"arkretry retry-every-error shapes.go:59:2: this loop retries every error from CreateChatCompletion",
		// A verdict kept apart and tested later decides retries too.
		"arkretry retry-never-clears shapes.go:109:36: retrying every 429 also retries QuotaExceeded",
		// A flag set on a 429 and tested later decides the retry.
		"arkretry retry-never-clears shapes.go:166:33: retrying every 429 also retries QuotaExceeded",
		// Giving up on the context's own errors looks at no Ark error.
		"arkretry retry-every-error shapes.go:145:2: this loop retries every error from CreateChatCompletion",
		// The error checked in the loop's condition, and kept in its flag.
		"arkretry retry-every-error shapes.go:181:2: this loop retries every error from CreateChatCompletion",
		"arkretry retry-every-error shapes.go:191:2: this loop retries every error from CreateChatCompletion",
		// The call to Ark in a literal kept in a local variable.
		"arkretry retry-every-error shapes.go:220:2: this loop retries every error from attempt (which calls CreateChatCompletion)",
		// A classifier and a loop's condition that retry 5xx but not 429.
		"arkretry no-429-coverage shapes.go:82:32: this decision retries server errors (5xx) but not 429",
		"arkretry no-429-coverage shapes.go:204:41: this decision retries server errors (5xx) but not 429",
		// The package's own helper skips its condition when it is nil.
		"arkretry retry-every-error policy.go:45:9: this call leaves ShouldRetry nil, so the loop of Do retries every error from CreateChatCompletion",
		// go-openai's error taken into the Ark SDK's type, which it never is.
		"arkretry wrong-error-type foreign.go:30:5: the error of go-openai's c.CreateChatCompletion is never volcengine-go-sdk's *model.APIError",
		// worker: a list of codes retried that holds SetLimitExceeded, a client
		// built from a list of options with retries off, and OpenAI's own codes
		// from the overflow client, which stay quiet.
		"arkretry retry-never-clears worker.go:30:2: the codes this loop retries include SetLimitExceeded, which waiting does not clear",
		// digest: the module's own retry package, read from its source, skips
		// a nil ShouldRetry, and DefaultPolicy leaves it nil; Weekly sets it.
		"arkretry retry-every-error digest.go:20:9: this call leaves ShouldRetry nil, so the loop of retry.Do retries every error from CreateChatCompletion",
		// and Retry, handed a nil condition, skips it too; Checked hands one.
		"arkretry retry-every-error digest.go:49:9: this call leaves retryable nil, so the loop of retry.Retry retries every error from CreateTokenization",
		"arkretry retries-off worker.go:43:78: WithRetryTimes(0) turns off the SDK's retries for Worker.bulk, and nothing handles a 429 of its calls (CreateChatCompletion in Reindex)",
	}
	joined := strings.Join(got, "\n")
	for _, w := range want {
		if !strings.Contains(joined, w) {
			t.Errorf("missing finding %q in:\n%s", w, joined)
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d findings, want %d (transientOnly, isTransient, overLimit and worker's Overflow must stay quiet; switchOnKind and whileServerFails must not retry every error):\n%s", len(got), len(want), joined)
	}
}
