// Package miner is the miner node: it probes its hardware, registers a hotkey
// on a subnet, and serves inference, fine-tuning and AI-labeling tasks on its
// axon so that validators can score the work and pay incentive for it.
package miner
