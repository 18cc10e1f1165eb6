package miner

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

const (
	testChainID = 1337
	testSubnet  = 3
)

// testKey returns the deterministic key number n.
func testKey(t testing.TB, n byte) *ecdsa.PrivateKey {
	t.Helper()
	var d [32]byte
	d[31], d[0] = n, 0x42
	k, err := crypto.ToECDSA(d[:])
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// tLogWriter sends log lines to t.Log.
type tLogWriter struct{ t testing.TB }

func (w tLogWriter) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

func testLogger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(tLogWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// staticPermits grants permits on testSubnet to a fixed set; err, if set,
// is returned instead.
type staticPermits struct {
	mu      sync.Mutex
	holders map[common.Address]bool
	err     error
}

func (p *staticPermits) HasPermit(_ context.Context, subnet uint16, v common.Address) (bool, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.err != nil {
		return false, p.err
	}
	return subnet == testSubnet && p.holders[v], nil
}

// fakeModel is a deterministic Generator: token i of an answer is
// (salt + Σ prompt bytes + 7i) mod 256, and its top-k list is that token
// and the next ones with log-probabilities −0.1, −2.1, −4.1, …. gate, if
// set, is waited on before each answer; calls counts them.
type fakeModel struct {
	salt  int
	hash  string
	gate  chan struct{}
	mu    sync.Mutex
	calls int
}

func newFakeModel(salt int) *fakeModel {
	return &fakeModel{salt: salt, hash: fmt.Sprintf("%064x", salt+1)}
}

func (m *fakeModel) Hash() string { return m.hash }

func (m *fakeModel) Infer(ctx context.Context, prompt string, n, k int) (Inference, error) {
	m.mu.Lock()
	m.calls++
	m.mu.Unlock()
	if m.gate != nil {
		select {
		case <-m.gate:
		case <-ctx.Done():
			return Inference{}, ctx.Err()
		}
	}
	base := m.salt
	for i := 0; i < len(prompt); i++ {
		base += int(prompt[i])
	}
	inf := Inference{Tokens: make([]int, n), TopK: make([][]TokenLogProb, n)}
	for i := range n {
		tok := (base + 7*i) % 256
		inf.Tokens[i] = tok
		for j := range k {
			inf.TopK[i] = append(inf.TopK[i], TokenLogProb{Token: (tok + j) % 256, LogProb: -0.1 - 2*float64(j)})
		}
	}
	return inf, nil
}

// fakeTrainer reports a progress per step and returns weights that name
// its request; each step waits for gate if set.
type fakeTrainer struct {
	gate chan struct{}
}

func (f *fakeTrainer) FineTune(ctx context.Context, req FineTuneRequest, progress func(Progress)) ([]byte, error) {
	for step := 1; step <= req.Steps; step++ {
		if f.gate != nil {
			select {
			case <-f.gate:
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		}
		progress(Progress{Step: step, Steps: req.Steps, Loss: 3 - float64(step)/float64(req.Steps)})
	}
	if req.Seed == 666 {
		return nil, errors.New("diverged")
	}
	return fmt.Appendf(nil, "weights of %s after %d steps, seed %d", req.BaseHash, req.Steps, req.Seed), nil
}

// fixture is a running axon with its keys.
type fixture struct {
	srv       *Server
	addr      string
	minerKey  *ecdsa.PrivateKey
	validator *ecdsa.PrivateKey // holds a permit on testSubnet
	outsider  *ecdsa.PrivateKey // holds none
	permits   *staticPermits
}

// testConfig returns a valid config serving m, with a permit for key 2.
func testConfig(t testing.TB, m Generator) (Config, *staticPermits) {
	cfg := DefaultConfig()
	cfg.Key = testKey(t, 1)
	cfg.ChainID = testChainID
	cfg.Subnets = []uint16{testSubnet}
	cfg.Model = m
	permits := &staticPermits{holders: map[common.Address]bool{addr(testKey(t, 2)): true, addr(testKey(t, 4)): true}}
	cfg.Permits = permits
	cfg.DataDir = t.TempDir()
	cfg.Logger = testLogger(t)
	cfg.MaxTokens = 64
	cfg.MaxPromptBytes = 256
	cfg.MaxChallengeN = 1024
	return cfg, permits
}

// launch runs an axon with cfg on loopback; stop ends it and returns what
// Run returned.
func launch(t testing.TB, cfg Config) (s *Server, stop func() error) {
	t.Helper()
	s, err := NewServer(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Listen(context.Background()); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	return s, sync.OnceValue(func() error {
		cancel()
		select {
		case err := <-done:
			return err
		case <-time.After(10 * time.Second):
			return errors.New("server did not stop within 10s")
		}
	})
}

// start runs an axon with cfg on loopback until the test ends.
func start(t testing.TB, cfg Config) *fixture {
	t.Helper()
	s, stop := launch(t, cfg)
	t.Cleanup(func() {
		if err := stop(); err != nil {
			t.Errorf("Run: %v", err)
		}
	})
	permits, _ := cfg.Permits.(*staticPermits)
	return &fixture{srv: s, addr: s.Addr(), minerKey: cfg.Key, validator: testKey(t, 2), outsider: testKey(t, 3), permits: permits}
}

// client returns a client signing with key for testSubnet.
func (f *fixture) client(key *ecdsa.PrivateKey) *Client {
	return NewClient(f.addr, ClientConfig{Key: key, ChainID: testChainID, Subnet: testSubnet, Miner: addr(f.minerKey)})
}
