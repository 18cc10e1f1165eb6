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
//     for each subnet by ascending id with block − epoch_start ≥ tempo, the
//     Yuma epoch runs (scoring.Epoch) and an EpochRecord is appended. The
//     epoch clock starts at the subnet's creation block and restarts at
//     each epoch.
//   - create_subnet {id, name, task, model_hash, hyperparams} — signer
//     becomes the owner; hyperparameters not given keep DefaultHyperparams.
//     At most MaxSubnets subnets; Genesis.SubnetCreators may restrict who.
//   - register {subnet, role, axon} — the signer's hotkey gets uid n while
//     n < max_allowed_uids, otherwise replaces subnet.PruneCandidate's uid
//     (ErrSubnetFull when there is none). A hotkey holds one uid per subnet.
//     registered_at = last_update = block.
//   - set_weights {subnet, uids, values, version_key} — subnet.CheckWeights
//     with commit-reveal off; the row is stored max-upscaled
//     (subnet.MaxUpscaleU16), sorted by uid; last_update = block.
//   - settle {subnet, epoch, tx} — signer a genesis validator; the epoch
//     exists and has no tx yet; the hash is stored in lower case.
//
// # Stake and the genesis epoch
//
// The ledger holds no staking yet: a uid's stake is its hotkey's genesis
// stake when it registered with role "validator" and is a genesis
// validator, and 0 otherwise. Yuma counts only the weights of uids holding
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
// and nothing here starts goroutines or does I/O. StateHash is sha256 of
// the canonical encoding, which is also the snapshot format, so a restored
// replica reports the same hash as the one that took the snapshot.
package ledger
