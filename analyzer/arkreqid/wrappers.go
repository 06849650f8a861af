package arkreqid

import (
	"go/ast"
	"go/types"
)

// Applications log through loggers arkreqid cannot list: an interface of
// their own (type Logger interface { Errorf(format string, args ...any) })
// whose implementation is chosen at run time, and functions of the package
// that hand their arguments on to a logger (func logf(format string, args
// ...any) { log.Printf("[ark] "+format, args...) }). Both are found from
// the code, not from a list; calls to them get no fix, since their idiom
// is not known.

// levelNames are the names logging methods go by.
var levelNames = map[string]bool{
	"Print": true, "Printf": true, "Println": true, "Log": true, "Logf": true,
	"Trace": true, "Tracef": true, "Debug": true, "Debugf": true, "Debugw": true,
	"Info": true, "Infof": true, "Infow": true, "Notice": true, "Noticef": true,
	"Warn": true, "Warnf": true, "Warnw": true, "Warning": true, "Warningf": true,
	"Error": true, "Errorf": true, "Errorw": true,
	"Fatal": true, "Fatalf": true, "Fatalw": true, "Panic": true, "Panicf": true,
}

// isLogMethod reports whether fn is a method of an interface type named
// like a log level whose last parameter is ...any: an application's logger
// interface. testing's T, B and F are not loggers of the program.
func isLogMethod(fn *types.Func) bool {
	sig := fn.Signature()
	if sig.Recv() == nil || !levelNames[fn.Name()] || !takesAnyArgs(sig) {
		return false
	}
	if fn.Pkg() != nil && fn.Pkg().Path() == "testing" {
		return false
	}
	return types.IsInterface(sig.Recv().Type())
}

// takesAnyArgs reports whether sig's last parameter is ...any.
func takesAnyArgs(sig *types.Signature) bool {
	if !sig.Variadic() {
		return false
	}
	last, ok := sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice)
	if !ok {
		return false
	}
	iface, ok := last.Elem().Underlying().(*types.Interface)
	return ok && iface.Empty()
}

// findWrappers returns the functions and methods of the package that hand
// their ...any arguments on to a logger (args...), by name too, so that
// calls by other names are not resolved.
func findWrappers(info *types.Info, files []*ast.File, l *loggers) (map[*types.Func]bool, map[string]bool) {
	var wrappers map[*types.Func]bool
	var names map[string]bool
	for _, file := range files {
		for _, decl := range file.Decls {
			d, ok := decl.(*ast.FuncDecl)
			if !ok || d.Body == nil {
				continue
			}
			fn, ok := info.Defs[d.Name].(*types.Func)
			if !ok || !takesAnyArgs(fn.Signature()) {
				continue
			}
			params := fn.Signature().Params()
			if forwardsToLogger(info, d.Body, params.At(params.Len()-1), l) {
				if wrappers == nil {
					wrappers, names = make(map[*types.Func]bool), make(map[string]bool)
				}
				wrappers[fn], names[fn.Name()] = true, true
			}
		}
	}
	return wrappers, names
}

// forwardsToLogger reports whether body calls a logger with args... .
func forwardsToLogger(info *types.Info, body *ast.BlockStmt, args *types.Var, l *loggers) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found || !call.Ellipsis.IsValid() || len(call.Args) == 0 {
			return !found
		}
		if id, ok := ast.Unparen(call.Args[len(call.Args)-1]).(*ast.Ident); !ok || info.Uses[id] != args {
			return true
		}
		if fn, ok := calleeFunc(info, call); ok {
			if _, known := l.lookup(fn); known || isLogMethod(fn) {
				found = true
			}
		}
		return !found
	})
	return found
}
