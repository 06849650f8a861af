package arksdk_test

import (
	"go/ast"
	"go/types"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/arkvet/arkvet/internal/arksdk"
)

// probe reports what arksdk knows about each expression of a package that
// reaches Ark, as one diagnostic per expression, so that the testdata's
// `// want` comments state the knowledge positively and negatively (an
// expression without a comment must mean nothing to arksdk).
var probe = &analysis.Analyzer{
	Name:     "arksdkprobe",
	Doc:      "report arksdk's facts about every expression (test only)",
	Requires: []*analysis.Analyzer{arksdk.Analyzer},
	Run:      runProbe,
}

var viaNames = map[arksdk.Via]string{
	arksdk.ArkSDK: "ark sdk",
	arksdk.OpenAI: "openai",
	arksdk.Eino:   "eino",
}

func runProbe(pass *analysis.Pass) (any, error) {
	pkg := pass.ResultOf[arksdk.Analyzer].(*arksdk.Package)
	if !pkg.Reaches() {
		return nil, nil
	}
	info := pass.TypesInfo
	for _, f := range pass.Files {
		if pkg.EinoModels {
			pass.Reportf(f.Name.Pos(), "via %s, eino models too", viaNames[pkg.Via])
		} else {
			pass.Reportf(f.Name.Pos(), "via %s", viaNames[pkg.Via])
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if facts := callFacts(info, n); facts != "" {
					pass.Reportf(n.Lparen, "%s", facts)
				}
				if f, ok := arksdk.FieldOf(info, n); ok {
					pass.Reportf(n.Lparen, "getter %s %s", f.Kind, roleNames[f.Role])
				}
			case *ast.SelectorExpr:
				if f, ok := arksdk.FieldOf(info, n); ok {
					pass.Reportf(n.Sel.Pos(), "field %s %s", f.Kind, roleNames[f.Role])
				}
				if facts := keyFacts(info, n); facts != "" {
					pass.Reportf(n.Sel.Pos(), "%s", facts)
				}
				if arksdk.IsRequestIDHeader(info, n) {
					pass.Reportf(n.Sel.Pos(), "request id header")
				}
			case *ast.KeyValueExpr:
				if facts := keyFacts(info, n.Key); facts != "" {
					pass.Reportf(n.Key.Pos(), "%s", facts)
				}
			case *ast.ValueSpec:
				if n.Type == nil {
					return true
				}
				t := info.TypeOf(n.Type)
				if k := arksdk.KindOf(t); k != arksdk.NotAnError {
					pass.Reportf(n.Type.Pos(), "kind %s", k)
				}
				if arksdk.IsModelRetryConfig(t) {
					pass.Reportf(n.Type.Pos(), "model retry config")
				}
				if arksdk.IsRequeueResult(t) {
					pass.Reportf(n.Type.Pos(), "requeue result")
				}
			}
			return true
		})
	}
	return nil, nil
}

var roleNames = map[arksdk.Role]string{
	arksdk.Code: "code", arksdk.ErrType: "type", arksdk.Status: "status", arksdk.RequestID: "request id",
	arksdk.Message: "message", arksdk.Param: "param", arksdk.Header: "header", arksdk.Wrapped: "wrapped",
}

// callFacts lists what arksdk says of a call, in a fixed order.
func callFacts(info *types.Info, call *ast.CallExpr) string {
	var facts []string
	add := func(ok bool, fact string) {
		if ok {
			facts = append(facts, fact)
		}
	}
	fn := arksdk.Callee(info, call)
	add(arksdk.IsArkMethod(fn), "ark call")
	add(arksdk.CallAPI(fn) != "", arksdk.CallAPI(fn))
	add(arksdk.IsEinoModelMethod(fn), "eino model call")
	add(arksdk.IsStreamRecvMethod(fn) && !arksdk.IsArkStreamRecvMethod(fn), "stream recv")
	add(arksdk.IsArkStreamRecvMethod(fn), "ark stream recv")
	add(arksdk.IsRetryTimesFunc(fn), "retry times option")
	add(arksdk.IsBatchCall(info, call), "batch")
	add(arksdk.WrapsError(info, call), "wraps")
	if len(facts) == 0 {
		return ""
	}
	if sdk, ok := arksdk.SDKOfCall(info, call); ok {
		facts = append(facts, "("+sdk.Name+")")
	}
	return strings.Join(facts, ", ")
}

func keyFacts(info *types.Info, key ast.Expr) string {
	var facts []string
	if arksdk.IsRetryTimesField(info, key) {
		sdk, _ := arksdk.SDKOfField(info, key)
		facts = append(facts, "retry times field ("+sdk.Name+")")
	}
	if arksdk.IsRetryAbleField(info, key) {
		facts = append(facts, "is retry able field")
	}
	if arksdk.IsShouldRetryField(info, key) {
		facts = append(facts, "should retry field")
	}
	if arksdk.IsMaxRetriesField(info, key) {
		facts = append(facts, "max retries field")
	}
	return strings.Join(facts, ", ")
}

func testdata() string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		panic(err)
	}
	return dir
}

// TestKnowledge loads every SDK root, eino with and without its Ark
// components, openai-go v1 and look-alikes at once, so that the standard
// library is type-checked once.
func TestKnowledge(t *testing.T) {
	analysistest.Run(t, testdata(), probe,
		"arksdk/volcengine", "arksdk/byteplus", "arksdk/arkruntimego",
		"arksdk/eino", "arksdk/einosdk", "arksdk/einoother", "arksdk/negatives", "arksdk/openaiv1")
}

func TestSDKOf(t *testing.T) {
	tests := []struct {
		path, name, retried string
		retryAfter          bool
	}{
		{"github.com/volcengine/volcengine-go-sdk/service/arkruntime", "volcengine-go-sdk", "429 and 5xx", false},
		{"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model/file", "volcengine-go-sdk", "429 and 5xx", false},
		{"github.com/byteplus-sdk/byteplus-go-sdk-v2/service/arkruntime/utils", "byteplus-go-sdk-v2", "429 and 5xx", false},
		{"github.com/volcengine/ark-runtime-go/arkruntime/model/chat", "ark-runtime-go", "408, 409, 429 and 5xx, honouring Retry-After", true},
	}
	for _, tt := range tests {
		sdk, ok := arksdk.SDKOf(tt.path)
		if !ok || sdk.Name != tt.name || sdk.RetriedStatuses() != tt.retried || sdk.HonoursRetryAfter() != tt.retryAfter {
			t.Errorf("SDKOf(%q) = %+v, %v; want %s retrying %q (Retry-After %v)", tt.path, sdk, ok, tt.name, tt.retried, tt.retryAfter)
		}
		if sdk.DefaultRetryTimes != 2 {
			t.Errorf("SDKOf(%q).DefaultRetryTimes = %d, want 2", tt.path, sdk.DefaultRetryTimes)
		}
		for _, want := range []string{"no request is sent", "nil stream whose first Recv panics", "batch calls are unaffected"} {
			if !strings.Contains(sdk.NegativeRetryTimes(), want) {
				t.Errorf("SDKOf(%q).NegativeRetryTimes() = %q, lacks %q", tt.path, sdk.NegativeRetryTimes(), want)
			}
		}
	}
	for _, path := range []string{
		"github.com/volcengine/volcengine-go-sdk/service/ark", // the management API, not arkruntime
		"github.com/volcengine/volcengine-go-sdk/service/arkruntimex",
		"github.com/byteplus-sdk/byteplus-go-sdk-v2/service/ark",
		"github.com/cloudwego/eino-ext/components/model/ark",
		"example.com/arkruntime",
	} {
		if sdk, ok := arksdk.SDKOf(path); ok {
			t.Errorf("SDKOf(%q) = %+v, want none", path, sdk)
		}
	}
}

func TestPackages(t *testing.T) {
	for path, want := range map[string]bool{
		"github.com/volcengine/volcengine-go-sdk/service/arkruntime":          true,
		"github.com/byteplus-sdk/byteplus-go-sdk-v2/service/arkruntime/model": true,
		"github.com/volcengine/ark-runtime-go/arkruntime/model/responses":     true,
		"github.com/volcengine/ark-runtime-go":                                false,
		"github.com/cloudwego/eino-ext/components/model/ark":                  false,
	} {
		if got := arksdk.IsArkPackage(path); got != want {
			t.Errorf("IsArkPackage(%q) = %v, want %v", path, got, want)
		}
	}
	for path, want := range map[string]bool{
		"github.com/cloudwego/eino-ext/components/model/ark":     true,
		"github.com/cloudwego/eino-ext/components/embedding/ark": true,
		"github.com/cloudwego/eino-ext/components/model/openai":  false,
		"github.com/cloudwego/eino/adk":                          false,
	} {
		if got := arksdk.IsEinoArkPackage(path); got != want {
			t.Errorf("IsEinoArkPackage(%q) = %v, want %v", path, got, want)
		}
	}
}

// TestKindNames keeps every kind named, since messages print them.
func TestKindNames(t *testing.T) {
	for k := arksdk.APIError; k <= arksdk.OpenAIError; k++ {
		if s := k.String(); s == "" || s == "ErrorKind(?)" {
			t.Errorf("ErrorKind %d has no name", k)
		}
	}
	if !arksdk.OpenAIError.IsOpenAI() || arksdk.FileError.IsOpenAI() {
		t.Errorf("IsOpenAI is wrong for FileError or OpenAIError")
	}
	if arksdk.FileError.HasRequestID() || arksdk.OpenAIAPIError.HasRequestID() {
		t.Errorf("file.Error and go-openai's APIError have no request ID")
	}
	if !arksdk.OpenAIError.HasRequestID() {
		t.Errorf("openai-go's Error keeps the request ID in its response")
	}
	for k, want := range map[arksdk.ErrorKind]string{
		arksdk.APIError:    "e.RequestId",
		arksdk.OpenAIError: `e.Response.Header.Get("X-Request-Id")`,
	} {
		if got := arksdk.RequestIDFrom("e", k); got != want {
			t.Errorf("RequestIDFrom(e, %v) = %s, want %s", k, got, want)
		}
	}
}

func TestCodeAPI(t *testing.T) {
	for code, want := range map[string]string{
		"SessionQuotaExceeded":                  "agent sessions",
		"ModelAccountIpmRateLimitExceeded":      "image generation",
		"SetLimitExceeded":                      "",
		"QuotaExceeded":                         "",
		"RateLimitExceeded.EndpointRPMExceeded": "",
	} {
		if got := arksdk.CodeAPI(code); got != want {
			t.Errorf("CodeAPI(%q) = %q, want %q", code, got, want)
		}
	}
}
