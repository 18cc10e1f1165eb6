package miner

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/model"
	"github.com/agora-net/agora/scoring"
)

func TestInferSignedAndVerified(t *testing.T) {
	m := newFakeModel(0)
	cfg, _ := testConfig(t, m)
	f := start(t, cfg)
	c := f.client(f.validator)
	resp, ev, err := c.Infer(context.Background(), InferRequest{Prompt: "hello", MaxTokens: 5, TopK: 3})
	if err != nil {
		t.Fatal(err)
	}
	want, _ := m.Infer(context.Background(), "hello", 5, 3)
	if !slices.Equal(resp.Tokens, want.Tokens) || len(resp.TopK) != 5 || len(resp.TopK[0]) != 3 || resp.ModelHash != m.Hash() {
		t.Errorf("got %+v, want tokens %v with 5 top-3 lists and hash %s", resp, want.Tokens, m.Hash())
	}
	if ev == nil {
		t.Fatal("no evidence for a signed answer")
	}
	if err := ev.Verify(); err != nil {
		t.Fatalf("evidence of an honest answer: %v", err)
	}
	if ev.Response.Miner != addr(f.minerKey) || ev.Request.Signer != addr(f.validator) || ev.Response.Status != 200 {
		t.Errorf("evidence names miner %s, signer %s, status %d", ev.Response.Miner.Hex(), ev.Request.Signer.Hex(), ev.Response.Status)
	}
	// The evidence survives a JSON round trip, as it would on its way to a
	// slashing transaction.
	data, err := json.Marshal(ev)
	if err != nil {
		t.Fatal(err)
	}
	var back Evidence
	if err := json.Unmarshal(data, &back); err != nil || back.Verify() != nil {
		t.Fatalf("evidence after JSON: %v, %v", err, back.Verify())
	}
	if back.Hash() != ev.Hash() || ev.Hash() == (common.Hash{}) {
		t.Errorf("evidence hash %s after JSON, %s before", back.Hash().Hex(), ev.Hash().Hex())
	}

	// Any change to the answer breaks the miner's signature.
	tampered := bytes.Replace(ev.ResponseBody, []byte(`"tokens":[`), []byte(`"tokens":[1,`), 1)
	bad := *ev
	bad.ResponseBody = tampered
	if bad.Response.BodyHash = crypto.Keccak256Hash(tampered); bad.Hash() == ev.Hash() {
		t.Error("the evidence hash does not cover the response body")
	}
	bad.Response.BodyHash = ev.Response.BodyHash
	if err := bad.Verify(); !errors.Is(err, ErrEvidence) {
		t.Errorf("tampered response body: got %v, want ErrEvidence", err)
	}
	hdr := http.Header{}
	ev.Response.setHeaders(hdr)
	if _, err := VerifyResponse(testChainID, &ev.Request, 200, hdr, tampered); !errors.Is(err, ErrBadSignature) {
		t.Errorf("VerifyResponse of a tampered body: got %v, want ErrBadSignature", err)
	}
	if _, err := VerifyResponse(testChainID, &ev.Request, 500, hdr, ev.ResponseBody); !errors.Is(err, ErrBadSignature) {
		t.Errorf("VerifyResponse with another status: got %v, want ErrBadSignature", err)
	}
	if _, err := VerifyResponse(testChainID+1, &ev.Request, 200, hdr, ev.ResponseBody); !errors.Is(err, ErrBadSignature) {
		t.Errorf("VerifyResponse on another chain: got %v, want ErrBadSignature", err)
	}
	if _, err := VerifyResponse(testChainID, &ev.Request, 200, http.Header{}, ev.ResponseBody); !errors.Is(err, ErrBadSignature) {
		t.Errorf("VerifyResponse of an unsigned answer: got %v, want ErrBadSignature", err)
	}
	other := ev.Request
	other.Nonce++
	if _, err := VerifyResponse(testChainID, &other, 200, hdr, ev.ResponseBody); !errors.Is(err, ErrBadSignature) {
		t.Errorf("VerifyResponse against another request: got %v, want ErrBadSignature", err)
	}
	swapped := *ev
	swapped.Request.Nonce++
	if err := swapped.Verify(); !errors.Is(err, ErrEvidence) {
		t.Errorf("evidence with another request: got %v, want ErrEvidence", err)
	}
	forged := *ev
	forged.Response.Signature = bytes.Clone(ev.Request.Signature) // the validator's, not the miner's
	if err := forged.Verify(); !errors.Is(err, ErrEvidence) {
		t.Errorf("evidence with a forged response signature: got %v, want ErrEvidence", err)
	}
}

// rawSigned sends body to path signed by key with the given edits to the
// signed request, and returns the status and error message.
func (f *fixture) rawSigned(t *testing.T, key *ecdsa.PrivateKey, method, path, body string, edit func(r *SignedRequest, h http.Header)) (int, string, http.Header) {
	t.Helper()
	r := &SignedRequest{Miner: addr(f.minerKey), Subnet: testSubnet, Method: method, Path: path,
		BodyHash: crypto.Keccak256Hash([]byte(body)), Timestamp: uint64(time.Now().UnixMilli()), Nonce: uint64(time.Now().UnixNano())}
	if err := r.Sign(key, testChainID); err != nil {
		t.Fatal(err)
	}
	h := http.Header{}
	r.SetHeaders(h)
	if edit != nil {
		edit(r, h)
	}
	return f.raw(t, method, path, body, h)
}

// raw sends a request with the given headers.
func (f *fixture) raw(t *testing.T, method, path, body string, h http.Header) (int, string, http.Header) {
	t.Helper()
	req, err := http.NewRequest(method, "http://"+f.addr+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range h {
		req.Header[k] = v
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var e ErrorResponse
	_ = json.NewDecoder(resp.Body).Decode(&e)
	return resp.StatusCode, e.Error, resp.Header
}

func TestAuthRefusals(t *testing.T) {
	cfg, _ := testConfig(t, newFakeModel(0))
	f := start(t, cfg)
	body := `{"prompt": "x", "max_tokens": 2}`
	other := testKey(t, 9)
	reused := http.Header{}
	tests := []struct {
		name   string
		key    *ecdsa.PrivateKey
		body   string
		edit   func(r *SignedRequest, h http.Header)
		status int
		want   string
	}{
		{"unsigned", f.validator, body, func(_ *SignedRequest, h http.Header) { clear(h) }, 401, "missing X-Agora-Signer"},
		{"no signature", f.validator, body, func(_ *SignedRequest, h http.Header) { h.Del(HeaderSignature) }, 401, "missing X-Agora-Signature"},
		{"malformed nonce", f.validator, body, func(_ *SignedRequest, h http.Header) { h.Set(HeaderNonce, "-1") }, 401, "X-Agora-Nonce is not a decimal"},
		{"short signature", f.validator, body, func(_ *SignedRequest, h http.Header) { h.Set(HeaderSignature, "0x1234") }, 401, "not 65 bytes"},
		{"no permit", f.outsider, body, nil, 403, "holds no validator permit on subnet 3"},
		{"signed by another key", other, body, func(_ *SignedRequest, h http.Header) { h.Set(HeaderSigner, addr(f.validator).Hex()) }, 403, "bad signature"},
		{"body changed after signing", f.validator, body, nil, 403, "bad signature"},
		{"signed for another miner", f.validator, body, func(r *SignedRequest, h http.Header) {
			r.Miner = addr(other)
			_ = r.Sign(f.validator, testChainID)
			r.SetHeaders(h)
		}, 403, "bad signature"},
		{"signed for another chain", f.validator, body, func(r *SignedRequest, h http.Header) {
			_ = r.Sign(f.validator, testChainID+1)
			r.SetHeaders(h)
		}, 403, "bad signature"},
		{"other subnet", f.validator, body, func(r *SignedRequest, h http.Header) {
			r.Subnet = 4
			_ = r.Sign(f.validator, testChainID)
			r.SetHeaders(h)
		}, 403, "does not serve subnet 4"},
		{"stale", f.validator, body, func(r *SignedRequest, h http.Header) {
			r.Timestamp -= 60_000
			_ = r.Sign(f.validator, testChainID)
			r.SetHeaders(h)
		}, 403, "from the miner's clock"},
		{"first use of a nonce", f.validator, body, func(_ *SignedRequest, h http.Header) {
			for k, v := range h {
				reused[k] = v
			}
		}, 200, ""},
		{"replayed", f.validator, body, func(_ *SignedRequest, h http.Header) {
			clear(h)
			for k, v := range reused {
				h[k] = v
			}
		}, 403, "replayed request"},
		{"body over 64 KiB", f.validator, `{"prompt": "` + strings.Repeat("a", MaxBodyBytes) + `"}`, nil, 413, "larger than 65536 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sent := tt.body
			if tt.name == "body changed after signing" {
				// Sign one body, send another.
				status, msg, _ := f.rawSigned(t, tt.key, http.MethodPost, InferPath, tt.body, func(r *SignedRequest, h http.Header) {
					r.BodyHash = crypto.Keccak256Hash([]byte(`{"prompt": "y", "max_tokens": 2}`))
					_ = r.Sign(f.validator, testChainID)
					r.SetHeaders(h)
				})
				check(t, status, msg, tt.status, tt.want)
				return
			}
			status, msg, hdr := f.rawSigned(t, tt.key, http.MethodPost, InferPath, sent, tt.edit)
			check(t, status, msg, tt.status, tt.want)
			if status >= 400 && hdr.Get(HeaderResponseSignature) != "" {
				t.Errorf("a refused request's answer is signed")
			}
		})
	}

	f.permits.mu.Lock()
	f.permits.err = errors.New("validator cluster unreachable")
	f.permits.mu.Unlock()
	status, msg, _ := f.rawSigned(t, f.validator, http.MethodPost, InferPath, body, nil)
	check(t, status, msg, 503, "cannot check validator permits")
}

func check(t *testing.T, status int, msg string, wantStatus int, want string) {
	t.Helper()
	if status != wantStatus || !strings.Contains(msg, want) {
		t.Errorf("got %d %q, want %d containing %q", status, msg, wantStatus, want)
	}
}

func TestInferBadRequests(t *testing.T) {
	cfg, _ := testConfig(t, newFakeModel(0))
	f := start(t, cfg)
	for _, tt := range []struct{ name, body, want string }{
		{"empty body", "", "empty request body"},
		{"malformed", `{"prompt": "x", "max_tokens": 1`, "malformed JSON body"},
		{"unknown field", `{"prompt": "x", "max_tokens": 1, "temperature": 0}`, `unknown field "temperature"`},
		{"trailing data", `{"prompt": "x", "max_tokens": 1} {}`, "malformed JSON body"},
		{"missing prompt", `{"max_tokens": 1}`, "prompt is required"},
		{"missing max_tokens", `{"prompt": "x"}`, "max_tokens is required"},
		{"max_tokens over limit", `{"prompt": "x", "max_tokens": 65}`, "max_tokens 65 out of range [1, 64]"},
		{"top_k zero", `{"prompt": "x", "max_tokens": 1, "top_k": 0}`, "top_k 0 out of range [1, 20]"},
		{"prompt too large", `{"prompt": "` + strings.Repeat("a", 257) + `", "max_tokens": 1}`, "prompt is 257 bytes"},
	} {
		status, msg, hdr := f.rawSigned(t, f.validator, http.MethodPost, InferPath, tt.body, nil)
		if status != 400 || !strings.Contains(msg, tt.want) {
			t.Errorf("%s: got %d %q, want 400 containing %q", tt.name, status, msg, tt.want)
		}
		if hdr.Get(HeaderResponseSignature) == "" {
			t.Errorf("%s: the refusal of an authenticated request is not signed", tt.name)
		}
	}
}

// TestQueueFull: one slot and one queue place per validator; a third
// request is refused at once with 429 while another validator is still
// served, and a queued request times out into 429.
func TestQueueFull(t *testing.T) {
	m := newFakeModel(0)
	m.gate = make(chan struct{})
	cfg, _ := testConfig(t, m)
	cfg.MaxInFlight, cfg.MaxQueued, cfg.QueueTimeout = 1, 1, 10*time.Second
	f := start(t, cfg)
	c := f.client(f.validator)
	ctx := context.Background()

	results := make(chan error, 2)
	for range 2 {
		go func() {
			_, _, err := c.Infer(ctx, InferRequest{Prompt: "x", MaxTokens: 1})
			results <- err
		}()
	}
	// Wait until one runs (blocked on the gate) and one waits.
	waitFor(t, func() bool {
		f.srv.limits.mu.Lock()
		defer f.srv.limits.mu.Unlock()
		ln := f.srv.limits.byID[addr(f.validator)]
		return ln != nil && len(ln.sem) == 1 && ln.waiting == 1
	})
	start := time.Now()
	_, ev, err := c.Infer(ctx, InferRequest{Prompt: "x", MaxTokens: 1})
	apiErr, ok := errors.AsType[*APIError](err)
	if !ok || apiErr.StatusCode != http.StatusTooManyRequests || !strings.Contains(apiErr.Message, "1 running and 1 waiting") {
		t.Fatalf("third request: got %v, want 429 queue full", err)
	}
	if time.Since(start) > 2*time.Second {
		t.Errorf("the 429 took %v: a full queue must answer at once", time.Since(start))
	}
	if ev == nil || ev.Verify() != nil {
		t.Errorf("the 429 is not signed evidence: %+v", ev)
	}

	// Another validator has its own slots.
	c2 := f.client(testKey(t, 4))
	other := make(chan error, 1)
	go func() {
		_, _, err := c2.Infer(ctx, InferRequest{Prompt: "y", MaxTokens: 1})
		other <- err
	}()
	for range 3 {
		m.gate <- struct{}{}
	}
	for range 2 {
		if err := <-results; err != nil {
			t.Errorf("a queued request: %v", err)
		}
	}
	if err := <-other; err != nil {
		t.Errorf("the other validator: %v", err)
	}
}

func TestQueueTimeout(t *testing.T) {
	m := newFakeModel(0)
	m.gate = make(chan struct{})
	cfg, _ := testConfig(t, m)
	cfg.MaxInFlight, cfg.MaxQueued, cfg.QueueTimeout = 1, 4, 200*time.Millisecond
	f := start(t, cfg)
	c := f.client(f.validator)
	first := make(chan error, 1)
	go func() {
		_, _, err := c.Infer(context.Background(), InferRequest{Prompt: "x", MaxTokens: 1})
		first <- err
	}()
	waitFor(t, func() bool {
		m.mu.Lock()
		defer m.mu.Unlock()
		return m.calls == 1
	})
	_, _, err := c.Infer(context.Background(), InferRequest{Prompt: "x", MaxTokens: 1})
	apiErr, ok := errors.AsType[*APIError](err)
	if !ok || apiErr.StatusCode != 429 || !strings.Contains(apiErr.Message, "no free slot within 200ms") {
		t.Errorf("got %v, want 429 after the queue timeout", err)
	}
	close(m.gate)
	if err := <-first; err != nil {
		t.Error(err)
	}
}

func TestRequestTimeout(t *testing.T) {
	m := newFakeModel(0)
	m.gate = make(chan struct{}) // never opened
	cfg, _ := testConfig(t, m)
	cfg.RequestTimeout = 100 * time.Millisecond
	f := start(t, cfg)
	_, _, err := f.client(f.validator).Infer(context.Background(), InferRequest{Prompt: "x", MaxTokens: 1})
	apiErr, ok := errors.AsType[*APIError](err)
	if !ok || apiErr.StatusCode != 503 || !strings.Contains(apiErr.Message, "did not finish within") {
		t.Errorf("got %v, want 503 timeout", err)
	}
}

// waitFor polls cond for up to 10 s.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not reached within 10s")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestHealthAndNotFound(t *testing.T) {
	m := newFakeModel(0)
	cfg, _ := testConfig(t, m)
	cfg.Hardware = Hardware{CPUModel: "Test CPU", Cores: 2, Class: "cpu"}
	f := start(t, cfg)
	h, err := NewClient(f.addr, ClientConfig{}).Health(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if h.ModelHash != m.Hash() || h.Hotkey != addr(f.minerKey).Hex() || h.Hardware.Class != "cpu" || h.FineTune || !slices.Equal(h.Subnets, []uint16{testSubnet}) {
		t.Errorf("health: %+v", h)
	}
	for _, tt := range []struct {
		method, path string
		status       int
	}{
		{http.MethodGet, "/v1/nope", 404},
		{http.MethodGet, InferPath, 405},
		{http.MethodPost, HealthPath, 405},
	} {
		status, msg, _ := f.raw(t, tt.method, tt.path, "", nil)
		if status != tt.status || msg == "" {
			t.Errorf("%s %s: got %d %q, want %d with a message", tt.method, tt.path, status, msg, tt.status)
		}
	}
}

func TestLMGenerator(t *testing.T) {
	lm, err := model.NewSeeded(1, model.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	g := NewLMGenerator(lm)
	want, _, err := lm.Generate("hello world", 12)
	if err != nil {
		t.Fatal(err)
	}
	inf, err := g.Infer(context.Background(), "hello world", 12, 8)
	if err != nil || !slices.Equal(inf.Tokens, want) || len(inf.TopK) != 12 || inf.TopK[3][0].Token != want[3] || g.Hash() != lm.Hash() {
		t.Fatalf("Infer: %+v, %v; want tokens %v", inf, err, want)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := g.Infer(ctx, "x", 1, 1); !errors.Is(err, context.Canceled) {
		t.Errorf("Infer with an ended context: %v", err)
	}
	sub, err := g.Substitute()
	if err != nil || sub.Hash() == g.Hash() {
		t.Fatalf("Substitute: %v, same hash %v", err, sub != nil && sub.Hash() == g.Hash())
	}
	other, _ := sub.Infer(context.Background(), "hello world", 12, 8)
	if slices.Equal(other.Tokens, want) {
		t.Error("the substitute answers the committed model's tokens")
	}
}

func TestBehaviours(t *testing.T) {
	lm, err := model.NewSeeded(1, model.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	honest := NewLMGenerator(lm)
	sub, err := honest.Substitute()
	if err != nil {
		t.Fatal(err)
	}
	want, _ := honest.Infer(context.Background(), "the quick brown fox", 16, 8)
	ask := func(t *testing.T, b Behaviour, edit func(*Config)) (*InferResponse, time.Duration) {
		cfg, _ := testConfig(t, honest)
		cfg.Behaviour, cfg.Substitute = b, sub
		if edit != nil {
			edit(&cfg)
		}
		f := start(t, cfg)
		begin := time.Now()
		resp, ev, err := f.client(f.validator).Infer(context.Background(), InferRequest{Prompt: "the quick brown fox", MaxTokens: 16})
		if err != nil || ev.Verify() != nil {
			t.Fatalf("%v: %v", b, err)
		}
		if resp.ModelHash != honest.Hash() {
			t.Errorf("%v reports hash %s, want the committed %s", b, resp.ModelHash, honest.Hash())
		}
		return resp, time.Since(begin)
	}
	t.Run("honest", func(t *testing.T) {
		if resp, _ := ask(t, Honest, nil); !slices.Equal(resp.Tokens, want.Tokens) {
			t.Errorf("got %v, want %v", resp.Tokens, want.Tokens)
		}
	})
	t.Run("wrong-model", func(t *testing.T) {
		resp, _ := ask(t, WrongModel, nil)
		subWant, _ := sub.Infer(context.Background(), "the quick brown fox", 16, 8)
		if slices.Equal(resp.Tokens, want.Tokens) || !slices.Equal(resp.Tokens, subWant.Tokens) {
			t.Errorf("got %v, want the substitute's %v (not the committed %v)", resp.Tokens, subWant.Tokens, want.Tokens)
		}
	})
	t.Run("random", func(t *testing.T) {
		resp, _ := ask(t, Random, nil)
		if slices.Equal(resp.Tokens, want.Tokens) || len(resp.Tokens) != 16 || len(resp.TopK[0]) != 8 {
			t.Errorf("got %v with %d-entry top-k lists", resp.Tokens, len(resp.TopK[0]))
		}
	})
	t.Run("slow", func(t *testing.T) {
		resp, took := ask(t, Slow, func(c *Config) { c.SlowDelay = 300 * time.Millisecond })
		if !slices.Equal(resp.Tokens, want.Tokens) || took < 300*time.Millisecond {
			t.Errorf("got %v after %v, want the honest answer after 300ms", resp.Tokens, took)
		}
	})
}

func TestBehaviourText(t *testing.T) {
	for i, name := range []string{"honest", "wrong-model", "random", "copier", "slow", "fake-gpu"} {
		b, err := ParseBehaviour(name)
		if err != nil || b != Behaviour(i) || b.String() != name {
			t.Errorf("ParseBehaviour(%q) = %v, %v", name, b, err)
		}
		text, err := b.MarshalText()
		var back Behaviour
		if err != nil || back.UnmarshalText(text) != nil || back != b {
			t.Errorf("round trip of %v: %q, %v", b, text, err)
		}
	}
	if _, err := ParseBehaviour("faulty"); err == nil {
		t.Error(`ParseBehaviour("faulty"): got nil error`)
	}
	if _, err := Behaviour(9).MarshalText(); err == nil || Behaviour(9).String() != "Behaviour(9)" {
		t.Error("an unknown behaviour marshals")
	}
}

func TestConfigValidate(t *testing.T) {
	valid, _ := testConfig(t, newFakeModel(0))
	if err := valid.Validate(); err != nil {
		t.Fatalf("valid config: %v", err)
	}
	tests := []struct {
		name string
		edit func(*Config)
	}{
		{"empty addr", func(c *Config) { c.Addr = "" }},
		{"nil key", func(c *Config) { c.Key = nil }},
		{"zero chain", func(c *Config) { c.ChainID = 0 }},
		{"no subnets", func(c *Config) { c.Subnets = nil }},
		{"nil model", func(c *Config) { c.Model = nil }},
		{"nil permits", func(c *Config) { c.Permits = nil }},
		{"no data dir", func(c *Config) { c.DataDir = "" }},
		{"nil logger", func(c *Config) { c.Logger = nil }},
		{"nil clock", func(c *Config) { c.Now = nil }},
		{"unknown behaviour", func(c *Config) { c.Behaviour = 7 }},
		{"wrong-model without substitute", func(c *Config) { c.Behaviour = WrongModel }},
		{"copier without source", func(c *Config) { c.Behaviour = Copier }},
		{"zero max tokens", func(c *Config) { c.MaxTokens = 0 }},
		{"prompt bytes over body", func(c *Config) { c.MaxPromptBytes = MaxBodyBytes }},
		{"top-k over 256", func(c *Config) { c.MaxTopK = 257 }},
		{"zero in flight", func(c *Config) { c.MaxInFlight = 0 }},
		{"negative queue", func(c *Config) { c.MaxQueued = -1 }},
		{"challenge size not a power of two", func(c *Config) { c.MaxChallengeN = 1000 }},
		{"zero steps", func(c *Config) { c.MaxSteps = 0 }},
		{"zero job queue", func(c *Config) { c.MaxQueuedJobs = 0 }},
		{"negative slow delay", func(c *Config) { c.SlowDelay = -1 }},
		{"zero request timeout", func(c *Config) { c.RequestTimeout = 0 }},
		{"zero replay window", func(c *Config) { c.ReplayWindow = 0 }},
		{"no hardware class", func(c *Config) { c.Hardware = Hardware{} }},
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

func TestRunLifecycle(t *testing.T) {
	cfg, _ := testConfig(t, newFakeModel(0))
	s, err := NewServer(cfg)
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
	a := s.Addr()
	if _, err := NewClient(a, ClientConfig{}).Health(ctx); err != nil {
		t.Fatalf("Health: %v", err)
	}
	if err := s.Run(ctx); err == nil {
		t.Error("a second Run: got nil error")
	}
	if err := s.Listen(ctx); err == nil {
		t.Error("Listen after Run: got nil error")
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
	if _, err := NewClient(a, ClientConfig{}).Health(context.Background()); err == nil {
		t.Error("server still answers after Run returned")
	}

	cfg.Addr = "256.0.0.1:1"
	bad, _ := NewServer(cfg)
	if err := bad.Run(context.Background()); err == nil || !strings.HasPrefix(err.Error(), "miner: listen") {
		t.Errorf("got %v, want a listen error", err)
	}
}

// TestConcurrentValidators: many signed requests from two validators at
// once all succeed with the model's answers.
func TestConcurrentValidators(t *testing.T) {
	m := newFakeModel(5)
	cfg, _ := testConfig(t, m)
	cfg.MaxQueued = 64
	f := start(t, cfg)
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for g := range 20 {
		c := f.client(f.validator)
		if g%2 == 1 {
			c = f.client(testKey(t, 4))
		}
		wg.Go(func() {
			p := "prompt " + strconv.Itoa(g)
			want, _ := m.Infer(context.Background(), p, 8, 2)
			resp, ev, err := c.Infer(context.Background(), InferRequest{Prompt: p, MaxTokens: 8, TopK: 2})
			switch {
			case err != nil:
				errs <- err
			case !slices.Equal(resp.Tokens, want.Tokens):
				errs <- errors.New("wrong tokens for " + p)
			case ev.Verify() != nil:
				errs <- ev.Verify()
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestScoreAnswers runs answers of honest and cheating miners through
// scoring.ScoreInference as a validator does: sample positions from a
// seed drawn after the answer, recompute them with the reference, score.
func TestScoreAnswers(t *testing.T) {
	ref := newFakeModel(0)
	p := scoring.DefaultInferenceParams()
	const prompt, n = "score me", 40
	want, _ := ref.Infer(context.Background(), prompt, n, p.TopK)
	score := func(t *testing.T, b Behaviour) scoring.InferenceResult {
		cfg, _ := testConfig(t, ref)
		cfg.Behaviour, cfg.Substitute = b, newFakeModel(1)
		f := start(t, cfg)
		resp, ev, err := f.client(f.validator).Infer(context.Background(), InferRequest{Prompt: prompt, MaxTokens: n})
		if err != nil {
			t.Fatal(err)
		}
		seed := crypto.Keccak256Hash([]byte("validator secret"), ev.Response.Signature)
		var refs []scoring.Reference
		for _, i := range scoring.SamplePositions(seed, n, p.SamplePermille) {
			r := scoring.Reference{Index: i, Token: want.Tokens[i]}
			for _, e := range want.TopK[i] {
				r.TopK = append(r.TopK, scoring.TokenLogProb{Token: e.Token, LogProb: e.LogProb})
			}
			refs = append(refs, r)
		}
		return scoring.ScoreInference(p, resp.Positions(), n, refs, 10)
	}
	for _, tt := range []struct {
		b        Behaviour
		min, max scoring.I32F32
	}{
		{Honest, scoring.One, scoring.One},
		{WrongModel, 0, 0},
		{Random, 0, scoring.One / 10},
	} {
		got := score(t, tt.b)
		if got.Score < tt.min || got.Score > tt.max || got.Checked != 4 {
			t.Errorf("%v: %+v, want a score in [%d, %d] over 4 checked positions", tt.b, got, tt.min, tt.max)
		}
	}
	if got := scoring.ScoreInference(p, nil, n, nil, 0); got.Score != -scoring.One {
		t.Errorf("a failed request scores %d, want the penalty", got.Score)
	}
}

// BenchmarkSignedInfer measures a signed inference round trip on loopback
// with a trivial model: the client signs, the axon authenticates, answers
// and signs, the client verifies. The model's own time is not in it.
func BenchmarkSignedInfer(b *testing.B) {
	cfg, _ := testConfig(b, newFakeModel(0))
	cfg.Logger = slog.New(slog.DiscardHandler)
	f := start(b, cfg)
	c := f.client(f.validator)
	for b.Loop() {
		if _, _, err := c.Infer(context.Background(), InferRequest{Prompt: "hello", MaxTokens: 16}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSignVerify measures one request signature and its check.
func BenchmarkSignVerify(b *testing.B) {
	key := testKey(b, 2)
	r := &SignedRequest{Miner: addr(key), Subnet: 1, Method: "POST", Path: InferPath, Timestamp: 1, Nonce: 1}
	for b.Loop() {
		if err := r.Sign(key, testChainID); err != nil {
			b.Fatal(err)
		}
		if err := r.Verify(testChainID); err != nil {
			b.Fatal(err)
		}
	}
}
