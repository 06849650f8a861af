// Package zerolog is a test stub of github.com/rs/zerolog: Logger, Event and
// Context with their real signatures, at the real import path.
package zerolog

import "io"

// Level is a logging priority.
type Level int8

const (
	DebugLevel Level = iota
	InfoLevel
	WarnLevel
	ErrorLevel
	FatalLevel
	PanicLevel
	NoLevel
	Disabled
	TraceLevel Level = -1
)

// Logger writes events. Its level methods start an Event that Msg, Msgf or
// Send writes.
type Logger struct{ w io.Writer }

func New(w io.Writer) Logger { return Logger{w: w} }
func Nop() Logger            { return Logger{} }

func (l Logger) With() Context                           { return Context{l: l} }
func (l Logger) Level(lvl Level) Logger                  { return l }
func (l *Logger) Trace() *Event                          { return &Event{} }
func (l *Logger) Debug() *Event                          { return &Event{} }
func (l *Logger) Info() *Event                           { return &Event{} }
func (l *Logger) Warn() *Event                           { return &Event{} }
func (l *Logger) Error() *Event                          { return &Event{} }
func (l *Logger) Err(err error) *Event                   { return &Event{} }
func (l *Logger) Fatal() *Event                          { return &Event{} }
func (l *Logger) Panic() *Event                          { return &Event{} }
func (l *Logger) WithLevel(level Level) *Event           { return &Event{} }
func (l *Logger) Log() *Event                            { return &Event{} }
func (l *Logger) Print(v ...interface{})                 {}
func (l *Logger) Printf(format string, v ...interface{}) {}
func (l Logger) Write(p []byte) (n int, err error)       { return len(p), nil }

// Event is a log line being built.
type Event struct{ buf []byte }

func (e *Event) Enabled() bool                              { return e != nil }
func (e *Event) Discard() *Event                            { return nil }
func (e *Event) Msg(msg string)                             {}
func (e *Event) Send()                                      {}
func (e *Event) Msgf(format string, v ...interface{})       {}
func (e *Event) MsgFunc(createMsg func() string)            {}
func (e *Event) Str(key, val string) *Event                 { return e }
func (e *Event) Strs(key string, vals []string) *Event      { return e }
func (e *Event) Int(key string, i int) *Event               { return e }
func (e *Event) Err(err error) *Event                       { return e }
func (e *Event) AnErr(key string, err error) *Event         { return e }
func (e *Event) Interface(key string, i interface{}) *Event { return e }
func (e *Event) Any(key string, i any) *Event               { return e }
func (e *Event) Stack() *Event                              { return e }

// Context builds a child Logger with fields.
type Context struct{ l Logger }

func (c Context) Logger() Logger                { return c.l }
func (c Context) Str(key, val string) Context   { return c }
func (c Context) Int(key string, i int) Context { return c }
func (c Context) Err(err error) Context         { return c }
func (c Context) Timestamp() Context            { return c }
