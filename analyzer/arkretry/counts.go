package arkretry

import (
	"go/ast"

	"github.com/arkvet/arkvet/internal/arksdk"
	"github.com/arkvet/arkvet/internal/handling"
)

// retryCounts reports a negative retry count, and retries turned off in a
// package where nothing handles a 429.
func (j *judge) retryCounts() {
	for _, rc := range j.m.RetryCounts {
		what := "WithRetryTimes"
		if rc.Eino {
			what = "ChatModelConfig.RetryTimes"
		}
		switch {
		case rc.N < 0 && rc.Var != nil && !rc.Eino:
			// retries := -1 ("unlimited"), set only when configured.
			j.report(ruleNegative, rc.Node, nil, "%s starts at %d and may reach %s unchanged: %s(%d) means %s; use 0 to turn retries off",
				rc.Var.Name(), rc.N, what, what, rc.N, j.negativeMeaning(rc))
		case rc.N < 0:
			j.report(ruleNegative, rc.Node, nil, "%s(%d) means %s; use 0 to turn retries off", what, rc.N, j.negativeMeaning(rc))
		case rc.N == 0 && !j.handles429:
			j.report(ruleRetriesOff, rc.Node, nil,
				"%s(0) turns off the SDK's retries, and nothing in this package handles a 429; back off on the retryable 429 codes or keep the SDK's retries", what)
		}
	}
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
