package subnet

import (
	"math"
	"math/bits"
)

// I32F32 arithmetic, as substrate-fixed performs it (YUMA.md §1), on the bit
// pattern of a value (value·2^32). Only the non-negative half of the type is
// needed here: every operand comes from a u16, so the helpers take and return
// bit patterns in [0, 2^63−1].
const (
	i32f32Frac = 32
	i32f32One  = uint64(1) << i32f32Frac
	i32f32Half = uint64(1) << (i32f32Frac - 1)
	i32f32Max  = uint64(math.MaxInt64) // I32F32::MAX bits

	u16MaxFixed     = uint64(math.MaxUint16) << i32f32Frac // I32F32(65535)
	upscaleBoundary = uint64(32768) << i32f32Frac          // I32F32(32768)
)

// fixedSaturatingMul is I32F32 saturating_mul for non-negative a, b:
// (a·b) >> 32 at 128-bit width (a floor), clamped to I32F32::MAX.
func fixedSaturatingMul(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	// The result hi·2^32 + lo>>32 exceeds 2^63−1 exactly when hi ≥ 2^31.
	if hi >= 1<<31 {
		return i32f32Max
	}
	return hi<<i32f32Frac | lo>>i32f32Frac
}

// fixedSafeDiv is I32F32 safe_div (checked_div, default 0) for non-negative
// a, b: (a << 32) / b truncated, or 0 when b is 0 or the quotient does not
// fit in I32F32.
func fixedSafeDiv(a, b uint64) uint64 {
	if b == 0 {
		return 0
	}
	hi, lo := a>>(64-i32f32Frac), a<<i32f32Frac
	if hi >= b { // quotient ≥ 2^64
		return 0
	}
	q, _ := bits.Div64(hi, lo, b)
	if q > i32f32Max {
		return 0
	}
	return q
}

// fixedRound is I32F32 round(): to the nearest integer, ties away from zero.
// For non-negative x that is floor(x + 0.5); the input never exceeds
// I32F32(65535) here, so the addition cannot overflow.
func fixedRound(x uint64) uint64 {
	return (x + i32f32Half) &^ (i32f32One - 1)
}

// fixedToU16 is saturating_to_num::<u16>() for non-negative x: the integer
// part (a floor), clamped to 65535.
func fixedToU16(x uint64) uint16 {
	n := x >> i32f32Frac
	if n > math.MaxUint16 {
		return math.MaxUint16
	}
	return uint16(n)
}

// MaxUpscaleU16 scales a weight vector so that its largest entry becomes
// 65535, exactly as subtensor's vec_u16_max_upscale_to_u16 does before
// weights are stored (YUMA.md §8.3 step 7). Each w is taken as the I32F32
// e = w·2^32 and, with m = max(w):
//
//	m == 0:     out = sat_u16(floor(e·65535))                   (all zeros)
//	m > 32768:  out = sat_u16(round(e · safe_div(65535, m)))
//	otherwise:  out = sat_u16(round(safe_div(e·65535, m)))
//
// where · is the floored I32F32 product, safe_div the truncating I32F32
// quotient (0 on division by zero), round is to nearest with ties away from
// zero and sat_u16 drops the fraction and clamps to [0, 65535]. Examples:
// [0, 1, 65534] → [0, 1, 65535]; [43690, 21845] → [65535, 32768]. The result
// has the same length as w; an empty or nil input gives an empty result.
func MaxUpscaleU16(w []uint16) []uint16 {
	out := make([]uint16, len(w))
	if len(w) == 0 {
		return out
	}
	var m uint16
	for _, v := range w {
		m = max(m, v)
	}
	mFixed := uint64(m) << i32f32Frac
	switch {
	case mFixed == 0:
		for i, v := range w {
			out[i] = fixedToU16(fixedSaturatingMul(uint64(v)<<i32f32Frac, u16MaxFixed))
		}
	case mFixed > upscaleBoundary:
		ratio := fixedSafeDiv(u16MaxFixed, mFixed)
		for i, v := range w {
			out[i] = fixedToU16(fixedRound(fixedSaturatingMul(uint64(v)<<i32f32Frac, ratio)))
		}
	default:
		for i, v := range w {
			scaled := fixedSaturatingMul(uint64(v)<<i32f32Frac, u16MaxFixed)
			out[i] = fixedToU16(fixedRound(fixedSafeDiv(scaled, mFixed)))
		}
	}
	return out
}
