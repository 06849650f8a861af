// Package golangci is arkvet's golangci-lint v2 module plugin. Importing it
// registers the linter "arkvet", which runs the analyzers of package
// analyzer configured from the linter's settings in .golangci.yml:
//
//	linters:
//	  enable:
//	    - arkvet
//	  settings:
//	    custom:
//	      arkvet:
//	        type: module
//	        description: checks code that calls the Volcano Engine Ark API
//	        settings:
//	          extra-codes: ark-extra-codes.txt
//	          retry-helpers: (?i)retry|backoff|shouldWait
//	          loggers:
//	            - example.com/app/internal/log.Errorf
//	          checks: [arkcode, arkretry, arkreqid]
//
// The settings are those of analyzer.Settings, and set the same fields as
// arkvet's flags -arkcode.extra and -arkretry.extra (extra-codes),
// -arkretry.helpers (retry-helpers) and -arkreqid.loggers (loggers); checks
// selects analyzers as arkvet's -arkcode, -arkretry and -arkreqid do. A key
// Settings does not have is an error, so a misspelled setting cannot
// silently do nothing.
//
// The plugin also reads arkvet's own configuration file, .arkvet.yaml, the
// first found from the directory golangci-lint runs in up to its module
// root, as arkvet and go vet do: a setting in .golangci.yml replaces the
// file's. A relative extra-codes path in .golangci.yml is relative to the
// module root (the directory of go.mod); in .arkvet.yaml, to that file's
// directory.
//
// Build a golangci-lint that includes the plugin with "golangci-lint custom"
// and a .custom-gcl.yml naming this package; testdata/golangci in this
// repository is such a build, made by hand for arkvet's tests.
package golangci

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"github.com/arkvet/arkvet/analyzer"
	"github.com/arkvet/arkvet/internal/config"
	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
)

func init() { register.Plugin("arkvet", New) }

// New decodes golangci-lint's settings for the linter and builds the
// analyzers with analyzer.Build, so a bad regexp, an unknown check or an
// unreadable codes file stops golangci-lint before it loads any package.
func New(settings any) (register.LinterPlugin, error) {
	if err := checkKeys(settings); err != nil {
		return nil, err
	}
	s, err := register.DecodeSettings[analyzer.Settings](settings)
	if err != nil {
		return nil, err
	}
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	if s, err = withConfigFile(s, wd); err != nil {
		return nil, err
	}
	analyzers, err := analyzer.Build(s)
	if err != nil {
		return nil, err
	}
	return &plugin{analyzers: analyzers}, nil
}

// withConfigFile returns s on top of the .arkvet.yaml that applies in dir,
// its relative extra-codes path resolved against the module root.
func withConfigFile(s analyzer.Settings, dir string) (analyzer.Settings, error) {
	if s.ExtraCodes != "" && !filepath.IsAbs(s.ExtraCodes) {
		root := config.ModuleRoot(dir)
		if root == "" {
			root = dir
		}
		s.ExtraCodes = filepath.Join(root, s.ExtraCodes)
	}
	path, err := config.Find(dir)
	if err != nil || path == "" {
		return s, err
	}
	f, err := config.Load(path)
	if err != nil {
		return s, err
	}
	base := f.Settings
	if s.ExtraCodes != "" {
		base.ExtraCodes = s.ExtraCodes
	}
	if s.RetryHelpers != "" {
		base.RetryHelpers = s.RetryHelpers
	}
	if s.Loggers != nil {
		base.Loggers = s.Loggers
	}
	if s.Checks != nil {
		base.Checks = s.Checks
	}
	return base, nil
}

// checkKeys rejects a key that analyzer.Settings does not have, naming
// those it has. DecodeSettings rejects unknown keys too, but in
// encoding/json's words ("json: unknown field") and ignoring case.
func checkKeys(settings any) error {
	m, ok := settings.(map[string]any)
	if !ok {
		return nil // nil (no settings), or a shape DecodeSettings reports
	}
	var known []string
	for _, f := range reflect.VisibleFields(reflect.TypeFor[analyzer.Settings]()) {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		known = append(known, name)
	}
	for _, key := range slices.Sorted(maps.Keys(m)) {
		if !slices.Contains(known, key) {
			return fmt.Errorf("unknown setting %q; arkvet's settings are %s", key, strings.Join(known, ", "))
		}
	}
	return nil
}

type plugin struct{ analyzers []*analysis.Analyzer }

// BuildAnalyzers returns the analyzers the settings select, each configured
// by them; New built them once, loading the extra codes file once.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) { return p.analyzers, nil }

// GetLoadMode asks for type information: every check matches the SDK's
// types, not the spelling of identifiers.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
