package scoring

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
)

// InferenceAgreement scores a miner's inference answer against the
// validator's recomputation with the reference model, as a u16 proportion
// (65535 = every token agrees):
//
//	agreement = floor(matches · 65535 / len(want))
//
// where matches counts the positions i < len(want) with got[i] == want[i].
// Positions that got lacks (a shorter answer) count as mismatches, and
// tokens of got past len(want) are ignored, so padding an answer cannot
// raise its score. An empty want yields 0. The product is taken in 128 bits,
// so the result is exact for every length.
func InferenceAgreement(want, got []int) uint16 {
	n := len(want)
	if n == 0 {
		return 0
	}
	var matches uint64
	for i := range min(n, len(got)) {
		if got[i] == want[i] {
			matches++
		}
	}
	hi, lo := bits.Mul64(matches, u16Max)
	// matches ≤ n, so the quotient is at most 65535 and hi < n: Div64 cannot
	// overflow.
	q, _ := bits.Div64(hi, lo, uint64(n))
	return uint16(q)
}

// TokenLogProb is one entry of a top-k list: a token id and its
// log-probability (natural log, ≤ 0) under the model that produced it.
type TokenLogProb struct {
	Token   int
	LogProb float64
}

// Position is a model's output at one generated position: the token it
// emitted and its most likely tokens with their log-probabilities.
type Position struct {
	Token int
	TopK  []TokenLogProb
}

// Reference is the reference model's recomputation at one sampled
// position of an answer: Index is the position, Token the reference's
// greedy token given the prompt and the answer's tokens before Index, and
// TopK its most likely tokens there.
type Reference struct {
	Index int
	Token int
	TopK  []TokenLogProb
}

// InferenceParams are the per-subnet parameters of inference scoring
// (the ledger's Scoring fields of an inference subnet).
type InferenceParams struct {
	// SamplePermille is the share of positions checked (SamplePositions),
	// 1..1000; default 100.
	SamplePermille uint16
	// TopK is how many of the reference's most likely tokens a checked
	// position compares, ≥ 1; default 8.
	TopK int
	// CosinePassPermille is the least cosine similarity, in thousandths,
	// of the two softmaxed top-k vectors for a position to pass, 1..1000;
	// default 900.
	CosinePassPermille uint16
	// LatencyTargetMS is the answer time above which the score shrinks;
	// 0 (the default): latency is not scored.
	LatencyTargetMS uint32
	// Penalty is the score of a failed, empty or malformed answer, in
	// [−1, 0]; default −1.
	Penalty I32F32
}

// DefaultInferenceParams returns the defaults named on InferenceParams.
func DefaultInferenceParams() InferenceParams {
	return InferenceParams{SamplePermille: 100, TopK: 8, CosinePassPermille: 900, Penalty: -One}
}

// InferenceResult is the score of one answer and how it was reached.
type InferenceResult struct {
	// Score is in [Penalty, 1].
	Score I32F32
	// Malformed says why the answer was refused ("" when it was scored).
	Malformed string
	// Checked and Passed count the sampled positions and those that
	// passed.
	Checked, Passed int
	// MinCosine is the least cosine similarity among the checked
	// positions (One when none was checked).
	MinCosine I32F32
	// Latency is the latency factor applied, in [0, 1].
	Latency I32F32
}

// maxLogProbMagnitude bounds the log-probabilities taken into fixed point;
// below −64 a token's probability is 0 to every purpose here.
const maxLogProbMagnitude = 64

// ScoreInference scores a miner's answer of wantLen positions against the
// reference's recomputation at the sampled positions refs:
//
//	score = Penalty                     if the answer failed, is empty or malformed
//	score = (passed / checked) · λ      otherwise
//	λ     = 1                           if LatencyTargetMS = 0 or latencyMS ≤ target
//	λ     = target / latencyMS          otherwise
//
// A checked position i passes when answer[i].Token = ref.Token and the
// cosine similarity of the softmaxed top-k vectors (PositionCosine) is at
// least CosinePassPermille/1000. An answer is malformed when its length is
// not wantLen, a token is negative, a top-k list repeats a token or holds a
// log-probability that is not a finite number ≤ 0, or a reference index
// falls outside it. A transport failure is passed as a nil answer.
//
// Everything after the conversion of the log-probabilities to I32F32
// (round to nearest) is integer arithmetic, so every validator computes
// the same score from the same answer: a failure is reproducible evidence.
func ScoreInference(p InferenceParams, answer []Position, wantLen int, refs []Reference, latencyMS uint32) InferenceResult {
	fail := func(why string) InferenceResult {
		return InferenceResult{Score: min(p.Penalty, 0), Malformed: why, MinCosine: One}
	}
	switch {
	case len(answer) == 0:
		return fail("empty or failed answer")
	case len(answer) != wantLen:
		return fail("answer length differs from the request")
	}
	for _, pos := range answer {
		if why := checkPosition(pos.Token, pos.TopK); why != "" {
			return fail(why)
		}
	}
	res := InferenceResult{MinCosine: One, Latency: latencyFactor(p.LatencyTargetMS, latencyMS)}
	pass := FromInt(int64(p.CosinePassPermille)).SafeDiv(FromInt(1000))
	for _, ref := range refs {
		if ref.Index < 0 || ref.Index >= len(answer) {
			return fail("reference position outside the answer")
		}
		got := answer[ref.Index]
		cos := PositionCosine(ref.TopK, got.TopK, p.TopK)
		res.Checked++
		res.MinCosine = min(res.MinCosine, cos)
		if got.Token == ref.Token && cos >= pass {
			res.Passed++
		}
	}
	if res.Checked == 0 {
		return res
	}
	quality := FromInt(int64(res.Passed)).SafeDiv(FromInt(int64(res.Checked)))
	res.Score = mulUnit(quality, res.Latency)
	return res
}

// checkPosition returns why a position is malformed, or "".
func checkPosition(token int, topk []TokenLogProb) string {
	if token < 0 {
		return "negative token"
	}
	for i, e := range topk {
		if e.Token < 0 {
			return "negative token in a top-k list"
		}
		if !(e.LogProb <= 0) || e.LogProb < -math.MaxFloat64 {
			return "log-probability that is not a finite number ≤ 0"
		}
		for _, f := range topk[:i] {
			if f.Token == e.Token {
				return "repeated token in a top-k list"
			}
		}
	}
	return ""
}

// latencyFactor is λ of ScoreInference.
func latencyFactor(targetMS, latencyMS uint32) I32F32 {
	if targetMS == 0 || latencyMS <= targetMS {
		return One
	}
	return FromInt(int64(targetMS)).SafeDiv(FromInt(int64(latencyMS)))
}

// logProbFixed converts a log-probability to I32F32, rounding to nearest
// and clamping to [−64, 0].
func logProbFixed(lp float64) I32F32 {
	switch {
	case !(lp < 0): // 0, positive or NaN; checkPosition refused the last two
		return 0
	case lp <= -maxLogProbMagnitude:
		return FromInt(-maxLogProbMagnitude)
	}
	return I32F32(math.Round(lp * float64(One)))
}

// PositionCosine compares two top-k lists of one position. The compared
// tokens are the first k entries of want (the reference) in the order
// (log-probability descending, token ascending); v is want's
// log-probabilities of them and u got's, a token that got does not list
// having probability 0. Each vector is softmaxed over those k entries and
//
//	cosine = Σ pᵢqᵢ / √(Σ pᵢ² · Σ qᵢ²)
//
// in I32F32, with exp the fixed-point ExpSafe of (lᵢ − max l). It is in
// [0, 1]; 0 when got lists none of the tokens or want is empty.
func PositionCosine(want, got []TokenLogProb, k int) I32F32 {
	ref := slices.Clone(want)
	slices.SortFunc(ref, func(a, b TokenLogProb) int {
		if c := cmp.Compare(b.LogProb, a.LogProb); c != 0 {
			return c
		}
		return cmp.Compare(a.Token, b.Token)
	})
	if k < len(ref) {
		ref = ref[:max(k, 0)]
	}
	if len(ref) == 0 {
		return 0
	}
	wantLP := make([]I32F32, len(ref))
	gotLP := make([]I32F32, len(ref))
	present := make([]bool, len(ref))
	found := false
	for i, e := range ref {
		wantLP[i] = logProbFixed(e.LogProb)
		for _, g := range got {
			if g.Token == e.Token {
				gotLP[i], present[i], found = logProbFixed(g.LogProb), true, true
				break
			}
		}
	}
	if !found {
		return 0
	}
	p := softmaxFixed(wantLP, nil)
	q := softmaxFixed(gotLP, present)
	var dot, np, nq I32F32
	for i := range p {
		dot += mulUnit(p[i], q[i])
		np += mulUnit(p[i], p[i])
		nq += mulUnit(q[i], q[i])
	}
	den := sqrtUnit(mulUnit(min(np, One), min(nq, One)))
	return min(dot.SafeDiv(den), One)
}

// softmaxFixed returns exp(lᵢ − max l) / Σ exp(lⱼ − max l) over the
// entries present (all when present is nil); absent entries are 0. Each
// result is in [0, 1].
func softmaxFixed(l []I32F32, present []bool) []I32F32 {
	in := func(i int) bool { return present == nil || present[i] }
	mx := MinI32F32
	for i, v := range l {
		if in(i) {
			mx = max(mx, v)
		}
	}
	e := make([]I32F32, len(l))
	var sum I32F32
	for i, v := range l {
		if in(i) {
			e[i] = ExpSafe(v - mx) // v − mx ∈ [−64, 0]
			sum += e[i]
		}
	}
	for i := range e {
		e[i] = min(e[i].SafeDiv(sum), One)
	}
	return e
}

// sqrtUnit returns √x for x in [0, 1], floored: the largest y with
// y² ≤ x·2^32 in raw bits.
func sqrtUnit(x I32F32) I32F32 {
	if x <= 0 {
		return 0
	}
	if x >= One {
		return One
	}
	return I32F32(isqrt(uint64(x) << FracBits))
}

// isqrt returns ⌊√v⌋ by Newton's iteration from a power of two above it.
func isqrt(v uint64) uint64 {
	if v < 2 {
		return v
	}
	x := uint64(1) << ((bits.Len64(v) + 1) / 2)
	for {
		y := (x + v/x) / 2
		if y >= x {
			return x
		}
		x = y
	}
}
