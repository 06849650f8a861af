package main

import (
	"errors"
	"flag"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/arkvet/arkvet/analyzer"
	"github.com/arkvet/arkvet/internal/config"
	"golang.org/x/tools/go/analysis"
)

// settings are the analyzers' settings given on the command line, in both
// modes: the suite-wide -extra, each analyzer's own flags (-arkcode.extra,
// -arkretry.helpers, ...) in the order given, and the -NAME switches that
// select checks. They are applied on top of the configuration file.
type settings struct {
	extra    string
	perCheck []checkFlag
	enable   map[string]bool // -arkcode=true / -arkretry=false
}

// checkFlag is one -CHECK.FLAG=VALUE.
type checkFlag struct{ check, name, value string }

func (f checkFlag) String() string { return "-" + f.check + "." + f.name + "=" + f.value }

// register adds the settings flags to fs: -extra, -NAME and -NAME.FLAG for
// every analyzer, with the names and usage of the analyzers' own flags.
func (s *settings) register(fs *flag.FlagSet) {
	s.enable = map[string]bool{}
	fs.StringVar(&s.extra, "extra", "", "a file of extra Ark error codes, in the format of the built-in table, for every check")
	for _, a := range analyzer.Analyzers() {
		fs.Var(enableFlag{a.Name, s.enable}, a.Name, "-"+a.Name+" runs only the checks so named; -"+a.Name+"=false, all but those")
		a.Flags.VisitAll(func(f *flag.Flag) {
			rec := recordFlag{check: a.Name, name: f.Name, into: &s.perCheck}
			if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
				fs.Var(boolRecordFlag{rec}, a.Name+"."+f.Name, f.Usage)
				return
			}
			fs.Var(rec, a.Name+"."+f.Name, f.Usage)
		})
	}
}

// isSettingFlag reports whether name (without dashes) is a flag register
// adds.
func isSettingFlag(name string) bool {
	if name == "extra" {
		return true
	}
	check, _, _ := strings.Cut(name, ".")
	return slices.ContainsFunc(analyzer.Analyzers(), func(a *analysis.Analyzer) bool { return a.Name == check })
}

// resolve makes the relative file paths among s absolute against dir.
func (s *settings) resolve(dir string) {
	abs := func(p string) string {
		if p == "" || filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(dir, p)
	}
	s.extra = abs(s.extra)
	for i, f := range s.perCheck {
		if f.name == "extra" {
			s.perCheck[i].value = abs(f.value)
		}
	}
}

// build returns every analyzer, configured by the configuration file cfg
// (nil for none) and then by s, and the names of the checks to run: those
// the -NAME switches select, else those cfg lists, else all. A flag
// replaces the file's value for the same setting. The error is one line
// naming the flag or file.
func (s *settings) build(cfg *config.File) (all []*analysis.Analyzer, run []string, err error) {
	var base analyzer.Settings
	if cfg != nil {
		base = cfg.Settings
		base.Checks = nil // selection is done below, after the flags
	}
	all, err = analyzer.Build(base)
	if err != nil {
		if cfg != nil {
			return nil, nil, fmt.Errorf("%s: %v", cfg.Path, err)
		}
		return nil, nil, err
	}
	byName := map[string]*analysis.Analyzer{}
	for _, a := range all {
		byName[a.Name] = a
	}
	if s.extra != "" {
		for _, a := range all {
			if a.Flags.Lookup("extra") == nil {
				continue
			}
			if err := a.Flags.Set("extra", s.extra); err != nil {
				return nil, nil, fmt.Errorf("-extra=%s: %v", s.extra, err)
			}
		}
	}
	for _, f := range s.perCheck {
		if err := byName[f.check].Flags.Set(f.name, f.value); err != nil {
			return nil, nil, fmt.Errorf("%s: %v", f, err)
		}
	}
	for _, a := range all {
		if s.selects(a.Name, cfg) {
			run = append(run, a.Name)
		}
	}
	return all, run, nil
}

// selects reports whether the check name runs: x/tools' rule for the
// -NAME switches (any true: only those; else any false: all but those),
// else the configuration's checks, else every check.
func (s *settings) selects(name string, cfg *config.File) bool {
	if len(s.enable) > 0 {
		anyTrue := false
		for _, on := range s.enable {
			anyTrue = anyTrue || on
		}
		on, given := s.enable[name]
		if anyTrue {
			return given && on
		}
		return !given || on
	}
	if cfg != nil && len(cfg.Settings.Checks) > 0 {
		return slices.Contains(cfg.Settings.Checks, name)
	}
	return true
}

// enableFlag is -NAME: a boolean that records that it was given.
type enableFlag struct {
	name string
	into map[string]bool
}

func (f enableFlag) IsBoolFlag() bool { return true }
func (f enableFlag) String() string   { return "" }
func (f enableFlag) Set(v string) error {
	on, err := strconv.ParseBool(v)
	if err != nil {
		return errors.New("want true or false")
	}
	f.into[f.name] = on
	return nil
}

// recordFlag is -CHECK.FLAG: it records the value, to be set on each
// analyzer instance built.
type recordFlag struct {
	check, name string
	into        *[]checkFlag
}

func (f recordFlag) String() string { return "" }
func (f recordFlag) Set(v string) error {
	*f.into = append(*f.into, checkFlag{f.check, f.name, v})
	return nil
}

type boolRecordFlag struct{ recordFlag }

func (boolRecordFlag) IsBoolFlag() bool { return true }
