package arkcode

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/arkvet/arkvet/internal/arksdk"
)

// roleOf says whether e holds an Ark error code (arksdk.Code), an Ark
// error type (arksdk.ErrType), or neither: a Code or Type field or GetCode
// getter of an SDK error however the error arrived (errors.As target, type
// assertion, type switch, struct field, parameter), or a local variable
// only ever assigned one.
func (c *checker) roleOf(e ast.Expr) arksdk.Role {
	if role := c.fieldRole(e); role != arksdk.NoRole {
		return role
	}
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		// Only a string (or, for go-openai's Code, an interface) can hold
		// a code: other variables need no look at the declarations.
		if v, ok := c.info.Uses[id].(*types.Var); ok && stringOrInterface(v.Type()) {
			return c.declsOf().varRole(v)
		}
	}
	return arksdk.NoRole
}

func stringOrInterface(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Interface:
		return true
	}
	return false
}

// fieldRole is roleOf for SDK error fields and getters only.
func (c *checker) fieldRole(e ast.Expr) arksdk.Role {
	e = ast.Unparen(e)
	if star, ok := e.(*ast.StarExpr); ok {
		e = star.X // *event.Code: responses.ErrorEvent's Code is a *string
	}
	f, ok := arksdk.FieldOf(c.info, e)
	if !ok || (f.Role != arksdk.Code && f.Role != arksdk.ErrType) {
		return arksdk.NoRole
	}
	if f.Kind.IsOpenAI() && !c.openAIFromArk() {
		return arksdk.NoRole
	}
	return f.Role
}

// openAIFromArk reports whether the package's OpenAI SDK errors come from
// Ark. A package that reaches Ark only through an OpenAI SDK does; one that
// imports an Ark SDK as well may talk to OpenAI itself with the OpenAI SDK
// (a multi-provider router), whose codes are not Ark's, so it must point
// the OpenAI SDK at Ark too.
func (c *checker) openAIFromArk() bool {
	if c.openAIArk == 0 {
		c.openAIArk = -1
		if c.pkg.Via == arksdk.OpenAI || arksdk.PointsOpenAIAtArk(c.pass) {
			c.openAIArk = 1
		}
	}
	return c.openAIArk > 0
}

// operand is a string constant compared with a code.
type operand struct {
	node  ast.Expr      // where it is written: reported here
	value string        // its value
	lit   *ast.BasicLit // the literal a fix edits: node itself, or the declaration of a constant of this package; nil if none
}

// constString returns e as an operand when it is a string constant.
// go-openai's Code is an any, so other constants can meet it; they are not
// codes and are ignored.
func (c *checker) constString(e ast.Expr) (operand, bool) {
	e = ast.Unparen(e)
	tv, ok := c.info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return operand{}, false
	}
	op := operand{node: e, value: constant.StringVal(tv.Value)}
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind == token.STRING {
			op.lit = e
		}
	case *ast.Ident:
		op.lit = c.constLit(e)
	case *ast.SelectorExpr: // pkg.Const: another package's, so constLit finds none
		op.lit = c.constLit(e.Sel)
	}
	return op, true
}

// constLit returns the literal that declares the constant id names, when
// the constant is declared in this package by a string literal.
func (c *checker) constLit(id *ast.Ident) *ast.BasicLit {
	k, ok := c.info.Uses[id].(*types.Const)
	if !ok || k.Pkg() != c.pass.Pkg {
		return nil
	}
	return c.declsOf().constLits[k]
}
