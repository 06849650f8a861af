// Package proxy is other code a client is handed to.
package proxy

import "github.com/volcengine/volcengine-go-sdk/service/arkruntime"

// Stream is a stream proxy; it decides itself how to retry.
type Stream struct{ C *arkruntime.Client }

// New returns a proxy calling c.
func New(c *arkruntime.Client) *Stream { return &Stream{C: c} }
