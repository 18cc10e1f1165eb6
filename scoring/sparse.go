package scoring

import "slices"

// csr is a sparse n×n matrix in compressed-row form: row i holds the cells
// col[start[i]:start[i+1]] and val[...], in the order they were appended.
// Order within a row is significant for a few of subtensor's operations, so
// every transformation below preserves the order subtensor's would.
type csr struct {
	start []int
	col   []uint16
	val   []I32F32
}

// reset empties m for rows rows and about capacity cells, keeping its memory.
func (m *csr) reset(rows, capacity int) *csr {
	m.start = append(m.start[:0], 0)
	m.start = slices.Grow(m.start, rows+1)
	m.col = slices.Grow(m.col[:0], capacity)
	m.val = slices.Grow(m.val[:0], capacity)
	return m
}

func (m *csr) rows() int { return len(m.start) - 1 }

func (m *csr) row(i int) ([]uint16, []I32F32) {
	lo, hi := m.start[i], m.start[i+1]
	return m.col[lo:hi], m.val[lo:hi]
}

func (m *csr) push(j uint16, v I32F32) {
	m.col = append(m.col, j)
	m.val = append(m.val, v)
}

func (m *csr) endRow() { m.start = append(m.start, len(m.col)) }

// copyFrom makes m a copy of src, reusing m's memory.
func (m *csr) copyFrom(src *csr) *csr {
	m.start = append(m.start[:0], src.start...)
	m.col = append(m.col[:0], src.col...)
	m.val = append(m.val[:0], src.val...)
	return m
}

// normalizeRow divides row i by its sum when that sum is positive:
// w_ij ← w_ij / Σ_j w_ij (inplace_row_normalize_sparse).
func (m *csr) normalizeRow(i int) {
	_, vals := m.row(i)
	var sum I32F32
	for _, v := range vals {
		sum += v
	}
	if sum <= 0 {
		return
	}
	d := newDivisor(sum)
	for k, v := range vals {
		if r, ok := d.fastDiv(v); ok {
			vals[k] = r
		} else {
			vals[k] = d.slowDiv(v)
		}
	}
}

// colNormalize divides each cell by its column's saturating sum where that
// sum is nonzero: b_ij ← b_ij / Σ_i b_ij (inplace_col_normalize_sparse).
func (m *csr) colNormalize(n int, scratch []I32F32) {
	sums := scratch[:n]
	clear(sums)
	for k, j := range m.col {
		sums[j] = sums[j].SatAdd(m.val[k])
	}
	m.divideByColumn(n, sums)
}

func (m *csr) divideByColumn(n int, by []I32F32) {
	divs := make([]divisor, n)
	for j, d := range by {
		divs[j] = newDivisor(d)
	}
	for k, j := range m.col {
		if by[j] != 0 {
			m.val[k] = divs[j].safeDiv(m.val[k])
		}
	}
}

// rowWeighted returns d_i = Σ_j v_j·m_ij with saturating operations
// (matmul_transpose_sparse).
func (m *csr) rowWeighted(v []I32F32) []I32F32 {
	out := make([]I32F32, m.rows())
	for i := range out {
		cols, vals := m.row(i)
		var acc I32F32
		for k, j := range cols {
			acc = acc.SatAdd(v[j].SatMul(vals[k]))
		}
		out[i] = acc
	}
	return out
}

// rowAccumulator densifies one row at a time: add cells, then emit the
// positive ones in ascending column order. A row with few cells is emitted
// by sorting the columns it touched, a crowded one by a scan of all columns,
// so a row costs O(min(cells·log cells, n)).
type rowAccumulator struct {
	acc     []I32F32
	seen    []bool
	touched []uint16
}

func (a *rowAccumulator) reset(n int) *rowAccumulator {
	if cap(a.acc) < n {
		a.acc = make([]I32F32, n)
		a.seen = make([]bool, n)
	}
	a.acc, a.seen = a.acc[:n], a.seen[:n]
	clear(a.acc)
	clear(a.seen)
	a.touched = a.touched[:0]
	return a
}

func (a *rowAccumulator) add(j uint16, v I32F32) {
	if !a.seen[j] {
		a.seen[j] = true
		a.touched = append(a.touched, j)
	}
	a.acc[j] = a.acc[j].SatAdd(v)
}

// flushPositive appends the accumulated cells > 0 to out in ascending
// column order, ends the row, and resets the accumulator.
func (a *rowAccumulator) flushPositive(out *csr) {
	if len(a.touched)*16 > len(a.acc) {
		for j, seen := range a.seen {
			if !seen {
				continue
			}
			if v := a.acc[j]; v > 0 {
				out.push(uint16(j), v)
			}
			a.acc[j] = 0
			a.seen[j] = false
		}
	} else {
		slices.Sort(a.touched)
		for _, j := range a.touched {
			if v := a.acc[j]; v > 0 {
				out.push(j, v)
			}
			a.acc[j] = 0
			a.seen[j] = false
		}
	}
	a.touched = a.touched[:0]
	out.endRow()
}

// matEMA returns α·new + (1−α)·old, densified per row with saturating adds
// (new first, then old), keeping cells > 0 in ascending column order
// (mat_ema_sparse). Rows whose columns are strictly increasing in both
// matrices, the usual case, are merged directly.
func matEMA(out, newM, oldM *csr, acc *rowAccumulator, alpha I32F32, n int) *csr {
	oneMinus := One.SatSub(alpha)
	out.reset(newM.rows(), len(newM.col)+len(oldM.col))
	acc.reset(n)
	for i := range newM.rows() {
		nc, nv := newM.row(i)
		oc, ov := oldM.row(i)
		emaRow(out, acc, nc, nv, oc, ov, alpha, oneMinus)
	}
	return out
}

// emaRow appends one row of mat_ema_sparse to out: α·new + (1−α)·old with
// saturating adds (new first), cells > 0 in ascending column order. α and
// all values are proportions in [0, 1].
func emaRow(out *csr, acc *rowAccumulator, nc []uint16, nv []I32F32, oc []uint16, ov []I32F32, alpha, oneMinus I32F32) {
	if !increasing(nc) || !increasing(oc) {
		for k, j := range nc {
			acc.add(j, alpha.SatMul(nv[k]))
		}
		for k, j := range oc {
			acc.add(j, oneMinus.SatMul(ov[k]))
		}
		acc.flushPositive(out)
		return
	}
	a, b := 0, 0
	for a < len(nc) || b < len(oc) {
		var j uint16
		var v I32F32
		switch {
		case b == len(oc) || (a < len(nc) && nc[a] < oc[b]):
			j, v = nc[a], mulUnit(alpha, nv[a])
			a++
		case a == len(nc) || oc[b] < nc[a]:
			j, v = oc[b], mulUnit(oneMinus, ov[b])
			b++
		default:
			j, v = nc[a], mulUnit(alpha, nv[a]).SatAdd(mulUnit(oneMinus, ov[b]))
			a++
			b++
		}
		if v > 0 {
			out.push(j, v)
		}
	}
	out.endRow()
}

// increasing reports whether cols is strictly increasing.
func increasing(cols []uint16) bool {
	for k := 1; k < len(cols); k++ {
		if cols[k] <= cols[k-1] {
			return false
		}
	}
	return true
}

// interpolate returns a + ratio·(b − a) (interpolate_sparse). ratio 0 and 1
// return a and b themselves; otherwise each row is densified (later cells of
// a column overwrite earlier ones) and the cells with a positive result are
// kept in ascending column order.
func interpolate(out, a, b *csr, ratio I32F32, n int) *csr {
	switch ratio {
	case 0:
		return a
	case One:
		return b
	}
	out.reset(a.rows(), len(a.col))
	row1 := make([]I32F32, n)
	row2 := make([]I32F32, n)
	seen := make([]bool, n)
	var touched []uint16
	for i := range a.rows() {
		touched = touched[:0]
		for _, m := range []*csr{a, b} {
			cols, _ := m.row(i)
			for _, j := range cols {
				if !seen[j] {
					seen[j] = true
					touched = append(touched, j)
				}
			}
		}
		cols, vals := a.row(i)
		for k, j := range cols {
			row1[j] = vals[k]
		}
		cols, vals = b.row(i)
		for k, j := range cols {
			row2[j] = vals[k]
		}
		slices.Sort(touched)
		for _, j := range touched {
			v1 := row1[j]
			if r := v1.SatAdd(ratio.SatMul(row2[j].SatSub(v1))); r > 0 {
				out.push(j, r)
			}
			row1[j], row2[j], seen[j] = 0, 0, false
		}
		out.endRow()
	}
	return out
}
