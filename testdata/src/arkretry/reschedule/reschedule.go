// Package reschedule retries Ark errors the way work queues and
// reconcilers do: by putting the job off, not by going round a loop.
package reschedule

import (
	"context"
	"errors"
	"time"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/reconcile"
)

var client = arkruntime.NewClientWithApiKey("k")

type Job struct{ ID string }

// Queue puts a job off: Requeue runs it again after delay.
type Queue interface {
	Requeue(ctx context.Context, job Job, delay time.Duration) error
	Fail(ctx context.Context, job Job, err error) error
}

func complete(ctx context.Context) error {
	_, err := client.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{})
	return err
}

// Every 429 put off again: a spending limit comes back every time.
func worker(ctx context.Context, q Queue, job Job) error {
	err := complete(ctx)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 { // want `^retrying every 429 also retries QuotaExceeded and SetLimitExceeded, which waiting does not clear; check \.Code$`
		return q.Requeue(ctx, job, time.Minute)
	}
	return err
}

// The same, with the limits that waiting never clears failed first.
func carefulWorker(ctx context.Context, q Queue, job Job) error {
	err := complete(ctx)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		switch apiErr.Code {
		case "SetLimitExceeded", "QuotaExceeded", "SessionQuotaExceeded":
			return q.Fail(ctx, job, err)
		}
		if apiErr.HTTPStatusCode == 429 {
			return q.Requeue(ctx, job, time.Minute)
		}
	}
	return err
}

// A 429 recorded and failed: nothing is put off.
func failingWorker(ctx context.Context, q Queue, job Job) error {
	err := complete(ctx)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 {
		return q.Fail(ctx, job, err)
	}
	return err
}

type Reconciler struct{}

// A reconciler that asks to come back on every 429.
func (r *Reconciler) Reconcile(ctx context.Context, req reconcile.Request) (reconcile.Result, error) {
	err := complete(ctx)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 { // want `^retrying every 429 also retries QuotaExceeded and SetLimitExceeded, which waiting does not clear; check \.Code$`
		return reconcile.Result{RequeueAfter: 30 * time.Second}, nil
	}
	return reconcile.Result{}, err
}

type CarefulReconciler struct{}

// A reconciler that gives up on the limits waiting never clears and comes
// back on the rest.
func (r *CarefulReconciler) Reconcile(ctx context.Context, req ctrl.Request) (ctrl.Result, error) {
	err := complete(ctx)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		switch {
		case apiErr.Code == "SetLimitExceeded" || apiErr.Code == "QuotaExceeded" || apiErr.Code == "SessionQuotaExceeded":
			return ctrl.Result{}, nil
		case apiErr.HTTPStatusCode == 429:
			return ctrl.Result{Requeue: true}, nil
		}
	}
	return ctrl.Result{}, err
}

// A table of delays per code that holds SetLimitExceeded among the codes a
// job is put off for: the job comes back, and the account's limit with it.
var requeueDelay = map[string]time.Duration{
	"RateLimitExceeded.EndpointRPMExceeded": 20 * time.Second,
	"ServerOverloaded":                      10 * time.Second,
	"SetLimitExceeded":                      15 * time.Minute, // want `^the codes this branch retries include SetLimitExceeded, which waiting does not clear; take it out and report it instead$`
}

func delayedWorker(ctx context.Context, q Queue, job Job) error {
	err := complete(ctx)
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return err
	}
	if d, ok := requeueDelay[apiErr.Code]; ok {
		return q.Requeue(ctx, job, d)
	}
	return q.Fail(ctx, job, err)
}

// The job put off in an if's init, its error only logged: every 429 is put
// off again, a spending limit too.
func loggedWorker(ctx context.Context, q Queue, job Job) {
	err := complete(ctx)
	var apiErr *model.APIError
	if !errors.As(err, &apiErr) {
		return
	}
	if apiErr.HTTPStatusCode == 429 { // want `^retrying every 429 also retries QuotaExceeded and SetLimitExceeded, which waiting does not clear; check \.Code$`
		if rqErr := q.Requeue(ctx, job, 30*time.Minute); rqErr != nil {
			println("requeue failed:", rqErr.Error())
		}
		return
	}
}

// The same if's init failing the job: nothing is put off.
func loggedFailure(ctx context.Context, q Queue, job Job) {
	err := complete(ctx)
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 {
		if fErr := q.Fail(ctx, job, err); fErr != nil {
			println("fail failed:", fErr.Error())
		}
	}
}
