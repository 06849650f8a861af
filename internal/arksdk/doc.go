// Package arksdk is arkvet's one place of knowledge about the Ark SDKs
// (volcengine-go-sdk, BytePlus's byteplus-go-sdk-v2 and ark-runtime-go), the
// frameworks and OpenAI-compatible SDKs that reach Ark (eino with eino-ext's
// Ark components, go-openai, openai-go v1 and v3): which packages reach Ark,
// which types are Ark's errors, which of their fields hold a code, an error
// type, a status or a request ID, which calls send a request to Ark, which
// of them wrap the SDK's error, and what each SDK's client retries.
//
// Everything is matched through go/types by import path and name, never by
// the spelling of an identifier in the checked code, so a local variable named
// apiErr or a local type named APIError means nothing here.
//
// The package also provides Analyzer, a prerequisite of every arkvet analyzer
// that decides once per package whether the package can reach Ark at all.
// Packages that cannot reach Ark cost one scan of their import list and
// nothing else.
package arksdk
