package scoring

import (
	"cmp"
	"slices"
)

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

// colCell is one nonzero score of a column: the row's position k among the
// positive-stake rows, and the score.
type colCell struct {
	k     int32
	score I32F32
}

// weightedMedianCols is weighted_median_col_sparse: for each column j the
// WeightedMedian over the rows with positive stake (in uid order), with
// their stake normalized, scores W_ij (0 where absent), minority =
// Σ stake − κ, lo = 0 and hi = Σ stake.
//
// Columns are mostly zeros in a sparse subnet, so the search runs on the
// nonzero cells only: every list the search visits is {k : a < score_k < b}
// in k order for some open interval (a, b), so zeros are either all in it or
// all out, and their count, stake and positions follow from the nonzero
// cells. Stake sums never saturate (they are at most Σ stake ≤ 1), so the
// order of additions does not matter.
func weightedMedianCols(stake []I32F32, w *csr, n int, kappa I32F32) []I32F32 {
	var useStake []I32F32
	rowK := make([]int32, len(stake))
	for i, s := range stake {
		rowK[i] = -1
		if s > 0 {
			rowK[i] = int32(len(useStake))
			useStake = append(useStake, s)
		}
	}
	normalize(useStake)
	var stakeSum I32F32
	for _, s := range useStake {
		stakeSum += s
	}
	minority := stakeSum.SatSub(kappa)

	// Transpose the positive-stake rows' nonzero cells into columns, k ascending.
	count := make([]int, n+1)
	for i := range w.rows() {
		if rowK[i] < 0 {
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
	cells := make([]colCell, count[n])
	fill := append([]int(nil), count[:n]...)
	for i := range w.rows() {
		k := rowK[i]
		if k < 0 {
			continue
		}
		cols, vals := w.row(i)
		for c, j := range cols {
			if vals[c] != 0 {
				cells[fill[j]] = colCell{k: k, score: vals[c]}
				fill[j]++
			}
		}
	}

	m := medianSearch{stake: useStake, k: len(useStake), stakeSum: stakeSum, minority: minority}
	out := make([]I32F32, n)
	for j := range n {
		out[j] = m.column(cells[count[j]:count[j+1]])
	}
	return out
}

// medianSearch runs WeightedMedian on columns given by their nonzero cells.
type medianSearch struct {
	stake    []I32F32
	k        int // number of positive-stake rows (the length of idx)
	stakeSum I32F32
	minority I32F32
	cur      []colCell // scratch: the current list's nonzero cells
}

// interval is an open score interval (a, b); unbounded sides are flagged.
type interval struct {
	a, b       I32F32
	aInf, bInf bool
}

func (iv *interval) contains(x I32F32) bool {
	return (iv.aInf || iv.a < x) && (iv.bInf || x < iv.b)
}

// column returns the weighted median of one column given its nonzero cells
// in k order. The current list is kept as its nonzero cells (cur, k order)
// plus, while the interval contains 0, all zero-score rows.
func (m *medianSearch) column(all []colCell) I32F32 {
	var nonzeroStake I32F32
	for _, c := range all {
		nonzeroStake += m.stake[c.k]
	}
	zeroCount := m.k - len(all)
	zeroStake := m.stakeSum - nonzeroStake
	cur := append(m.cur[:0], all...)
	defer func() { m.cur = cur }()
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
			pivot = cur[length/2].score
		}
		if length == 1 {
			return pivot
		}
		var loStake, hiStake I32F32
		loCount, hiCount := 0, 0
		for _, c := range cur {
			switch {
			case c.score < pivot:
				loStake += m.stake[c.k]
				loCount++
			case c.score > pivot:
				hiStake += m.stake[c.k]
				hiCount++
			}
		}
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
		keepLower := false
		switch {
		case m.minority < lo.SatAdd(loStake) && loCount > 0:
			iv.b, iv.bInf = pivot, false
			hi = lo.SatAdd(loStake)
			keepLower = true
		case hi.SatSub(hiStake) <= m.minority && hiCount > 0:
			iv.a, iv.aInf = pivot, false
			lo = hi.SatSub(hiStake)
		default:
			return pivot
		}
		next := cur[:0]
		for _, c := range cur {
			if (keepLower && c.score < pivot) || (!keepLower && c.score > pivot) {
				next = append(next, c)
			}
		}
		cur = next
		if iter++; iter > m.k {
			return 0
		}
	}
}

// pivotWithZeros returns the score at position pos of a list made of every
// row k except the nonzero cells outside iv: it walks those excluded cells
// in k order to find the pos-th remaining k, which is either a cell of cur
// or a zero.
func pivotWithZeros(all, cur []colCell, iv *interval, pos int) I32F32 {
	k := int32(pos)
	for _, c := range all {
		if iv.contains(c.score) {
			continue
		}
		if c.k > k {
			break
		}
		k++
	}
	i, found := slices.BinarySearchFunc(cur, k, func(c colCell, k int32) int { return cmp.Compare(c.k, k) })
	if found {
		return cur[i].score
	}
	return 0
}
