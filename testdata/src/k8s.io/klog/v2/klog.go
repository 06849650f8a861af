// Package klog is a test stub of k8s.io/klog/v2: its logging functions and
// Verbose with their real signatures, at the real import path.
package klog

// Level is a verbosity level.
type Level int32

// Verbose logs when its level is enabled.
type Verbose struct{ enabled bool }

func V(level Level) Verbose                                                  { return Verbose{} }
func (v Verbose) Enabled() bool                                              { return v.enabled }
func (v Verbose) Info(args ...interface{})                                   {}
func (v Verbose) Infoln(args ...interface{})                                 {}
func (v Verbose) Infof(format string, args ...interface{})                   {}
func (v Verbose) InfoS(msg string, keysAndValues ...interface{})             {}
func (v Verbose) ErrorS(err error, msg string, keysAndValues ...interface{}) {}

func Info(args ...interface{})                       {}
func InfoDepth(depth int, args ...interface{})       {}
func Infoln(args ...interface{})                     {}
func Infof(format string, args ...interface{})       {}
func InfoS(msg string, keysAndValues ...interface{}) {}

func Warning(args ...interface{})                 {}
func WarningDepth(depth int, args ...interface{}) {}
func Warningln(args ...interface{})               {}
func Warningf(format string, args ...interface{}) {}

func Error(args ...interface{})                                  {}
func ErrorDepth(depth int, args ...interface{})                  {}
func Errorln(args ...interface{})                                {}
func Errorf(format string, args ...interface{})                  {}
func ErrorS(err error, msg string, keysAndValues ...interface{}) {}

func Fatal(args ...interface{})                 {}
func Fatalln(args ...interface{})               {}
func Fatalf(format string, args ...interface{}) {}
func Exit(args ...interface{})                  {}
func Exitln(args ...interface{})                {}
func Exitf(format string, args ...interface{})  {}
