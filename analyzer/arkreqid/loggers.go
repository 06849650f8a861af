package arkreqid

import (
	"fmt"
	"go/token"
	"go/types"
	"strings"
)

// fixKind says how to add the request ID to a logging call, in its logger's
// own idiom.
type fixKind uint8

const (
	noFix       fixKind = iota // print-style calls and user loggers: no safe idiom is known
	fixPrintf                  // append " request_id=%s" to the format literal and the ID to the arguments
	fixKV                      // append a "request_id", ID pair to the trailing key-values
	fixSlogAttr                // append slog.String("request_id", ID) to the attributes
	fixZapField                // append zap.String("request_id", ID) to the fields
	fixLogrus                  // insert .WithField("request_id", ID) before the level method
	fixZerolog                 // insert .Str("request_id", ID) before Msg, Msgf or Send
)

// logFunc is what arkreqid knows of one logging function or method.
type logFunc struct {
	fix    fixKind
	format int  // index of the format argument, for fixPrintf
	stdio  bool // fmt.Fprint*: a log line only when it writes to os.Stdout or os.Stderr
}

// funcKey names a function (recv == "") or a method by the import path of
// its package, its receiver's type name (through a pointer) and its name.
type funcKey struct{ path, recv, name string }

// keyOf returns the key of fn.
func keyOf(fn *types.Func) (funcKey, bool) {
	if fn.Pkg() == nil {
		return funcKey{}, false
	}
	k := funcKey{path: fn.Pkg().Path(), name: fn.Name()}
	if recv := fn.Signature().Recv(); recv != nil {
		t := types.Unalias(recv.Type())
		if ptr, ok := t.(*types.Pointer); ok {
			t = types.Unalias(ptr.Elem())
		}
		named, ok := t.(*types.Named)
		if !ok {
			return funcKey{}, false
		}
		k.recv = named.Obj().Name()
	}
	return k, true
}

// Import paths of the loggers arkreqid knows.
const (
	pathLog     = "log"
	pathSlog    = "log/slog"
	pathFmt     = "fmt"
	pathZap     = "go.uber.org/zap"
	pathLogrus  = "github.com/sirupsen/logrus"
	pathZerolog = "github.com/rs/zerolog"
	pathZlog    = "github.com/rs/zerolog/log"
	pathKlog    = "k8s.io/klog/v2"
	pathGlog    = "github.com/golang/glog"
	pathHclog   = "github.com/hashicorp/go-hclog"
	pathHlog    = "github.com/cloudwego/hertz/pkg/common/hlog"
	pathKitex   = "github.com/cloudwego/kitex/pkg/klog"
)

// builtinLoggers is the table of the loggers arkreqid knows. It is built once
// and only read afterwards.
var builtinLoggers = buildLoggers()

func buildLoggers() map[funcKey]logFunc {
	m := make(map[funcKey]logFunc)
	add := func(path string, recvs []string, f logFunc, names ...string) {
		for _, recv := range recvs {
			for _, name := range names {
				m[funcKey{path, recv, name}] = f
			}
		}
	}
	var (
		funcs   = []string{""}
		print   = logFunc{}
		printf0 = logFunc{fix: fixPrintf}
		printf1 = logFunc{fix: fixPrintf, format: 1}
		kv      = logFunc{fix: fixKV}
	)

	// log: Print/Fatal/Panic and their f and ln forms, functions and *log.Logger.
	for _, recv := range []string{"", "Logger"} {
		add(pathLog, []string{recv}, print, "Print", "Println", "Fatal", "Fatalln", "Panic", "Panicln")
		add(pathLog, []string{recv}, printf0, "Printf", "Fatalf", "Panicf")
	}

	// fmt: Print* write to standard output; Fprint* count when w is os.Stdout or os.Stderr.
	add(pathFmt, funcs, print, "Print", "Println")
	add(pathFmt, funcs, printf0, "Printf")
	add(pathFmt, funcs, logFunc{stdio: true}, "Fprint", "Fprintln")
	add(pathFmt, funcs, logFunc{fix: fixPrintf, format: 1, stdio: true}, "Fprintf")

	// log/slog: functions and *slog.Logger methods take key-values (or Attrs)
	// after the message; LogAttrs takes Attrs only.
	slogs := []string{"", "Logger"}
	add(pathSlog, slogs, kv, "Debug", "Info", "Warn", "Error",
		"DebugContext", "InfoContext", "WarnContext", "ErrorContext", "Log")
	add(pathSlog, slogs, logFunc{fix: fixSlogAttr}, "LogAttrs")

	// zap: *Logger takes typed fields; *SugaredLogger has print, f and w forms.
	add(pathZap, []string{"Logger"}, logFunc{fix: fixZapField},
		"Debug", "Info", "Warn", "Error", "DPanic", "Panic", "Fatal", "Log")
	sugar := []string{"SugaredLogger"}
	add(pathZap, sugar, print, "Debug", "Info", "Warn", "Error", "DPanic", "Panic", "Fatal", "Log",
		"Debugln", "Infoln", "Warnln", "Errorln", "DPanicln", "Panicln", "Fatalln", "Logln")
	add(pathZap, sugar, printf0, "Debugf", "Infof", "Warnf", "Errorf", "DPanicf", "Panicf", "Fatalf")
	add(pathZap, sugar, printf1, "Logf")
	add(pathZap, sugar, kv, "Debugw", "Infow", "Warnw", "Errorw", "DPanicw", "Panicw", "Fatalw", "Logw")

	// logrus: every level method, on the package, *Logger and *Entry; the ID
	// goes into the chain with WithField whatever the form.
	logrusLevels := []string{"Trace", "Debug", "Info", "Print", "Warn", "Warning", "Error", "Fatal", "Panic"}
	var logrusNames []string
	for _, lv := range logrusLevels {
		logrusNames = append(logrusNames, lv, lv+"f", lv+"ln")
	}
	add(pathLogrus, []string{"", "Logger", "Entry"}, logFunc{fix: fixLogrus}, logrusNames...)
	add(pathLogrus, []string{"Logger", "Entry"}, logFunc{fix: fixLogrus}, "Log", "Logf", "Logln")

	// zerolog: an *Event chain is written by Msg, Msgf or Send; Print and
	// Printf write directly.
	add(pathZerolog, []string{"Event"}, logFunc{fix: fixZerolog}, "Msg", "Msgf", "Send")
	add(pathZerolog, []string{"Logger"}, print, "Print")
	add(pathZerolog, []string{"Logger"}, printf0, "Printf")
	add(pathZlog, funcs, print, "Print")
	add(pathZlog, funcs, printf0, "Printf")

	// klog and glog: print, f and ln forms; klog's structured ...S forms take key-values.
	for _, path := range []string{pathKlog, pathGlog} {
		add(path, funcs, print, "Info", "Infoln", "Warning", "Warningln", "Error", "Errorln",
			"Fatal", "Fatalln", "Exit", "Exitln")
		add(path, funcs, printf0, "Infof", "Warningf", "Errorf", "Fatalf", "Exitf")
		add(path, []string{"Verbose"}, print, "Info", "Infoln")
		add(path, []string{"Verbose"}, printf0, "Infof")
	}
	add(pathKlog, []string{"", "Verbose"}, kv, "InfoS", "ErrorS")

	// hclog: the Logger interface takes key-values after the message.
	add(pathHclog, []string{"Logger"}, kv, "Trace", "Debug", "Info", "Warn", "Error", "Log")

	// hertz's hlog and kitex's klog: the same shape, as functions and as
	// methods of their Logger, FormatLogger and CtxLogger interfaces.
	levels := []string{"Trace", "Debug", "Info", "Notice", "Warn", "Error", "Fatal"}
	for _, path := range []string{pathHlog, pathKitex} {
		for _, lv := range levels {
			add(path, []string{"", "Logger"}, print, lv)
			add(path, []string{"", "FormatLogger"}, printf0, lv+"f")
			add(path, []string{"", "CtxLogger"}, printf1, "Ctx"+lv+"f")
		}
	}
	return m
}

// loggers is the table one run consults: the built-in loggers and the user's.
type loggers struct {
	user map[funcKey]logFunc
	// names are the names of every function arkreqid looks for: the
	// loggers', errors.New, fmt.Errorf and errors.As. A call by another
	// name is not resolved at all.
	names map[string]bool
}

// newLoggers parses the user's extra loggers.
func newLoggers(extra []string) (*loggers, error) {
	l := &loggers{user: make(map[funcKey]logFunc),
		names: map[string]bool{"New": true, "Errorf": true, "As": true}}
	for k := range builtinLoggers {
		l.names[k.name] = true
	}
	for _, s := range extra {
		keys, err := parseLogger(s)
		if err != nil {
			return nil, err
		}
		for _, k := range keys {
			l.user[k] = logFunc{}
			l.names[k.name] = true
		}
	}
	return l, nil
}

// lookup returns what is known of fn as a logger.
func (l *loggers) lookup(fn *types.Func) (logFunc, bool) {
	k, ok := keyOf(fn)
	if !ok {
		return logFunc{}, false
	}
	if f, ok := builtinLoggers[k]; ok {
		return f, true
	}
	f, ok := l.user[k]
	return f, ok
}

// parseLogger parses "importpath.Func" or "importpath.Type.Method". An import
// path's last element may itself contain dots (gopkg.in/yaml.v3), so
// "a/b.c.D" may be a function D of "a/b.c" or a method c.D of "a/b": both
// readings are returned, and only the one that names a real function ever
// matches a call.
func parseLogger(s string) ([]funcKey, error) {
	s = strings.TrimSpace(s)
	slash := strings.LastIndexByte(s, '/')
	last := s[slash+1:]
	dot := strings.LastIndexByte(last, '.')
	if dot <= 0 {
		return nil, fmt.Errorf("logger %q: want importpath.Func or importpath.Type.Method", s)
	}
	dot += slash + 1
	name := s[dot+1:]
	if !token.IsIdentifier(name) {
		return nil, fmt.Errorf("logger %q: %q is not a Go identifier", s, name)
	}
	keys := []funcKey{{path: s[:dot], name: name}}
	pathAndRecv := s[:dot]
	if d := strings.LastIndexByte(pathAndRecv, '.'); d > slash+1 {
		if recv := pathAndRecv[d+1:]; token.IsIdentifier(recv) {
			keys = append(keys, funcKey{path: pathAndRecv[:d], recv: recv, name: name})
		}
	}
	return keys, nil
}

// loggerFlag is the flag.Value of -loggers: a comma-separated list of
// loggers, appended to the Config's list. A malformed entry fails flag
// parsing.
type loggerFlag struct{ list *[]string }

func (f loggerFlag) String() string {
	if f.list == nil {
		return ""
	}
	return strings.Join(*f.list, ",")
}

func (f loggerFlag) Set(s string) error {
	for item := range strings.SplitSeq(s, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		if _, err := parseLogger(item); err != nil {
			return err
		}
		*f.list = append(*f.list, item)
	}
	return nil
}

// CheckLoggers reports the first malformed entry of a Config.Loggers list, so
// that drivers configured by settings (golangci-lint) fail before any package
// is analyzed, as the -loggers flag does.
func CheckLoggers(list []string) error {
	for _, s := range list {
		if _, err := parseLogger(s); err != nil {
			return err
		}
	}
	return nil
}
