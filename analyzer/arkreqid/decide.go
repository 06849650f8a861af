package arkreqid

import (
	"fmt"
	"go/ast"

	"golang.org/x/tools/go/analysis"

	"github.com/arkvet/arkvet/internal/diag"
)

// decide reports the new errors and logging calls of the unit that use an
// Ark error's fields without its request ID.
func (u *unit) decide() {
	if !u.sawField {
		return
	}
	for _, e := range u.newErrs {
		var t taint
		switch e := e.(type) {
		case *ast.CallExpr:
			t = u.evalAll(e.Args)
		case *ast.CompositeLit:
			if !u.isErrorLiteral(e) {
				continue
			}
			t = u.evalAll(e.Elts)
		}
		if t.field == nil || t.id {
			continue
		}
		diag.Report(u.pass, analysis.Diagnostic{
			Pos:            e.Pos(),
			End:            e.End(),
			Category:       "rewrapped-without-request-id",
			URL:            u.pass.Analyzer.URL + "#hdr-Re_wrapped_without_its_request_ID",
			Message:        fmt.Sprintf("Ark error re-wrapped without its request ID; wrap it with %%w or add %s", u.idText(t.field)),
			SuggestedFixes: u.wrapFix(e, t.field),
		})
	}
	for _, lc := range u.calls {
		args := lc.call.Args
		if lc.fn.stdio {
			args = args[1:] // the writer, os.Stdout or os.Stderr
		}
		// The callee expression holds the chain: logrus.WithField(...).Error,
		// log.Error().Str(...).Msg, logger.With(...).Info.
		t := u.eval(lc.call.Fun).union(u.evalAll(args))
		if t.field == nil || t.id {
			continue
		}
		diag.Report(u.pass, analysis.Diagnostic{
			Pos:            lc.call.Pos(),
			End:            lc.call.End(),
			Category:       "logged-without-request-id",
			URL:            u.pass.Analyzer.URL + "#hdr-Logged_without_its_request_ID",
			Message:        fmt.Sprintf("Ark error logged without its request ID; add %s", u.idText(t.field)),
			SuggestedFixes: u.logFix(lc, t.field),
		})
	}
}
