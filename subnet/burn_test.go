package subnet

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

func TestMulQ32(t *testing.T) {
	tests := []struct {
		v, f, want uint64
	}{
		{1_000_000_000, OneQ32, 1_000_000_000},
		{3, HalfQ32, 1}, // 1.5 floors to 1
		{0, math.MaxUint64, 0},
		{math.MaxUint64, OneQ32, math.MaxUint64},
		{math.MaxUint64, OneQ32 + 1, math.MaxUint64}, // saturates
		{math.MaxUint64, math.MaxUint64, math.MaxUint64},
		{1_000_000_000, DefaultBurnDecayFactorQ32, 998_076_443},
		{1 << 40, 1, 1 << 8},
	}
	for _, tt := range tests {
		if got := MulQ32(tt.v, tt.f); got != tt.want {
			t.Errorf("MulQ32(%d, %d) = %d, want %d", tt.v, tt.f, got, tt.want)
		}
	}
}

func refMulQ32(v, f uint64) uint64 {
	p := new(big.Int).Mul(new(big.Int).SetUint64(v), new(big.Int).SetUint64(f))
	p.Rsh(p, 32)
	if !p.IsUint64() {
		return math.MaxUint64
	}
	return p.Uint64()
}

func TestMulQ32MatchesBigReference(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for range 100000 {
		v, f := r.Uint64()>>r.IntN(64), r.Uint64()>>r.IntN(64)
		if got, want := MulQ32(v, f), refMulQ32(v, f); got != want {
			t.Fatalf("MulQ32(%d, %d) = %d, want %d", v, f, got, want)
		}
	}
}

func TestPowQ32(t *testing.T) {
	tests := []struct {
		base uint64
		exp  uint16
		want uint64
	}{
		{12345, 0, OneQ32},
		{12345, 1, 12345},
		{HalfQ32, 2, 1 << 30},
		{HalfQ32, 32, 1},
		{HalfQ32, 33, 0},
		{OneQ32, 65535, OneQ32},
		{2 * OneQ32, 31, 1 << 63},
		{2 * OneQ32, 32, math.MaxUint64}, // saturates
		{DefaultBurnDecayFactorQ32, 360, 2_147_483_532},
		{DefaultBurnDecayFactorQ32 + 1, 360, 2_147_483_707},
	}
	for _, tt := range tests {
		if got := PowQ32(tt.base, tt.exp); got != tt.want {
			t.Errorf("PowQ32(%d, %d) = %d, want %d", tt.base, tt.exp, got, tt.want)
		}
	}
}

// The order of the floored multiplications matters: squaring and repeated
// multiplication give different powers, and the chain squares.
func TestPowQ32IsNotRepeatedMultiplication(t *testing.T) {
	repeated := OneQ32
	for range 360 {
		repeated = MulQ32(repeated, DefaultBurnDecayFactorQ32)
	}
	if got, want := repeated, uint64(2_147_483_510); got != want {
		t.Fatalf("repeated multiplication: got %d, want %d", got, want)
	}
	if got := PowQ32(DefaultBurnDecayFactorQ32, 360); got == repeated {
		t.Fatalf("PowQ32 = %d equals repeated multiplication; want squaring's floors", got)
	}
}

// The binary search in DecayFactorQ32 relies on PowQ32 being monotone in its base.
func TestPowQ32MonotoneInBase(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	for range 20000 {
		a, b := uint64(r.Uint32()), uint64(r.Uint32())
		if a > b {
			a, b = b, a
		}
		e := uint16(r.IntN(1 << 16))
		if pa, pb := PowQ32(a, e), PowQ32(b, e); pa > pb {
			t.Fatalf("PowQ32(%d, %d) = %d > PowQ32(%d, %d) = %d", a, e, pa, b, e, pb)
		}
	}
}

func TestDecayFactorQ32(t *testing.T) {
	tests := []struct {
		halfLife uint16
		want     uint64
	}{
		{0, OneQ32},
		{1, HalfQ32},
		{2, 3_037_000_500},
		{3, 3_408_917_802},
		{100, 4_265_299_790},
		{DefaultBurnHalfLife, DefaultBurnDecayFactorQ32},
		{360, 4_286_705_684},
		{7200, 4_294_553_838},
		{36100, 4_294_884_830}, // MaxBurnHalfLife
		{65535, 4_294_921_870},
	}
	for _, tt := range tests {
		if got := DecayFactorQ32(tt.halfLife); got != tt.want {
			t.Errorf("DecayFactorQ32(%d) = %d, want %d", tt.halfLife, got, tt.want)
		}
	}
}

// DecayFactorQ32 is the largest f < 2^32 with PowQ32(f, H) ≤ 0.5, and lies
// close to the real 2^(−1/H).
func TestDecayFactorQ32IsLargestAtMostHalf(t *testing.T) {
	check := func(h uint16) {
		f := DecayFactorQ32(h)
		if f >= OneQ32 {
			t.Fatalf("DecayFactorQ32(%d) = %d, want < 2^32", h, f)
		}
		if p := PowQ32(f, h); p > HalfQ32 {
			t.Fatalf("PowQ32(DecayFactorQ32(%d) = %d) = %d, want ≤ %d", h, f, p, HalfQ32)
		}
		if p := PowQ32(f+1, h); p <= HalfQ32 {
			t.Fatalf("PowQ32(DecayFactorQ32(%d)+1 = %d) = %d, want > %d", h, f+1, p, HalfQ32)
		}
		ideal := math.Exp2(-1/float64(h)) * float64(OneQ32)
		if d := math.Abs(float64(f) - ideal); d > 64 {
			t.Fatalf("DecayFactorQ32(%d) = %d, %f away from 2^(-1/H)·2^32 = %f", h, f, d, ideal)
		}
	}
	step := 1
	if testing.Short() {
		step = 211
	}
	for h := 1; h <= 2048; h += step {
		check(uint16(h))
	}
	for h := 2049; h <= math.MaxUint16; h += 97 * step {
		check(uint16(h))
	}
	check(math.MaxUint16)
}

func TestDecayBurn(t *testing.T) {
	f := DefaultBurnDecayFactorQ32
	tests := []struct {
		name                  string
		burn, f, lo, hi, want uint64
	}{
		{"one tao decays", DefaultBurn, f, DefaultMinBurn, DefaultMaxBurn, 998_076_443},
		{"above max decays then clamps", 200 * TAO, f, DefaultMinBurn, DefaultMaxBurn, DefaultMaxBurn},
		{"just above max", 100*TAO + 1, f, DefaultMinBurn, DefaultMaxBurn, 99_807_644_357},
		{"at min stays", DefaultMinBurn, f, DefaultMinBurn, DefaultMaxBurn, DefaultMinBurn},
		{"below min raised", 10, f, DefaultMinBurn, DefaultMaxBurn, DefaultMinBurn},
		{"factor one only clamps", 7, OneQ32, 10, 100, 10},
		{"factor one in range", 50, OneQ32, 10, 100, 50},
		{"min above max gives max", 50, OneQ32, 100, 10, 10},
		{"zero price, zero min", 0, f, 0, DefaultMaxBurn, 0},
	}
	for _, tt := range tests {
		if got := DecayBurn(tt.burn, tt.f, tt.lo, tt.hi); got != tt.want {
			t.Errorf("%s: DecayBurn(%d, %d, %d, %d) = %d, want %d", tt.name, tt.burn, tt.f, tt.lo, tt.hi, got, tt.want)
		}
	}
}

func TestDecayBurnBlocks(t *testing.T) {
	tests := []struct {
		name         string
		burn, blocks uint64
		halfLife     uint16
		lo, hi, want uint64
	}{
		{"zero blocks leaves the price", 7, 0, 360, 10, 100, 7},
		{"one block", DefaultBurn, 1, DefaultBurnHalfLife, DefaultMinBurn, DefaultMaxBurn, 998_076_443},
		{"one half-life halves, floors make it a little less", DefaultBurn, 360, DefaultBurnHalfLife, DefaultMinBurn, DefaultMaxBurn, 499_999_865},
		{"max halves in a half-life", DefaultMaxBurn, 360, DefaultBurnHalfLife, DefaultMinBurn, DefaultMaxBurn, 49_999_999_600},
		{"max reaches min", DefaultMaxBurn, 10_000, DefaultBurnHalfLife, DefaultMinBurn, DefaultMaxBurn, DefaultMinBurn},
		{"huge block count stops at the floor", DefaultMaxBurn, math.MaxUint64, DefaultBurnHalfLife, DefaultMinBurn, DefaultMaxBurn, DefaultMinBurn},
		{"half-life zero only clamps", 5 * DefaultMaxBurn, math.MaxUint64, 0, DefaultMinBurn, DefaultMaxBurn, DefaultMaxBurn},
		{"half-life one halves each block", 1024, 3, 1, 0, math.MaxUint64, 128},
		{"down to zero", 1024, math.MaxUint64, 1, 0, math.MaxUint64, 0},
	}
	for _, tt := range tests {
		if got := DecayBurnBlocks(tt.burn, tt.blocks, tt.halfLife, tt.lo, tt.hi); got != tt.want {
			t.Errorf("%s: DecayBurnBlocks(%d, %d, %d, %d, %d) = %d, want %d",
				tt.name, tt.burn, tt.blocks, tt.halfLife, tt.lo, tt.hi, got, tt.want)
		}
	}
}

// DecayBurnBlocks is bit-identical to applying DecayBurn block by block.
func TestDecayBurnBlocksMatchesPerBlockLoop(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 16))
	halfLives := []uint16{0, 1, 2, 3, 7, 100, 360, 1000}
	for range 3000 {
		h := halfLives[r.IntN(len(halfLives))]
		burn := r.Uint64() >> r.IntN(64)
		lo, hi := r.Uint64()>>(20+r.IntN(44)), r.Uint64()>>r.IntN(40)
		if r.IntN(4) == 0 {
			lo, hi = DefaultMinBurn, DefaultMaxBurn
		}
		blocks := uint64(r.IntN(3000))
		f := DecayFactorQ32(h)
		want := burn
		for range blocks {
			want = DecayBurn(want, f, lo, hi)
		}
		if got := DecayBurnBlocks(burn, blocks, h, lo, hi); got != want {
			t.Fatalf("DecayBurnBlocks(%d, %d, %d, %d, %d) = %d, want %d (per-block loop)", burn, blocks, h, lo, hi, got, want)
		}
	}
}

// The worst case (longest half-life, from the top of the u64 range to 0)
// still terminates for an unbounded block count.
func TestDecayBurnBlocksWorstCaseTerminates(t *testing.T) {
	if testing.Short() {
		t.Skip("runs ~4.3M iterations")
	}
	if got := DecayBurnBlocks(math.MaxUint64, math.MaxUint64, math.MaxUint16, 0, math.MaxUint64); got != 0 {
		t.Fatalf("DecayBurnBlocks(max, max, 65535, 0, max) = %d, want 0", got)
	}
}

func TestDefaultBurnIncreaseMultIsFloat126(t *testing.T) {
	// U64F64::from_num(1.26): the float64 nearest 1.26, exact in 64 fraction bits.
	want := new(big.Float).SetPrec(256).SetFloat64(1.26)
	want.SetMantExp(want, 64)
	wantInt, acc := want.Int(nil)
	if acc != big.Exact {
		t.Fatalf("1.26·2^64 not exact in float64 (%v)", acc)
	}
	m := DefaultBurnIncreaseMult()
	got := new(big.Int).Lsh(new(big.Int).SetUint64(m.Int), 64)
	got.Or(got, new(big.Int).SetUint64(m.Frac))
	if got.Cmp(wantInt) != 0 {
		t.Fatalf("DefaultBurnIncreaseMult bits = %x, want %x", got, wantInt)
	}
}

func TestBumpBurn(t *testing.T) {
	tests := []struct {
		name         string
		burn, lo, hi uint64
		want         uint64
	}{
		{"one tao", DefaultBurn, DefaultMinBurn, DefaultMaxBurn, 1_260_000_000},
		{"min", DefaultMinBurn, DefaultMinBurn, DefaultMaxBurn, 630_000},
		{"floors", 3, 0, math.MaxUint64, 3},         // 3.78
		{"floors 100", 100, 0, math.MaxUint64, 126}, // 126.0000000000000008…
		{"clamped to max", 90 * TAO, DefaultMinBurn, DefaultMaxBurn, DefaultMaxBurn},
		{"zero raised to min", 0, DefaultMinBurn, DefaultMaxBurn, DefaultMinBurn},
		{"saturates", math.MaxUint64, 0, math.MaxUint64, math.MaxUint64},
		{"min above max gives max", 10, 100, 50, 50},
	}
	for _, tt := range tests {
		if got := BumpBurn(tt.burn, tt.lo, tt.hi); got != tt.want {
			t.Errorf("%s: BumpBurn(%d, %d, %d) = %d, want %d", tt.name, tt.burn, tt.lo, tt.hi, got, tt.want)
		}
	}
}

func TestBumpBurnBy(t *testing.T) {
	tests := []struct {
		name string
		burn uint64
		mult U64F64
		want uint64
	}{
		{"below one acts as one", 1000, U64F64{Frac: 1 << 63}, 1000},
		{"zero acts as one", 1000, U64F64{}, 1000},
		{"two", 1000, U64F64{Int: 2}, 2000},
		{"one and a half floors", 3, U64F64{Int: 1, Frac: 1 << 63}, 4},
		{"integer overflow saturates", 4, U64F64{Int: 1 << 63}, math.MaxUint64},
		{"fraction carry saturates", math.MaxUint64, U64F64{Int: 1, Frac: 1 << 63}, math.MaxUint64},
	}
	for _, tt := range tests {
		if got := BumpBurnBy(tt.burn, tt.mult, 0, math.MaxUint64); got != tt.want {
			t.Errorf("%s: BumpBurnBy(%d, %+v, 0, max) = %d, want %d", tt.name, tt.burn, tt.mult, got, tt.want)
		}
	}
}

// refBumpBurn is bump_registration_price_after_registration in big.Int:
// floor(burn · max(mult, 1)), saturated to u64, then clamped.
func refBumpBurn(burn uint64, mult U64F64, lo, hi uint64) uint64 {
	m := new(big.Int).Lsh(new(big.Int).SetUint64(mult.Int), 64)
	m.Or(m, new(big.Int).SetUint64(mult.Frac))
	if one := new(big.Int).Lsh(big.NewInt(1), 64); m.Cmp(one) < 0 {
		m = one
	}
	p := new(big.Int).Mul(new(big.Int).SetUint64(burn), m)
	p.Rsh(p, 64)
	v := uint64(math.MaxUint64)
	if p.IsUint64() {
		v = p.Uint64()
	}
	return clampBurn(v, lo, hi)
}

func TestBumpBurnByMatchesBigReference(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 18))
	for range 100000 {
		burn := r.Uint64() >> r.IntN(64)
		mult := U64F64{Int: r.Uint64() >> r.IntN(64), Frac: r.Uint64()}
		if r.IntN(3) == 0 {
			mult.Int = uint64(r.IntN(3))
		}
		lo, hi := r.Uint64()>>r.IntN(64), r.Uint64()>>r.IntN(64)
		if got, want := BumpBurnBy(burn, mult, lo, hi), refBumpBurn(burn, mult, lo, hi); got != want {
			t.Fatalf("BumpBurnBy(%d, %+v, %d, %d) = %d, want %d", burn, mult, lo, hi, got, want)
		}
	}
}

func BenchmarkDecayFactorQ32(b *testing.B) {
	for b.Loop() {
		DecayFactorQ32(DefaultBurnHalfLife)
	}
}

func BenchmarkDecayBurnBlocksMaxToMin(b *testing.B) {
	for b.Loop() {
		DecayBurnBlocks(DefaultMaxBurn, math.MaxUint64, DefaultBurnHalfLife, DefaultMinBurn, DefaultMaxBurn)
	}
}
