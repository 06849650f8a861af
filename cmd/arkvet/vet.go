package main

import (
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/arkvet/arkvet/analyzer"
	"github.com/arkvet/arkvet/internal/config"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"
)

// vetUnit is the part of the go command's *.cfg file that arkvet reads
// before handing it to unitchecker.
type vetUnit struct {
	ID       string
	Dir      string
	GoFiles  []string
	VetxOnly bool
}

// vetMain runs arkvet for the go command, which runs it once per package,
// in the package's directory, with the user's flags and a *.cfg file. It
// keeps x/tools' unitchecker protocol (unitchecker.Main parses the
// protocol's flags and runs the unit) and adds, before it:
//
//   - the .arkvet.yaml found from the package's directory;
//   - relative paths in flags resolved against the module root, where the
//     user ran go vet, not against the package's directory;
//   - a bad flag value or configuration file reported as one line, once
//     per go vet run, with exit status 2 and no usage text.
//
// Units the go command runs only for their facts (the dependencies of the
// packages named, the standard library's among them) run the default
// analyzers, which do nothing there: arkvet's analyzers have no facts, and
// an error in a setting must not be reported for every package of std.
func vetMain(args []string) {
	var s settings
	var rest []string // the flags unitchecker parses
	cfgPath := ""
	if last := args[len(args)-1]; strings.HasSuffix(last, ".cfg") {
		cfgPath = last
	}
	fs := flag.NewFlagSet("arkvet", flag.ContinueOnError)
	s.register(fs)
	for _, arg := range args {
		if arg == cfgPath {
			continue
		}
		name, _, _ := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if !strings.HasPrefix(arg, "-") || !isSettingFlag(name) {
			rest = append(rest, arg)
			continue
		}
		if err := fs.Parse([]string{arg}); err != nil {
			vetFail(cfgPath, fmt.Errorf("%s: %v", arg, err))
		}
	}

	// -flags: describe every flag, -extra included, so that go vet passes
	// it on. The analyzers' own flags come from the default instances.
	if cfgPath == "" {
		flag.String("extra", "", fs.Lookup("extra").Usage)
		os.Args = append(os.Args[:1], rest...)
		unitchecker.Main(analyzer.Analyzers()...)
		return
	}

	unit, err := readUnit(cfgPath)
	all := analyzer.Analyzers()
	var enableArgs []string
	if err == nil && !unit.VetxOnly {
		var run []string
		all, run, err = configure(unit, &s)
		if err != nil {
			vetFail(cfgPath, err)
		}
		// The checks to run (the -NAME switches given, else the
		// configuration's), as the -NAME switches unitchecker knows: the
		// switches themselves were taken out of the arguments above.
		if len(run) < len(all) {
			for _, name := range run {
				enableArgs = append(enableArgs, "-"+name)
			}
			if len(run) == 0 {
				all = nil // every check turned off
			}
		}
	}
	// A unit whose *.cfg does not read is unitchecker's to report.
	os.Args = append(append(append(os.Args[:1], rest...), enableArgs...), cfgPath)
	unitchecker.Main(all...)
}

// readUnit reads the go command's description of the unit.
func readUnit(cfgPath string) (*vetUnit, error) {
	data, err := os.ReadFile(cfgPath)
	if err != nil {
		return nil, err
	}
	u := new(vetUnit)
	if err := json.Unmarshal(data, u); err != nil {
		return nil, err
	}
	if u.Dir == "" && len(u.GoFiles) > 0 {
		u.Dir = filepath.Dir(u.GoFiles[0])
	}
	return u, nil
}

// configure builds the analyzers for the unit: the configuration file
// found from its directory, then the flags, their relative paths resolved
// against the module root.
func configure(unit *vetUnit, s *settings) ([]*analysis.Analyzer, []string, error) {
	if root := config.ModuleRoot(unit.Dir); root != "" {
		s.resolve(root)
	} else {
		s.resolve(unit.Dir)
	}
	var cfg *config.File
	path, err := config.Find(unit.Dir)
	if err != nil {
		return nil, nil, err
	}
	if path != "" {
		if cfg, err = config.Load(path); err != nil {
			return nil, nil, err
		}
	}
	return s.build(cfg)
}

// vetFail reports err and exits 2. The go command runs arkvet for many
// packages at once, each of which finds the same bad setting; only the
// first to report it prints it, the others exit quietly (a unit that
// fails with no output still makes go vet print its package's name). They agree
// through a file in the go command's work directory (the *.cfg file is
// $WORK/bNNN/vet.cfg), which lives exactly as long as the go vet run.
func vetFail(cfgPath string, err error) {
	msg := fmt.Sprintf("arkvet: %v\n", err)
	if cfgPath != "" {
		work := filepath.Dir(filepath.Dir(cfgPath))
		marker := filepath.Join(work, fmt.Sprintf("arkvet-error-%x", sha256.Sum256([]byte(msg))))
		f, err := os.OpenFile(marker, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
		if err != nil {
			// Reported by another unit of this run, whose exit status
			// fails go vet. Writing no facts file, this unit leaves
			// nothing for go vet to cache.
			os.Exit(exitClean)
		}
		f.Close()
	}
	os.Stderr.WriteString(msg)
	os.Exit(exitUsage)
}
