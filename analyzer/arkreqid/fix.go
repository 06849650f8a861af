package arkreqid

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/arkvet/arkvet/internal/arksdk"
	"golang.org/x/tools/go/analysis"
)

// logFix returns the fix that adds x's request ID to a logging call in its
// logger's idiom, or none when no edit is known to be safe.
func (u *unit) logFix(lc logCall, x ast.Expr) []analysis.SuggestedFix {
	call := lc.call
	id, ok := u.requestID(x, call.Pos())
	if !ok {
		return nil
	}
	var edits []analysis.TextEdit
	switch lc.fn.fix {
	case fixPrintf:
		edits = u.appendVerb(call, lc.fn.format, " request_id=%s", id)
	case fixKV:
		edits = appendArgs(call, `"request_id", `+id)
	case fixSlogAttr:
		if slog, ok := u.importName(call.Pos(), pathSlog); ok {
			edits = appendArgs(call, fmt.Sprintf(`%s.String("request_id", %s)`, slog, id))
		}
	case fixZapField:
		if zap, ok := u.importName(call.Pos(), pathZap); ok {
			edits = appendArgs(call, fmt.Sprintf(`%s.String("request_id", %s)`, zap, id))
		}
	case fixLogrus:
		edits = insertInChain(call, fmt.Sprintf(`.WithField("request_id", %s)`, id))
	case fixZerolog:
		edits = insertInChain(call, fmt.Sprintf(`.Str("request_id", %s)`, id))
	}
	if edits == nil {
		return nil
	}
	return []analysis.SuggestedFix{{Message: "add " + id, TextEdits: edits}}
}

// wrapFix returns the fix that wraps x with %w in a fmt.Errorf call.
// errors.New and error literals get none: what to add is the author's call.
func (u *unit) wrapFix(e ast.Expr, x ast.Expr) []analysis.SuggestedFix {
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return nil
	}
	if fn, ok := calleeFunc(u.info, call); !ok || !isFunc(fn, "fmt", "Errorf") {
		return nil
	}
	if t := u.info.TypeOf(x); t == nil || !types.Implements(t, errorIface) {
		return nil
	}
	if _, ok := u.requestID(x, call.Pos()); !ok {
		return nil
	}
	edits := u.appendVerb(call, 0, ": %w", types.ExprString(x))
	if edits == nil {
		return nil
	}
	return []analysis.SuggestedFix{{Message: "wrap " + types.ExprString(x) + " with %w", TextEdits: edits}}
}

// requestID returns the text of x.RequestId (idText) when x can be repeated at pos:
// a variable, or a field path from one, that is in scope there.
func (u *unit) requestID(x ast.Expr, pos token.Pos) (string, bool) {
	root := x
	for {
		sel, ok := root.(*ast.SelectorExpr)
		if !ok {
			break
		}
		if s, ok := u.info.Selections[sel]; !ok || s.Kind() != types.FieldVal {
			return "", false
		}
		root = sel.X
	}
	id, ok := root.(*ast.Ident)
	if !ok {
		return "", false
	}
	obj := u.info.Uses[id]
	if _, isVar := obj.(*types.Var); !isVar {
		return "", false
	}
	scope := u.pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return "", false
	}
	if _, found := scope.LookupParent(id.Name, pos); found != obj {
		return "", false // declared in a narrower scope than the call
	}
	return u.idText(x), true
}

// idText is the text that reads the request ID from the Ark error x:
// x.RequestId, or the header of an openai-go error's response.
func (u *unit) idText(x ast.Expr) string {
	return arksdk.RequestIDFrom(types.ExprString(x), arksdk.KindOf(u.info.TypeOf(x)))
}

// appendVerb adds verb to the end of the call's format literal and arg to
// its arguments. It returns nil unless the format is a string literal without
// explicit argument indexes and the arguments are not spread with "...".
func (u *unit) appendVerb(call *ast.CallExpr, format int, verb, arg string) []analysis.TextEdit {
	if call.Ellipsis.IsValid() || format >= len(call.Args) {
		return nil
	}
	lit, ok := ast.Unparen(call.Args[format]).(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING || strings.Contains(lit.Value, "%[") {
		return nil
	}
	// Before the closing quote, or before a final \n of an interpreted string.
	at := lit.End() - 1
	if strings.HasSuffix(lit.Value, `\n"`) && !strings.HasSuffix(lit.Value, `\\n"`) {
		at -= 2
	}
	last := call.Args[len(call.Args)-1]
	return []analysis.TextEdit{
		{Pos: at, End: at, NewText: []byte(verb)},
		{Pos: last.End(), End: last.End(), NewText: []byte(", " + arg)},
	}
}

// appendArgs adds args after the call's last argument (not before its
// closing parenthesis, which may follow a trailing comma). It returns nil
// when the arguments are spread with "...".
func appendArgs(call *ast.CallExpr, args string) []analysis.TextEdit {
	if call.Ellipsis.IsValid() || len(call.Args) == 0 {
		return nil
	}
	end := call.Args[len(call.Args)-1].End()
	return []analysis.TextEdit{{Pos: end, End: end, NewText: []byte(", " + args)}}
}

// insertInChain inserts a chained method call before the call's own method:
// logrus.Error(...) becomes logrus.WithField(...).Error(...), and
// e.Msg(...) becomes e.Str(...).Msg(...).
func insertInChain(call *ast.CallExpr, text string) []analysis.TextEdit {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	return []analysis.TextEdit{{Pos: sel.X.End(), End: sel.X.End(), NewText: []byte(text)}}
}

// importName returns the name under which the file at pos imports path,
// when that name refers to the package at pos.
func (u *unit) importName(pos token.Pos, path string) (string, bool) {
	for _, f := range u.pass.Files {
		if pos < f.FileStart || pos > f.FileEnd {
			continue
		}
		for _, imp := range f.Imports {
			if p, err := strconv.Unquote(imp.Path.Value); err != nil || p != path {
				continue
			}
			var pkgName *types.PkgName
			if imp.Name != nil {
				pkgName, _ = u.info.Defs[imp.Name].(*types.PkgName)
			} else {
				pkgName, _ = u.info.Implicits[imp].(*types.PkgName)
			}
			if pkgName == nil || pkgName.Name() == "_" || pkgName.Name() == "." {
				continue
			}
			if scope := u.pass.Pkg.Scope().Innermost(pos); scope != nil {
				if _, obj := scope.LookupParent(pkgName.Name(), pos); obj == pkgName {
					return pkgName.Name(), true
				}
			}
		}
	}
	return "", false
}
