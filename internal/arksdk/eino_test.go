package arksdk_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/arkvet/arkvet/internal/arksdk"
)

// adkV0736 is eino v0.7.36's adk.ModelRetryConfig, the first with a retry
// config: a plain struct, before v0.9's generic TypedModelRetryConfig with
// ShouldRetry. The testdata stub at the real path has v0.9's shape.
const adkV0736 = `package adk

import (
	"context"
	"time"
)

type ModelRetryConfig struct {
	MaxRetries  int
	IsRetryAble func(ctx context.Context, err error) bool
	BackoffFunc func(ctx context.Context, attempt int) time.Duration
}

// ChatModelAgentConfig also has a field named like a retry config's.
type ChatModelAgentConfig struct {
	Name             string
	ModelRetryConfig *ModelRetryConfig
}
`

const usesV0736 = `package app

import (
	"context"

	"github.com/cloudwego/eino/adk"
)

var everything = &adk.ModelRetryConfig{MaxRetries: 3}

var some = adk.ModelRetryConfig{
	MaxRetries:  3,
	IsRetryAble: func(context.Context, error) bool { return false },
}

var agent = adk.ChatModelAgentConfig{Name: "a", ModelRetryConfig: everything}
`

// importerFunc adapts a function to types.Importer.
type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

func check(t *testing.T, fset *token.FileSet, path, src string, imp types.Importer) (*types.Package, *ast.File, *types.Info) {
	t.Helper()
	f, err := parser.ParseFile(fset, path+".go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{}}
	pkg, err := (&types.Config{Importer: imp}).Check(path, fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	return pkg, f, info
}

func TestModelRetryConfigV0736(t *testing.T) {
	fset := token.NewFileSet()
	std := importer.Default()
	adk, _, _ := check(t, fset, "github.com/cloudwego/eino/adk", adkV0736, std)
	_, f, info := check(t, fset, "example.com/app", usesV0736, importerFunc(func(path string) (*types.Package, error) {
		if path == adk.Path() {
			return adk, nil
		}
		return std.Import(path)
	}))

	if !arksdk.IsModelRetryConfig(adk.Scope().Lookup("ModelRetryConfig").Type()) {
		t.Errorf("v0.7.36's adk.ModelRetryConfig is not recognised")
	}
	if got := arksdk.RetryConditionField(adk.Scope().Lookup("ModelRetryConfig").Type()); got != "IsRetryAble" {
		t.Errorf("v0.7.36's retry condition field: %s, want IsRetryAble (it has no ShouldRetry)", got)
	}
	if arksdk.IsModelRetryConfig(adk.Scope().Lookup("ChatModelAgentConfig").Type()) {
		t.Errorf("adk.ChatModelAgentConfig taken for a retry config")
	}
	got := map[string]int{}
	ast.Inspect(f, func(n ast.Node) bool {
		kv, ok := n.(*ast.KeyValueExpr)
		if !ok {
			return true
		}
		switch {
		case arksdk.IsRetryAbleField(info, kv.Key):
			got["IsRetryAble"]++
		case arksdk.IsMaxRetriesField(info, kv.Key):
			got["MaxRetries"]++
		case arksdk.IsShouldRetryField(info, kv.Key), arksdk.IsRetryTimesField(info, kv.Key):
			got["other"]++
		}
		return true
	})
	if got["IsRetryAble"] != 1 || got["MaxRetries"] != 2 || got["other"] != 0 {
		t.Errorf("fields found: %v, want IsRetryAble once, MaxRetries twice and nothing else", got)
	}
}
