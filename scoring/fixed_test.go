package scoring

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

// fixedF32 converts like substrate-fixed's I32F32::from_num(f32): the f32
// value, rounded to nearest with ties to even. Test inputs only.
func fixedF32(f float32) I32F32 {
	return I32F32(math.RoundToEven(float64(f) * (1 << 32)))
}

func fixedF32s(fs ...float32) []I32F32 {
	out := make([]I32F32, len(fs))
	for i, f := range fs {
		out[i] = fixedF32(f)
	}
	return out
}

var (
	bigMinI64 = big.NewInt(math.MinInt64)
	bigMaxI64 = big.NewInt(math.MaxInt64)
)

// edgeInt64s mixes the extremes into random draws.
func edgeInt64s(rng *rand.Rand) int64 {
	switch rng.IntN(8) {
	case 0:
		return []int64{0, 1, -1, math.MaxInt64, math.MinInt64, 1 << 32, -1 << 32, 1<<31 - 1, 65535 << 32}[rng.IntN(9)]
	case 1:
		return rng.Int64N(1<<33) - 1<<32 // around ±1.0
	case 2:
		return rng.Int64N(1 << 40)
	}
	return int64(rng.Uint64())
}

func TestMulMatchesBigInt(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200_000 {
		a, b := edgeInt64s(rng), edgeInt64s(rng)
		// floor(a·b / 2^32): big.Int.Rsh rounds toward −∞ like an arithmetic shift.
		want := new(big.Int).Mul(big.NewInt(a), big.NewInt(b))
		want.Rsh(want, 32)
		fits := want.Cmp(bigMinI64) >= 0 && want.Cmp(bigMaxI64) <= 0
		got, ok := I32F32(a).CheckedMul(I32F32(b))
		if ok != fits || (ok && int64(got) != want.Int64()) {
			t.Fatalf("CheckedMul(%d, %d) = %d, %v; want %s, %v", a, b, got, ok, want, fits)
		}
		sat := I32F32(a).SatMul(I32F32(b))
		switch {
		case fits && int64(sat) != want.Int64():
			t.Fatalf("SatMul(%d, %d) = %d, want %s", a, b, sat, want)
		case !fits && want.Sign() > 0 && sat != MaxI32F32, !fits && want.Sign() < 0 && sat != MinI32F32:
			t.Fatalf("SatMul(%d, %d) = %d, want saturation toward %s", a, b, sat, want)
		}
	}
}

func TestDivMatchesBigInt(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 200_000 {
		a, b := edgeInt64s(rng), edgeInt64s(rng)
		got := I32F32(a).SafeDiv(I32F32(b))
		if b == 0 {
			if got != 0 {
				t.Fatalf("SafeDiv(%d, 0) = %d, want 0", a, got)
			}
			continue
		}
		// trunc(a·2^32 / b): big.Int.Quo truncates toward zero.
		want := new(big.Int).Lsh(big.NewInt(a), 32)
		want.Quo(want, big.NewInt(b))
		fits := want.Cmp(bigMinI64) >= 0 && want.Cmp(bigMaxI64) <= 0
		if fits && int64(got) != want.Int64() || !fits && got != 0 {
			t.Fatalf("SafeDiv(%d, %d) = %d, want %s (fits %v)", a, b, got, want, fits)
		}
		sat := I32F32(a).SatDiv(I32F32(b))
		if fits && int64(sat) != want.Int64() || !fits && want.Sign() > 0 && sat != MaxI32F32 || !fits && want.Sign() < 0 && sat != MinI32F32 {
			t.Fatalf("SatDiv(%d, %d) = %d, want %s", a, b, sat, want)
		}
	}
}

func TestDivisorMatchesSafeDiv(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 300_000 {
		d := I32F32(edgeInt64s(rng))
		q := newDivisor(d)
		for range 4 {
			a := I32F32(edgeInt64s(rng))
			switch rng.IntN(3) {
			case 0:
				if d > 0 {
					a = I32F32(rng.Int64N(int64(d)) + 1) // the normalization case: 0 < a ≤ d
				}
			case 1: // integer-valued, as weights and bonds read from u16
				a = FromU16(uint16(rng.Uint32()))
				if rng.IntN(2) == 0 {
					d = FromInt(rng.Int64N(1<<30) + 1)
					q = newDivisor(d)
				}
			}
			if got, want := q.safeDiv(a), a.SafeDiv(d); got != want {
				t.Fatalf("divisor(%d).safeDiv(%d) = %d, want %d", d, a, got, want)
			}
		}
	}
}

func TestSatAddSub(t *testing.T) {
	tests := []struct {
		a, b          I32F32
		sum, diff     I32F32
		name          string
		sumOK, diffOK bool
	}{
		{name: "small", a: 3, b: 4, sum: 7, diff: -1},
		{name: "max+1", a: MaxI32F32, b: 1, sum: MaxI32F32, diff: MaxI32F32 - 1},
		{name: "min-1", a: MinI32F32, b: 1, sum: MinI32F32 + 1, diff: MinI32F32},
		{name: "min+min", a: MinI32F32, b: MinI32F32, sum: MinI32F32, diff: 0},
		{name: "0-min", a: 0, b: MinI32F32, sum: MinI32F32, diff: MaxI32F32},
	}
	for _, tc := range tests {
		if got := tc.a.SatAdd(tc.b); got != tc.sum {
			t.Errorf("%s: SatAdd = %d, want %d", tc.name, got, tc.sum)
		}
		if got := tc.a.SatSub(tc.b); got != tc.diff {
			t.Errorf("%s: SatSub = %d, want %d", tc.name, got, tc.diff)
		}
	}
}

func TestRoundTiesAwayFromZero(t *testing.T) {
	tests := []struct{ in, want I32F32 }{
		{fixedF32(0.5), One}, {fixedF32(1.5), 2 * One}, {fixedF32(2.5), 3 * One},
		{fixedF32(-0.5), -One}, {fixedF32(-2.5), -3 * One}, {fixedF32(0.49), 0},
		{fixedF32(-0.49), 0}, {One + 1, One}, {0, 0},
	}
	for _, tc := range tests {
		if got := tc.in.Round(); got != tc.want {
			t.Errorf("Round(%d) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

func TestProportionConversions(t *testing.T) {
	// YUMA.md §1: kappa 32767 gives bits 2147450879; 0.5 is stored as 32767.
	if got := U16Proportion(32767); got != 2147450879 {
		t.Errorf("U16Proportion(32767) = %d, want 2147450879", got)
	}
	if got := ToU16Proportion(Half); got != 32767 {
		t.Errorf("ToU16Proportion(0.5) = %d, want 32767", got)
	}
	if got := ToU16Proportion(One); got != 65535 {
		t.Errorf("ToU16Proportion(1) = %d, want 65535", got)
	}
	if got := ToU16Proportion(-One); got != 0 {
		t.Errorf("ToU16Proportion(-1) = %d, want 0", got)
	}
	if got := ToU16Proportion(MaxI32F32); got != 65535 {
		t.Errorf("ToU16Proportion(max) = %d, want 65535", got)
	}
	// α = 1 − 900000/10^6 gives bits 429496730 (YUMA.md §1).
	if got := emaAlpha(900_000); got != 429496730 {
		t.Errorf("emaAlpha(900000) = %d, want 429496730", got)
	}
	for v := range 65536 {
		if got := ToU16Proportion(U16Proportion(uint16(v))); got != uint16(v) && got != uint16(v)-1 {
			t.Fatalf("round trip of %d gives %d", v, got)
		}
	}
}

func TestExp(t *testing.T) {
	if got, ok := Exp(0); !ok || got != One {
		t.Errorf("Exp(0) = %d, %v; want 1", got, ok)
	}
	if got, ok := Exp(One); !ok || got != expE {
		t.Errorf("Exp(1) = %d, %v; want e", got, ok)
	}
	// The 31-term series is accurate up to |x| ≈ 10; beyond, it falls short
	// (exp(20) comes out near 4.81e8 rather than 4.85e8), as on chain.
	for _, x := range []float64{-20, -10, -5, -1.5, -0.25, 0.25, 0.5, 2, 5, 10} {
		got, ok := Exp(I32F32(x * (1 << 32)))
		if !ok {
			t.Errorf("Exp(%v) overflowed", x)
			continue
		}
		if rel := math.Abs(float64(got)/(1<<32)-math.Exp(x)) / math.Exp(x); rel > 1e-6 && math.Abs(float64(got)/(1<<32)-math.Exp(x)) > 1e-8 {
			t.Errorf("Exp(%v) = %v, want ≈ %v", x, float64(got)/(1<<32), math.Exp(x))
		}
	}
	// exp(22) exceeds the I32F32 range: the series overflows.
	if _, ok := Exp(FromInt(22)); ok {
		t.Error("Exp(22) did not report overflow")
	}
	if got := ExpSafe(FromInt(50)); got != ExpSafe(FromInt(20)) {
		t.Errorf("ExpSafe(50) = %d, want ExpSafe(20) = %d (clamped)", got, ExpSafe(FromInt(20)))
	}
	// The negative branch is 1/series, truncated.
	series, _ := Exp(FromInt(3))
	if got, _ := Exp(FromInt(-3)); got != One.SafeDiv(series) {
		t.Errorf("Exp(-3) = %d, want 1/Exp(3) = %d", got, One.SafeDiv(series))
	}
}

func TestLiquidAlphaBounds(t *testing.T) {
	low, high := U16Proportion(45875), U16Proportion(58982)
	rng := rand.New(rand.NewPCG(7, 8))
	for range 20_000 {
		c, w, b := I32F32(rng.Int64N(int64(One)+1)), I32F32(rng.Int64N(int64(One)+1)), I32F32(rng.Int64N(int64(One)+1))
		steep := FromInt(int64(int16(rng.Uint32())))
		if a := LiquidAlpha(c, w, b, low, high, steep); a < low || a > high {
			t.Fatalf("LiquidAlpha(%d, %d, %d, steep %d) = %d outside [%d, %d]", c, w, b, steep, a, low, high)
		}
	}
	// At x = 0.5 the sigmoid is exactly 1/2: α is the midpoint (floored).
	mid := LiquidAlpha(0, Half, 0, low, high, FromInt(1000))
	if want := low + (high-low)/2; mid != want {
		t.Errorf("LiquidAlpha at x = 0.5 = %d, want %d", mid, want)
	}
}
