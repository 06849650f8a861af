// Package klog is a test stub of github.com/cloudwego/kitex/pkg/klog, kitex's logger:
// its interfaces and package functions with their real signatures, at the
// real import path.
package klog

import "context"

// Level is a logging priority.
type Level int

// FormatLogger logs with a format.
type FormatLogger interface {
	Tracef(format string, v ...interface{})
	Debugf(format string, v ...interface{})
	Infof(format string, v ...interface{})
	Noticef(format string, v ...interface{})
	Warnf(format string, v ...interface{})
	Errorf(format string, v ...interface{})
	Fatalf(format string, v ...interface{})
}

// Logger logs with levels.
type Logger interface {
	Trace(v ...interface{})
	Debug(v ...interface{})
	Info(v ...interface{})
	Notice(v ...interface{})
	Warn(v ...interface{})
	Error(v ...interface{})
	Fatal(v ...interface{})
}

// CtxLogger logs with a context and a format.
type CtxLogger interface {
	CtxTracef(ctx context.Context, format string, v ...interface{})
	CtxDebugf(ctx context.Context, format string, v ...interface{})
	CtxInfof(ctx context.Context, format string, v ...interface{})
	CtxNoticef(ctx context.Context, format string, v ...interface{})
	CtxWarnf(ctx context.Context, format string, v ...interface{})
	CtxErrorf(ctx context.Context, format string, v ...interface{})
	CtxFatalf(ctx context.Context, format string, v ...interface{})
}

// FullLogger is the combination of Logger, FormatLogger and CtxLogger.
type FullLogger interface {
	Logger
	FormatLogger
	CtxLogger
	SetLevel(Level)
}

var logger FullLogger

func DefaultLogger() FullLogger { return logger }

func Fatal(v ...interface{})                  { logger.Fatal(v...) }
func Error(v ...interface{})                  { logger.Error(v...) }
func Warn(v ...interface{})                   { logger.Warn(v...) }
func Notice(v ...interface{})                 { logger.Notice(v...) }
func Info(v ...interface{})                   { logger.Info(v...) }
func Debug(v ...interface{})                  { logger.Debug(v...) }
func Trace(v ...interface{})                  { logger.Trace(v...) }
func Fatalf(format string, v ...interface{})  { logger.Fatalf(format, v...) }
func Errorf(format string, v ...interface{})  { logger.Errorf(format, v...) }
func Warnf(format string, v ...interface{})   { logger.Warnf(format, v...) }
func Noticef(format string, v ...interface{}) { logger.Noticef(format, v...) }
func Infof(format string, v ...interface{})   { logger.Infof(format, v...) }
func Debugf(format string, v ...interface{})  { logger.Debugf(format, v...) }
func Tracef(format string, v ...interface{})  { logger.Tracef(format, v...) }
func CtxFatalf(ctx context.Context, format string, v ...interface{}) {
	logger.CtxFatalf(ctx, format, v...)
}
func CtxErrorf(ctx context.Context, format string, v ...interface{}) {
	logger.CtxErrorf(ctx, format, v...)
}
func CtxWarnf(ctx context.Context, format string, v ...interface{}) {
	logger.CtxWarnf(ctx, format, v...)
}
func CtxNoticef(ctx context.Context, format string, v ...interface{}) {
	logger.CtxNoticef(ctx, format, v...)
}
func CtxInfof(ctx context.Context, format string, v ...interface{}) {
	logger.CtxInfof(ctx, format, v...)
}
func CtxDebugf(ctx context.Context, format string, v ...interface{}) {
	logger.CtxDebugf(ctx, format, v...)
}
func CtxTracef(ctx context.Context, format string, v ...interface{}) {
	logger.CtxTracef(ctx, format, v...)
}
