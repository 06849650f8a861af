// Package names declares code names for another package to compare with.
// It does not use Ark itself.
package names

const (
	Overloaded = "ServerOverloded"
	Burst      = "RequestBurstTooFast"
)
