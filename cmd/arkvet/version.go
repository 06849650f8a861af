package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/arkvet/arkvet/codes"
	"github.com/arkvet/arkvet/internal/config"
)

// modulePath is arkvet's module, whose version the build info carries.
const modulePath = "github.com/arkvet/arkvet"

// buildVersion returns the module version arkvet was built at: a tag
// (v0.1.0), a pseudo-version for a commit, or "(devel)" for a build from
// a checkout, followed by the commit when the build recorded it.
func buildVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := bi.Main.Version
	if bi.Main.Path != modulePath {
		// Built into another main module: find arkvet among its deps.
		for _, d := range bi.Deps {
			if d.Path == modulePath {
				v = d.Version
			}
		}
	}
	if v == "" {
		v = "(devel)"
	}
	var rev, when, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "+dirty"
			}
		}
	}
	if rev != "" {
		v += fmt.Sprintf(" (commit %.12s%s, %s)", rev, dirty, when)
	}
	return v
}

// tableSources describes the code table the binary carries: how many codes
// and the Ark error-code pages they come from.
func tableSources() (n int, pages []string) {
	list := codes.Default().Codes()
	for _, c := range list {
		pages = append(pages, c.Pages()...)
	}
	slices.Sort(pages)
	return len(list), slices.Compact(pages)
}

// printVersion answers -version, -V and -V=full. -V=full is what the go
// command asks a vet tool: one line, "NAME version VERSION ... buildID=ID",
// whose ID keys go vet's cache of the tool's results. The ID hashes the
// executable and the .arkvet.yaml that applies where go vet runs (with its
// extra-codes file), so that editing the configuration re-runs the checks
// instead of replaying results cached under the old one.
func printVersion(w io.Writer, args []string) {
	n, pages := tableSources()
	if strings.TrimLeft(args[0], "-") == "V=full" {
		fmt.Fprintf(w, "arkvet version %s codes=%d pages=%s buildID=%x\n",
			strings.ReplaceAll(buildVersion(), " ", "_"), n, strings.Join(pages, ","), buildID())
		return
	}
	fmt.Fprintf(w, "arkvet %s, built with %s\n", buildVersion(), runtime.Version())
	fmt.Fprintf(w, "code table: %d Ark error codes from the pages %s\n", n, strings.Join(pages, ", "))
}

// buildID hashes the running executable and the configuration found from
// the working directory.
func buildID() []byte {
	h := sha256.New()
	if exe, err := os.Executable(); err == nil {
		if f, err := os.Open(exe); err == nil {
			io.Copy(h, f) // a short read only weakens the cache key
			f.Close()
		}
	}
	if wd, err := os.Getwd(); err == nil {
		if path, err := config.Find(wd); err == nil && path != "" {
			fmt.Fprintf(h, "\x00config %s\x00", path)
			if data, err := os.ReadFile(path); err == nil {
				h.Write(data)
			}
			if f, err := config.Load(path); err == nil && f.Settings.ExtraCodes != "" {
				if data, err := os.ReadFile(f.Settings.ExtraCodes); err == nil {
					h.Write(data)
				}
			}
		}
	}
	return h.Sum(nil)
}
