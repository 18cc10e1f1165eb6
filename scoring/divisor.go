package scoring

import "math/bits"

// divisor divides many I32F32 values by one divisor d, giving the same bits
// as SafeDiv: trunc(a·2^32 / d), or 0 on overflow. It precomputes
// reciprocals so that a non-negative division costs one or two
// multiplications instead of a hardware 128/64 division: for numerators
// a·2^32 below 2^64 (a < 1.0, the common case of normalizing) an estimate
// ⌊N·⌊(2^64−1)/d⌋/2^64⌋ that is at most two below the quotient, corrected
// branch-free; for larger ones a 2-by-1 division with the reciprocal of the
// normalized divisor (Möller and Granlund, "Improved division by invariant
// integers", 2011, Algorithm 4). Negative dividends and divisors below 2
// (in bits) fall back to SafeDiv.
type divisor struct {
	d     I32F32 // the divisor
	inv   uint64 // ⌊(2^64−1)/d⌋; 0 when the fast paths do not apply
	norm  uint64 // d shifted left until its top bit is set
	recip uint64 // ⌊(2^128−1)/norm⌋ − 2^64
	shift uint
	// For a divisor with no fraction bits, d' = d/2^32 and ⌊(2^64−1)/d'⌋:
	// a dividend with no fraction bits then divides as a 64-bit integer,
	// a/d', since (a·2^32)/d = a/d' exactly.
	intD, intInv uint64
}

func newDivisor(d I32F32) divisor {
	if d < 2 {
		return divisor{d: d}
	}
	s := uint(bits.LeadingZeros64(uint64(d)))
	norm := uint64(d) << s
	recip, _ := bits.Div64(^norm, ^uint64(0), norm)
	q := divisor{d: d, inv: ^uint64(0) / uint64(d), norm: norm, recip: recip, shift: s}
	if d&(One-1) == 0 {
		q.intD = uint64(d) >> FracBits
		q.intInv = ^uint64(0) / q.intD
	}
	return q
}

// safeDiv returns a.SafeDiv(q.d).
func (q *divisor) safeDiv(a I32F32) I32F32 {
	if uint64(a) < 1<<FracBits && q.inv != 0 {
		n := uint64(a) << FracBits
		est, _ := bits.Mul64(n, q.inv)
		r := n - est*uint64(q.d)
		// est is q, q−1 or q−2; since d ≥ 2, q < 2^63 fits.
		_, borrow := bits.Sub64(r, uint64(q.d), 0)
		est += 1 - borrow
		r -= uint64(q.d) & (borrow - 1)
		_, borrow = bits.Sub64(r, uint64(q.d), 0)
		est += 1 - borrow
		return I32F32(est)
	}
	return q.slowDiv(a)
}

func (q *divisor) slowDiv(a I32F32) I32F32 {
	if a < 0 || q.inv == 0 {
		return a.SafeDiv(q.d)
	}
	if a&(One-1) == 0 && q.intD != 0 {
		n := uint64(a)
		est, _ := bits.Mul64(n, q.intInv)
		r := n - est*q.intD
		for r >= q.intD { // at most twice
			est++
			r -= q.intD
		}
		return I32F32(est) // ≤ a < 2^63
	}
	// Numerator a·2^32 as (hi, lo); the quotient fits 64 bits iff hi < d.
	hi, lo := uint64(a)>>(64-FracBits), uint64(a)<<FracBits
	if hi >= uint64(q.d) {
		return 0
	}
	hi = hi<<q.shift | lo>>(64-q.shift)
	lo <<= q.shift
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
