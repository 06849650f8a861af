// Command golangci-lint is golangci-lint v2.15.0 with arkvet's module plugin
// built in, as "golangci-lint custom" builds it from a .custom-gcl.yml.
// arkvet's integration test (analyzer/golangci) builds and runs it.
package main

import (
	"fmt"
	"os"
	"runtime"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	_ "github.com/arkvet/arkvet/analyzer/golangci" // registers the "arkvet" linter
)

func main() {
	info := commands.BuildInfo{Version: "2.15.0+arkvet", GoVersion: runtime.Version()}
	if err := commands.Execute(info); err != nil {
		fmt.Fprintln(os.Stderr, "golangci-lint:", err)
		os.Exit(exitcodes.Failure)
	}
}
