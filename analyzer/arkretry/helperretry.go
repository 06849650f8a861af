package arkretry

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"regexp"

	"github.com/arkvet/arkvet/internal/arksdk"
	"github.com/arkvet/arkvet/internal/handling"
	"golang.org/x/tools/go/types/typeutil"
)

// retryHelperEveryError reports an operation that calls Ark handed to a
// retry helper (retry.Do, backoff.Retry, a function of the package named
// like one) that returns every error as it comes, with no retry condition
// given and no error marked permanent: the helper then retries them all.
func (j *judge) retryHelperEveryError() {
	for _, f := range j.m.Funcs {
		call := f.PassedTo
		if call == nil || !returnsError(f.Sig) {
			continue
		}
		if !j.isRetryHelper(call) && !j.toldToRetryAll(call, f) {
			if ark := j.operationArk(f); ark != nil && !j.looksInside(f) {
				j.foreignNilPolicy(call, f, ark)
			}
			continue
		}
		if j.operationArk(f) == nil {
			continue
		}
		toldAll := j.toldToRetryAll(call, f)
		if toldAll {
			j.report(ruleEveryError, call.Fun, nil,
				"%s is given a retry condition true for every error, so it retries every error the operation returns, AuthenticationError, InvalidParameter, SetLimitExceeded and content-safety rejections included, which no retry clears; make the condition check .HTTPStatusCode or .Code", calleeText(call))
			continue
		}
		if isGoRetry(j.pass.TypesInfo, call) {
			// go-retry retries only what the operation wraps with
			// RetryableError.
			if !j.marksEveryError(f) {
				continue
			}
		} else if j.looksInside(f) || j.hasCondition(call, f) || isPollCondition(f.Sig) && !j.swallowsArkError(f) {
			continue
		}
		j.report(ruleEveryError, call.Fun, nil,
			"%s retries every error the operation returns, AuthenticationError, InvalidParameter, SetLimitExceeded and content-safety rejections included, which no retry clears; give it a retry condition, or mark the errors waiting does not clear as permanent", calleeText(call))
	}
}

// operationArk returns the call to Ark that the operation op (a function
// literal handed to a retry helper) sends: a call of its
// own, or one a function of the package it calls sends for it and hands back
// without a look (retry.Do(func() error { return s.complete(ctx, req) })).
// It returns nil when op reaches Ark neither way.
func (j *judge) operationArk(op *handling.Func) *ast.CallExpr {
	if len(op.ArkCalls) > 0 {
		return op.ArkCalls[0]
	}
	var ark *ast.CallExpr
	ast.Inspect(op.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if handling.ParamCalled(j.pass.TypesInfo, op.Sig, n) == nil {
				_, ark, _ = j.arkSource(n, op)
			}
		}
		return ark == nil
	})
	return ark
}

// isRetryHelper reports whether call calls a retry helper of another
// package: a function of a retry library arkvet knows (retryLibrary), or,
// under a helpers pattern the user gave, a function so named. The
// package's own helpers are judged by their loops instead; another
// package's, out of view without facts, may check the error themselves
// (the application's own retry.Do looking at IsRetryable(err)), and are
// judged only when the user names them.
func (j *judge) isRetryHelper(call *ast.CallExpr) bool {
	obj := typeutil.Callee(j.pass.TypesInfo, call)
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	if fn.Pkg() == j.pass.Pkg {
		// Its body says what it does: a loop in it that retries every error
		// of the operation is a retry-every-error loop of its own.
		return false
	}
	if fn.Pkg() != nil && retryLibrary.MatchString(fn.Pkg().Path()) {
		return true
	}
	return j.namedHelpers && j.helpers.match(fn.Name())
}

// retryLibrary matches the import paths of the retry libraries whose
// retry conditions arkvet reads: github.com/avast/retry-go,
// github.com/cenkalti/backoff/v4, github.com/sethvargo/go-retry,
// k8s.io/apimachinery/pkg/util/wait.
var retryLibrary = regexp.MustCompile(`^(github\.com/avast/retry-go|github\.com/cenkalti/backoff|github\.com/sethvargo/go-retry)(/v[0-9]+)?$|^k8s\.io/apimachinery/pkg/util/wait$`)

// retriesUnmarked matches the retry libraries that run an operation again
// on every error it returns unless it marks the error permanent
// (sethvargo/go-retry retries only errors marked retryable, and
// k8s.io/apimachinery's wait stops on any error).
var retriesUnmarked = regexp.MustCompile(`^(github\.com/avast/retry-go|github\.com/cenkalti/backoff)(/v[0-9]+)?$`)

// giveUp matches what retry libraries call an error not to retry, and
// their retry conditions: backoff.Permanent, retry.Unrecoverable,
// retry.RetryIf, retry.OnRetry is not one.
var giveUp = regexp.MustCompile(`(?i)permanent|unrecoverable|retryif|retryable|^if$|condition`)

// nameMatcher is a regexp over function names that remembers its verdicts:
// a package calls the same few functions over and over.
type nameMatcher struct {
	re   *regexp.Regexp
	seen map[string]bool
}

func newNameMatcher(re *regexp.Regexp) *nameMatcher {
	return &nameMatcher{re: re, seen: make(map[string]bool)}
}

func (m *nameMatcher) match(name string) bool {
	ok, seen := m.seen[name]
	if !seen {
		ok = m.re.MatchString(name)
		m.seen[name] = ok
	}
	return ok
}

// looksInside reports whether the operation f looks at an Ark error's code,
// type or status, or marks an error permanent.
func (j *judge) looksInside(f *handling.Func) bool {
	for _, t := range j.unitTests[f.Unit()] {
		if t.Func == f {
			return true
		}
	}
	found := false
	ast.Inspect(f.Body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && j.giveUp.match(arksdk.CalledName(call)) {
			found = true
		}
		if call, ok := n.(*ast.CallExpr); ok {
			if path, name := handling.FuncOf(j.pass.TypesInfo, call); handling.LooksAtError(j.pass.TypesInfo, call, path, name) {
				found = true
			}
		}
		return !found
	})
	return found
}

// hasCondition reports whether the helper is given a retry condition
// beside the operation: an option named like one (retry.RetryIf(...)), or
// a bool function value.
func (j *judge) hasCondition(call *ast.CallExpr, op *handling.Func) bool {
	for _, a := range call.Args {
		if a == op.Node {
			continue
		}
		switch a := ast.Unparen(a).(type) {
		case *ast.CallExpr:
			// retry.RetryIf(func(error) bool { return true }) is none.
			if j.giveUp.match(arksdk.CalledName(a)) && !j.optionRetriesAll(a) {
				return true
			}
		default:
			// A bool function value: a literal, a function or a variable
			// holding one (retry.Do(ctx, p, isTransient, op)); untyped nil
			// and a literal true for every error (retry everything) are none.
			if j.alwaysTrue(a) {
				continue
			}
			if t := j.pass.TypesInfo.TypeOf(a); t != nil {
				if sig, ok := t.Underlying().(*types.Signature); ok && handling.ReturnsBool(sig) {
					return true
				}
			}
		}
	}
	return false
}

// toldToRetryAll reports whether call, to a function of another package
// that its own name or its package's says retries (retryx.Do, a module's
// retry package), is handed, beside the operation op, a condition that is
// true for every error: func(error) bool { return true }. Whatever else
// the helper does, it was told to retry them all.
func (j *judge) toldToRetryAll(call *ast.CallExpr, op *handling.Func) bool {
	fn, ok := typeutil.Callee(j.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg() == j.pass.Pkg || !j.helpers.match(fn.Name()) && !j.helpers.match(fn.Pkg().Name()) {
		return false
	}
	for _, a := range call.Args {
		if a != op.Node && (j.alwaysTrue(a) || j.policyRetriesAll(a, op.Outer) || j.optionRetriesAll(a)) {
			return true
		}
	}
	return false
}

// optionRetriesAll reports whether e is a retry library's condition option
// given a condition true for every error: retry.RetryIf(func(error) bool
// { return true }).
func (j *judge) optionRetriesAll(e ast.Expr) bool {
	opt, ok := ast.Unparen(e).(*ast.CallExpr)
	return ok && j.giveUp.match(arksdk.CalledName(opt)) && len(opt.Args) == 1 && j.alwaysTrue(opt.Args[0])
}

// policyRetriesAll reports whether e is a policy whose retry condition is
// true for every error: a composite literal, or a local of caller declared
// with one and only read, one of whose fields is set to such a literal
// (retry.Policy{ShouldRetry: func(error) bool { return true }}).
func (j *judge) policyRetriesAll(e ast.Expr, caller *handling.Func) bool {
	lit := compositeOf(j.policyValue(e, caller))
	if lit == nil {
		return false
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok && j.alwaysTrue(kv.Value) {
			return true
		}
	}
	return false
}

// alwaysTrue reports whether e is a function literal of an error giving a
// bool verdict that returns the constant true on every return, or that its
// error parameter is not nil (a condition is asked only of errors). A
// literal that is not given the error decides nothing about it: the Ark
// SDK's own utils.Retry takes func() bool { return true } as a gate beside
// the error predicate that decides.
func (j *judge) alwaysTrue(e ast.Expr) bool {
	lit, ok := ast.Unparen(e).(*ast.FuncLit)
	if !ok {
		return false
	}
	sig, ok := j.pass.TypesInfo.TypeOf(lit).(*types.Signature)
	if !ok || !handling.ReturnsBool(sig) || !handling.TakesError(sig) {
		return false
	}
	returns, always := everyReturn(lit.Body, func(ret *ast.ReturnStmt) bool {
		if len(ret.Results) != 1 {
			return false
		}
		v := j.pass.TypesInfo.Types[ret.Results[0]].Value
		return v != nil && v.Kind() == constant.Bool && constant.BoolVal(v) || j.isNonNil(ret.Results[0], sig)
	})
	return always && returns > 0
}

// isNonNil reports whether e is err != nil, err the error parameter of sig.
func (j *judge) isNonNil(e ast.Expr, sig *types.Signature) bool {
	b, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok || b.Op != token.NEQ {
		return false
	}
	x, y := ast.Unparen(b.X), ast.Unparen(b.Y)
	if j.pass.TypesInfo.Types[x].IsNil() {
		x, y = y, x
	}
	id, ok := x.(*ast.Ident)
	if !ok || !j.pass.TypesInfo.Types[y].IsNil() {
		return false
	}
	v, ok := j.pass.TypesInfo.Uses[id].(*types.Var)
	return ok && paramIndex(sig, v) >= 0 && handling.IsError(v.Type())
}

const goRetryPath = "github.com/sethvargo/go-retry"

// isGoRetry reports whether call calls a function of go-retry, which
// retries only the errors its function wraps with retry.RetryableError.
func isGoRetry(info *types.Info, call *ast.CallExpr) bool {
	fn := arksdk.Callee(info, call)
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == goRetryPath
}

// marksEveryError reports whether the operation f hands an error to
// go-retry's RetryableError without a look at it first: every such error
// is retried.
func (j *judge) marksEveryError(f *handling.Func) bool {
	info := j.pass.TypesInfo
	found := false
	ast.Inspect(f.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found || len(call.Args) != 1 {
			return !found
		}
		if fn := arksdk.Callee(info, call); fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != goRetryPath || fn.Name() != "RetryableError" {
			return true
		}
		if id, ok := ast.Unparen(call.Args[0]).(*ast.Ident); ok {
			if err := info.Uses[id]; err != nil && !j.looksAt(err, f.Body, f) {
				found = true
			}
		}
		return !found
	})
	return found
}

// isPollCondition reports whether sig is a poll's condition, func(...)
// (done bool, err error), whose error ends the poll rather than being
// retried (k8s.io/apimachinery/pkg/util/wait).
func isPollCondition(sig *types.Signature) bool {
	r := sig.Results()
	return r.Len() == 2 && handling.IsBool(r.At(0).Type()) && handling.IsError(r.At(1).Type())
}

// swallowsArkError reports whether the poll condition f answers an error
// of a call to Ark with a nil error (if err != nil { return false, nil }):
// the poll then goes on after it.
func (j *judge) swallowsArkError(f *handling.Func) bool {
	for _, chk := range j.m.ErrChecks {
		if chk.Func != f || !chk.NonNil || chk.Branch == nil || len(chk.Branch.Body) == 0 {
			continue
		}
		ret, ok := chk.Branch.Body[len(chk.Branch.Body)-1].(*ast.ReturnStmt)
		if ok && len(ret.Results) == 2 && j.pass.TypesInfo.Types[ret.Results[1]].IsNil() {
			return true
		}
	}
	return false
}

// returnsError reports whether sig's last result is an error.
func returnsError(sig *types.Signature) bool {
	if sig == nil || sig.Results().Len() == 0 {
		return false
	}
	return handling.IsError(sig.Results().At(sig.Results().Len() - 1).Type())
}

// calleeText names the called function as written: retry.Do, backoff.Retry.
func calleeText(call *ast.CallExpr) string {
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		if id, ok := f.X.(*ast.Ident); ok {
			return id.Name + "." + f.Sel.Name
		}
		return f.Sel.Name
	case *ast.Ident:
		return f.Name
	}
	return "the retry helper"
}

// retryConfigEveryError reports eino's adk.ModelRetryConfig with neither
// IsRetryAble nor ShouldRetry: eino then retries every error of the model.
func (j *judge) retryConfigEveryError() {
	for _, rc := range j.m.RetryConfigs {
		if rc.Condition != nil {
			continue
		}
		// eino v0.9.x deprecates IsRetryAble for ShouldRetry: advise the
		// field the version in use has.
		field := arksdk.RetryConditionField(j.pass.TypesInfo.TypeOf(rc.Lit))
		j.report(ruleEveryError, rc.Lit, nil,
			"adk.ModelRetryConfig with no %s retries every error of the Ark model, AuthenticationError, InvalidParameter, SetLimitExceeded and content-safety rejections included, which no retry clears; set %s to retry only the codes waiting clears", field, field)
	}
}
