// Package foreign reads an Ark error's code and status through functions of
// another package of the application, known by what it compares them with.
package foreign

import (
	"context"
	"net/http"
	"time"

	"handling/foreign/errs"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
)

var client = arkruntime.NewClientWithApiKey("k")

func backfill(ctx context.Context, req model.ChatRequest) error {
	for tries := 0; ; tries++ { // want `loop calls ark`
		_, err := client.CreateChatCompletion(ctx, req)
		if err == nil { // want `errcheck nonnil=false -> other`
			return nil
		}
		if errs.StatusOf(err) == http.StatusTooManyRequests && tries < 20 { // want `^test status == 429 -> goes round$`
			time.Sleep(time.Minute)
			continue
		}
		if code := errs.CodeOf(err); code == "ServerOverloaded" { // want `^test code == "ServerOverloaded" -> goes round$`
			time.Sleep(time.Second)
			continue
		}
		return err
	}
}

// A getter's result kept, switched on, and compared later with what is
// not evidence itself.
func kept(err error) string {
	status := errs.StatusOf(err)
	switch code := errs.CodeOf(err); code {
	case "ServerOverlaoded": // want `^test code == "ServerOverlaoded" -> other$`
		return "busy"
	}
	if status >= 500 { // want `^test status range 500 -> other$`
		return "server"
	}
	return ""
}

// Neither compared with what only an Ark error's detail is: no tests.
func others(err error) bool {
	return errs.Attempts(err) > 3 || errs.Label(err) == "fatal"
}

func gotoRetry(ctx context.Context, req model.ChatRequest) error {
	attempt := 0
again: // want `loop calls ark`
	_, err := client.CreateChatCompletion(ctx, req)
	if err != nil && errs.StatusOf(err) == http.StatusTooManyRequests && attempt < 6 { // want `^test status == 429 -> goes round$` `errcheck`
		attempt++
		time.Sleep(time.Second)
		goto again
	}
	return err
}
