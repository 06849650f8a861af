// Command arkcodes looks up Volcano Engine Ark (火山方舟) error codes in
// arkvet's table: for the person with an Ark error in front of them, and for
// scripts.
//
//	arkcodes RateLimitExceeded.EndpointRPMExceeded   # the code's entry
//	arkcodes -list -status 429 -retry backoff        # the codes a filter selects
//	arkcodes -explain 'Error code: 429 - {"code":...}'
//	kubectl logs app | grep 'Error code' | arkcodes -explain
//
// An entry gives the code's HTTP statuses and error types, the English
// message templates and Chinese meanings Ark's error-code pages list for it,
// the pages that list it, and its retry class (backoff, never or depends)
// with the reason for it.
//
// -explain reads error lines, as arguments or on standard input, in the
// forms the Go SDK prints (*model.APIError: "Error code: 429 - {json}";
// *model.RequestError: "RequestError code: 500, err: ..., request_id: ...")
// or as Ark's raw response body ({"error":{"code":...}}), and prints the
// error's code, status and request ID, what to do about it, and the code's
// entry.
//
// A retired code, one that earlier versions of Ark's page listed and the
// current ones do not, is found like any other; its entry says when it was
// last seen and which current code Ark documents instead, and -list marks
// it. An entry's pages are the page versions a reader can find (title,
// date, address), newest first.
//
// -json prints JSON instead of text: one object per code or explained error,
// and one array for -list. -extra FILE adds the codes of FILE (in the format
// of package codes) to the table, as arkvet's -extra flag does. -version
// prints arkcodes' module version and the code table's date and sources.
//
// Exit status: 0 on success; 1 when -list selects no code; 2 for bad usage,
// an unknown code, or -explain input holding no Ark error. Every error is
// one line on standard error.
package main

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"github.com/arkvet/arkvet/internal/buildinfo"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/arkvet/arkvet/codes"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

const usage = `usage:
  arkcodes [-json] [-extra FILE] CODE...
  arkcodes -list [-status N] [-retry backoff|never|depends] [-type TYPE] [-json] [-extra FILE]
  arkcodes -explain [-json] [-extra FILE] [ERROR LINE]   (reads standard input without one)
  arkcodes -version [-json]

flags:
`

// options are the command line, parsed.
type options struct {
	list, explain, json, version bool
	status                       int
	retry, typ                   string
	table                        *codes.Table // codes.Default() with -extra's codes
	args                         []string
}

// run is the whole command; it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	opts, err := parseArgs(args)
	if errors.Is(err, flag.ErrHelp) {
		// Asked for: the only time the usage is printed.
		fmt.Fprint(stderr, usage)
		newFlagSet(&options{}, stderr).PrintDefaults()
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "arkcodes: %v\n", err)
		return 2
	}
	table := opts.table
	out := &printer{w: stdout, json: opts.json}
	switch {
	case opts.version:
		out.version(table, buildinfo.Version())
		return 0
	case opts.explain:
		return explainCmd(table, opts.args, stdin, out, stderr)
	case opts.list:
		return listCmd(table, opts, out, stderr)
	default:
		return lookupCmd(table, opts.args, out, stderr)
	}
}

// parseArgs parses the flags, which may come before or after the codes
// ("arkcodes CODE -json" works as a user expects), and checks that they make
// sense together. Errors are returned, not printed: run prints each once,
// in one line, without the usage.
func parseArgs(args []string) (*options, error) {
	var o options
	var extra string
	fs := newFlagSet(&o, io.Discard)
	fs.StringVar(&extra, "extra", "", "add the codes of `file` (package codes' format) to the table")

	rest := args
	for {
		if err := fs.Parse(rest); err != nil {
			return nil, err
		}
		consumed := len(rest) - fs.NArg()
		next := fs.Args()
		if len(next) == 0 {
			break
		}
		if consumed > 0 && rest[consumed-1] == "--" {
			o.args = append(o.args, next...)
			break
		}
		o.args = append(o.args, next[0])
		rest = next[1:]
	}

	filtered := o.status != 0 || o.retry != "" || o.typ != ""
	switch {
	case o.version && (o.list || o.explain || filtered || len(o.args) > 0):
		return nil, errors.New("-version takes no other flag but -json and -extra, and no codes")
	case o.list && o.explain:
		return nil, errors.New("-list and -explain cannot be used together")
	case filtered && !o.list:
		return nil, errors.New("-status, -retry and -type filter -list; add -list")
	case o.list && len(o.args) > 0:
		return nil, fmt.Errorf("-list takes no codes, got %q; to look up a code, leave out -list", o.args[0])
	case !o.list && !o.explain && !o.version && len(o.args) == 0:
		return nil, errors.New("no code given: arkcodes CODE..., arkcodes -list or arkcodes -explain LINE (arkcodes -h for the flags)")
	}
	o.table = codes.Default()
	if extra != "" {
		t, err := codes.LoadFile(extra)
		if err != nil {
			return nil, fmt.Errorf("-extra: %v", err)
		}
		o.table = o.table.WithExtra(t)
	}
	return &o, nil
}

// newFlagSet returns the flag set of o, printing to w; -extra is parsed
// apart.
func newFlagSet(o *options, w io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("arkcodes", flag.ContinueOnError)
	fs.SetOutput(w)
	fs.Usage = func() {}
	fs.BoolVar(&o.list, "list", false, "list the codes the -status, -retry and -type filters select (all without filters), retired ones marked")
	fs.BoolVar(&o.explain, "explain", false, "explain the Ark errors in an error line (the argument, or each line of standard input)")
	fs.BoolVar(&o.json, "json", false, "print JSON")
	fs.BoolVar(&o.version, "version", false, "print arkcodes' version and the code table's date and sources")
	fs.IntVar(&o.status, "status", 0, "with -list: only codes with a variant of this HTTP `status`")
	fs.StringVar(&o.retry, "retry", "", "with -list: only codes of this retry `class` (backoff, never, depends)")
	fs.StringVar(&o.typ, "type", "", "with -list: only codes with a variant of this error `type` (TooManyRequests, BadRequest, ...)")
	if w != io.Discard {
		// For the usage only; parseArgs declares its own -extra.
		fs.String("extra", "", "add the codes of `file` (package codes' format) to the table")
	}
	return fs
}

// lookupCmd prints the entry of each code in names.
func lookupCmd(table *codes.Table, names []string, out *printer, stderr io.Writer) int {
	status := 0
	for _, name := range names {
		name = strings.TrimSpace(name)
		c, ok := table.Lookup(name)
		if !ok {
			reportUnknown(table, name, stderr)
			status = 2
			continue
		}
		out.entry(newEntry(table, name, c))
	}
	return status
}

// reportUnknown tells why name is not a code: a near miss gets the code it
// was probably meant to be and the codes around it, an error type is said
// to be one.
func reportUnknown(table *codes.Table, name string, stderr io.Writer) {
	if name == "" {
		fmt.Fprintln(stderr, "arkcodes: empty code")
		return
	}
	if table.IsType(name) {
		fmt.Fprintf(stderr, "arkcodes: %q is an Ark error type (the error's type field), not a code; list its codes with: arkcodes -list -type %s\n", name, name)
		return
	}
	msg := fmt.Sprintf("arkcodes: unknown Ark error code %q", name)
	suggestion, ok := table.Nearest(name)
	if ok {
		msg += fmt.Sprintf("; did you mean %q?", suggestion)
	}
	fmt.Fprintln(stderr, msg)
	if near := related(table, name, suggestion); len(near) > 0 {
		fmt.Fprintln(stderr, "nearest codes:")
		for _, c := range near {
			fmt.Fprintf(stderr, "  %s\n", c.Name)
		}
	}
}

// maxRelated bounds the codes reportUnknown lists: beyond a screenful they
// stop helping, and -list shows them all.
const maxRelated = 12

// related returns the codes around a name the table does not know: the
// code suggestion names, then the codes sharing the first segment
// ("RateLimitExceeded" of "RateLimitExceeded.Foo") of the suggestion, or of
// name when there is none, compared case-insensitively; failing those, the
// codes whose names contain name ("rpm" finds the RPM limits).
func related(table *codes.Table, name, suggestion string) []*codes.Code {
	var out []*codes.Code
	add := func(c *codes.Code) {
		if len(out) < maxRelated && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	if c, ok := table.Lookup(suggestion); ok {
		add(c)
	}
	head, _, _ := strings.Cut(cmp.Or(suggestion, name), ".")
	all := table.Codes()
	for _, c := range all {
		if cHead, _, _ := strings.Cut(c.Name, "."); strings.EqualFold(cHead, head) {
			add(c)
		}
	}
	if len(out) == 0 && len(name) >= 3 {
		lower := strings.ToLower(name)
		for _, c := range all {
			if strings.Contains(strings.ToLower(c.Name), lower) {
				add(c)
			}
		}
	}
	return out
}

// listCmd prints the codes the filters select.
func listCmd(table *codes.Table, o *options, out *printer, stderr io.Writer) int {
	var want codes.Retry
	if o.retry != "" {
		r, err := codes.ParseRetry(o.retry)
		if err != nil {
			fmt.Fprintf(stderr, "arkcodes: -retry: %v\n", err)
			return 2
		}
		want = r
	}
	if o.typ != "" && !table.IsType(o.typ) {
		fmt.Fprintf(stderr, "arkcodes: -type: unknown Ark error type %q; the types are %s\n", o.typ, strings.Join(table.Types(), ", "))
		return 2
	}
	if o.status < 0 {
		fmt.Fprintf(stderr, "arkcodes: -status: %d is not an HTTP status\n", o.status)
		return 2
	}
	var selected []*codes.Code
	for _, c := range table.Codes() {
		if o.retry != "" && c.Retry != want {
			continue
		}
		if o.status != 0 || o.typ != "" {
			match := false
			for _, v := range c.Variants {
				if (o.status == 0 || v.Status == o.status) && (o.typ == "" || v.Type == o.typ) {
					match = true
					break
				}
			}
			if !match {
				continue
			}
		}
		selected = append(selected, c)
	}
	out.list(table, selected)
	if len(selected) == 0 {
		fmt.Fprintln(stderr, "arkcodes: no code matches the filters")
		return 1
	}
	return 0
}
