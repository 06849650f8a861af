package handling

import (
	"go/ast"
	"go/constant"
	"go/types"

	"github.com/arkvet/arkvet/internal/arksdk"
)

// Model is what one package's code does with Ark errors.
type Model struct {
	// Tests are every test of an Ark error's code, type or status, and
	// every search of an error's text, in the order of the source.
	Tests []*Test
	// CodeLikeCases are the cases of a switch on a string parameter that is
	// not known to hold an Ark code, when two or more of its cases are
	// known Ark codes (func UserMessage(code string) string { switch code
	// { case CodeEndpointRPM, ...: } }, called from another package), all
	// of its string cases: the values beside the known codes are codes too,
	// misspelt or not. Only arkcode reads
	// them, for a misspelling; no retry rule judges such a switch.
	CodeLikeCases []*Test
	// Funcs are the package's functions (declarations and literals) that
	// call Ark, test an Ark error or loop, outer functions first.
	Funcs []*Func
	// RetryCounts are the constant retry counts the package gives an Ark
	// client: arkruntime.WithRetryTimes(n), eino's RetryTimes field.
	RetryCounts []*RetryCount
	// RetryConfigs are eino's adk.ModelRetryConfig literals.
	RetryConfigs []*RetryConfig
	// Assertions are type assertions and type switches to an Ark error type
	// on an error that the SDK or eino wraps before returning it.
	Assertions []*Assertion
	// ForeignTargets are the errors.As, errors.AsType and type assertions
	// to one SDK's error type on an error only another SDK returns.
	ForeignTargets []*ForeignTarget

	// ErrChecks are the checks against nil of an error returned by a call
	// to Ark, a stream's Recv or a function of the package.
	ErrChecks []*ErrCheck
	// MidstreamCalls are calls that hand an error read mid-stream to a
	// function of the package.
	MidstreamCalls []*MidstreamCall

	funcs        map[ast.Node]*Func    // by *ast.FuncDecl or *ast.FuncLit
	decls        map[*types.Func]*Func // by the declared function
	litVars      map[*types.Var]*Func  // local variables holding a function literal
	classRetried map[types.Object]bool
	consts       map[*types.Const]*ast.BasicLit
	looks        map[types.Object][]Look
	origin       map[types.Object]types.Object
	programCalls map[types.Object][]*ast.CallExpr // error variable -> the calls of other packages of the program assigning it
	pkg          *arksdk.Package                  // how the package reaches Ark
}

// CallsArk reports whether a call of fn (a called function, or nil) sends
// a request to Ark in this package: a method of an Ark SDK's client or of
// an eino-ext Ark component, an OpenAI SDK's, or, in a package that builds
// an eino-ext Ark component, a method of eino's model interfaces; not one
// on a client the package built for another provider.
func (m *Model) CallsArk(info *types.Info, call *ast.CallExpr, fn *types.Func) bool {
	if m.pkg == nil {
		return false // the model of a package that cannot reach Ark
	}
	if arksdk.IsArkMethod(fn) {
		return !m.pkg.OnOtherProvider(info, call)
	}
	return m.pkg.EinoModels && arksdk.IsEinoModelMethod(fn)
}

// ErrCheck is err != nil (or err == nil), or !errors.Is(err, S) for a
// sentinel S no Ark error is (ForeignSentinel), on an error that a call to
// Ark, a stream's Recv or a function of the package returned.
type ErrCheck struct {
	Err    types.Object
	Call   *ast.CallExpr // the call that assigned Err
	Node   ast.Node
	NonNil bool // the branch is taken when Err != nil
	Branch *Branch
	Func   *Func
}

// MidstreamCall hands an error read mid-stream to a function of the package.
type MidstreamCall struct {
	Call   *ast.CallExpr
	Callee *types.Func
	Param  *types.Var // the parameter that receives it
}

// Looks returns where the code looks at the error variable err beyond a nil
// check: errors.Is, errors.As, errors.AsType, a type assertion or switch, a
// test of an Ark error taken from it, or a call in a condition that it is
// handed to.
func (m *Model) Looks(err types.Object) []Look { return m.looks[err] }

// Look is a place where the code looks at an error beyond a nil check.
type Look struct {
	Node ast.Node
	// Branch is what the code does when the look holds, for a look in a
	// condition (if errors.As(err, &apiErr) { ... }); nil otherwise. It is
	// decided only for a look inside a loop.
	Branch *Branch
	Func   *Func
	// Foreign says the look is errors.Is against a sentinel no Ark API
	// error is (ForeignSentinel): it tells Ark errors apart only by where
	// they go when it fails. Direct says, of a foreign or an optional look,
	// that its branch is taken when it holds.
	Foreign, Direct bool
	// Optional is the function value the look calls (a field or parameter
	// of a retry policy: p.ShouldRetry(err)) when its condition skips the
	// call where the value is nil (p.ShouldRetry != nil && !p.ShouldRetry(err),
	// p.ShouldRetry == nil || p.ShouldRetry(err)): with none set, the look
	// decides nothing.
	Optional *types.Var
}

// Narrows reports whether a foreign look keeps every Ark error from going
// round: its branch goes round only on the sentinel (if errors.Is(err,
// context.DeadlineExceeded) { continue }) or leads out on everything else
// (if !errors.Is(err, context.DeadlineExceeded) { return err }). One that
// gives up on the sentinel alone (if errors.Is(err, context.Canceled) {
// return err }) lets every Ark error go round. A look that is not foreign
// always may narrow.
func (l Look) Narrows() bool {
	if !l.Foreign {
		return true
	}
	if l.Branch == nil {
		return false
	}
	switch l.Branch.Decision {
	case Undecided:
		return false
	case GoesRound, Reschedules:
		return l.Direct
	}
	return !l.Direct
}

// LiteralCalled returns the function literal that call calls through the
// local variable it was declared or assigned into (attempt := func() error
// { ... }; err := attempt()), or nil.
func (m *Model) LiteralCalled(info *types.Info, call *ast.CallExpr) *Func {
	if m.litVars == nil {
		return nil
	}
	if v := calledVar(info, call); v != nil {
		return m.litVars[v]
	}
	return nil
}

// LiteralOf returns the function literal e is, or holds as the local
// variable it was declared or assigned into (op := func() error { ... };
// retry.Do(op)), or nil.
func (m *Model) LiteralOf(info *types.Info, e ast.Expr) *Func {
	switch e := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		return m.funcs[e]
	case *ast.Ident:
		if v, ok := info.Uses[e].(*types.Var); ok && m.litVars != nil {
			return m.litVars[v]
		}
	}
	return nil
}

// Origin returns the error variable the Ark error variable v was taken
// from (by errors.As, errors.AsType, a type assertion or switch), or nil.
func (m *Model) Origin(v types.Object) types.Object { return m.origin[v] }

// ProgramCalls returns the calls of functions of other packages of the
// program (not the standard library, nor an SDK arkvet knows) that assign
// the error variable err: text, err := llm.Complete(ctx, ...).
func (m *Model) ProgramCalls(err types.Object) []*ast.CallExpr { return m.programCalls[err] }

// Role says what a test reads: arksdk.Code, arksdk.ErrType, arksdk.Status,
// or Text for a search of an error's Error() text.
type Role = arksdk.Role

// Text is the role of a search in an error's text: strings.Contains(err.Error(), "...").
const Text arksdk.Role = 255

// Op is how a test compares.
type Op uint8

const (
	Equal    Op = iota // ==, a switch case, a set or map membership
	NotEqual           // !=
	Prefix             // strings.HasPrefix
	Suffix             // strings.HasSuffix
	Contains           // strings.Contains
	Less               // <, <=, >, >= on a status: a range of statuses
)

// Subject is the Ark error a test reads.
type Subject struct {
	Key  Key              // which error, within its function
	Kind arksdk.ErrorKind // its SDK error type
	// Field is the field or getter as written (Code, HTTPStatusCode,
	// StatusCode, GetCode), for messages.
	Field string
	// Midstream says the error was read from a stream by Recv, where the
	// SDK leaves its status 0.
	Midstream bool
	// FromArk says, of an error searched through its text
	// (strings.Contains(err.Error(), "429")), that a call to Ark returned it.
	FromArk bool
}

// Key names one Ark error within a package: the object of the variable that
// holds it, or, for an error reached through a selector (resp.Error), the
// expression's text.
type Key struct {
	Obj  types.Object
	Expr string
}

// Test is one test of an Ark error's code, type or status.
type Test struct {
	Role    Role
	Op      Op
	Subject Subject
	// Fold says case does not matter: strings.EqualFold, or the subject
	// went through strings.ToLower or ToUpper first.
	Fold bool
	// Operand is the constant compared with: a literal, a named constant,
	// an element of a list or a key of a map. Value is its value.
	Operand ast.Expr
	Value   constant.Value
	// Node is the whole test: the comparison, the call, the case clause's
	// expression, the index expression.
	Node ast.Node
	// Set is the switch statement or composite literal whose cases or
	// elements are compared together, or nil for a test of its own.
	Set ast.Node
	// Branch is what the code does when the test holds (nil when the test
	// guards no branch the model follows).
	Branch *Branch
	// Direct says the branch is taken when the test holds (not under a !,
	// or a != test guarding the else).
	Direct bool
	// Func is the function the test is in (nil at package level).
	Func *Func

	// str is Value as a string, set by the builder: the rules ask for it
	// once per code they know, and constant.StringVal takes a lock.
	str string
}

// StringValue returns the test's value as a string ("" for a status).
func (t *Test) StringValue() string { return t.str }

// IntValue returns the test's value as an integer (a status).
func (t *Test) IntValue() (int64, bool) {
	if t.Value == nil || t.Value.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(t.Value)
}

// RetryCount is a constant retry count given to an Ark client.
type RetryCount struct {
	Node ast.Node // the option call or the composite literal's field
	N    int64
	Eino bool // eino's ChatModelConfig.RetryTimes rather than WithRetryTimes
	// Config names the eino config type whose RetryTimes field this is
	// (ChatModelConfig, ResponsesAPIConfig, ImageGenerationConfig), "" for
	// WithRetryTimes.
	Config string
	Calls  *ast.CallExpr
	// Var is the variable given, declared with N and perhaps set later
	// (retries := -1, then read from the environment), or nil for N itself.
	Var *types.Var
	// Client is the variable or field that the client built with the
	// option is put in (c := arkruntime.NewClientWithApiKey(key,
	// arkruntime.WithRetryTimes(0)); s.client = ...; &svc{client: ...}), or
	// nil when it goes elsewhere. ClientAt is the identifier that names it
	// there.
	Client   *types.Var
	ClientAt *ast.Ident
	// ReturnedBy is the function that returns the client built with the
	// option (return arkruntime.NewClientWithApiKey(key, opts...)), or nil.
	ReturnedBy *types.Func
	// Flag is the name of the flag whose default N is (RetryTimes:
	// retries, retries := flag.Int("retries", -1, ...)), or "".
	Flag string
}

// RetryConfig is an eino adk.ModelRetryConfig literal.
type RetryConfig struct {
	Lit *ast.CompositeLit
	// Condition is the IsRetryAble or ShouldRetry value, nil when neither is
	// set: then eino retries every error.
	Condition ast.Expr
}

// Assertion is a type assertion or type switch to an Ark error type on an
// error the SDK or eino wraps, which therefore never matches.
type Assertion struct {
	Node   ast.Node      // the *ast.TypeAssertExpr, or the type switch's case type
	Err    ast.Expr      // the asserted error
	Target ast.Expr      // the asserted type
	Source *ast.CallExpr // the call that returned the wrapped error
}

// ForeignTarget is an errors.As, errors.AsType or type assertion to one
// SDK's error type (volcengine-go-sdk's *model.APIError) on an error that
// only another SDK's call returned (go-openai's, pointed at Ark): it never
// matches, and the tests of Target never run.
type ForeignTarget struct {
	Node   ast.Node      // the errors.As or errors.AsType call, or the type assertion
	Target types.Object  // the variable the SDK error would be taken into
	Source *ast.CallExpr // the call that returned the error: to Ark, or to a function of the package
	// Want is the origin of Target's type; Got the origin of the errors
	// the source returns.
	Want, Got arksdk.ErrorOrigin
	Func      *Func
	// Handoff is the call that hands the error to the parameter Target
	// was taken from (shouldFallBack(err)), or nil when Target was taken
	// from Source's error where it was returned.
	Handoff *ast.CallExpr
}

// FuncOf returns the model of the function node fn (*ast.FuncDecl or
// *ast.FuncLit), or nil when the model keeps none.
func (m *Model) FuncOf(fn ast.Node) *Func { return m.funcs[fn] }

// DeclOf returns the model of the package's function or method fn, or nil.
func (m *Model) DeclOf(fn *types.Func) *Func { return m.decls[fn] }

// ClassRetried reports whether the class constant c, returned by a
// classifier, is one the package's code retries: a branch on a classifier's
// result equal to c goes round again.
func (m *Model) ClassRetried(c types.Object) bool { return m.classRetried[c] }

// ClassUsed reports whether the package's code branches on the class
// constant c at all; when it does, ClassRetried says what it makes of it.
func (m *Model) ClassUsed(c types.Object) bool {
	_, ok := m.classRetried[c]
	return ok
}
