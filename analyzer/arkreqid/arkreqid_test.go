package arkreqid_test

import (
	"fmt"
	"github.com/arkvet/arkvet/internal/diag/diagtest"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/arkvet/arkvet/analyzer/arkreqid"
)

// testdata is the shared GOPATH tree; GOPATH entries must be absolute.
var testdata = func() string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		panic(err)
	}
	return dir
}()

// TestLoggers checks each logger family and each rule, with the fixes.
func TestLoggers(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, testdata, arkreqid.Analyzer,
		"arkreqid/stdlog", "arkreqid/slog", "arkreqid/zap", "arkreqid/logrus", "arkreqid/zerolog",
		"arkreqid/klog", "arkreqid/glog", "arkreqid/hclog", "arkreqid/cloudwego",
		"arkreqid/rewrap", "arkreqid/locals", "arkreqid/openaigo")
	diagtest.CheckCategories(t, results)
}

// TestPrecision checks look-alikes that must not be reported.
func TestPrecision(t *testing.T) {
	analysistest.Run(t, testdata, arkreqid.Analyzer, "arkreqid/negatives", "arkreqid/noark", "arkreqid/openaiother")
}

// TestCustomLoggers checks loggers added by configuration and by flag.
func TestCustomLoggers(t *testing.T) {
	a := arkreqid.New(arkreqid.Config{Loggers: []string{"arkreqid/custom/mylog.Report"}})
	if err := a.Flags.Set("loggers", "arkreqid/custom/mylog.Logger.Oops"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, a, "arkreqid/custom")

	// Without them, the same calls are not log lines.
	analysistest.Run(t, testdata, arkreqid.New(arkreqid.Config{}), "arkreqid/custom/mylog")
}

func TestLoggersFlag(t *testing.T) {
	for _, tc := range []struct {
		value string
		ok    bool
	}{
		{"example.com/log.Errorf", true},
		{"example.com/log.Logger.Errorf, example.com/log.Warnf", true},
		{"gopkg.in/yaml.v3.Logger.Info", true},
		{"log.Printf", true},
		{"", true},
		{"example.com/log", false},
		{"example.com/log.", false},
		{"example.com/log.Logger.", false},
		{"example.com/log.Err-orf", false},
		{"Printf", false},
	} {
		a := arkreqid.New(arkreqid.Config{})
		err := a.Flags.Set("loggers", tc.value)
		if (err == nil) != tc.ok {
			t.Errorf("-loggers=%q: error %v, want ok=%v", tc.value, err, tc.ok)
		}
	}
}

// TestBadConfig checks that a malformed logger in Config is rejected before
// any package is analyzed: Validate names it, and New refuses it.
func TestBadConfig(t *testing.T) {
	cfg := arkreqid.Config{Loggers: []string{"example.com/log"}}
	if err := cfg.Validate(); err == nil || !strings.Contains(err.Error(), `logger "example.com/log"`) {
		t.Fatalf("Validate of a malformed logger: %v, want an error naming it", err)
	}
	defer func() {
		if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), `logger "example.com/log"`) {
			t.Fatalf("New with a malformed logger: recovered %v, want a panic naming it", r)
		}
	}()
	arkreqid.New(cfg)
}

// TestAppLoggers checks loggers found from the code: an application's
// logger interface and the package's functions that hand their arguments
// on to a logger.
func TestAppLoggers(t *testing.T) {
	analysistest.Run(t, testdata, arkreqid.Analyzer, "arkreqid/applogger")
}
