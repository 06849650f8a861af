package arkretry

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"github.com/arkvet/arkvet/internal/arksdk"
	"github.com/arkvet/arkvet/internal/handling"
)

// retryCounts reports a negative retry count, and retries turned off in a
// package where nothing handles a 429.
func (j *judge) retryCounts() {
	for _, rc := range j.m.RetryCounts {
		what, count := "WithRetryTimes", fmt.Sprintf("WithRetryTimes(%d)", rc.N)
		if rc.Eino {
			// A field, not a call: RetryTimes: &retries.
			what = rc.Config + ".RetryTimes"
			count = fmt.Sprintf("%s = %d", what, rc.N)
		}
		switch {
		case rc.N < 0 && rc.Flag != "":
			// RetryTimes: retries, from flag.Int("retries", -1, ...).
			j.report(ruleNegative, rc.Node, nil, "the -%s flag defaults to %d, and %s means %s; default it to 0 or more",
				rc.Flag, rc.N, count, j.negativeMeaning(rc))
		case rc.N < 0 && rc.Var != nil && !rc.Eino:
			// retries := -1 ("unlimited"), set only when configured.
			j.report(ruleNegative, rc.Node, nil, "%s starts at %d and may reach %s unchanged, and %s means %s; use 0 to turn retries off",
				rc.Var.Name(), rc.N, what, count, j.negativeMeaning(rc))
		case rc.N < 0:
			j.report(ruleNegative, rc.Node, nil, "%s means %s; use 0 to turn retries off", count, j.negativeMeaning(rc))
		case rc.N == 0 && j.inTestFile(rc.Node):
			// A test turns retries off to see one request per call (against
			// httptest.Server): no 429 of Ark's reaches it.
		case rc.N == 0 && j.onlyHandedOn(rc):
			// streamCli handed to proxy.New: the code that calls it is
			// out of view, and may well back off.
		case rc.N == 0 && !j.handles429:
			of := ""
			if rc.Client != nil {
				of = " for " + j.clientName(rc.Client)
			}
			j.report(ruleRetriesOff, rc.Node, nil,
				"%s turns off the SDK's retries%s, and nothing in this package handles a 429; back off on the retryable 429 codes or keep the SDK's retries", count, of)
		case rc.N == 0 && rc.Client != nil:
			if call, in, ok := j.unhandledClient(rc); ok {
				j.report(ruleRetriesOff, rc.Node, nil,
					"%s turns off the SDK's retries for %s, and nothing handles a 429 of its calls (%s in %s); back off on the retryable 429 codes or keep the SDK's retries",
					count, j.clientName(rc.Client), arksdk.CalledName(call), in)
			}
		}
	}
}

// clientName names the variable or field v a client is kept in: a field
// by its struct type too (Extractor.client), as a bare field name says
// little; a local by the field it is put in, if any.
func (j *judge) clientName(v *types.Var) string {
	if !v.IsField() {
		// c := New(...); return &Worker{client: c}: the field is where a
		// reader looks, not the constructor's short-lived local.
		holders, _ := j.storedIn(v)
		var field *types.Var // the first declared, for one answer every run
		for h := range holders {
			if f, ok := h.(*types.Var); ok && f.IsField() && (field == nil || f.Pos() < field.Pos()) {
				field = f
			}
		}
		if field != nil {
			return j.clientName(field)
		}
		return v.Name()
	}
	scope := j.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		if st, ok := tn.Type().Underlying().(*types.Struct); ok {
			for f := range st.Fields() {
				if f == v {
					return tn.Name() + "." + v.Name()
				}
			}
		}
	}
	return v.Name()
}

// negativeMeaning says what a negative count does with the SDK the count
// is given to.
func (j *judge) negativeMeaning(rc *handling.RetryCount) string {
	var sdk arksdk.SDK
	var ok bool
	if rc.Eino {
		sdk, ok = arksdk.SDKOfField(j.pass.TypesInfo, rc.Node.(*ast.KeyValueExpr).Key)
	} else {
		sdk, ok = arksdk.SDKOfCall(j.pass.TypesInfo, rc.Calls)
	}
	if !ok {
		return "no request is sent"
	}
	return sdk.NegativeRetryTimes()
}

// unhandledClient reports, for retries turned off on a client kept in a
// variable or field, whether every call made on it is in a function that
// handles no 429, nor has a caller in the package that does: the package
// handles 429s elsewhere, for other clients. It returns one such call and
// its function's name. A client used in any other way (handed on, copied)
// may be called out of view, and is not judged.
func (j *judge) unhandledClient(rc *handling.RetryCount) (*ast.CallExpr, string, bool) {
	type site struct {
		call *ast.CallExpr
		f    *handling.Func
	}
	var sites []site
	receivers := make(map[*ast.Ident]bool)
	holders, stored := j.storedIn(rc.Client) // cli, and the field r.cli it is put in
	for _, f := range j.m.Funcs {
		for _, call := range f.ArkCalls {
			if id := j.receiverOf(call); id != nil && holders[j.pass.TypesInfo.Uses[id]] {
				sites = append(sites, site{call, f})
				receivers[id] = true
			}
		}
	}
	if len(sites) == 0 {
		return nil, "", false
	}
	if !j.usedOnlyAt(holders, func(id *ast.Ident) bool { return id == rc.ClientAt || receivers[id] || stored[id] }) {
		return nil, "", false
	}
	for _, s := range sites {
		unit := s.f.Unit()
		if j.unitHandles429(unit) || len(j.toHelpers[s.f]) > 0 || j.toRetryingHelper(s.f) {
			return nil, "", false
		}
		// A literal at package level has uses out of reach.
		if unit.Obj == nil || j.handledAbove(unit) && j.handsErrorUp(s.f, s.call) {
			return nil, "", false
		}
	}
	return sites[0].call, sites[0].f.Unit().Obj.Name(), true
}

// handsErrorUp reports whether f may give the error of call back to its
// caller: a return of f gives back an error variable, or one wrapped
// (return err, return fmt.Errorf("...: %w", err), return lastErr). One
// whose every return gives back nil or a new error (return &Clip{Reason:
// err.Error()}, nil) stops the error there, and leaves no caller to handle
// its 429. A call whose error the model does not follow counts as handing
// it up.
func (j *judge) handsErrorUp(f *handling.Func, call *ast.CallExpr) bool {
	followed := false
	for _, chk := range j.m.ErrChecks {
		if chk.Call == call && chk.Func == f {
			followed = true
			break
		}
	}
	if !followed || f.Body == nil {
		return true
	}
	info := j.pass.TypesInfo
	_, none := everyReturn(f.Body, func(ret *ast.ReturnStmt) bool { return !returnsTheError(info, ret) })
	return !none
}

// storedIn returns the client variable v and, when v is a local, the
// fields it is put in (&replayer{cli: cli}, r.cli = cli), with the uses of
// v that put it there.
func (j *judge) storedIn(v *types.Var) (map[types.Object]bool, map[*ast.Ident]bool) {
	holders := map[types.Object]bool{v: true}
	stored := make(map[*ast.Ident]bool)
	if v.IsField() || v.Parent() == v.Pkg().Scope() {
		return holders, stored
	}
	info := j.pass.TypesInfo
	put := func(field ast.Expr, value ast.Expr) {
		id, ok := ast.Unparen(value).(*ast.Ident)
		if !ok || info.Uses[id] != v {
			return
		}
		if key := arksdk.NameOf(field); key != nil {
			if f, ok := info.ObjectOf(key).(*types.Var); ok && f.IsField() {
				holders[f], stored[id], stored[key] = true, true, true
			}
		}
	}
	j.fieldPuts(func(field ast.Expr, _ types.Type, value ast.Expr) { put(field, value) })
	return holders, stored
}

// fieldPuts calls put for every value the package's functions put in a
// field: the field's key in a composite literal (&Worker{client: c}) or
// the selector assigned (w.client = c), the type holding the field, and
// the value.
func (j *judge) fieldPuts(put func(field ast.Expr, holder types.Type, value ast.Expr)) {
	info := j.pass.TypesInfo
	for _, f := range j.m.Funcs {
		for _, n := range f.Flows {
			switch n := n.(type) {
			case *ast.CompositeLit:
				for _, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						put(kv.Key, info.TypeOf(n), kv.Value)
					}
				}
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i, l := range n.Lhs {
						if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok {
							put(l, info.TypeOf(sel.X), n.Rhs[i])
						}
					}
				}
			}
		}
	}
}

// onlyHandedOn reports whether the client rc turns retries off for, kept
// in a variable or field, is used in the package only to be handed to
// functions of other packages, which call it out of view, or is put in a
// field the package never reads (&Clients{Batch: ...} returned to the
// program, or a local put there: its calls are all elsewhere); or whether the client is returned
// by a function the package never calls (an exported constructor).
func (j *judge) onlyHandedOn(rc *handling.RetryCount) bool {
	if rc.ReturnedBy != nil {
		// NewBatch(c) returns the client to other packages: their calls.
		return j.usedOnlyAt(map[types.Object]bool{rc.ReturnedBy: true}, func(*ast.Ident) bool { return false })
	}
	if rc.Client == nil {
		return false
	}
	handed := make(map[*ast.Ident]bool)
	for _, f := range j.m.Funcs {
		for _, n := range f.Flows {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				continue
			}
			if fn := arksdk.Callee(j.pass.TypesInfo, call); fn == nil || fn.Pkg() == j.pass.Pkg {
				continue
			}
			for _, a := range call.Args {
				if id, ok := ast.Unparen(a).(*ast.Ident); ok && j.pass.TypesInfo.Uses[id] == rc.Client {
					handed[id] = true
				}
			}
		}
	}
	// A local put in fields (c := New(...); out = append(out,
	// &Endpoint{Client: c})) is handed on too when those fields are read
	// nowhere in the package.
	holders, stored := j.storedIn(rc.Client)
	return (len(handed) > 0 || len(holders) > 1 || rc.Client.IsField()) &&
		j.usedOnlyAt(holders, func(id *ast.Ident) bool { return id == rc.ClientAt || handed[id] || stored[id] })
}

// usedOnlyAt reports whether every use of the objects in holders is one
// that at accepts.
func (j *judge) usedOnlyAt(holders map[types.Object]bool, at func(*ast.Ident) bool) bool {
	for id, obj := range j.pass.TypesInfo.Uses {
		if holders[obj] && !at(id) {
			return false
		}
	}
	return true
}

// handledAbove reports whether the error of f's calls may be handled for
// 429 by a function that f hands its error up to: a caller in the package,
// directly or through others, that looks at a 429, or one out of view (f,
// or a caller it hands the error up to, returns an error and is called
// nowhere in the package: it is exported, or used by reflection).
func (j *judge) handledAbove(f *handling.Func) bool {
	seen := map[*handling.Func]bool{f: true}
	for queue := []*handling.Func{f}; len(queue) > 0; queue = queue[1:] {
		g := queue[0]
		if g.Obj == nil || !returnsError(g.Sig) {
			continue // the error stops here
		}
		users := j.usersOf(g.Obj)
		if len(users) == 0 {
			return true
		}
		for _, u := range users {
			if seen[u] {
				continue
			}
			if j.unitLooksAt429(u, nil) {
				return true
			}
			seen[u] = true
			queue = append(queue, u)
		}
	}
	return false
}

// receiverOf returns the identifier that names the client a method call is
// made on: c in c.CreateChatCompletion(...), client in
// s.client.CreateChatCompletion(...); nil for anything else.
func (j *judge) receiverOf(call *ast.CallExpr) *ast.Ident {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		return arksdk.NameOf(sel.X)
	}
	return nil
}

// inTestFile reports whether n is in a _test.go file.
func (j *judge) inTestFile(n ast.Node) bool {
	f := j.pass.Fset.File(n.Pos())
	return f != nil && strings.HasSuffix(f.Name(), "_test.go")
}
