package scoring

import "math/bits"

// MaxQueriesToCatch bounds QueriesToCatch's answer; a search that would go
// further reports 0.
const MaxQueriesToCatch = 10_000_000

// QueriesToCatch returns how many queries a validator must send a miner to
// catch it with probability at least confidencePermille/1000, when the
// miner cheats on cheatPermille/1000 of its answers and the validator
// checks checkPermille/1000 of the answers it gets (a checked cheating
// answer is caught: a sampled recomputation of a wrong answer fails). With
// p = cheat · check the chance of catching it on one query, the answer is
// the least n with
//
//	(1 − p)^n ≤ 1 − confidence,  that is  n = ⌈ln(1 − confidence) / ln(1 − p)⌉
//
// For a miner cheating on 10% of its answers, every answer checked and 99%
// confidence: ⌈ln 0.01 / ln 0.9⌉ = ⌈43.7⌉ = 44 queries; checking a random
// 10% of answers instead takes ⌈ln 0.01 / ln 0.99⌉ = 459.
//
// The power is computed exactly in integers, (1 − p)^n with 63 fraction
// bits rounded up at each step, so the result is never below the true n
// (and in practice equal to it). It returns 0 when p is 0, confidence is
// 0 or 1000 and above, or n would exceed MaxQueriesToCatch.
func QueriesToCatch(cheatPermille, checkPermille, confidencePermille uint16) int {
	cheat, check := uint64(min(cheatPermille, 1000)), uint64(min(checkPermille, 1000))
	if cheat == 0 || check == 0 || confidencePermille == 0 || confidencePermille >= 1000 {
		return 0
	}
	const one = uint64(1) << 63
	const den = 1_000_000
	keep := den - cheat*check // (1 − p) · 10^6
	// target = ⌊(1 − confidence) · 2^63⌋
	thi, tlo := bits.Mul64(uint64(1000-confidencePermille), one)
	target, _ := bits.Div64(thi, tlo, 1000)
	miss := one // (1 − p)^0
	for n := 1; n <= MaxQueriesToCatch; n++ {
		hi, lo := bits.Mul64(miss, keep)
		q, r := bits.Div64(hi, lo, den)
		if r != 0 {
			q++ // round up: never claim a miss chance smaller than it is
		}
		miss = q
		if miss <= target {
			return n
		}
	}
	return 0
}
