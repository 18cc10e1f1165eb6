package scoring

import "slices"

// liquidAlphaEMA is Yuma3's bonds EMA with liquid alpha
// (mat_ema_alpha_sparse over the liquid-alpha matrix): for each cell (j, w)
// of row i of the bond weights Wb, in row order,
//
//	α_ij  = LiquidAlpha(C_j, w_ij, b_ij)
//	EMA_ij = min(1, (1−α_ij)·b_ij + max(0, α_ij·w))     kept when > 0
//
// where b_ij is the stored bond (0 if absent). Bonds whose column is absent
// from the Wb row are dropped, not decayed — subtensor's sparse behaviour.
// The (w, b) that the alpha matrix sees at column j come from subtensor's
// forward merge of the rows (peek until uid ≥ j), which for rows out of uid
// order can differ from the cell itself; that is reproduced too. Only the
// alphas the EMA reads are computed.
func liquidAlphaEMA(out, wb, bonds *csr, consensus []I32F32, hp *Hyperparams, n int) *csr {
	low := U16Proportion(hp.AlphaLow)
	high := U16Proportion(hp.AlphaHigh)
	steep := FromInt(int64(hp.AlphaSigmoidSteepness))
	return matEMAAlpha(out, wb, bonds, n, func(j uint16, w, b I32F32) I32F32 {
		return LiquidAlpha(consensus[j], w, b, low, high, steep)
	})
}

// matEMAAlpha is mat_ema_alpha_sparse with α_ij = alphaOf(j, w, b), where
// (w, b) are what subtensor's alpha matrix sees at column j of row i. For
// each cell (j, w) of the new row, in row order:
//
//	EMA_ij = min(1, (1−α_ij)·old_ij + max(0, α_ij·w))     kept when > 0
//
// Old cells whose column is absent from the new row are dropped.
func matEMAAlpha(out, newM, oldM *csr, n int, alphaOf func(j uint16, w, b I32F32) I32F32) *csr {
	out.reset(newM.rows(), len(newM.col))
	alpha := make([]I32F32, n)
	decayed := make([]I32F32, n)
	var need []uint16
	for i := range newM.rows() {
		wCols, wVals := newM.row(i)
		if len(wCols) == 0 {
			out.endRow()
			continue
		}
		bCols, bVals := oldM.row(i)
		need = append(need[:0], wCols...)
		slices.Sort(need)
		need = slices.Compact(need)
		wm, bm := merger{cols: wCols, vals: wVals}, merger{cols: bCols, vals: bVals}
		for _, j := range need {
			alpha[j] = alphaOf(j, wm.at(j), bm.at(j))
			decayed[j] = 0
		}
		for k, j := range bCols {
			if _, found := slices.BinarySearch(need, j); found {
				decayed[j] = One.SatSub(alpha[j]).SatMul(bVals[k])
			}
		}
		for k, j := range wCols {
			inc := max(alpha[j].SatMul(wVals[k]), 0)
			if v := min(decayed[j].SatAdd(inc), One); v > 0 {
				out.push(j, v)
			}
		}
		out.endRow()
	}
	return out
}

// merger replays subtensor's peekable forward merge over a sparse row: asked
// for columns in ascending order, it skips cells with uid < j and yields the
// value of a cell with uid == j, or 0.
type merger struct {
	cols []uint16
	vals []I32F32
	p    int
}

func (m *merger) at(j uint16) I32F32 {
	for m.p < len(m.cols) && m.cols[m.p] < j {
		m.p++
	}
	if m.p < len(m.cols) && m.cols[m.p] == j {
		return m.vals[m.p]
	}
	return 0
}

// LiquidAlpha is Yuma3's per-edge EMA coefficient (alpha_sigmoid):
//
//	x   = w ≥ b ? clamp(w − c, 0, 1) : clamp(b − w, 0, 1)
//	sig = 1 / (1 + ExpSafe((steepness / −100)·(x − 0.5)))
//	α   = clamp(low + sig·(high − low), low, high)
//
// with saturating operations.
func LiquidAlpha(c, w, b, low, high, steepness I32F32) I32F32 {
	var x I32F32
	if w >= b {
		x = w.SatSub(c).Clamp(0, One)
	} else {
		x = b.SatSub(w).Clamp(0, One)
	}
	e := ExpSafe(steepness.SatDiv(FromInt(-100)).SatMul(x.SatSub(Half)))
	sig := One.SatDiv(One.SatAdd(e))
	return low.SatAdd(sig.SatMul(high.SatSub(low))).Clamp(low, high)
}
