package miner

import (
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"runtime/debug"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/agora-net/agora/model"
)

// Axon endpoints.
const (
	// InferPath takes an InferRequest and answers an InferResponse.
	InferPath = "/v1/infer"
	// HealthPath answers a HealthResponse.
	HealthPath = "/v1/health"
)

// InferRequest is the body of POST /v1/infer. The prompt's tokens are the
// bytes of its UTF-8 encoding. Both fields are required (an empty prompt is
// allowed); unknown fields are rejected.
type InferRequest struct {
	Prompt    string `json:"prompt"`
	MaxTokens int    `json:"max_tokens"`
}

// InferResponse is the answer of POST /v1/infer. Tokens are authoritative;
// Text is the same bytes as a string, in which JSON encoding replaces
// invalid UTF-8 by U+FFFD.
type InferResponse struct {
	Tokens    []int  `json:"tokens"`
	Text      string `json:"text"`
	ModelHash string `json:"model_hash"`
}

// HealthResponse is the answer of GET /v1/health.
type HealthResponse struct {
	ModelHash string `json:"model_hash"`
	Hotkey    string `json:"hotkey"`
}

// ErrorResponse is the body of every non-2xx answer.
type ErrorResponse struct {
	Error string `json:"error"`
}

// requestError is a client error, answered with 400 and its message.
type requestError struct{ msg string }

// Error returns the message sent to the client.
func (e *requestError) Error() string { return e.msg }

func badRequest(format string, args ...any) error {
	return &requestError{msg: fmt.Sprintf(format, args...)}
}

// requestIDHeader carries a request ID: the caller's if it sends a valid
// one, else one the server makes.
const requestIDHeader = "X-Request-ID"

// routes builds the gin engine serving the axon.
func (s *Server) routes() *gin.Engine {
	e := gin.New()
	e.HandleMethodNotAllowed = true
	// No proxy is trusted: the client IP is the connection's.
	_ = e.SetTrustedProxies(nil)
	e.Use(s.requestLog, gin.CustomRecoveryWithWriter(nil, s.recovered))
	e.NoRoute(func(c *gin.Context) { s.fail(c, http.StatusNotFound, "not found") })
	e.NoMethod(func(c *gin.Context) { s.fail(c, http.StatusMethodNotAllowed, "method not allowed") })
	e.POST(InferPath, s.infer)
	e.GET(HealthPath, s.health)
	return e
}

// requestLog assigns the request ID and logs each request once it is done.
func (s *Server) requestLog(c *gin.Context) {
	id := c.GetHeader(requestIDHeader)
	if !validRequestID(id) {
		id = fmt.Sprintf("%s-%d", s.idPrefix, s.requests.Add(1))
	}
	c.Header(requestIDHeader, id)
	start := time.Now()
	c.Next()
	status := c.Writer.Status()
	level := slog.LevelDebug
	switch {
	case status >= 500:
		level = slog.LevelError
	case status >= 400:
		level = slog.LevelInfo
	}
	attrs := []slog.Attr{
		slog.String("request_id", id),
		slog.String("method", c.Request.Method),
		slog.String("path", c.Request.URL.Path),
		slog.Int("status", status),
		slog.Duration("duration", time.Since(start)),
		slog.String("remote", c.ClientIP()),
	}
	if msg, ok := c.Get(errorKey); ok {
		attrs = append(attrs, slog.Any("error", msg))
	}
	s.log.LogAttrs(c.Request.Context(), level, "miner: request", attrs...)
}

// validRequestID accepts 1..64 characters from [A-Za-z0-9._:-].
func validRequestID(id string) bool {
	if len(id) == 0 || len(id) > 64 {
		return false
	}
	for i := 0; i < len(id); i++ {
		switch ch := id[i]; {
		case ch >= 'a' && ch <= 'z', ch >= 'A' && ch <= 'Z', ch >= '0' && ch <= '9',
			ch == '.', ch == '_', ch == ':', ch == '-':
		default:
			return false
		}
	}
	return true
}

// recovered answers a handler panic with 500 and logs it with its stack.
func (s *Server) recovered(c *gin.Context, rec any) {
	s.log.Error("miner: handler panic", "panic", fmt.Sprint(rec), "stack", string(debug.Stack()))
	s.fail(c, http.StatusInternalServerError, "internal error")
}

// errorKey is the gin context key under which fail records its message for
// the request log.
const errorKey = "miner.error"

// fail aborts the request with status and an ErrorResponse. It is the one
// place that writes error answers.
func (s *Server) fail(c *gin.Context, status int, msg string) {
	c.Set(errorKey, msg)
	c.AbortWithStatusJSON(status, ErrorResponse{Error: msg})
}

// failErr maps an error to its status: a requestError is 400 with its
// message; anything else is 500 with a generic message (the detail goes to
// the log).
func (s *Server) failErr(c *gin.Context, err error) {
	if re, ok := errors.AsType[*requestError](err); ok {
		s.fail(c, http.StatusBadRequest, re.msg)
		return
	}
	c.Set(errorKey, err.Error())
	c.AbortWithStatusJSON(http.StatusInternalServerError, ErrorResponse{Error: "inference failed"})
}

// infer serves POST /v1/infer.
func (s *Server) infer(c *gin.Context) {
	req, err := s.decodeInfer(c.Writer, c.Request)
	if err != nil {
		s.failErr(c, err)
		return
	}
	tokens, text, err := s.serving.Generate(req.Prompt, req.MaxTokens)
	if err != nil {
		s.failErr(c, err)
		return
	}
	c.JSON(http.StatusOK, InferResponse{Tokens: tokens, Text: text, ModelHash: s.committed})
}

// decodeInfer reads and checks an InferRequest. Every failure is a
// requestError.
func (s *Server) decodeInfer(w http.ResponseWriter, r *http.Request) (InferRequest, error) {
	// Pointers tell a missing field from a zero one.
	var body struct {
		Prompt    *string `json:"prompt"`
		MaxTokens *int    `json:"max_tokens"`
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, MaxBodyBytes))
	dec.DisallowUnknownFields()
	err := dec.Decode(&body)
	if err == nil {
		// Exactly one JSON value: anything but whitespace after it is an error.
		if _, terr := dec.Token(); !errors.Is(terr, io.EOF) {
			err = terr
			if err == nil {
				err = errors.New("unexpected data after the JSON object")
			}
		}
	}
	if err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			return InferRequest{}, badRequest("request body larger than %d bytes", MaxBodyBytes)
		}
		if errors.Is(err, io.EOF) {
			return InferRequest{}, badRequest("empty request body")
		}
		return InferRequest{}, badRequest("malformed JSON body: %v", err)
	}
	switch {
	case body.Prompt == nil:
		return InferRequest{}, badRequest("prompt is required")
	case len(*body.Prompt) > s.cfg.MaxPromptBytes:
		return InferRequest{}, badRequest("prompt is %d bytes, more than the limit of %d", len(*body.Prompt), s.cfg.MaxPromptBytes)
	case body.MaxTokens == nil:
		return InferRequest{}, badRequest("max_tokens is required")
	case *body.MaxTokens < 1 || *body.MaxTokens > s.cfg.MaxTokens:
		return InferRequest{}, badRequest("max_tokens %d out of range [1, %d]", *body.MaxTokens, s.cfg.MaxTokens)
	}
	return InferRequest{Prompt: *body.Prompt, MaxTokens: *body.MaxTokens}, nil
}

// health serves GET /v1/health.
func (s *Server) health(c *gin.Context) {
	c.JSON(http.StatusOK, HealthResponse{ModelHash: s.committed, Hotkey: s.cfg.Hotkey.Hex()})
}

// substitute returns the model a Faulty miner serves instead of m: a model
// of the same configuration seeded with the first 8 bytes of m's hash read
// as a big-endian integer, or the next seed should that reproduce m.
func substitute(m *model.LM) (*model.LM, error) {
	sum, err := hex.DecodeString(m.Hash())
	if err != nil || len(sum) < 8 {
		return nil, fmt.Errorf("miner: faulty model: bad model hash %q", m.Hash())
	}
	for seed := binary.BigEndian.Uint64(sum); ; seed++ {
		sub, err := model.NewSeeded(seed, m.Config())
		if err != nil {
			return nil, fmt.Errorf("miner: faulty model: %w", err)
		}
		if sub.Hash() != m.Hash() {
			return sub, nil
		}
	}
}
