package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/arkvet/arkvet/codes"
)

// The error lines below are what the Go SDK (volcengine-go-sdk v1.1.35)
// prints: (*model.APIError).Error() is "Error code: %d - " and the JSON of
// the error, (*model.RequestError).Error() "RequestError code: %d, err: %v,
// request_id: %s".
const (
	rpmMessage  = "The Requests Per Minute (RPM) limit of the associated endpoint for your account has been exceeded. Request ID: 021718abc"
	apiErrorRPM = `Error code: 429 - {"code":"RateLimitExceeded.EndpointRPMExceeded","message":"` + rpmMessage + `","param":null,"type":"TooManyRequests","request_id":"20260101120000ABCDEF"}`
	requestErr  = `RequestError code: 502, err: invalid character '<' looking for beginning of value, request_id: 20260101120000FEDCBA`
	bodyAuth    = `{"error":{"code":"AuthenticationError","message":"The API key or AK/SK in the request is missing or invalid. Request ID: 0217auth","param":"","type":"Unauthorized"}}`
)

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestRun(t *testing.T) {
	extra := writeFile(t, "extra.txt", "code: MyGateway.Throttled\nretry: backoff\nwhy: our gateway's window\nvariant: 429 TooManyRequests\nmessage: slow down\nmeaning: 网关限流\n")
	broken := writeFile(t, "broken.txt", "code: X\nretyr: backoff\n")
	for _, tc := range []struct {
		name     string
		args     []string
		stdin    string
		exit     int
		stdout   []string // substrings of stdout, in order
		stderr   []string // substrings of stderr
		noStdout []string // substrings stdout must not hold
	}{
		// Looking codes up.
		{name: "code", args: []string{"RateLimitExceeded.EndpointRPMExceeded"}, stdout: []string{
			"RateLimitExceeded.EndpointRPMExceeded\n", "status:  429", "type:    TooManyRequests", "retry:   backoff",
			"advice:  back off and retry", "why:     the endpoint's per-minute",
			"pages:   火山方舟 错误码, 2026 version: https://www.volcengine.com/docs/82379/1299023\n",
			"           错误码, undated version: https://www.volcengine.com/docs/82379/1299023\n",
			"429 TooManyRequests (火山方舟 错误码, 2026 version; 错误码, undated version)", "message: The Requests Per Minute (RPM) limit", "meaning: 请求所关联的推理接入点已超过 RPM"},
			noStdout: []string{".md", "note:", "retired:"}},
		// Generator notes on how a row was read stay out of the entry.
		{name: "no generator notes", args: []string{"SetLimitExceeded"}, stdout: []string{"SetLimitExceeded\n", "retry:   never"}, noStdout: []string{"note:", "wraps this row", ".md"}},

		// Retired codes: found, with their history.
		{name: "retired code", args: []string{"RateLimitExceeded.FoundationModelRPMExceeded"}, stdout: []string{
			"RateLimitExceeded.FoundationModelRPMExceeded\n", "status:  429", "retry:   backoff",
			"retired: Ark's error-code page no longer lists it (last seen on its 2024-07-10 version); Ark documents ModelAccountRpmRateLimitExceeded for it now\n",
			"pages:   公共错误码, 2024-07-10 version: https://www.volcengine.com/docs/82379/1299023\n", "429 TooManyRequests (公共错误码, 2024-07-10 version)"},
			noStdout: []string{"ark-error-codes-2024-07-10"}},
		{name: "retired code without successor", args: []string{"ModelLoadingError"}, stdout: []string{"retired: Ark's error-code page no longer lists it (last seen on its 2024-07-10 version, as a client library reproduces it); no later version lists a code for it\n"}},
		{name: "retired code from the Doubao list", args: []string{"InvalidEndpoint"}, stdout: []string{"status:  400", "retry:   never",
			"retired: Ark's error-code page no longer lists it (last seen on the older Doubao error list of June 2024); Ark documents InvalidEndpointOrModel.NotFound for it now\n",
			"pages:   Doubao error list, 2024-06 version\n"}},
		{name: "list marks retired", args: []string{"-list", "-status", "429"}, stdout: []string{"RETIRED\n",
			"RateLimitExceeded.EndpointRPMExceeded ", "  -\n",
			"RateLimitExceeded.FoundationModelRPMExceeded  429     TooManyRequests  backoff  last seen 2024-07-10, now ModelAccountRpmRateLimitExceeded\n"}},
		{name: "list retired never", args: []string{"-list", "-retry", "never", "-status", "404"}, stdout: []string{"InvalidEndpoint.NotFound", "last seen 2024-07-10, now InvalidEndpointOrModel.NotFound"}},
		{name: "explain retired", args: []string{"-explain", `Error code: 429 - {"code":"RateLimitExceeded.FoundationModelTPMExceeded","message":"m","type":"TooManyRequests","request_id":"2026R"}`},
			stdout: []string{"code:       RateLimitExceeded.FoundationModelTPMExceeded\n", "what to do: back off and retry", "retired: Ark's error-code page no longer lists it", "Ark documents ModelAccountTpmRateLimitExceeded for it now"}},
		{name: "never code", args: []string{"AuthenticationError"}, stdout: []string{"status:  401", "retry:   never", "advice:  do not retry: fix the cause"}},
		{name: "depends code", args: []string{"QuotaExceeded"}, stdout: []string{"retry:   depends", "advice:  depends: read the message", "free trial", "排队中"}},
		{name: "pattern code", args: []string{"InvalidParameter.Messages"}, stdout: []string{"InvalidParameter.Messages (pattern InvalidParameter.{{Parameter}})", "status:  400"}},
		{name: "two codes", args: []string{"AccessDenied", "Conflict"}, stdout: []string{"AccessDenied\n", "\n\nConflict\n"}},
		{name: "flag after code", args: []string{"AccessDenied", "-json"}, stdout: []string{`"code": "AccessDenied"`}},
		{name: "double dash", args: []string{"--", "AccessDenied"}, stdout: []string{"AccessDenied\n"}},
		{name: "near miss", args: []string{"RateLimitExceeded.EndpointRPMExceed"}, exit: 2, stderr: []string{
			`arkcodes: unknown Ark error code "RateLimitExceeded.EndpointRPMExceed"; did you mean "RateLimitExceeded.EndpointRPMExceeded"?`,
			"nearest codes:\n  RateLimitExceeded.EndpointRPMExceeded\n  RateLimitExceeded.EndpointTPMExceeded\n"}},
		{name: "case slip", args: []string{"ratelimitexceeded.endpointrpmexceeded"}, exit: 2, stderr: []string{`did you mean "RateLimitExceeded.EndpointRPMExceeded"?`}},
		{name: "unknown far", args: []string{"Zzzzzz"}, exit: 2, stderr: []string{`arkcodes: unknown Ark error code "Zzzzzz"` + "\n"}},
		{name: "unknown fragment", args: []string{"ratelimit"}, exit: 2, stderr: []string{"nearest codes:", "AccountRateLimitExceeded", "RateLimitExceeded.EndpointTPMExceeded"}},
		{name: "type not code", args: []string{"TooManyRequests"}, exit: 2, stderr: []string{`"TooManyRequests" is an Ark error type`, "arkcodes -list -type TooManyRequests"}},
		{name: "one known one unknown", args: []string{"AccessDenied", "Nope.Nope"}, exit: 2, stdout: []string{"AccessDenied\n"}, stderr: []string{`unknown Ark error code "Nope.Nope"`}},
		{name: "empty code", args: []string{""}, exit: 2, stderr: []string{"arkcodes: empty code"}},
		{name: "extra code", args: []string{"-extra", extra, "MyGateway.Throttled"}, stdout: []string{"MyGateway.Throttled\n", "retry:   backoff", "extra.txt", "网关限流"}},
		{name: "extra keeps default", args: []string{"-extra", extra, "AccessDenied"}, stdout: []string{"AccessDenied\n"}},
		{name: "extra missing", args: []string{"-extra", filepath.Join(t.TempDir(), "none.txt"), "AccessDenied"}, exit: 2, stderr: []string{"arkcodes: -extra: open ", "none.txt: no such file"}},
		{name: "extra broken", args: []string{"-extra", broken, "AccessDenied"}, exit: 2, stderr: []string{"arkcodes: -extra: " + broken + `:2: unknown key "retyr"` + "\n"}},

		// Listing.
		{name: "list", args: []string{"-list"}, stdout: []string{"CODE", "STATUS", "TYPE", "RETRY", "APIAccountRpmRateLimitExceeded", "AccessDenied"}},
		{name: "list status", args: []string{"-list", "-status", "429"}, stdout: []string{"AccountRateLimitExceeded", "RateLimitExceeded.EndpointRPMExceeded"}, noStdout: []string{"AccessDenied", "AuthenticationError"}},
		{name: "list retry", args: []string{"-list", "-retry", "depends"}, stdout: []string{"InvalidEndpoint.ClosedEndpoint", "QuotaExceeded"}, noStdout: []string{"AccessDenied", "RateLimitExceeded"}},
		{name: "list type", args: []string{"-list", "-type", "Unauthorized"}, stdout: []string{"AuthenticationError"}, noStdout: []string{"AccessDenied", "RateLimitExceeded"}},
		{name: "list status and type in one variant", args: []string{"-list", "-status", "429", "-type", "BadRequest"}, exit: 1, stderr: []string{"no code matches the filters"}},
		{name: "list all filters", args: []string{"-list", "-status", "429", "-retry", "backoff", "-type", "TooManyRequests"}, stdout: []string{"RateLimitExceeded.EndpointRPMExceeded"}, noStdout: []string{"QuotaExceeded", "AccessDenied"}},
		{name: "list extra", args: []string{"-list", "-extra", extra, "-status", "429"}, stdout: []string{"MyGateway.Throttled"}},
		{name: "list nothing", args: []string{"-list", "-status", "418"}, exit: 1, stderr: []string{"no code matches the filters"}},
		{name: "list bad retry", args: []string{"-list", "-retry", "sometimes"}, exit: 2, stderr: []string{`-retry: retry class "sometimes" is not backoff, never or depends`}},
		{name: "list bad type", args: []string{"-list", "-type", "TooManyRequest"}, exit: 2, stderr: []string{`-type: unknown Ark error type "TooManyRequest"`, "TooManyRequests"}},
		{name: "list bad status", args: []string{"-list", "-status", "many"}, exit: 2, stderr: []string{`invalid value "many" for flag -status`}},
		{name: "list negative status", args: []string{"-list", "-status", "-1"}, exit: 2, stderr: []string{"-status: -1 is not an HTTP status"}},
		{name: "list with code", args: []string{"-list", "AccessDenied"}, exit: 2, stderr: []string{"-list takes no codes"}},
		{name: "filter without list", args: []string{"-status", "429"}, exit: 2, stderr: []string{"filter -list; add -list"}},

		// Explaining.
		{name: "explain APIError", args: []string{"-explain", apiErrorRPM}, stdout: []string{
			"Ark error (the Go SDK's *model.APIError)", "code:       RateLimitExceeded.EndpointRPMExceeded", "status:     429",
			"type:       TooManyRequests", "message:    The Requests Per Minute", "request id: 20260101120000ABCDEF, 021718abc",
			"what to do: back off and retry", "meaning:    请求所关联的推理接入点", "\n\nRateLimitExceeded.EndpointRPMExceeded\n", "pages:"}},
		{name: "explain APIError in a log line on stdin", args: []string{"-explain"}, stdin: "2026/01/01 12:00:00 chat: error, " + apiErrorRPM + "\n",
			stdout: []string{"code:       RateLimitExceeded.EndpointRPMExceeded", "request id: 20260101120000ABCDEF, 021718abc"}},
		{name: "explain APIError cut short", args: []string{"-explain"}, stdin: `Error code: 429 - {"code":"RateLimitExceeded.EndpointRPMExceeded","message":"The Requests Per Minute (RPM) lim`,
			stdout: []string{"code:       RateLimitExceeded.EndpointRPMExceeded", "status:     429", "request id: none in the input"}},
		{name: "explain RequestError", args: []string{"-explain", requestErr}, stdout: []string{
			"Ark error (the Go SDK's *model.RequestError)", "status:     502", "cause:      invalid character '<'", "request id: 20260101120000FEDCBA",
			"what to do: back off and retry: a 5xx"}, noStdout: []string{"code:"}},
		{name: "explain RequestError holding an APIError", args: []string{"-explain", `RequestError code: 400, err: Error code: 0 - {"code":"InvalidParameter.Model","message":"The specified parameter model is invalid.","param":"model","type":"BadRequest","request_id":""}, request_id: 2026REQ`},
			stdout: []string{"(the Go SDK's *model.RequestError)", "code:       InvalidParameter.Model", "status:     400", "param:      model", "request id: 2026REQ", "what to do: do not retry", "InvalidParameter.Model (pattern InvalidParameter.{{Parameter}})"}},
		{name: "explain body", args: []string{"-explain", bodyAuth}, stdout: []string{
			"Ark error (Ark's error body)", "code:       AuthenticationError", "type:       Unauthorized", "request id: 0217auth", "what to do: do not retry",
			"meaning:    请求携带的 API Key 或 AK/SK 校验未通过"}},
		{name: "explain indented body", args: []string{"-explain"}, stdin: "{\n  \"error\": {\n    \"code\": \"QuotaExceeded\",\n    \"message\": \"The request has exceeded the quota. Request ID: 0217q\",\n    \"type\": \"TooManyRequests\"\n  }\n}\n",
			stdout: []string{"(Ark's error body)", "code:       QuotaExceeded", "request id: 0217q", "what to do: depends", "meaning:    当前账号处于排队中状态的任务数已超过限制"}, noStdout: []string{"meaning:    使用的额度超出"}},
		{name: "explain body in a JSON log line", args: []string{"-explain"}, stdin: `{"level":"error","msg":"ark","error":"Error code: 403 - {\"code\":\"AccountOverdueError\",\"message\":\"m\",\"param\":null,\"type\":\"Forbidden\",\"request_id\":\"2026X\"}"}` + "\n",
			stdout: []string{"code:       AccountOverdueError", "status:     403", "request id: 2026X", "what to do: do not retry"}},
		{name: "explain status in words", args: []string{"-explain", `POST "https://ark.cn-beijing.volces.com/api/v3/chat/completions": 429 Too Many Requests {"message":"m","type":"TooManyRequests","param":null,"code":"AccountRateLimitExceeded"}`},
			stdout: []string{"code:       AccountRateLimitExceeded", "status:     429"}},
		{name: "explain code in text", args: []string{"-explain", "ark call failed code=SetLimitExceeded request_id=2026T"}, stdout: []string{"(a code in the text)", "code:       SetLimitExceeded", "request id: 2026T"}},
		{name: "explain unknown code", args: []string{"-explain", `Error code: 503 - {"code":"BrandNewCode","message":"m","type":"ServiceUnavailable","request_id":"2026U"}`},
			stdout: []string{"code:       BrandNewCode (not in arkvet's table; add it with -extra FILE)", "what to do: back off and retry: a 5xx"}, noStdout: []string{"pages:", "did you mean"}},
		{name: "explain near miss", args: []string{"-explain", `Error code: 429 - {"code":"RateLimitExceeded.EndpointRPMExceed","message":"m","type":"TooManyRequests"}`},
			stdout: []string{`code:       RateLimitExceeded.EndpointRPMExceed (unknown Ark error code; did you mean "RateLimitExceeded.EndpointRPMExceeded"? If Ark sends it as it is, add it with -extra FILE)`, "what to do: back off and retry: a 429"}, noStdout: []string{"pages:"}},
		{name: "explain extra code", args: []string{"-extra", extra, "-explain", `{"error":{"code":"MyGateway.Throttled","message":"slow down","type":"TooManyRequests"}}`}, stdout: []string{"code:       MyGateway.Throttled\n", "meaning:    网关限流"}},
		{name: "explain several lines", args: []string{"-explain"}, stdin: "noise\n" + apiErrorRPM + "\nmore noise\n" + requestErr + "\n",
			stdout: []string{"code:       RateLimitExceeded.EndpointRPMExceeded", "*model.RequestError", "status:     502"}},
		{name: "explain nothing", args: []string{"-explain", "connection refused"}, exit: 2, stderr: []string{"arkcodes: -explain: no Ark error found in the input"}},
		{name: "explain empty stdin", args: []string{"-explain"}, stdin: "  \n", exit: 2, stderr: []string{"arkcodes: -explain: no input"}},
		{name: "explain and list", args: []string{"-explain", "-list"}, exit: 2, stderr: []string{"-list and -explain cannot be used together"}},

		// Version.
		{name: "version", args: []string{"-version"}, stdout: []string{"arkcodes ", "\ncode table of 2026, from:\n",
			"  火山方舟 错误码, 2026 version: https://www.volcengine.com/docs/82379/1299023\n",
			"  错误码, undated version: https://www.volcengine.com/docs/82379/1299023 (an undated version",
			"  公共错误码, 2024-07-10 version: https://www.volcengine.com/docs/82379/1299023 (",
			"  Doubao error list, 2024-06 version ("}, noStdout: []string{".md"}},
		{name: "version with a code", args: []string{"-version", "AccessDenied"}, exit: 2, stderr: []string{"arkcodes: -version takes no other flag"}},

		// Usage: every error is one line, the usage only when asked for.
		{name: "no arguments", exit: 2, stderr: []string{"arkcodes: no code given: arkcodes CODE..., arkcodes -list or arkcodes -explain LINE (arkcodes -h for the flags)\n"}},
		{name: "unknown flag", args: []string{"-lst"}, exit: 2, stderr: []string{"arkcodes: flag provided but not defined: -lst\n"}},
		{name: "help", args: []string{"-h"}, exit: 0, stderr: []string{"usage:", "-explain", "-extra file", "-version"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			exit := run(tc.args, strings.NewReader(tc.stdin), &stdout, &stderr)
			if exit != tc.exit {
				t.Errorf("exit status %d, want %d", exit, tc.exit)
			}
			rest := stdout.String()
			for _, want := range tc.stdout {
				i := strings.Index(rest, want)
				if i < 0 {
					t.Errorf("stdout lacks %q (in order); stdout:\n%s", want, stdout.String())
					break
				}
				rest = rest[i+len(want):]
			}
			for _, bad := range tc.noStdout {
				if strings.Contains(stdout.String(), bad) {
					t.Errorf("stdout holds %q; stdout:\n%s", bad, stdout.String())
				}
			}
			for _, want := range tc.stderr {
				if !strings.Contains(stderr.String(), want) {
					t.Errorf("stderr lacks %q; stderr:\n%s", want, stderr.String())
				}
			}
			if len(tc.stderr) == 0 && stderr.Len() > 0 {
				t.Errorf("unexpected stderr:\n%s", stderr.String())
			}
			if tc.exit == 2 && strings.Count(stderr.String(), "\n") > 1 && !strings.Contains(stderr.String(), "nearest codes:") {
				t.Errorf("an error takes one line; stderr:\n%s", stderr.String())
			}
			if tc.exit == 2 && stdout.Len() > 0 && len(tc.stdout) == 0 {
				t.Errorf("failure printed to stdout:\n%s", stdout.String())
			}
		})
	}
}

func TestJSON(t *testing.T) {
	t.Run("code", func(t *testing.T) {
		var got entry
		runJSON(t, &got, "-json", "RateLimitExceeded.EndpointRPMExceeded")
		c, _ := codes.Default().Lookup("RateLimitExceeded.EndpointRPMExceeded")
		want := newEntry(codes.Default(), c.Name, c)
		for i := range want.Variants {
			want.Variants[i].labels = nil // text only
		}
		if !reflect.DeepEqual(&got, want) {
			t.Errorf("got %+v\nwant %+v", got, want)
		}
		if got.Retry != "backoff" || !reflect.DeepEqual(got.Statuses, []int{429}) || got.Pattern != "" || len(got.Variants) == 0 {
			t.Errorf("entry %+v", got)
		}
	})
	t.Run("pages", func(t *testing.T) {
		var got entry
		runJSON(t, &got, "-json", "RateLimitExceeded.EndpointRPMExceeded")
		want := []page{
			{Name: "ark-error-codes-2026.md", Title: "火山方舟 错误码", Date: "2026", URL: "https://www.volcengine.com/docs/82379/1299023"},
			{Name: "ark-error-codes.md", Title: "错误码", URL: "https://www.volcengine.com/docs/82379/1299023", Note: "an undated version between the 2025-04-07 one and the 2026 one"},
		}
		if !reflect.DeepEqual(got.Pages, want) || got.Retired != nil {
			t.Errorf("pages %+v, retired %+v", got.Pages, got.Retired)
		}
	})
	t.Run("retired", func(t *testing.T) {
		var got entry
		runJSON(t, &got, "-json", "InvalidEndpoint.NotFound")
		want := &retired{LastSeen: "2024-07-10", SeenOn: "its 2024-07-10 version", Successors: []string{"InvalidEndpointOrModel.NotFound"}}
		if !reflect.DeepEqual(got.Retired, want) || got.Retry != "never" || len(got.Pages) != 1 || got.Pages[0].Date != "2024-07-10" {
			t.Errorf("retired %+v, retry %s, pages %+v", got.Retired, got.Retry, got.Pages)
		}
		var none map[string]any
		runJSON(t, &none, "-json", "ModelLoadingError")
		if s := none["retired"].(map[string]any)["successors"]; !reflect.DeepEqual(s, []any{}) {
			t.Errorf("successors of ModelLoadingError %v, want []", s)
		}
	})
	t.Run("version", func(t *testing.T) {
		var got versionInfo
		runJSON(t, &got, "-json", "-version")
		if got.Version == "" || got.TableDate != "2026" || len(got.Sources) != len(codes.Sources()) || got.Sources[0].URL != "https://www.volcengine.com/docs/82379/1299023" {
			t.Errorf("version %+v", got)
		}
	})
	t.Run("explain near miss", func(t *testing.T) {
		var got explanation
		runJSON(t, &got, "-json", "-explain", `{"error":{"code":"QuotaExceded","message":"m"}}`)
		if got.Entry != nil || got.DidYouMean != "QuotaExceeded" {
			t.Errorf("explanation %+v", got)
		}
	})
	t.Run("pattern", func(t *testing.T) {
		var got entry
		runJSON(t, &got, "-json", "MissingParameter.Model")
		if got.Code != "MissingParameter.Model" || got.Pattern != "MissingParameter.{{Parameter}}" || got.Retry != "never" {
			t.Errorf("entry %+v", got)
		}
	})
	t.Run("list", func(t *testing.T) {
		var got []entry
		runJSON(t, &got, "-list", "-json", "-retry", "never", "-status", "401")
		if len(got) == 0 {
			t.Fatal("empty list")
		}
		for _, e := range got {
			if e.Retry != "never" || !containsInt(e.Statuses, 401) {
				t.Errorf("%s: retry %s, statuses %v", e.Code, e.Retry, e.Statuses)
			}
		}
	})
	t.Run("empty list", func(t *testing.T) {
		var stdout, stderr bytes.Buffer
		if exit := run([]string{"-list", "-json", "-status", "418"}, nil, &stdout, &stderr); exit != 1 {
			t.Errorf("exit %d, want 1", exit)
		}
		if got := strings.TrimSpace(stdout.String()); got != "[]" {
			t.Errorf("stdout %q, want []", got)
		}
	})
	t.Run("explain", func(t *testing.T) {
		var got explanation
		runJSON(t, &got, "-json", "-explain", apiErrorRPM)
		want := arkError{Form: "APIError", Status: 429, Code: "RateLimitExceeded.EndpointRPMExceeded", Type: "TooManyRequests",
			Message: rpmMessage, RequestIDs: []string{"20260101120000ABCDEF", "021718abc"}}
		if !reflect.DeepEqual(got.Error, want) {
			t.Errorf("error %+v\nwant %+v", got.Error, want)
		}
		if got.Entry == nil || got.Entry.Code != want.Code || !strings.HasPrefix(got.Advice, "back off") || !reflect.DeepEqual(got.Matched, []int{0}) {
			t.Errorf("explanation %+v", got)
		}
	})
	t.Run("explain unknown", func(t *testing.T) {
		var got map[string]any
		runJSON(t, &got, "-json", "-explain", requestErr)
		if got["entry"] != nil {
			t.Errorf("entry %v, want null", got["entry"])
		}
		if ids := got["error"].(map[string]any)["request_ids"]; !reflect.DeepEqual(ids, []any{"20260101120000FEDCBA"}) {
			t.Errorf("request_ids %v", ids)
		}
	})
}

func runJSON(t *testing.T, v any, args ...string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if exit := run(args, nil, &stdout, &stderr); exit != 0 {
		t.Fatalf("exit %d: %s", exit, stderr.String())
	}
	dec := json.NewDecoder(&stdout)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		t.Fatalf("stdout is not the JSON wanted: %v\n%s", err, stdout.String())
	}
	if dec.More() {
		t.Errorf("more than one JSON value")
	}
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

// TestBinary runs the built command once, as a user does: the exit status
// and the streams come from main, not from run.
func TestBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin := filepath.Join(t.TempDir(), "arkcodes")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "-explain")
	cmd.Stdin = strings.NewReader(apiErrorRPM + "\n")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("arkcodes -explain: %v", err)
	}
	if !strings.Contains(string(out), "code:       RateLimitExceeded.EndpointRPMExceeded") {
		t.Errorf("arkcodes -explain printed:\n%s", out)
	}
	cmd = exec.Command(bin, "RateLimitExceeded.EndpointRPMExceed")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err = cmd.Run()
	if exit, ok := err.(*exec.ExitError); !ok || exit.ExitCode() != 2 {
		t.Errorf("arkcodes with a near miss: %v, want exit status 2", err)
	}
	if !strings.Contains(stderr.String(), `did you mean "RateLimitExceeded.EndpointRPMExceeded"?`) {
		t.Errorf("stderr:\n%s", stderr.String())
	}

	// A bad flag: one line, once, exit 2, no usage.
	cmd = exec.Command(bin, "-status", "many", "-list")
	stderr.Reset()
	cmd.Stderr = &stderr
	err = cmd.Run()
	if exit, ok := err.(*exec.ExitError); !ok || exit.ExitCode() != 2 {
		t.Errorf("arkcodes -status many: %v, want exit status 2", err)
	}
	if got := stderr.String(); got != "arkcodes: invalid value \"many\" for flag -status: parse error\n" {
		t.Errorf("stderr %q, want the error once in one line", got)
	}

	// -version gives the build's module version: a build in a checkout
	// is "(devel)", with its commit when the checkout records one.
	out, err = exec.Command(bin, "-version").Output()
	if err != nil {
		t.Fatalf("arkcodes -version: %v", err)
	}
	if first, _, _ := strings.Cut(string(out), "\n"); !strings.HasPrefix(first, "arkcodes (devel)") && !strings.HasPrefix(first, "arkcodes v") {
		t.Errorf("arkcodes -version first line %q", first)
	}
}
