// Package file is a test stub of ark-runtime-go's generated Files API types.
package file

// FileError is why Ark could not process a file; its Code is an Ark error code.
type FileError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Param   string `json:"param"`
	Type    string `json:"type"`
}

func (s *FileError) GetCode() string { return s.Code }

type OptFileError struct {
	Value FileError
	Set   bool
}

func (o OptFileError) Get() (v FileError, ok bool) { return o.Value, o.Set }

type FileObject struct {
	ID     string       `json:"id"`
	Status string       `json:"status"`
	Error  OptFileError `json:"error"`
}
