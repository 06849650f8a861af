package handling

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"testing"
)

// TestWalkerMatchesInspect checks the walker against ast.Inspect on real
// files: it must visit, in the same order and with the same stacks, every
// node ast.Inspect visits, but for leaves, comments and type syntax.
func TestWalkerMatchesInspect(t *testing.T) {
	paths, err := filepath.Glob("*.go")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no files to walk: %v", err)
	}
	// Type syntax beside the code: a walker that skipped too much or too
	// little shows here too.
	paths = append(paths, filepath.Join("..", "..", "testdata", "src", "handling", "basic", "basic.go"), filepath.Join("..", "..", "testdata", "src", "handling", "basic", "kept.go"))
	fset := token.NewFileSet()
	var files []*ast.File
	for _, p := range paths {
		f, err := parser.ParseFile(fset, p, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}

	type visit struct {
		node  ast.Node
		stack []ast.Node
	}
	var want []visit
	var stack []ast.Node
	var pruned ast.Node // the type syntax being skipped, if any
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			if isTypeSyntax(n) {
				pruned = n
				return false
			}
			if _, ok := n.(*ast.FieldList); ok {
				return false // out of type syntax, only a method's receiver
			}
			stack = append(stack, n)
			switch n.(type) {
			case *ast.Ident, *ast.BasicLit, *ast.BadExpr, *ast.Comment, *ast.CommentGroup:
				return true
			}
			want = append(want, visit{n, append([]ast.Node(nil), stack...)})
			return true
		})
	}
	if pruned == nil {
		t.Fatal("the files have no type syntax: the test proves nothing about skipping it")
	}

	var got []visit
	var posts int
	w := &walker{
		pre: func(n ast.Node, stack []ast.Node) bool {
			got = append(got, visit{n, append([]ast.Node(nil), stack...)})
			return true
		},
		post: func(ast.Node) { posts++ },
	}
	w.files(files)

	for i := range min(len(got), len(want)) {
		if got[i].node != want[i].node {
			t.Fatalf("visit %d: walker at %T (%v), ast.Inspect at %T (%v)", i,
				got[i].node, fset.Position(got[i].node.Pos()), want[i].node, fset.Position(want[i].node.Pos()))
		}
		if !reflect.DeepEqual(want[i].stack, got[i].stack) {
			t.Fatalf("visit %d (%T at %v): stacks differ", i, got[i].node, fset.Position(got[i].node.Pos()))
		}
	}
	if len(got) != len(want) {
		t.Fatalf("walker visited %d nodes, ast.Inspect %d", len(got), len(want))
	}
	if posts != len(got) {
		t.Errorf("post called %d times for %d nodes descended into", posts, len(got))
	}
}

// TestWalkerPrunes checks that a node pre does not descend into has its
// children skipped and no post.
func TestWalkerPrunes(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "p.go", "package p\nfunc f() { g(h(1)) }\n", 0)
	if err != nil {
		t.Fatal(err)
	}
	var calls, posts int
	w := &walker{
		pre: func(n ast.Node, _ []ast.Node) bool {
			_, call := n.(*ast.CallExpr)
			if call {
				calls++
			}
			return !call
		},
		post: func(n ast.Node) {
			if _, call := n.(*ast.CallExpr); call {
				posts++
			}
		},
	}
	w.files([]*ast.File{f})
	if calls != 1 || posts != 0 {
		t.Errorf("pre saw %d calls and post %d, want 1 and 0: the inner call is under a pruned one", calls, posts)
	}
}
