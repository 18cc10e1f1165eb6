// Package miner is the miner node: it probes its hardware, registers a hotkey
// on a subnet, and serves inference, fine-tuning and AI-labeling tasks on its
// axon so that validators can score the work and pay incentive for it.
//
// Server is the axon, a gin HTTP server:
//
//	POST /v1/infer   {"prompt": "...", "max_tokens": 16}
//	                 → {"tokens": [...], "text": "...", "model_hash": "..."}
//	GET  /v1/health  → {"model_hash": "...", "hotkey": "0x..."}
//
// Every error is {"error": "<message>"}: 400 for a bad request (the model
// does not run), 404, 405, or 500. Answers carry an X-Request-ID header
// (the caller's, if valid). Client is the matching client for validators.
//
// A miner configured with Behavior Faulty reports its committed model's hash
// but answers with a different model, so that a devnet can show validators
// scoring a dishonest miner down.
package miner
