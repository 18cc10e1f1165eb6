// Package miner is the miner node: it probes its hardware, serves its
// subnets' work on its axon and signs every answer, so that validators can
// score the work, pay for it, and prove a wrong answer.
//
// Server is the axon, a gin HTTP server:
//
//	POST /v1/infer             {"prompt", "max_tokens", "top_k"?} → tokens, text, model_hash, top_k lists
//	POST /v1/finetune          {"base_hash", "steps", "seed"?} → 202, the queued JobView
//	GET  /v1/jobs/{id}         → JobView: state, progress, loss, weights hash, commitment
//	POST /v1/challenge         {"seed", "n"} → Merkle root of the rows of A·B mod 2^32
//	POST /v1/challenge/open    {"id", "rows"} → the rows with their Merkle proofs
//	GET  /v1/ping              a signed no-op
//	GET  /v1/artifacts[/{hash}] weight files by sha256 (public; 400 malformed, 404 unknown)
//	GET  /v1/health            model hash, hotkey, subnets, hardware (public)
//
// The other endpoints take only requests signed by a validator that holds
// a permit on the subnet named in the request (SignedRequest: EIP-712 in
// the ledger's domain, sent as X-Agora-* headers). The axon checks, at its
// edge and in this order, the body size (413), the headers (401), the
// subnet, the timestamp window, the signature (403), the permit (403; the
// lookup is a PermitCache over the validator cluster's API, 503 when it
// cannot answer) and the nonce (403 on a replay). Each validator has
// MaxInFlight slots and MaxQueued places in a queue; a request beyond
// them is answered 429 at once. Every answer to an authenticated request
// carries the miner's signature over the request's digest, the status and
// the body (SignedResponse), so a request and its answer form Evidence
// that anyone can check.
//
// The work itself comes through small interfaces: a Generator (inference
// with top-k log-probabilities), a Trainer (fine-tune jobs with progress),
// a Committer (which records each job's commitment sha256(weights hash ‖
// hotkey) on the ledger before the weights are published) and a
// CopySource. LMGenerator serves a model.LM with its real top-k
// log-probabilities; LMTrainer fine-tunes it with model.FineTune on the
// subnet's training data. Evidence.Hash names a signed exchange in the
// ledger's offence reports and on chain.
//
// A Behaviour makes a miner cheat on purpose for the adversarial devnet:
// wrong-model, random, copier, slow and fake-gpu. Client is the matching
// client for validators: it signs requests, verifies the signed answers,
// returns the Evidence, and runs the hardware check (CheckHardware).
package miner
