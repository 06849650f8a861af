// Package arkruntime is a test stub of BytePlus ModelArk's Ark SDK (byteplus-go-sdk-v2)'s client: the calls and
// options arkvet reads, at the real import path, with empty bodies.
package arkruntime

import (
	"context"
	"net/http"
	"time"

	"github.com/byteplus-sdk/byteplus-go-sdk-v2/service/arkruntime/model"
	"github.com/byteplus-sdk/byteplus-go-sdk-v2/service/arkruntime/model/file"
	"github.com/byteplus-sdk/byteplus-go-sdk-v2/service/arkruntime/model/responses"
	"github.com/byteplus-sdk/byteplus-go-sdk-v2/service/arkruntime/utils"
)

type clientConfig struct {
	baseURL    string
	retryTimes int
	timeout    time.Duration
	httpClient *http.Client
}

type ConfigOption func(*clientConfig)

func WithBaseUrl(url string) ConfigOption   { return func(c *clientConfig) { c.baseURL = url } }
func WithRegion(region string) ConfigOption { return func(c *clientConfig) {} }
func WithRetryTimes(retryTimes int) ConfigOption {
	return func(c *clientConfig) { c.retryTimes = retryTimes }
}
func WithTimeout(timeout time.Duration) ConfigOption {
	return func(c *clientConfig) { c.timeout = timeout }
}
func WithHTTPClient(client *http.Client) ConfigOption {
	return func(c *clientConfig) { c.httpClient = client }
}

type requestOptions struct{ header http.Header }

type requestOption func(*requestOptions)

func WithCustomHeader(key, value string) requestOption { return func(r *requestOptions) {} }

type Client struct{ config clientConfig }

func NewClientWithApiKey(apiKey string, setters ...ConfigOption) *Client { return &Client{} }
func NewClientWithAkSk(ak, sk string, setters ...ConfigOption) *Client   { return &Client{} }

func (c *Client) CreateChatCompletion(ctx context.Context, request model.ChatRequest, setters ...requestOption) (response model.ChatCompletionResponse, err error) {
	return
}

func (c *Client) CreateChatCompletionStream(ctx context.Context, request model.ChatRequest, setters ...requestOption) (stream *utils.ChatCompletionStreamReader, err error) {
	return
}

func (c *Client) CreateEmbeddings(ctx context.Context, conv model.EmbeddingRequestConverter, setters ...requestOption) (res model.EmbeddingResponse, err error) {
	return
}

func (c *Client) CreateBatchChatCompletion(ctx context.Context, request model.ChatRequest, setters ...requestOption) (response model.ChatCompletionResponse, err error) {
	return
}

func (c *Client) GenerateImages(ctx context.Context, request model.GenerateImagesRequest, setters ...requestOption) (response model.ImagesResponse, err error) {
	return
}

func (c *Client) GenerateImagesStreaming(ctx context.Context, request model.GenerateImagesRequest, setters ...requestOption) (stream *utils.ImageGenerationStreamReader, err error) {
	return
}

func (c *Client) CreateContentGenerationTask(ctx context.Context, request model.CreateContentGenerationTaskRequest, setters ...requestOption) (response model.CreateContentGenerationTaskResponse, err error) {
	return
}

func (c *Client) GetContentGenerationTask(ctx context.Context, request model.GetContentGenerationTaskRequest, setters ...requestOption) (response model.GetContentGenerationTaskResponse, err error) {
	return
}

func (c *Client) CreateResponses(ctx context.Context, body *responses.ResponsesRequest, opts ...requestOption) (res *responses.ResponseObject, err error) {
	return
}

func (c *Client) CreateResponsesStream(ctx context.Context, body *responses.ResponsesRequest, opts ...requestOption) (stream *utils.ResponsesStreamReader, err error) {
	return
}

func (c *Client) GetEndpointStsToken(ctx context.Context, endpointId string) (string, error) {
	return "", nil
}

func (c *Client) CreateBatchEmbeddings(ctx context.Context, conv model.EmbeddingRequestConverter, setters ...requestOption) (res model.EmbeddingResponse, err error) {
	return
}

// The Files API, from v1.2.x on.

func (c *Client) RetrieveFile(ctx context.Context, fileID string, setters ...requestOption) (response *file.FileMeta, err error) {
	return
}

func (c *Client) DeleteFile(ctx context.Context, fileID string, setters ...requestOption) (err error) {
	return
}
