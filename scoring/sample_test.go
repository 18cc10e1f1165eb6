package scoring

import (
	"slices"
	"testing"
)

func TestSamplePositions(t *testing.T) {
	seed := [32]byte{1, 2, 3}
	tests := []struct {
		name     string
		n        int
		permille uint16
		count    int
	}{
		{"empty answer", 0, 100, 0},
		{"no sampling", 16, 0, 0},
		{"one token", 1, 100, 1},
		{"16 tokens at 10%", 16, 100, 2}, // ⌈1.6⌉
		{"10 tokens at 10%", 10, 100, 1},
		{"11 tokens at 10%", 11, 100, 2}, // ⌈1.1⌉
		{"100 tokens at 10%", 100, 100, 10},
		{"all of them", 37, 1000, 37},
		{"over 1000 permille", 5, 2000, 5},
	}
	for _, tt := range tests {
		got := SamplePositions(seed, tt.n, tt.permille)
		if len(got) != tt.count {
			t.Errorf("%s: got %d positions %v, want %d", tt.name, len(got), got, tt.count)
			continue
		}
		if tt.count == 0 {
			continue
		}
		if got[len(got)-1] != tt.n-1 {
			t.Errorf("%s: got %v, want the last position %d included", tt.name, got, tt.n-1)
		}
		if !slices.IsSorted(got) || len(slices.Compact(slices.Clone(got))) != len(got) {
			t.Errorf("%s: got %v, want distinct ascending positions", tt.name, got)
		}
		if again := SamplePositions(seed, tt.n, tt.permille); !slices.Equal(again, got) {
			t.Errorf("%s: not deterministic: %v then %v", tt.name, got, again)
		}
	}
}

// TestSamplePositionsGolden pins the stream, so that validators on other
// machines and Go versions pick the same positions from the same seed.
func TestSamplePositionsGolden(t *testing.T) {
	got := SamplePositions([32]byte{7}, 100, 100)
	want := []int{14, 19, 20, 39, 49, 58, 59, 76, 80, 99}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestSamplePositionsUniform checks that every non-last position is drawn
// about equally often over many seeds.
func TestSamplePositionsUniform(t *testing.T) {
	const n, rounds = 20, 4000
	counts := make([]int, n)
	for r := range rounds {
		var seed [32]byte
		seed[0], seed[1] = byte(r), byte(r>>8)
		for _, p := range SamplePositions(seed, n, 200) { // 4 positions: 3 drawn + the last
			counts[p]++
		}
	}
	if counts[n-1] != rounds {
		t.Errorf("last position drawn %d times, want %d", counts[n-1], rounds)
	}
	want := float64(rounds*3) / (n - 1) // ≈ 632
	for i, c := range counts[:n-1] {
		if float64(c) < 0.8*want || float64(c) > 1.2*want {
			t.Errorf("position %d drawn %d times, want about %.0f", i, c, want)
		}
	}
}
