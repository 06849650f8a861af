// Command arkvet checks Go programs that call the Volcano Engine Ark API:
// misspelled or unknown Ark error codes (arkcode), rate limits left unhandled
// or retried when waiting cannot clear them (arkretry), and Ark errors logged
// without their request ID (arkreqid).
//
// Run it standalone, or as a vet tool:
//
//	arkvet ./...
//	arkvet -fix ./...
//	arkvet -format sarif ./... > arkvet.sarif
//	go vet -vettool=$(which arkvet) ./...
//
// Standalone, arkvet is its own driver, built on
// golang.org/x/tools/go/analysis/checker; run by go vet (a single *.cfg
// argument, or -flags or -V=full) it speaks x/tools' unitchecker protocol.
// Both read the same .arkvet.yaml.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// Exit statuses of the standalone driver.
const (
	exitClean    = 0 // no findings
	exitErrors   = 1 // packages that do not load, or an analysis that failed
	exitUsage    = 2 // a bad command line or configuration file
	exitFindings = 3 // findings (and no errors)
)

func main() {
	args := os.Args[1:]
	switch {
	case isVersionQuery(args):
		printVersion(os.Stdout, args)
		os.Exit(exitClean)
	case isUnitchecker(args):
		vetMain(args) // exits
	}
	os.Exit(standalone(args, os.Stdout, os.Stderr))
}

// isUnitchecker reports whether arkvet is run by the go command (go vet
// -vettool, go fix -fixtool) rather than by a person, the way x/tools'
// multichecker tells: a single *.cfg argument after the flags, or -flags.
func isUnitchecker(args []string) bool {
	if len(args) == 0 {
		return false
	}
	for _, a := range args {
		if a == "-flags" || a == "--flags" {
			return true
		}
	}
	last := args[len(args)-1]
	if !strings.HasSuffix(last, ".cfg") {
		return false
	}
	for _, a := range args[:len(args)-1] {
		if !strings.HasPrefix(a, "-") {
			return false
		}
	}
	return true
}

// isVersionQuery reports whether args ask for the version: -version, -V or
// -V=full (what the go command asks a vet tool, to key its cache).
func isVersionQuery(args []string) bool {
	if len(args) != 1 {
		return false
	}
	switch strings.TrimPrefix(args[0], "-") {
	case "version", "-version", "V", "-V", "V=full", "-V=full":
		return true
	}
	return false
}

// fail prints the one line of a bad command line or configuration and
// returns exitUsage.
func fail(stderr io.Writer, err error) int {
	fmt.Fprintf(stderr, "arkvet: %v\n", err)
	return exitUsage
}
