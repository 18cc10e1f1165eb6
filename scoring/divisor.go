package scoring

import "math/bits"

// divisor divides many I32F32 values by one divisor d, giving the same bits
// as SafeDiv: trunc(a·2^32 / d), or 0 on overflow, with multiplications in
// place of hardware 128/64 divisions:
//
//   - a numerator N = a·2^32 below 2^64 (0 ≤ a < 1.0, the common case of
//     normalizing) divides exactly with Granlund and Montgomery's magic
//     multiplier ("Division by invariant integers using multiplication",
//     1994, fig. 4.1): t = ⌊m·N/2^64⌋, q = (t + (N−t)/2) / 2^(l−1);
//   - when a and d both have no fraction bits (values read from u16), a·2^32/d
//     is a/(d/2^32), a 64-bit division done the same way;
//   - otherwise a 2-by-1 division with the reciprocal of the normalized
//     divisor (Möller and Granlund, "Improved division by invariant
//     integers", 2011, algorithm 4).
//
// Negative dividends and divisors below 2 (in bits) fall back to SafeDiv.
type divisor struct {
	d  I32F32
	m  uint64 // magic for d; 0 when d < 2
	sh uint8  // l − 1 with l = ⌈log2 d⌉

	intD   uint64 // d/2^32 when d has no fraction bits and d/2^32 ≥ 2, else 0
	intM   uint64
	intSh  uint8
	norm   uint64 // d shifted left until its top bit is set
	recip  uint64 // ⌊(2^128−1)/norm⌋ − 2^64
	nShift uint8
}

// magic returns Granlund–Montgomery's multiplier and shift for d ≥ 2.
func magic(d uint64) (m uint64, sh uint8) {
	l := uint(64 - bits.LeadingZeros64(d-1)) // ⌈log2 d⌉ ≥ 1
	var hi uint64                            // 2^l − d, which is below d
	if l == 64 {
		hi = -d
	} else {
		hi = 1<<l - d
	}
	m, _ = bits.Div64(hi, 0, d)
	return m + 1, uint8(l - 1)
}

func newDivisor(d I32F32) divisor {
	if d < 2 {
		return divisor{d: d}
	}
	q := divisor{d: d}
	q.m, q.sh = magic(uint64(d))
	s := uint(bits.LeadingZeros64(uint64(d)))
	q.norm = uint64(d) << s
	q.recip, _ = bits.Div64(^q.norm, ^uint64(0), q.norm)
	q.nShift = uint8(s)
	if d&(One-1) == 0 && d>>FracBits >= 2 {
		q.intD = uint64(d) >> FracBits
		q.intM, q.intSh = magic(q.intD)
	}
	return q
}

// safeDiv returns a.SafeDiv(q.d).
func (q *divisor) safeDiv(a I32F32) I32F32 {
	n := uint64(a) << FracBits
	if uint64(a) < 1<<FracBits && q.m != 0 {
		t, _ := bits.Mul64(n, q.m)
		return I32F32((t + (n-t)>>1) >> q.sh) // < 2^63 since d ≥ 2
	}
	return q.slowDiv(a)
}

func (q *divisor) slowDiv(a I32F32) I32F32 {
	if a < 0 || q.m == 0 {
		return a.SafeDiv(q.d)
	}
	if q.intD != 0 && a&(One-1) == 0 {
		n := uint64(a)
		t, _ := bits.Mul64(n, q.intM)
		return I32F32((t + (n-t)>>1) >> q.intSh) // ≤ a
	}
	// Numerator a·2^32 as (hi, lo); the quotient fits 64 bits iff hi < d.
	hi, lo := uint64(a)>>(64-FracBits), uint64(a)<<FracBits
	if hi >= uint64(q.d) {
		return 0
	}
	if q.nShift > 0 {
		hi = hi<<q.nShift | lo>>(64-q.nShift)
		lo <<= q.nShift
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

// fastDiv is safeDiv's common case, small enough to inline: it reports false
// when a is outside [0, 1.0) or d < 2, and the caller then uses slowDiv.
func (q *divisor) fastDiv(a I32F32) (I32F32, bool) {
	n := uint64(a) << FracBits
	t, _ := bits.Mul64(n, q.m)
	return I32F32((t + (n-t)>>1) >> q.sh), uint64(a) < 1<<FracBits && q.m != 0
}

// fastIntDiv is the no-fraction case of slowDiv, small enough to inline: it
// reports false unless a ≥ 0 and a and d both have no fraction bits.
func (q *divisor) fastIntDiv(a I32F32) (I32F32, bool) {
	n := uint64(a)
	t, _ := bits.Mul64(n, q.intM)
	return I32F32((t + (n-t)>>1) >> q.intSh), a >= 0 && a&(One-1) == 0 && q.intD != 0
}
