package arksdk

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// otherProviderClients returns the variables and struct fields of a
// package that hold an OpenAI SDK client built for another provider: from a
// go-openai config whose BaseURL is set to a constant host other than Ark's
// (cfg.BaseURL = "https://api.deepseek.com/v1";
// openai.NewClientWithConfig(cfg)), or an openai-go client given such an
// option.WithBaseURL. A package may point one client at Ark and another
// elsewhere (a fallback provider); calls of the second are not Ark's.
//
// This walks the files of OpenAI-importing packages only, which are few.
func otherProviderClients(pass *analysis.Pass) map[*types.Var]bool {
	info := pass.TypesInfo
	otherConfigs := make(map[types.Object]bool)
	var clients map[*types.Var]bool
	keep := func(dst ast.Expr) {
		id := NameOf(dst)
		if id == nil {
			return
		}
		if v, ok := info.ObjectOf(id).(*types.Var); ok {
			if clients == nil {
				clients = make(map[*types.Var]bool)
			}
			clients[v] = true
		}
	}
	// builtElsewhere reports whether e builds a client for another provider.
	builtElsewhere := func(e ast.Expr) bool {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			return false
		}
		fn, ok := typeutil.Callee(info, call).(*types.Func)
		if !ok || fn.Pkg() == nil {
			return false
		}
		switch {
		case fn.Pkg().Path() == goOpenAIPath && fn.Name() == "NewClientWithConfig" && len(call.Args) == 1:
			id, ok := ast.Unparen(call.Args[0]).(*ast.Ident)
			return ok && otherConfigs[info.Uses[id]]
		case isOpenAIGoPackage(fn.Pkg().Path(), "") && fn.Name() == "NewClient":
			for _, a := range call.Args {
				if opt, ok := ast.Unparen(a).(*ast.CallExpr); ok && isBaseURLOption(info, opt) && !setsArkOrConfiguredURL(info, opt.Args[0]) {
					return true
				}
			}
		}
		return false
	}
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if len(n.Lhs) != len(n.Rhs) {
					break
				}
				for i, lhs := range n.Lhs {
					switch {
					case isBaseURLField(info, lhs) && !setsArkOrConfiguredURL(info, n.Rhs[i]):
						if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok {
							if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
								otherConfigs[info.Uses[id]] = true // dsCfg.BaseURL = "https://api.deepseek.com/v1"
							}
						}
					case builtElsewhere(n.Rhs[i]):
						keep(lhs) // u.fallback = openai.NewClientWithConfig(dsCfg)
					}
				}
			case *ast.KeyValueExpr:
				if builtElsewhere(n.Value) {
					keep(n.Key) // Upstream{fallback: openai.NewClientWithConfig(dsCfg)}
				}
			}
			return true
		})
	}
	return clients
}

// isBaseURLOption reports whether call is openai-go's
// option.WithBaseURL(url).
func isBaseURLOption(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	return ok && fn.Pkg() != nil && isOpenAIGoPackage(fn.Pkg().Path(), openAIGoOptions) && fn.Name() == "WithBaseURL" && len(call.Args) == 1
}

// OnOtherProvider reports whether call is a method call on a client that
// the package built for another provider (Package.OtherClients).
func (p *Package) OnOtherProvider(info *types.Info, call *ast.CallExpr) bool {
	if len(p.OtherClients) == 0 {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	recv := ast.Unparen(sel.X)
	for {
		inner, ok := recv.(*ast.SelectorExpr)
		if !ok || !isOpenAIServiceField(info, inner) {
			break
		}
		recv = ast.Unparen(inner.X) // client.Chat.Completions.New: the client is further in
	}
	id := NameOf(recv)
	if id == nil {
		return false
	}
	v, ok := info.ObjectOf(id).(*types.Var)
	return ok && p.OtherClients[v]
}

// isOpenAIServiceField reports whether sel selects a service of an
// openai-go client or of one of its services (client.Chat, .Completions).
func isOpenAIServiceField(info *types.Info, sel *ast.SelectorExpr) bool {
	v, ok := info.ObjectOf(sel.Sel).(*types.Var)
	return ok && v.IsField() && v.Pkg() != nil && isOpenAIGoPackage(v.Pkg().Path(), "")
}
