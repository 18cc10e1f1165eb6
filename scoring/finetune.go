package scoring

import (
	"math"
	"slices"
)

// Upload is one miner's fine-tuned weights as a validator evaluated them.
type Upload struct {
	// UID is the miner's uid (informative; scores follow the input order).
	UID uint16
	// Hash is the sha256 of the weight file, in any fixed spelling (the
	// comparison is bytewise).
	Hash string
	// Block is when the upload was first known: the block of its
	// commitment sha256(weights hash ‖ hotkey), or the block the validator
	// first saw it. Earlier uploads win ties and keep the ε advantage.
	Block uint64
	// Loss is the mean held-out loss of the weights, in nats per token.
	Loss I32F32
	// Degenerate marks weights whose sample output is repetitive
	// (Degenerate); their loss counts as FineTuneParams.WorstLoss.
	Degenerate bool
}

// FineTuneParams are the per-subnet parameters of fine-tune scoring (the
// ledger's Scoring fields of a fine-tune subnet).
type FineTuneParams struct {
	// EpsilonPermille is ε, the relative loss improvement in thousandths
	// that a later upload must show over an earlier one to beat it, while
	// the earlier one's advantage has not decayed; default 5.
	EpsilonPermille uint16
	// EpsilonDecayBlocks is the number of blocks over which an upload's ε
	// decays linearly to zero; 0: it never decays.
	EpsilonDecayBlocks uint32
	// WorstLoss is the loss of a degenerate upload; default ln 256 ≈ 5.545
	// nats, the loss of a uniform guess over the byte vocabulary, which no
	// useful model is above.
	WorstLoss I32F32
}

// LossFromFloat converts a loss in nats to I32F32, rounding to nearest; NaN
// and values above 2^31 (+Inf included) become MaxI32F32, the worst loss,
// and negative values 0.
func LossFromFloat(loss float64) I32F32 {
	switch {
	case math.IsNaN(loss) || loss >= 1<<31:
		return MaxI32F32
	case loss <= 0:
		return 0
	}
	return I32F32(math.Round(loss * float64(One)))
}

// DefaultFineTuneParams returns the defaults named on FineTuneParams.
func DefaultFineTuneParams() FineTuneParams {
	return FineTuneParams{EpsilonPermille: 5, WorstLoss: LossFromFloat(math.Log(256))}
}

// Epsilon returns the advantage an upload made at block made still holds
// at block now, as a proportion:
//
//	ε(now) = ε                                if EpsilonDecayBlocks = 0
//	ε(now) = ε · max(0, D − (now − made)) / D  otherwise, D = EpsilonDecayBlocks
//
// with ε = EpsilonPermille/1000 and now < made read as now = made.
func (p FineTuneParams) Epsilon(made, now uint64) I32F32 {
	eps := FromInt(int64(p.EpsilonPermille)).SafeDiv(FromInt(1000))
	if p.EpsilonDecayBlocks == 0 {
		return eps
	}
	d := uint64(p.EpsilonDecayBlocks)
	age := uint64(0)
	if now > made {
		age = now - made
	}
	if age >= d {
		return 0
	}
	left := FromInt(int64(d - age)).SafeDiv(FromInt(int64(d)))
	return mulUnit(eps, left)
}

// ScoreFineTune scores uploads evaluated on the same held-out data, where
// baseLoss is the base model's loss there; now is the current block. The
// result has one score in [0, 1] per upload, in input order:
//
//  1. Uploads are ordered by (Block, input index), earliest first.
//  2. An upload whose Hash equals an earlier one's is a copy: 0.
//  3. A degenerate upload's loss is WorstLoss.
//  4. An upload whose loss is not below baseLoss is no improvement: 0.
//  5. The others (m of them) meet pairwise. For i earlier than j, j beats
//     i when loss_j < loss_i · (1 − ε_i(now)) (Epsilon of i's block);
//     otherwise i beats j. So a later upload must be better by the
//     earlier one's remaining advantage, and an equal one never wins.
//  6. score = wins / (m − 1) for m ≥ 2, and 1 for a lone improvement.
func ScoreFineTune(p FineTuneParams, baseLoss I32F32, now uint64, uploads []Upload) []I32F32 {
	scores := make([]I32F32, len(uploads))
	order := make([]int, len(uploads))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		switch ua, ub := uploads[a].Block, uploads[b].Block; {
		case ua < ub:
			return -1
		case ua > ub:
			return 1
		}
		return 0
	})
	seen := make(map[string]bool, len(uploads))
	var eligible []int // indices into uploads, in order
	loss := make([]I32F32, len(uploads))
	for _, i := range order {
		u := uploads[i]
		if seen[u.Hash] {
			continue
		}
		seen[u.Hash] = true
		loss[i] = u.Loss
		if u.Degenerate {
			loss[i] = max(u.Loss, p.WorstLoss)
		}
		if loss[i] < baseLoss {
			eligible = append(eligible, i)
		}
	}
	m := len(eligible)
	if m == 1 {
		scores[eligible[0]] = One
		return scores
	}
	wins := make([]int64, len(uploads))
	for a, i := range eligible {
		keep := One - p.Epsilon(uploads[i].Block, now) // 1 − ε_i
		bar := loss[i].SatMul(keep)
		for _, j := range eligible[a+1:] {
			if loss[j] < bar {
				wins[j]++
			} else {
				wins[i]++
			}
		}
	}
	for _, i := range eligible {
		scores[i] = FromInt(wins[i]).SafeDiv(FromInt(int64(m - 1)))
	}
	return scores
}

// DegenerateParams say when generated text counts as degenerate.
type DegenerateParams struct {
	// NGram is the length of the token n-grams counted; default 4.
	NGram int
	// MaxRepeatPermille is the largest share, in thousandths, of n-grams
	// that repeat an earlier one in the same text before it is
	// degenerate; default 800.
	MaxRepeatPermille uint16
}

// DefaultDegenerateParams returns the defaults named on DegenerateParams.
func DefaultDegenerateParams() DegenerateParams {
	return DegenerateParams{NGram: 4, MaxRepeatPermille: 800}
}

// RepeatPermille returns the share, in thousandths and floored, of the
// n-grams of tokens that repeat an earlier n-gram of tokens:
//
//	⌊1000 · (total − distinct) / total⌋,  total = len(tokens) − n + 1
//
// Text shorter than n tokens (or n < 1) has no n-grams and yields 0.
func RepeatPermille(tokens []int, n int) uint16 {
	if n < 1 || len(tokens) < n {
		return 0
	}
	total := len(tokens) - n + 1
	distinct := make(map[string]struct{}, total)
	key := make([]byte, 0, 8*n)
	for i := range total {
		key = key[:0]
		for _, t := range tokens[i : i+n] {
			u := uint64(t)
			key = append(key, byte(u), byte(u>>8), byte(u>>16), byte(u>>24), byte(u>>32), byte(u>>40), byte(u>>48), byte(u>>56))
		}
		distinct[string(key)] = struct{}{}
	}
	return uint16(1000 * (total - len(distinct)) / total)
}

// Degenerate reports whether a sample of generated tokens is degenerate:
// RepeatPermille(tokens, NGram) > MaxRepeatPermille. A model that loops on
// a phrase is scored with the worst loss whatever its held-out loss, so
// that overfitting the loss metric into a repetitive model earns nothing.
func Degenerate(tokens []int, p DegenerateParams) bool {
	return RepeatPermille(tokens, p.NGram) > p.MaxRepeatPermille
}
