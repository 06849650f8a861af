// Package file is a test stub of the Ark SDK's Files API model (v1.2.x).
package file

// Error is why Ark could not process a file; its Code is an Ark error code.
type Error struct {
	Code    string `json:"code,required"`
	Message string `json:"message,required"`
	Param   string `json:"param,required"`
	Type    string `json:"type,required"`
}

type FileMeta struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	Error  *Error `json:"error,omitempty"`
}
