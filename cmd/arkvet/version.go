package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"

	"github.com/arkvet/arkvet/codes"
	"github.com/arkvet/arkvet/internal/buildinfo"
	"github.com/arkvet/arkvet/internal/config"
)

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
			strings.ReplaceAll(buildinfo.Version(), " ", "_"), n, strings.Join(pages, ","), buildID())
		return
	}
	fmt.Fprintf(w, "arkvet %s, built with %s\n", buildinfo.Version(), runtime.Version())
	fmt.Fprintf(w, "code table: %d Ark error codes as of %s, from:\n", n, codes.Date())
	for _, src := range codes.Sources() {
		fmt.Fprintf(w, "  %s\n", src)
	}
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
