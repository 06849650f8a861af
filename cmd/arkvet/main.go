// Command arkvet checks Go programs that call the Volcano Engine Ark API:
// misspelled or unknown Ark error codes (arkcode), rate limits left unhandled
// or retried when waiting cannot clear them (arkretry), and Ark errors logged
// without their request ID (arkreqid).
//
// Run it standalone, or as a vet tool:
//
//	arkvet ./...
//	arkvet -fix ./...
//	go vet -vettool=$(which arkvet) ./...
package main

import (
	"github.com/arkvet/arkvet/analyzer"
	"golang.org/x/tools/go/analysis/multichecker"
)

func main() { multichecker.Main(analyzer.Analyzers()...) }
