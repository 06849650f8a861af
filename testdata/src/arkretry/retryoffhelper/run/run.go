// Package run runs an operation once, with a log line: no retry helper.
package run

// Once calls fn once.
func Once(fn func() error) error { return fn() }
