// Package ledger is the validator cluster's replicated subnet ledger: the
// signed command format that travels in the Raft log and the deterministic
// state machine (FSM, a hashicorp/raft FSM) that applies it.
//
// # Commands
//
// A command is an Envelope {type, version, payload, nonce, signer,
// signature}, signed as EIP-712 typed data (domain "Agora", version "1",
// the genesis chain id) over Command{type, version, payloadHash, nonce,
// signer} with payloadHash = keccak256 of the payload's canonical JSON
// bytes (CanonicalPayload). Each type has a payload struct, a strict
// decoder (exact keys, required keys present, ranges checked) and a rule in
// the FSM:
//
//   - tick {block} — signer a genesis validator, block = current + 1. Then,
//     for each subnet by ascending id: the registration price decays
//     (below), and if block − epoch_start ≥ tempo the epoch clock restarts,
//     the epoch index advances, expired weight commits are dropped and the
//     Yuma epoch runs (scoring.Epoch), appending an EpochRecord. The epoch
//     clock starts at the subnet's creation block.
//   - create_subnet {id, name, task, model_hash, model_url, datasets,
//     scoring, hyperparams} — signer becomes the owner; hyperparameters
//     not given keep DefaultHyperparams, scoring parameters not given keep
//     DefaultScoring of the task; model_url and datasets are optional (see
//     CreateSubnet, Dataset, Scoring). At most MaxSubnets subnets;
//     Genesis.SubnetCreators may restrict who.
//   - register {subnet, role, axon, max_burn, model_hash, hardware} —
//     model_hash and hardware are a miner's optional declarations (the
//     model it serves and commits to, what it runs on and the hardware
//     class it claims, see Hardware); a validator declares neither, and on
//     an inference subnet model_hash must be the subnet's (ErrModelMismatch).
//     Refused when the hotkey
//     already holds a uid there, when the axon is a loopback address the
//     genesis does not allow (ErrInvalidAxon), or when the current price
//     exceeds max_burn (ErrBurnTooHigh). The hotkey gets uid n while n <
//     max_allowed_uids, otherwise replaces subnet.PruneCandidate's uid
//     (ErrSubnetFull when there is none). registered_at = last_update =
//     block; the price paid is recorded on the neuron and in the
//     RegisterResult, then bumped.
//   - set_weights {subnet, uids, values, version_key} — subnet.CheckWeights
//     (refused while commit_reveal_enabled); the row is stored max-upscaled
//     (subnet.MaxUpscaleU16), sorted by uid; last_update = block.
//   - settle {subnet, epoch, tx} — signer a genesis validator; the epoch
//     exists and has no tx yet; the hash is stored in lower case.
//   - set_hyperparams {subnet, hyperparams: {…some keys…}} — see below.
//   - serve_axon {subnet, ip, port, ip_type, protocol} — signer a
//     registered hotkey, optionally with new model_hash and hardware
//     declarations (a miner's); the address checks of YUMA.md §8.5 (ServeAxon),
//     127.0.0.1 and ::1 only under Genesis.AllowLoopbackAxons; at least
//     serving_rate_limit blocks since the uid's last axon update (a
//     registration with an axon counts). Stored as the axon "ip:port".
//   - stake_snapshot {block, stakes: [{hotkey, amount}]} — see Stake.
//   - commit_weights {subnet, hash} and reveal_weights {subnet, uids,
//     values, salt, version_key} — see Commit-reveal.
//   - add_comparisons {subnet, comparisons: [{prompt, a, b}]} and
//     submit_preferences {subnet, round, labels: [{item, choice,
//     confidence}]} — see Labeling.
//   - commit_finetune {subnet, commitment} — a miner of a fine-tune subnet
//     records sha256(weights hash ‖ hotkey) at the current block with the
//     subnet's next commitment sequence number, so that nobody else can
//     claim its upload and the earliest of identical uploads is known
//     (CommitFineTune); a neuron keeps its last MaxFineTuneCommits.
//   - report_evidence {subnet, hotkey, evidence} and slash {subnet, hotkey,
//     epoch, amount, tx} — see Offences.
//
// # Offences
//
// A validator with a permit that catches a miner's signed wrong answer
// reports it with the hash of the evidence (the signed request and
// answer, which it keeps and serves). The report opens, or joins, the
// miner's offence of the subnet's current epoch index; once the reporters
// hold two thirds of the stake of the subnet's validators with a permit
// (3·reported ≥ 2·total > 0) the offence is confirmed, and the leader's
// slashing worker slashes the miner's stake on chain, naming the first
// report's evidence hash, and records it with a slash command (signer a
// genesis validator; amount 0 and no tx when nothing was at stake). One
// validator alone cannot have a miner slashed unless it holds two thirds
// of the stake. Unconfirmed offences of an earlier epoch index are dropped
// at ticks; a subnet holds at most MaxOffences offences and keeps its last
// MaxSlashedOffences slashed ones.
//
// # Hyperparameters
//
// set_hyperparams merges the keys given onto the subnet's Hyperparams and
// validates the result (ErrInvalidHyperparams naming the field;
// max_allowed_uids may not drop below the registered uids). The subnet
// owner may set only the fields OwnerSettable lists (subtensor's
// owner-settable parameters, YUMA.md §8.7), at most once per
// owner_hyperparam_rate_limit tempos (ErrHyperparamsRateLimited) and not
// when the subnet's next epoch is admin_freeze_window blocks away or
// closer (ErrAdminFreezeWindow). "Root", subtensor's sudo, is any genesis
// validator here: it may set every field, including the root-only tempo,
// kappa, max_allowed_validators, weights_rate_limit, stake_threshold,
// owner_cut, emission_per_block, burn, owner_hyperparam_rate_limit and
// admin_freeze_window, and bypasses both limits. A root change of burn
// sets the current price; every change clamps the price to [min_burn,
// max_burn].
//
// # Registration price
//
// Each subnet has a price (SubnetView.Burn, YUMA.md §8.1) that starts at
// burn clamped to [min_burn, max_burn]. Every tick multiplies it by the
// Q32 factor f = subnet.DecayFactorQ32(burn_half_life), computed when the
// half-life is set, and clamps it (subnet.DecayBurn; the tick to block 1
// only clamps, as subtensor does at blocks 0 and 1); every registration
// bumps it to clamp(floor(price · burn_increase_mult)) (subnet.BumpBurnBy,
// the multiplier a U64F64 written as an exact decimal string, see Factor).
// The ledger records the price but moves no tokens: burning it on the
// settlement chain is a later step.
//
// # Commit-reveal
//
// While commit_reveal_enabled (the default, as for new subtensor subnets)
// validators set weights in two steps (YUMA.md §8.4 v2) and plain
// set_weights is refused (subnet.ErrCommitRevealEnabled):
//
//   - commit_weights records {hash, epoch, block} on the signer's neuron,
//     epoch being the subnet's epoch index, the number of epochs due so
//     far: an epoch due at this block has run at this block's tick, which
//     is subtensor's "+1 if an epoch fires this block". The hotkey must be
//     registered and past the weights rate limit, and hold fewer than
//     MaxUnrevealedCommits commits; last_update = block.
//   - reveal_weights must match, by CommitHash (a keccak256 over a fixed
//     byte layout, see CommitHash), one of the signer's commits, and arrive
//     while the epoch index is exactly commit_epoch + reveal_period_epochs
//     (ErrRevealTooEarly before, ErrCommitNotFound after, when the commit
//     has expired). The vector then passes subnet.CheckWeights without the
//     rate limit and is stored as set_weights stores it; that commit and
//     the older ones are removed.
//
// A commit expires when the epoch index passes commit_epoch +
// reveal_period_epochs; expired commits are dropped when the index
// advances (at ticks) and when reveal_period_epochs changes, so none is
// ever stored. While commit-reveal is on the epoch receives
// CommitReveal = true and, per uid, the block of its earliest commit left,
// so weights to a uid registered after that block are masked (YUMA.md
// §4.6).
//
// # Stake and the genesis epoch
//
// The ledger keeps a stake table, hotkey → amount; a uid's stake is its
// hotkey's amount, whatever its role, on every subnet. The genesis stakes
// are the initial snapshot. A stake_snapshot, signed by a genesis
// validator, replaces the amounts of the hotkeys it lists (0 removes one)
// and keeps the others; its block may not be below the last snapshot's
// (ErrStaleSnapshot) and the table's total must stay at most 2^63 − 1
// (ErrStakeOverflow), the epoch's limit. The table changes at once, so
// stake thresholds see it immediately and the next epoch of every subnet
// reads it. Yuma counts only the weights of uids holding
// a validator permit from the previous epoch, and a new uid has none, so a
// subnet's first epoch would ignore every weight. The genesis epoch rule
// breaks that circle: a genesis validator registering as a validator
// starts with validator_permit = true; everyone else starts with false.
// From the first epoch on, permits are Yuma's (top max_allowed_validators
// by stake, plus the owner).
//
// # Emission
//
// Each epoch emits E = tempo × emission_per_block. The owner's cut is
// floor(E · owner_cut / 65535), paid to the owner's address as a Payout
// with uid 65535 and role "owner"; Y = E − cut goes through the epoch, and
// each uid with server_emission + validator_emission > 0 gets a Payout of
// that sum to its hotkey. The payouts never exceed E; the difference is
// rounding dust of the fixed-point shares (below 2n·(1 + Y/2^32) base units
// for n uids when some weight or stake survives), or all of Y when no uid
// has stake or incentive.
//
// # Epoch records
//
// Each epoch appends an EpochRecord: the payouts the settlement pays (with
// their total and PayoutsHash) and the metagraph the epoch left. A record
// stays whole while it is unsettled or among the subnet's last
// Genesis.EpochHistory (default DefaultEpochHistory, 64) records; at the
// first tick after it is both settled and older, it is pruned to its
// summary (subnet, epoch, block, emission, owner cut, owner, payouts total
// and hash, tx; Pruned set), so that the state stays bounded by the
// history kept and the epochs awaiting settlement. FSM.Epochs returns the
// records as kept, summaries included; FSM.Unsettled only whole records.
//
// # Labeling
//
// A preference subnet's labelers are its miners; they answer pairwise
// comparisons, and the validators grade them into weights. The ledger
// keeps, per preference subnet:
//
//   - a pool of comparisons for the next round, filled by add_comparisons
//     (signer: the owner or a genesis validator), each identified by
//     rlhf.PairID of its content, so that one already pooled or in a kept
//     round is skipped (either order of the responses); bounded by
//     MaxPendingComparisons and MaxPendingBytes (ErrPoolFull, nothing
//     added);
//   - its labeling rounds: each epoch of the subnet (a tick where the
//     epoch index advances) begins round = the new epoch index, whose
//     labelers are the subnet's miners then (sorted, each with Since, the
//     first round of its unbroken run) and whose comparisons are the pool,
//     which empties. The last LabelRounds (2) rounds are kept: the current
//     one, which labelers answer, and the finished one, which validators
//     grade; older ones are dropped with their labels, so the state stays
//     bounded.
//
// submit_preferences files 1..MaxLabelsPerCommand labels of the signer for
// the current round, all or none: ErrWrongRound for another round,
// ErrNotLabeler for a signer not among the round's labelers,
// ErrDuplicateLabel for an item the signer answered before, ErrRoundFull
// past MaxRoundLabels. An item is the opaque id (ItemID) under which a
// validator showed the labeler a comparison; which comparison, and whether
// it was gold, only the validators know (their labeling secret), so the
// ledger stores only (labeler, item, choice, confidence) and nothing in
// the state tells gold from the rest: gold never enters the ledger. The
// validators check that every item was assigned to its labeler before the
// command enters the log. SubnetView shows counts only (LabelingView);
// Round and RoundLabels are for the validators.
//
// # Nonces and rejections
//
// Each signer's nonces run 1, 2, 3, …; the FSM accepts only the last + 1. A
// command that is correctly signed and carries the right nonce consumes the
// nonce even when its payload or its rule then rejects it, so a signed
// command can never be replayed. A rejected command otherwise changes
// nothing, and Apply reports it in Result.Err; it never panics.
//
// # Determinism
//
// Apply reads only the log entry and the state: time is the block height
// that ticks advance, there are no floats, maps are never iterated in Go's
// order (the state is kept in sorted slices; the canonical encoding sorts),
// and nothing here does I/O. The one place that starts goroutines is
// ApplyBatch, which decodes and verifies the entries of a batch in
// parallel (a pure function of each entry's bytes) and then applies them
// strictly in log order on the calling goroutine. StateHash is sha256 of
// the canonical encoding, which is also the snapshot format, so a restored
// replica reports the same hash as the one that took the snapshot; it is
// computed once per applied entry and streamed, never held whole, as are
// snapshots (Snapshot copies the state, Persist encodes the copy, Restore
// decodes as it reads). The encoding is versioned ("format":
// "agora-ledger/7" since neurons carry the miners' declarations and
// fine-tune commitments and subnets their offences); Restore accepts it
// and versions 6 (without those), 5 (without labeling either) and 4
// (without the claim tree either), which lack only optional parts, and
// refuses earlier ones, so a data directory whose snapshots an earlier
// version wrote must be started afresh.
//
// Commands are decoded in one pass (decodeStrict) with exactly the
// acceptance rules, values and errors of encoding/json-based strict
// decoding, and signatures are checked against an EIP-712 digest computed
// by hand with the domain separator precomputed per chain id.
package ledger
