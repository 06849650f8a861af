// Package images is a test stub of ark-runtime-go's generated image
// generation types.
package images

import "net/http"

type CreateImageGenerationRequest struct {
	Model string `json:"model"`
}

type ImageError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

func (s *ImageError) GetCode() string    { return s.Code }
func (s *ImageError) GetMessage() string { return s.Message }

type OptImageError struct {
	Value ImageError
	Set   bool
}

type ImageDataItem struct {
	URL   string        `json:"url"`
	Error OptImageError `json:"error"`
}

type ImageGenerationResponse struct {
	Data []ImageDataItem `json:"data"`
}

type ImageGenerationResponseWithHeader struct {
	ImageGenerationResponse
	header http.Header
}

func (r *ImageGenerationResponseWithHeader) SetHeader(h http.Header) { r.header = h }
func (r *ImageGenerationResponseWithHeader) GetHeader() http.Header  { return r.header }

type ImageGenerationStreamEvent struct {
	Type  string        `json:"type"`
	Error OptImageError `json:"error"`
}
