package scoring

import (
	"math"
	"math/bits"
)

// I32F32 is a signed fixed-point number with 32 integer and 32 fraction bits,
// stored as its raw bits (value·2^32). Its operations reproduce the
// substrate-fixed crate that subtensor uses, bit for bit (YUMA.md §1):
// multiplication floors, division truncates toward zero, SafeDiv yields zero
// on a zero divisor or an overflow, and the Sat* forms clamp to the range.
type I32F32 int64

// Fixed-point constants.
const (
	// FracBits is the number of fraction bits of I32F32.
	FracBits = 32
	// One is 1.0.
	One I32F32 = 1 << FracBits
	// Half is 0.5.
	Half I32F32 = 1 << (FracBits - 1)
	// MaxI32F32 and MinI32F32 are the representable extremes.
	MaxI32F32 I32F32 = math.MaxInt64
	MinI32F32 I32F32 = math.MinInt64

	u16Max = 65535
	// u16MaxFixed is 65535.0.
	u16MaxFixed I32F32 = u16Max << FracBits
)

// FromInt converts an integer to I32F32, saturating: n·2^32.
func FromInt(n int64) I32F32 {
	switch {
	case n > math.MaxInt32:
		return MaxI32F32
	case n < math.MinInt32:
		return MinI32F32
	}
	return I32F32(n << FracBits)
}

// FromU16 converts a u16 to I32F32 exactly: v·2^32.
func FromU16(v uint16) I32F32 { return I32F32(int64(v) << FracBits) }

// U16Proportion converts a stored u16 proportion to I32F32:
// x / 65535 as SafeDiv(I32F32(x), I32F32(65535)), i.e. floor(x·2^32/65535).
func U16Proportion(x uint16) I32F32 {
	return I32F32(uint64(x) << FracBits / u16Max)
}

// ToU16Proportion stores a proportion as u16: floor(x·65535), saturating to
// [0, 65535] (subtensor's fixed_proportion_to_u16).
func ToU16Proportion(x I32F32) uint16 {
	return x.SatMul(u16MaxFixed).SatToU16()
}

// SatToU16 drops the fraction (floor) and clamps to [0, 65535].
func (a I32F32) SatToU16() uint16 {
	if a <= 0 {
		return 0
	}
	v := int64(a) >> FracBits
	if v > u16Max {
		return u16Max
	}
	return uint16(v)
}

// SatToU64 drops the fraction (floor) and clamps to [0, 2^64−1].
func (a I32F32) SatToU64() uint64 {
	if a <= 0 {
		return 0
	}
	return uint64(a) >> FracBits
}

// Floor returns the integer part, rounding toward −∞.
func (a I32F32) Floor() int64 { return int64(a) >> FracBits }

// Round rounds to the nearest integer, ties away from zero, saturating
// (substrate-fixed round()).
func (a I32F32) Round() I32F32 {
	if a >= 0 {
		if a > MaxI32F32-Half {
			return MaxI32F32 &^ (One - 1)
		}
		return (a + Half) &^ (One - 1)
	}
	if a < MinI32F32+Half {
		return MinI32F32
	}
	return -((-a + Half) &^ (One - 1))
}

// SatAdd returns a+b clamped to the range.
func (a I32F32) SatAdd(b I32F32) I32F32 {
	s := a + b
	if (s > a) != (b > 0) {
		if b > 0 {
			return MaxI32F32
		}
		return MinI32F32
	}
	return s
}

// SatSub returns a−b clamped to the range.
func (a I32F32) SatSub(b I32F32) I32F32 {
	s := a - b
	if (s < a) != (b > 0) {
		if b > 0 {
			return MinI32F32
		}
		return MaxI32F32
	}
	return s
}

// mul128 returns the signed 128-bit product a·b as (hi, lo).
func mul128(a, b int64) (hi int64, lo uint64) {
	h, l := bits.Mul64(uint64(a), uint64(b))
	hi = int64(h)
	if a < 0 {
		hi -= b
	}
	if b < 0 {
		hi -= a
	}
	return hi, l
}

// CheckedMul returns floor(a·b / 2^32) and whether it fits.
func (a I32F32) CheckedMul(b I32F32) (I32F32, bool) {
	if a|b >= 0 { // both non-negative: an unsigned product
		hi, lo := bits.Mul64(uint64(a), uint64(b))
		if hi >= 1<<(FracBits-1) {
			return 0, false
		}
		return I32F32(hi<<(64-FracBits) | lo>>FracBits), true
	}
	hi, lo := mul128(int64(a), int64(b))
	// Arithmetic shift of the 128-bit product by 32 floors.
	rhi := hi >> FracBits
	rlo := uint64(hi)<<(64-FracBits) | lo>>FracBits
	if rhi != int64(rlo)>>63 {
		return 0, false
	}
	return I32F32(rlo), true
}

// SatMul returns floor(a·b / 2^32) clamped to the range.
func (a I32F32) SatMul(b I32F32) I32F32 {
	// Both non-negative and no overflow: the common case, kept inlinable.
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	if a|b >= 0 && hi < 1<<(FracBits-1) {
		return I32F32(hi<<(64-FracBits) | lo>>FracBits)
	}
	return a.satMulSigned(b)
}

func (a I32F32) satMulSigned(b I32F32) I32F32 {
	if r, ok := a.CheckedMul(b); ok {
		return r
	}
	if (a < 0) != (b < 0) {
		return MinI32F32
	}
	return MaxI32F32
}

// divMag divides the magnitudes: trunc(|a|·2^32 / |b|), reporting whether the
// quotient fits the signed range. b must be nonzero.
func divMag(a, b I32F32) (I32F32, bool) {
	neg := (a < 0) != (b < 0)
	ua, ub := absU64(int64(a)), absU64(int64(b))
	hi, lo := ua>>(64-FracBits), ua<<FracBits
	if hi >= ub {
		return 0, false
	}
	q, _ := bits.Div64(hi, lo, ub)
	if neg {
		if q > 1<<63 {
			return 0, false
		}
		return I32F32(-q), true
	}
	if q > math.MaxInt64 {
		return 0, false
	}
	return I32F32(q), true
}

func absU64(x int64) uint64 {
	if x < 0 {
		return uint64(-x) // also right for MinInt64: 2^63
	}
	return uint64(x)
}

// SafeDiv returns trunc(a·2^32 / b), or 0 when b is 0 or the quotient
// overflows (subtensor's safe_div = checked_div().unwrap_or_default()).
func (a I32F32) SafeDiv(b I32F32) I32F32 {
	if b == 0 {
		return 0
	}
	q, _ := divMag(a, b)
	return q
}

// SatDiv returns trunc(a·2^32 / b) clamped to the range; a zero divisor
// saturates by the sign of a (substrate-fixed panics there; callers never
// divide by zero).
func (a I32F32) SatDiv(b I32F32) I32F32 {
	if b == 0 {
		switch {
		case a > 0:
			return MaxI32F32
		case a < 0:
			return MinI32F32
		}
		return 0
	}
	if q, ok := divMag(a, b); ok {
		return q
	}
	if (a < 0) != (b < 0) {
		return MinI32F32
	}
	return MaxI32F32
}

// Clamp returns a limited to [lo, hi] as min(a, hi) then max(·, lo).
func (a I32F32) Clamp(lo, hi I32F32) I32F32 {
	return max(min(a, hi), lo)
}

// expE is e with 32 fraction bits, truncated: floor(e·2^32).
const expE I32F32 = 11674931554

// Exp is substrate-fixed's exp for I32F32: exp(0) = 1, exp(1) = e, otherwise
// the Taylor series 1 + y + Σ_{i=2}^{31} y^i/i! of y = |x|, each term computed
// as term = term·y then term/i with checked operations, and 1/result for
// x < 0. It reports false when an operation overflows.
func Exp(x I32F32) (I32F32, bool) {
	switch x {
	case 0:
		return One, true
	case One:
		return expE, true
	}
	y := x
	if y < 0 {
		if y == MinI32F32 {
			return 0, false
		}
		y = -y
	}
	result, ok := y.checkedAdd(One)
	if !ok {
		return 0, false
	}
	term := y
	for i := int64(2); i < FracBits; i++ {
		if term, ok = term.CheckedMul(y); !ok {
			return 0, false
		}
		if term, ok = divMag(term, I32F32(i<<FracBits)); !ok {
			return 0, false
		}
		if result, ok = result.checkedAdd(term); !ok {
			return 0, false
		}
	}
	if x < 0 {
		return divMag(One, result)
	}
	return result, true
}

func (a I32F32) checkedAdd(b I32F32) (I32F32, bool) {
	s := a + b
	if (s > a) != (b > 0) {
		return 0, false
	}
	return s, true
}

// ExpSafe clamps x to [−20, 20] and returns Exp of it; on overflow it
// returns 0 for x ≤ 0 and MaxI32F32 otherwise (subtensor's exp_safe).
func ExpSafe(x I32F32) I32F32 {
	x = min(max(x, FromInt(-20)), FromInt(20))
	if r, ok := Exp(x); ok {
		return r
	}
	if x <= 0 {
		return 0
	}
	return MaxI32F32
}

// VecMaxUpscaleToU16 scales a non-negative vector so that its maximum maps to
// 65535 (subtensor's vec_max_upscale_to_u16):
//
//	max == 0:      u16(e·65535)
//	max > 32768:   u16(round(e · (65535/max)))
//	otherwise:     u16(round(e·65535 / max))
//
// with saturating multiplications, SafeDiv and ties-away rounding. An empty
// vector stays empty.
func VecMaxUpscaleToU16(v []I32F32) []uint16 {
	out := make([]uint16, len(v))
	if len(v) == 0 {
		return out
	}
	mx := v[0]
	for _, e := range v[1:] {
		mx = max(mx, e)
	}
	switch {
	case mx == 0:
		for i, e := range v {
			out[i] = e.SatMul(u16MaxFixed).SatToU16()
		}
	case mx > FromInt(32768):
		ratio := u16MaxFixed.SafeDiv(mx)
		for i, e := range v {
			out[i] = e.SatMul(ratio).Round().SatToU16()
		}
	default:
		for i, e := range v {
			out[i] = e.SatMul(u16MaxFixed).SafeDiv(mx).Round().SatToU16()
		}
	}
	return out
}

// mulUnit is SatMul for operands in [0, 1.0] (bits [0, 2^32]), where the
// product cannot overflow or be negative: floor(a·b / 2^32). It is small
// enough to inline; the epoch uses it only where both operands are
// proportions (normalized stake, weights, bonds, incentive or α).
func mulUnit(a, b I32F32) I32F32 {
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	return I32F32(hi<<(64-FracBits) | lo>>FracBits)
}
