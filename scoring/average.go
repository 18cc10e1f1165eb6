package scoring

import "slices"

// DefaultAlpha is the default weight α of a new score in MovingAverage:
// 0.05, rounded to the nearest I32F32 (214748365 / 2^32).
const DefaultAlpha I32F32 = 214748365

// MovingAverage is one validator's exponential moving average of its
// scores per miner uid. Scores are in [−1, 1] (a penalty is negative), so
// an average may be negative. The zero value is not usable; make one with
// NewMovingAverage. It is not safe for concurrent use.
type MovingAverage struct {
	alpha I32F32
	avg   map[uint16]I32F32
}

// NewMovingAverage returns an empty average with weight alpha for each new
// score, clamped to [0, 1].
func NewMovingAverage(alpha I32F32) *MovingAverage {
	return &MovingAverage{alpha: alpha.Clamp(0, One), avg: map[uint16]I32F32{}}
}

// Update folds a new score of uid into its average and returns the
// average:
//
//	avg ← avg + α · (score − avg)
//
// with saturating I32F32 operations; a uid not seen before starts at 0, so
// that one lucky answer does not earn a full weight.
func (m *MovingAverage) Update(uid uint16, score I32F32) I32F32 {
	old := m.avg[uid]
	v := old.SatAdd(m.alpha.SatMul(score.SatSub(old)))
	m.avg[uid] = v
	return v
}

// Get returns uid's average, 0 if it has none.
func (m *MovingAverage) Get(uid uint16) I32F32 { return m.avg[uid] }

// Reset forgets uid, as when its slot is given to a new hotkey.
func (m *MovingAverage) Reset(uid uint16) { delete(m.avg, uid) }

// UIDs returns the uids with an average, ascending.
func (m *MovingAverage) UIDs() []uint16 {
	out := make([]uint16, 0, len(m.avg))
	for uid := range m.avg {
		out = append(out, uid)
	}
	slices.Sort(out)
	return out
}

// Weights returns the u16 weight vector of uids (in the given order):
//
//	wᵢ = 0                 if disqualified[i] (e.g. a hardware claim that
//	                       did not hold) or avgᵢ ≤ 0
//	w  = VecMaxUpscaleToU16(max(avg, 0))  otherwise
//
// so the best miner gets 65535 and a miner whose penalties outweigh its
// work gets nothing. disqualified may be nil or shorter than uids.
func (m *MovingAverage) Weights(uids []uint16, disqualified []bool) []uint16 {
	v := make([]I32F32, len(uids))
	for i, uid := range uids {
		if i < len(disqualified) && disqualified[i] {
			continue
		}
		v[i] = max(m.avg[uid], 0)
	}
	return VecMaxUpscaleToU16(v)
}
