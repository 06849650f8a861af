package arkretry

import (
	"go/ast"

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
		at := ast.Node(t.Node)
		if sw, ok := t.Set.(*ast.SwitchStmt); ok && sw.Tag != nil {
			if switches[sw] {
				continue // one finding for the switch
			}
			switches[sw] = true
			at = sw.Tag
		}
		j.report(ruleMidstream, at, nil,
			"%s is always 0 on an Ark error read mid-stream by Recv, so this status check never matches; classify the error by .Code", t.Subject.Field)
	}
	for _, mc := range j.m.MidstreamCalls {
		f := j.m.DeclOf(mc.Callee)
		if f == nil {
			continue
		}
		if t := j.statusTestOf(f, mc); t != nil {
			j.report(ruleMidstream, mc.Call, nil,
				"this error was read mid-stream by Recv, and %s checks its %s, which is always 0 there; classify it by .Code",
				mc.Callee.Name(), t.Subject.Field)
		}
	}
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
