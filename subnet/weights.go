package subnet

import "fmt"

// Defaults for the weight-setting hyperparameters (YUMA.md §3; "new subnets"
// values where init_new_network overrides the pallet default).
const (
	// DefaultMinAllowedWeights is MinAllowedWeights for new subnets (the
	// pallet default is 1024).
	DefaultMinAllowedWeights uint16 = 1
	// DefaultWeightsSetRateLimit is WeightsSetRateLimit, in blocks.
	DefaultWeightsSetRateLimit uint64 = 100
	// DefaultWeightsVersionKey is WeightsVersionKey; 0 disables the check.
	DefaultWeightsVersionKey uint64 = 0
	// DefaultStakeThreshold is the global StakeThreshold, in base units.
	DefaultStakeThreshold uint64 = 0
)

// WeightsRequest is a set_weights call as submitted: destination UIDs, their
// raw u16 values (not yet max-upscaled) and the caller's version key.
type WeightsRequest struct {
	UIDs       []uint16
	Values     []uint16
	VersionKey uint64
}

// Caller is the signing hotkey as the subnet state sees it.
type Caller struct {
	// Registered reports whether the hotkey holds a UID on the subnet; the
	// other fields are read only when it does.
	Registered bool
	// UID is the hotkey's UID.
	UID uint16
	// Stake is the hotkey's total stake in base units, compared with
	// StakeThreshold.
	Stake uint64
	// ValidatorPermit is the permit issued by the previous epoch.
	ValidatorPermit bool
	// IsOwner reports whether the hotkey is the subnet owner hotkey.
	IsOwner bool
	// LastUpdate is the block of the UID's last weights update (0 = never).
	LastUpdate uint64
}

// WeightsView is the subnet state CheckWeights reads. The zero value is a
// subnet with no UIDs and every check at its most permissive setting.
type WeightsView struct {
	// CurrentBlock is the block the call executes in.
	CurrentBlock uint64
	// N is SubnetworkN, the number of filled UID slots.
	N uint16
	// CommitRevealEnabled refuses plain set_weights when true.
	CommitRevealEnabled bool
	// StakeThreshold is the minimum stake to set weights.
	StakeThreshold uint64
	// WeightsVersionKey is the minimum version key (0 = any).
	WeightsVersionKey uint64
	// WeightsSetRateLimit is the minimum number of blocks between updates.
	WeightsSetRateLimit uint64
	// MinAllowedWeights is the minimum vector length, capped at N.
	MinAllowedWeights uint16
	// Caller is the signing hotkey.
	Caller Caller
}

// CheckWeights runs subtensor's set_weights admission checks (YUMA.md §8.3)
// on req against view, in the chain's order, and returns nil or the first
// failure, wrapping one of the sentinel errors:
//
//  1. ErrCommitRevealEnabled   if view.CommitRevealEnabled
//  2. ErrWeightsLengthMismatch if len(UIDs) ≠ len(Values)
//     ErrTooManyWeights        if len(UIDs) > N
//  3. ErrNotRegistered         if !Caller.Registered
//     ErrNotEnoughStake        if Stake < StakeThreshold
//     ErrIncorrectVersionKey   unless WeightsVersionKey == 0 or VersionKey ≥ WeightsVersionKey
//  4. ErrWeightsRateLimited    unless LastUpdate == 0 or
//     sat(CurrentBlock − LastUpdate) ≥ WeightsSetRateLimit
//  5. ErrNoValidatorPermit     unless ValidatorPermit or IsOwner or self
//  6. ErrDuplicateUID          if a UID repeats
//     ErrInvalidUID            if a UID ≥ N
//     ErrTooFewWeights         unless self or len(Values) ≥ min(MinAllowedWeights, N)
//
// where self (a pure self-weight) means len(Values) == 1 and UIDs[0] ==
// Caller.UID, and sat(a − b) is max(a − b, 0). On success the caller stores
// zip(UIDs, MaxUpscaleU16(Values)) and sets LastUpdate to CurrentBlock.
func CheckWeights(req WeightsRequest, view WeightsView) error {
	if view.CommitRevealEnabled {
		return ErrCommitRevealEnabled
	}
	if len(req.UIDs) != len(req.Values) {
		return fmt.Errorf("%w: %d uids, %d values", ErrWeightsLengthMismatch, len(req.UIDs), len(req.Values))
	}
	if len(req.UIDs) > int(view.N) {
		return fmt.Errorf("%w: %d weights, %d uids", ErrTooManyWeights, len(req.UIDs), view.N)
	}

	c := view.Caller
	if !c.Registered {
		return ErrNotRegistered
	}
	if c.Stake < view.StakeThreshold {
		return fmt.Errorf("%w: uid %d has %d, threshold %d", ErrNotEnoughStake, c.UID, c.Stake, view.StakeThreshold)
	}
	if view.WeightsVersionKey != 0 && req.VersionKey < view.WeightsVersionKey {
		return fmt.Errorf("%w: got %d, want at least %d", ErrIncorrectVersionKey, req.VersionKey, view.WeightsVersionKey)
	}

	if c.LastUpdate != 0 {
		var since uint64
		if view.CurrentBlock > c.LastUpdate {
			since = view.CurrentBlock - c.LastUpdate
		}
		if since < view.WeightsSetRateLimit {
			return fmt.Errorf("%w: uid %d updated %d blocks ago, limit %d",
				ErrWeightsRateLimited, c.UID, since, view.WeightsSetRateLimit)
		}
	}

	self := isSelfWeight(c.UID, req.UIDs, req.Values)
	if !c.ValidatorPermit && !c.IsOwner && !self {
		return fmt.Errorf("%w: uid %d", ErrNoValidatorPermit, c.UID)
	}

	var seen [1 << 16 / 64]uint64
	for _, u := range req.UIDs {
		word, bit := u/64, uint64(1)<<(u%64)
		if seen[word]&bit != 0 {
			return fmt.Errorf("%w: uid %d", ErrDuplicateUID, u)
		}
		seen[word] |= bit
	}
	for _, u := range req.UIDs {
		if u >= view.N {
			return fmt.Errorf("%w: uid %d, subnet has %d", ErrInvalidUID, u, view.N)
		}
	}
	if minLen := min(view.MinAllowedWeights, view.N); !self && len(req.Values) < int(minLen) {
		return fmt.Errorf("%w: got %d, want at least %d", ErrTooFewWeights, len(req.Values), minLen)
	}
	return nil
}

// isSelfWeight reports whether the call is a pure self-weight: exactly one
// value, and the first UID is the caller's (subtensor is_self_weight).
func isSelfWeight(uid uint16, uids, values []uint16) bool {
	return len(values) == 1 && len(uids) > 0 && uids[0] == uid
}
