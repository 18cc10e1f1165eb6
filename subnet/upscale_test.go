package subnet

import (
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestMaxUpscaleU16(t *testing.T) {
	tests := []struct {
		name string
		in   []uint16
		want []uint16
	}{
		// YUMA.md Part 2, V9 (subtensor tests/math.rs).
		{"V9 small max above boundary", []uint16{0, 1, 65534}, []uint16{0, 1, 65535}},
		{"V9 single 65534", []uint16{65534}, []uint16{65535}},
		{"V9 already upscaled", []uint16{0, 1, 2, 3, 4, 65533, 65535}, []uint16{0, 1, 2, 3, 4, 65533, 65535}},
		{"V9 empty", []uint16{}, []uint16{}},
		// YUMA.md Part 2 conventions.
		{"equal halves", []uint16{32767, 32767}, []uint16{65535, 65535}},
		{"ratio 1.5, tie rounds away", []uint16{43690, 21845}, []uint16{65535, 32768}},
		// Edges.
		{"nil", nil, []uint16{}},
		{"all zero", []uint16{0, 0, 0}, []uint16{0, 0, 0}},
		{"single one", []uint16{1}, []uint16{65535}},
		{"max exactly at boundary uses second branch", []uint16{32768, 16384, 1}, []uint16{65535, 32768, 2}},
		{"max just above boundary", []uint16{32769, 1}, []uint16{65535, 2}},
		{"half of two rounds up", []uint16{2, 1}, []uint16{65535, 32768}},
		{"thirds exact", []uint16{3, 1, 2}, []uint16{65535, 21845, 43690}},
		{"full range", []uint16{65535, 0, 32768}, []uint16{65535, 0, 32768}},
		{"order kept", []uint16{5, 10, 0, 10}, []uint16{32768, 65535, 0, 65535}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := MaxUpscaleU16(tt.in)
			if got == nil || !slices.Equal(got, tt.want) {
				t.Errorf("MaxUpscaleU16(%v) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestMaxUpscaleU16DoesNotModifyInput(t *testing.T) {
	in := []uint16{1, 2, 3}
	MaxUpscaleU16(in)
	if want := []uint16{1, 2, 3}; !slices.Equal(in, want) {
		t.Errorf("input changed to %v, want %v", in, want)
	}
}

// refI32F32 performs substrate-fixed I32F32 operations literally, on the bit
// pattern as a big.Int, with the signed 64-bit range.
var (
	refMinI64 = big.NewInt(math.MinInt64)
	refMaxI64 = big.NewInt(math.MaxInt64)
)

func refFromInt(n int64) *big.Int { return new(big.Int).Lsh(big.NewInt(n), 32) }

// refSatMul is saturating_mul: (a·b) >> 32 (arithmetic, so a floor) clamped to i64.
func refSatMul(a, b *big.Int) *big.Int {
	p := new(big.Int).Mul(a, b)
	p.Rsh(p, 32)
	if p.Cmp(refMaxI64) > 0 {
		return new(big.Int).Set(refMaxI64)
	}
	if p.Cmp(refMinI64) < 0 {
		return new(big.Int).Set(refMinI64)
	}
	return p
}

// refSafeDiv is safe_div: (a << 32) / b truncated toward zero; 0 on b = 0 or overflow.
func refSafeDiv(a, b *big.Int) *big.Int {
	if b.Sign() == 0 {
		return new(big.Int)
	}
	q := new(big.Int).Quo(new(big.Int).Lsh(a, 32), b)
	if q.Cmp(refMaxI64) > 0 || q.Cmp(refMinI64) < 0 {
		return new(big.Int)
	}
	return q
}

// refRound is round(): nearest integer, ties away from zero.
func refRound(x *big.Int) *big.Int {
	half := big.NewInt(1 << 31)
	abs := new(big.Int).Abs(x)
	abs.Add(abs, half)
	abs.Rsh(abs, 32)
	abs.Lsh(abs, 32)
	if x.Sign() < 0 {
		abs.Neg(abs)
	}
	return abs
}

// refToU16 is saturating_to_num::<u16>(): floor, clamped to [0, 65535].
func refToU16(x *big.Int) uint16 {
	n := new(big.Int).Rsh(x, 32) // floor
	switch {
	case n.Sign() < 0:
		return 0
	case n.Cmp(big.NewInt(math.MaxUint16)) > 0:
		return math.MaxUint16
	}
	return uint16(n.Uint64())
}

// refMaxUpscaleU16 is vec_u16_max_upscale_to_u16 step by step in big.Int.
func refMaxUpscaleU16(w []uint16) []uint16 {
	fixed := make([]*big.Int, len(w))
	for i, v := range w {
		fixed[i] = refFromInt(int64(v))
	}
	out := make([]uint16, len(w))
	if len(w) == 0 {
		return out
	}
	m := fixed[0]
	for _, e := range fixed {
		if e.Cmp(m) > 0 {
			m = e
		}
	}
	u16max := refFromInt(math.MaxUint16)
	threshold := refFromInt(32768)
	for i, e := range fixed {
		switch {
		case m.Sign() == 0:
			out[i] = refToU16(refSatMul(e, u16max))
		case m.Cmp(threshold) > 0:
			out[i] = refToU16(refRound(refSatMul(e, refSafeDiv(u16max, m))))
		default:
			out[i] = refToU16(refRound(refSafeDiv(refSatMul(e, u16max), m)))
		}
	}
	return out
}

func TestMaxUpscaleU16MatchesBigReference(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	gens := []func() uint16{
		func() uint16 { return uint16(r.IntN(1 << 16)) },
		func() uint16 { return uint16(r.IntN(8)) },
		func() uint16 { return uint16(32760 + r.IntN(16)) },
		func() uint16 { return uint16(65535 - r.IntN(4)) },
		func() uint16 { return uint16(r.IntN(1000)) },
	}
	for i := range 20000 {
		gen := gens[i%len(gens)]
		w := make([]uint16, r.IntN(12))
		for j := range w {
			w[j] = gen()
		}
		got, want := MaxUpscaleU16(w), refMaxUpscaleU16(w)
		if !slices.Equal(got, want) {
			t.Fatalf("MaxUpscaleU16(%v) = %v, want %v (big.Int reference)", w, got, want)
		}
	}
}

// Every max value, against a handful of entries each: covers both branches
// and the boundary exhaustively in m.
func TestMaxUpscaleU16EveryMax(t *testing.T) {
	for m := range 1 << 16 {
		mm := uint16(m)
		w := []uint16{mm, 0, 1, mm / 2, mm / 3, mm - min(mm, 1), uint16(uint32(m) * 2 / 3)}
		got, want := MaxUpscaleU16(w), refMaxUpscaleU16(w)
		if !slices.Equal(got, want) {
			t.Fatalf("MaxUpscaleU16(%v) = %v, want %v (big.Int reference)", w, got, want)
		}
		if m > 0 && got[0] != math.MaxUint16 {
			t.Fatalf("MaxUpscaleU16(%v)[0] = %d, want 65535 (the max maps to 65535)", w, got[0])
		}
	}
}

func TestMaxUpscaleU16Monotone(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 5000 {
		w := make([]uint16, 2+r.IntN(10))
		for j := range w {
			w[j] = uint16(r.IntN(1 << 16))
		}
		got := MaxUpscaleU16(w)
		for i := range w {
			for j := range w {
				if w[i] <= w[j] && got[i] > got[j] {
					t.Fatalf("MaxUpscaleU16(%v) = %v: w[%d] ≤ w[%d] but out %d > %d", w, got, i, j, got[i], got[j])
				}
			}
		}
	}
}

func TestFixedHelpersMatchBigReference(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	vals := func() uint64 {
		switch r.IntN(4) {
		case 0:
			return r.Uint64() >> 1 // any non-negative I32F32
		case 1:
			return uint64(r.IntN(1<<16)) << 32 // whole numbers
		case 2:
			return r.Uint64() >> (1 + r.IntN(63))
		default:
			return uint64(r.IntN(4))
		}
	}
	for range 100000 {
		a, b := vals(), vals()
		ba, bb := new(big.Int).SetUint64(a), new(big.Int).SetUint64(b)
		if got, want := fixedSaturatingMul(a, b), refSatMul(ba, bb).Uint64(); got != want {
			t.Fatalf("fixedSaturatingMul(%d, %d) = %d, want %d", a, b, got, want)
		}
		if got, want := fixedSafeDiv(a, b), refSafeDiv(ba, bb).Uint64(); got != want {
			t.Fatalf("fixedSafeDiv(%d, %d) = %d, want %d", a, b, got, want)
		}
		x := a >> 16 // keeps round's input in the range MaxUpscaleU16 produces
		if got, want := fixedRound(x), refRound(new(big.Int).SetUint64(x)).Uint64(); got != want {
			t.Fatalf("fixedRound(%d) = %d, want %d", x, got, want)
		}
		if got, want := fixedToU16(a), refToU16(ba); got != want {
			t.Fatalf("fixedToU16(%d) = %d, want %d", a, got, want)
		}
	}
}

func TestFixedHelperEdges(t *testing.T) {
	tests := []struct {
		name string
		got  uint64
		want uint64
	}{
		{"mul saturates", fixedSaturatingMul(i32f32Max, i32f32Max), i32f32Max},
		{"mul just fits", fixedSaturatingMul(i32f32Max, i32f32One), i32f32Max},
		{"mul floors", fixedSaturatingMul(1, 1), 0},
		{"div by zero", fixedSafeDiv(i32f32One, 0), 0},
		{"div overflow", fixedSafeDiv(i32f32Max, 1), 0},
		{"div truncates", fixedSafeDiv(i32f32One, 3*i32f32One), 1431655765},
		{"round tie away", fixedRound(i32f32One + i32f32Half), 2 * i32f32One},
		{"round below tie", fixedRound(i32f32One + i32f32Half - 1), i32f32One},
		{"to u16 saturates", uint64(fixedToU16(70000 << 32)), 65535},
		{"to u16 floors", uint64(fixedToU16(3<<32 + i32f32Half)), 3},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %d, want %d", tt.name, tt.got, tt.want)
		}
	}
}

func BenchmarkMaxUpscaleU16(b *testing.B) {
	w := make([]uint16, 256)
	for i := range w {
		w[i] = uint16(i * 97)
	}
	for b.Loop() {
		MaxUpscaleU16(w)
	}
}
