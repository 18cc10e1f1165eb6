// Package reward trains and runs Agora's reward model: a small network
// that scores a response to a prompt, trained on chosen/rejected
// preferences (rlhf.Preference) so that the chosen response scores higher.
//
// The model reads byte-level features of (prompt, response) — hashed byte
// n-grams of the response, the response's n-grams that also occur in the
// prompt, its repeated n-grams, and a few length and overlap ratios (see
// Features) — through an embedding bag and a one-hidden-layer MLP to one
// scalar reward. Training uses gorgonia in float64 with Adam on the
// pairwise loss −log σ(r_chosen − r_rejected), plus an optional centering
// term, with all pairs of one prompt in one batch, and is deterministic
// given its seed. Inference (Score) is a plain Go loop over the sparse
// features in a fixed order, so that a validator recomputes an AI
// labeler's scores bit for bit.
//
// A model is published by hash: Save writes a versioned weight file (magic
// "AGRM", see format.go) whose hex SHA-256 is Hash. Models are immutable
// and safe for concurrent use.
package reward
