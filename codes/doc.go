// Package codes is the table of error codes the Volcano Engine Ark API
// documents, with a retry class for each.
//
// The table is generated (go generate ./codes) from two copies of Ark's
// error-code page kept under source/, the list of codes only earlier
// versions of that page carried, the hand-written retry classes in
// source/retry.txt and the page versions in source/pages.txt, into
// codes.txt, which the package embeds and Default parses on first use.
// CODES.md is the same table for people to read.
//
// A retired code is one the current pages no longer list
// ("RateLimitExceeded.FoundationModelRPMExceeded"): it existed, programs
// still compare with it and Ark may still send it, so Lookup finds it and
// it is no misspelling; (*Code).Retired tells it apart, and its Retirement
// says when it was last seen and which current codes replaced it. Queries
// count retired codes as codes, except WithStatus, which lists the codes a
// handler should know today (RetiredWithStatus lists the others);
// Current() is the table without them.
//
// A code has one or more variants: the pages list some codes several times
// with different HTTP statuses, types or messages (QuotaExceeded is a full
// task queue, a used-up usage quota or a spent free trial). A code whose
// name ends in ".{{Name}}", such as "InvalidParameter.{{Parameter}}", is a
// pattern: it stands for its prefix followed by any non-empty name.
//
// The data file format, which is also the format of the extra-codes files
// users hand to the analyzers, is line-oriented: "key: value" lines, blank
// lines and "#" comments ignored, each block starting at "code:":
//
//	code: RateLimitExceeded.EndpointRPMExceeded
//	retry: backoff
//	why: the endpoint's per-minute request window moves on within a minute
//	note: (optional normalisation note)
//	variant: 429 TooManyRequests
//	page: ark-error-codes.md ark-error-codes-2026.md
//	message: The Requests Per Minute (RPM) limit ... Request ID: {{id}}
//	meaning: 请求所关联的推理接入点已超过 RPM ...
//
// "variant: STATUS TYPE" starts a variant ("-" for a status or type the page
// does not give); page, message and meaning belong to the variant above them.
// Only code and retry are required.
//
// A retired code says so among its code-level keys:
//
//	retired: 2024-07-10
//	seen-on: its 2024-07-10 version
//	successor: ModelAccountRpmRateLimitExceeded
//
// "retired" gives the date (YYYY, YYYY-MM or YYYY-MM-DD) of the latest
// version seen listing the code; "seen-on" (optional) names that version, to
// follow "last seen on"; "successor" (optional) the current codes that
// replaced it, space-separated, none when it is empty or absent.
//
// A "source:" block describes a source that variants' pages name, for
// readers (Sources):
//
//	source: ark-error-codes-2026.md
//	title: 火山方舟 错误码
//	date: 2026
//	url: https://www.volcengine.com/docs/82379/1299023
//	note: (optional)
//
// The package knows nothing of Go syntax; the analyzers ask it questions
// about strings.
package codes
