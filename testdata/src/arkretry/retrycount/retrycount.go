// Package retrycount holds rule 5 of arkretry: a negative retry count, with
// which the SDK sends no request and returns a nil error.
package retrycount

import (
	"errors"
	"flag"
	"os"
	"strconv"
	"time"

	"github.com/volcengine/ark-runtime-go/arkruntime"
	"github.com/volcengine/ark-runtime-go/arkruntime/model"
)

const disabled = -1

func clients(key string) []*arkruntime.Client {
	return []*arkruntime.Client{
		arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(-1)),          // want `^WithRetryTimes\(-1\) means no request is sent: plain calls return a nil error and an empty response, stream calls return a nil stream whose first Recv panics, and batch calls are unaffected; use 0 to turn retries off$`
		arkruntime.NewClientWithAkSk(key, key, arkruntime.WithRetryTimes(disabled)), // want `WithRetryTimes\(-1\) means no request is sent`
		arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(0)),           // handled below: not rule 4
		arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(2)),
	}
}

func wait(err error) time.Duration {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 {
		return time.Second
	}
	return 0
}

// A count that starts negative ("unlimited") and is set only when the
// environment says so: by default no request is sent.
func fromEnv(key string) *arkruntime.Client {
	retries := -1
	if s := os.Getenv("ARK_RETRIES"); s != "" {
		if n, err := strconv.Atoi(s); err == nil {
			retries = n
		}
	}
	return arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(retries)) // want `^retries starts at -1 and may reach WithRetryTimes unchanged, and WithRetryTimes\(-1\) means no request is sent: .*; use 0 to turn retries off$`
}

// Negatives: the default is seen to, replaced, or a sign for "leave the
// SDK's default".
func guarded(key string) *arkruntime.Client {
	retries := -1
	if s := os.Getenv("ARK_RETRIES"); s != "" {
		retries, _ = strconv.Atoi(s)
	}
	var opts []arkruntime.ConfigOption
	if retries >= 0 {
		opts = append(opts, arkruntime.WithRetryTimes(retries))
	}
	return arkruntime.NewClientWithApiKey(key, opts...)
}

func normalised(key string) *arkruntime.Client {
	retries := -1
	if s := os.Getenv("ARK_RETRIES"); s != "" {
		retries, _ = strconv.Atoi(s)
	}
	if retries < 0 {
		retries = 2
	}
	return arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(retries))
}

func replaced(key string, configured int) *arkruntime.Client {
	retries := -1
	retries = configured
	return arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(retries))
}

func fromFlag(key string) *arkruntime.Client {
	retries := -1
	flag.IntVar(&retries, "retries", 2, "retries of each Ark call")
	flag.Parse()
	return arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(retries))
}

// A flag.Int whose default is negative, dereferenced into WithRetryTimes:
// the client sends nothing unless the flag is given.
func flagged(key string) *arkruntime.Client {
	botRetries := flag.Int("ark-bot-retries", -1, "SDK retries of the bot client (-1: the SDK's default)")
	flag.Parse()
	return arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(*botRetries)) // want `^the -ark-bot-retries flag defaults to -1, and WithRetryTimes\(-1\) means no request is sent: .*; default it to 0 or more$`
}

// A command's own flag set: the same default, the same bug.
func subcommand(key string, args []string) *arkruntime.Client {
	fs := flag.NewFlagSet("translate", flag.ExitOnError)
	retries := fs.Int("retries", -1, "SDK retries of each call")
	_ = fs.Parse(args)
	return arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(*retries)) // want `^the -retries flag defaults to -1, and WithRetryTimes\(-1\) means no request is sent: .*; default it to 0 or more$`
}

// A flag set's flag defaulting to 3, and one the command checks: quiet.
func subcommandChecked(key string, args []string) *arkruntime.Client {
	fs := flag.NewFlagSet("summarize", flag.ContinueOnError)
	retries := fs.Int("retries", 3, "SDK retries")
	checked := fs.Int("safe-retries", -1, "SDK retries")
	_ = fs.Parse(args)
	if *checked >= 0 {
		return arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(*checked))
	}
	return arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(*retries))
}

// One the package checks first, and one defaulting to 2: quiet.
func flaggedChecked(key string) *arkruntime.Client {
	retries := flag.Int("ark-retries", -1, "SDK retries")
	safe := flag.Int("ark-safe-retries", 2, "SDK retries")
	flag.Parse()
	if *retries < 0 {
		return arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(*safe))
	}
	return arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(*retries))
}

// Options whose only retry count in the package is -1, from the package's
// own defaults, and that nothing compares: the default reaches the client.
type ProbeOptions struct {
	Timeout time.Duration
	Retries int // -1 keeps the SDK's default, it says
}

func DefaultProbeOptions() ProbeOptions {
	return ProbeOptions{Timeout: 20 * time.Second, Retries: -1}
}

func probe(key string, o ProbeOptions) *arkruntime.Client {
	return arkruntime.NewClientWithApiKey(key, arkruntime.WithTimeout(o.Timeout), arkruntime.WithRetryTimes(o.Retries)) // want `^Retries starts at -1 and may reach WithRetryTimes unchanged, and WithRetryTimes\(-1\) means no request is sent`
}

// The same with the default seen to, or set to something else too: quiet.
type SafeOptions struct{ Retries int }

func DefaultSafeOptions() SafeOptions { return SafeOptions{Retries: -1} }

func safeProbe(key string, o SafeOptions) *arkruntime.Client {
	if o.Retries < 0 {
		o.Retries = 2
	}
	return arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(o.Retries))
}

type TunedOptions struct{ Retries int }

func DefaultTunedOptions() TunedOptions { return TunedOptions{Retries: -1} }

func Tuned() TunedOptions { return TunedOptions{Retries: 3} }

func tunedProbe(key string, o TunedOptions) *arkruntime.Client {
	return arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(o.Retries))
}

// Options decoded from configuration (a tag, or the struct's address
// handed to a decoder) may get another count there: quiet.
type FileOptions struct {
	Retries int `json:"retries"`
}

func DefaultFileOptions() FileOptions { return FileOptions{Retries: -1} }

func fileProbe(key string, o FileOptions) *arkruntime.Client {
	return arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(o.Retries))
}

type EnvOptions struct{ Retries int }

func loadEnv(o *EnvOptions) {}

func envProbe(key string) *arkruntime.Client {
	o := EnvOptions{Retries: -1}
	loadEnv(&o)
	return arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(o.Retries))
}

// Options whose count is -1 unless the environment sets it: the default
// reaches the client whenever the variable is unset.
type StreamOptions struct {
	StreamTries int
}

func StreamDefaults() (StreamOptions, error) {
	o := StreamOptions{StreamTries: -1}
	if v := os.Getenv("ARK_STREAM_RETRIES"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			return o, err
		}
		o.StreamTries = n
	}
	return o, nil
}

func streamClient(key string, o StreamOptions) *arkruntime.Client {
	return arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(o.StreamTries)) // want `^StreamTries starts at -1 and may reach WithRetryTimes unchanged`
}

// Set from the environment unconditionally: quiet.
type ParsedOptions struct {
	Tries int
}

func ParsedDefaults() ParsedOptions {
	o := ParsedOptions{Tries: -1}
	o.Tries, _ = strconv.Atoi(os.Getenv("ARK_TRIES"))
	return o
}

func parsedClient(key string, o ParsedOptions) *arkruntime.Client {
	return arkruntime.NewClientWithApiKey(key, arkruntime.WithRetryTimes(o.Tries))
}
