// Package arkretry defines an Analyzer that judges how code decides to
// retry Ark errors.
//
// # Analyzer arkretry
//
// arkretry: report retry decisions on Ark errors that leave retryable 429s unhandled, retry what waiting never clears, or retry every error
//
// The Ark SDKs retry 429s and 5xx a few times on their own (volcengine-go-sdk
// and BytePlus ModelArk: every 429 and 5xx, all within about a second;
// ark-runtime-go: 408, 409, 429 and 5xx, honouring Retry-After), so a
// rate-limited call still reaches the caller, and the code that classifies
// its errors decides what happens next. Which 429 codes waiting clears comes
// from the code table's retry classes (package codes): backoff, never,
// depends.
//
// arkretry reads arkvet's model of the package's error handling (package
// internal/handling): every test of an Ark error's code, type or status in
// any form, and what each branch decides (go round again, return true, a
// class, the error wrapped, or something else). A bool function is a retry
// predicate when it is used as one (a loop's condition, an if that goes
// round, a value handed to a retry helper or stored in a policy), or when
// its name matches -arkretry.helpers and the package does not use it
// itself (with a pattern given by -arkretry.helpers, however it is used),
// unless the name says only what the error is (IsRateLimited, IsThrottled,
// Is429: true on every 429 is the truth, not a retry); a
// class (a constant of a named type, or a sentinel error tested with
// errors.Is) is retried when a branch on it goes round, when a loop goes
// on past a branch that leads out on every other class (if
// !errors.Is(err, ErrTryAgain) { return err }, around an Ark call or a
// call of another package of the program), or when a retry predicate
// returns true for it, or, for a constant the package never tests, when
// its name says so.
//
// # Partial 429 coverage
//
// A classification (the tests of one error's code in one function: a
// switch, if chains, strings.EqualFold, a lower-cased code, HasPrefix,
// slices.Contains, a map of codes, a code handed to a function that
// compares it) that names some retryable 429 codes but not all. Where the
// case that names them is a generic rate-limit action, a fix adds the
// missing codes to it. One retryable code alone is a classification when
// its branch retries by what the code does (a loop around Ark goes round,
// a predicate used as a retry condition returns true, a class the package
// retries), not only by a name. A table of delays per code
// (map[string]time.Duration: codes left out get the default delay, or a
// function giving back only a time.Duration, a constant other than 0 from
// every return) is no partial coverage. The per-minute image limit
// (ModelAccountIpmRateLimitExceeded) is missing only in a package whose
// calls to Ark generate images (a classifier for other packages, making
// no call itself, cannot tell, and is not asked for it). A switch on an
// error read mid-stream by Recv leaves no rate limit out: Ark refuses a
// rate-limited request when the stream is created.
//
// # No 429 coverage
//
// A classification by two or more codes that names no retryable 429, in a
// function that neither checks the status against 429 (or the type against
// TooManyRequests) nor hands the error to a retry helper. A bool function
// about another concern that no retry decision uses, a table of delays
// per code, and a function mapping codes to text for people (its results
// all strings, used but never compared, or unused with every string it
// returns empty or holding a space, formatted with a format that does, or
// an error's message), are not such classifications; nor
// are checks (an if, ifs, a chain or a switch) of codes none of which
// waiting clears, no branch of which sends the error round, that give
// every other error back to the caller as it is or wrapped (a check of one
// concern: the context too long, the content refused, an input to split
// and send again as two smaller requests), and a switch on an error read
// mid-stream by Recv, there or in a function of the package every call of
// which hands it one (Ark refuses a rate-limited request when the stream
// is created), and
// codes checked after the call was run by something that retries 429s (a
// function of the package that looks for a 429, given the call as an
// operation, or a retry library): what comes back is what those retries
// did not clear.
//
// A retry decision by status that retries server errors but not 429 (a
// loop that goes round on status >= 500, a predicate or a classifier that
// accepts case 500, 502, 503) is reported under this rule too, unless its
// function (or, for a predicate or a classifier, a function that uses it)
// checks a 429, names a retryable 429 code or hands the error to a retry
// helper: rate-limited calls are given up at once. A predicate that a
// function only hands on as a value (Policy{ShouldRetry: isTransient}) is
// asked alone by the helper it goes to: only a look at a 429 in that
// statement or after it, where the helper's error goes, counts, not one on
// another path (another case of a switch over jobs). One the package never
// uses, named for a verdict on retrying (IsTransient, IsRetryable), is
// judged alone too, whatever else the package looks at.
//
// # Retrying what waiting never clears
//
// A decision keyed on status 429, type TooManyRequests, "429 or 5xx", or
// a search of an Ark error's text for 429 that sends the error round again (a loop that continues or waits, a
// retry predicate that returns true, a classifier returning a retried class
// or a retryable wrapper; a branch taken on everything but a 429 that leads
// out of a loop around a call to Ark, so that the loop goes round on the
// 429s; a branch that sets a local flag a later if goes round on, or a test
// kept in such a flag; a branch that puts the work off to be done again
// later, as work queues and reconcilers retry: a call that hands the job a
// delay, q.Requeue(ctx, job, time.Minute) or msg.Requeue(d), also in an
// if's init with its error logged (not a cache's
// Set(key, value, ttl)), or a result asking to come back,
// controller-runtime's reconcile.Result{RequeueAfter: d} or
// {Requeue: true}; an error given back unmarked by an operation handed to
// cenkalti/backoff or avast/retry-go that marks other errors permanent)
// without
// excluding the 429 codes that waiting
// does not clear (SetLimitExceeded, QuotaExceeded, ...; one that only
// another API sends, SessionQuotaExceeded, need not be), in the function
// or, for an unexported function testing its parameter (func
// byStatus(status int) Action), in every function of the package calling
// it. A decision that
// names such a code among what it retries (case "ServerOverloaded",
// "SetLimitExceeded": return true), or a list of codes a loop retries that
// holds one (if !retryable[apiErr.Code] { return err }, then a wait), is
// reported at that code. A loop around a call of another package of the
// program (llm.Complete(ctx, ...)) is one around Ark when it takes the
// call's error into an Ark error type and tests it. A retry condition handed to the same call as an
// operation that calls Ark (retry.Do(op, retry.RetryIf(cond)),
// Policy{ShouldRetry: cond} beside op) judges Ark's errors, a search of the
// error's text for 429 included, the text kept in a local or not (msg :=
// err.Error()); so does a function of the package put in a field of a
// policy (p.ShouldRetry = cond) when a policy of that type, kept in a field
// or handed in (c.policy), is handed beside such an operation. A class is retried when a branch on it goes round, or when
// a function of the package taking the class and named like a retry
// predicate returns true for it (func (c Class) Retryable() bool { return
// c == RateLimited || ... }), which other packages then ask. A loop that goes
// round on a 429 with no delay at all is reported even when it excludes
// them: it hammers the limit it hit; so is a loop with no delay that goes
// round on what a retry predicate keyed on 429 accepts (one returning a 429
// test, or false unless its 429 test holds), a poll until a deadline (for
// time.Now().Before(deadline)) included. A delay is
// time.Sleep, a timer, time.After, a rate limiter's Wait, a function of the
// package whose body waits, or another package's sleep, known by its
// signature: a context and a time.Duration in, nothing or an error out,
// or a receive from a channel of time.Time (<-tick.C). A delay counts only
// on the way round the branch takes: an if that ends in continue skips
// the waits after it. A function of the
// package returning a verdict (a bool first, or second of two as in (wait
// time.Duration, ok bool)) is a retry predicate by what a loop's if or
// condition does with it, called in the condition or kept in a variable
// and tested later: the if goes round when the verdict holds, or leads out of
// the loop whenever it fails. One whose if leads out when it holds (stop,
// tell the user to try later) is none, whatever its name.
//
// # Retrying every error
//
// A loop around a call to Ark that goes round on any non-nil error without
// a look at its code, type or status (a classifier's verdict switched on,
// compared or kept counts as a look, and so does one at the error a
// function of the package makes of it, cerr := c.classify(err) then
// errors.Is(cerr, ErrThrottled); errors.Is against a sentinel of the
// standard library or of an Ark SDK, such as context.Canceled, does not,
// unless it leads out on everything but the sentinel, or goes round only
// on it): it re-sends authentication failures,
// bad requests, spending limits and content-safety rejections. The call may
// be the package's own function, or a function literal kept in a local
// variable (attempt := func() error { ... }), that calls Ark and hands its
// error back without a look (one call deep; a loop in it over the results
// is no retry of its own). In a
// package that builds an eino-ext Ark model, calls through eino's model
// interfaces, and of a compiled chain or graph (compose.Runnable), are
// calls to Ark. A function that calls itself again with
// the same arguments (counters aside) on every such error retries by
// recursion, and is reported too. A loop that goes on after the call
// succeeds (a batch, a worker, a conversation) asks something else each
// round and retries nothing. The error may be checked in the loop's
// condition (for err != nil && i < 3, re-calling Ark in the body) or kept
// in the bool the condition tests (retry = err != nil && n < 3, or done =
// err == nil under for !done). A loop with
// no delay, and a client that keeps the SDK's own retries (attempts
// multiply), are said so. An operation that calls Ark (or the package's
// wrapper of the call) handed to a retry library with no retry condition,
// as a literal or a local variable holding one, is reported too, and so is one handed
// a condition true for every error (func(error) bool { return true }, or
// return err != nil), to a library or to a helper of another package whose
// own name or package name says it retries (retryx.Do), directly or as a
// field of a policy literal (retryx.Policy{ShouldRetry: ...}), there or in
// a local declared with one and only read. A bool function that is not
// given the error decides nothing about it (the Ark SDK's own utils.Retry
// takes func() bool { return true } as a gate beside its error predicate).
//
// A helper of the package whose loop decides on a retry condition (a
// field of its policy, or a parameter) that it skips when the condition is
// nil (if p.ShouldRetry != nil && !p.ShouldRetry(err) { return err }; if
// shouldRetry == nil || shouldRetry(err) { continue }) retries every error
// for a caller that leaves the condition nil: each call that hands it an
// operation calling Ark with nil, or with a composite literal that does
// not set the field (or a call of a function of the package that returns
// only such literals, DefaultPolicy(), or a variable declared with such a
// literal and only read or copied: a local, or an unexported
// package-level variable that nothing in the package assigns or takes the
// address of), is reported. A policy kept anywhere else (a field, an
// exported variable) is not judged: it may be given its condition
// anywhere; nor is a helper that may give a nil condition a default of its
// own (it assigns the condition, or uses the policy other than to read its
// fields: p = p.withDefaults()).
//
// The same holds of the module's own retry helper in another package
// (retry.Do(ctx, retry.DefaultPolicy(), op) with op calling Ark, or
// retry.Retry(ctx, 3, op, nil) handing its condition parameter nil), named
// for retrying by itself or its package: without facts its body is out of
// view, so arkvet reads it from the source file its export data names,
// parses that file alone, and judges the helper's loop (and a function of
// that package giving the policy, DefaultPolicy()) by its syntax, with the
// parameter and field names from the helper's types. A build whose export
// data names no absolute source path (-trimpath) gives no such finding.
//
// # Wrong error type
//
// A status check on *model.RequestError alone: the SDKs return
// *model.APIError for every Ark error with a JSON body and
// *model.RequestError only for transport failures and bodies that do not
// decode, so its 429 and 4xx branches miss every Ark error but those
// whose body does not decode. The same holds of
// go-openai pointed at Ark: *openai.RequestError beside *openai.APIError.
// A switch on the status is one finding, at its 429 case if it has one. A
// 429 check on it counts as alone beside *model.APIError checks that look
// for no 429 (a switch on codes naming no rate limit). A check beside a
// classifier of another package of the program handed the same error in a
// condition or an assignment (apierr.IsRateLimited(err)) is not alone: that
// classifier may check *model.APIError out of view. One only in a return
// (return apierr.Wrap(err)) decides nothing beside it.
//
// An errors.As, errors.AsType or type assertion into one SDK's error type
// on an error that another SDK returned, when the code tests what it takes
// out: go-openai pointed at Ark returns *openai.APIError, never
// volcengine-go-sdk's *model.APIError, so errors.As(err, &apiErr) with the
// latter never matches and its 429 branch never runs. The error is the
// other SDK's when a call through that SDK's client returned it, or a
// function of the package all of whose calls to Ark (its own and those in
// the function literals in it) go through that SDK, or a call of another
// package handed function literals whose calls all do (err := retry.Do(...,
// func() error { ... })): in a package that also calls through the target's
// own SDK, only when those functions call nothing else returning an error
// but the standard library's, through which that SDK's error could come.
//
// # Retries off
//
// arkruntime.WithRetryTimes(0) (or eino's ChatModelConfig.RetryTimes set to
// 0, or that field of ResponsesAPIConfig or ImageGenerationConfig, which the
// message names) in a package where nothing handles a 429 (a 429 check of
// *model.RequestError alone handles none). Handing the calls to a helper
// of another package that takes a retry condition (func(error) bool, or a
// policy struct holding one, even when the operation calls the package's
// wrapper of the call) counts as handling them; a client the package only
// hands to functions of other packages, puts in a field it never reads
// (&Clients{Batch: ...} returned to the program, or a local put in one:
// out = append(out, &Endpoint{Client: c})), or returns from a
// function it never calls (an exported constructor), is not judged (it is
// called out of view). Retries turned off in
// a _test.go file are not reported: a test against httptest.Server wants
// one request per call.
//
// In a package that does handle 429s, a client built with retries off
// (directly, or from a local list of options, New(key, opts...)) and kept
// in a variable or field (a local put in a field counts as the field) is
// judged by its own calls: reported when no
// function that calls it, nor any function of the package its error is
// handed up to, handles a 429 (a 429 check on *model.RequestError handles
// none), and the error's way ends in view (in a function that returns no
// error, or returns only nil or new errors, or one the package calls). A client used
// in any other way than to call its methods (handed on, copied) is not
// judged: it may be called out of view.
//
// # Negative retry count
//
// A negative retry count, with which the SDK sends no request: plain calls
// return a nil error and an empty response, stream calls a nil stream whose
// first Recv panics; batch calls ignore the count. A local variable
// declared negative that may reach the option unchanged (set only in
// nested blocks, never compared, its address never taken) counts, as does a
// field the package sets only to one negative constant (or to that, and
// under an if to a value read from the environment) and never compares
// (Options{Retries: -1} from its defaults; not one with a tag or of a
// struct whose address is taken, which configuration may set), and so
// does eino's RetryTimes given a flag.Int (or a *flag.FlagSet's Int), or
// WithRetryTimes(*n) given one, whose default is negative and that the package never compares: the
// client sends nothing unless the flag is given.
//
// # Mid-stream status
//
// A status check of an Ark error read mid-stream by Recv (directly, or by
// a function of the package it is handed to, reported at its check with
// the position of the call handing the error over), whose status is
// always 0.
//
// # Assertion that never matches
//
// A type assertion or type switch to an Ark error type on an error that the
// SDK or eino wraps before returning it (bot, image and Responses stream
// Recv, go-openai's stream Recv, eino's Generate, on the Ark model or
// through eino's model interfaces): it never matches, so the
// checks behind it never run. The assertion may be in a function of the
// package that such an error is handed to (a predicate given the error of
// eino's Generate), one call deep. The fix uses errors.AsType. An Ark
// stream reader's Recv never returns a *model.RequestError at all, wrapped
// or not: an assertion to one there is told to take the *model.APIError.
//
// # Flags
//
// -arkretry.helpers=REGEXP matches the names of functions that decide
// retries (default: a case-insensitive pattern of retry, retryable,
// ratelimit, throttle, backoff, 429, toomany, transient and temporary);
// -arkretry.extra=FILE adds codes, in the code table's format, to the
// built-in table.
package arkretry
