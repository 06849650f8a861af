// Package contentgeneration is a test stub of ark-runtime-go's generated
// content generation (video) task types.
package contentgeneration

import "net/http"

type CreateContentGenerationTaskRequest struct {
	Model string `json:"model"`
}

type CreateContentGenerationTaskResponse struct {
	ID string `json:"id"`
}

type CreateContentGenerationTaskResponseWithHeader struct {
	CreateContentGenerationTaskResponse
	header http.Header
}

func (r *CreateContentGenerationTaskResponseWithHeader) SetHeader(h http.Header) { r.header = h }
func (r *CreateContentGenerationTaskResponseWithHeader) GetHeader() http.Header  { return r.header }

type TaskStatus string

type TaskError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

func (s *TaskError) GetCode() string    { return s.Code }
func (s *TaskError) GetMessage() string { return s.Message }

type OptTaskError struct {
	Value TaskError
	Set   bool
}

func (o OptTaskError) Get() (v TaskError, ok bool) { return o.Value, o.Set }

type ContentGenerationTask struct {
	ID     string       `json:"id"`
	Status TaskStatus   `json:"status"`
	Error  OptTaskError `json:"error"`
}

type ContentGenerationTaskWithHeader struct {
	ContentGenerationTask
	header http.Header
}

func (r *ContentGenerationTaskWithHeader) SetHeader(h http.Header) { r.header = h }
func (r *ContentGenerationTaskWithHeader) GetHeader() http.Header  { return r.header }
