package miner

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"fmt"

	"github.com/agora-net/agora/model"
)

// TokenLogProb is one entry of a top-k list: a token and its natural-log
// probability under the model. JSON: {"token": 101, "logprob": -0.25}.
type TokenLogProb struct {
	Token   int     `json:"token"`
	LogProb float64 `json:"logprob"`
}

// Inference is a generator's answer: the generated tokens and, per
// position, the model's most likely tokens with their log-probabilities
// (len(TopK) = len(Tokens)).
type Inference struct {
	Tokens []int
	TopK   [][]TokenLogProb
}

// Generator is the model a miner serves. Infer continues prompt by
// maxTokens tokens with greedy decoding and returns them with the top-k
// log-probabilities at each position; it must be deterministic and safe for
// concurrent use, and should stop early with ctx's error once ctx ends.
// Hash is the model's identity, the sha256 of its weight file in hex.
type Generator interface {
	Infer(ctx context.Context, prompt string, maxTokens, k int) (Inference, error)
	Hash() string
}

// FineTuneRequest is what a fine-tune job trains: Steps optimizer steps
// from the base model BaseHash on the subnet's training data, seeded with
// Seed.
type FineTuneRequest struct {
	BaseHash string
	Steps    int
	Seed     uint64
}

// Progress is a fine-tune job's state after Step of Steps steps, with the
// training loss of the last step.
type Progress struct {
	Step, Steps int
	Loss        float64
}

// Trainer fine-tunes the base model. FineTune runs req, calls progress
// after steps as it sees fit (at least at the end), and returns the new
// weight file; it stops with ctx's error once ctx ends. Calls do not
// overlap: a server runs one job at a time.
type Trainer interface {
	FineTune(ctx context.Context, req FineTuneRequest, progress func(Progress)) ([]byte, error)
}

// LMGenerator serves a model.LM: greedy decoding with the model's real
// top-k log-probabilities (model.LM.Infer). The model evaluates one call at
// a time, so concurrent requests queue on it; cancellation is checked
// before generating.
type LMGenerator struct {
	lm *model.LM
}

var _ Generator = (*LMGenerator)(nil)

// NewLMGenerator returns a Generator serving lm.
func NewLMGenerator(lm *model.LM) *LMGenerator { return &LMGenerator{lm: lm} }

// Hash returns the model's hash.
func (g *LMGenerator) Hash() string { return g.lm.Hash() }

// Model returns the served model.
func (g *LMGenerator) Model() *model.LM { return g.lm }

// Infer generates maxTokens tokens greedily, each with the model's k most
// likely tokens and their log-probabilities (k is clamped to
// model.MaxTopK).
func (g *LMGenerator) Infer(ctx context.Context, prompt string, maxTokens, k int) (Inference, error) {
	if err := ctx.Err(); err != nil {
		return Inference{}, err
	}
	steps, err := g.lm.Infer([]byte(prompt), maxTokens, min(max(k, 0), model.MaxTopK))
	if err != nil {
		return Inference{}, err
	}
	return InferenceOf(steps), nil
}

// InferenceOf converts the model's steps into an Inference.
func InferenceOf(steps []model.Step) Inference {
	inf := Inference{Tokens: make([]int, len(steps)), TopK: make([][]TokenLogProb, len(steps))}
	for i, s := range steps {
		inf.Tokens[i] = int(s.Token)
		top := make([]TokenLogProb, len(s.TopK))
		for j, e := range s.TopK {
			top[j] = TokenLogProb{Token: int(e.Token), LogProb: e.LogProb}
		}
		inf.TopK[i] = top
	}
	return inf
}

// Substitute returns the model a wrong-model miner serves instead of g's:
// a model of the same configuration seeded with the first 8 bytes of g's
// hash read as a big-endian integer, or the next seed should that
// reproduce g's model.
func (g *LMGenerator) Substitute() (*LMGenerator, error) {
	m := g.lm
	sum, err := hex.DecodeString(m.Hash())
	if err != nil || len(sum) < 8 {
		return nil, fmt.Errorf("miner: substitute model: bad model hash %q", m.Hash())
	}
	for seed := binary.BigEndian.Uint64(sum); ; seed++ {
		sub, err := model.NewSeeded(seed, m.Config())
		if err != nil {
			return nil, fmt.Errorf("miner: substitute model: %w", err)
		}
		if sub.Hash() != m.Hash() {
			return NewLMGenerator(sub), nil
		}
	}
}
