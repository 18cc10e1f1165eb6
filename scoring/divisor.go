package scoring

import "math/bits"

// divisor divides many I32F32 values by one positive divisor d, giving the
// same bits as SafeDiv: trunc(a·2^32 / d), or 0 on overflow. It precomputes
// a reciprocal of the normalized divisor so that each non-negative division
// costs two multiplications instead of a hardware 128/64 division
// (Möller and Granlund, "Improved division by invariant integers", 2011,
// Algorithm 4). Negative dividends and non-positive divisors fall back to
// SafeDiv.
type divisor struct {
	d     I32F32 // the divisor
	norm  uint64 // d shifted left until its top bit is set
	recip uint64 // floor((2^128−1)/norm) − 2^64
	shift uint
}

func newDivisor(d I32F32) divisor {
	if d <= 0 {
		return divisor{d: d}
	}
	s := uint(bits.LeadingZeros64(uint64(d)))
	norm := uint64(d) << s
	recip, _ := bits.Div64(^norm, ^uint64(0), norm)
	return divisor{d: d, norm: norm, recip: recip, shift: s}
}

// safeDiv returns a.SafeDiv(q.d).
func (q divisor) safeDiv(a I32F32) I32F32 {
	if a < 0 || q.d <= 0 {
		return a.SafeDiv(q.d)
	}
	// Numerator a·2^32 as (hi, lo); the quotient fits 64 bits iff hi < d.
	hi, lo := uint64(a)>>(64-FracBits), uint64(a)<<FracBits
	if hi >= uint64(q.d) {
		return 0
	}
	if q.shift > 0 {
		hi = hi<<q.shift | lo>>(64-q.shift)
		lo <<= q.shift
	}
	// 2-by-1 division of (hi, lo) by norm with the precomputed reciprocal.
	qh, ql := bits.Mul64(q.recip, hi)
	ql, c := bits.Add64(ql, lo, 0)
	qh, _ = bits.Add64(qh, hi+1, c)
	r := lo - qh*q.norm
	if r > ql {
		qh--
		r += q.norm
	}
	if r >= q.norm {
		qh++
	}
	if qh > 1<<63-1 {
		return 0
	}
	return I32F32(qh)
}
