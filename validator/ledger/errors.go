package ledger

import (
	"errors"
	"strings"
)

// Sentinel errors. Functions of this package wrap them with detail (the
// field, the value, what was expected); test with errors.Is. In the FSM a
// rejected command is reported in Result.Err (the wrapped message) and
// Result.Cause (the error itself); a rejection never changes the state
// beyond what the rule "a correctly signed command with the right nonce
// consumes its nonce" says.
var (
	// ErrMalformedEnvelope: the log entry or request body is not a JSON
	// envelope: bad JSON, an unknown or missing field, trailing data, or
	// larger than MaxEnvelopeSize. The command is not signed as far as the
	// ledger can tell, so no nonce is consumed.
	ErrMalformedEnvelope = errors.New("ledger: malformed envelope")

	// ErrUnknownType: the envelope's type is not one of the command types.
	ErrUnknownType = errors.New("ledger: unknown command type")

	// ErrUnsupportedVersion: the envelope's version is not Version.
	ErrUnsupportedVersion = errors.New("ledger: unsupported command version")

	// ErrPayloadTooLarge: the payload exceeds MaxPayloadSize bytes.
	ErrPayloadTooLarge = errors.New("ledger: payload too large")

	// ErrInvalidPayload: the payload is not valid JSON for its type, has an
	// unknown, missing or null field, or a value out of range. Fix the
	// command; resending it unchanged fails again.
	ErrInvalidPayload = errors.New("ledger: invalid payload")

	// ErrBadSignature: the signature is not 65 bytes, its v, r or s is out
	// of range, or no public key recovers from it.
	ErrBadSignature = errors.New("ledger: bad signature")

	// ErrMalleableSignature: the signature's s is in the upper half of the
	// curve order. Signers must produce low-s signatures (go-ethereum's
	// crypto.Sign does); the high-s twin of a valid signature is refused so
	// that every command has exactly one valid encoding.
	ErrMalleableSignature = errors.New("ledger: malleable signature (high s)")

	// ErrWrongSigner: the signature is well formed but recovers an address
	// other than the envelope's Signer: another key signed it, or the
	// command, the chain id or the signer was changed after signing.
	ErrWrongSigner = errors.New("ledger: signature does not match signer")

	// ErrBadNonce: the envelope's nonce is not the signer's last nonce + 1.
	// Read the last nonce (FSM.Nonce), sign again with the next one and
	// resend. IsNonceError recognizes the message.
	ErrBadNonce = errors.New("ledger: bad nonce")

	// ErrUnauthorized: the signer may not issue this command (tick,
	// settle and stake_snapshot need a genesis validator; create_subnet may
	// be restricted to Genesis.SubnetCreators; set_hyperparams needs the
	// subnet owner or a genesis validator, and root-only fields a genesis
	// validator).
	ErrUnauthorized = errors.New("ledger: signer not authorized")

	// ErrWrongBlock: a tick's block is not the current block + 1.
	ErrWrongBlock = errors.New("ledger: wrong block")

	// ErrUnknownSubnet: no subnet has the given id.
	ErrUnknownSubnet = errors.New("ledger: unknown subnet")

	// ErrSubnetExists: create_subnet names an id already taken.
	ErrSubnetExists = errors.New("ledger: subnet already exists")

	// ErrTooManySubnets: the ledger already holds MaxSubnets subnets.
	ErrTooManySubnets = errors.New("ledger: too many subnets")

	// ErrAlreadyRegistered: the hotkey already holds a uid on the subnet.
	ErrAlreadyRegistered = errors.New("ledger: hotkey already registered")

	// ErrSubnetFull: the subnet has max_allowed_uids uids and none can be
	// pruned (all are immune or immortal).
	ErrSubnetFull = errors.New("ledger: subnet full, no uid to prune")

	// ErrUnknownEpoch: settle names an epoch the subnet has not run.
	ErrUnknownEpoch = errors.New("ledger: unknown epoch")

	// ErrAlreadySettled: settle names an epoch that already has a
	// settlement transaction.
	ErrAlreadySettled = errors.New("ledger: epoch already settled")

	// ErrInvalidHyperparams: a hyperparameter is out of range; the message
	// names the field.
	ErrInvalidHyperparams = errors.New("ledger: invalid hyperparams")

	// ErrAdminFreezeWindow: the subnet owner's set_hyperparams falls in the
	// last admin_freeze_window blocks before the subnet's next epoch. Retry
	// after the epoch.
	ErrAdminFreezeWindow = errors.New("ledger: hyperparams frozen before the epoch")

	// ErrHyperparamsRateLimited: the subnet owner changed hyperparameters
	// less than owner_hyperparam_rate_limit tempos ago. Retry later.
	ErrHyperparamsRateLimited = errors.New("ledger: hyperparams changed too recently")

	// ErrInvalidAxon: the axon address is a loopback address (127.0.0.1,
	// ::1) and the genesis does not allow them. Other bad addresses are
	// ErrInvalidPayload.
	ErrInvalidAxon = errors.New("ledger: axon address refused")

	// ErrServingRateLimited: the uid updated its axon less than
	// serving_rate_limit blocks ago. Retry later.
	ErrServingRateLimited = errors.New("ledger: serving too fast")

	// ErrStaleSnapshot: a stake_snapshot's block is below the last
	// accepted snapshot's.
	ErrStaleSnapshot = errors.New("ledger: stale stake snapshot")

	// ErrStakeOverflow: the stake table's total would exceed 2^63 − 1, the
	// most an epoch accepts.
	ErrStakeOverflow = errors.New("ledger: total stake overflows")

	// ErrCommitRevealDisabled: commit_weights or reveal_weights on a
	// subnet whose commit_reveal_enabled is false; use set_weights.
	ErrCommitRevealDisabled = errors.New("ledger: commit-reveal disabled on subnet")

	// ErrTooManyCommits: the hotkey already holds MaxUnrevealedCommits
	// unrevealed commits on the subnet. Reveal or wait for them to expire.
	ErrTooManyCommits = errors.New("ledger: too many unrevealed commits")

	// ErrCommitNotFound: a reveal whose CommitHash matches none of the
	// hotkey's unexpired commits (a wrong uid, value, salt or version key,
	// or a commit that expired).
	ErrCommitNotFound = errors.New("ledger: no matching weight commit")

	// ErrRevealTooEarly: the matching commit's reveal epoch
	// (commit_epoch + reveal_period_epochs) has not begun. Retry after the
	// subnet's next epoch.
	ErrRevealTooEarly = errors.New("ledger: reveal too early")

	// ErrBurnTooHigh: the subnet's registration price is above the
	// register command's max_burn.
	ErrBurnTooHigh = errors.New("ledger: registration price above max_burn")

	// ErrInvalidGenesis: the genesis is unusable (see Genesis.Validate). An
	// FSM built from it rejects every command with this error.
	ErrInvalidGenesis = errors.New("ledger: invalid genesis")

	// ErrGenesisMismatch: a snapshot was taken on a ledger with another
	// genesis; the node is misconfigured.
	ErrGenesisMismatch = errors.New("ledger: snapshot genesis differs from this ledger's")

	// ErrInvalidSnapshot: a snapshot could not be decoded or violates the
	// state's invariants. The FSM keeps its previous state.
	ErrInvalidSnapshot = errors.New("ledger: invalid snapshot")

	// ErrStaleIndex: a log entry's index is not above the last applied
	// index (a broken raft invariant); the entry is ignored.
	ErrStaleIndex = errors.New("ledger: stale log index")

	// ErrNotCommand: the raft log entry is not a command entry.
	ErrNotCommand = errors.New("ledger: log entry is not a command")

	// ErrNotPreferenceSubnet: a labeling command names a subnet whose task
	// is not preference.
	ErrNotPreferenceSubnet = errors.New("ledger: not a preference subnet")

	// ErrWrongRound: labels name another round than the subnet's current
	// one: fetch the new round's items.
	ErrWrongRound = errors.New("ledger: not the current labeling round")

	// ErrNotLabeler: the signer of labels is not a labeler of the round (a
	// miner of the subnet when the round began).
	ErrNotLabeler = errors.New("ledger: not a labeler of the round")

	// ErrDuplicateLabel: the labeler answered the item before in the round.
	ErrDuplicateLabel = errors.New("ledger: item already answered")

	// ErrRoundFull: the round holds MaxRoundLabels labels.
	ErrRoundFull = errors.New("ledger: labeling round full")

	// ErrPoolFull: the comparisons would take the subnet's pool past
	// MaxPendingComparisons or MaxPendingBytes; add them after the next
	// round begins.
	ErrPoolFull = errors.New("ledger: comparison pool full")

	// ErrNoRound: the subnet keeps no such labeling round (FSM.Round,
	// FSM.RoundLabels).
	ErrNoRound = errors.New("ledger: no such labeling round")

	// ErrInternal: Apply recovered from a panic, a bug in the ledger. The
	// command is rejected, the same way on every replica; report it.
	ErrInternal = errors.New("ledger: internal error")
)

// IsNonceError reports whether msg, a Result.Err or an error message relayed
// over HTTP, reports ErrBadNonce. In-process callers should test
// errors.Is(result.Cause(), ErrBadNonce) instead; this helper exists for the
// message that crossed a process boundary as text.
func IsNonceError(msg string) bool {
	return strings.Contains(msg, ErrBadNonce.Error())
}

// Sentinel errors of a miner's declarations and of offences.
var (
	// ErrModelMismatch: a miner declares a model_hash other than its
	// inference subnet's reference model.
	ErrModelMismatch = errors.New("ledger: model does not match the subnet's")

	// ErrWrongTask: the command needs a subnet of another task
	// (commit_finetune: a fine-tune subnet).
	ErrWrongTask = errors.New("ledger: wrong subnet task")

	// ErrDuplicateCommitment: a neuron of the subnet holds that fine-tune
	// commitment already.
	ErrDuplicateCommitment = errors.New("ledger: fine-tune commitment already recorded")

	// ErrDuplicateReport: the evidence was reported already, or the
	// validator has reported that miner's offence of this epoch already.
	ErrDuplicateReport = errors.New("ledger: evidence already reported")

	// ErrAlreadyConfirmed: the miner's offence of this epoch is confirmed
	// already; further reports add nothing.
	ErrAlreadyConfirmed = errors.New("ledger: offence already confirmed")

	// ErrTooManyOffences: the subnet holds MaxOffences offences; retry
	// once the leader has slashed the confirmed ones.
	ErrTooManyOffences = errors.New("ledger: too many offences")

	// ErrUnknownOffence: slash names no offence of that miner and epoch.
	ErrUnknownOffence = errors.New("ledger: unknown offence")

	// ErrNotConfirmed: slash names an offence not confirmed yet.
	ErrNotConfirmed = errors.New("ledger: offence not confirmed")

	// ErrAlreadySlashed: slash names an offence slashed already.
	ErrAlreadySlashed = errors.New("ledger: offence already slashed")
)
