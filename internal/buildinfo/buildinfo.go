// Package buildinfo says which build of arkvet is running, for the
// -version output of both commands.
package buildinfo

import (
	"fmt"
	"runtime/debug"
)

// modulePath is arkvet's module, whose version the build info carries.
const modulePath = "github.com/arkvet/arkvet"

// Version returns the module version the running arkvet command was built at: a tag
// (v0.1.0), a pseudo-version for a commit, or "(devel)" for a build from
// a checkout, followed by the commit when the build recorded it.
func Version() string {
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
