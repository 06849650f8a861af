// Package analyzer is the arkvet suite: every arkvet analyzer, as default
// instances for drivers that take flags (cmd/arkvet, nogo), or built from one
// Settings value for drivers that take configuration (golangci-lint).
//
// The analyzers themselves live in the subpackages arkcode, arkretry and
// arkreqid; each is a plain *analysis.Analyzer.
package analyzer

import (
	"fmt"
	"regexp"
	"slices"

	"github.com/arkvet/arkvet/analyzer/arkcode"
	"github.com/arkvet/arkvet/analyzer/arkreqid"
	"github.com/arkvet/arkvet/analyzer/arkretry"
	"github.com/arkvet/arkvet/codes"
	"golang.org/x/tools/go/analysis"
)

// Analyzers returns the default instance of every arkvet analyzer, each
// configured by its own flags.
func Analyzers() []*analysis.Analyzer {
	return []*analysis.Analyzer{arkcode.Analyzer, arkretry.Analyzer, arkreqid.Analyzer}
}

// Settings configure the whole suite at once. golangci-lint's plugin
// settings decode into it, so its JSON names are the keys users write.
type Settings struct {
	// ExtraCodes is a file of Ark error codes in the table's own format,
	// added to the built-in table for every analyzer.
	ExtraCodes string `json:"extra-codes"`
	// RetryHelpers is arkretry's regexp of function names that decide retries.
	RetryHelpers string `json:"retry-helpers"`
	// Loggers are arkreqid's extra logging functions: importpath.Func or
	// importpath.Type.Method.
	Loggers []string `json:"loggers"`
	// Checks names the analyzers to run; empty runs them all.
	Checks []string `json:"checks"`
}

// Build returns the analyzers that s selects, configured by s.
func Build(s Settings) ([]*analysis.Analyzer, error) {
	var table *codes.Table
	if s.ExtraCodes != "" {
		extra, err := codes.LoadFile(s.ExtraCodes)
		if err != nil {
			return nil, fmt.Errorf("extra-codes: %v", err)
		}
		table = codes.Default().WithExtra(extra)
	}
	var helpers *regexp.Regexp
	if s.RetryHelpers != "" {
		re, err := regexp.Compile(s.RetryHelpers)
		if err != nil {
			return nil, fmt.Errorf("retry-helpers: %v", err)
		}
		helpers = re
	}
	codeCfg := arkcode.Config{Codes: table}
	retryCfg := arkretry.Config{Codes: table, Helpers: helpers}
	reqidCfg := arkreqid.Config{Loggers: s.Loggers}
	if err := codeCfg.Validate(); err != nil {
		return nil, fmt.Errorf("extra-codes: %v", err)
	}
	if err := retryCfg.Validate(); err != nil {
		return nil, fmt.Errorf("retry-helpers: %v", err)
	}
	if err := reqidCfg.Validate(); err != nil {
		return nil, fmt.Errorf("loggers: %v", err)
	}
	all := []*analysis.Analyzer{arkcode.New(codeCfg), arkretry.New(retryCfg), arkreqid.New(reqidCfg)}
	if len(s.Checks) == 0 {
		return all, nil
	}
	var chosen []*analysis.Analyzer
	for _, name := range s.Checks {
		i := slices.IndexFunc(all, func(a *analysis.Analyzer) bool { return a.Name == name })
		if i < 0 {
			return nil, fmt.Errorf("checks: unknown check %q (arkvet has arkcode, arkretry, arkreqid)", name)
		}
		if !slices.Contains(chosen, all[i]) { // a check named twice runs once
			chosen = append(chosen, all[i])
		}
	}
	return chosen, nil
}
