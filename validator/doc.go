// Package validator is the validator node: a Raft cluster whose replicated
// log is the subnet ledger, which queries and scores miners, submits signed
// weights, runs the Yuma epoch when a subnet's tempo elapses, and settles the
// resulting emissions on chain.
package validator
