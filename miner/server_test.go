package miner

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"

	"github.com/agora-net/agora/model"
)

var testHotkey = common.HexToAddress("0x1111111111111111111111111111111111111111")

// testModel returns the default model of seed 1.
func testModel(t testing.TB) *model.LM {
	t.Helper()
	m, err := model.NewSeeded(1, model.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// tLogWriter sends log lines to t.Log.
type tLogWriter struct{ t testing.TB }

func (w tLogWriter) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// testConfig returns a valid config around m that logs to t.
func testConfig(t testing.TB, m *model.LM) Config {
	cfg := DefaultConfig()
	cfg.Model = m
	cfg.Hotkey = testHotkey
	cfg.MaxTokens = 64
	cfg.MaxPromptBytes = 256
	cfg.Logger = slog.New(slog.NewTextHandler(tLogWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
	return cfg
}

// newTestServer returns a Server and an httptest server serving its handler.
func newTestServer(t *testing.T, cfg Config) (*Server, *httptest.Server) {
	t.Helper()
	s, err := NewServer(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return s, ts
}

// post sends body to the infer endpoint and returns the status and body.
func post(t *testing.T, url, body string) (int, []byte, http.Header) {
	t.Helper()
	resp, err := http.Post(url+InferPath, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(resp.Body); err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, buf.Bytes(), resp.Header
}

func TestInferGood(t *testing.T) {
	m := testModel(t)
	_, ts := newTestServer(t, testConfig(t, m))
	for _, tt := range []struct {
		prompt string
		n      int
	}{{"hello world", 16}, {"", 1}, {"héllo \u00ff", 64}} {
		wantTokens, wantText, err := m.Generate(tt.prompt, tt.n)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := json.Marshal(InferRequest{Prompt: tt.prompt, MaxTokens: tt.n})
		status, data, hdr := post(t, ts.URL, string(body))
		if status != http.StatusOK {
			t.Fatalf("prompt %q: got status %d (%s), want 200", tt.prompt, status, data)
		}
		var got InferResponse
		if err := json.Unmarshal(data, &got); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got.Tokens, wantTokens) {
			t.Errorf("prompt %q: got tokens %v, want %v", tt.prompt, got.Tokens, wantTokens)
		}
		if got.ModelHash != m.Hash() {
			t.Errorf("got model hash %s, want %s", got.ModelHash, m.Hash())
		}
		if strings.ToValidUTF8(wantText, "\uFFFD") != got.Text {
			t.Errorf("prompt %q: got text %q, want %q", tt.prompt, got.Text, wantText)
		}
		if hdr.Get("X-Request-ID") == "" {
			t.Error("no X-Request-ID header")
		}
	}
}

func TestRequestIDEchoed(t *testing.T) {
	_, ts := newTestServer(t, testConfig(t, testModel(t)))
	for id, want := range map[string]bool{"abc-123": true, "bad id with spaces": false, strings.Repeat("x", 65): false} {
		req, _ := http.NewRequest(http.MethodGet, ts.URL+HealthPath, nil)
		req.Header.Set("X-Request-ID", id)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.Header.Get("X-Request-ID"); (got == id) != want || got == "" {
			t.Errorf("sent request ID %q, got %q", id, got)
		}
	}
}

func TestInferBad(t *testing.T) {
	s, ts := newTestServer(t, testConfig(t, testModel(t)))
	big := `{"prompt": "` + strings.Repeat("a", MaxBodyBytes) + `", "max_tokens": 1}`
	tests := []struct {
		name, body, want string
	}{
		{"empty body", "", "empty request body"},
		{"malformed", `{"prompt": "x", "max_tokens": 1`, "malformed JSON body"},
		{"not an object", `["x", 1]`, "malformed JSON body"},
		{"wrong type", `{"prompt": 5, "max_tokens": 1}`, "malformed JSON body"},
		{"fractional max_tokens", `{"prompt": "x", "max_tokens": 1.5}`, "malformed JSON body"},
		{"unknown field", `{"prompt": "x", "max_tokens": 1, "temperature": 0}`, `unknown field "temperature"`},
		{"trailing data", `{"prompt": "x", "max_tokens": 1} {}`, "malformed JSON body"},
		{"null body", `null`, "prompt is required"},
		{"missing prompt", `{"max_tokens": 1}`, "prompt is required"},
		{"null prompt", `{"prompt": null, "max_tokens": 1}`, "prompt is required"},
		{"missing max_tokens", `{"prompt": "x"}`, "max_tokens is required"},
		{"zero max_tokens", `{"prompt": "x", "max_tokens": 0}`, "max_tokens 0 out of range [1, 64]"},
		{"negative max_tokens", `{"prompt": "x", "max_tokens": -3}`, "max_tokens -3 out of range [1, 64]"},
		{"max_tokens over limit", `{"prompt": "x", "max_tokens": 65}`, "max_tokens 65 out of range [1, 64]"},
		{"prompt too large", `{"prompt": "` + strings.Repeat("a", 257) + `", "max_tokens": 1}`, "prompt is 257 bytes, more than the limit of 256"},
		{"body over 64 KiB", big, "request body larger than 65536 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, data, _ := post(t, ts.URL, tt.body)
			if status != http.StatusBadRequest {
				t.Errorf("got status %d, want 400", status)
			}
			var e ErrorResponse
			if err := json.Unmarshal(data, &e); err != nil {
				t.Fatalf("error body %q: %v", data, err)
			}
			if !strings.Contains(e.Error, tt.want) {
				t.Errorf("got error %q, want it to contain %q", e.Error, tt.want)
			}
		})
	}
	// decodeInfer is the gate in front of the model: each bad body fails
	// there, so the model never runs for it.
	for _, tt := range tests {
		req := httptest.NewRequest(http.MethodPost, InferPath, strings.NewReader(tt.body))
		if _, err := s.decodeInfer(httptest.NewRecorder(), req); err == nil {
			t.Errorf("%s: decodeInfer accepted the body", tt.name)
		} else if _, ok := errors.AsType[*requestError](err); !ok {
			t.Errorf("%s: got %T, want *requestError", tt.name, err)
		}
	}
}

func TestNotFoundAndMethod(t *testing.T) {
	_, ts := newTestServer(t, testConfig(t, testModel(t)))
	for _, tt := range []struct {
		method, path string
		status       int
	}{
		{http.MethodGet, "/v1/nope", http.StatusNotFound},
		{http.MethodGet, InferPath, http.StatusMethodNotAllowed},
		{http.MethodPost, HealthPath, http.StatusMethodNotAllowed},
	} {
		req, _ := http.NewRequest(tt.method, ts.URL+tt.path, nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var e ErrorResponse
		err = json.NewDecoder(resp.Body).Decode(&e)
		resp.Body.Close()
		if resp.StatusCode != tt.status || err != nil || e.Error == "" {
			t.Errorf("%s %s: got %d %q (%v), want %d with an error message", tt.method, tt.path, resp.StatusCode, e.Error, err, tt.status)
		}
	}
}

func TestHealth(t *testing.T) {
	m := testModel(t)
	_, ts := newTestServer(t, testConfig(t, m))
	resp, err := http.Get(ts.URL + HealthPath)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var h HealthResponse
	if err := json.NewDecoder(resp.Body).Decode(&h); err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK || h.ModelHash != m.Hash() || h.Hotkey != testHotkey.Hex() {
		t.Errorf("got %d %+v, want 200 {%s %s}", resp.StatusCode, h, m.Hash(), testHotkey.Hex())
	}
}

func TestInferConcurrent(t *testing.T) {
	m := testModel(t)
	_, ts := newTestServer(t, testConfig(t, m))
	prompts := []string{"", "one", "two two", "three three three", "a much longer prompt than the context"}
	want := make([][]int, len(prompts))
	for i, p := range prompts {
		want[i], _, _ = m.Generate(p, 16)
	}
	c := NewClient(ts.URL, ts.Client())
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for g := range 20 {
		wg.Go(func() {
			for k := range 5 {
				i := (g + k) % len(prompts)
				resp, err := c.Infer(context.Background(), InferRequest{Prompt: prompts[i], MaxTokens: 16})
				if err != nil {
					errs <- err
					return
				}
				if !slices.Equal(resp.Tokens, want[i]) {
					errs <- fmt.Errorf("prompt %q: got %v, want %v", prompts[i], resp.Tokens, want[i])
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestFaultyMiner(t *testing.T) {
	m := testModel(t)
	cfg := testConfig(t, m)
	cfg.Behavior = Faulty
	_, ts := newTestServer(t, cfg)
	c := NewClient(ts.URL, ts.Client())
	honest, _, _ := m.Generate("hello world", 16)
	var answers [][]int
	for range 2 {
		resp, err := c.Infer(context.Background(), InferRequest{Prompt: "hello world", MaxTokens: 16})
		if err != nil {
			t.Fatal(err)
		}
		if resp.ModelHash != m.Hash() {
			t.Errorf("faulty miner reports hash %s, want the committed %s", resp.ModelHash, m.Hash())
		}
		answers = append(answers, resp.Tokens)
	}
	if slices.Equal(answers[0], honest) {
		t.Errorf("faulty miner answered the committed model's tokens %v", honest)
	}
	if !slices.Equal(answers[0], answers[1]) {
		t.Errorf("faulty miner is not deterministic: %v then %v", answers[0], answers[1])
	}
	sub, err := substitute(m)
	if err != nil {
		t.Fatal(err)
	}
	if want, _, _ := sub.Generate("hello world", 16); !slices.Equal(answers[0], want) {
		t.Errorf("faulty miner answered %v, want the substitute's %v", answers[0], want)
	}
}

func TestClientAPIError(t *testing.T) {
	_, ts := newTestServer(t, testConfig(t, testModel(t)))
	c := NewClient(ts.URL, ts.Client())
	_, err := c.Infer(context.Background(), InferRequest{Prompt: "x", MaxTokens: 0})
	apiErr, ok := errors.AsType[*APIError](err)
	if !ok || apiErr.StatusCode != http.StatusBadRequest || !strings.Contains(apiErr.Message, "max_tokens 0") {
		t.Errorf("got %v, want a 400 APIError about max_tokens", err)
	}
	h, err := c.Health(context.Background())
	if err != nil || h.Hotkey != testHotkey.Hex() {
		t.Errorf("Health: got %+v, %v", h, err)
	}
}

func TestRecoveryAnswers500(t *testing.T) {
	s, err := NewServer(testConfig(t, testModel(t)))
	if err != nil {
		t.Fatal(err)
	}
	e := s.routes()
	e.GET("/panic", func(*gin.Context) { panic("boom") })
	rec := httptest.NewRecorder()
	e.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/panic", nil))
	if rec.Code != http.StatusInternalServerError || !strings.Contains(rec.Body.String(), `"error":"internal error"`) {
		t.Errorf("got %d %s, want 500 internal error", rec.Code, rec.Body)
	}
}

func TestRunLifecycle(t *testing.T) {
	m := testModel(t)
	s, err := NewServer(testConfig(t, m))
	if err != nil {
		t.Fatal(err)
	}
	if s.Addr() != "" {
		t.Errorf("Addr before listening = %q, want empty", s.Addr())
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	select {
	case <-s.Ready():
	case err := <-done:
		t.Fatalf("Run returned before ready: %v", err)
	case <-time.After(10 * time.Second):
		t.Fatal("server not ready after 10s")
	}
	addr := s.Addr()
	if addr == "" || strings.HasSuffix(addr, ":0") {
		t.Fatalf("Addr() = %q, want the bound host:port", addr)
	}
	h, err := NewClient(addr, nil).Health(ctx)
	if err != nil || h.ModelHash != m.Hash() {
		t.Fatalf("Health: got %+v, %v", h, err)
	}
	if err := s.Run(ctx); err == nil {
		t.Error("a second Run: got nil error")
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run after cancel: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not stop within 10s of cancel")
	}
	if _, err := NewClient(addr, nil).Health(context.Background()); err == nil {
		t.Error("server still answers after Run returned")
	}
}

func TestListenThenRun(t *testing.T) {
	s, err := NewServer(testConfig(t, testModel(t)))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Listen(context.Background()); err != nil {
		t.Fatal(err)
	}
	select {
	case <-s.Ready():
	default:
		t.Fatal("Ready not closed after Listen")
	}
	if s.Addr() == "" {
		t.Fatal("no Addr after Listen")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.Run(ctx); err != nil {
		t.Errorf("Run with an ended context: %v", err)
	}
	if err := s.Listen(context.Background()); err == nil {
		t.Error("Listen after Run: got nil error")
	}
}

func TestListenError(t *testing.T) {
	cfg := testConfig(t, testModel(t))
	cfg.Addr = "256.0.0.1:1"
	s, err := NewServer(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Run(context.Background()); err == nil || !strings.HasPrefix(err.Error(), "miner: listen") {
		t.Errorf("got %v, want a listen error", err)
	}
}

func TestConfigValidate(t *testing.T) {
	m := testModel(t)
	valid := testConfig(t, m)
	if err := valid.Validate(); err != nil {
		t.Fatalf("valid config: %v", err)
	}
	tests := []struct {
		name string
		edit func(*Config)
	}{
		{"empty addr", func(c *Config) { c.Addr = "" }},
		{"nil model", func(c *Config) { c.Model = nil }},
		{"nil logger", func(c *Config) { c.Logger = nil }},
		{"zero max tokens", func(c *Config) { c.MaxTokens = 0 }},
		{"max tokens over model limit", func(c *Config) { c.MaxTokens = model.MaxGenerate + 1 }},
		{"zero prompt bytes", func(c *Config) { c.MaxPromptBytes = 0 }},
		{"prompt bytes over body", func(c *Config) { c.MaxPromptBytes = MaxBodyBytes }},
		{"zero hotkey", func(c *Config) { c.Hotkey = common.Address{} }},
		{"unknown behavior", func(c *Config) { c.Behavior = 7 }},
		{"zero shutdown timeout", func(c *Config) { c.ShutdownTimeout = 0 }},
	}
	for _, tt := range tests {
		cfg := valid
		tt.edit(&cfg)
		err := cfg.Validate()
		if err == nil || !strings.HasPrefix(err.Error(), "miner: config: ") {
			t.Errorf("%s: got %v, want a miner: config error", tt.name, err)
		}
		if _, err := NewServer(cfg); err == nil {
			t.Errorf("%s: NewServer accepted the config", tt.name)
		}
	}
}

func TestBehaviorText(t *testing.T) {
	for _, b := range []Behavior{Honest, Faulty} {
		text, err := b.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var got Behavior
		if err := got.UnmarshalText(text); err != nil || got != b {
			t.Errorf("round trip of %v: got %v, %v", b, got, err)
		}
	}
	if _, err := ParseBehavior("evil"); err == nil {
		t.Error(`ParseBehavior("evil"): got nil error`)
	}
	if _, err := Behavior(9).MarshalText(); err == nil {
		t.Error("MarshalText of an unknown behavior: got nil error")
	}
}
