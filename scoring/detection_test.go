package scoring

import (
	"math"
	"testing"
)

func TestQueriesToCatch(t *testing.T) {
	tests := []struct {
		name                     string
		cheat, check, confidence uint16
		want                     int
	}{
		{"10% cheater, every answer checked, 99%", 100, 1000, 990, 44},
		{"10% cheater, 10% of answers checked, 99%", 100, 100, 990, 459},
		{"10% cheater, every answer checked, 95%", 100, 1000, 950, 29},
		{"always cheats", 1000, 1000, 990, 1},
		{"half, 99.9%", 500, 1000, 999, 10},
		{"never cheats", 0, 1000, 990, 0},
		{"never checked", 100, 0, 990, 0},
		{"certainty is unreachable", 100, 1000, 1000, 0},
		{"no confidence asked", 100, 1000, 0, 0},
		{"over 1000 permille is clamped", 2000, 1000, 990, 1},
		// ⌈ln 0.001 / ln(1 − 10⁻⁶)⌉, the largest answer there can be.
		{"one in a million, 99.9%", 1, 1, 999, 6907752},
	}
	for _, tt := range tests {
		if testing.Short() && tt.want > 1_000_000 {
			continue
		}
		if got := QueriesToCatch(tt.cheat, tt.check, tt.confidence); got != tt.want {
			t.Errorf("%s: QueriesToCatch(%d, %d, %d) = %d, want %d", tt.name, tt.cheat, tt.check, tt.confidence, got, tt.want)
		}
	}
}

// TestQueriesToCatchFormula compares with ⌈ln(1 − c)/ln(1 − p)⌉ in float64
// over a grid, away from the points where the ratio is within rounding of
// an integer.
func TestQueriesToCatchFormula(t *testing.T) {
	for cheat := uint16(10); cheat <= 1000; cheat += 70 {
		for check := uint16(50); check <= 1000; check += 190 {
			for _, conf := range []uint16{500, 900, 950, 990, 999} {
				p := float64(cheat) * float64(check) / 1e6
				ratio := math.Log(1-float64(conf)/1000) / math.Log(1-p)
				if p == 1 {
					ratio = 1
				}
				if frac := ratio - math.Floor(ratio); frac < 1e-6 || frac > 1-1e-6 {
					continue
				}
				want := int(math.Ceil(ratio))
				if got := QueriesToCatch(cheat, check, conf); got != want {
					t.Errorf("QueriesToCatch(%d, %d, %d) = %d, formula %d (%.6f)", cheat, check, conf, got, want, ratio)
				}
			}
		}
	}
}
