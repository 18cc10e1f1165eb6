// Package scoring is Agora's scoring math: the Yuma epoch in fixed point,
// bit-exact with Bittensor's subtensor, the emission split, and the
// per-task score functions a validator applies to miners' work. It is a
// pure core: it imports only the standard library and does no I/O, reads
// no clock and keeps no state between calls but what a caller holds.
//
// The consensus path (Epoch) uses no floats. The work scores below are per
// validator, not consensus, but are integer arithmetic after their inputs'
// conversion, so any validator re-scoring the same signed answer gets the
// same result:
//
//   - Inference (ScoreInference): the reference model recomputes about 10%
//     of an answer's positions plus always the last (SamplePositions, from
//     a seed the miner cannot predict); each checked position must carry
//     the reference's token and top-k log-probabilities whose softmaxed
//     vectors have a cosine similarity of at least 0.9 (PositionCosine);
//     the pass rate times a latency factor is the score, and a failed,
//     empty or malformed answer scores a negative penalty.
//   - Fine-tuning (ScoreFineTune): held-out loss against the base model's;
//     copies by hash earn nothing; earlier uploads keep a decaying
//     advantage ε (FineTuneParams.Epsilon); degenerate, repetitive models
//     (Degenerate) count with the worst loss.
//   - Scores feed a per-miner exponential moving average (MovingAverage,
//     α = 0.05 by default) that becomes the validator's u16 weight vector.
//   - Hardware claims: the compute challenge (Challenge, MulRows, the row
//     Merkle tree, RowChecker, ClaimHolds; see challenge.go for the
//     protocol and its cost) and the hardware classes.
//   - QueriesToCatch: how many queries catch a miner that cheats on a share
//     of its answers with a given confidence.
package scoring
