package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/arkvet/arkvet/codes"
)

// retryRule is one line of retry.txt: "CODE CLASS WHY" for a code, or
// "@STATUS CLASS WHY" ("@400", "@5xx") for the codes with no line of their
// own whose statuses all fall under it.
type retryRule struct {
	line  int
	class codes.Retry
	why   string
	used  bool
}

type retryRules struct {
	codes    map[string]*retryRule
	statuses map[string]*retryRule // "400", "5xx"
}

func parseRetry(name string, data []byte) (*retryRules, error) {
	rules := &retryRules{codes: make(map[string]*retryRule), statuses: make(map[string]*retryRule)}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.SplitN(line, " ", 3)
		if len(f) < 3 || strings.TrimSpace(f[2]) == "" {
			return nil, fmt.Errorf("%s:%d: want \"CODE CLASS WHY\"", name, i+1)
		}
		class, err := codes.ParseRetry(f[1])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, i+1, err)
		}
		r := &retryRule{line: i + 1, class: class, why: strings.TrimSpace(f[2])}
		m, key := rules.codes, f[0]
		if s, ok := strings.CutPrefix(f[0], "@"); ok {
			if !statusRuleOK(s) {
				return nil, fmt.Errorf("%s:%d: status rule %q is not @NNN or @Nxx", name, i+1, f[0])
			}
			m, key = rules.statuses, s
		}
		if prev, ok := m[key]; ok {
			return nil, fmt.Errorf("%s:%d: %s listed twice (first at line %d)", name, i+1, f[0], prev.line)
		}
		m[key] = r
	}
	return rules, nil
}

func statusRuleOK(s string) bool {
	return len(s) == 3 && '1' <= s[0] && s[0] <= '5' &&
		(statusRE.MatchString(s) || s[1:] == "xx")
}

// applyRetry gives every entry its class and argument: its own line, else
// the status rule (@NNN before @Nxx) its statuses share. A 429 code must
// have its own line, since "too many requests" covers both limits that
// clear within a minute and limits that never clear; and a line naming a
// code the pages lack is an error, being a typo or a code the pages
// dropped.
func applyRetry(entries []*entry, rules *retryRules) error {
	var errs []error
	for _, e := range entries {
		if r, ok := rules.codes[e.name]; ok {
			r.used = true
			e.retry, e.why = r.class, r.why
			continue
		}
		var rule *retryRule
		for _, v := range e.variants {
			if v.status == 429 {
				errs = append(errs, fmt.Errorf("%s: 429 code %s needs its own line in %s", retryFile, e.name, retryFile))
				rule = nil
				break
			}
			if v.status == 0 {
				errs = append(errs, fmt.Errorf("%s: no line for %s, which the page gives no status", retryFile, e.name))
				rule = nil
				break
			}
			r := rules.statuses[fmt.Sprint(v.status)]
			if r == nil {
				r = rules.statuses[fmt.Sprintf("%dxx", v.status/100)]
			}
			if r == nil {
				errs = append(errs, fmt.Errorf("%s: no line for %s and no status rule for its status %d", retryFile, e.name, v.status))
				rule = nil
				break
			}
			if rule != nil && rule != r {
				errs = append(errs, fmt.Errorf("%s: %s has statuses under different status rules; give it its own line", retryFile, e.name))
				rule = nil
				break
			}
			rule = r
		}
		if rule != nil {
			e.retry, e.why = rule.class, rule.why
		}
	}
	var unused []string
	for name, r := range rules.codes {
		if !r.used {
			unused = append(unused, fmt.Sprintf("%s:%d: code %s is on neither page", retryFile, r.line, name))
		}
	}
	slices.Sort(unused)
	for _, u := range unused {
		errs = append(errs, errors.New(u))
	}
	return errors.Join(errs...)
}
