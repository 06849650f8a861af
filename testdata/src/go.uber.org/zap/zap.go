// Package zap is a test stub of go.uber.org/zap: its loggers and field
// constructors with their real signatures, at the real import path.
package zap

import "go.uber.org/zap/zapcore"

// Field is an alias for zapcore.Field, as in zap.
type Field = zapcore.Field

func String(key string, val string) Field {
	return Field{Key: key, Type: zapcore.StringType, String: val}
}
func Stringp(key string, val *string) Field {
	return Field{Key: key, Type: zapcore.StringType, Interface: val}
}
func Int(key string, val int) Field {
	return Field{Key: key, Type: zapcore.Int64Type, Integer: int64(val)}
}
func Error(err error) Field { return NamedError("error", err) }
func NamedError(key string, err error) Field {
	return Field{Key: key, Type: zapcore.ErrorType, Interface: err}
}
func Any(key string, value interface{}) Field {
	return Field{Key: key, Type: zapcore.ReflectType, Interface: value}
}

// Option configures a Logger.
type Option interface{ apply(*Logger) }

// Logger is zap's fast, typed logger.
type Logger struct{ fields []Field }

func NewNop() *Logger                                   { return &Logger{} }
func NewProduction(options ...Option) (*Logger, error)  { return &Logger{}, nil }
func NewDevelopment(options ...Option) (*Logger, error) { return &Logger{}, nil }
func L() *Logger                                        { return &Logger{} }
func S() *SugaredLogger                                 { return &SugaredLogger{} }

func (log *Logger) Sugar() *SugaredLogger  { return &SugaredLogger{base: log} }
func (log *Logger) Named(s string) *Logger { return log }
func (log *Logger) With(fields ...Field) *Logger {
	return &Logger{fields: append(log.fields[:len(log.fields):len(log.fields)], fields...)}
}
func (log *Logger) Log(lvl zapcore.Level, msg string, fields ...Field) {}
func (log *Logger) Debug(msg string, fields ...Field)                  {}
func (log *Logger) Info(msg string, fields ...Field)                   {}
func (log *Logger) Warn(msg string, fields ...Field)                   {}
func (log *Logger) Error(msg string, fields ...Field)                  {}
func (log *Logger) DPanic(msg string, fields ...Field)                 {}
func (log *Logger) Panic(msg string, fields ...Field)                  {}
func (log *Logger) Fatal(msg string, fields ...Field)                  {}
func (log *Logger) Sync() error                                        { return nil }

// SugaredLogger wraps a Logger in a slower, loosely typed API.
type SugaredLogger struct{ base *Logger }

func (s *SugaredLogger) Desugar() *Logger                           { return s.base }
func (s *SugaredLogger) Named(name string) *SugaredLogger           { return s }
func (s *SugaredLogger) With(args ...interface{}) *SugaredLogger    { return s }
func (s *SugaredLogger) Log(lvl zapcore.Level, args ...interface{}) {}
func (s *SugaredLogger) Debug(args ...interface{})                  {}
func (s *SugaredLogger) Info(args ...interface{})                   {}
func (s *SugaredLogger) Warn(args ...interface{})                   {}
func (s *SugaredLogger) Error(args ...interface{})                  {}
func (s *SugaredLogger) DPanic(args ...interface{})                 {}
func (s *SugaredLogger) Panic(args ...interface{})                  {}
func (s *SugaredLogger) Fatal(args ...interface{})                  {}

func (s *SugaredLogger) Logf(lvl zapcore.Level, template string, args ...interface{}) {}
func (s *SugaredLogger) Debugf(template string, args ...interface{})                  {}
func (s *SugaredLogger) Infof(template string, args ...interface{})                   {}
func (s *SugaredLogger) Warnf(template string, args ...interface{})                   {}
func (s *SugaredLogger) Errorf(template string, args ...interface{})                  {}
func (s *SugaredLogger) DPanicf(template string, args ...interface{})                 {}
func (s *SugaredLogger) Panicf(template string, args ...interface{})                  {}
func (s *SugaredLogger) Fatalf(template string, args ...interface{})                  {}

func (s *SugaredLogger) Logw(lvl zapcore.Level, msg string, keysAndValues ...interface{}) {}
func (s *SugaredLogger) Debugw(msg string, keysAndValues ...interface{})                  {}
func (s *SugaredLogger) Infow(msg string, keysAndValues ...interface{})                   {}
func (s *SugaredLogger) Warnw(msg string, keysAndValues ...interface{})                   {}
func (s *SugaredLogger) Errorw(msg string, keysAndValues ...interface{})                  {}
func (s *SugaredLogger) DPanicw(msg string, keysAndValues ...interface{})                 {}
func (s *SugaredLogger) Panicw(msg string, keysAndValues ...interface{})                  {}
func (s *SugaredLogger) Fatalw(msg string, keysAndValues ...interface{})                  {}

func (s *SugaredLogger) Logln(lvl zapcore.Level, args ...interface{}) {}
func (s *SugaredLogger) Debugln(args ...interface{})                  {}
func (s *SugaredLogger) Infoln(args ...interface{})                   {}
func (s *SugaredLogger) Warnln(args ...interface{})                   {}
func (s *SugaredLogger) Errorln(args ...interface{})                  {}
func (s *SugaredLogger) DPanicln(args ...interface{})                 {}
func (s *SugaredLogger) Panicln(args ...interface{})                  {}
func (s *SugaredLogger) Fatalln(args ...interface{})                  {}
