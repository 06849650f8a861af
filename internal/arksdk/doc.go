// Package arksdk is arkvet's one place of knowledge about the Ark SDKs: which
// packages reach Ark, which types are Ark's errors, which of their fields hold
// a code, an error type, a status or a request ID, and which calls send a
// request to Ark.
//
// Everything is matched through go/types by import path and name, never by
// the spelling of an identifier in the checked code, so a local variable named
// apiErr or a local type named APIError means nothing here.
//
// The package also provides Analyzer, a prerequisite of every arkvet analyzer
// that decides once per package whether the package can reach Ark at all and,
// only when it can, builds the AST inspector the analyzers share. Packages
// that cannot reach Ark cost one scan of their import list and nothing else.
package arksdk
