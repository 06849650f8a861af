package arkretry

import (
	"github.com/arkvet/arkvet/internal/arksdk"
)

// wrongErrorType reports status checks on *model.RequestError in a unit
// that tests no *model.APIError: the SDK returns every Ark error with a JSON
// body as an APIError, so a 4xx branch on a RequestError never runs.
func (j *judge) wrongErrorType() {
	apiErrorTested := make(map[any]bool)
	for _, t := range j.m.Tests {
		if t.Func != nil && t.Subject.Kind == arksdk.APIError {
			apiErrorTested[t.Func.Unit()] = true
		}
	}
	for _, t := range j.m.Tests {
		if t.Role != arksdk.Status || t.Subject.Kind != arksdk.RequestError || t.Func == nil || apiErrorTested[t.Func.Unit()] {
			continue
		}
		v, ok := t.IntValue()
		if !ok || v < 400 || v >= 500 {
			continue
		}
		what := "this status check"
		if v == statusTooManyRequests {
			what = "this 429 check"
		}
		j.report(ruleWrongType, t.Node, nil,
			"*model.RequestError carries only transport failures and bodies that do not decode; the SDK returns every Ark error with a JSON body, rate limits included, as *model.APIError, so %s never matches; use errors.As with *model.APIError", what)
	}
}
