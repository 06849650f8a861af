// Package noark cannot reach Ark: its model is empty, whatever it compares.
package noark

import "errors"

type apiError struct{ Code string }

func (e *apiError) Error() string { return e.Code }

func classify(err error) bool {
	var e *apiError
	for range 3 {
		if errors.As(err, &e) && e.Code == "ServerOverloaded" {
			continue
		}
	}
	return false
}
