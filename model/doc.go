// Package model holds the models shared by miners and validators, their
// weight files and content hashes, and deterministic decoding, so that a
// validator can recompute what a miner claims to have served.
//
// LM is a small causal byte-level language model (vocabulary 256: a token is
// a byte) evaluated with gorgonia on the CPU in float64. NewSeeded draws its
// weights from an explicitly seeded PCG; Save and Load read and write a
// versioned little-endian weight file (magic "AGLM", see format.go); Hash,
// the hex SHA-256 of that file, is the model's identity on the network; and
// Generate decodes greedily, bit-identically across runs and round trips.
package model
