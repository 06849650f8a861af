package handling

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"

	"github.com/arkvet/arkvet/internal/arksdk"
	"golang.org/x/tools/go/analysis"
)

// Analyzer builds the Model of a package that can reach Ark; for any other
// package its result is an empty Model shared by all of them, so that they
// allocate nothing. It reports nothing.
var Analyzer = &analysis.Analyzer{
	Name:       "arkhandling",
	Doc:        "model what a package's code does with Ark errors (a prerequisite of arkvet's analyzers)",
	URL:        "https://pkg.go.dev/github.com/arkvet/arkvet/internal/handling",
	Requires:   []*analysis.Analyzer{arksdk.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Model](),
}

// empty is the model of every package that cannot reach Ark.
var empty = &Model{}

func run(pass *analysis.Pass) (any, error) {
	p := pass.ResultOf[arksdk.Analyzer].(*arksdk.Package)
	if !p.Reaches() {
		return empty, nil
	}
	return Build(pass, p), nil
}

// Build builds the model of pass's package, which reaches Ark as p says.
func Build(pass *analysis.Pass, p *arksdk.Package) *Model {
	b := &builder{
		pass: pass,
		info: pass.TypesInfo,
		pkg:  p,
		m: &Model{funcs: make(map[ast.Node]*Func), classRetried: make(map[types.Object]bool), looks: make(map[types.Object][]Look),
			pkg: p},
		lits:        make(map[types.Object]*ast.CompositeLit),
		constInits:  make(map[*types.Var]ast.Expr),
		isErrorType: make(map[types.Type]bool),
		sets:        make(map[*ast.CompositeLit][]setElem),
		used:        make(map[*types.Func]bool),
		vars:        make(map[*types.Var]*varState),
		consts:      make(map[*types.Const]*ast.BasicLit),
		branches:    make(map[ast.Node]*Branch),
		origin:      make(map[types.Object]types.Object),
		midstream:   make(map[types.Object]bool),
		arkErr:      make(map[types.Object]*ast.CallExpr),
		callErr:     make(map[types.Object]*ast.CallExpr),
	}
	if p != nil && len(p.OtherClients) > 0 {
		b.otherErr, b.otherTargets = make(map[types.Object]bool), make(map[types.Object]bool)
	}
	// About one flow node per 64 bytes of source: one array, seldom grown.
	size := 0
	for _, f := range pass.Files {
		if tf := pass.Fset.File(f.FileStart); tf != nil {
			size += tf.Size()
		}
	}
	b.flows = make([]ast.Node, 0, size/64)
	b.declarations()
	b.walk()
	b.finish()
	return b.m
}

// builder is the state of one build.
type builder struct {
	pass      *analysis.Pass
	info      *types.Info
	pkg       *arksdk.Package
	m         *Model
	openAIArk int8 // the package's OpenAI-SDK errors come from Ark: 1, or not: -1; 0 until asked

	lits       map[types.Object]*ast.CompositeLit // variables declared by a composite literal
	vars       map[*types.Var]*varState           // variables that may hold only a code
	consts     map[*types.Const]*ast.BasicLit     // string constants declared by a literal
	constInits map[*types.Var]ast.Expr            // variables declared with a constant, and that constant
	ownNames   map[string]bool                    // names of the package's functions and methods
	flags      map[*types.Var]*ast.CallExpr       // variables declared by a flag.Int call, nil for none

	isErrorType map[types.Type]bool             // whether a type handed to a call implements error
	sets        map[*ast.CompositeLit][]setElem // the constant elements of each list or map of codes looked up

	frames   []*Func
	top      *Func
	branches map[ast.Node]*Branch

	origin map[types.Object]types.Object // Ark error variable -> the error variable it was taken from
	// classified maps an error variable set by a function of the package
	// from another error (cerr := c.classify(err)) to that error: a look at
	// the result (errors.Is(cerr, ErrThrottled)) is a look at the error,
	// through the function. Nil until one is seen.
	classified map[types.Object]types.Object
	midstream  map[types.Object]bool          // variables holding an error read mid-stream
	arkErr     map[types.Object]*ast.CallExpr // error variables assigned by a call to Ark or a stream's Recv
	// otherErr are the error variables assigned by a call on a client the
	// package built for another provider, and otherTargets the OpenAI SDK
	// error variables taken from them: their codes are not Ark's. Nil in
	// a package with no such client.
	otherErr, otherTargets map[types.Object]bool
	// paramAsserts are the assertions to an Ark error type on parameters;
	// wrappedParams the parameters handed an error a call to Ark wraps.
	paramAsserts  []paramAssert
	targets       []*ForeignTarget // SDK error targets taken from a call's error, settled in finish
	wrappedParams map[*types.Var]*ast.CallExpr
	// paramTargets are the SDK error targets taken from parameters
	// (targetParams, one each); handed the errors the package's calls
	// hand each parameter of its functions.
	paramTargets []*ForeignTarget
	targetParams []*types.Var
	handed       map[*types.Var][]handoff
	callErr      map[types.Object]*ast.CallExpr // those, and error variables assigned by a function of the package
	// runErr are the error variables assigned by a call of another
	// package handed a function literal (retry.Do(ctx, n, cond, func() error
	// { ... })), which may return the literal's error: the SDK error
	// targets taken from them are settled by the literal's calls.
	runErr map[types.Object]*ast.CallExpr
	// optionLists are the local lists of client options holding a retry
	// count, each with it, until the client they are handed to is met.
	optionLists map[*types.Var]*RetryCount

	predicates  map[*types.Func]bool       // functions used as retry predicates
	used        map[*types.Func]bool       // functions of the package called or used as values
	verdictVars map[*types.Var]*types.Func // variables keeping a verdict (retry := shouldRetry(err))
	keptTexts   map[*types.Var]keptText    // variables keeping a string made of an error (why := reason(err))
	// errTexts are the local variables declared with an error's text and
	// never assigned again (msg := err.Error()), each with that error; nil
	// for one assigned again.
	errTexts    map[*types.Var]ast.Expr
	waitCalls   []waitCall               // calls of the package's functions handed a time.Duration
	getters     map[*types.Func][]getter // functions giving back an Ark error's code, type or status
	getterCalls []getterCall             // assignments of calls that may be to getters
	// foreign are the functions of other packages compared as getters
	// (foreign.go); foreignCalls the calls of candidates kept in locals.
	foreign      map[*types.Func]Role
	foreignCalls map[*types.Var]*ast.CallExpr
	verdictUses  []verdictUse                // ifs that test a kept verdict
	flagTests    map[*types.Var][]verdictUse // ifs that test a local bool flag
	judgingFlag  bool                        // deciding the branch of a flag's if (flagRetries)
	keptTests    []keptTest                  // tests whose outcome is kept in a local bool

	classUses []classUse

	flows     []ast.Node // every declaration's Func.Flows, one after another
	flowStart int        // where the current declaration's begin
}

// classUse is a comparison of a value with a class constant, whose branch
// says what the class means to the code.
type classUse struct {
	class types.Object
	owner ast.Node
	fn    *Func
	// unequal says owner's branch is taken when the class is another
	// (if classify(err) != again { return err }).
	unequal bool
}

// walk is the main walk: it visits every node of the package's files in
// order, with the stack of its ancestors (the node last), and leaves each
// function after its body.
func (b *builder) walk() {
	w := &walker{
		pre: func(n ast.Node, stack []ast.Node) bool {
			b.visit(n, stack)
			return true
		},
		post: func(n ast.Node) {
			switch n.(type) {
			case *ast.FuncDecl, *ast.FuncLit:
				b.leave()
			}
		},
	}
	w.files(b.pass.Files)
}

// isTypeSyntax reports whether n is syntax that only spells a type or an
// import, in which neither walk has anything to find: a signature, a struct
// or interface type, an import or type declaration.
func isTypeSyntax(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.FuncType, *ast.StructType, *ast.InterfaceType:
		return true
	case *ast.GenDecl:
		return n.Tok == token.IMPORT || n.Tok == token.TYPE
	}
	return false
}

// visit adds what n, met on the way down, says to the model.
func (b *builder) visit(n ast.Node, stack []ast.Node) {
	switch n := n.(type) {
	case *ast.FuncDecl, *ast.FuncLit:
		b.enter(n, stack)
		return
	case *ast.Ident, *ast.BasicLit:
		return // the commonest nodes, and never a decision
	case *ast.SelectorExpr:
		if len(b.frames) > 0 && !b.frames[0].ReadsFields {
			f, ok := arksdk.FieldOf(b.info, n)
			b.frames[0].ReadsFields = ok && f.Kind.HasRequestID() && f.Role.Detail() && (!f.Kind.IsOpenAI() || b.openAIFromArk())
		}
		return
	case *ast.CallExpr, *ast.CompositeLit, *ast.TypeAssertExpr, *ast.TypeSwitchStmt, *ast.AssignStmt, *ast.ValueSpec:
		if len(b.frames) > 0 {
			b.flows = append(b.flows, n) // the declaration's, cut out when it is left
		}
	}
	var callee *types.Func
	if call, ok := n.(*ast.CallExpr); ok {
		callee = arksdk.Callee(b.info, call) // resolved once for every question asked of the call
		b.retryCount(call, callee, stack)    // also at package level
		if b.optionLists != nil {
			b.listedOptions(call, stack)
		}
	}
	switch n := n.(type) {
	case *ast.KeyValueExpr:
		b.retryCountField(n, stack)
		b.funcValue(n.Value) // policy{when: shouldRetry}
	case *ast.CompositeLit:
		if arksdk.IsModelRetryConfig(b.info.TypeOf(n)) {
			b.retryConfig(n)
		}
	case *ast.AssignStmt:
		for _, rhs := range n.Rhs {
			b.funcValue(rhs) // p.ShouldRetry = isRetryable
		}
	}
	if b.top == nil {
		return
	}
	switch n := n.(type) {
	case *ast.BinaryExpr:
		b.binary(n, stack)
	case *ast.SwitchStmt:
		b.switchStmt(n)
	case *ast.TypeSwitchStmt:
		b.typeSwitch(n)
	case *ast.CallExpr:
		b.call(n, callee, stack)
	case *ast.IndexExpr:
		b.index(n, stack)
	case *ast.AssignStmt:
		b.assign(n)
		b.classifiedFrom(n)
		if len(n.Rhs) == 1 {
			if u, ok := ast.Unparen(n.Rhs[0]).(*ast.UnaryExpr); ok && u.Op == token.ARROW {
				b.top.Receives = append(b.top.Receives, n)
			}
		}
	case *ast.ValueSpec:
		b.localSpec(n)
	case *ast.TypeAssertExpr:
		b.typeAssert(n, stack)
	case *ast.UnaryExpr:
		if n.Op == token.ARROW && isTimeChan(b.info.TypeOf(n.X)) {
			b.top.Waits = append(b.top.Waits, n) // <-tick.C
		}
	case *ast.ForStmt:
		b.top.Loops = append(b.top.Loops, n)
		if n.Cond != nil && identOperand(n.Cond) {
			b.verdictIf(n, n.Cond)
		}
	case *ast.RangeStmt:
		b.top.Loops = append(b.top.Loops, n)
	case *ast.BranchStmt:
		switch n.Tok {
		case token.CONTINUE:
			b.top.rounds = append(b.top.rounds, round{node: n, loop: b.innermostLoop(stack)})
		case token.GOTO:
			if loop := b.gotoLoop(n, stack); loop != nil {
				b.top.rounds = append(b.top.rounds, round{node: n, loop: loop})
			}
		}
	case *ast.IfStmt:
		if identOperand(n.Cond) {
			b.verdictIf(n, n.Cond)
		}
	}
}

// enter starts the model of a function.
func (b *builder) enter(fn ast.Node, stack []ast.Node) {
	f := &Func{Node: fn, Outer: b.top}
	switch fn := fn.(type) {
	case *ast.FuncDecl:
		f.Body = fn.Body
		if obj, ok := b.info.Defs[fn.Name].(*types.Func); ok {
			f.Obj = obj
			f.Sig = obj.Signature()
		}
	case *ast.FuncLit:
		f.Body = fn.Body
		f.Sig, _ = b.info.TypeOf(fn).(*types.Signature)
		f.Predicate = b.litIsPredicate(fn, stack)
		if len(stack) >= 2 {
			if call, ok := stack[len(stack)-2].(*ast.CallExpr); ok && call.Fun != fn {
				f.PassedTo = call
			}
			b.litVar(f, fn, stack[len(stack)-2])
		}
	}
	b.m.funcs[fn] = f
	b.m.Funcs = append(b.m.Funcs, f)
	b.frames = append(b.frames, f)
	b.top = f
}

// litVar records the local variable that the literal lit, whose parent in
// the syntax is parent, is declared or assigned into, if one is.
func (b *builder) litVar(f *Func, lit *ast.FuncLit, parent ast.Node) {
	if _, ok := parent.(*ast.KeyValueExpr); ok {
		return // a field, not a local
	}
	id, ok := assignee(parent, lit).(*ast.Ident)
	if !ok {
		return
	}
	v, ok := b.objOf(id).(*types.Var)
	if !ok || !b.local(v) {
		return
	}
	if b.m.litVars == nil {
		b.m.litVars = make(map[*types.Var]*Func)
	}
	if prev, seen := b.m.litVars[v]; seen {
		// Assigned twice: which one a call calls is not known.
		if prev != nil {
			prev.Var = nil
		}
		b.m.litVars[v] = nil
		return
	}
	f.Var = v
	b.m.litVars[v] = f
}

func (b *builder) leave() {
	if len(b.frames) == 1 {
		// Declarations do not nest: each one's flows are a run of the
		// package's, which share one array.
		f := b.frames[0]
		f.Flows = b.flows[b.flowStart:len(b.flows):len(b.flows)]
		b.flowStart = len(b.flows)
	}
	b.frames = b.frames[:len(b.frames)-1]
	b.top = nil
	if len(b.frames) > 0 {
		b.top = b.frames[len(b.frames)-1]
	}
}

// addTest records t in the current function, with the branch it guards.
func (b *builder) addTest(t *Test, stack []ast.Node) {
	var c cond
	if t.Branch == nil && stack != nil {
		c = condOf(stack, b.depth(stack))
		if c.owner == nil {
			b.keptTest(t, nil, stack) // isRateLimited := apiErr.HTTPStatusCode == 429
		}
	}
	if t.Value != nil && t.Value.Kind() == constant.String {
		t.str = constant.StringVal(t.Value)
	}
	b.record(t, c)
}

// addSet records the tests of subject s against each constant element of
// lit, made by n (a slices.Contains call, a map lookup): they sit in the
// same condition, which is found once.
func (b *builder) addSet(n ast.Node, s Subject, role Role, fold bool, lit *ast.CompositeLit, stack []ast.Node) {
	elems := b.setOf(lit)
	if len(elems) == 0 {
		return
	}
	c := condOf(stack, b.depth(stack))
	if c.owner == nil {
		c = b.commaOkCond(n, stack)
	}
	var br *Branch
	if c.owner != nil {
		br = b.branch(c.owner)
	}
	tests := make([]Test, len(elems)) // one allocation for the set
	for i, e := range elems {
		t := &tests[i]
		*t = Test{Role: role, Op: Equal, Subject: s, Fold: fold, Operand: e.operand, Value: e.value, str: e.str,
			Node: n, Set: lit, Branch: br, Direct: c.direct}
		b.record(t, cond{})
	}
}

// commaOkCond returns the condition a map lookup n, on top of stack, sits
// in through the bool it keeps in an if's init: if d, ok := delays[code];
// ok { ... } guards the if's branch as the lookup itself would.
func (b *builder) commaOkCond(n ast.Node, stack []ast.Node) cond {
	k := len(stack)
	if k < 3 {
		return cond{}
	}
	as, ok := stack[k-2].(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 || as.Rhs[0] != n {
		return cond{}
	}
	ifs, ok := stack[k-3].(*ast.IfStmt)
	if !ok || ifs.Init != as {
		return cond{}
	}
	id, ok := as.Lhs[1].(*ast.Ident)
	if !ok || b.info.Defs[id] == nil {
		return cond{}
	}
	kept := b.info.Defs[id]
	var c cond
	CondOperands(ifs.Cond, func(x ast.Expr, o Operand) {
		if x, ok := x.(*ast.Ident); ok && b.info.Uses[x] == kept && o.Needed {
			c = cond{owner: ifs, direct: !o.Neg}
		}
	})
	return c
}

// record adds t, which sits in condition c, to its function and branch.
func (b *builder) record(t *Test, c cond) {
	t.Func = b.top
	if t.Branch == nil && c.owner != nil {
		t.Branch = b.branch(c.owner)
		t.Direct = c.direct && t.Op != NotEqual
		if t.Set == nil && c.sw != nil {
			t.Set = c.sw // case apiErr.Code == "...": one of the switch's cases
		}
	}
	if t.Branch != nil {
		t.Branch.Tests = append(t.Branch.Tests, t)
	}
	b.m.Tests = append(b.m.Tests, t)
	if b.top != nil {
		b.top.Tests = append(b.top.Tests, t)
	}
}

// innermostLoop returns the innermost loop in stack within the current
// function, or nil.
func (b *builder) innermostLoop(stack []ast.Node) ast.Node {
	for i := len(stack) - 1; i >= 0; i-- {
		switch n := stack[i].(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return n
		case *ast.FuncDecl, *ast.FuncLit:
			return nil
		}
	}
	return nil
}

// GotoLoop is a loop made with a backward goto (retry: resp, err :=
// c.Call(); if ... { goto retry }): it runs from the label to the end of
// the block that holds the label. It has no syntax of its own.
type GotoLoop struct {
	Label      *types.Label
	From, Upto token.Pos
}

func (g *GotoLoop) Pos() token.Pos { return g.From }
func (g *GotoLoop) End() token.Pos { return g.Upto }

// gotoLoop returns the loop that goto statement n makes, when it jumps
// back to a label of its function, recording it among the function's
// loops once per label.
func (b *builder) gotoLoop(n *ast.BranchStmt, stack []ast.Node) *GotoLoop {
	lbl, ok := b.info.Uses[n.Label].(*types.Label)
	if !ok || lbl.Pos() >= n.Pos() {
		return nil
	}
	for _, l := range b.top.Loops {
		if g, ok := l.(*GotoLoop); ok && g.Label == lbl {
			return g
		}
	}
	for i := len(stack) - 1; i >= 0; i-- {
		switch s := stack[i].(type) {
		case *ast.BlockStmt:
			if s.Pos() <= lbl.Pos() && lbl.Pos() < s.End() {
				g := &GotoLoop{Label: lbl, From: lbl.Pos(), Upto: s.End()}
				b.top.Loops = append(b.top.Loops, g)
				return g
			}
		case *ast.FuncDecl, *ast.FuncLit:
			return nil
		}
	}
	return nil
}

// depth returns the index in stack of the innermost function node.
func (b *builder) depth(stack []ast.Node) int {
	for i := len(stack) - 1; i >= 0; i-- {
		switch stack[i].(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return i
		}
	}
	return -1
}

// branch returns the branch of owner, made on first use.
func (b *builder) branch(owner ast.Node) *Branch {
	if br := b.branches[owner]; br != nil {
		return br
	}
	br := &Branch{Node: owner}
	switch o := owner.(type) {
	case *ast.IfStmt:
		br.Body = o.Body.List
	case *ast.CaseClause:
		br.Body = o.Body
	case *ast.ForStmt:
		br.Body = o.Body.List
	}
	b.branches[owner] = br
	return br
}

// retriedPast reports whether the class of u, compared unequal in an if
// whose body leads out of a loop around Ark, goes round past the if:
// if classify(err) != again { return err }; sleep; the loop calls again.
func (b *builder) retriedPast(u classUse) bool {
	ifs, ok := u.owner.(*ast.IfStmt)
	if !ok || ifs.Else != nil || u.fn == nil {
		return false
	}
	br := b.branch(ifs)
	b.decide(br, u.fn)
	if br.Decision == Undecided || br.Decision == GoesRound || br.Decision == Reschedules {
		return false
	}
	loop := u.fn.InnermostLoop(ifs)
	return loop != nil && (b.reachesArkIn(u.fn, loop) || b.callsProgramIn(loop))
}

// callsProgramIn reports whether node holds a call of another package of
// the program whose error is kept (text, err := llm.Complete(ctx, req)):
// a class only a 429 is given, retried past such a call, is an Ark error
// retried out of view.
func (b *builder) callsProgramIn(node ast.Node) bool {
	for _, calls := range b.m.programCalls {
		for _, c := range calls {
			if node.Pos() <= c.Pos() && c.End() <= node.End() {
				return true
			}
		}
	}
	return false
}

// finish decides every branch once the whole package is walked, and the
// classes the package retries.
func (b *builder) finish() {
	b.m.decls = make(map[*types.Func]*Func, len(b.m.Funcs))
	for _, f := range b.m.Funcs {
		if f.Obj != nil {
			b.m.decls[f.Obj] = f
		}
	}
	// A call of a function of the package whose body waits (sleepCtx(ctx,
	// d), pause(ctx, d)) waits, one call deep.
	for _, w := range b.waitCalls {
		if g := b.m.decls[w.fn.Origin()]; g != nil && len(g.Waits) > 0 {
			w.f.Waits = append(w.f.Waits, w.call)
		}
	}
	owners := make(map[ast.Node]*Func, len(b.branches))
	for _, t := range b.m.Tests {
		if t.Branch != nil {
			owners[t.Branch.Node] = t.Func
		}
	}
	b.forVerdicts()
	b.settleParamAsserts()
	b.settleForeignTargets()
	for _, u := range b.verdictUses {
		if b.verdictRetries(u, b.branch(u.stmt)) {
			b.predicateUse(u.fn)
		}
	}
	b.keptTestsRetried()
	for _, f := range b.m.Funcs {
		if f.Obj != nil && b.predicates[f.Obj] {
			f.Predicate = true
		}
		if f.Obj != nil && b.used[f.Obj] {
			f.Used = true
		}
	}
	for _, u := range b.classUses {
		if u.unequal {
			b.m.classRetried[u.class] = b.m.classRetried[u.class] || b.retriedPast(u)
			continue
		}
		br := b.branch(u.owner)
		b.decide(br, u.fn)
		// A class is retried where its branch goes round, or where a retry
		// predicate returns true for it (retry.RetryIf(func(err error) bool
		// { return errors.Is(err, ErrRateLimited) })).
		retried := br.Decision == GoesRound || br.Decision == Reschedules || br.Decision == ReturnsTrue && u.fn != nil && u.fn.Predicate
		b.m.classRetried[u.class] = b.m.classRetried[u.class] || retried
	}
	for owner, f := range owners {
		b.decide(b.branches[owner], f)
	}
	// A look's branch matters to a loop around it (does the loop go round
	// on every error?); one outside any loop is left undecided.
	for _, looks := range b.m.looks {
		for _, l := range looks {
			if l.Branch != nil && inLoop(l.Func, l.Node) {
				b.decide(l.Branch, l.Func)
			}
		}
	}
	for _, chk := range b.m.ErrChecks {
		if chk.Branch != nil {
			b.decide(chk.Branch, chk.Func)
		}
	}
	b.m.consts = b.consts
	b.m.origin = b.origin
}

// inLoop reports whether n, in f, is inside a loop of f or of a function
// f is in.
func inLoop(f *Func, n ast.Node) bool {
	for ; f != nil; f = f.Outer {
		if f.InnermostLoop(n) != nil {
			return true
		}
	}
	return false
}

// openAIFromArk reports whether the package's OpenAI-SDK errors come from
// Ark. A package that reaches Ark only through an OpenAI SDK does; one that
// imports an Ark SDK too may talk to OpenAI itself with it (a multi-provider
// router), so it must point the OpenAI SDK at Ark as well. Asked only when
// an OpenAI error is met, since the answer walks the package's files.
func (b *builder) openAIFromArk() bool {
	if b.openAIArk == 0 {
		b.openAIArk = -1
		if b.pkg.Via == arksdk.OpenAI || arksdk.PointsOpenAIAtArk(b.pass) {
			b.openAIArk = 1
		}
	}
	return b.openAIArk > 0
}

// IsBool reports whether t is a boolean type.
func IsBool(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Bool
}

// IsError reports whether t is the error interface.
func IsError(t types.Type) bool { return t == errorType || t != nil && types.Identical(t, errorType) }

var (
	errorType  = types.Universe.Lookup("error").Type()
	errorIface = errorType.Underlying().(*types.Interface)
)

// objOf returns the object e names when e is an identifier other than _.
func (b *builder) objOf(e ast.Expr) types.Object {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil
	}
	return b.info.ObjectOf(id)
}

// keyOf returns the key of the Ark error x.
func (b *builder) keyOf(x ast.Expr) Key {
	x = ast.Unparen(x)
	if star, ok := x.(*ast.StarExpr); ok {
		x = ast.Unparen(star.X)
	}
	if id, ok := x.(*ast.Ident); ok {
		if obj := b.info.ObjectOf(id); obj != nil {
			return Key{Obj: obj}
		}
	}
	return Key{Expr: types.ExprString(x)}
}
