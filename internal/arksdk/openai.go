package arksdk

import "golang.org/x/tools/go/analysis"

// PointsOpenAIAtArk reports whether the package points an OpenAI-compatible
// SDK at Ark, by the rule Analyzer applies to packages that import no Ark
// SDK. Analyzer does not decide it for a package that imports an Ark SDK
// (Via is ArkSDK), yet such a package may also use an OpenAI SDK against
// OpenAI itself, whose error codes are not Ark's; an analyzer that reads
// the OpenAI SDKs' errors there asks this, once, when it meets one.
func PointsOpenAIAtArk(pass *analysis.Pass) bool { return pointsOpenAIAtArk(pass) }
