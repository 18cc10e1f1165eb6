package scoring

import (
	"math/big"
	"math/rand/v2"
	"testing"
)

func TestInferenceAgreement(t *testing.T) {
	tests := []struct {
		name      string
		want, got []int
		score     uint16
	}{
		{"both empty", nil, nil, 0},
		{"empty want", []int{}, []int{1, 2}, 0},
		{"empty got", []int{1, 2, 3}, nil, 0},
		{"all match", []int{1, 2, 3}, []int{1, 2, 3}, 65535},
		{"none match", []int{1, 2, 3}, []int{3, 1, 2}, 0},
		{"one of one", []int{7}, []int{7}, 65535},
		{"half", []int{1, 2}, []int{1, 9}, 32767},            // floor(65535/2)
		{"one third", []int{1, 2, 3}, []int{1, 0, 0}, 21845}, // 65535/3 exactly
		{"two thirds", []int{1, 2, 3}, []int{0, 2, 3}, 43690},
		{"15 of 16", []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
			[]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 0}, 61439}, // floor(15·65535/16)
		{"shorter got", []int{1, 2, 3, 4}, []int{1, 2}, 32767},
		{"longer got ignored", []int{1, 2}, []int{1, 2, 3, 4, 5}, 65535},
		{"longer got, mismatch", []int{1, 2}, []int{1, 3, 2}, 32767},
		{"position matters", []int{1, 2, 3}, []int{0, 1, 2, 3}, 0},
		{"negative ids compare", []int{-1, 5}, []int{-1, 5}, 65535},
		{"1 of 65536", append([]int{1}, make([]int, 65535)...), append([]int{1}, ones(65535)...), 0},
		{"65535 of 65536", make([]int, 65536), append(ones(1), make([]int, 65535)...), 65534},
	}
	for _, tt := range tests {
		if got := InferenceAgreement(tt.want, tt.got); got != tt.score {
			t.Errorf("%s: InferenceAgreement(len %d, len %d) = %d, want %d", tt.name, len(tt.want), len(tt.got), got, tt.score)
		}
	}
}

// ones returns n ones.
func ones(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = 1
	}
	return s
}

// TestInferenceAgreementNaive compares against big.Int arithmetic on random
// answers.
func TestInferenceAgreementNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		n := rng.IntN(300)
		want := make([]int, n)
		for i := range want {
			want[i] = rng.IntN(4)
		}
		got := make([]int, rng.IntN(300))
		for i := range got {
			got[i] = rng.IntN(4)
		}
		var matches int64
		for i := 0; i < n && i < len(got); i++ {
			if got[i] == want[i] {
				matches++
			}
		}
		var ref uint16
		if n > 0 {
			q := new(big.Int).Mul(big.NewInt(matches), big.NewInt(65535))
			ref = uint16(q.Quo(q, big.NewInt(int64(n))).Uint64())
		}
		if score := InferenceAgreement(want, got); score != ref {
			t.Fatalf("InferenceAgreement(%v, %v) = %d, want %d", want, got, score, ref)
		}
	}
}
