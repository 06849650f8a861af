package arksdk

import (
	"go/ast"
	"go/types"
)

// IsModelRetryConfig reports whether t is eino's adk.ModelRetryConfig (from
// eino v0.7.36 on; in v0.9.x an alias of adk.TypedModelRetryConfig
// [*schema.Message]), any instance of TypedModelRetryConfig, or a pointer to
// one. It says how often and on which errors an eino agent retries its chat
// model: MaxRetries, IsRetryAble (nil: every error), ShouldRetry (v0.9.x;
// when set, IsRetryAble is ignored) and BackoffFunc.
func IsModelRetryConfig(t types.Type) bool {
	named := namedOf(t)
	if named == nil {
		return false
	}
	obj := named.Origin().Obj()
	return obj.Pkg() != nil && obj.Pkg().Path() == einoADKPath &&
		(obj.Name() == "ModelRetryConfig" || obj.Name() == "TypedModelRetryConfig")
}

// RetryConditionField names the field of the retry config type t (an
// adk.ModelRetryConfig) that a program sets to choose which errors are
// retried: ShouldRetry where t has it (eino v0.9.x, which deprecates
// IsRetryAble), IsRetryAble before.
func RetryConditionField(t types.Type) string {
	if named := namedOf(t); named != nil {
		if st, ok := named.Underlying().(*types.Struct); ok {
			for f := range st.Fields() {
				if f.Name() == "ShouldRetry" {
					return "ShouldRetry"
				}
			}
		}
	}
	return "IsRetryAble"
}

// IsRetryAbleField reports whether key (a composite literal's key, or
// x.IsRetryAble) names the IsRetryAble field of eino's ModelRetryConfig, the
// predicate that decides which errors are retried.
func IsRetryAbleField(info *types.Info, key ast.Expr) bool {
	return isModelRetryConfigField(info, key, "IsRetryAble")
}

// IsShouldRetryField reports whether key names the ShouldRetry field of
// eino's ModelRetryConfig (eino v0.9.x), which replaces IsRetryAble when set.
func IsShouldRetryField(info *types.Info, key ast.Expr) bool {
	return isModelRetryConfigField(info, key, "ShouldRetry")
}

// IsMaxRetriesField reports whether key names the MaxRetries field of eino's
// ModelRetryConfig.
func IsMaxRetriesField(info *types.Info, key ast.Expr) bool {
	return isModelRetryConfigField(info, key, "MaxRetries")
}

// isModelRetryConfigField reports whether key names the field called name
// of eino's ModelRetryConfig. The adk package declares these field names in
// other structs too, so the field is found in ModelRetryConfig's own fields
// (of the generic type, which an instance's fields derive from).
func isModelRetryConfigField(info *types.Info, key ast.Expr, name string) bool {
	v := fieldVar(info, key)
	if v == nil || v.Name() != name || v.Pkg().Path() != einoADKPath {
		return false
	}
	v = v.Origin()
	for _, typeName := range [...]string{"TypedModelRetryConfig", "ModelRetryConfig"} {
		tn, ok := v.Pkg().Scope().Lookup(typeName).(*types.TypeName)
		if !ok {
			continue
		}
		st, ok := types.Unalias(tn.Type()).Underlying().(*types.Struct)
		if !ok {
			continue
		}
		if named, ok := types.Unalias(tn.Type()).(*types.Named); ok {
			st, _ = named.Origin().Underlying().(*types.Struct)
		}
		for i := range st.NumFields() {
			if st.Field(i) == v {
				return true
			}
		}
	}
	return false
}
