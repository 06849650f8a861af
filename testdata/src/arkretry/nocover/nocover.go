// Package nocover holds rule 2 of arkretry: classifications by several codes
// that name no retryable 429 code, so rate limits end up where nobody meant.
package nocover

import (
	"context"
	"errors"
	"fmt"
	"log"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

type kind int

const (
	permanent kind = iota
	auth
	unknown
)

func withDefault(ctx context.Context, c *arkruntime.Client, req model.ChatRequest) kind {
	_, err := c.CreateChatCompletion(ctx, req)
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return unknown
	}
	switch apiErr.Code { // want `^switch on Ark error code names no retryable 429 code, so rate-limited calls fall to the default branch; check \.HTTPStatusCode == 429 first \(but give up on QuotaExceeded and SetLimitExceeded, which waiting does not clear\) or handle the retryable 429 codes$`
	case "InvalidParameter", "MissingParameter":
		return permanent
	case "AuthenticationError":
		return auth
	default:
		return unknown
	}
}

func withoutDefault(err error) kind {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		switch apiErr.Code { // want `switch on Ark error code names no retryable 429 code, so rate-limited calls fall through the switch;`
		case "InvalidParameter":
			return permanent
		case "AccessDenied":
			return auth
		}
	}
	return unknown
}

func elseChain(err error) kind {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return unknown
	}
	if apiErr.Code == "InvalidParameter" { // want `if/else chain on Ark error code names no retryable 429 code, so rate-limited calls fall to the final else;`
		return permanent
	} else if apiErr.Code == "AuthenticationError" {
		return auth
	} else {
		return unknown
	}
}

func runOfIfs(err error) error {
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return err
	}
	if apiErr.Code == "InvalidParameter" { // want `checks of Ark error code name no retryable 429 code, so rate-limited calls fall through the checks;`
		return fmt.Errorf("bad request: %w", err)
	}
	if apiErr.Code == "AccessDenied" {
		return fmt.Errorf("no access: %w", err)
	}
	log.Printf("ark: %v", err)
	return nil // a rate limit is swallowed here
}

func taglessSwitch(err error) kind {
	var apiErr *model.APIError
	switch { // want `switch on Ark error code names no retryable 429 code, so rate-limited calls fall to the default branch;`
	case !errors.As(err, &apiErr):
		return unknown
	case apiErr.Code == "InvalidParameter":
		return permanent
	case apiErr.Code == "AuthenticationError":
		return auth
	default:
		return unknown
	}
}

// Naming the 429 codes that waiting does not clear is not handling a rate
// limit: the retryable ones still fall through.
func onlySlow429(err error) kind {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		switch apiErr.Code { // want `switch on Ark error code names no retryable 429 code`
		case "SetLimitExceeded", "QuotaExceeded":
			return permanent
		}
	}
	return unknown
}

// A status check of another error covers nothing of this one, and a 429
// check of RequestError beside an APIError switch naming no rate limit is
// of the wrong type.
func otherErrorStatus(err error) kind {
	var reqErr *model.RequestError
	if errors.As(err, &reqErr) && reqErr.HTTPStatusCode == 429 { // want `^\*model\.RequestError carries only transport failures .*, so this 429 check misses them; use errors\.As with \*model\.APIError$`
		return unknown
	}
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		switch apiErr.Code { // want `switch on Ark error code names no retryable 429 code`
		case "InvalidParameter", "AccessDenied":
			return permanent
		}
	}
	return unknown
}

// A suppressed finding, with its reason.
func suppressed(err error) kind {
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		//arkvet:ignore the caller retries every error of this batch job
		switch apiErr.Code {
		case "InvalidParameter", "AccessDenied":
			return permanent
		}
	}
	return unknown
}
