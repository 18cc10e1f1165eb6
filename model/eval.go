package model

import (
	"context"
	"fmt"
	"math"
)

// evalChunk is how many positions Eval scores between checks of its
// context.
const evalChunk = 16 * MaxBatch

// Evaluation is a model's loss on a text.
type Evaluation struct {
	// Bytes is the number of predicted bytes: the length of the text.
	Bytes int `json:"bytes"`
	// Loss is the mean cross-entropy of each byte given the bytes before
	// it, in nats per byte: −(1/n) Σ_p ln P(text[p] | text[:p]).
	Loss float64 `json:"loss"`
	// BitsPerByte is Loss in bits: Loss / ln 2.
	BitsPerByte float64 `json:"bits_per_byte"`
	// Perplexity is exp(Loss).
	Perplexity float64 `json:"perplexity"`
}

// Eval returns m's loss on data: every byte is predicted from the bytes
// before it (the first from an empty context), and the negative
// log-likelihoods are summed in order, so the result is reproducible bit
// for bit. Validators use it on the held-out set (corpus.HeldOut) to score
// fine-tuned models. Empty data yields ErrNoData; it stops with ctx's error
// when ctx ends.
func Eval(ctx context.Context, m *LM, data []byte) (Evaluation, error) {
	if len(data) == 0 {
		return Evaluation{}, ErrNoData
	}
	var sum float64
	positions := make([]int, 0, evalChunk)
	for start := 0; start < len(data); start += evalChunk {
		if err := ctx.Err(); err != nil {
			return Evaluation{}, fmt.Errorf("model: eval stopped after %d of %d bytes: %w", start, len(data), err)
		}
		positions = positions[:0]
		for p := start; p < min(start+evalChunk, len(data)); p++ {
			positions = append(positions, p)
		}
		s, err := m.sumNLL(data, positions)
		if err != nil {
			return Evaluation{}, err
		}
		sum += s
	}
	loss := sum / float64(len(data))
	return Evaluation{Bytes: len(data), Loss: loss, BitsPerByte: loss / math.Ln2, Perplexity: math.Exp(loss)}, nil
}

// sumNLL returns Σ −ln P(text[p] | text[:p]) over positions (each in [0,
// len(text))), summed in order.
func (m *LM) sumNLL(text []byte, positions []int) (float64, error) {
	var sum float64
	lp := make([]float64, Vocab)
	m.mu.Lock()
	defer m.mu.Unlock()
	err := m.windows(text, positions, func(i int, logits []float64) error {
		logSoftmax(lp, logits)
		sum -= lp[text[positions[i]]]
		return nil
	})
	return sum, err
}
