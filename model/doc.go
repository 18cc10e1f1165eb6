// Package model holds the models shared by miners and validators (a small
// causal language model and a reward model), their weight files and content
// hashes, and deterministic decoding, so that a validator can recompute what
// a miner claims to have served.
package model
