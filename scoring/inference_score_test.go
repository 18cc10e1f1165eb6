package scoring

import (
	"math"
	"math/rand/v2"
	"testing"
)

// topk builds a top-k list from token, log-probability pairs.
func topk(pairs ...float64) []TokenLogProb {
	out := make([]TokenLogProb, 0, len(pairs)/2)
	for i := 0; i+1 < len(pairs); i += 2 {
		out = append(out, TokenLogProb{Token: int(pairs[i]), LogProb: pairs[i+1]})
	}
	return out
}

// honestAnswer is an answer of n positions whose token at i is 'a'+i and
// whose top-3 puts it first.
func honestAnswer(n int) []Position {
	out := make([]Position, n)
	for i := range out {
		tok := 'a' + i
		out[i] = Position{Token: tok, TopK: topk(float64(tok), -0.2, float64(tok+1), -2.1, float64(tok+2), -3.5)}
	}
	return out
}

// refsOf returns the references of answer at the given positions, as an
// honest recomputation would give them.
func refsOf(answer []Position, idx ...int) []Reference {
	out := make([]Reference, len(idx))
	for k, i := range idx {
		out[k] = Reference{Index: i, Token: answer[i].Token, TopK: answer[i].TopK}
	}
	return out
}

func TestScoreInference(t *testing.T) {
	p := DefaultInferenceParams()
	good := honestAnswer(8)
	refs := refsOf(good, 2, 7)

	wrongToken := honestAnswer(8)
	wrongToken[7].Token = 'z'
	flat := honestAnswer(8)
	flat[2].TopK = topk(float64(flat[2].Token), -1.1, float64(flat[2].Token+1), -1.1, float64(flat[2].Token+2), -1.1)
	nan := honestAnswer(8)
	nan[3].TopK[1].LogProb = math.NaN()
	positive := honestAnswer(8)
	positive[0].TopK[0].LogProb = 0.5
	negInf := honestAnswer(8)
	negInf[0].TopK[2].LogProb = math.Inf(-1)
	dup := honestAnswer(8)
	dup[1].TopK[1].Token = dup[1].TopK[0].Token
	negTok := honestAnswer(8)
	negTok[4].Token = -1

	half := One / 2
	tests := []struct {
		name      string
		answer    []Position
		wantLen   int
		refs      []Reference
		latency   uint32
		target    uint32
		score     I32F32
		malformed bool
		passed    int
	}{
		{"honest", good, 8, refs, 10, 0, One, false, 2},
		{"honest, no checks", good, 8, nil, 10, 0, 0, false, 0},
		{"wrong token at a checked position", wrongToken, 8, refs, 10, 0, half, false, 1},
		{"flat top-k at a checked position", flat, 8, refs, 10, 0, half, false, 1},
		{"failed (nil)", nil, 8, refs, 0, 0, -One, true, 0},
		{"empty", []Position{}, 8, refs, 0, 0, -One, true, 0},
		{"short", good[:7], 8, refs[:1], 10, 0, -One, true, 0},
		{"NaN log-probability", nan, 8, refs, 10, 0, -One, true, 0},
		{"positive log-probability", positive, 8, refs, 10, 0, -One, true, 0},
		{"-Inf log-probability", negInf, 8, refs, 10, 0, -One, true, 0},
		{"repeated top-k token", dup, 8, refs, 10, 0, -One, true, 0},
		{"negative token", negTok, 8, refs, 10, 0, -One, true, 0},
		{"reference outside", good, 8, []Reference{{Index: 8, Token: 1}}, 10, 0, -One, true, 0},
		{"on time", good, 8, refs, 100, 100, One, false, 2},
		{"twice the target", good, 8, refs, 200, 100, half, false, 2},
		{"four times the target, one wrong", wrongToken, 8, refs, 400, 100, One / 8, false, 1},
	}
	for _, tt := range tests {
		q := p
		q.LatencyTargetMS = tt.target
		got := ScoreInference(q, tt.answer, tt.wantLen, tt.refs, tt.latency)
		if got.Score != tt.score || (got.Malformed != "") != tt.malformed || got.Passed != tt.passed {
			t.Errorf("%s: got score %d (%.4f) malformed %q passed %d, want %d malformed %v passed %d",
				tt.name, got.Score, float64(got.Score)/float64(One), got.Malformed, got.Passed, tt.score, tt.malformed, tt.passed)
		}
	}

	p.Penalty = -One / 4
	if got := ScoreInference(p, nil, 8, refs, 0); got.Score != -One/4 {
		t.Errorf("custom penalty: got %d, want %d", got.Score, -One/4)
	}
	p.Penalty = One // a positive penalty is read as 0
	if got := ScoreInference(p, nil, 8, refs, 0); got.Score != 0 {
		t.Errorf("positive penalty: got %d, want 0", got.Score)
	}
}

func TestPositionCosine(t *testing.T) {
	ref := topk(1, -0.1, 2, -2.5, 3, -4, 4, -6)
	tests := []struct {
		name     string
		got      []TokenLogProb
		k        int
		min, max float64
	}{
		{"identical", ref, 8, 1, 1},
		{"identical, other order", topk(3, -4, 1, -0.1, 4, -6, 2, -2.5), 8, 1, 1},
		{"shifted by a constant", topk(1, -1.1, 2, -3.5, 3, -5, 4, -7), 8, 1, 1},
		{"disjoint", topk(9, -0.1, 8, -1), 8, 0, 0},
		{"empty got", nil, 8, 0, 0},
		{"top-1 only", topk(1, -0.1), 8, 0.9, 0.999},
		{"k = 1 ignores the rest", topk(1, -0.1, 2, -0.01), 1, 1, 1},
		{"flat", topk(1, -1.4, 2, -1.4, 3, -1.4, 4, -1.4), 8, 0.5, 0.6},
		{"runner-up swapped", topk(1, -2.5, 2, -0.1, 3, -4, 4, -6), 8, 0.0, 0.2},
		{"small noise", topk(1, -0.11, 2, -2.45, 3, -4.1, 4, -5.9), 8, 0.999, 1},
	}
	for _, tt := range tests {
		got := float64(PositionCosine(ref, tt.got, tt.k)) / float64(One)
		if got < tt.min-1e-6 || got > tt.max+1e-6 {
			t.Errorf("%s: cosine %.6f, want in [%.3f, %.3f]", tt.name, got, tt.min, tt.max)
		}
	}
	if got := PositionCosine(nil, ref, 8); got != 0 {
		t.Errorf("empty reference: got %d, want 0", got)
	}
}

// naiveCosine is PositionCosine in float64.
func naiveCosine(want, got []TokenLogProb) float64 {
	sm := func(l []float64, ok []bool) []float64 {
		mx := math.Inf(-1)
		for i, v := range l {
			if ok[i] {
				mx = math.Max(mx, v)
			}
		}
		out := make([]float64, len(l))
		var s float64
		for i, v := range l {
			if ok[i] {
				out[i] = math.Exp(math.Max(v-mx, -20))
				s += out[i]
			}
		}
		for i := range out {
			out[i] /= s
		}
		return out
	}
	w := make([]float64, len(want))
	g := make([]float64, len(want))
	all := make([]bool, len(want))
	present := make([]bool, len(want))
	for i, e := range want {
		w[i], all[i] = e.LogProb, true
		for _, h := range got {
			if h.Token == e.Token {
				g[i], present[i] = h.LogProb, true
			}
		}
	}
	p, q := sm(w, all), sm(g, present)
	var dot, np, nq float64
	for i := range p {
		dot += p[i] * q[i]
		np += p[i] * p[i]
		nq += q[i] * q[i]
	}
	return math.Min(dot/math.Sqrt(np*nq), 1)
}

// TestPositionCosineNaive compares the fixed-point cosine with float64 on
// random top-k lists that share some tokens.
func TestPositionCosineNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 3000 {
		k := 1 + rng.IntN(10)
		want := make([]TokenLogProb, k)
		for i := range want {
			want[i] = TokenLogProb{Token: i, LogProb: -rng.Float64() * 12}
		}
		var got []TokenLogProb
		for i := range k + 2 {
			if rng.IntN(5) > 0 {
				got = append(got, TokenLogProb{Token: i, LogProb: -rng.Float64() * 12})
			}
		}
		present := false
		for _, g := range got {
			present = present || g.Token < k
		}
		ref := 0.0
		if present {
			ref = naiveCosine(want, got)
		}
		fixed := float64(PositionCosine(want, got, k)) / float64(One)
		if math.Abs(fixed-ref) > 1e-6 {
			t.Fatalf("cosine(%v, %v) = %.9f, float64 says %.9f", want, got, fixed, ref)
		}
	}
}

func TestIsqrt(t *testing.T) {
	for _, v := range []uint64{0, 1, 2, 3, 4, 15, 16, 17, 1 << 32, 1<<64 - 1, 1<<62 + 12345} {
		r := isqrt(v)
		hi, lo := r*r, (r+1)*(r+1)
		if hi > v || (r+1 < 1<<32 && lo <= v) {
			t.Errorf("isqrt(%d) = %d", v, r)
		}
	}
}

// BenchmarkScoreInference scores a 64-token answer with top-8 lists at the
// default 10% of positions plus the last (8 positions).
func BenchmarkScoreInference(b *testing.B) {
	answer := make([]Position, 64)
	for i := range answer {
		for j := range 8 {
			answer[i].TopK = append(answer[i].TopK, TokenLogProb{Token: (i + j) % 256, LogProb: -0.3 - float64(j)})
		}
		answer[i].Token = answer[i].TopK[0].Token
	}
	var refs []Reference
	for _, i := range SamplePositions([32]byte{1}, 64, 100) {
		refs = append(refs, Reference{Index: i, Token: answer[i].Token, TopK: answer[i].TopK})
	}
	p := DefaultInferenceParams()
	for b.Loop() {
		if r := ScoreInference(p, answer, 64, refs, 5); r.Score != One {
			b.Fatal(r)
		}
	}
}
