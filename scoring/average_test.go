package scoring

import (
	"math"
	"slices"
	"testing"
)

func TestMovingAverageUpdate(t *testing.T) {
	half := One / 2
	tests := []struct {
		name   string
		alpha  I32F32
		scores []I32F32
		want   I32F32
	}{
		{"no score", half, nil, 0},
		{"one score starts from 0", half, []I32F32{One}, half},
		{"two scores", half, []I32F32{One, One}, One / 4 * 3},
		{"penalty goes negative", half, []I32F32{-One}, -half},
		{"alpha 1 keeps the last", One, []I32F32{One, -One, One / 4}, One / 4},
		{"alpha 0 never moves", 0, []I32F32{One, One}, 0},
		{"alpha above 1 is clamped", 2 * One, []I32F32{One, half}, half},
	}
	for _, tt := range tests {
		m := NewMovingAverage(tt.alpha)
		var got I32F32
		for _, s := range tt.scores {
			got = m.Update(3, s)
		}
		if got != tt.want || m.Get(3) != tt.want {
			t.Errorf("%s: got %d (Get %d), want %d", tt.name, got, m.Get(3), tt.want)
		}
	}
}

// TestMovingAverageDefaultAlpha follows the default α = 0.05 against the
// closed form 1 − 0.95^n after n scores of 1.
func TestMovingAverageDefaultAlpha(t *testing.T) {
	if got := float64(DefaultAlpha) / float64(One); math.Abs(got-0.05) > 1e-9 {
		t.Fatalf("DefaultAlpha = %.10f, want 0.05", got)
	}
	m := NewMovingAverage(DefaultAlpha)
	for n := 1; n <= 200; n++ {
		got := float64(m.Update(0, One)) / float64(One)
		want := 1 - math.Pow(0.95, float64(n))
		if math.Abs(got-want) > 1e-6 {
			t.Fatalf("after %d scores of 1: %.8f, want %.8f", n, got, want)
		}
	}
}

func TestMovingAverageWeights(t *testing.T) {
	m := NewMovingAverage(One) // keeps the last score
	m.Update(1, One/2)
	m.Update(2, One/4)
	m.Update(3, -One)
	m.Update(4, One)
	if got := m.UIDs(); !slices.Equal(got, []uint16{1, 2, 3, 4}) {
		t.Errorf("UIDs = %v", got)
	}
	tests := []struct {
		name string
		uids []uint16
		disq []bool
		want []uint16
	}{
		{"all", []uint16{1, 2, 3, 4}, nil, []uint16{32768, 16384, 0, 65535}},
		{"best disqualified", []uint16{1, 2, 3, 4}, []bool{false, false, false, true}, []uint16{65535, 32768, 0, 0}},
		{"short mask", []uint16{4, 1}, []bool{true}, []uint16{0, 65535}},
		{"unknown uid", []uint16{9, 2}, nil, []uint16{0, 65535}},
		{"only negative", []uint16{3}, nil, []uint16{0}},
		{"none", nil, nil, []uint16{}},
	}
	for _, tt := range tests {
		if got := m.Weights(tt.uids, tt.disq); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
	m.Reset(4)
	if got := m.Weights([]uint16{1, 4}, nil); !slices.Equal(got, []uint16{65535, 0}) {
		t.Errorf("after Reset: got %v", got)
	}
}
