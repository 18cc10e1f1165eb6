package scoring

import (
	"math"
	"slices"
	"testing"
)

// nats converts a loss to I32F32 for the tables.
func nats(x float64) I32F32 { return LossFromFloat(x) }

func TestScoreFineTune(t *testing.T) {
	p := DefaultFineTuneParams() // ε = 0.5%, no decay
	base := nats(2.0)
	third, half, twoThirds := One.SafeDiv(FromInt(3)), One/2, FromInt(2).SafeDiv(FromInt(3))
	tests := []struct {
		name    string
		p       FineTuneParams
		now     uint64
		uploads []Upload
		want    []I32F32
	}{
		{"none", p, 10, nil, []I32F32{}},
		{"lone improvement", p, 10, []Upload{{Hash: "a", Block: 1, Loss: nats(1.9)}}, []I32F32{One}},
		{"no better than base", p, 10, []Upload{{Hash: "a", Block: 1, Loss: nats(2.0)}, {Hash: "b", Block: 1, Loss: nats(2.5)}}, []I32F32{0, 0}},
		{"copy of an earlier upload", p, 10, []Upload{
			{Hash: "b", Block: 5, Loss: nats(1.5)}, // the copier, later
			{Hash: "b", Block: 3, Loss: nats(1.5)}, // the original
		}, []I32F32{0, One}},
		{"copy in the same block: input order decides", p, 10, []Upload{
			{Hash: "b", Block: 3, Loss: nats(1.5)}, {Hash: "b", Block: 3, Loss: nats(1.5)},
		}, []I32F32{One, 0}},
		{"degenerate", p, 10, []Upload{{Hash: "a", Block: 1, Loss: nats(0.1), Degenerate: true}, {Hash: "b", Block: 1, Loss: nats(1.9)}}, []I32F32{0, One}},
		{"later, better within ε, loses", p, 10, []Upload{
			{Hash: "a", Block: 1, Loss: nats(1.000)}, {Hash: "b", Block: 2, Loss: nats(0.996)},
		}, []I32F32{One, 0}},
		{"later, better by more than ε, wins", p, 10, []Upload{
			{Hash: "a", Block: 1, Loss: nats(1.000)}, {Hash: "b", Block: 2, Loss: nats(0.994)},
		}, []I32F32{0, One}},
		{"equal loss: earlier wins", p, 10, []Upload{
			{Hash: "b", Block: 2, Loss: nats(1.0)}, {Hash: "a", Block: 1, Loss: nats(1.0)},
		}, []I32F32{0, One}},
		{"three: win shares", p, 10, []Upload{
			{Hash: "a", Block: 1, Loss: nats(1.5)}, {Hash: "b", Block: 2, Loss: nats(1.2)}, {Hash: "c", Block: 3, Loss: nats(1.8)},
		}, []I32F32{half, One, 0}},
		{"four, one copy, one no better", p, 10, []Upload{
			{Hash: "a", Block: 1, Loss: nats(1.5)}, {Hash: "b", Block: 2, Loss: nats(1.2)},
			{Hash: "a", Block: 3, Loss: nats(1.5)}, {Hash: "c", Block: 4, Loss: nats(1.4)}, {Hash: "d", Block: 4, Loss: nats(2.1)},
		}, []I32F32{0, One, 0, half, 0}},
		{"four distinct improvements", p, 10, []Upload{
			{Hash: "a", Block: 1, Loss: nats(1.5)}, {Hash: "b", Block: 2, Loss: nats(1.2)},
			{Hash: "c", Block: 3, Loss: nats(1.3)}, {Hash: "d", Block: 4, Loss: nats(1.9)},
		}, []I32F32{third, One, twoThirds, 0}},
	}
	for _, tt := range tests {
		got := ScoreFineTune(tt.p, base, tt.now, tt.uploads)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestScoreFineTuneDecay: an earlier upload's advantage decays, so a later
// upload better by less than ε loses at first and wins once the advantage
// has shrunk below its improvement.
func TestScoreFineTuneDecay(t *testing.T) {
	p := FineTuneParams{EpsilonPermille: 10, EpsilonDecayBlocks: 100, WorstLoss: nats(8)}
	uploads := []Upload{{Hash: "a", Block: 100, Loss: nats(1.0)}, {Hash: "b", Block: 120, Loss: nats(0.995)}} // 0.5% better
	for _, tt := range []struct {
		now  uint64
		want []I32F32
	}{
		{100, []I32F32{One, 0}}, // ε = 1%
		{140, []I32F32{One, 0}}, // ε = 0.6%
		{151, []I32F32{0, One}}, // ε = 0.49%
		{200, []I32F32{0, One}}, // ε = 0
		{900, []I32F32{0, One}},
	} {
		if got := ScoreFineTune(p, nats(2), tt.now, uploads); !slices.Equal(got, tt.want) {
			t.Errorf("block %d: got %v, want %v", tt.now, got, tt.want)
		}
	}
}

func TestEpsilon(t *testing.T) {
	permille := func(x float64) I32F32 { return I32F32(x / 1000 * float64(One)) }
	tests := []struct {
		p         FineTuneParams
		made, now uint64
		want      I32F32
		tolerance I32F32
	}{
		{FineTuneParams{EpsilonPermille: 5}, 10, 1000000, permille(5), 1},
		{FineTuneParams{EpsilonPermille: 10, EpsilonDecayBlocks: 100}, 10, 10, permille(10), 1},
		{FineTuneParams{EpsilonPermille: 10, EpsilonDecayBlocks: 100}, 10, 5, permille(10), 1}, // now before made
		{FineTuneParams{EpsilonPermille: 10, EpsilonDecayBlocks: 100}, 10, 60, permille(5), 2},
		{FineTuneParams{EpsilonPermille: 10, EpsilonDecayBlocks: 100}, 10, 110, 0, 0},
		{FineTuneParams{EpsilonPermille: 10, EpsilonDecayBlocks: 100}, 10, 5000, 0, 0},
		{FineTuneParams{EpsilonPermille: 1000, EpsilonDecayBlocks: 4}, 0, 1, permille(750), 2},
	}
	for _, tt := range tests {
		got := tt.p.Epsilon(tt.made, tt.now)
		if d := got - tt.want; d > tt.tolerance || d < -tt.tolerance {
			t.Errorf("%+v.Epsilon(%d, %d) = %d, want %d", tt.p, tt.made, tt.now, got, tt.want)
		}
	}
}

func TestLossFromFloat(t *testing.T) {
	for _, tt := range []struct {
		in   float64
		want I32F32
	}{
		{0, 0}, {-1, 0}, {1, One}, {0.5, Half}, {math.NaN(), MaxI32F32}, {math.Inf(1), MaxI32F32}, {1 << 31, MaxI32F32},
		{math.Inf(-1), 0},
	} {
		if got := LossFromFloat(tt.in); got != tt.want {
			t.Errorf("LossFromFloat(%v) = %d, want %d", tt.in, got, tt.want)
		}
	}
	if got := DefaultFineTuneParams().WorstLoss; got != LossFromFloat(math.Log(256)) || got < nats(5.54) || got > nats(5.55) {
		t.Errorf("default worst loss %d, want ln 256", got)
	}
}

func TestRepeatPermille(t *testing.T) {
	seq := func(s string) []int {
		out := make([]int, len(s))
		for i := range s {
			out[i] = int(s[i])
		}
		return out
	}
	tests := []struct {
		text string
		n    int
		want uint16
	}{
		{"", 4, 0},
		{"abc", 4, 0},
		{"abcd", 4, 0},
		{"abcdefgh", 4, 0},
		{"aaaaaaaa", 4, 800},                // 5 four-grams, 1 distinct
		{"aaaaaaaa", 1, 875},                // 8 one-grams, 1 distinct
		{"abababab", 2, 714},                // 7 bigrams, 2 distinct: ⌊1000·5/7⌋
		{"the cat the cat the cat", 4, 600}, // 20 four-grams, period 8: 8 distinct
		{"abcd", 0, 0},
	}
	for _, tt := range tests {
		if got := RepeatPermille(seq(tt.text), tt.n); got != tt.want {
			t.Errorf("RepeatPermille(%q, %d) = %d, want %d", tt.text, tt.n, got, tt.want)
		}
	}
	p := DefaultDegenerateParams()
	if !Degenerate(seq("the the the the the the the the the the the the the "), p) {
		t.Error("a looping text is not degenerate")
	}
	if Degenerate(seq("It was the best of times, it was the worst of times, it was the age of wisdom"), p) {
		t.Error("prose is degenerate")
	}
	if Degenerate([]int{-1, 1 << 40, -1, 1 << 40}, DegenerateParams{NGram: 2, MaxRepeatPermille: 500}) {
		t.Error("wide token ids: 3 bigrams, 2 distinct is 333‰, not above 500‰")
	}
}
