// Package arkreqid defines an Analyzer that reports Ark errors logged or
// re-wrapped without their request ID.
//
// # Analyzer arkreqid
//
// arkreqid: report Ark errors logged or re-wrapped without their request ID
//
// When an Ark call fails, the request ID is what Ark support needs to find
// it. The Ark SDKs put it in APIError.RequestId and RequestError.RequestId,
// and the errors' Error() text includes it. Code that takes an Ark error
// apart and keeps only its Code and Message loses it:
//
//	var apiErr *model.APIError
//	if errors.As(err, &apiErr) {
//		slog.Error("ark call failed", "code", apiErr.Code) // reported
//		return fmt.Errorf("ark: %s", apiErr.Message)     // reported
//	}
//
// The analyzer reports, in a function that holds an *model.APIError or
// *model.RequestError of either Ark SDK:
//
//  1. a logging call whose arguments use the error's Code, Message, Type,
//     Param or HTTPStatusCode, directly or through a local variable, while
//     none of them carries the request ID;
//  2. a new error built from those fields alone, which drops the original
//     from the chain: fmt.Errorf without the error among its arguments,
//     errors.New of a string built from the fields, or a composite literal
//     of an error type filled from the fields.
//
// The request ID is carried by the error value itself or the error it was
// taken from (their text includes the ID), their Error(), RequestId (also
// through a local variable), the response header (ResponseHeader,
// GetHeader()) and model.ClientRequestHeader; a number or bool made of the
// error (a delay, a class from classify(apiErr)) carries none. For chained loggers (logrus
// WithField chains, zerolog events, zap and hclog With, slog With), the whole
// chain counts, and so does a logger variable built from such a chain.
//
// Loggers: log; log/slog; fmt.Print* and fmt.Fprint* to os.Stdout or
// os.Stderr; go.uber.org/zap; github.com/sirupsen/logrus;
// github.com/rs/zerolog (and its log package); k8s.io/klog/v2;
// github.com/golang/glog; github.com/hashicorp/go-hclog;
// github.com/cloudwego/hertz/pkg/common/hlog and
// github.com/cloudwego/kitex/pkg/klog. The -loggers flag adds more, as a
// comma-separated list of importpath.Func and importpath.Type.Method.
// Two kinds are found from the code: methods of an interface named like a
// log level whose last parameter is ...any (an application's own Logger
// interface, testing's excepted), and the package's functions and methods
// that hand their ...any arguments on to a logger (func logf(format string,
// args ...any) { log.Printf(format, args...) }).
//
// Suggested fixes add the ID in the logger's own idiom: a "request_id" key
// and value for key-value loggers (slog, zap fields and sugar ...w, logrus
// WithField, zerolog Str, klog ...S, hclog), " request_id=%s" and the ID for
// printf-style calls with a literal format, and ": %w" with the error for
// fmt.Errorf. openai-go's Error, in a package that points openai-go at
// Ark, keeps the ID in its Response's header
// (apiErr.Response.Header.Get("X-Request-Id")), which the message and the
// fix name. go-openai's errors, GenerateImagesError and
// ContentGenerationError have no request ID to log and are not reported.
//
// # Logged without its request ID
//
// Category "logged-without-request-id": a logging call that uses an Ark
// error's fields while none of its arguments carries the request ID.
//
// # Re-wrapped without its request ID
//
// Category "rewrapped-without-request-id": a new error built from an Ark
// error's fields alone, which drops the original from the chain.
package arkreqid
