package model

import (
	"errors"
	"fmt"
	"math"
)

// Errors of the inference calls, returned wrapped with the offending value.
var (
	// ErrTopK: k is outside [0, MaxTopK].
	ErrTopK = errors.New("model: top-k out of range")
	// ErrBatch: InferBatch got no prompts or more than MaxBatch.
	ErrBatch = errors.New("model: batch size out of range")
	// ErrPosition: a LogProbs position is outside [0, len(text)], or there
	// are more than MaxPositions of them.
	ErrPosition = errors.New("model: position out of range")
)

// TokenLogProb is a token and its log-probability (natural log) under the
// model at one position.
type TokenLogProb struct {
	Token   byte    `json:"token"`
	LogProb float64 `json:"logprob"`
}

// Step is the model's prediction at one position: the greedy token and the
// top-k of its distribution.
type Step struct {
	// Token is the greedy choice: the token with the largest logit, the
	// lowest token on ties. Infer appends it to the text.
	Token byte `json:"token"`
	// LogProb is Token's log-probability.
	LogProb float64 `json:"logprob"`
	// TopK holds the k most likely tokens, most likely first (by logit,
	// ties to the lower token), so TopK[0].Token == Token when k ≥ 1. Nil
	// when k is 0.
	TopK []TokenLogProb `json:"top_k,omitempty"`
}

// Infer continues prompt (its bytes are the tokens) greedily by exactly
// maxTokens tokens and returns one Step per generated token, each with the
// top k log-probabilities of its position. Only the last Context bytes of
// the prompt matter; an empty prompt is allowed.
//
// The result is a pure function of the weight file, prompt, maxTokens and
// k: bit-identical across runs, Save/Load round trips, GOMAXPROCS settings
// and InferBatch batch sizes on one GOARCH. maxTokens outside [1,
// MaxGenerate] yields an error wrapping ErrMaxTokens, k outside [0,
// MaxTopK] one wrapping ErrTopK.
func (m *LM) Infer(prompt []byte, maxTokens, k int) ([]Step, error) {
	out, err := m.InferBatch([][]byte{prompt}, maxTokens, k)
	if err != nil {
		return nil, err
	}
	return out[0], nil
}

// InferBatch is Infer for several prompts decoded together: each step
// evaluates the model once on all of them. out[i] is exactly what
// Infer(prompts[i], maxTokens, k) returns. len(prompts) outside [1,
// MaxBatch] yields an error wrapping ErrBatch.
func (m *LM) InferBatch(prompts [][]byte, maxTokens, k int) ([][]Step, error) {
	if err := checkInfer(maxTokens, k); err != nil {
		return nil, err
	}
	if len(prompts) < 1 || len(prompts) > MaxBatch {
		return nil, fmt.Errorf("%w: %d prompts not in [1, %d]", ErrBatch, len(prompts), MaxBatch)
	}
	// texts[i] is prompts[i]'s last Context bytes followed by the tokens
	// generated so far; the next window always ends at its end.
	texts := make([][]byte, len(prompts))
	for i, p := range prompts {
		p = p[max(0, len(p)-m.cfg.Context):]
		texts[i] = append(make([]byte, 0, len(p)+maxTokens), p...)
	}
	out := make([][]Step, len(prompts))
	for i := range out {
		out[i] = make([]Step, 0, maxTokens)
	}
	ctx := m.cfg.Context
	lp := make([]float64, Vocab)
	m.mu.Lock()
	defer m.mu.Unlock()
	r, err := m.runnerFor(len(prompts))
	if err != nil {
		return nil, err
	}
	for range maxTokens {
		for i, t := range texts {
			fillWindow(r.idx[i*ctx:(i+1)*ctx], t, len(t))
		}
		logits, err := r.run()
		if err != nil {
			return nil, err
		}
		for i := range texts {
			s := step(logits[i*Vocab:(i+1)*Vocab], lp, k)
			out[i] = append(out[i], s)
			texts[i] = append(texts[i], s.Token)
		}
	}
	return out, nil
}

// LogProbs returns the model's Step after text[:p] for each p in
// positions, in order: the distribution of the token at text[p] (p ==
// len(text) asks for the token after the text). Positions may repeat and
// come in any order. A validator checks a generation by calling it with
// text = prompt‖tokens and a sample of positions len(prompt)+i: for an
// honest answer, the Step at each is bit-identical to Infer's i-th Step,
// and the windows of all positions are evaluated in batches, so checking a
// few positions costs a fraction of generating them all. A position
// outside [0, len(text)], or more than MaxPositions of them, yields an
// error wrapping ErrPosition; k outside [0, MaxTopK] one wrapping ErrTopK.
func (m *LM) LogProbs(text []byte, positions []int, k int) ([]Step, error) {
	if k < 0 || k > MaxTopK {
		return nil, fmt.Errorf("%w: %d not in [0, %d]", ErrTopK, k, MaxTopK)
	}
	if len(positions) > MaxPositions {
		return nil, fmt.Errorf("%w: %d positions, at most %d", ErrPosition, len(positions), MaxPositions)
	}
	for _, p := range positions {
		if p < 0 || p > len(text) {
			return nil, fmt.Errorf("%w: %d not in [0, %d]", ErrPosition, p, len(text))
		}
	}
	out := make([]Step, len(positions))
	lp := make([]float64, Vocab)
	m.mu.Lock()
	defer m.mu.Unlock()
	err := m.windows(text, positions, func(i int, logits []float64) error {
		out[i] = step(logits, lp, k)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// checkInfer validates the common arguments of Infer and InferBatch.
func checkInfer(maxTokens, k int) error {
	if maxTokens < 1 || maxTokens > MaxGenerate {
		return fmt.Errorf("%w: %d not in [1, %d]", ErrMaxTokens, maxTokens, MaxGenerate)
	}
	if k < 0 || k > MaxTopK {
		return fmt.Errorf("%w: %d not in [0, %d]", ErrTopK, k, MaxTopK)
	}
	return nil
}

// step turns one row of logits into a Step with the top k, using lp
// (len Vocab) as scratch space for the log-probabilities.
func step(logits, lp []float64, k int) Step {
	logSoftmax(lp, logits)
	best := argmax(logits)
	s := Step{Token: byte(best), LogProb: lp[best]}
	if k > 0 {
		s.TopK = make([]TokenLogProb, 0, k)
		for _, t := range topK(logits, k) {
			s.TopK = append(s.TopK, TokenLogProb{Token: byte(t), LogProb: lp[t]})
		}
	}
	return s
}

// logSoftmax sets dst[i] = z[i] − (m + ln Σ_j exp(z[j] − m)) with m =
// max z, summing in index order, so the result is reproducible bit for
// bit.
func logSoftmax(dst, z []float64) {
	m := z[argmax(z)]
	var sum float64
	for _, v := range z {
		sum += math.Exp(v - m)
	}
	lse := m + math.Log(sum)
	for i, v := range z {
		dst[i] = v - lse
	}
}

// topK returns the indices of the k largest values of v, largest first,
// the lower index first among equal values; NaN ranks last. It is argmax
// for k = 1.
func topK(v []float64, k int) []int {
	k = min(k, len(v))
	top := make([]int, 0, k+1)
	for i := range v {
		// Insert i after every kept index that ranks before it; a later
		// index never ranks before an equal earlier one.
		j := len(top)
		for j > 0 && ranksBefore(v[i], v[top[j-1]]) {
			j--
		}
		if j == k {
			continue
		}
		top = append(top, 0)
		copy(top[j+1:], top[j:])
		top[j] = i
		if len(top) > k {
			top = top[:k]
		}
	}
	return top
}

// ranksBefore reports whether a value a at a later index ranks before b
// at an earlier one: a is larger, or b is NaN and a is not.
func ranksBefore(a, b float64) bool {
	return a > b || (b != b && a == a)
}
