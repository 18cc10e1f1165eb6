package model

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"math"
	"math/rand/v2"
	"sync"
)

// ErrMaxTokens is returned (wrapped) by Generate, Infer and InferBatch when
// maxTokens is outside [1, MaxGenerate].
var ErrMaxTokens = errors.New("model: max tokens out of range")

// LM is a small causal byte-level language model evaluated with gorgonia on
// the CPU in float64:
//
//	x       = the last Context tokens; positions before the start of the
//	          text embed to zero
//	e       = Emb[x]                      (Context × Embed)
//	h       = tanh(flatten(e) · W1 + b1)  (1 × Hidden)
//	logits  = h · W2 + b2                 (1 × Vocab)
//
// Decoding is greedy. An LM is safe for concurrent use: one mutex serialises
// the calls into its gorgonia graphs and tape machines, one per batch size
// (a power of two up to MaxBatch), each built on first use and reused. Its
// weights never change after construction; Train and FineTune return new
// models.
//
// Determinism: a model's outputs are a pure function of its weight file and
// the input. They are bit-identical between runs, processes, GOMAXPROCS
// settings, batch sizes and Save/Load round trips on one GOARCH (the float64
// operations are evaluated in a fixed order, see forward). Across
// architectures whose compilers fuse multiply-adds (arm64, ppc64, s390x)
// logits can differ in the last bits, which changes a token only at a
// near-exact tie.
type LM struct {
	cfg    Config
	raw    []byte    // the canonical weight file
	hash   string    // hex sha256 of raw
	w      weights   // views into the decoded weights, read-only
	embPad []float64 // w.emb with a zero row appended for padToken

	mu      sync.Mutex      // guards runners and their use
	runners map[int]*runner // inference graphs by batch size
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

// fromBytes decodes a weight file and builds the batch-1 inference graph;
// the graphs of larger batches are built on first use.
func fromBytes(raw []byte) (*LM, error) {
	cfg, params, err := decode(raw)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(raw)
	m := &LM{cfg: cfg, raw: raw, hash: hex.EncodeToString(sum[:]), w: split(cfg, params)}
	m.embPad = make([]float64, (Vocab+1)*cfg.Embed)
	copy(m.embPad, m.w.emb)
	// Build the batch-1 graph now, so that a model that cannot be
	// evaluated is an error here rather than at its first query.
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, err := m.runnerFor(1); err != nil {
		return nil, err
	}
	return m, nil
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
// yields an error wrapping ErrMaxTokens. It is Infer without the
// log-probabilities.
func (m *LM) Generate(prompt string, maxTokens int) (tokens []int, text string, err error) {
	steps, err := m.Infer([]byte(prompt), maxTokens, 0)
	if err != nil {
		return nil, "", err
	}
	tokens = make([]int, len(steps))
	out := make([]byte, len(steps))
	for i, s := range steps {
		tokens[i], out[i] = int(s.Token), s.Token
	}
	return tokens, string(out), nil
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
