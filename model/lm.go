package model

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"sync"

	"gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// ErrMaxTokens is returned (wrapped) by Generate when maxTokens is outside
// [1, MaxGenerate].
var ErrMaxTokens = errors.New("model: max tokens out of range")

// LM is a small causal byte-level language model evaluated with gorgonia on
// the CPU in float64:
//
//	x       = the last Context tokens, one-hot (Context × Vocab); positions
//	          before the start of the text are all-zero rows
//	e       = x · Emb                     (Context × Embed)
//	h       = tanh(flatten(e) · W1 + b1)  (1 × Hidden)
//	logits  = h · W2 + b2                 (1 × Vocab)
//
// Decoding is greedy. An LM is safe for concurrent use: one mutex serialises
// the calls into its gorgonia graph and tape machine, which are built once
// and reused. Its weights never change after construction.
//
// Determinism: a model's tokens are a pure function of its weight file and
// the prompt. They are bit-identical between runs, processes, GOMAXPROCS
// settings and Save/Load round trips on one GOARCH (the float64 operations
// are evaluated in a fixed order). Across architectures whose compilers
// fuse multiply-adds (arm64, ppc64, s390x) logits can differ in the last
// bits, which changes a token only at a near-exact tie.
type LM struct {
	cfg  Config
	raw  []byte // the canonical weight file
	hash string // hex sha256 of raw

	mu     sync.Mutex     // guards the fields below
	x      []float64      // backing of the input node's tensor
	vm     gorgonia.VM    // evaluates the graph
	logits *gorgonia.Node // output node
}

// Weight initialisation constants of NewSeeded.
const (
	// pcgStream is the second PCG seed word ("AGLM" as an integer), so the
	// caller's seed selects the state and the stream is fixed.
	pcgStream = 0x41474c4d
	// printableBias is added to the output bias of the printable ASCII
	// bytes 0x20..0x7e so that an untrained model writes readable text.
	printableBias = 3.0
	// tanhGain scales W1 so that the hidden units use tanh's non-linear range.
	tanhGain = 5.0 / 3.0
)

// NewSeeded returns a model with configuration cfg whose weights are drawn
// from PCG-DXSM seeded with (seed, 0x41474c4d): each weight is
// (2u − 1)·s with u = (next uint64 >> 11)·2^−53, drawn in file order, with
// s = √3 for the embedding, √(3/(Context·Embed))·5/3 for W1, 1 for b1,
// √(3/Hidden)·2 for W2; b2 is 0 except +3 on the printable ASCII bytes.
// The same seed and cfg always give the same weight file, on every platform
// and Go version (only math/rand/v2's PCG is used, not its derived
// distributions).
func NewSeeded(seed uint64, cfg Config) (*LM, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	pcg := rand.NewPCG(seed, pcgStream)
	uniform := func(dst []float64, scale float64) {
		for i := range dst {
			u := float64(pcg.Uint64()>>11) * 0x1p-53
			dst[i] = (2*u - 1) * scale
		}
	}
	params := make([]float64, cfg.NumParams())
	w := split(cfg, params)
	uniform(w.emb, math.Sqrt(3))
	uniform(w.w1, math.Sqrt(3/float64(cfg.Context*cfg.Embed))*tanhGain)
	uniform(w.b1, 1)
	uniform(w.w2, math.Sqrt(3/float64(cfg.Hidden))*2)
	for t := 0x20; t <= 0x7e; t++ {
		w.b2[t] = printableBias
	}
	return fromBytes(encode(cfg, params))
}

// weights are the model's parameter tensors as views into one slice in file
// order.
type weights struct {
	emb, w1, b1, w2, b2 []float64
}

// split cuts params (len cfg.NumParams()) into the weight tensors.
func split(cfg Config, params []float64) weights {
	var w weights
	next := func(n int) []float64 {
		s := params[:n:n]
		params = params[n:]
		return s
	}
	w.emb = next(Vocab * cfg.Embed)
	w.w1 = next(cfg.Context * cfg.Embed * cfg.Hidden)
	w.b1 = next(cfg.Hidden)
	w.w2 = next(cfg.Hidden * Vocab)
	w.b2 = next(Vocab)
	return w
}

// fromBytes decodes a weight file and builds the model's graph.
func fromBytes(raw []byte) (*LM, error) {
	cfg, params, err := decode(raw)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(raw)
	m := &LM{cfg: cfg, raw: raw, hash: hex.EncodeToString(sum[:])}
	if err := m.build(split(cfg, params)); err != nil {
		return nil, err
	}
	return m, nil
}

// build constructs the gorgonia graph and its tape machine.
func (m *LM) build(w weights) (err error) {
	// NewTapeMachine panics if the graph does not compile; with the shapes
	// fixed below that is a broken invariant, reported as an error.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("model: build graph: %v", r)
		}
	}()
	c := m.cfg
	g := gorgonia.NewGraph()
	matrix := func(name string, rows, cols int, backing []float64) *gorgonia.Node {
		t := tensor.New(tensor.WithShape(rows, cols), tensor.WithBacking(backing))
		return gorgonia.NewMatrix(g, tensor.Float64, gorgonia.WithShape(rows, cols),
			gorgonia.WithName(name), gorgonia.WithValue(t))
	}
	m.x = make([]float64, c.Context*Vocab)
	x := matrix("x", c.Context, Vocab, m.x)
	emb := matrix("emb", Vocab, c.Embed, w.emb)
	w1 := matrix("w1", c.Context*c.Embed, c.Hidden, w.w1)
	b1 := matrix("b1", 1, c.Hidden, w.b1)
	w2 := matrix("w2", c.Hidden, Vocab, w.w2)
	b2 := matrix("b2", 1, Vocab, w.b2)

	var e, flat, pre, h, z, logits *gorgonia.Node
	steps := []func() error{
		func() (err error) { e, err = gorgonia.Mul(x, emb); return },
		func() (err error) { flat, err = gorgonia.Reshape(e, tensor.Shape{1, c.Context * c.Embed}); return },
		func() (err error) { pre, err = gorgonia.Mul(flat, w1); return },
		func() (err error) { pre, err = gorgonia.Add(pre, b1); return },
		func() (err error) { h, err = gorgonia.Tanh(pre); return },
		func() (err error) { z, err = gorgonia.Mul(h, w2); return },
		func() (err error) { logits, err = gorgonia.Add(z, b2); return },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return fmt.Errorf("model: build graph: %w", err)
		}
	}
	m.logits = logits
	m.vm = gorgonia.NewTapeMachine(g)
	return nil
}

// Config returns the model's configuration.
func (m *LM) Config() Config { return m.cfg }

// Hash returns the model's identity: the hex-encoded SHA-256 of its weight
// file (the bytes Save writes).
func (m *LM) Hash() string { return m.hash }

// Size returns the length in bytes of the model's weight file.
func (m *LM) Size() int { return len(m.raw) }

// Generate continues prompt (its bytes are the tokens) by exactly maxTokens
// tokens, greedily: each step appends the token with the largest logit,
// ties going to the lowest token id. It returns the generated tokens (not
// the prompt's) and the same bytes as a string, which need not be valid
// UTF-8. An empty prompt is allowed. maxTokens outside [1, MaxGenerate]
// yields an error wrapping ErrMaxTokens.
func (m *LM) Generate(prompt string, maxTokens int) (tokens []int, text string, err error) {
	if maxTokens < 1 || maxTokens > MaxGenerate {
		return nil, "", fmt.Errorf("%w: %d not in [1, %d]", ErrMaxTokens, maxTokens, MaxGenerate)
	}
	ctx := m.cfg.Context
	// window holds the last ctx tokens, −1 marking positions before the text.
	window := make([]int, ctx)
	for i := range window {
		window[i] = -1
	}
	p := prompt
	if len(p) > ctx {
		p = p[len(p)-ctx:]
	}
	for i := 0; i < len(p); i++ {
		window[ctx-len(p)+i] = int(p[i])
	}

	tokens = make([]int, 0, maxTokens)
	out := make([]byte, 0, maxTokens)
	m.mu.Lock()
	defer m.mu.Unlock()
	for range maxTokens {
		t, err := m.next(window)
		if err != nil {
			return nil, "", err
		}
		tokens = append(tokens, t)
		out = append(out, byte(t))
		copy(window, window[1:])
		window[ctx-1] = t
	}
	return tokens, string(out), nil
}

// next runs the graph on a context window and returns the greedy token.
// The caller holds m.mu.
func (m *LM) next(window []int) (int, error) {
	clear(m.x)
	for i, t := range window {
		if t >= 0 {
			m.x[i*Vocab+t] = 1
		}
	}
	defer m.vm.Reset()
	if err := m.vm.RunAll(); err != nil {
		return 0, fmt.Errorf("model: evaluate: %w", err)
	}
	logits, ok := m.logits.Value().Data().([]float64)
	if !ok || len(logits) != Vocab {
		return 0, fmt.Errorf("model: evaluate: unexpected logits %v", m.logits.Value().Shape())
	}
	return argmax(logits), nil
}

// argmax returns the index of the largest value, the lowest index on ties.
// NaN never wins.
func argmax(v []float64) int {
	best := 0
	for i := 1; i < len(v); i++ {
		if v[i] > v[best] || (v[best] != v[best] && v[i] == v[i]) {
			best = i
		}
	}
	return best
}
