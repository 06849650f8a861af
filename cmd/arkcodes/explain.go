package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/arkvet/arkvet/codes"
)

// arkError is what an error line says, in whichever form it came.
type arkError struct {
	// Form is where the fields came from: "APIError" (the Go SDK's
	// *model.APIError), "RequestError" (its *model.RequestError), "body"
	// (Ark's JSON error body or error object) or "text" (a known code
	// found among other words).
	Form       string   `json:"form"`
	Status     int      `json:"status,omitempty"`
	Code       string   `json:"code,omitempty"`
	Type       string   `json:"type,omitempty"`
	Message    string   `json:"message,omitempty"`
	Param      string   `json:"param,omitempty"`
	RequestIDs []string `json:"request_ids"`   // the SDK's ID first, then any the message gives
	Err        string   `json:"err,omitempty"` // a RequestError's cause that is not an Ark error
}

// explanation is arkError with what the table says about it.
type explanation struct {
	Error  arkError `json:"error"`
	Advice string   `json:"advice"`
	// Matched are the indexes in Entry.Variants that the error fits, by
	// its message, else by its status and type.
	Matched []int  `json:"matched_variants"`
	Entry   *entry `json:"entry"` // null when the table does not know the code
	// DidYouMean is the code an unknown code was probably meant to be, as
	// a lookup suggests it.
	DidYouMean string `json:"did_you_mean,omitempty"`
}

// explainCmd explains the errors in the arguments, or else in each line of
// stdin.
func explainCmd(table *codes.Table, args []string, stdin io.Reader, out *printer, stderr io.Writer) int {
	var input string
	if len(args) > 0 {
		input = strings.Join(args, " ")
	} else {
		data, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintf(stderr, "arkcodes: -explain: reading standard input: %v\n", err)
			return 2
		}
		input = string(data)
	}
	if strings.TrimSpace(input) == "" {
		fmt.Fprintln(stderr, "arkcodes: -explain: no input: give the error line as an argument or on standard input")
		return 2
	}
	var found []arkError
	structured := false
	for line := range strings.Lines(input) {
		if e, ok := parseError(table, line); ok {
			found = append(found, e)
			structured = structured || e.Form != "text"
		}
	}
	// A body pasted as indented JSON spans lines, none of which holds more
	// than a code alone: read as a whole, it says more.
	if !structured {
		if e, ok := parseError(table, input); ok && e.Form != "text" {
			found = []arkError{e}
		}
	}
	if len(found) == 0 {
		fmt.Fprintln(stderr, `arkcodes: -explain: no Ark error found in the input; it reads the Go SDK's "Error code: 429 - {...}" and "RequestError code: 500, err: ..., request_id: ...", Ark's response body {"error":{"code":...}}, and known codes among other words`)
		return 2
	}
	for _, e := range found {
		out.explanation(explain(table, e))
	}
	return 0
}

// explain looks e's code up and decides what to do about it.
func explain(table *codes.Table, e arkError) *explanation {
	x := &explanation{Error: e, Matched: []int{}, Advice: adviceForStatus(e.Status)}
	c, ok := table.Lookup(e.Code)
	if !ok {
		if e.Code != "" {
			x.DidYouMean, _ = table.Nearest(e.Code)
		}
		return x
	}
	x.Entry = newEntry(table, e.Code, c)
	x.Advice = x.Entry.Advice
	x.Matched = matchVariants(c, e)
	return x
}

// matchVariants returns the indexes of c's variants whose message template
// e's message fits; failing that, those of e's status and type.
func matchVariants(c *codes.Code, e arkError) []int {
	out := []int{}
	if msg := strings.TrimSpace(e.Message); msg != "" {
		for i, v := range c.Variants {
			if v.Message != "" && templateRE(v.Message).MatchString(msg) {
				out = append(out, i)
			}
		}
	}
	if len(out) > 0 || (e.Status == 0 && e.Type == "") {
		return out
	}
	for i, v := range c.Variants {
		if (e.Status == 0 || v.Status == e.Status) && (e.Type == "" || v.Type == e.Type) {
			out = append(out, i)
		}
	}
	return out
}

// placeholderRE matches the holes in the pages' message templates:
// "{{id}}", "{{Parameter}}", and the bare "{}" and "%s" some use.
var placeholderRE = regexp.MustCompile(`\{\{[^{}]*\}\}|\{\}|%[sdv]`)

// templateRE turns a message template into a regexp matching the whole of
// a message made from it.
func templateRE(tmpl string) *regexp.Regexp {
	var b strings.Builder
	b.WriteString(`^`)
	last := 0
	for _, m := range placeholderRE.FindAllStringIndex(tmpl, -1) {
		b.WriteString(regexp.QuoteMeta(tmpl[last:m[0]]))
		b.WriteString(`.*?`)
		last = m[1]
	}
	b.WriteString(regexp.QuoteMeta(strings.TrimSpace(tmpl[last:])))
	b.WriteString(`$`)
	return regexp.MustCompile(b.String())
}

var (
	// (*model.RequestError).Error(): "RequestError code: %d, err: %v, request_id: %s".
	requestErrorRE = regexp.MustCompile(`RequestError code: (-?\d+), err: `)
	// (*model.APIError).Error(): "Error code: %d - %s" with the JSON of the error.
	apiErrorRE = regexp.MustCompile(`Error code: (-?\d+) - `)
	// The start of Ark's error body, and of a bare error object.
	bodyRE = regexp.MustCompile(`\{\s*"(?:error|code|message|type)"\s*:`)
	// A request ID: the SDK's "request_id", Ark's "Request ID: ..." in
	// messages, "X-Client-Request-Id: ..." and request_id=... in logs.
	requestIDRE = regexp.MustCompile(`(?i)request[ _-]?id\\?"?\s*[:=]\s*\\?"?([A-Za-z0-9][A-Za-z0-9._-]*)`)
	// A status given in words: "status code: 429", "status=429", "HTTP 429".
	statusRE = regexp.MustCompile(`(?i)\b(?:status(?:[ _]?code)?\\?"?\s*[:=]?\s*|http/?\s?(?:\d\.\d\s)?)([1-5]\d\d)\b`)
	// The words that could be codes in free text.
	wordRE = regexp.MustCompile(`[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*`)
)

// parseError finds an Ark error in s: in the forms the Go SDK prints, else
// as Ark's JSON body, else as a known code among other words. A JSON log
// line holds the error as a JSON string, its quotes escaped; when s gives no
// code as it is, it is read again unescaped.
func parseError(table *codes.Table, s string) (arkError, bool) {
	e, ok := parseForms(table, s)
	if e.Code == "" && strings.Contains(s, `\"`) {
		if u, uok := parseForms(table, strings.ReplaceAll(s, `\"`, `"`)); uok && u.Code != "" {
			return u, true
		}
	}
	return e, ok
}

func parseForms(table *codes.Table, s string) (arkError, bool) {
	var e arkError
	ok := false
	switch {
	case requestErrorRE.MatchString(s):
		e, ok = parseRequestError(s), true
	case apiErrorRE.MatchString(s):
		e, ok = parseAPIError(s), true
	default:
		e, ok = parseBody(s)
		if !ok {
			e, ok = parseText(table, s)
		}
	}
	if !ok {
		return e, false
	}
	if e.Status == 0 {
		e.Status = statusInWords(s)
	}
	for _, m := range requestIDRE.FindAllStringSubmatch(s, -1) {
		if !slices.Contains(e.RequestIDs, m[1]) {
			e.RequestIDs = append(e.RequestIDs, m[1])
		}
	}
	if e.RequestIDs == nil {
		e.RequestIDs = []string{}
	}
	return e, true
}

func parseRequestError(s string) arkError {
	m := requestErrorRE.FindStringSubmatchIndex(s)
	status, _ := strconv.Atoi(s[m[2]:m[3]])
	cause := s[m[1]:]
	var id string
	if i := strings.LastIndex(cause, ", request_id: "); i >= 0 {
		id = strings.TrimSpace(cause[i+len(", request_id: "):])
		id, _, _ = strings.Cut(id, " ")
		cause = cause[:i]
	}
	// The cause may be the Ark error the body held (an *APIError).
	var e arkError
	if apiErrorRE.MatchString(cause) {
		e = parseAPIError(cause)
	} else if b, ok := parseBody(cause); ok {
		e = b
	} else {
		e.Err = cause
	}
	e.Form = "RequestError"
	if status != 0 {
		e.Status = status
	}
	if id != "" {
		e.RequestIDs = []string{id}
	}
	return e
}

func parseAPIError(s string) arkError {
	m := apiErrorRE.FindStringSubmatchIndex(s)
	e := decodeObject(s[m[1]:])
	e.Form = "APIError"
	if status, _ := strconv.Atoi(s[m[2]:m[3]]); status != 0 {
		e.Status = status
	}
	return e
}

// parseBody finds Ark's error body {"error":{...}}, or a bare error object
// as other clients log it, in s.
func parseBody(s string) (arkError, bool) {
	for _, m := range bodyRE.FindAllStringIndex(s, -1) {
		if e := decodeObject(s[m[0]:]); e.Code != "" {
			e.Form = "body"
			return e, true
		}
	}
	return arkError{}, false
}

// errorObject is Ark's error object; code is any because OpenAI-compatible
// peers send numbers too.
type errorObject struct {
	Code      any     `json:"code"`
	Message   string  `json:"message"`
	Param     *string `json:"param"`
	Type      string  `json:"type"`
	RequestID string  `json:"request_id"`
}

// decodeObject decodes the JSON object that s starts with: Ark's body
// {"error":{...}} or the error object itself. A line cut short in a log
// does not decode; its fields are then picked out one by one.
func decodeObject(s string) arkError {
	var body struct {
		Error *errorObject `json:"error"`
		errorObject
	}
	var obj errorObject
	if err := json.NewDecoder(strings.NewReader(s)).Decode(&body); err == nil {
		obj = body.errorObject
		if body.Error != nil {
			obj = *body.Error
		}
	} else {
		obj = errorObject{Code: pick(s, "code"), Message: pick(s, "message"), Type: pick(s, "type"), RequestID: pick(s, "request_id")}
	}
	e := arkError{Message: obj.Message, Type: obj.Type}
	switch c := obj.Code.(type) {
	case string:
		e.Code = c
	case nil:
	default:
		e.Code = fmt.Sprint(c)
	}
	if obj.Param != nil {
		e.Param = *obj.Param
	}
	if obj.RequestID != "" {
		e.RequestIDs = []string{obj.RequestID}
	}
	return e
}

// pick returns the string value of "key" in s, JSON that may be cut short.
func pick(s, key string) string {
	re := regexp.MustCompile(`"` + regexp.QuoteMeta(key) + `"\s*:\s*("(?:[^"\\]|\\.)*")`)
	m := re.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	v, err := strconv.Unquote(m[1])
	if err != nil {
		return ""
	}
	return v
}

// parseText finds a known code among the words of s, as in a log line
// "ark call failed code=RateLimitExceeded.EndpointRPMExceeded".
func parseText(table *codes.Table, s string) (arkError, bool) {
	for _, w := range wordRE.FindAllString(s, -1) {
		if _, ok := table.Lookup(w); ok {
			return arkError{Form: "text", Code: w}, true
		}
	}
	return arkError{}, false
}

// statusInWords returns an HTTP status that s gives in words ("status
// code: 429", "429 Too Many Requests"), or 0.
func statusInWords(s string) int {
	if m := statusRE.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	for status := 400; status < 600; status++ {
		if text := http.StatusText(status); text != "" && strings.Contains(s, strconv.Itoa(status)+" "+text) {
			return status
		}
	}
	return 0
}

func (p *printer) explanation(x *explanation) {
	if p.json {
		p.emitJSON(x)
		return
	}
	p.separate()
	e := x.Error
	form := map[string]string{
		"APIError":     "the Go SDK's *model.APIError",
		"RequestError": "the Go SDK's *model.RequestError",
		"body":         "Ark's error body",
		"text":         "a code in the text",
	}[e.Form]
	fmt.Fprintf(p.w, "Ark error (%s)\n", form)
	field := func(label, value string) {
		if value != "" {
			fmt.Fprintf(p.w, "  %-11s %s\n", label+":", value)
		}
	}
	code := e.Code
	switch {
	case code == "" || x.Entry != nil:
	case x.DidYouMean != "":
		code += fmt.Sprintf(" (unknown Ark error code; did you mean %q? If Ark sends it as it is, add it with -extra FILE)", x.DidYouMean)
	default:
		code += " (not in arkvet's table; add it with -extra FILE)"
	}
	field("code", code)
	if e.Status != 0 {
		field("status", strconv.Itoa(e.Status))
	}
	field("type", e.Type)
	field("param", e.Param)
	field("message", e.Message)
	field("cause", e.Err)
	if len(e.RequestIDs) > 0 {
		field("request id", strings.Join(e.RequestIDs, ", "))
	} else {
		field("request id", "none in the input (log the error value itself to keep it)")
	}
	field("what to do", x.Advice)
	if x.Entry == nil {
		return
	}
	for _, i := range x.Matched {
		if m := x.Entry.Variants[i].Meaning; m != "" {
			field("meaning", m)
		}
	}
	fmt.Fprintln(p.w)
	p.entryText(x.Entry)
}
