package subnet

import (
	"math"
	"math/bits"
)

// Registration-price defaults (YUMA.md §3, §8.1). Amounts are in base units
// (1 TAO = 10^9).
const (
	// TAO is one whole token in base units.
	TAO uint64 = 1_000_000_000
	// DefaultBurn is the registration price of a new subnet (1 TAO).
	DefaultBurn = 1 * TAO
	// DefaultMinBurn is the lowest registration price, 0.0005 TAO.
	DefaultMinBurn uint64 = 500_000
	// DefaultMaxBurn is the highest registration price, 100 TAO.
	DefaultMaxBurn = 100 * TAO
	// DefaultBurnHalfLife is the number of blocks in which the price halves.
	DefaultBurnHalfLife uint16 = 360

	// DefaultBurnIncreaseMultInt and DefaultBurnIncreaseMultFrac are the
	// integer part and the 64 fraction bits of BurnIncreaseMult, the U64F64
	// the chain builds with U64F64::from_num(1.26): the float64 nearest 1.26,
	// 0x1.428f5c28f5c29p0, which U64F64 holds exactly
	// (1.26000000000000000888…).
	DefaultBurnIncreaseMultInt  uint64 = 1
	DefaultBurnIncreaseMultFrac uint64 = 0x428f5c28f5c29000

	// OneQ32 is 1.0 in Q32 (32 fraction bits): a decay factor that leaves
	// the price unchanged.
	OneQ32 uint64 = 1 << 32
	// HalfQ32 is 0.5 in Q32.
	HalfQ32 uint64 = 1 << 31

	// DefaultBurnDecayFactorQ32 is DecayFactorQ32(DefaultBurnHalfLife).
	DefaultBurnDecayFactorQ32 uint64 = 4_286_705_684
)

// U64F64 is an unsigned fixed-point number with 64 integer and 64 fraction
// bits (substrate-fixed U64F64): its value is Int + Frac/2^64.
type U64F64 struct {
	Int  uint64
	Frac uint64
}

// DefaultBurnIncreaseMult returns BurnIncreaseMult's default, 1.26 as
// U64F64::from_num(1.26) represents it.
func DefaultBurnIncreaseMult() U64F64 {
	return U64F64{Int: DefaultBurnIncreaseMultInt, Frac: DefaultBurnIncreaseMultFrac}
}

// MulQ32 multiplies an integer by a Q32 factor, as subtensor mul_by_q32:
//
//	MulQ32(v, f) = min(floor(v·f / 2^32), 2^64 − 1)
//
// with the product taken at 128-bit width.
func MulQ32(v, f uint64) uint64 {
	hi, lo := bits.Mul64(v, f)
	if hi>>32 != 0 {
		return math.MaxUint64
	}
	return hi<<32 | lo>>32
}

// PowQ32 raises the Q32 value base to exp as subtensor pow_q32 does, by
// exponentiation by squaring with a floored MulQ32 at every step:
//
//	r = 1.0; b = base
//	for each bit of exp from the lowest: if set, r = MulQ32(r, b);
//	                                     if higher bits remain, b = MulQ32(b, b)
//
// The order of the multiplications decides where the floors fall, so the
// result differs from exp repeated multiplications (for base
// DefaultBurnDecayFactorQ32 and exp 360: 2147483532 here, 2147483510 by
// repeated multiplication).
func PowQ32(base uint64, exp uint16) uint64 {
	result, factor := OneQ32, base
	for p := uint32(exp); p > 0; {
		if p&1 == 1 {
			result = MulQ32(result, factor)
		}
		p >>= 1
		if p > 0 {
			factor = MulQ32(factor, factor)
		}
	}
	return result
}

// DecayFactorQ32 returns the per-block price decay factor f for a half-life
// of halfLife blocks, as subtensor decay_factor_q32: the largest Q32 value
// f < 2^32 with PowQ32(f, halfLife) ≤ HalfQ32, found by binary search on
// [0, 2^32):
//
//	lo, hi = 0, 2^32
//	while lo+1 < hi: mid = lo + (hi−lo)/2; if PowQ32(mid, H) > 2^31 { hi = mid } else { lo = mid }
//	f = lo
//
// A half-life of 0 gives OneQ32 (no decay). DecayFactorQ32(360) =
// DefaultBurnDecayFactorQ32.
func DecayFactorQ32(halfLife uint16) uint64 {
	if halfLife == 0 {
		return OneQ32
	}
	lo, hi := uint64(0), OneQ32
	for lo+1 < hi {
		mid := lo + (hi-lo)>>1
		if PowQ32(mid, halfLife) > HalfQ32 {
			hi = mid
		} else {
			lo = mid
		}
	}
	return lo
}

// clampBurn bounds a price the way the chain does: first raised to minBurn,
// then lowered to maxBurn, so maxBurn wins when minBurn > maxBurn.
func clampBurn(burn, minBurn, maxBurn uint64) uint64 {
	if burn < minBurn {
		burn = minBurn
	}
	if burn > maxBurn {
		burn = maxBurn
	}
	return burn
}

// DecayBurn applies one block of price decay (YUMA.md §8.1, subtensor
// update_registration_prices_for_networks):
//
//	burn' = clamp(MulQ32(burn, f), minBurn, maxBurn)
//
// where clamp raises to minBurn first and then lowers to maxBurn. The chain
// runs this at the start of every block; at blocks 0 and 1, and when the
// half-life is 0, it skips the multiplication but still clamps, which is
// DecayBurn with f = OneQ32.
func DecayBurn(burn, f, minBurn, maxBurn uint64) uint64 {
	return clampBurn(MulQ32(burn, f), minBurn, maxBurn)
}

// DecayBurnBlocks applies DecayBurn with f = DecayFactorQ32(halfLife) for
// blocks consecutive blocks (all at block 2 or later) and returns the price
// after the last. The result is bit-identical to the block-by-block loop,
// because it is that loop; it stops early at a fixed point, which every price
// reaches: after the first step the price is at most maxBurn and, since
// f < 2^32 whenever halfLife > 0, falls by at least one unit per block until
// it stops at minBurn (or 0). The loop therefore runs at most about
// halfLife·(64 + 1.5) times whatever blocks is (≈ 4.3·10^6 for halfLife
// 65535, ≈ 6340 from MaxBurn to MinBurn at the defaults).
func DecayBurnBlocks(burn, blocks uint64, halfLife uint16, minBurn, maxBurn uint64) uint64 {
	f := DecayFactorQ32(halfLife)
	for ; blocks > 0; blocks-- {
		next := DecayBurn(burn, f, minBurn, maxBurn)
		if next == burn {
			break
		}
		burn = next
	}
	return burn
}

// BumpBurn raises the price after a successful registration with the default
// multiplier 1.26: BumpBurnBy(burn, DefaultBurnIncreaseMult(), minBurn,
// maxBurn).
func BumpBurn(burn, minBurn, maxBurn uint64) uint64 {
	return BumpBurnBy(burn, DefaultBurnIncreaseMult(), minBurn, maxBurn)
}

// BumpBurnBy raises the price after a successful registration, as subtensor
// bump_registration_price_after_registration, in U64F64:
//
//	m     = max(mult, 1)
//	burn' = clamp(min(floor(burn·m), 2^64 − 1), minBurn, maxBurn)
//
// The product is exact (U64F64 saturating_mul, then saturating_to_num::<u64>
// drops the fraction); clamp raises to minBurn first, then lowers to maxBurn.
func BumpBurnBy(burn uint64, mult U64F64, minBurn, maxBurn uint64) uint64 {
	if mult.Int == 0 {
		mult = U64F64{Int: 1}
	}
	// floor(burn·(Int + Frac/2^64)) = burn·Int + floor(burn·Frac / 2^64).
	hi, lo := bits.Mul64(burn, mult.Int)
	fracPart, _ := bits.Mul64(burn, mult.Frac)
	sum, carry := bits.Add64(lo, fracPart, 0)
	if hi != 0 || carry != 0 {
		sum = math.MaxUint64
	}
	return clampBurn(sum, minBurn, maxBurn)
}
