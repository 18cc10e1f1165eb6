package scoring

import (
	"math"
	"math/bits"
	"slices"
)

// Epoch validates s and runs one Yuma consensus epoch on it, reproducing
// subtensor's sparse epoch (epoch_mechanism, YUMA.md §4) bit for bit:
//
//	S   = normalized stake (stake below the threshold zeroed, owner exempt)
//	aS  = S masked by inactivity and by the stored permits, normalized
//	W   = permitted rows, no self-weight (owner's kept), no weights older than
//	      the target's registration (nor, with commit-reveal, aimed at a uid
//	      registered after the setter's commit), row-normalized
//	C_j = κ-weighted stake median of column j;  Wc = W clipped at C
//	Tv_i = Σ_j Wc_ij;  I = normalize(Σ_i aS_i·Wc_ij)
//	bonds: original Yuma or Yuma3 (optionally liquid alpha); dividends D
//	emission: I and D normalized by Σ(I+D), with the stake fallbacks
//
// Every quantity is fixed point; the result depends only on s.
func Epoch(s *State) (*Result, error) {
	var e Epocher
	return e.Run(s)
}

// Epocher runs epochs like Epoch, keeping its working memory (a few sparse
// matrices the size of the weights) for the next call. A validator that
// computes epochs repeatedly keeps one. The zero value is ready to use; an
// Epocher is not safe for concurrent use.
type Epocher struct {
	weights, clipped, interp, bonds, ema, emaNorm csr
	acc                                           rowAccumulator
	median                                        medianSearch
	registeredAt                                  []uint64
	sums                                          [4][]I32F32
	divs                                          [4][]divisor
	maxDiv                                        columnDivision
}

// Run validates s and runs one epoch on it; see Epoch.
func (e *Epocher) Run(s *State) (*Result, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return e.run(s), nil
}

func (e *Epocher) run(s *State) *Result {
	n := len(s.Neurons)
	hp := &s.Hyperparams
	nr := s.Neurons
	res := &Result{}

	// §4.1 Activity.
	cutoff := max(1, uint64(hp.ActivityCutoffFactorMilli)*uint64(hp.Tempo)/1000)
	res.Active = make([]bool, n)
	for i := range nr {
		res.Active[i] = !(satAddU64(nr[i].LastUpdate, cutoff) < s.Block)
	}

	// §4.2 Stake.
	isOwner := func(i int) bool { return s.OwnerUID != nil && int(*s.OwnerUID) == i }
	stake := normalizedStake(s, isOwner)

	// §4.3 Validator permits.
	permits := make([]bool, n)
	for i := range nr {
		permits[i] = nr[i].ValidatorPermit || isOwner(i)
	}
	res.ValidatorPermit = isTopKNonzero(stake, int(hp.MaxAllowedValidators))
	if s.OwnerUID != nil {
		res.ValidatorPermit[*s.OwnerUID] = true
	}

	// §4.4 Active stake.
	activeStake := make([]I32F32, n)
	for i := range nr {
		if res.Active[i] && permits[i] {
			activeStake[i] = stake[i]
		}
	}
	normalize(activeStake)

	// §4.5–4.6 Weights.
	e.registeredAt = e.registeredAt[:0]
	for i := range nr {
		e.registeredAt = append(e.registeredAt, nr[i].RegisteredAt)
	}
	weights := maskedWeights(&e.weights, s, permits, e.registeredAt)

	// §4.7 Consensus.
	kappa := U16Proportion(hp.Kappa)
	consensus := e.median.columns(activeStake, weights, n, kappa)

	// §4.8 Clip, validator trust, incentive.
	clipped, trust, incentive := colClip(&e.clipped, weights, consensus, activeStake)
	normalize(incentive)

	// §4.9–4.10 Bonds and dividends.
	bondWeights := interpolate(&e.interp, weights, clipped, U16Proportion(hp.BondsPenalty), n)
	lastTempo := s.Block - min(s.Block, uint64(hp.Tempo))
	if s.LastEpochBlock != 0 {
		lastTempo = satAddU64(s.LastEpochBlock, 1)
	}
	var dividends []I32F32
	if hp.Yuma3 {
		var ema *csr
		scratch := make([]I32F32, n)
		bonds := storedBonds(&e.bonds, s, lastTempo, e.registeredAt, true)
		if hp.LiquidAlpha && slices.ContainsFunc(consensus, func(c I32F32) bool { return c != 0 }) {
			ema = liquidAlphaEMA(&e.ema, bondWeights, bonds, consensus, hp, n)
		} else {
			ema = matEMA(&e.ema, bondWeights, bonds, &e.acc, emaAlpha(hp.BondsMovingAverage), n)
		}
		emaNorm := e.emaNorm.copyFrom(ema)
		emaNorm.colNormalize(n, scratch)
		dividends = emaNorm.rowWeighted(incentive) // Σ_j EMAn_ij·I_j (products are exact either order)
		for i := range dividends {
			if d, ok := dividends[i].CheckedMul(activeStake[i]); ok {
				dividends[i] = d
			} else {
				dividends[i] = 0
			}
		}
		normalize(dividends)
	} else {
		dividends = e.originalYumaBonds(s, bondWeights, activeStake, incentive, lastTempo)
	}

	// §4.11 Emission.
	combined := make([]I32F32, n)
	var sum I32F32
	for i := range combined {
		combined[i] = incentive[i].SatAdd(dividends[i])
		sum += combined[i]
	}
	serverShare := slices.Clone(incentive)
	validatorShare := slices.Clone(dividends)
	combinedShare := combined
	if sum != 0 {
		d := newDivisor(sum)
		for i := range combined {
			serverShare[i] = d.safeDiv(serverShare[i])
			validatorShare[i] = d.safeDiv(validatorShare[i])
		}
		normalize(combinedShare)
	} else {
		fallback := activeStake
		if isZero(activeStake) {
			fallback = stake
		}
		validatorShare = fallback
		combinedShare = fallback
	}
	res.ServerEmission = emissionOf(serverShare, s.Emission)
	res.ValidatorEmission = emissionOf(validatorShare, s.Emission)
	res.Emission = emissionOf(combinedShare, s.Emission)

	// §4.12 Outputs.
	res.StakeWeight = toU16s(stake)
	res.Consensus = toU16s(consensus)
	res.Incentive = toU16s(incentive)
	res.Dividends = toU16s(dividends)
	res.ValidatorTrust = toU16s(trust)
	res.Bonds = make([][]Entry, n)
	for i := range nr {
		switch {
		case res.ValidatorPermit[i]:
			if hp.Yuma3 {
				cols, vals := e.ema.row(i)
				row := make([]Entry, len(cols))
				for k, j := range cols {
					row[k] = Entry{UID: j, Value: ToU16Proportion(vals[k])}
				}
				res.Bonds[i] = row
			} else {
				res.Bonds[i] = e.upscaledBondRow(i)
			}
		case nr[i].ValidatorPermit:
			res.Bonds[i] = []Entry{}
		default:
			res.Bonds[i] = slices.Clone(nr[i].Bonds)
			if res.Bonds[i] == nil {
				res.Bonds[i] = []Entry{}
			}
		}
	}
	return res
}

// normalizedStake returns S_i = I32F32(f_i / Σ f) computed in I64F64, where
// f_i is the stake with uids below the threshold (other than the owner)
// zeroed: floor(floor(f_i·2^64/Σf) / 2^32) = floor(f_i·2^32/Σf).
func normalizedStake(s *State, isOwner func(int) bool) []I32F32 {
	out := make([]I32F32, len(s.Neurons))
	filtered := make([]uint64, len(s.Neurons))
	var sum uint64 // Validate guarantees Σ stake ≤ MaxInt64
	for i, nu := range s.Neurons {
		if !isOwner(i) && nu.Stake < s.Hyperparams.StakeThreshold {
			continue
		}
		filtered[i] = nu.Stake
		sum += nu.Stake
	}
	if sum == 0 {
		return out
	}
	for i, f := range filtered {
		hi, lo := bits.Mul64(f, 1<<FracBits)
		q, _ := bits.Div64(hi, lo, sum)
		out[i] = I32F32(q)
	}
	return out
}

// isTopKNonzero marks v_i ≠ 0, then, when len(v) ≥ k, unmarks the len(v)−k
// first indices of a stable ascending sort of v, so ties keep the higher
// uids (is_topk_nonzero).
func isTopKNonzero(v []I32F32, k int) []bool {
	n := len(v)
	out := make([]bool, n)
	for i, x := range v {
		out[i] = x != 0
	}
	if n < k {
		return out
	}
	// A stable sort by value is a sort by (value, index).
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		switch {
		case v[a] < v[b]:
			return -1
		case v[a] > v[b]:
			return 1
		}
		return 0
	})
	for _, i := range idx[:n-k] {
		out[i] = false
	}
	return out
}

// maskedWeights builds W from the stored rows: rows of non-permitted uids are
// emptied, the diagonal is dropped except the owner's self-weight, (i,j) is
// dropped when last_update_i ≤ registered_at_j, and with commit-reveal when
// commit_block_i < registered_at_j. Values are I32F32(u16), and each row is
// then normalized (w_ij / Σ_j w_ij where the sum is positive).
func maskedWeights(w *csr, s *State, permits []bool, registeredAt []uint64) *csr {
	nr := s.Neurons
	total := 0
	for i := range nr {
		if permits[i] {
			total += len(nr[i].Weights)
		}
	}
	w.reset(len(nr), total)
	owner := -1
	if s.OwnerUID != nil {
		owner = int(*s.OwnerUID)
	}
	for i := range nr {
		if !permits[i] {
			w.endRow()
			continue
		}
		lu := nr[i].LastUpdate
		commit := uint64(math.MaxUint64)
		if s.Hyperparams.CommitReveal && nr[i].CommitBlock != nil {
			commit = *nr[i].CommitBlock
		}
		for _, e := range nr[i].Weights {
			j := int(e.UID)
			if j == i && i != owner {
				continue
			}
			reg := registeredAt[j]
			if lu <= reg || commit < reg {
				continue
			}
			w.push(e.UID, FromU16(e.Value))
		}
		w.endRow()
		w.normalizeRow(i)
	}
	return w
}

// colClip caps each cell at its column's consensus: a cell above C_j becomes
// C_j, or is dropped when C_j ≤ 0 (col_clip_sparse). On the way it sums the
// validator trust Tv_i = Σ_j Wc_ij and the ranks R_j = Σ_i aS_i·Wc_ij
// (saturating, rows in order, as matmul_sparse).
func colClip(out, w *csr, c, activeStake []I32F32) (clipped *csr, trust, rank []I32F32) {
	out.reset(w.rows(), len(w.col))
	trust = make([]I32F32, w.rows())
	rank = make([]I32F32, len(c))
	col, val := out.col[:len(w.col)], out.val[:len(w.col)]
	k := 0
	for i := range w.rows() {
		cols, vals := w.row(i)
		kept, t := clipRow(cols, vals, c, activeStake[i], rank, col[k:], val[k:])
		k += kept
		trust[i] = t
		out.start = append(out.start, k)
	}
	out.col, out.val = col[:k], val[:k]
	return out, trust, rank
}

// clipRow clips one row into outCol/outVal (which have room for it),
// adding s_i·Wc_ij to rank; it returns the cells kept and their sum.
func clipRow(cols []uint16, vals, c []I32F32, si I32F32, rank []I32F32, outCol []uint16, outVal []I32F32) (kept int, trust I32F32) {
	outCol, outVal = outCol[:len(cols)], outVal[:len(cols)]
	for x, j := range cols {
		v, cj := vals[x], c[j]
		v = min(v, cj)
		outCol[kept], outVal[kept] = j, v
		if cj >= vals[x] || cj > 0 {
			trust += v
			rank[j] = rank[j].SatAdd(mulUnit(si, v))
			kept++
		}
	}
	return kept, trust
}

// storedBonds reads the stored bond rows as I32F32(u16), or for Yuma3 as
// proportions u16/65535, dropping (i,j) when lastTempo ≤ registered_at_j
// (j registered since the last epoch).
func storedBonds(b *csr, s *State, lastTempo uint64, registeredAt []uint64, proportions bool) *csr {
	total := 0
	for i := range s.Neurons {
		total += len(s.Neurons[i].Bonds)
	}
	b.reset(len(s.Neurons), total)
	for i := range s.Neurons {
		for _, e := range s.Neurons[i].Bonds {
			if lastTempo <= registeredAt[e.UID] {
				continue
			}
			if proportions {
				b.push(e.UID, U16Proportion(e.Value))
			} else {
				b.push(e.UID, FromU16(e.Value))
			}
		}
		b.endRow()
	}
	return b
}

// emaAlpha is the bonds EMA coefficient α = 1 − I32F32(I64F64(bma)/10^6),
// i.e. 1 − floor(bma·2^32/10^6) in bits.
func emaAlpha(bma uint64) I32F32 {
	hi, lo := bits.Mul64(bma, 1<<FracBits)
	q, _ := bits.Div64(hi, lo, 1_000_000) // bma ≤ 10^6 by Validate
	return One.SatSub(I32F32(q))
}

// normalize divides v by its (plain) sum unless the sum is zero
// (inplace_normalize).
func normalize(v []I32F32) {
	var sum I32F32
	for _, x := range v {
		sum += x
	}
	if sum == 0 {
		return
	}
	d := newDivisor(sum)
	for i, x := range v {
		v[i] = d.safeDiv(x)
	}
}

func isZero(v []I32F32) bool {
	var sum I32F32
	for _, x := range v {
		sum += x
	}
	return sum == 0
}

// emissionOf converts shares to base units: floor(I96F32(x)·emission),
// saturating to u64.
func emissionOf(shares []I32F32, emission uint64) []uint64 {
	out := make([]uint64, len(shares))
	for i, x := range shares {
		if x <= 0 {
			continue
		}
		hi, lo := bits.Mul64(uint64(x), emission)
		if hi>>FracBits != 0 {
			out[i] = math.MaxUint64
			continue
		}
		out[i] = hi<<(64-FracBits) | lo>>FracBits
	}
	return out
}

func toU16s(v []I32F32) []uint16 {
	out := make([]uint16, len(v))
	for i, x := range v {
		out[i] = ToU16Proportion(x)
	}
	return out
}

func satAddU64(a, b uint64) uint64 {
	if s := a + b; s >= a {
		return s
	}
	return math.MaxUint64
}
