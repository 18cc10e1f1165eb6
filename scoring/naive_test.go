package scoring

import (
	"fmt"
	"math"
	"math/big"
	"slices"
	"sort"
	"testing"
)

// This file holds naiveEpoch, the obviously-correct reference for Epoch, and
// the tests that show it reproduces the published vectors (YUMA.md Part 2)
// and subtensor's own scenarios. It shares no code with the optimized
// implementation: every fixed-point operation is spelled out with math/big,
// every matrix is dense, and each step of YUMA.md §4 is its own loop, in the
// order the spec lists them. All its names start with "ref".

// ---------------------------------------------------------------------------
// I32F32 (YUMA.md §1). A value is its bits, value·2^32, in an int64. Every
// operation computes the exact result with big.Int, then applies the Rust
// rule: mul floors (big.Int.Rsh is an arithmetic shift), div truncates toward
// zero (big.Int.Quo), and an overflow saturates or fails ("checked").
// ---------------------------------------------------------------------------

const refFrac = 32

const (
	refOne  int64 = 1 << refFrac // 1.0
	refHalf int64 = 1 << (refFrac - 1)
)

var (
	refBigMinI64  = big.NewInt(math.MinInt64)
	refBigMaxI64  = big.NewInt(math.MaxInt64)
	refBigMinI128 = new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), 127))
	refBigMaxI128 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 127), big.NewInt(1))
	refBigMaxU64  = new(big.Int).SetUint64(math.MaxUint64)
)

// refInt is I32F32::from_num(n) for a small integer n.
func refInt(n int64) int64 { return n << refFrac }

func refClamp64(b *big.Int) int64 {
	if b.Cmp(refBigMinI64) < 0 {
		return math.MinInt64
	}
	if b.Cmp(refBigMaxI64) > 0 {
		return math.MaxInt64
	}
	return b.Int64()
}

// refExactMul is (a·b) >> 32, floored.
func refExactMul(a, b int64) *big.Int {
	p := new(big.Int).Mul(big.NewInt(a), big.NewInt(b))
	return p.Rsh(p, refFrac)
}

// refExactDiv is (a << 32) / b, truncated toward zero.
func refExactDiv(a, b int64) *big.Int {
	q := new(big.Int).Lsh(big.NewInt(a), refFrac)
	return q.Quo(q, big.NewInt(b))
}

func refSatMul(a, b int64) int64 { return refClamp64(refExactMul(a, b)) }

func refCheckedMul(a, b int64) (int64, bool) {
	p := refExactMul(a, b)
	return p.Int64(), p.IsInt64()
}

func refCheckedDiv(a, b int64) (int64, bool) {
	if b == 0 {
		return 0, false
	}
	q := refExactDiv(a, b)
	return q.Int64(), q.IsInt64()
}

// refSafeDiv is checked_div().unwrap_or_default(): 0 on a zero divisor or overflow.
func refSafeDiv(a, b int64) int64 {
	if q, ok := refCheckedDiv(a, b); ok {
		return q
	}
	return 0
}

// refSatDiv clamps on overflow. The epoch never divides by zero with it; a
// zero divisor saturates by the sign of a so that the reference never panics.
func refSatDiv(a, b int64) int64 {
	switch {
	case b != 0:
		return refClamp64(refExactDiv(a, b))
	case a > 0:
		return math.MaxInt64
	case a < 0:
		return math.MinInt64
	}
	return 0
}

func refSatAdd(a, b int64) int64 {
	return refClamp64(new(big.Int).Add(big.NewInt(a), big.NewInt(b)))
}

func refSatSub(a, b int64) int64 {
	return refClamp64(new(big.Int).Sub(big.NewInt(a), big.NewInt(b)))
}

func refCheckedAdd(a, b int64) (int64, bool) {
	s := new(big.Int).Add(big.NewInt(a), big.NewInt(b))
	return s.Int64(), s.IsInt64()
}

// refSum is `iter().sum()`, a plain sum. It never overflows on a state that
// Validate accepts; should it, the exact sum is wrapped like release Rust.
func refSum(xs []int64) int64 {
	s := new(big.Int)
	for _, x := range xs {
		s.Add(s, big.NewInt(x))
	}
	if s.IsInt64() {
		return s.Int64()
	}
	var w int64
	for _, x := range xs {
		w += x
	}
	return w
}

// refToUint is saturating_to_num::<u16|u64>: floor, then clamp to [0, max].
func refToUint(bits int64, max uint64) uint64 {
	v := new(big.Int).Rsh(big.NewInt(bits), refFrac)
	if v.Sign() < 0 {
		return 0
	}
	if v.Cmp(new(big.Int).SetUint64(max)) > 0 {
		return max
	}
	return v.Uint64()
}

// refToU16Proportion is fixed_proportion_to_u16: floor(x·65535), saturating.
func refToU16Proportion(x int64) uint16 {
	return uint16(refToUint(refSatMul(x, refInt(65535)), 65535))
}

// refU16Proportion is u16_proportion_to_fixed: I32F32(x) safe_div I32F32(65535).
func refU16Proportion(x uint16) int64 { return refSafeDiv(refInt(int64(x)), refInt(65535)) }

// refClampValue is math.rs clamp_value: value.min(high).max(low).
func refClampValue(v, lo, hi int64) int64 {
	if v > hi {
		v = hi
	}
	if v < lo {
		v = lo
	}
	return v
}

// refE is substrate-fixed's constant E as I32F32 (fraction bits truncated).
func refE() int64 {
	e, ok := new(big.Rat).SetString("2.718281828459045235360287471352662497757")
	if !ok {
		panic("ref: bad E literal")
	}
	e.Mul(e, new(big.Rat).SetInt(new(big.Int).Lsh(big.NewInt(1), refFrac)))
	return new(big.Int).Quo(e.Num(), e.Denom()).Int64() // positive: Quo floors
}

// refExp is substrate-fixed transcendental::exp for I32F32; false where Rust
// returns Err.
func refExp(x int64) (int64, bool) {
	if x == 0 {
		return refOne, true
	}
	if x == refOne {
		return refE(), true
	}
	neg := x < 0
	if neg {
		x = -x
	}
	result := x + refOne
	term := x
	var ok bool
	for i := int64(2); i < refFrac; i++ { // 2..FRAC_NBITS
		if term, ok = refCheckedMul(term, x); !ok {
			return 0, false
		}
		if term, ok = refCheckedDiv(term, refInt(i)); !ok {
			return 0, false
		}
		if result, ok = refCheckedAdd(result, term); !ok {
			return 0, false
		}
	}
	if neg {
		if result, ok = refCheckedDiv(refOne, result); !ok {
			return 0, false
		}
	}
	return result, true
}

// refExpSafe is math.rs exp_safe: clamp to [−20, 20]; on error 0 for x ≤ 0, else MAX.
func refExpSafe(x int64) int64 {
	if x < refInt(-20) {
		x = refInt(-20)
	} else if refInt(20) < x {
		x = refInt(20)
	}
	if v, ok := refExp(x); ok {
		return v
	}
	if x <= 0 {
		return 0
	}
	return math.MaxInt64
}

// ---------------------------------------------------------------------------
// I64F64, for stake only: bits value·2^64 in an i128, held in a big.Int.
// ---------------------------------------------------------------------------

// refI64F64 is I64F64::saturating_from_num(u64).
func refI64F64(x uint64) *big.Int {
	b := new(big.Int).Lsh(new(big.Int).SetUint64(x), 64)
	if b.Cmp(refBigMaxI128) > 0 {
		b.Set(refBigMaxI128)
	}
	return b
}

// refI64F64ToU64 is fixed64_to_u64: floor, clamp to [0, u64::MAX].
func refI64F64ToU64(b *big.Int) uint64 {
	v := new(big.Int).Rsh(b, 64)
	if v.Sign() < 0 {
		return 0
	}
	if v.Cmp(refBigMaxU64) > 0 {
		return math.MaxUint64
	}
	return v.Uint64()
}

// refI64F64SafeDiv is (a<<64)/b truncated; 0 on a zero divisor or overflow.
func refI64F64SafeDiv(a, b *big.Int) *big.Int {
	if b.Sign() == 0 {
		return new(big.Int)
	}
	q := new(big.Int).Lsh(a, 64)
	q.Quo(q, b)
	if q.Cmp(refBigMinI128) < 0 || q.Cmp(refBigMaxI128) > 0 {
		return new(big.Int)
	}
	return q
}

// refI64F64ToI32F32 is I32F32::saturating_from_num(I64F64): drop 32 fraction
// bits (floor) and saturate.
func refI64F64ToI32F32(b *big.Int) int64 { return refClamp64(new(big.Int).Rsh(b, 32)) }

// ---------------------------------------------------------------------------
// Dense matrices standing for sparse ones. ok says whether the sparse entry
// exists (an existing entry may be 0); order is the sparse row's column order,
// which the chain keeps from the stored rows (they are in the order the
// validator sent them) and which only liquid alpha and the stored bond rows
// can observe.
// ---------------------------------------------------------------------------

type refMat struct {
	ok    [][]bool
	v     [][]int64
	order [][]int
}

func newRefMat(n int) *refMat {
	m := &refMat{ok: make([][]bool, n), v: make([][]int64, n), order: make([][]int, n)}
	for i := 0; i < n; i++ {
		m.ok[i] = make([]bool, n)
		m.v[i] = make([]int64, n)
	}
	return m
}

// put sets (i, j); a new entry goes to the end of row i.
func (m *refMat) put(i, j int, v int64) {
	if !m.ok[i][j] {
		m.ok[i][j] = true
		m.order[i] = append(m.order[i], j)
	}
	m.v[i][j] = v
}

// del removes (i, j), keeping the order of the rest of the row.
func (m *refMat) del(i, j int) {
	if m.ok[i][j] {
		m.ok[i][j], m.v[i][j] = false, 0
		m.order[i] = slices.DeleteFunc(m.order[i], func(c int) bool { return c == j })
	}
}

func (m *refMat) clone() *refMat {
	c := &refMat{}
	for i := range m.ok {
		c.ok = append(c.ok, slices.Clone(m.ok[i]))
		c.v = append(c.v, slices.Clone(m.v[i]))
		c.order = append(c.order, slices.Clone(m.order[i]))
	}
	return c
}

// refNormalize is inplace_normalize: divide by the plain sum unless it is 0.
func refNormalize(x []int64) {
	s := refSum(x)
	if s == 0 {
		return
	}
	for i := range x {
		x[i] = refSafeDiv(x[i], s)
	}
}

// refColNormalize is inplace_col_normalize_sparse: saturating column sums of
// existing entries; a column whose sum is 0 is left unchanged.
func refColNormalize(m *refMat) {
	n := len(m.ok)
	for j := 0; j < n; j++ {
		sum := int64(0)
		for i := 0; i < n; i++ {
			if m.ok[i][j] {
				sum = refSatAdd(sum, m.v[i][j])
			}
		}
		for i := 0; i < n; i++ {
			if m.ok[i][j] && sum != 0 {
				m.v[i][j] = refSafeDiv(m.v[i][j], sum)
			}
		}
	}
}

// refColMaxUpscale is inplace_col_max_upscale_sparse: the column max starts
// at 0; entries are divided by it where it is not 0.
func refColMaxUpscale(m *refMat) {
	n := len(m.ok)
	for j := 0; j < n; j++ {
		mx := int64(0)
		for i := 0; i < n; i++ {
			if m.ok[i][j] && mx < m.v[i][j] {
				mx = m.v[i][j]
			}
		}
		for i := 0; i < n; i++ {
			if m.ok[i][j] && mx != 0 {
				m.v[i][j] = refSafeDiv(m.v[i][j], mx)
			}
		}
	}
}

// refMatEMA is mat_ema_sparse: acc_j = α·new_ij, then + (1−α)·old_ij, both
// saturating; entries with acc > 0 are kept, in ascending j.
func refMatEMA(newM, oldM *refMat, alpha int64) *refMat {
	n := len(newM.ok)
	oneMinus := refSatSub(refOne, alpha)
	out := newRefMat(n)
	for i := 0; i < n; i++ {
		acc := make([]int64, n)
		for j := 0; j < n; j++ {
			if newM.ok[i][j] {
				acc[j] = refSatAdd(acc[j], refSatMul(alpha, newM.v[i][j]))
			}
		}
		for j := 0; j < n; j++ {
			if oldM.ok[i][j] {
				acc[j] = refSatAdd(acc[j], refSatMul(oneMinus, oldM.v[i][j]))
			}
		}
		for j := 0; j < n; j++ {
			if acc[j] > 0 {
				out.put(i, j, acc[j])
			}
		}
	}
	return out
}

// refMatEMAAlpha is mat_ema_alpha_sparse: decayed_j = (1−α_ij)·old_ij; then for
// each entry of the new row, in its order, min(1, decayed_j + max(0, α_ij·w)),
// kept if > 0. Old entries whose column is absent from the new row are dropped.
func refMatEMAAlpha(newM, oldM *refMat, alpha [][]int64) *refMat {
	n := len(newM.ok)
	out := newRefMat(n)
	for i := 0; i < n; i++ {
		decayed := make([]int64, n)
		for j := 0; j < n; j++ {
			if oldM.ok[i][j] {
				decayed[j] = refSatMul(refSatSub(refOne, alpha[i][j]), oldM.v[i][j])
			}
		}
		for _, j := range newM.order[i] {
			inc := max(refSatMul(alpha[i][j], newM.v[i][j]), 0)
			val := min(refSatAdd(decayed[j], inc), refOne)
			if val > 0 {
				out.put(i, j, val)
			}
		}
	}
	return out
}

// refPeek is the peekable walk liquid_alpha_matrix_sparse does on a row for
// j = 0, 1, 2, …: skip entries whose column is below j, take the value if the
// next column is j, else 0. On a sorted row it finds (j, v); on an unsorted
// row it can miss entries, exactly as the chain does.
type refPeek struct {
	cols []int
	vals []int64
	pos  int
}

func (p *refPeek) at(j int) int64 {
	for p.pos < len(p.cols) {
		c := p.cols[p.pos]
		if c < j {
			p.pos++
			continue
		}
		if c == j {
			return p.vals[c]
		}
		return 0
	}
	return 0
}

// refWeightedMedian is math.rs weighted_median, the iterative form of §4.7.
func refWeightedMedian(stake, score []int64, idx []int, minority, lo, hi int64) int64 {
	cur := slices.Clone(idx)
	for iter := 0; ; {
		if len(cur) == 0 {
			return 0
		}
		if len(cur) == 1 {
			return score[cur[0]]
		}
		pivot := score[cur[len(cur)/2]]
		var lower, upper []int
		loStake, hiStake := int64(0), int64(0)
		for _, k := range cur {
			switch {
			case score[k] == pivot:
			case score[k] < pivot:
				loStake = refSatAdd(loStake, stake[k])
				lower = append(lower, k)
			default:
				hiStake = refSatAdd(hiStake, stake[k])
				upper = append(upper, k)
			}
		}
		switch {
		case minority < refSatAdd(lo, loStake) && len(lower) > 0:
			cur, hi = lower, refSatAdd(lo, loStake)
		case refSatSub(hi, hiStake) <= minority && len(upper) > 0:
			cur, lo = upper, refSatSub(hi, hiStake)
		default:
			return pivot
		}
		if iter++; iter > len(idx) {
			return 0
		}
	}
}

// refAlphaSigmoid is run_epoch.rs alpha_sigmoid (YUMA.md §4.10b).
func refAlphaSigmoid(c, w, b, lo, hi, steep int64) int64 {
	diffBuy := refClampValue(refSatSub(w, c), 0, refOne)
	diffSell := refClampValue(refSatSub(b, w), 0, refOne)
	x := diffSell
	if w >= b {
		x = diffBuy
	}
	e := refExpSafe(refSatMul(refSatDiv(steep, refInt(-100)), refSatSub(x, refHalf)))
	sig := refSatDiv(refOne, refSatAdd(refOne, e))
	return refClampValue(refSatAdd(lo, refSatMul(sig, refSatSub(hi, lo))), lo, hi)
}

// refRao is floor(I96F32(x)·I96F32(emission)) saturating to u64: both have 32
// fraction bits, so the product's bits are x·emission; one more >> 32 floors.
func refRao(x int64, emission uint64) uint64 {
	p := new(big.Int).Mul(big.NewInt(x), new(big.Int).SetUint64(emission))
	p.Rsh(p, refFrac)
	if p.Sign() < 0 {
		return 0
	}
	if p.Cmp(refBigMaxU64) > 0 {
		return math.MaxUint64
	}
	return p.Uint64()
}

// naiveEpoch is the obviously-correct reference implementation of one Yuma
// epoch (YUMA.md §4, following the sparse production path where it differs
// from the dense one). It is dense, allocates freely and does every
// fixed-point operation with math/big, so each line can be checked against
// the spec by eye; it exists only to be compared with Epoch. It expects a
// state that Validate accepts.
func naiveEpoch(s *State) *Result {
	n := len(s.Neurons)
	hp := s.Hyperparams
	block := s.Block
	owner := -1
	if s.OwnerUID != nil && int(*s.OwnerUID) < n {
		owner = int(*s.OwnerUID)
	}

	// §4.1 Activity: inactive when last_update + cutoff (saturating) < block.
	cutoff := max(1, uint64(hp.ActivityCutoffFactorMilli)*uint64(hp.Tempo)/1000)
	inactive := make([]bool, n)
	active := make([]bool, n)
	for i, nr := range s.Neurons {
		upd := nr.LastUpdate + cutoff
		if upd < nr.LastUpdate {
			upd = math.MaxUint64
		}
		inactive[i] = upd < block
		active[i] = !inactive[i]
	}

	// §4.2 Stake in I64F64: threshold filter (owner exempt), normalize, truncate.
	filtered := make([]*big.Int, n)
	total := new(big.Int)
	for i, nr := range s.Neurons {
		st := refI64F64(nr.Stake)
		if i != owner && refI64F64ToU64(st) < hp.StakeThreshold {
			st = new(big.Int)
		}
		filtered[i] = st
		total.Add(total, st)
	}
	S := make([]int64, n)
	for i := range filtered {
		if total.Sign() != 0 {
			filtered[i] = refI64F64SafeDiv(filtered[i], total)
		}
		S[i] = refI64F64ToI32F32(filtered[i])
	}

	// §4.3 Validator permits: the stored ones (owner forced) mask this epoch;
	// top-k nonzero stake (owner forced) are stored for the next.
	permits := make([]bool, n)
	for i, nr := range s.Neurons {
		permits[i] = nr.ValidatorPermit || i == owner
	}
	newPermits := make([]bool, n)
	for i := range S {
		newPermits[i] = S[i] != 0
	}
	if k := int(hp.MaxAllowedValidators); n >= k {
		byStake := make([]int, n)
		for i := range byStake {
			byStake[i] = i
		}
		sort.SliceStable(byStake, func(a, b int) bool { return S[byStake[a]] < S[byStake[b]] })
		for _, i := range byStake[:n-k] {
			newPermits[i] = false
		}
	}
	if owner >= 0 {
		newPermits[owner] = true
	}

	// §4.4 Active stake.
	aS := make([]int64, n)
	for i := range aS {
		if !inactive[i] && permits[i] {
			aS[i] = S[i]
		}
	}
	refNormalize(aS)

	// §4.5 Weights, one mask per loop.
	W := newRefMat(n)
	for i, nr := range s.Neurons {
		for _, e := range nr.Weights {
			if int(e.UID) < n {
				W.put(i, int(e.UID), refInt(int64(e.Value)))
			}
		}
	}
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			switch {
			case !permits[i]: // rows of non-permitted validators
				W.del(i, j)
			case i == j && i != owner: // self-weight, except the owner's
				W.del(i, j)
			case s.Neurons[i].LastUpdate <= s.Neurons[j].RegisteredAt: // set before j registered
				W.del(i, j)
			}
		}
	}
	if hp.CommitReveal { // §4.6
		for i := 0; i < n; i++ {
			commit := uint64(math.MaxUint64)
			if s.Neurons[i].CommitBlock != nil {
				commit = *s.Neurons[i].CommitBlock
			}
			for j := 0; j < n; j++ {
				if commit < s.Neurons[j].RegisteredAt {
					W.del(i, j)
				}
			}
		}
	}
	for i := 0; i < n; i++ { // row-normalize rows with sum > 0; zeros are kept
		var row []int64
		for _, j := range W.order[i] {
			row = append(row, W.v[i][j])
		}
		if sum := refSum(row); sum > 0 {
			for _, j := range W.order[i] {
				W.v[i][j] = refSafeDiv(W.v[i][j], sum)
			}
		}
	}

	// §4.7 Consensus: κ-weighted median per column over positive-stake rows.
	kappa := refSafeDiv(refInt(int64(hp.Kappa)), refInt(65535))
	var useStake []int64
	var useRows []int
	for i := 0; i < n; i++ {
		if aS[i] > 0 {
			useStake = append(useStake, aS[i])
			useRows = append(useRows, i)
		}
	}
	refNormalize(useStake)
	stakeSum := refSum(useStake)
	minority := refSatSub(stakeSum, kappa)
	idx := make([]int, len(useRows))
	for k := range idx {
		idx[k] = k
	}
	C := make([]int64, n)
	for j := 0; j < n; j++ {
		score := make([]int64, len(useRows))
		for k, i := range useRows {
			score[k] = W.v[i][j] // 0 when absent
		}
		C[j] = refWeightedMedian(useStake, score, idx, minority, 0, stakeSum)
	}

	// §4.8 Clip (dropping w > C_j when C_j ≤ 0), trust, rank, incentive.
	Wc := newRefMat(n)
	for i := 0; i < n; i++ {
		for _, j := range W.order[i] {
			switch w := W.v[i][j]; {
			case w <= C[j]:
				Wc.put(i, j, w)
			case C[j] > 0:
				Wc.put(i, j, C[j])
			}
		}
	}
	Tv := make([]int64, n)
	for i := 0; i < n; i++ {
		var row []int64
		for _, j := range Wc.order[i] {
			row = append(row, Wc.v[i][j])
		}
		Tv[i] = refSum(row)
	}
	I := make([]int64, n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if Wc.ok[i][j] {
				I[j] = refSatAdd(I[j], refSatMul(aS[i], Wc.v[i][j]))
			}
		}
	}
	refNormalize(I)

	// §4.9 Bonds input: Wb = W + β(Wc − W), and the stored bonds minus those
	// to uids registered since the last epoch.
	beta := refSafeDiv(refInt(int64(hp.BondsPenalty)), refInt(65535))
	var Wb *refMat
	switch beta {
	case 0:
		Wb = W.clone()
	case refOne:
		Wb = Wc.clone()
	default:
		Wb = newRefMat(n)
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ { // absent cells hold 0
				x := refSatAdd(W.v[i][j], refSatMul(beta, refSatSub(Wc.v[i][j], W.v[i][j])))
				if x > 0 {
					Wb.put(i, j, x)
				}
			}
		}
	}
	lastTempo := uint64(0)
	switch {
	case s.LastEpochBlock != 0:
		lastTempo = s.LastEpochBlock + 1
		if lastTempo == 0 {
			lastTempo = math.MaxUint64
		}
	case block > uint64(hp.Tempo):
		lastTempo = block - uint64(hp.Tempo)
	}
	B := newRefMat(n)
	for i, nr := range s.Neurons {
		for _, e := range nr.Bonds {
			j := int(e.UID)
			if j >= n || lastTempo <= s.Neurons[j].RegisteredAt {
				continue
			}
			if hp.Yuma3 {
				B.put(i, j, refU16Proportion(e.Value))
			} else {
				B.put(i, j, refInt(int64(e.Value)))
			}
		}
	}
	// α = 1 − I32F32(I64F64(bma) / I64F64(1e6)).
	alphaFixed := refSatSub(refOne, refI64F64ToI32F32(refI64F64SafeDiv(refI64F64(hp.BondsMovingAverage), refI64F64(1_000_000))))

	D := make([]int64, n)
	var ema *refMat
	if !hp.Yuma3 {
		// §4.10a Original Yuma.
		refColNormalize(B)
		dB := newRefMat(n)
		for i := 0; i < n; i++ {
			for _, j := range Wb.order[i] {
				dB.put(i, j, refSatMul(Wb.v[i][j], aS[i]))
			}
		}
		refColNormalize(dB)
		ema = refMatEMA(dB, B, alphaFixed)
		refColNormalize(ema)
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				if ema.ok[i][j] {
					D[i] = refSatAdd(D[i], refSatMul(I[j], ema.v[i][j]))
				}
			}
		}
		refNormalize(D)
		refColMaxUpscale(ema) // stored form
	} else {
		// §4.10b Yuma3.
		anyC := slices.ContainsFunc(C, func(c int64) bool { return c != 0 })
		if hp.LiquidAlpha && anyC {
			lo := refSafeDiv(refInt(int64(hp.AlphaLow)), refInt(65535))
			hi := refSafeDiv(refInt(int64(hp.AlphaHigh)), refInt(65535))
			steep := refInt(int64(hp.AlphaSigmoidSteepness))
			alpha := make([][]int64, n)
			for i := 0; i < n; i++ {
				w := &refPeek{cols: Wb.order[i], vals: Wb.v[i]}
				b := &refPeek{cols: B.order[i], vals: B.v[i]}
				alpha[i] = make([]int64, n)
				for j := 0; j < n; j++ {
					alpha[i][j] = refAlphaSigmoid(C[j], w.at(j), b.at(j), lo, hi, steep)
				}
			}
			ema = refMatEMAAlpha(Wb, B, alpha)
		} else {
			ema = refMatEMA(Wb, B, alphaFixed)
		}
		emaN := ema.clone()
		refColNormalize(emaN)
		for i := 0; i < n; i++ {
			var row []int64 // mat_vec_mul_sparse keeps nonzero products
			for j := 0; j < n; j++ {
				if p := refSatMul(emaN.v[i][j], I[j]); emaN.ok[i][j] && p != 0 {
					row = append(row, p)
				}
			}
			if d, ok := refCheckedMul(refSum(row), aS[i]); ok { // vec_mul: 0 on overflow
				D[i] = d
			}
		}
		refNormalize(D)
	}

	// §4.11 Emission shares and the zero fallback.
	comb := make([]int64, n)
	for i := range comb {
		comb[i] = refSatAdd(I[i], D[i])
	}
	sum := refSum(comb)
	nSE, nVE, nCE := slices.Clone(I), slices.Clone(D), slices.Clone(comb)
	for i := 0; i < n && sum != 0; i++ {
		nSE[i] = refSafeDiv(nSE[i], sum)
		nVE[i] = refSafeDiv(nVE[i], sum)
	}
	refNormalize(nCE)
	if sum == 0 {
		fallback := aS
		if refSum(aS) == 0 {
			fallback = S
		}
		copy(nVE, fallback)
		copy(nCE, fallback)
	}

	// §4.12 Outputs; bond rows: new permit → EMA row, lost permit → cleared,
	// otherwise untouched.
	res := &Result{
		StakeWeight: make([]uint16, n), Active: active, ValidatorPermit: newPermits,
		Consensus: make([]uint16, n), Incentive: make([]uint16, n), Dividends: make([]uint16, n),
		ValidatorTrust: make([]uint16, n), Emission: make([]uint64, n),
		ServerEmission: make([]uint64, n), ValidatorEmission: make([]uint64, n),
		Bonds: make([][]Entry, n),
	}
	for i := 0; i < n; i++ {
		res.StakeWeight[i] = refToU16Proportion(S[i])
		res.Consensus[i] = refToU16Proportion(C[i])
		res.Incentive[i] = refToU16Proportion(I[i])
		res.Dividends[i] = refToU16Proportion(D[i])
		res.ValidatorTrust[i] = refToU16Proportion(Tv[i])
		res.ServerEmission[i] = refRao(nSE[i], s.Emission)
		res.ValidatorEmission[i] = refRao(nVE[i], s.Emission)
		res.Emission[i] = refRao(nCE[i], s.Emission)
		switch {
		case newPermits[i]:
			row := []Entry{}
			for _, j := range ema.order[i] {
				row = append(row, Entry{UID: uint16(j), Value: refToU16Proportion(ema.v[i][j])})
			}
			res.Bonds[i] = row
		case permits[i]:
			res.Bonds[i] = []Entry{}
		default:
			res.Bonds[i] = slices.Clone(s.Neurons[i].Bonds)
		}
	}
	return res
}

// ---------------------------------------------------------------------------
// Vectors: the reference against YUMA.md Part 2 and subtensor's tests.
// ---------------------------------------------------------------------------

// refMockHyperparams are the subtensor test-mock values YUMA.md Part 2 assumes.
func refMockHyperparams(tempo uint16) Hyperparams {
	return Hyperparams{
		Kappa:                     32767,
		BondsPenalty:              65535,
		BondsMovingAverage:        900_000,
		MaxAllowedValidators:      100,
		Tempo:                     tempo,
		ActivityCutoffFactorMilli: 13889,
		AlphaLow:                  45875,
		AlphaHigh:                 58982,
		AlphaSigmoidSteepness:     1000,
	}
}

// refVectorState builds a state with the given stakes, permits, a common
// last_update and registration at block 0.
func refVectorState(block uint64, tempo uint16, stakes []uint64, permits []bool, lastUpdate uint64) *State {
	s := &State{Block: block, Emission: 1_000_000_000, Hyperparams: refMockHyperparams(tempo)}
	for i, st := range stakes {
		s.Neurons = append(s.Neurons, Neuron{Stake: st, LastUpdate: lastUpdate, ValidatorPermit: permits[i]})
	}
	return s
}

// refBondOf returns the stored bond (i, j), 0 when absent.
func refBondOf(r *Result, i, j int) uint16 {
	for _, e := range r.Bonds[i] {
		if int(e.UID) == j {
			return e.Value
		}
	}
	return 0
}

// refFeedBack stores an epoch's permits and bonds into the state, as the chain does.
func refFeedBack(s *State, r *Result) {
	for i := range s.Neurons {
		s.Neurons[i].ValidatorPermit = r.ValidatorPermit[i]
		s.Neurons[i].Bonds = slices.Clone(r.Bonds[i])
	}
}

func refWantU64(t *testing.T, name string, got, want []uint64) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("%s: got %v, want %v", name, got, want)
	}
}

func refWantU16(t *testing.T, name string, got, want []uint16) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("%s: got %v, want %v", name, got, want)
	}
}

func refWantBonds(t *testing.T, got [][]Entry, want [][]Entry) {
	t.Helper()
	for i := range want {
		if !slices.Equal(got[i], want[i]) && !(len(got[i]) == 0 && len(want[i]) == 0) {
			t.Errorf("bonds row %d: got %v, want %v", i, got[i], want[i])
		}
	}
}

// TestNaiveReproducesVectors checks the reference against the published
// vectors of YUMA.md Part 2 (V1, V2, V3, V4, V5); they are what make the
// reference trustworthy.
func TestNaiveReproducesVectors(t *testing.T) {
	t.Run("V1 two distinct servers", func(t *testing.T) {
		s := refVectorState(1, 10, []uint64{1e9, 1e9, 1e9, 0, 0}, []bool{true, true, true, false, false}, 1)
		s.Neurons[0].Weights = []Entry{{3, 65535}, {4, 0}}
		s.Neurons[1].Weights = []Entry{{3, 0}, {4, 65535}}
		s.Neurons[2].Weights = []Entry{{3, 65535}, {4, 0}}
		r := naiveEpoch(s)
		refWantU64(t, "Emission", r.Emission, []uint64{250000000, 0, 250000000, 500000000, 0})
		refWantU64(t, "ServerEmission", r.ServerEmission, []uint64{0, 0, 0, 500000000, 0})
		refWantU64(t, "ValidatorEmission", r.ValidatorEmission, []uint64{250000000, 0, 250000000, 0, 0})
		refWantU16(t, "Consensus", r.Consensus, []uint16{0, 0, 0, 65535, 0})
		refWantU16(t, "ValidatorTrust", r.ValidatorTrust, []uint16{65535, 0, 65535, 0, 0})
		refWantU16(t, "Incentive", r.Incentive, []uint16{0, 0, 0, 65535, 0})
		refWantU16(t, "Dividends", r.Dividends, []uint16{32767, 0, 32767, 0, 0})
		refWantBonds(t, r.Bonds, [][]Entry{{{3, 65535}}, {}, {{3, 65535}}, {}, {}})
	})

	t.Run("V2 validator splits weight", func(t *testing.T) {
		s := refVectorState(1, 10, []uint64{1e9, 1e9, 1e9, 0, 0}, []bool{true, true, true, false, false}, 1)
		s.Neurons[0].Weights = []Entry{{3, 65535}, {4, 0}}
		s.Neurons[1].Weights = []Entry{{3, 0}, {4, 65535}}
		s.Neurons[2].Weights = []Entry{{3, 65535}, {4, 65535}}
		r := naiveEpoch(s)
		refWantU16(t, "Consensus", r.Consensus, []uint16{0, 0, 0, 32767, 32767})
		refWantU16(t, "Incentive", r.Incentive, []uint16{0, 0, 0, 32767, 32767})
		refWantU16(t, "Dividends", r.Dividends, []uint16{16383, 16383, 32767, 0, 0})
		refWantU64(t, "Emission", r.Emission, []uint64{125000000, 125000000, 250000000, 250000000, 250000000})
	})

	t.Run("V3 fallbacks and permits", func(t *testing.T) {
		// test_simple: no weights, validators share by active stake.
		r := naiveEpoch(refVectorState(1, 10, []uint64{1e9, 1e9}, []bool{true, true}, 1))
		refWantU64(t, "test_simple Emission", r.Emission, []uint64{500000000, 500000000})
		refWantU64(t, "test_simple ValidatorEmission", r.ValidatorEmission, []uint64{500000000, 500000000})
		refWantU16(t, "test_simple Consensus", r.Consensus, []uint16{0, 0})

		// yuma_emergency_mode: everyone inactive, fall back to S.
		r = naiveEpoch(refVectorState(1_000_000, 10, []uint64{1e9, 1e9}, []bool{true, true}, 0))
		if !slices.Equal(r.Active, []bool{false, false}) {
			t.Errorf("emergency Active: got %v, want [false false]", r.Active)
		}
		refWantU64(t, "emergency Emission", r.Emission, []uint64{500000000, 500000000})

		// epoch_uses_active_stake_when_nonzero_active.
		s := refVectorState(1000, 10, []uint64{1e9, 1e9}, []bool{true, true}, 0)
		s.Neurons[0].LastUpdate, s.Neurons[1].LastUpdate = 999, 1
		r = naiveEpoch(s)
		if !slices.Equal(r.Active, []bool{true, false}) {
			t.Errorf("active-stake Active: got %v, want [true false]", r.Active)
		}
		refWantU64(t, "active-stake Emission", r.Emission, []uint64{1000000000, 0})

		// test_validator_permit_masks_active_stake.
		r = naiveEpoch(refVectorState(1, 10, []uint64{1e9, 1e9}, []bool{true, false}, 1))
		refWantU64(t, "permit-mask ValidatorEmission", r.ValidatorEmission, []uint64{1000000000, 0})

		// §4.2 and §4.13.5: stakes [1,2,3,4] give S_i = ⌊(i+1)·2^32/10⌋, bits
		// 429496729, 858993459, 1288490188, 1717986918, stored as ⌊S·65535⌋;
		// ten equal stakes give 99_999_999 rao each, not 100_000_000.
		r = naiveEpoch(refVectorState(1, 10, []uint64{1, 2, 3, 4}, []bool{true, true, true, true}, 1))
		refWantU16(t, "stake [1,2,3,4] StakeWeight", r.StakeWeight, []uint16{6553, 13106, 19660, 26213})
		ten := make([]uint64, 10)
		for i := range ten {
			ten[i] = 1e9
		}
		r = naiveEpoch(refVectorState(1, 10, ten, slices.Repeat([]bool{true}, 10), 1))
		refWantU64(t, "ten equal stakes ValidatorEmission", r.ValidatorEmission, slices.Repeat([]uint64{99_999_999}, 10))

		// epoch_topk_validator_permits.
		s = refVectorState(1, 10, []uint64{2e9, 1e9}, []bool{true, true}, 1)
		s.Hyperparams.MaxAllowedValidators = 1
		r = naiveEpoch(s)
		if !slices.Equal(r.ValidatorPermit, []bool{true, false}) {
			t.Errorf("topk permits: got %v, want [true false]", r.ValidatorPermit)
		}

		// epoch_mechanism_reads_weights_per_mechanism, mechanism 0 and 1.
		for mech, want := range [][]uint64{{250, 0, 250, 500, 0}, {250, 0, 250, 0, 500}} {
			s = refVectorState(1, 10, []uint64{1e9, 1e9, 1e9, 0, 0}, []bool{true, true, true, false, false}, 1)
			s.Emission = 1000
			a, b := uint16(3), uint16(4)
			if mech == 1 {
				a, b = b, a
			}
			s.Neurons[0].Weights = []Entry{{a, 65535}}
			s.Neurons[1].Weights = []Entry{{b, 65535}}
			s.Neurons[2].Weights = []Entry{{a, 65535}}
			refWantU64(t, "mechanism Emission", naiveEpoch(s).Emission, want)
		}

		// epoch_mechanism_three_mechanisms_separate_state.
		rows := [][]Entry{{{2, 65535}}, {{2, 65535}, {3, 65535}}, {{3, 65535}}}
		wants := [][]uint64{
			{250000000, 250000000, 500000000, 0},
			{250000000, 250000000, 250000000, 250000000},
			{250000000, 250000000, 0, 500000000},
		}
		for m := range rows {
			s = refVectorState(1, 10, []uint64{1e9, 1e9, 0, 0}, []bool{true, true, false, false}, 1)
			s.Neurons[0].Weights = rows[m]
			s.Neurons[1].Weights = rows[m]
			refWantU64(t, "three-mechanism Emission", naiveEpoch(s).Emission, wants[m])
		}
	})

	t.Run("V4 active stake over three epochs", func(t *testing.T) {
		s := refVectorState(0, 1, []uint64{1, 1, 1, 1}, []bool{false, false, false, false}, 0)
		s.Hyperparams.MaxAllowedValidators = 4
		refFeedBack(s, naiveEpoch(s)) // block 0 issues permits

		// Epoch 1, block 1: uids 0 and 1 set [32767, 32767] → stored [65535, 65535].
		s.Block = 1
		for _, i := range []int{0, 1} {
			s.Neurons[i].Weights = refWeightRow([]uint16{2, 3}, []uint16{32767, 32767})
			s.Neurons[i].LastUpdate = 1
		}
		r := naiveEpoch(s)
		refWantU16(t, "epoch1 Dividends", r.Dividends[:2], []uint16{32767, 32767})
		refWantU64(t, "epoch1 Emission", r.Emission, []uint64{250000000, 250000000, 250000000, 250000000})
		refWantU64(t, "epoch1 ServerEmission", r.ServerEmission, []uint64{0, 0, 250000000, 250000000})
		refWantU64(t, "epoch1 ValidatorEmission", r.ValidatorEmission, []uint64{250000000, 250000000, 0, 0})
		for i := 0; i < 2; i++ {
			for j := 0; j < 4; j++ {
				want := uint16(0)
				if j >= 2 {
					want = 65535
				}
				if got := refBondOf(r, i, j); got != want {
					t.Errorf("epoch1 bond (%d,%d): got %d, want %d", i, j, got, want)
				}
			}
		}
		refFeedBack(s, r)

		// Epoch 2, block 5002: only uid 0 re-sets its weights.
		s.Block = 5002
		s.Neurons[0].LastUpdate = 5002
		r = naiveEpoch(s)
		refWantU16(t, "epoch2 Dividends", r.Dividends[:2], []uint16{36044, 29490})
		refWantU64(t, "epoch2 Emission", r.Emission, []uint64{274999999, 224999999, 250000000, 250000000})
		for j := 2; j < 4; j++ {
			if got := refBondOf(r, 0, j); got != 65535 {
				t.Errorf("epoch2 bond (0,%d): got %d, want 65535", j, got)
			}
			if got := refBondOf(r, 1, j); got != 53619 {
				t.Errorf("epoch2 bond (1,%d): got %d, want 53619", j, got)
			}
		}
		refFeedBack(s, r)

		// Epoch 3, block 5003: uid 1 re-set its weights at block 5002.
		s.Block = 5003
		s.Neurons[1].LastUpdate = 5002
		r = naiveEpoch(s)
		refWantU16(t, "epoch3 Dividends", r.Dividends[:2], []uint16{35716, 29818})
		refWantU64(t, "epoch3 Emission", r.Emission[:2], []uint64{272501132, 227498866})
		for j := 2; j < 4; j++ {
			if got := refBondOf(r, 0, j); got != 65535 {
				t.Errorf("epoch3 bond (0,%d): got %d, want 65535", j, got)
			}
			if got := refBondOf(r, 1, j); got != 54712 {
				t.Errorf("epoch3 bond (1,%d): got %d, want 54712", j, got)
			}
		}
	})

	t.Run("V5 bonds EMA over eight epochs", func(t *testing.T) {
		s := refVectorState(0, 1, []uint64{1, 2, 3, 4, 0, 0, 0, 0}, make([]bool, 8), 0)
		s.Hyperparams.MaxAllowedValidators = 8
		refFeedBack(s, naiveEpoch(s)) // block 0 issues permits to uids 0–3
		if got := []bool{s.Neurons[0].ValidatorPermit, s.Neurons[3].ValidatorPermit, s.Neurons[4].ValidatorPermit}; !slices.Equal(got, []bool{true, true, false}) {
			t.Fatalf("V5 permits after block 0: got %v", got)
		}
		vote := func(uid int, block uint64, row []Entry) {
			s.Neurons[uid].Weights = row
			s.Neurons[uid].LastUpdate = block
		}
		steps := []struct {
			act      func(block uint64)
			col      int
			bonds    []uint16 // stored bonds of uids 0–3 in column col
			emission []uint64
		}{
			{func(b uint64) {
				for uid := 0; uid < 4; uid++ {
					vote(uid, b, refWeightRow([]uint16{4, 5, 6, 7}, []uint16{16383, 32767, 49149, 65535}))
				}
			}, 4, []uint16{16383, 32767, 49151, 65535},
				[]uint64{49999998, 99999999, 150000000, 200000001, 49998779, 100000610, 149996337, 200004272}},
			{func(b uint64) { vote(0, b, refWeightRow([]uint16{0}, []uint16{65535})) }, 4, []uint16{14582, 32767, 49151, 65535},
				[]uint64{44998351, 101110561, 151667215, 202223870, 49998779, 100000610, 149996337, 200004272}},
			{func(b uint64) { vote(1, b, refWeightRow([]uint16{1}, []uint16{65535})) }, 4, []uint16{12603, 28321, 49151, 65535},
				[]uint64{40496805, 90999783, 157929636, 210573773, 49998779, 100000610, 149996337, 200004272}},
			{func(b uint64) { vote(2, b, refWeightRow([]uint16{2}, []uint16{65535})) }, 7, []uint16{12602, 28320, 49150, 65535},
				[]uint64{99999999, 199999999, 299999999, 399999999, 0, 0, 0, 0}},
			{func(b uint64) { vote(2, b, refWeightRow([]uint16{7}, []uint16{65535})) }, 7, []uint16{10951, 24609, 49150, 65535},
				[]uint64{36443733, 81898628, 163565493, 218092144, 0, 0, 0, 500000000}},
			{func(uint64) {}, 7, []uint16{9559, 21482, 49150, 65535},
				[]uint64{32799427, 73706612, 168638129, 224855830, 0, 0, 0, 500000000}},
			{func(uint64) {}, 7, []uint16{8376, 18824, 49150, 65535},
				[]uint64{29518068, 66336137, 173203134, 230942659, 0, 0, 0, 500000000}},
			{func(uint64) {}, 7, []uint16{7363, 16549, 49150, 65535},
				[]uint64{26565175, 59701871, 177311856, 236421095, 0, 0, 0, 500000000}},
		}
		for k, st := range steps {
			block := uint64(k + 1)
			s.Block = block
			st.act(block)
			r := naiveEpoch(s)
			var col []uint16
			for i := 0; i < 4; i++ {
				col = append(col, refBondOf(r, i, st.col))
			}
			refWantU16(t, fmt.Sprintf("epoch %d bonds", block), col, st.bonds)
			refWantU64(t, fmt.Sprintf("epoch %d Emission", block), r.Emission, st.emission)
			if block == 1 {
				refWantU16(t, "epoch 1 Dividends", r.Dividends, []uint16{6553, 13106, 19660, 26214, 0, 0, 0, 0})
				refWantU16(t, "epoch 1 Incentive", r.Incentive, []uint16{0, 0, 0, 0, 6553, 13107, 19660, 26214})
			}
			if block == 5 {
				if r.Consensus[7] != 26214 || r.Incentive[7] != 65535 {
					t.Errorf("epoch 5: C7 %d I7 %d, want 26214 65535", r.Consensus[7], r.Incentive[7])
				}
			}
			refFeedBack(s, r)
		}
	})
}

// refMaxUpscaleU16 is vec_u16_max_upscale_to_u16, the storage form of
// set_weights values (YUMA.md §8.3); round() is nearest, ties away from zero.
func refMaxUpscaleU16(vals []uint16) []uint16 {
	mx := int64(slices.Max(vals))
	out := make([]uint16, len(vals))
	round := func(bits int64) uint16 { return uint16(refToUint(refSatAdd(bits, refHalf), 65535)) }
	for k, v := range vals {
		e := refInt(int64(v))
		switch {
		case mx == 0:
			out[k] = uint16(refToUint(refSatMul(e, refInt(65535)), 65535))
		case mx > 32768:
			out[k] = round(refSatMul(e, refSafeDiv(refInt(65535), refInt(mx))))
		default:
			out[k] = round(refSafeDiv(refSatMul(e, refInt(65535)), refInt(mx)))
		}
	}
	return out
}

func refWeightRow(dests, vals []uint16) []Entry {
	up := refMaxUpscaleU16(vals)
	row := make([]Entry, len(dests))
	for k := range dests {
		row[k] = Entry{UID: dests[k], Value: up[k]}
	}
	return row
}

// refYuma3Case is one scenario of subtensor tests/epoch.rs (Yuma3, liquid alpha):
// 3 validators and some servers, tempo 1, β = 0, bma 975_000, alpha (0.1, 0.3).
type refYuma3Case struct {
	name      string
	stakes    []uint64
	liquid    bool
	dests     []uint16
	weights   func(epoch int) [][]uint16 // nil: nobody sets weights
	dividends [][]float64
}

func refRunYuma3Case(t *testing.T, c refYuma3Case) {
	hp := refMockHyperparams(1)
	hp.BondsPenalty = 0
	hp.BondsMovingAverage = 975_000
	hp.Yuma3 = true
	hp.LiquidAlpha = c.liquid
	hp.AlphaLow, hp.AlphaHigh = 6553, 19660 // set_alpha_values_32(0.1, 0.3)
	hp.MaxAllowedValidators = 3
	s := &State{Block: 2, Emission: 1_000_000_000, Hyperparams: hp}
	for _, st := range c.stakes {
		s.Neurons = append(s.Neurons, Neuron{Stake: st, LastUpdate: 1, RegisteredAt: 1})
	}
	refFeedBack(s, naiveEpoch(s)) // permits at block 2
	for e, want := range c.dividends {
		if w := c.weights(e); w != nil {
			for uid, vals := range w {
				s.Neurons[uid].Weights = refWeightRow(c.dests, vals)
				s.Neurons[uid].LastUpdate = s.Block
			}
		}
		s.Block++
		r := naiveEpoch(s)
		for i, d := range want {
			got := float64(r.Dividends[i]) / 65535
			if diff := got - d; diff > 1e-3 || diff < -1e-3 {
				t.Errorf("%s epoch %d: dividend %d got %.4f, want %.4f", c.name, e, i, got, d)
			}
		}
		refFeedBack(s, r)
	}
}

// TestNaiveYuma3Trajectories replays subtensor's Yuma3 scenarios
// (tests/epoch.rs test_yuma_3_*) and checks dividends to the ±1e-3 the
// chain's own tests assert; these exercise liquid alpha, which the exact
// vectors of YUMA.md Part 2 do not.
func TestNaiveYuma3Trajectories(t *testing.T) {
	const M, h = 65535, 32767
	all := func(v ...uint16) [][]uint16 { return [][]uint16{v, v, v} }
	rows := func(a, b, c []uint16) [][]uint16 { return [][]uint16{a, b, c} }
	x1, x2 := []uint16{M, 0}, []uint16{0, M}
	switchSchedule := func(e int) [][]uint16 {
		if e == 2 {
			return rows(x1, x1, x2)
		}
		return all(M, 0)
	}
	cases := []refYuma3Case{
		{"kappa_moves_first", []uint64{8, 1, 1, 0, 0}, true, []uint16{3, 4},
			func(e int) [][]uint16 {
				return [][][]uint16{all(M, 0), rows(x2, x1, x1), rows(x2, x2, x1), all(0, M), nil, nil}[e]
			},
			[][]float64{{.8, .1, .1, 0, 0}, {1, 0, 0, 0, 0}, {.9382, .0618, 0, 0, 0}, {.8819, .0773, .0407, 0, 0}, {.8564, .0844, .0592, 0, 0}, {.8418, .0884, .0697, 0, 0}}},
		{"kappa_moves_second", []uint64{8, 1, 1, 0, 0}, true, []uint16{3, 4},
			func(e int) [][]uint16 {
				return [][][]uint16{all(M, 0), rows(x1, x2, x1), rows(x2, x2, x1), all(0, M), nil, nil}[e]
			},
			[][]float64{{.8, .1, .1, 0, 0}, {.8446, .0498, .1056, 0, 0}, {.6868, .3132, 0, 0, 0}, {.7421, .2090, .0489, 0, 0}, {.7625, .1706, .0669, 0, 0}, {.7730, .1508, .0762, 0, 0}}},
		{"kappa_moves_last", []uint64{8, 1, 1, 0, 0}, true, []uint16{3, 4},
			func(e int) [][]uint16 {
				return [][][]uint16{all(M, 0), rows(x1, x2, x1), rows(x1, x2, x2), all(0, M), nil, nil}[e]
			},
			[][]float64{{.8, .1, .1, 0, 0}, {.8446, .0498, .1056, 0, 0}, {.8966, .0333, .0701, 0, 0}, {.4663, .3210, .2127, 0, 0}, {.5976, .2340, .1683, 0, 0}, {.6592, .1932, .1475, 0, 0}}},
		{"one_epoch_switch", []uint64{33, 33, 34, 0, 0}, true, []uint16{3, 4}, switchSchedule,
			[][]float64{{.33, .33, .34, 0, 0}, {.33, .33, .34, 0, 0}, {.3782, .3782, .2436, 0, 0}, {.3628, .3628, .2745, 0, 0}, {.3541, .3541, .2917, 0, 0}, {.3487, .3487, .3026, 0, 0}}},
		{"liquid_alpha_disabled", []uint64{33, 33, 34, 0, 0}, false, []uint16{3, 4}, switchSchedule,
			[][]float64{{.33, .33, .34, 0, 0}, {.33, .33, .34, 0, 0}, {.3734, .3734, .2532, 0, 0}, {.3611, .3611, .2779, 0, 0}, {.3541, .3541, .2919, 0, 0}, {.3495, .3495, .3009, 0, 0}}},
		{"stable_miner", []uint64{8, 1, 1, 0, 0, 0}, true, []uint16{3, 4, 5},
			func(e int) [][]uint16 {
				a, b := []uint16{h, 0, h}, []uint16{0, h, h}
				return [][][]uint16{rows(a, a, a), rows(a, b, a), rows(b, b, a), rows(b, b, b), nil, nil}[e]
			},
			[][]float64{{.8, .1, .1, 0, 0, 0}, {.8226, .0745, .1028, 0, 0, 0}, {.7750, .1685, .0565, 0, 0, 0}, {.7864, .1372, .0764, 0, 0, 0}, {.7912, .1241, .0847, 0, 0, 0}, {.7937, .1173, .0890, 0, 0, 0}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { refRunYuma3Case(t, c) })
	}
}

// refF32 is I32F32::saturating_from_num(f32): round to nearest, ties to even.
func refF32(x float32) int64 { return int64(math.RoundToEven(float64(x) * (1 << 32))) }

func refF32s(xs ...float32) []int64 {
	out := make([]int64, len(xs))
	for k, x := range xs {
		out[k] = refF32(x)
	}
	return out
}

// TestNaivePrimitives checks the reference's building blocks against
// YUMA.md §1 and the math vectors of Part 2 (V9).
func TestNaivePrimitives(t *testing.T) {
	t.Run("weighted_median", func(t *testing.T) {
		one := refOne
		majority := refF32(0.51)
		cases := []struct {
			stake, score []float32
			normalize    bool
			want         float32
		}{
			{nil, nil, false, 0},
			{[]float32{0.51}, []float32{1}, true, 1},
			{[]float32{.49, .51}, []float32{.5, 1}, false, 1},
			{[]float32{.51, .49}, []float32{.5, 1}, false, .5},
			{[]float32{.49, 0, .51}, []float32{.5, .7, 1}, false, 1},
			{[]float32{.49, .01, .5}, []float32{.5, .7, 1}, false, .7},
			{[]float32{.49, .51, 0}, []float32{.5, .7, 1}, false, .7},
			{[]float32{0, .49, .51}, []float32{.5, .7, 1}, false, 1},
			{[]float32{0, .49, 0, .51}, []float32{.5, .5, 1, 1}, false, 1},
			{[]float32{0, .49, 0, .51, 0}, []float32{.5, .5, 1, 1, .5}, false, 1},
			{[]float32{.2, .2, .2, .2, .2}, []float32{.8, .2, 1, .6, .4}, false, .6},
			{[]float32{.1, .1, .1, .1, .1, .1, .1, .1, .1, .1}, []float32{.8, .8, .2, .2, 1, 1, .6, .6, .4, .4}, false, .6},
		}
		for k, c := range cases {
			stake, score := refF32s(c.stake...), refF32s(c.score...)
			if c.normalize {
				refNormalize(stake)
			}
			idx := make([]int, len(stake))
			for i := range idx {
				idx[i] = i
			}
			got := refWeightedMedian(stake, score, idx, one-majority, 0, refSum(stake))
			if got != refF32(c.want) {
				t.Errorf("case %d: got %d, want %d", k, got, refF32(c.want))
			}
		}
	})

	t.Run("exp", func(t *testing.T) {
		if got, want := refE(), int64(11674931554); got != want {
			t.Errorf("E bits: got %d, want %d", got, want)
		}
		for _, x := range []float64{-5, -2.5, -1, -0.5, 0.25, 0.5, 2, 5} {
			got, ok := refExp(int64(x * (1 << 32)))
			want := math.Exp(x)
			if !ok || math.Abs(float64(got)/(1<<32)-want) > 1e-6*math.Max(1, want) {
				t.Errorf("exp(%v): got %v (ok %v), want %v", x, float64(got)/(1<<32), ok, want)
			}
		}
	})

	t.Run("mat_ema_alpha_sparse", func(t *testing.T) {
		// Old (0,0) = 1, new (1,1) = 2, α = 0.1: only (1,1) = 0.2 survives.
		oldM, newM := newRefMat(2), newRefMat(2)
		oldM.put(0, 0, refOne)
		newM.put(1, 1, refInt(2))
		a := refF32(0.1)
		alpha := [][]int64{{a, a}, {a, a}}
		got := refMatEMAAlpha(newM, oldM, alpha)
		if got.ok[0][0] || !got.ok[1][1] || got.v[1][1] != refSatMul(a, refInt(2)) {
			t.Errorf("got %v, want only (1,1) = 0.2", got)
		}
		// Old empty, new 3×4: α·new, clamped at 1.
		vals := []float32{.1, .2, 3, .04, .05, .06, .07, .08, .09, .1, .11, .12}
		want := []float64{.01, .02, .3, .004, .005, .006, .007, .008, .009, .01, .011, .012}
		newM, oldM = newRefMat(4), newRefMat(4)
		alpha = make([][]int64, 4)
		for i := range alpha {
			alpha[i] = []int64{a, a, a, a}
		}
		for k, v := range vals {
			newM.put(k/4, k%4, refF32(v))
		}
		got = refMatEMAAlpha(newM, oldM, alpha)
		for k, w := range want {
			ok, val := got.ok[k/4][k%4], got.v[k/4][k%4]
			if !ok || math.Abs(float64(val)/(1<<32)-w) > 1e-5 {
				t.Errorf("entry %d: got %v, want %v", k, float64(val)/(1<<32), w)
			}
		}
	})

	t.Run("vec_u16_max_upscale_to_u16", func(t *testing.T) {
		for _, c := range [][2][]uint16{
			{{0, 1, 65534}, {0, 1, 65535}},
			{{65534}, {65535}},
			{{0, 1, 2, 3, 4, 65533, 65535}, {0, 1, 2, 3, 4, 65533, 65535}},
			{{32767, 32767}, {65535, 65535}},
			{{43690, 21845}, {65535, 32768}},
		} {
			if got := refMaxUpscaleU16(c[0]); !slices.Equal(got, c[1]) {
				t.Errorf("%v: got %v, want %v", c[0], got, c[1])
			}
		}
	})

	t.Run("hyperparameter ratios", func(t *testing.T) {
		if got := refSafeDiv(refInt(32767), refInt(65535)); got != 2147450879 {
			t.Errorf("kappa bits: got %d, want 2147450879", got)
		}
		r := refI64F64SafeDiv(refI64F64(900_000), refI64F64(1_000_000))
		if got := refSatSub(refOne, refI64F64ToI32F32(r)); got != 429496730 {
			t.Errorf("alpha bits: got %d, want 429496730", got)
		}
	})
}
