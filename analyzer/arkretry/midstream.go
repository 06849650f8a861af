package arkretry

import (
	"go/ast"
	"go/types"
	"path/filepath"

	"github.com/arkvet/arkvet/internal/arksdk"
	"github.com/arkvet/arkvet/internal/handling"
)

// midstreamStatus reports status checks of Ark errors read mid-stream by
// Recv, whose status is always 0: in the same function, or in a function of
// the package the error is handed to (one call deep).
func (j *judge) midstreamStatus() {
	switches := make(map[*ast.SwitchStmt]bool)
	for _, t := range j.m.Tests {
		if t.Role != arksdk.Status || !t.Subject.Midstream {
			continue
		}
		if v, ok := t.IntValue(); !ok || v == 0 {
			continue
		}
		at, first := checkAt(t, switches)
		if !first {
			continue
		}
		j.report(ruleMidstream, at, nil,
			"%s is always 0 on an Ark error read mid-stream by Recv, so this status check never matches; classify the error by .Code", t.Subject.Field)
	}
	// One call deep: reported at the check, where the fix and an
	// //arkvet:ignore go, naming the call that hands the error over.
	reported := make(map[*handling.Test]bool)
	for _, mc := range j.m.MidstreamCalls {
		f := j.m.DeclOf(mc.Callee)
		if f == nil {
			continue
		}
		t := j.statusTestOf(f, mc)
		if t == nil || reported[t] {
			continue
		}
		reported[t] = true
		if at, first := checkAt(t, switches); first {
			pos := j.pass.Fset.Position(mc.Call.Pos())
			j.report(ruleMidstream, at, nil,
				"%s is handed, at %s:%d, an Ark error read mid-stream by Recv, whose %s is always 0, so this status check never matches it; classify it by .Code",
				mc.Callee.Name(), filepath.Base(pos.Filename), pos.Line, t.Subject.Field)
		}
	}
}

// checkAt returns where to report the status test t: at t, or at the tag
// of the tagged switch it is a case of, first says, once per switch.
func checkAt(t *handling.Test, switches map[*ast.SwitchStmt]bool) (at ast.Node, first bool) {
	sw, ok := t.Set.(*ast.SwitchStmt)
	if !ok || sw.Tag == nil {
		return t.Node, true
	}
	if switches[sw] {
		return nil, false // one finding for the switch
	}
	switches[sw] = true
	return sw.Tag, true
}

// statusTestOf returns a status test in f (and the literals in it) of the
// parameter mc hands the error to, or of an Ark error taken from it.
func (j *judge) statusTestOf(f *handling.Func, mc *handling.MidstreamCall) *handling.Test {
	for _, t := range j.unitTests[f.Unit()] {
		if t.Role != arksdk.Status {
			continue
		}
		if v, ok := t.IntValue(); !ok || v == 0 {
			continue
		}
		if o := t.Subject.Key.Obj; o == mc.Param || o != nil && j.m.Origin(o) == mc.Param {
			return t
		}
	}
	return nil
}

// readMidstream reports whether t tests an error read mid-stream, where it
// is, or a status of one a function is handed: the midstream-status rule
// says the status check never matches, and what the check would retry is
// beside the point.
func (j *judge) readMidstream(t *handling.Test) bool {
	return t.Subject.Midstream || t.Role == arksdk.Status && j.handedMidstream(t)
}

// handedMidstream reports whether t tests a parameter of its function (or
// an Ark error taken from it) that every call of the function in the
// package hands an error read mid-stream (t.midStreamError(chunk, err)
// after err = stream.Recv()).
func (j *judge) handedMidstream(t *handling.Test) bool {
	if t.Func == nil || t.Subject.Key.Obj == nil {
		return false
	}
	fn := t.Func.Unit().Obj
	if fn == nil {
		return false
	}
	param := t.Subject.Key.Obj
	if o := j.m.Origin(param); o != nil {
		param = o
	}
	calls := make(map[*ast.CallExpr]bool)
	for _, mc := range j.m.MidstreamCalls {
		if mc.Callee == fn && mc.Param == param {
			calls[mc.Call] = true
		}
	}
	if len(calls) == 0 {
		return false
	}
	// Every use of fn is the callee of one of those calls.
	return j.usedOnlyAt(map[types.Object]bool{fn: true}, func(id *ast.Ident) bool {
		for call := range calls {
			if arksdk.NameOf(call.Fun) == id {
				return true
			}
		}
		return false
	})
}
