package arkretry

// retryCounts reports a negative retry count, and retries turned off in a
// package where nothing handles a 429.
func (j *judge) retryCounts() {
	for _, rc := range j.m.RetryCounts {
		what := "WithRetryTimes"
		if rc.Eino {
			what = "ChatModelConfig.RetryTimes"
		}
		switch {
		case rc.N < 0:
			j.report(ruleNegative, rc.Node, nil,
				"%s(%d) sends no request: the SDK's retry loop never runs, so a plain call returns a nil error and an empty response, and a stream call a nil stream whose first Recv panics (batch calls ignore it); use 0 to turn retries off",
				what, rc.N)
		case rc.N == 0 && !j.handles429:
			j.report(ruleRetriesOff, rc.Node, nil,
				"%s(0) turns off the SDK's retries, and nothing in this package handles a 429; back off on the retryable 429 codes or keep the SDK's retries", what)
		}
	}
}
