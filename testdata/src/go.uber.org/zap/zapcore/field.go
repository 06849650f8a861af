// Package zapcore is a test stub of go.uber.org/zap/zapcore: the types that
// zap's logging calls take, at the real import path.
package zapcore

// Level is a logging priority.
type Level int8

const (
	DebugLevel Level = iota - 1
	InfoLevel
	WarnLevel
	ErrorLevel
	DPanicLevel
	PanicLevel
	FatalLevel
)

// FieldType says how a Field is marshaled.
type FieldType uint8

const (
	UnknownType FieldType = iota
	ErrorType
	Int64Type
	StringType
	ReflectType
)

// Field is a key and a value, added to a log entry.
type Field struct {
	Key       string
	Type      FieldType
	Integer   int64
	String    string
	Interface interface{}
}
