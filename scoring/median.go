package scoring

import "slices"

// WeightedMedian is subtensor's weighted_median: a deterministic mid-pivot
// partition search over the indices idx of score, weighted by stake, that
// returns the score c such that the stake voting ≥ c exceeds the majority
// (minority = Σ stake − κ). Starting from lo, hi:
//
//	pivot = score[cur[len(cur)/2]]
//	lower = {i ∈ cur : score_i < pivot}, upper = {i ∈ cur : score_i > pivot}
//	if minority < lo + Σ_lower stake and lower ≠ ∅:  cur, hi = lower, lo + Σ_lower
//	elif hi − Σ_upper stake ≤ minority and upper ≠ ∅: cur, lo = upper, hi − Σ_upper
//	else return pivot
//
// with saturating sums, 0 for an empty list and a safety limit of len(idx)
// iterations. It is the straightforward form; the epoch uses an equivalent
// one that skips zero scores.
func WeightedMedian(stake, score []I32F32, idx []int, minority, lo, hi I32F32) I32F32 {
	if len(stake) != len(score) {
		return 0
	}
	cur := append([]int(nil), idx...)
	var lower, upper []int
	for iter := 0; ; {
		switch len(cur) {
		case 0:
			return 0
		case 1:
			return score[cur[0]]
		}
		pivot := score[cur[len(cur)/2]]
		var loStake, hiStake I32F32
		lower, upper = lower[:0], upper[:0]
		for _, i := range cur {
			switch {
			case score[i] < pivot:
				loStake = loStake.SatAdd(stake[i])
				lower = append(lower, i)
			case score[i] > pivot:
				hiStake = hiStake.SatAdd(stake[i])
				upper = append(upper, i)
			}
		}
		switch {
		case minority < lo.SatAdd(loStake) && len(lower) > 0:
			cur = append(cur[:0], lower...)
			hi = lo.SatAdd(loStake)
		case hi.SatSub(hiStake) <= minority && len(upper) > 0:
			cur = append(cur[:0], upper...)
			lo = hi.SatSub(hiStake)
		default:
			return pivot
		}
		if iter++; iter > len(idx) {
			return 0
		}
	}
}

// columns is weighted_median_col_sparse: for each column j the
// WeightedMedian over the rows with positive stake (in uid order), with
// their stake normalized, scores W_ij (0 where absent), minority =
// Σ stake − κ, lo = 0 and hi = Σ stake.
//
// Columns are mostly zeros in a sparse subnet, so the search runs on the
// nonzero cells only: every list the search visits is {k : a < score_k < b}
// in k order for some open interval (a, b), so zeros are either all in it or
// all out, and their count, stake and positions follow from the nonzero
// cells. Stake sums never saturate (they are at most Σ stake ≤ 1), so the
// order of additions does not matter, and the partition is branch-free.
func (m *medianSearch) columns(stake []I32F32, w *csr, n int, kappa I32F32) []I32F32 {
	m.useStake = m.useStake[:0]
	m.rowK = slices.Grow(m.rowK[:0], len(stake))[:len(stake)]
	for i, s := range stake {
		m.rowK[i] = -1
		if s > 0 {
			m.rowK[i] = int32(len(m.useStake))
			m.useStake = append(m.useStake, s)
		}
	}
	normalize(m.useStake)
	m.stakeSum = 0
	for _, s := range m.useStake {
		m.stakeSum += s
	}
	m.minority = m.stakeSum.SatSub(kappa)
	m.k = len(m.useStake)

	out := make([]I32F32, n)
	if m.rowsIncreasing(w) {
		m.blockedColumns(w, n, out)
		return out
	}

	// Transpose the positive-stake rows' nonzero cells into columns, k
	// ascending, packed as score<<16 | k (row-normalized scores lie in
	// [0, 1], so they fit).
	count := slices.Grow(m.count[:0], n+1)[:n+1]
	clear(count)
	for i := range w.rows() {
		if m.rowK[i] < 0 {
			continue
		}
		cols, vals := w.row(i)
		for c, j := range cols {
			if vals[c] != 0 {
				count[j+1]++
			}
		}
	}
	for j := range n {
		count[j+1] += count[j]
	}
	cells := slices.Grow(m.cells[:0], count[n])[:count[n]]
	fill := append(m.fill[:0], count[:n]...)
	for i := range w.rows() {
		k := m.rowK[i]
		if k < 0 {
			continue
		}
		cols, vals := w.row(i)
		for c, j := range cols {
			if v := vals[c]; v != 0 {
				cells[fill[j]] = uint64(v)<<16 | uint64(k)
				fill[j]++
			}
		}
	}
	m.count, m.cells, m.fill = count, cells, fill
	for j := range n {
		out[j] = m.column(cells[count[j]:count[j+1]])
	}
	return out
}

// rowsIncreasing reports whether every positive-stake row of w has strictly
// increasing columns, as rows stored by set_weights usually do.
func (m *medianSearch) rowsIncreasing(w *csr) bool {
	for i := range w.rows() {
		if m.rowK[i] >= 0 {
			if cols, _ := w.row(i); !increasing(cols) {
				return false
			}
		}
	}
	return true
}

// medianBlock is the number of columns transposed at a time.
const medianBlock = 128

// blockedColumns computes the column medians a block of columns at a time:
// a cursor per positive-stake row walks its (increasing) columns, so each
// block's cells are gathered from short contiguous runs into a small,
// cache-resident transpose instead of one scattered across memory.
func (m *medianSearch) blockedColumns(w *csr, n int, out []I32F32) {
	var rows []int32 // positive-stake rows in k order
	for i := range w.rows() {
		if m.rowK[i] >= 0 {
			rows = append(rows, int32(i))
		}
	}
	cursor := make([]int, len(rows))
	for k, i := range rows {
		cursor[k] = w.start[i]
	}
	count := slices.Grow(m.count[:0], medianBlock+1)[:medianBlock+1]
	fill := slices.Grow(m.fill[:0], medianBlock)[:medianBlock]
	cells := slices.Grow(m.cells[:0], medianBlock*len(rows))[:medianBlock*len(rows)]
	for j0 := 0; j0 < n; j0 += medianBlock {
		j1 := min(n, j0+medianBlock)
		clear(count)
		for k, i := range rows {
			end := w.start[i+1]
			for p := cursor[k]; p < end && int(w.col[p]) < j1; p++ {
				if w.val[p] != 0 {
					count[int(w.col[p])-j0+1]++
				}
			}
		}
		for b := range j1 - j0 {
			count[b+1] += count[b]
		}
		copy(fill, count[:j1-j0])
		for k, i := range rows {
			end := w.start[i+1]
			p := cursor[k]
			for ; p < end && int(w.col[p]) < j1; p++ {
				if v := w.val[p]; v != 0 {
					b := int(w.col[p]) - j0
					cells[fill[b]] = uint64(v)<<16 | uint64(k)
					fill[b]++
				}
			}
			cursor[k] = p
		}
		for b := range j1 - j0 {
			out[j0+b] = m.column(cells[count[b]:count[b+1]])
		}
	}
	m.count, m.fill, m.cells = count, fill, cells
}

// medianSearch holds the working memory of the column medians.
type medianSearch struct {
	useStake []I32F32
	rowK     []int32
	count    []int
	fill     []int
	cells    []uint64
	bufs     [3][]uint64 // partition lists of packed cells
	k        int         // number of positive-stake rows (the length of idx)
	stakeSum I32F32
	minority I32F32
}

// interval is an open score interval (a, b); unbounded sides are flagged.
type interval struct {
	a, b       I32F32
	aInf, bInf bool
}

func (iv *interval) contains(x I32F32) bool {
	return (iv.aInf || iv.a < x) && (iv.bInf || x < iv.b)
}

func unpack(p uint64) (I32F32, int32) { return I32F32(p >> 16), int32(p & 0xffff) }

// column returns the weighted median of one column given its packed nonzero
// cells in k order. The current list is kept as its nonzero cells plus,
// while the interval contains 0, all zero-score rows. Partitions are written
// branch-free into two of three scratch lists.
func (m *medianSearch) column(all []uint64) I32F32 {
	for i := range m.bufs {
		if cap(m.bufs[i]) < len(all) {
			m.bufs[i] = make([]uint64, len(all))
		}
	}
	var nonzeroStake I32F32
	for _, p := range all {
		nonzeroStake += m.useStake[p&0xffff]
	}
	zeroCount := m.k - len(all)
	zeroStake := m.stakeSum - nonzeroStake
	cur, curBuf := all, -1
	iv := interval{aInf: true, bInf: true}
	lo, hi := I32F32(0), m.stakeSum
	for iter := 0; ; {
		zerosIn := zeroCount > 0 && iv.contains(0)
		length := len(cur)
		if zerosIn {
			length += zeroCount
		}
		if length == 0 {
			return 0
		}
		var pivot I32F32
		if zerosIn {
			pivot = pivotWithZeros(all, cur, &iv, length/2)
		} else {
			pivot, _ = unpack(cur[length/2])
		}
		if length == 1 {
			return pivot
		}
		lb, ub := 0, 1
		switch curBuf {
		case 0:
			lb, ub = 1, 2
		case 1:
			lb, ub = 0, 2
		}
		lower, upper := m.bufs[lb][:len(cur)], m.bufs[ub][:len(cur)]
		loStake, hiStake, nl, nu := partition(cur, lower, upper, m.useStake, pivot)
		loCount, hiCount := nl, nu
		if zerosIn {
			switch {
			case 0 < pivot:
				loStake += zeroStake
				loCount += zeroCount
			case 0 > pivot:
				hiStake += zeroStake
				hiCount += zeroCount
			}
		}
		switch {
		case m.minority < lo.SatAdd(loStake) && loCount > 0:
			iv.b, iv.bInf = pivot, false
			hi = lo.SatAdd(loStake)
			cur, curBuf = lower[:nl], lb
		case hi.SatSub(hiStake) <= m.minority && hiCount > 0:
			iv.a, iv.aInf = pivot, false
			lo = hi.SatSub(hiStake)
			cur, curBuf = upper[:nu], ub
		default:
			return pivot
		}
		if iter++; iter > m.k {
			return 0
		}
	}
}

// partition splits the packed cells of cur into those scoring below pivot
// (lower[:nl]) and above it (upper[:nu]), keeping their order, and sums
// their stakes. It is branch-free: every cell is written to both lists and
// the matching count advances.
func partition(cur, lower, upper []uint64, useStake []I32F32, pivot I32F32) (loStake, hiStake I32F32, nl, nu int) {
	lower, upper = lower[:len(cur)], upper[:len(cur)]
	for _, p := range cur {
		sc, st := I32F32(p>>16), useStake[p&0xffff]
		lt := int64(sc-pivot) >> 63 // −1 when sc < pivot
		gt := int64(pivot-sc) >> 63 // −1 when sc > pivot
		loStake += st & I32F32(lt)
		hiStake += st & I32F32(gt)
		lower[nl] = p
		upper[nu] = p
		nl -= int(lt)
		nu -= int(gt)
	}
	return loStake, hiStake, nl, nu
}

// pivotWithZeros returns the score at position pos of a list made of every
// row k except the nonzero cells outside iv: it walks those excluded cells
// in k order to find the pos-th remaining k, which is either one of the
// current nonzero cells cur (packed, k order) or a zero.
func pivotWithZeros(all, cur []uint64, iv *interval, pos int) I32F32 {
	k := int32(pos)
	for _, p := range all {
		sc, ck := unpack(p)
		if iv.contains(sc) {
			continue
		}
		if ck > k {
			break
		}
		k++
	}
	i, found := slices.BinarySearchFunc(cur, k, func(p uint64, k int32) int { return int(int32(p&0xffff) - k) })
	if found {
		sc, _ := unpack(cur[i])
		return sc
	}
	return 0
}
