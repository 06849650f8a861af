// Package glog is a test stub of github.com/golang/glog: its logging
// functions and Verbose with their real signatures, at the real import path.
package glog

// Level is a verbosity level.
type Level int32

// Verbose logs when its level is enabled.
type Verbose bool

func V(level Level) Verbose                        { return false }
func (v Verbose) Info(args ...any)                 {}
func (v Verbose) Infoln(args ...any)               {}
func (v Verbose) Infof(format string, args ...any) {}

func Info(args ...any)                    {}
func InfoDepth(depth int, args ...any)    {}
func Infoln(args ...any)                  {}
func Infof(format string, args ...any)    {}
func Warning(args ...any)                 {}
func Warningln(args ...any)               {}
func Warningf(format string, args ...any) {}
func Error(args ...any)                   {}
func Errorln(args ...any)                 {}
func Errorf(format string, args ...any)   {}
func Fatal(args ...any)                   {}
func Fatalln(args ...any)                 {}
func Fatalf(format string, args ...any)   {}
func Exit(args ...any)                    {}
func Exitln(args ...any)                  {}
func Exitf(format string, args ...any)    {}
