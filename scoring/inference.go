package scoring

import "math/bits"

// InferenceAgreement scores a miner's inference answer against the
// validator's recomputation with the reference model, as a u16 proportion
// (65535 = every token agrees):
//
//	agreement = floor(matches · 65535 / len(want))
//
// where matches counts the positions i < len(want) with got[i] == want[i].
// Positions that got lacks (a shorter answer) count as mismatches, and
// tokens of got past len(want) are ignored, so padding an answer cannot
// raise its score. An empty want yields 0. The product is taken in 128 bits,
// so the result is exact for every length.
func InferenceAgreement(want, got []int) uint16 {
	n := len(want)
	if n == 0 {
		return 0
	}
	var matches uint64
	for i := range min(n, len(got)) {
		if got[i] == want[i] {
			matches++
		}
	}
	hi, lo := bits.Mul64(matches, u16Max)
	// matches ≤ n, so the quotient is at most 65535 and hi < n: Div64 cannot
	// overflow.
	q, _ := bits.Div64(hi, lo, uint64(n))
	return uint16(q)
}
