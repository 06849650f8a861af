// Package fields shows which declarations the model says read an SDK
// error's field: arkreqid looks only at those.
package fields

import (
	"errors"
	"fmt"
	"log"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

// A struct with fields named like an SDK error's is not one.
type result struct {
	Code    string
	Message string
}

func readsCode(err error) { // want `reads fields`
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		log.Printf("ark: %s", apiErr.Code)
	}
}

func readsInLiteral(err error) { // want `reads fields`
	report := func() {
		if apiErr, ok := err.(*model.APIError); ok {
			log.Print(apiErr.Message)
		}
	}
	report()
}

func readsRequestError(err error) { // want `reads fields`
	var reqErr *model.RequestError
	if errors.As(err, &reqErr) {
		log.Print(reqErr.HTTPStatusCode)
	}
}

func logsOnly(err error) {
	log.Printf("ark: %v", err)
}

func otherCode(r result) error {
	return fmt.Errorf("%s: %s", r.Code, r.Message)
}
