// Package codes is the table of error codes the Volcano Engine Ark API
// documents, with a retry class for each.
//
// The table is generated (go generate ./codes) from two copies of Ark's
// error-code page kept under source/, plus the hand-written retry classes in
// source/retry.txt, into codes.txt, which the package embeds and Default
// parses on first use. CODES.md is the same table for people to read.
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
// The package knows nothing of Go syntax; the analyzers ask it questions
// about strings.
package codes
