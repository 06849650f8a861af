package arksdk

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Analyzer decides once per package whether the package can reach Ark. Its
// result is a *Package. It reports nothing.
//
// It builds no inspector: an inspector of a package costs several walks of
// it (it allocates two events per node), more than arkvet's one walk of the
// package (internal/handling) and its short walks of single declarations.
var Analyzer = &analysis.Analyzer{
	Name:       "arksdk",
	Doc:        "decide whether a package can reach the Ark API (a prerequisite of arkvet's analyzers)",
	URL:        "https://pkg.go.dev/github.com/arkvet/arkvet/internal/arksdk",
	Run:        run,
	ResultType: reflect.TypeFor[*Package](),
	// It runs on ill-typed packages too (it needs only the import list), so
	// that on a package with errors the driver says that arkcode and the
	// others were skipped, not that an internal prerequisite failed.
	RunDespiteErrors: true,
}

// Package is what Analyzer found out about one package.
type Package struct {
	// Via says how the package reaches Ark; NoWay means it cannot.
	Via Via
	// EinoModels says that calls of eino's model interfaces (Generate and
	// Stream of model.BaseChatModel and the others, EmbedStrings of
	// embedding.Embedder) reach Ark: the package builds an eino-ext Ark
	// component, and keeps it, as eino code does, behind the interface.
	EinoModels bool
	// OtherClients are the variables and fields holding an OpenAI SDK
	// client built for another provider (a fallback beside Ark); calls on
	// them do not reach Ark (OnOtherProvider).
	OtherClients map[*types.Var]bool
}

// Reaches reports whether the package can reach Ark at all.
func (p *Package) Reaches() bool { return p.Via != NoWay }

// Via says how a package reaches Ark.
type Via uint8

const (
	NoWay  Via = iota // it cannot: no Ark SDK, no eino Ark component, no OpenAI SDK pointed at Ark
	ArkSDK            // it imports a package of an Ark SDK
	OpenAI            // it imports an OpenAI-compatible SDK that it points at Ark
	// Eino: it imports an Ark component of eino-ext (the chat, Responses or
	// image model, or the embedder) and no Ark SDK package. A package that
	// imports eino with another provider's component does not reach Ark.
	Eino
)

// unreachable is the result for every package that cannot reach Ark, shared
// so that such packages allocate nothing.
var unreachable = &Package{}

// packages holds one result per way to reach Ark, shared by every package
// (a result says nothing else), without and with EinoModels.
var packages = [...][2]*Package{
	NoWay:  {unreachable, unreachable},
	ArkSDK: {{Via: ArkSDK}, {Via: ArkSDK, EinoModels: true}},
	OpenAI: {{Via: OpenAI}, {Via: OpenAI, EinoModels: true}},
	Eino:   {{Via: Eino, EinoModels: true}, {Via: Eino, EinoModels: true}},
}

func run(pass *analysis.Pass) (any, error) {
	via := NoWay
	openAI, einoArk := false, false
	for _, imp := range pass.Pkg.Imports() {
		path := imp.Path()
		switch {
		case IsArkPackage(path):
			via = ArkSDK
		case IsEinoArkPackage(path):
			einoArk = true
		case isOpenAIPackage(path):
			openAI = true
		}
	}
	if via == NoWay && einoArk {
		via = Eino
	}
	if via == NoWay && openAI && pointsOpenAIAtArk(pass) {
		via = OpenAI
	}
	if via == NoWay {
		return unreachable, nil
	}
	p := packages[via][0]
	if einoArk {
		p = packages[via][1]
	}
	if openAI {
		if others := otherProviderClients(pass); len(others) > 0 {
			return &Package{Via: p.Via, EinoModels: p.EinoModels, OtherClients: others}, nil
		}
	}
	return p, nil
}

// pointsOpenAIAtArk reports whether a package that imports an OpenAI SDK
// points it at Ark: it names Ark's host (a string literal containing
// "volces.com"), or it sets the SDK's base URL from a value that is not a
// constant (configuration, where an Ark URL may come from). A package that
// sets a constant base URL to another host, or none at all, talks to OpenAI
// or another provider, whose codes are not Ark's.
//
// This walks the files of OpenAI-importing packages only, which are few.
func pointsOpenAIAtArk(pass *analysis.Pass) bool {
	found := false
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if found {
				return false
			}
			switch n := n.(type) {
			case *ast.BasicLit:
				if n.Kind == token.STRING && strings.Contains(n.Value, "volces.com") {
					found = true
				}
			case *ast.CallExpr: // option.WithBaseURL(x)
				if isBaseURLOption(pass.TypesInfo, n) && setsArkOrConfiguredURL(pass.TypesInfo, n.Args[0]) {
					found = true
				}
			case *ast.AssignStmt: // cfg.BaseURL = x
				for i, lhs := range n.Lhs {
					if i < len(n.Rhs) && len(n.Lhs) == len(n.Rhs) && isBaseURLField(pass.TypesInfo, lhs) &&
						setsArkOrConfiguredURL(pass.TypesInfo, n.Rhs[i]) {
						found = true
					}
				}
			case *ast.KeyValueExpr: // openai.ClientConfig{BaseURL: x}
				if isBaseURLField(pass.TypesInfo, n.Key) && setsArkOrConfiguredURL(pass.TypesInfo, n.Value) {
					found = true
				}
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// isBaseURLField reports whether e names go-openai's ClientConfig.BaseURL.
func isBaseURLField(info *types.Info, e ast.Expr) bool {
	id := NameOf(e)
	if id == nil {
		return false
	}
	v, ok := info.ObjectOf(id).(*types.Var)
	return ok && v.IsField() && v.Name() == "BaseURL" && v.Pkg() != nil && v.Pkg().Path() == goOpenAIPath
}

// setsArkOrConfiguredURL reports whether a base URL value may be Ark's: a
// non-constant value, or a constant naming Ark's host.
func setsArkOrConfiguredURL(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return true
	}
	return strings.Contains(constant.StringVal(tv.Value), "volces.com")
}
