// Package arkcode defines an Analyzer that reports comparisons against
// unknown or misspelled Ark error codes.
//
// # Analyzer arkcode
//
// arkcode: report comparisons against unknown or misspelled Ark error codes
//
// A Go program that calls the Volcano Engine Ark API learns why a request
// failed from the Code of the SDK's error (model.APIError and its kin). A
// comparison with a code Ark never sends is silently false, so the branch
// meant to back off on "RateLimitExceeded.EndpointRPMExceeded" never runs
// when it is spelled "RateLimitExceeded.EndpointRPMExceed". arkcode checks
// every string constant compared with an Ark error code, or with an Ark
// error type (the Type field, "TooManyRequests"), against the table of
// codes Ark documents:
//
//   - ==, != and switch (tagged, and tagless with case c == "...");
//   - strings.EqualFold (a case-only difference is fine), strings.HasPrefix,
//     strings.HasSuffix and strings.Contains, and slices.Contains on a slice
//     literal;
//   - the keys of a map literal, or of a map variable declared by one, that
//     is indexed with a code (reported at the key);
//   - named constants: one declared in the package with a literal is
//     reported once, at its declaration, which the suggested fix edits;
//     another package's (or one computed, "Server" + "Overloded") at each
//     use. The message starts with the constant's name (codeTPM: ...);
//   - code-like words searched for in an error's text
//     (strings.Contains(err.Error(), "ServerOverloded")), when they are near a
//     known code but part of none;
//   - the cases of a switch on a string parameter that nothing in the
//     package shows to be a code, when two or more of its cases are known
//     codes (a UserMessage(code string) called from other packages): a case
//     near a code is reported as its misspelling, nothing else.
//
// A code is read from the Code field or GetCode method of the Ark SDKs'
// errors (either SDK module), and of the OpenAI-compatible SDKs' errors in a
// package that points them at Ark, or from a local variable that is only
// ever assigned such a code.
//
// It reports an unknown code, a misspelled one (with a fix: a case or
// separator slip, at most two edits, or "Error" left off the end or added,
// as in "AccountOverdue" for AccountOverdueError; where case does not
// matter, under strings.EqualFold or on a code lower-cased first, case
// costs nothing and the fix keeps the literal's case), an error type
// compared with a code or a code compared with a type, and a prefix or
// substring that no code has. It does not report "" (no code), or any name
// after a pattern code's dot ("InvalidParameter.Model").
//
// A retired code, one that earlier versions of Ark's error-code page listed
// and the current ones do not ("RateLimitExceeded.FoundationModelRPMExceeded"),
// is no misspelling, and comparing with it is right: Ark may still send it.
// What may be wrong is missing the code Ark documents for it now: arkcode
// reports it as retired (category "retired-code") when the package compares
// with none of its successors, saying when it was last seen and which code
// to compare with as well. When there is exactly one and the retired code
// is one of a case's list or a slice's elements, the fix adds that code
// beside it, so the branch keeps matching the old one. A retired code with
// no successor, or whose successor the package handles, is no finding. A
// prefix or substring only retired codes have is judged the same way. A
// prefix that is a known code and a dot (the sub-codes Ark may add) is no
// finding either. Every finding has a category: "unknown-code",
// "retired-code", "unknown-type" or "code-type-mixup".
//
// The flag -arkcode.extra=FILE adds codes the table lacks, in the table's
// own data format (see package codes). arkcode also reports
// //arkvet:ignore directives that give no reason, which silence nothing.
//
// # Unknown code
//
// Category "unknown-code": no Ark error code is, starts with, ends with or
// contains the string; where one is near, the fix writes it.
//
// # Retired code
//
// Category "retired-code": only earlier versions of Ark's error-code page
// list the code, and the package compares with none of its successors; in a
// list of codes, the fix adds its one successor beside it.
//
// # Unknown type
//
// Category "unknown-type": no Ark error type (the Type field) is the
// string.
//
// # Code and type mixed up
//
// Category "code-type-mixup": an error type compared with .Code, or a code
// with .Type.
package arkcode
