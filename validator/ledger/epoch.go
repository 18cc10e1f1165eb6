package ledger

import (
	"fmt"
	"math"
	"math/bits"

	"github.com/agora-net/agora/scoring"
)

// OwnerCut returns floor(emission · ownerCut / 65535), the owner's part of
// an epoch's emission, computed exactly in 128 bits.
func OwnerCut(emission uint64, ownerCut uint16) uint64 {
	hi, lo := bits.Mul64(emission, uint64(ownerCut))
	q, _ := bits.Div64(hi, lo, math.MaxUint16) // hi < 65535: the quotient fits
	return q
}

// runEpoch runs subnet s's Yuma epoch at block and stores its outcome:
//
//	E     = tempo × emission_per_block
//	cut   = OwnerCut(E, owner_cut)              → the owner's address
//	Y     = E − cut                             → scoring.Epoch's emission
//	pay_i = server_emission_i + validator_emission_i   (for pay_i > 0)
//
// The epoch reads, per uid: stake (stakeOf), weights, bonds, the stored
// permit, last_update, registered_at and, while commit-reveal is on, the
// block of its earliest unexpired commit (the anti-sniping mask of YUMA.md
// §4.6), and the owner's uid if the owner holds one. It writes back bonds, permits, activity, consensus, incentive,
// dividends, validator trust and emission, and appends an EpochRecord.
// First the epoch clock restarts at block, the epoch index advances and
// the commits that expire with it are dropped. On a scoring error (ruled
// out by the ledger's invariants) nothing else changes and the error is
// returned.
func (f *FSM) runEpoch(s *subnetState, block uint64) (EpochRef, error) {
	// The clock restarts and the epoch index advances whether or not the
	// epoch then runs; commits it expires are dropped first, so the mask
	// sees each uid's earliest unexpired commit.
	s.EpochStart = block
	s.EpochIndex++
	s.dropExpiredCommits()
	hp := &s.Hyperparams
	total := hp.EpochEmission()
	cut := OwnerCut(total, hp.OwnerCut)
	in := scoring.State{
		Block:          block,
		Emission:       total - cut,
		LastEpochBlock: s.LastEpochBlock,
		Hyperparams: scoring.Hyperparams{
			Kappa:                     hp.Kappa,
			BondsPenalty:              hp.BondsPenalty,
			BondsMovingAverage:        hp.BondsMovingAverage,
			MaxAllowedValidators:      hp.MaxAllowedValidators,
			Tempo:                     hp.Tempo,
			ActivityCutoffFactorMilli: hp.ActivityCutoffFactorMilli,
			StakeThreshold:            hp.StakeThreshold,
			Yuma3:                     hp.Yuma3,
			LiquidAlpha:               hp.LiquidAlpha,
			AlphaLow:                  hp.AlphaLow,
			AlphaHigh:                 hp.AlphaHigh,
			AlphaSigmoidSteepness:     hp.AlphaSigmoidSteepness,
			CommitReveal:              hp.CommitRevealEnabled,
		},
		Neurons: make([]scoring.Neuron, len(s.Neurons)),
	}
	if uid := s.uidOf(s.Owner); uid >= 0 {
		o := uint16(uid)
		in.OwnerUID = &o
	}
	stakes := make([]uint64, len(s.Neurons))
	for i := range s.Neurons {
		nu := &s.Neurons[i]
		stakes[i] = f.stakeOf(nu)
		in.Neurons[i] = scoring.Neuron{
			Stake:           stakes[i],
			LastUpdate:      nu.LastUpdate,
			RegisteredAt:    nu.RegisteredAt,
			ValidatorPermit: nu.ValidatorPermit,
			Weights:         toScoring(nu.Weights),
			Bonds:           toScoring(nu.Bonds),
			CommitBlock:     earliestCommitBlock(nu),
		}
	}
	res, err := f.epocher.Run(&in)
	if err != nil {
		return EpochRef{}, fmt.Errorf("ledger: epoch at block %d: %w", block, err)
	}

	rec := EpochRecord{
		Subnet:    s.ID,
		Epoch:     uint64(len(s.Epochs)) + 1,
		Block:     block,
		Emission:  total,
		OwnerCut:  cut,
		Owner:     s.Owner,
		Payouts:   []Payout{},
		Metagraph: make([]MetagraphRow, len(s.Neurons)),
	}
	for i := range s.Neurons {
		nu := &s.Neurons[i]
		nu.Bonds = fromScoring(res.Bonds[i])
		nu.ValidatorPermit = res.ValidatorPermit[i]
		nu.Active = res.Active[i]
		nu.Consensus = res.Consensus[i]
		nu.Incentive = res.Incentive[i]
		nu.Dividends = res.Dividends[i]
		nu.ValidatorTrust = res.ValidatorTrust[i]
		nu.Emission = res.Emission[i]
		rec.Metagraph[i] = MetagraphRow{
			UID: uint16(i), Hotkey: nu.Hotkey, Role: nu.Role, Stake: stakes[i],
			ValidatorPermit: nu.ValidatorPermit, Active: nu.Active,
			Consensus: nu.Consensus, Incentive: nu.Incentive, Dividends: nu.Dividends,
			ValidatorTrust: nu.ValidatorTrust, Emission: nu.Emission,
		}
		// Each share is at most 1 and their sum at most 1, so the sum of
		// the two emissions cannot overflow.
		if amount := res.ServerEmission[i] + res.ValidatorEmission[i]; amount > 0 {
			rec.Payouts = append(rec.Payouts, Payout{UID: uint16(i), Address: nu.Hotkey, Role: nu.Role, Amount: amount})
		}
	}
	if cut > 0 {
		rec.Payouts = append(rec.Payouts, Payout{UID: OwnerPayoutUID, Address: s.Owner, Role: RoleOwner, Amount: cut})
	}
	for _, p := range rec.Payouts {
		rec.PayoutsTotal += p.Amount // ≤ total: cut + Σ shares of total − cut
	}
	rec.PayoutsHash = PayoutsHash(rec.Payouts)
	s.LastEpochBlock = block
	s.Epochs = append(s.Epochs, rec)
	return EpochRef{Subnet: s.ID, Epoch: rec.Epoch}, nil
}

func toScoring(row []Entry) []scoring.Entry {
	out := make([]scoring.Entry, len(row))
	for i, e := range row {
		out[i] = scoring.Entry{UID: e.UID, Value: e.Value}
	}
	return out
}

func fromScoring(row []scoring.Entry) []Entry {
	if len(row) == 0 {
		return nil
	}
	out := make([]Entry, len(row))
	for i, e := range row {
		out[i] = Entry{UID: e.UID, Value: e.Value}
	}
	return out
}
