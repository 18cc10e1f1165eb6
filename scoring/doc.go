// Package scoring is Agora's consensus math: the Yuma epoch in fixed point,
// bit-exact with Bittensor's subtensor, the emission split, and the per-task
// score functions. It is a pure core: it imports only the standard library
// and does no I/O, reads no clock and uses no floats in consensus.
package scoring
