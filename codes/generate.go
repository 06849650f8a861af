package codes

// codes.txt and CODES.md are generated from the pages under source/ and
// source/retry.txt; edit those, never the generated files.
//go:generate go run ./internal/gencodes
