package arksdk

import (
	"go/ast"
	"go/types"
)

// Role says what an Ark error's field or getter holds.
type Role uint8

const (
	NoRole    Role = iota
	Code           // an Ark error code: "RateLimitExceeded.EndpointRPMExceeded"
	ErrType        // an Ark error type (the page's 错误类型): "TooManyRequests"
	Status         // the HTTP status: HTTPStatusCode, or StatusCode in openai-go
	RequestID      // the request ID: RequestId
	Message        // the message text
	Param          // the parameter name
	Header         // the response header (ark-runtime-go's ResponseHeader, GetHeader(), openai-go's Response)
	Wrapped        // the wrapped cause: RequestError.Err
)

// Detail reports whether a field with role r tells what went wrong (the
// code, type, status, message or parameter) rather than where the error came
// from (the request ID, the response header, the wrapped cause): the fields
// that, logged without the request ID, leave support nothing to look up.
func (r Role) Detail() bool {
	switch r {
	case Code, Message, ErrType, Param, Status:
		return true
	}
	return false
}

// roleByField names the fields (and getters) of SDK errors and what they hold.
// Fields an error kind lacks simply never resolve to that kind, since the
// lookup goes through the selected object's declaring type.
var roleByField = map[string]Role{
	"Code":           Code,
	"GetCode":        Code,
	"Type":           ErrType,
	"HTTPStatusCode": Status,
	"StatusCode":     Status,
	"RequestId":      RequestID,
	"Message":        Message,
	"GetMessage":     Message,
	"Param":          Param,
	"ResponseHeader": Header,
	"Response":       Header, // openai-go's Error.Response, whose header holds the ID
	"GetHeader":      Header,
	"Err":            Wrapped,
}

// Field is a selection of an SDK error's field or getter: X.Code, X.GetCode().
type Field struct {
	X    ast.Expr  // the error value
	Kind ErrorKind // its SDK error kind
	Role Role      // what the field holds
}

// FieldOf reports whether e reads a field of an SDK error (X.Code), or calls
// one of its getters (X.GetCode()), and which. Parentheses are looked through.
func FieldOf(info *types.Info, e ast.Expr) (Field, bool) {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 0 {
		e = ast.Unparen(call.Fun) // a getter: X.GetCode()
		sel, ok := e.(*ast.SelectorExpr)
		if !ok || roleByField[sel.Sel.Name] == NoRole {
			return Field{}, false // no lookup for a name no SDK error has
		}
		if _, isFunc := info.Uses[sel.Sel].(*types.Func); !isFunc {
			return Field{}, false
		}
		return selectionOf(info, sel)
	}
	sel, ok := e.(*ast.SelectorExpr)
	if !ok || roleByField[sel.Sel.Name] == NoRole && sel.Sel.Name != "Value" {
		return Field{}, false // no lookup for a name no SDK error has: resp.Choices, time.Second
	}
	if _, isVar := info.Uses[sel.Sel].(*types.Var); !isVar {
		return Field{}, false
	}
	if sel.Sel.Name == "Value" {
		return optionalValueOf(info, sel)
	}
	return selectionOf(info, sel)
}

// optionalValueOf reports whether sel reads the Value of an optional field
// of an SDK error: ark-runtime-go's generated types wrap optional strings in
// an OptString{Value, Set}, so the code of a Responses error event is
// ev.Code.Value (or ev.GetCode().Value).
func optionalValueOf(info *types.Info, sel *ast.SelectorExpr) (Field, bool) {
	f, ok := FieldOf(info, sel.X)
	if !ok || !isOptString(info.TypeOf(sel.X)) {
		return Field{}, false
	}
	return f, true
}

// isOptString reports whether t is an OptString of an Ark SDK package.
func isOptString(t types.Type) bool {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.Obj().Name() != "OptString" {
		return false
	}
	return IsArkPackage(named.Obj().Pkg().Path())
}

func selectionOf(info *types.Info, sel *ast.SelectorExpr) (Field, bool) {
	role := roleByField[sel.Sel.Name]
	if role == NoRole {
		return Field{}, false
	}
	selection, ok := info.Selections[sel]
	if !ok {
		return Field{}, false // a qualified identifier, not a field
	}
	// The declaring type of the field or method, not the type of X: a struct
	// that embeds *model.APIError selects APIError's Code through it.
	recv := declaringType(selection)
	kind := KindOf(recv)
	if kind == NotAnError {
		return Field{}, false
	}
	if role == Wrapped && kind != RequestError && kind != OpenAIRequestError {
		return Field{}, false
	}
	if sel.Sel.Name == "Response" && kind != OpenAIError {
		return Field{}, false
	}
	// A Responses stream's error event has a Type too, but it is the event's
	// type (always "error"), not one of Ark's error types.
	if role == ErrType && kind == ResponsesErrorEvent {
		return Field{}, false
	}
	return Field{X: sel.X, Kind: kind, Role: role}, true
}

// declaringType returns the type that declares the selected field or method.
func declaringType(sel *types.Selection) types.Type {
	switch obj := sel.Obj().(type) {
	case *types.Func:
		if sig, ok := obj.Type().(*types.Signature); ok && sig.Recv() != nil {
			return sig.Recv().Type()
		}
	case *types.Var:
		// Walk the embedding path from the receiver to the field's struct.
		t := sel.Recv()
		idx := sel.Index()
		for _, i := range idx[:len(idx)-1] {
			st, ok := StructOf(t)
			if !ok {
				return nil
			}
			t = st.Field(i).Type()
		}
		return t
	}
	return nil
}

// StructOf returns the struct type t is, through aliases and one pointer.
func StructOf(t types.Type) (*types.Struct, bool) {
	t = types.Unalias(t)
	if ptr, ok := t.(*types.Pointer); ok {
		t = ptr.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	return st, ok
}
