package subnet

import "errors"

// Sentinel errors returned by CheckWeights, one per rejected condition, in the
// order the checks run (subtensor set_weights, YUMA.md §8.3). CheckWeights
// wraps them with detail; test with errors.Is. Every one of them means the
// call is refused and no state changes; none is retryable as is except
// ErrWeightsRateLimited (retry once the rate limit has passed).
var (
	// ErrCommitRevealEnabled: plain set_weights is refused while the subnet
	// has commit-reveal enabled; weights must be committed and revealed.
	ErrCommitRevealEnabled = errors.New("subnet: commit-reveal is enabled, set_weights refused")

	// ErrWeightsLengthMismatch: len(UIDs) != len(Values).
	ErrWeightsLengthMismatch = errors.New("subnet: uids and values differ in length")

	// ErrTooManyWeights: more entries than the subnet has UIDs (len > n).
	ErrTooManyWeights = errors.New("subnet: more weights than uids in subnet")

	// ErrNotRegistered: the signing hotkey has no UID on the subnet.
	ErrNotRegistered = errors.New("subnet: hotkey not registered")

	// ErrNotEnoughStake: the caller's stake is below StakeThreshold.
	ErrNotEnoughStake = errors.New("subnet: not enough stake to set weights")

	// ErrIncorrectVersionKey: the call's version key is below the subnet's
	// WeightsVersionKey (and that key is not 0).
	ErrIncorrectVersionKey = errors.New("subnet: incorrect weights version key")

	// ErrWeightsRateLimited: fewer than WeightsSetRateLimit blocks have
	// passed since the caller's last update.
	ErrWeightsRateLimited = errors.New("subnet: setting weights too fast")

	// ErrNoValidatorPermit: the caller has no validator permit, is not the
	// subnet owner, and the call is not a pure self-weight.
	ErrNoValidatorPermit = errors.New("subnet: no validator permit")

	// ErrDuplicateUID: a destination UID appears more than once.
	ErrDuplicateUID = errors.New("subnet: duplicate uid")

	// ErrInvalidUID: a destination UID is not below n.
	ErrInvalidUID = errors.New("subnet: uid does not exist")

	// ErrTooFewWeights: fewer entries than min(MinAllowedWeights, n) and the
	// call is not a self-weight.
	ErrTooFewWeights = errors.New("subnet: too few weights")
)
