// Package subnet holds the pure, deterministic rules of a subnet's membership
// and weight intake, reproduced bit for bit from Bittensor's subtensor chain
// (see /work/shared/YUMA.md §1, §3, §7 and §8):
//
//   - MaxUpscaleU16: how submitted weights are scaled before storage
//     (subtensor vec_u16_max_upscale_to_u16, I32F32 arithmetic);
//   - CheckWeights: the set_weights admission checks, in chain order, each
//     failure reported by its own sentinel error;
//   - DecayFactorQ32, DecayBurn, DecayBurnBlocks, BumpBurn: the neuron
//     registration price (per-block Q32 decay, ×1.26 bump on registration);
//   - PruneCandidate and ImmuneOwnerUIDs: which UID a registration replaces
//     when the subnet is full;
//   - ActivityCutoff: the activity window in blocks.
//
// Everything here takes values and returns values. The package imports only
// the standard library, uses no floating point, reads no clock, keeps no state
// beyond constants and sentinel errors, starts no goroutines and does no I/O,
// so every replica of the Raft state machine computes the same result. Block
// numbers, stakes and hyperparameters are inputs; the caller (the FSM) reads
// them from its state and persists what these functions return.
package subnet
