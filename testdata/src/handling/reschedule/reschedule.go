// Package reschedule shows the branches the model says hand an Ark error's
// work back to be done again later, and the ones that only look alike.
package reschedule

import (
	"context"
	"errors"
	"log"
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
	Done(ctx context.Context, job Job) error
}

type Cache interface {
	Set(key, value string, ttl time.Duration)
}

// Store is a key-value store whose Set hands back a command.
type Store interface {
	Set(ctx context.Context, key string, value any, ttl time.Duration) *Cmd
}

type Cmd struct{ err error }

// Message is a queue's message: Requeue puts it back after delay.
type Message struct{ Body []byte }

func (m *Message) Requeue(delay time.Duration) {}

// Metrics records how long things took.
type Metrics interface {
	Observe(ctx context.Context, name string, d time.Duration)
}

func backoff(attempt int) time.Duration { return time.Duration(attempt) * time.Second }

func requeueOnLimit(ctx context.Context, q Queue, job Job, attempt int) error {
	_, err := client.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		if apiErr.HTTPStatusCode == 429 { // want `test status == 429 -> reschedules`
			return q.Requeue(ctx, job, backoff(attempt))
		}
		if apiErr.Code == "ServerOverloaded" { // want `test code == "ServerOverloaded" -> reschedules`
			err = q.Requeue(ctx, job, time.Minute)
			return err
		}
		if apiErr.Code == "RequestBurstTooFast" { // want `test code == "RequestBurstTooFast" -> reschedules`
			_ = q.Requeue(ctx, job, 2*time.Second)
			return nil
		}
		if apiErr.Code == "ModelLoading" { // want `test code == "ModelLoading" -> reschedules`
			delay := backoff(attempt)
			return q.Requeue(ctx, job, delay)
		}
		if apiErr.Code == "InvalidParameter" { // want `test code == "InvalidParameter" -> error`
			// Handed no delay: the job is finished with, not put off.
			_ = q.Done(ctx, job)
			return err
		}
	}
	return err
}

// Calls that take a Duration but put nothing off.
func consume(ctx context.Context, msg *Message) error {
	_, err := client.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode == 429 { // want `test status == 429 -> reschedules`
		msg.Requeue(30 * time.Second)
		return nil
	}
	return err
}

// A mark kept for a while, in a cache or a store: no work is put off.
func marks(ctx context.Context, c Cache, s Store) error {
	_, err := client.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		if apiErr.HTTPStatusCode == 429 { // want `test status == 429 -> other`
			c.Set("rate-limited", apiErr.Code, time.Minute)
			return nil
		}
		if apiErr.Code == "ServerOverloaded" { // want `test code == "ServerOverloaded" -> other`
			s.Set(ctx, "overloaded", true, time.Minute)
			return nil
		}
	}
	return err
}

func looksAlike(ctx context.Context, c Cache, m Metrics, started time.Time) error {
	elapsed := time.Since(started)
	var waited time.Duration
	waited = time.Since(started)
	_, err := client.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		if apiErr.HTTPStatusCode == 429 { // want `test status == 429 -> other`
			c.Set("last-limit", apiErr.Code, 0)
			return nil
		}
		if apiErr.HTTPStatusCode == 503 { // want `test status == 503 -> error`
			log.Printf("unavailable after %v", time.Since(started))
			return err
		}
		if apiErr.Code == "RequestBurstTooFast" { // want `test code == "RequestBurstTooFast" -> error`
			m.Observe(ctx, "ark.burst", elapsed)
			return err
		}
		if apiErr.Code == "ModelLoading" { // want `test code == "ModelLoading" -> error`
			m.Observe(ctx, "ark.loading", waited)
			return err
		}
		if apiErr.Code == "ServerOverloaded" { // want `test code == "ServerOverloaded" -> other`
			ctx, cancel := context.WithTimeout(ctx, time.Second)
			defer cancel()
			_ = ctx
			return nil
		}
	}
	return err
}

type Reconciler struct{}

func (r *Reconciler) Reconcile(ctx context.Context, req reconcile.Request) (reconcile.Result, error) {
	_, err := client.CreateChatCompletion(ctx, &model.CreateChatCompletionRequest{})
	var apiErr *model.APIError
	if errors.As(err, &apiErr) {
		switch {
		case apiErr.HTTPStatusCode == 429: // want `test status == 429 -> reschedules`
			return reconcile.Result{RequeueAfter: 30 * time.Second}, nil
		case apiErr.Code == "ServerOverloaded": // want `test code == "ServerOverloaded" -> reschedules`
			return ctrl.Result{Requeue: true}, nil
		case apiErr.Code == "AccessDenied": // want `test code == "AccessDenied" -> other`
			return reconcile.Result{Requeue: false}, nil
		case apiErr.Code == "InvalidParameter": // want `test code == "InvalidParameter" -> other`
			return ctrl.Result{}, nil
		}
	}
	return reconcile.Result{}, err
}
