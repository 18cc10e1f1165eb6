package scoring

// originalYumaBonds is the bonds and dividends step of original Yuma
// (YUMA.md §4.10a), fused into a few passes over the matrices:
//
//	B   = stored bonds as I32F32(u16), column-normalized
//	ΔB  = Wb ∘ aS (row i scaled by aS_i), column-normalized
//	EMA = α·ΔB + (1−α)·B per row, cells > 0 kept; column-normalized
//	D_i = Σ_j I_j·EMA_ij, then normalized
//
// Each intermediate value is the one subtensor computes (the same products,
// quotients and saturating sums in the same order); the normalized matrices
// are just never stored whole. It leaves the column-normalized EMA in e.ema
// and its column maxima in e.colMax for upscaledBondRow.
func (e *Epocher) originalYumaBonds(s *State, wb *csr, activeStake, incentive []I32F32, lastTempo uint64) []I32F32 {
	n := len(s.Neurons)
	bonds := storedBonds(&e.bonds, s, lastTempo, e.registeredAt, false)
	bondDiv := e.columnDivisors(0, n, func(sums []I32F32) {
		for k, j := range bonds.col {
			sums[j] = sums[j].SatAdd(bonds.val[k])
		}
	})
	deltaDiv := e.columnDivisors(1, n, func(sums []I32F32) {
		for i := range wb.rows() {
			cols, vals := wb.row(i)
			si := activeStake[i]
			for k, j := range cols {
				sums[j] = sums[j].SatAdd(mulUnit(vals[k], si))
			}
		}
	})

	alpha := emaAlpha(s.Hyperparams.BondsMovingAverage)
	oneMinus := One.SatSub(alpha)
	ema := e.ema.reset(n, len(wb.col)+len(bonds.col))
	e.acc.reset(n)
	var deltaRow, bondRow []I32F32
	for i := range n {
		nc, nv := wb.row(i)
		oc, ov := bonds.row(i)
		deltaRow = deltaRow[:0]
		si := activeStake[i]
		for k, j := range nc {
			x := mulUnit(nv[k], si)
			if r, ok := deltaDiv.divs[j].fastDiv(x); ok {
				x = r
			} else {
				x = deltaDiv.applySlow(j, x)
			}
			deltaRow = append(deltaRow, x)
		}
		bondRow = bondRow[:0]
		for k, j := range oc {
			x, ok := bondDiv.divs[j].fastIntDiv(ov[k]) // bonds read from u16
			if !ok {
				x = bondDiv.apply(j, ov[k])
			}
			bondRow = append(bondRow, x)
		}
		emaRow(ema, &e.acc, nc, deltaRow, oc, bondRow, alpha, oneMinus)
	}

	emaDiv := e.columnDivisors(2, n, func(sums []I32F32) {
		for k, j := range ema.col {
			sums[j] = sums[j].SatAdd(ema.val[k])
		}
	})
	dividends := make([]I32F32, n)
	colMax := e.scratch(3, n)
	for i := range n {
		cols, vals := ema.row(i)
		var d I32F32
		for k, j := range cols {
			v, ok := emaDiv.divs[j].fastDiv(vals[k])
			if !ok {
				v = emaDiv.applySlow(j, vals[k])
			}
			vals[k] = v
			d = d.SatAdd(mulUnit(incentive[j], v))
			colMax[j] = max(colMax[j], v)
		}
		dividends[i] = d
	}
	normalize(dividends)
	e.maxDiv = e.divisorsBy(3, colMax)
	return dividends
}

// upscaledBondRow returns row i of the column-normalized EMA divided by its
// column maxima and stored as u16 (inplace_col_max_upscale_sparse, then
// fixed_proportion_to_u16).
func (e *Epocher) upscaledBondRow(i int) []Entry {
	cols, vals := e.ema.row(i)
	row := make([]Entry, len(cols))
	for k, j := range cols {
		v, ok := e.maxDiv.divs[j].fastDiv(vals[k])
		if !ok {
			v = e.maxDiv.applySlow(j, vals[k])
		}
		row[k] = Entry{UID: j, Value: ToU16Proportion(v)}
	}
	return row
}

// columnDivisors fills the zeroed scratch sums of slot with fill and
// returns divisors by them; a zero sum leaves values unchanged.
func (e *Epocher) columnDivisors(slot, n int, fill func(sums []I32F32)) columnDivision {
	sums := e.scratch(slot, n)
	fill(sums)
	return e.divisorsBy(slot, sums)
}

// divisorsBy returns divisors by sums, reusing slot's memory.
func (e *Epocher) divisorsBy(slot int, sums []I32F32) columnDivision {
	n := len(sums)
	if cap(e.divs[slot]) < n {
		e.divs[slot] = make([]divisor, n)
	}
	divs := e.divs[slot][:n]
	for j, d := range sums {
		divs[j] = newDivisor(d)
	}
	return columnDivision{by: sums, divs: divs}
}

// scratch returns a zeroed slice of n values, reusing slot's memory.
func (e *Epocher) scratch(slot, n int) []I32F32 {
	if cap(e.sums[slot]) < n {
		e.sums[slot] = make([]I32F32, n)
	}
	v := e.sums[slot][:n]
	clear(v)
	return v
}

// columnDivision divides cells by a per-column value where it is nonzero.
type columnDivision struct {
	by   []I32F32
	divs []divisor
}

// apply returns v / by_j, or v where by_j is 0. The hot loops inline its
// common case, fastDiv, by hand.
func (c columnDivision) apply(j uint16, v I32F32) I32F32 {
	q := &c.divs[j]
	if r, ok := q.fastDiv(v); ok {
		return r
	}
	return c.applySlow(j, v)
}

func (c columnDivision) applySlow(j uint16, v I32F32) I32F32 {
	if c.by[j] == 0 {
		return v
	}
	return c.divs[j].slowDiv(v)
}
