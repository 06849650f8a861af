// Package arkretry defines an Analyzer that reports Ark error handling that
// leaves retryable 429s unhandled or retries 429s that waiting never clears.
//
// # Analyzer arkretry
//
// arkretry: report retryable 429 codes left unhandled, and 429s retried that waiting never clears
//
// The Ark SDK retries every 429 and 5xx a few times, so a rate-limited call
// still reaches the caller after the SDK's retries, and a 429 that waiting
// never clears (SetLimitExceeded, a used-up QuotaExceeded) is retried all
// the same. Which 429 codes waiting clears comes from the code table's
// retry classes (package codes): the backoff class.
//
// A classification is a switch, an if/else-if chain or a run of ifs in one
// function that compares the same Ark error's code: with ==, !=, switch
// cases, strings.HasPrefix (a prefix covers every code it starts),
// slices.Contains on a list of codes, or a map of codes indexed with the
// code. The code may be read through a local variable (code := apiErr.Code).
// arkretry reports:
//
//  1. a classification that names some retryable (backoff) 429 codes but not
//     all of them, listing the missing ones; for a switch, a suggested fix
//     adds them to the case that names the others;
//  2. a classification by two or more codes that names no retryable 429
//     code, saying where rate-limited calls end up, unless the function
//     checks the error's status against 429 (or its type against
//     TooManyRequests) or hands the error to a retry helper;
//  3. a retry decided on status 429 or type TooManyRequests alone (the 429
//     branch of a loop around a call to Ark that continues or waits and goes
//     round, or a bool retry predicate that returns true for it) without
//     checking the code for the 429 codes that waiting does not clear;
//  4. arkruntime.WithRetryTimes(0) in a package where nothing handles a 429;
//  5. arkruntime.WithRetryTimes(n) with a negative n, with which the SDK
//     sends no request and returns a nil error;
//  6. a status comparison of an Ark error taken from a stream's Recv error in
//     the same function: its status is always 0, so classify it by code.
//
// A check of the error's status against 429 anywhere in the function (or a
// function nested in it) covers every 429 for rules 1 and 2. The same holds
// for the OpenAI-compatible SDKs' errors in packages that reach Ark through
// them (their status fields are HTTPStatusCode and StatusCode).
//
// Flags: -arkretry.helpers=REGEXP matches the names of functions that decide
// retries (default: a case-insensitive pattern of retry, ratelimit,
// throttle, backoff, 429 and toomany); -arkretry.extra=FILE adds codes, in
// the code table's format, to the built-in table.
package arkretry

// Doc is the analyzer's documentation.
const Doc = `arkretry: report retryable 429 codes left unhandled, and 429s retried that waiting never clears

arkretry checks how code that calls the Ark API classifies its errors by
code (switch, if chains, strings.HasPrefix, slices.Contains, maps of codes)
against the code table's retry classes. It reports a classification that
handles some retryable 429 codes but not all (with a fix for a switch), one
that names several codes but no retryable 429 and no status check, a retry
loop or bool retry predicate keyed on status 429 alone (which also retries
SetLimitExceeded and QuotaExceeded), WithRetryTimes(0) in a package that
handles no 429, a negative WithRetryTimes, and status checks on errors read
mid-stream by Recv, whose status is always 0. Flags: -helpers=REGEXP names
the functions that decide retries; -extra=FILE adds codes to the table.`
