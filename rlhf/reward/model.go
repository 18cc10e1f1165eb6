package reward

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math"

	"github.com/agora-net/agora/rlhf"
)

// Config is the shape of a reward model.
type Config struct {
	// Buckets is the number of hashed feature buckets.
	Buckets int
	// Embed is the width of the embedding bag.
	Embed int
	// Hidden is the width of the MLP's hidden layer.
	Hidden int
}

// DefaultConfig is a 4096-bucket model with a 16-wide embedding and a
// 16-wide hidden layer: 66k weights, a 528 KiB weight file.
func DefaultConfig() Config { return Config{Buckets: 4096, Embed: 16, Hidden: 16} }

// The limits Validate enforces.
const (
	MaxBuckets = 1 << 20
	MaxWidth   = 1024
)

// ErrInvalidConfig is wrapped by every Validate error.
var ErrInvalidConfig = errors.New("reward: invalid config")

// Validate reports a dimension below 1 or above its limit.
func (c Config) Validate() error {
	if c.Buckets < 1 || c.Buckets > MaxBuckets {
		return fmt.Errorf("%w: %d buckets; want 1 to %d", ErrInvalidConfig, c.Buckets, MaxBuckets)
	}
	if c.Embed < 1 || c.Embed > MaxWidth || c.Hidden < 1 || c.Hidden > MaxWidth {
		return fmt.Errorf("%w: embed %d, hidden %d; want 1 to %d each", ErrInvalidConfig, c.Embed, c.Hidden, MaxWidth)
	}
	return nil
}

// inputs is the number of input features: buckets and scalars.
func (c Config) inputs() int { return c.Buckets + NumScalars }

// NumParams is the number of weights: the embedding E (inputs × Embed), W
// (Embed × Hidden), b (Hidden), v (Hidden) and c (1).
func (c Config) NumParams() int {
	return c.inputs()*c.Embed + c.Embed*c.Hidden + 2*c.Hidden + 1
}

// Model is a trained reward model. It is immutable and safe for
// concurrent use.
type Model struct {
	cfg    Config
	params []float64 // in file order: E, W, b, v, c
	e, w   []float64 // views into params
	b, v   []float64
	c      float64
	raw    []byte // the canonical weight file
	hash   string
}

// newModel wraps weights in file order (len cfg.NumParams()).
func newModel(cfg Config, params []float64) *Model {
	m := &Model{cfg: cfg, params: params}
	rest := params
	take := func(n int) []float64 {
		s := rest[:n:n]
		rest = rest[n:]
		return s
	}
	m.e = take(cfg.inputs() * cfg.Embed)
	m.w = take(cfg.Embed * cfg.Hidden)
	m.b = take(cfg.Hidden)
	m.v = take(cfg.Hidden)
	m.c = take(1)[0]
	m.raw = encode(cfg, params)
	sum := sha256.Sum256(m.raw)
	m.hash = hex.EncodeToString(sum[:])
	return m
}

// Config returns the model's shape.
func (m *Model) Config() Config { return m.cfg }

// Hash returns the hex SHA-256 of the model's weight file: its identity
// when it is published.
func (m *Model) Hash() string { return m.hash }

// Score returns the reward of response as an answer to prompt:
//
//	e = Σ_i x_i·E[i]            (x = Features(prompt, response), by index)
//	h = tanh(e·W + b)
//	r = c + Σ_j h_j·v_j
//
// Each product is rounded before it is added (no fused multiply-add), so
// the result is the same on every platform.
func (m *Model) Score(prompt, response string) float64 {
	return m.score(Features(prompt, response, m.cfg.Buckets))
}

func (m *Model) score(fs []Feature) float64 {
	D, H := m.cfg.Embed, m.cfg.Hidden
	e := make([]float64, D)
	for _, f := range fs {
		row := m.e[int(f.Index)*D : int(f.Index+1)*D]
		for d, x := range row {
			e[d] += float64(f.Value * x)
		}
	}
	r := m.c
	for j := range H {
		s := m.b[j]
		for d := range D {
			s += float64(e[d] * m.w[d*H+j])
		}
		r += float64(math.Tanh(s) * m.v[j])
	}
	return r
}

// Compare answers a comparison as an AI labeler: LeftWins when response a
// scores higher than b, RightWins when lower, Tie when the scores are
// equal.
func (m *Model) Compare(prompt, a, b string) rlhf.Outcome {
	ra, rb := m.Score(prompt, a), m.Score(prompt, b)
	switch {
	case ra > rb:
		return rlhf.LeftWins
	case ra < rb:
		return rlhf.RightWins
	}
	return rlhf.Tie
}

// Accuracy returns the share of prefs whose chosen response scores strictly
// higher than the rejected one; 0 for no preferences.
func (m *Model) Accuracy(prefs []rlhf.Preference) float64 {
	if len(prefs) == 0 {
		return 0
	}
	right := 0
	for _, p := range prefs {
		if m.Score(p.Prompt, p.Chosen) > m.Score(p.Prompt, p.Rejected) {
			right++
		}
	}
	return float64(right) / float64(len(prefs))
}
