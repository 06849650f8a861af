package arkretry

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/arkvet/arkvet/internal/arksdk"
	"github.com/arkvet/arkvet/internal/handling"
)

// transportType is an SDK's error type for transport failures and bodies
// that do not decode, beside the type it returns for every error with a
// JSON body.
type transportType struct {
	transport, api arksdk.ErrorKind
	transportName  string // as the message names it
	apiName        string
	sdk            string
}

// transportTypes are the SDKs' pairs: the Ark SDKs' (model.RequestError,
// model.APIError) and go-openai's (its handleErrorResp returns a
// *RequestError only when the body does not decode into its error shape,
// which Ark's does).
var transportTypes = []transportType{
	{arksdk.RequestError, arksdk.APIError, "*model.RequestError", "*model.APIError", "the SDK"},
	{arksdk.OpenAIRequestError, arksdk.OpenAIAPIError, "*openai.RequestError", "*openai.APIError", "go-openai"},
}

// wrongErrorType reports 4xx status checks on an SDK's transport error type
// in a unit that tests none of its API error type (for a 429 check: none
// of its API error type for a 429): the SDK returns every Ark error with a
// JSON body as the API type, so a 4xx branch on the transport type never
// runs. A RequestError 429 check beside an APIError switch that names no
// rate limit leaves every 429 unhandled.
func (j *judge) wrongErrorType() {
	for _, tt := range transportTypes {
		// The units with a 429 check on the transport type, the only ones
		// asked whether their API type checks look for a 429.
		transport429 := make(map[any]bool)
		for _, t := range j.m.Tests {
			if t.Func != nil && t.Subject.Kind == tt.transport && t.Role == arksdk.Status {
				if v, ok := t.IntValue(); ok && v == statusTooManyRequests {
					transport429[t.Func.Unit()] = true
				}
			}
		}
		apiErrorTested := make(map[any]bool)
		api429Tested := make(map[any]bool)
		for _, t := range j.m.Tests {
			if t.Func == nil || t.Subject.Kind != tt.api {
				continue
			}
			u := t.Func.Unit()
			apiErrorTested[u] = true
			if transport429[u] && !api429Tested[u] && j.looks429(t) {
				api429Tested[u] = true
			}
		}
		// One finding for a switch's cases or a set's elements, at its
		// 429 check if it has one: they are one decision.
		var order []*handling.Test
		first := make(map[ast.Node]*handling.Test)
		for _, t := range j.m.Tests {
			if t.Role != arksdk.Status || t.Subject.Kind != tt.transport || t.Func == nil {
				continue
			}
			v, ok := t.IntValue()
			if !ok || v < 400 || v >= 500 {
				continue
			}
			tested := apiErrorTested
			if v == statusTooManyRequests && t.Op == handling.Equal {
				tested = api429Tested
			}
			if tested[t.Func.Unit()] || j.judgedElsewhere(t) {
				continue
			}
			if t.Set == nil {
				order = append(order, t)
				continue
			}
			if prev, seen := first[t.Set]; !seen {
				first[t.Set] = t
				order = append(order, t)
			} else if v == statusTooManyRequests && !j.is429Test(prev) {
				first[t.Set] = t
			}
		}
		for _, t := range order {
			if t.Set != nil {
				t = first[t.Set]
			}
			what := "this status check"
			if j.is429Test(t) {
				what = "this 429 check"
			}
			j.report(ruleWrongType, t.Node, nil,
				"%s carries only transport failures and bodies that do not decode; %s returns every Ark error with a JSON body, rate limits included, as %s, so %s misses them; use errors.As with %s",
				tt.transportName, tt.sdk, tt.apiName, what, tt.apiName)
		}
	}
}

// judgedElsewhere reports whether the error t's transport error was taken
// from is also handed, in a condition or an assignment, to a function of
// another package of the program (apierr.IsRateLimited(err), cls :=
// apierr.Classify(err)), not only in a return: that
// function, out of view, may well check the API type for the same 429,
// and the transport check beside it catches a 429 whose body does not
// decode.
func (j *judge) judgedElsewhere(t *handling.Test) bool {
	err := j.m.Origin(t.Subject.Key.Obj)
	if err == nil {
		return false
	}
	var decides []ast.Node // t's function's conditions and kept results
	for _, l := range j.m.Looks(err) {
		call, ok := l.Node.(*ast.CallExpr)
		if !ok {
			continue
		}
		if fn := arksdk.Callee(j.pass.TypesInfo, call); fn != nil && fn.Pkg() != j.pass.Pkg && handling.IsProgramPackage(fn.Pkg()) {
			if decides == nil {
				decides = decidingParts(t.Func.Unit().Node)
			}
			if slices.ContainsFunc(decides, func(n ast.Node) bool { return contains(n, call) }) {
				return true
			}
		}
	}
	return false
}

// decidingParts returns the parts of fn where a call's result decides
// what fn does next: the conditions of its ifs, loops and switches, and
// the right-hand sides of its assignments (cls := apierr.Classify(err),
// tested later). A call in a return hands its verdict to the caller, and
// decides nothing here.
func decidingParts(fn ast.Node) []ast.Node {
	out := []ast.Node{}
	ast.Inspect(fn, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.IfStmt:
			out = append(out, n.Cond)
		case *ast.ForStmt:
			if n.Cond != nil {
				out = append(out, n.Cond)
			}
		case *ast.SwitchStmt:
			if n.Tag != nil {
				out = append(out, n.Tag)
			}
		case *ast.CaseClause:
			for _, e := range n.List {
				out = append(out, e)
			}
		case *ast.AssignStmt:
			for _, e := range n.Rhs {
				out = append(out, e)
			}
		case *ast.ValueSpec:
			for _, e := range n.Values {
				out = append(out, e)
			}
		}
		return true
	})
	return out
}

// foreignTargets reports errors.As, errors.AsType and type assertions to
// one SDK's error type on errors only another SDK returns, when the code
// tests what they take out: volcengine-go-sdk's *model.APIError on the
// error of go-openai pointed at Ark never matches, so its 429 branch never
// runs.
func (j *judge) foreignTargets() {
	if len(j.m.ForeignTargets) == 0 {
		return
	}
	tested := make(map[types.Object]bool)
	for _, t := range j.m.Tests {
		tested[t.Subject.Key.Obj] = true
	}
	for _, ft := range j.m.ForeignTargets {
		if !tested[ft.Target] {
			continue
		}
		what := "type assertion"
		if call, ok := ft.Node.(*ast.CallExpr); ok {
			_, name := handling.FuncOf(j.pass.TypesInfo, call)
			what = "errors." + name
		}
		source := ft.Got.SDKName() + "'s " + j.text(ft.Source.Fun)
		if fn := arksdk.Callee(j.pass.TypesInfo, ft.Source); fn != nil && fn.Pkg() == j.pass.Pkg {
			source = j.text(ft.Source.Fun) + ", which calls Ark through " + ft.Got.SDKName() + ","
		}
		if ft.Handoff != nil {
			source = strings.TrimSuffix(source, ",") + ", handed to " + j.text(ft.Handoff.Fun) + ","
		}
		target := types.TypeString(ft.Target.Type(), (*types.Package).Name)
		j.report(ruleWrongType, ft.Node, nil,
			"the error of %s is never %s's %s, so this %s never matches and the checks of %s never run; use %s",
			source, ft.Want.SDKName(), target, what, ft.Target.Name(), ft.Got.APIErrorType())
	}
}
