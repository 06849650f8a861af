// Package hclog is a test stub of github.com/hashicorp/go-hclog: its Logger
// interface with the real method signatures, at the real import path.
package hclog

import "io"

// Level is a logging priority.
type Level int32

const (
	NoLevel Level = 0
	Trace   Level = 1
	Debug   Level = 2
	Info    Level = 3
	Warn    Level = 4
	Error   Level = 5
	Off     Level = 6
)

// Logger logs a message and key-value pairs.
type Logger interface {
	Log(level Level, msg string, args ...interface{})
	Trace(msg string, args ...interface{})
	Debug(msg string, args ...interface{})
	Info(msg string, args ...interface{})
	Warn(msg string, args ...interface{})
	Error(msg string, args ...interface{})
	IsTrace() bool
	IsDebug() bool
	IsInfo() bool
	IsWarn() bool
	IsError() bool
	ImpliedArgs() []interface{}
	With(args ...interface{}) Logger
	Name() string
	Named(name string) Logger
	ResetNamed(name string) Logger
	SetLevel(level Level)
	GetLevel() Level
}

// LoggerOptions configures New.
type LoggerOptions struct {
	Name   string
	Level  Level
	Output io.Writer
}

type nullLogger struct{}

func (nullLogger) Log(level Level, msg string, args ...interface{}) {}
func (nullLogger) Trace(msg string, args ...interface{})            {}
func (nullLogger) Debug(msg string, args ...interface{})            {}
func (nullLogger) Info(msg string, args ...interface{})             {}
func (nullLogger) Warn(msg string, args ...interface{})             {}
func (nullLogger) Error(msg string, args ...interface{})            {}
func (nullLogger) IsTrace() bool                                    { return false }
func (nullLogger) IsDebug() bool                                    { return false }
func (nullLogger) IsInfo() bool                                     { return false }
func (nullLogger) IsWarn() bool                                     { return false }
func (nullLogger) IsError() bool                                    { return false }
func (nullLogger) ImpliedArgs() []interface{}                       { return nil }
func (n nullLogger) With(args ...interface{}) Logger                { return n }
func (nullLogger) Name() string                                     { return "" }
func (n nullLogger) Named(name string) Logger                       { return n }
func (n nullLogger) ResetNamed(name string) Logger                  { return n }
func (nullLogger) SetLevel(level Level)                             {}
func (nullLogger) GetLevel() Level                                  { return NoLevel }

func New(opts *LoggerOptions) Logger { return nullLogger{} }
func NewNullLogger() Logger          { return nullLogger{} }
func Default() Logger                { return nullLogger{} }
func L() Logger                      { return Default() }
