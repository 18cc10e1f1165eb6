package miner

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// maxResponseBytes bounds an axon answer a Client reads.
const maxResponseBytes = 1 << 20

// APIError is a non-2xx answer of an axon.
type APIError struct {
	StatusCode int    // HTTP status
	Message    string // the ErrorResponse message, or the status text
}

var _ error = (*APIError)(nil)

// Error returns the status and message.
func (e *APIError) Error() string {
	return fmt.Sprintf("miner: axon answered %d: %s", e.StatusCode, e.Message)
}

// Client queries one miner's axon; validators use it. It is safe for
// concurrent use.
type Client struct {
	base string
	hc   *http.Client
}

// NewClient returns a client of the axon at addr ("host:port", or a URL
// with scheme http or https) using hc, which sets the timeouts
// (http.DefaultClient if nil).
func NewClient(addr string, hc *http.Client) *Client {
	if hc == nil {
		hc = http.DefaultClient
	}
	base := strings.TrimRight(addr, "/")
	if !strings.HasPrefix(base, "http://") && !strings.HasPrefix(base, "https://") {
		base = "http://" + base
	}
	return &Client{base: base, hc: hc}
}

// Infer sends an inference request. A non-2xx answer is an *APIError.
func (c *Client) Infer(ctx context.Context, req InferRequest) (*InferResponse, error) {
	body, err := json.Marshal(req)
	if err != nil {
		return nil, fmt.Errorf("miner: encode request: %w", err)
	}
	var resp InferResponse
	if err := c.do(ctx, http.MethodPost, InferPath, body, &resp); err != nil {
		return nil, err
	}
	return &resp, nil
}

// Health asks the axon for its model hash and hotkey.
func (c *Client) Health(ctx context.Context) (*HealthResponse, error) {
	var resp HealthResponse
	if err := c.do(ctx, http.MethodGet, HealthPath, nil, &resp); err != nil {
		return nil, err
	}
	return &resp, nil
}

// do sends one request and decodes a 2xx answer into out.
func (c *Client) do(ctx context.Context, method, path string, body []byte, out any) error {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, rd)
	if err != nil {
		return fmt.Errorf("miner: %s %s: %w", method, path, err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return fmt.Errorf("miner: %s %s: %w", method, path, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxResponseBytes+1))
	if err != nil {
		return fmt.Errorf("miner: %s %s: read answer: %w", method, path, err)
	}
	if len(data) > maxResponseBytes {
		return fmt.Errorf("miner: %s %s: answer larger than %d bytes", method, path, maxResponseBytes)
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		apiErr := &APIError{StatusCode: resp.StatusCode, Message: http.StatusText(resp.StatusCode)}
		var e ErrorResponse
		if json.Unmarshal(data, &e) == nil && e.Error != "" {
			apiErr.Message = e.Error
		}
		return apiErr
	}
	if err := json.Unmarshal(data, out); err != nil {
		return fmt.Errorf("miner: %s %s: decode answer: %w", method, path, err)
	}
	return nil
}
