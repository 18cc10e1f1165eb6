// Package model holds the models shared by miners and validators, their
// weight files and content hashes, training, and deterministic decoding, so
// that a validator can recompute what a miner claims to have served.
//
// LM is a small causal byte-level language model (vocabulary 256: a token is
// a byte, see LM for the architecture) evaluated with gorgonia on the CPU in
// float64.
//
//   - Weights: NewSeeded draws them from an explicitly seeded PCG; Save and
//     Load read and write a versioned little-endian weight file (magic
//     "AGLM", see format.go); Hash, the hex SHA-256 of that file, is the
//     model's identity on the network.
//   - Training: Train (from a seed) and FineTune (from given weights) run
//     gorgonia's Adam on batches drawn by a seeded PCG; the same options and
//     data always give the same weight file. Eval measures the mean held-out
//     loss in nats per byte and the perplexity.
//   - Inference: Infer and InferBatch decode greedily and return each
//     position's token with its top-k log-probabilities; LogProbs recomputes
//     any chosen positions of a text in batches, which is how a validator
//     checks a sample of a miner's answer cheaply. Results are bit-identical
//     across runs, batch sizes, GOMAXPROCS settings and Save/Load round
//     trips.
//   - Reference: the reference model, trained on package corpus's training
//     set, ships as reference.aglm (ReferenceHash); Train with
//     DefaultConfig and DefaultTrainOptions reproduces it.
package model
