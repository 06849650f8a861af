// Package handling is arkvet's one model of what a package's code does with
// Ark errors, built once per package and read by every arkvet analyzer:
//
//   - where Ark errors come from: calls that reach Ark, stream reads, and any
//     value of an Ark SDK error type (errors.As targets, errors.AsType, type
//     assertions and switches, parameters, struct fields, embedding wrappers);
//   - every test of such an error's code, type or status, whatever its form
//     (==, !=, switch, strings.EqualFold, a comparison after strings.ToLower,
//     HasPrefix, HasSuffix, Contains, slices.Contains over a literal or a
//     package-level slice, a map of codes, a constant of another package, a
//     code handed to a function of the package that compares its parameter);
//   - what the branch each test guards decides: go round again, return a
//     bool, a class, the error or a wrapped error, or something else;
//   - the functions that call Ark, their loops, and how each function is used
//     (a bool function used as a retry predicate, a classifier whose classes
//     are retried).
//
// Which packages reach Ark, which types are Ark's errors and which field
// holds what is arksdk's knowledge; this package adds the flow of one
// package's code. The analyzers only judge their rules over it.
package handling
