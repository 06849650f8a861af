// Package arkruntime is a test stub of ark-runtime-go's client: the calls
// and options arkvet reads, at the real import path, with empty bodies.
package arkruntime

import (
	"context"
	"net/http"
	"time"

	"github.com/volcengine/ark-runtime-go/arkruntime/model"
	"github.com/volcengine/ark-runtime-go/arkruntime/model/chat"
	"github.com/volcengine/ark-runtime-go/arkruntime/model/contentgeneration"
	"github.com/volcengine/ark-runtime-go/arkruntime/model/file"
	"github.com/volcengine/ark-runtime-go/arkruntime/model/images"
	"github.com/volcengine/ark-runtime-go/arkruntime/model/responses"
	"github.com/volcengine/ark-runtime-go/arkruntime/utils"
)

type clientConfig struct {
	BaseURL    string
	HTTPClient *http.Client
	RetryTimes int
}

type ConfigOption func(*clientConfig)

func WithRegion(region string) ConfigOption { return func(c *clientConfig) {} }
func WithBaseUrl(url string) ConfigOption   { return func(c *clientConfig) { c.BaseURL = url } }
func WithRetryTimes(retryTimes int) ConfigOption {
	return func(c *clientConfig) { c.RetryTimes = retryTimes }
}
func WithTimeout(timeout time.Duration) ConfigOption { return func(c *clientConfig) {} }
func WithHTTPClient(client *http.Client) ConfigOption {
	return func(c *clientConfig) { c.HTTPClient = client }
}

type requestOptions struct{ header http.Header }

type requestOption func(*requestOptions)

func WithCustomHeader(key, value string) requestOption { return func(r *requestOptions) {} }

type Client struct{ config clientConfig }

func NewClientWithApiKey(apiKey string, setters ...ConfigOption) *Client { return &Client{} }
func NewClientWithAkSk(ak, sk string, setters ...ConfigOption) *Client   { return &Client{} }
func NewVolcClient(setters ...ConfigOption) *Client                      { return &Client{} }
func NewByteplusClient(setters ...ConfigOption) *Client                  { return &Client{} }

func (c *Client) CreateChatCompletion(ctx context.Context, body *chat.ChatCompletionRequest, opts ...requestOption) (res *chat.ChatCompletionResponseWithHeader, err error) {
	return
}

func (c *Client) CreateChatCompletionStream(ctx context.Context, body *chat.ChatCompletionRequest, opts ...requestOption) (stream *utils.ChatGenStreamReader, err error) {
	return
}

func (c *Client) GenerateImages(ctx context.Context, request *images.CreateImageGenerationRequest, setters ...requestOption) (res *images.ImageGenerationResponseWithHeader, err error) {
	return
}

func (c *Client) GenerateImagesStreaming(ctx context.Context, request *images.CreateImageGenerationRequest, setters ...requestOption) (stream *utils.ImageGenerationStreamReader, err error) {
	return
}

func (c *Client) CreateContentGenerationTask(ctx context.Context, request *contentgeneration.CreateContentGenerationTaskRequest, setters ...requestOption) (res *contentgeneration.CreateContentGenerationTaskResponseWithHeader, err error) {
	return
}

func (c *Client) GetContentGenerationTask(ctx context.Context, taskID string, setters ...requestOption) (res *contentgeneration.ContentGenerationTaskWithHeader, err error) {
	return
}

func (c *Client) CreateResponses(ctx context.Context, body *responses.ResponsesRequest, opts ...requestOption) (res *responses.ResponseWithHeader, err error) {
	return
}

func (c *Client) CreateResponsesStream(ctx context.Context, body *responses.ResponsesRequest, opts ...requestOption) (stream *utils.ResponsesStreamReader, err error) {
	return
}

func (c *Client) CreateBatchChatCompletion(ctx context.Context, request *chat.ChatCompletionRequest, setters ...requestOption) (res *chat.ChatCompletionResponseWithHeader, err error) {
	return
}

func (c *Client) RetrieveFile(ctx context.Context, fileID string, setters ...requestOption) (res *file.FileObject, err error) {
	return
}

func (c *Client) DoBatch(ctx context.Context, method, url, resourceType, resourceId string, v model.Response, setters ...requestOption) error {
	return nil
}

func (c *Client) GetEndpointStsToken(ctx context.Context, endpointId string) (string, error) {
	return "", nil
}
