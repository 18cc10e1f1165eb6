// Package validator is the validator node: a Raft cluster whose replicated
// log is the subnet ledger, which queries and scores miners, submits signed
// weights, runs the Yuma epoch when a subnet's tempo elapses, and settles the
// resulting emissions on chain.
//
// Membership is dynamic: the first node bootstraps a cluster of itself
// (Config.Bootstrap) and every other node joins through any member's HTTP
// API with a signed ClusterRequest (Node.Join); the leader adds voters up to
// Config.MaxVoters and non-voters after that. The members' HTTP addresses,
// which forwarding to the leader needs, travel in the raft log next to the
// ledger (see membership.go). Reads are served locally, or linearizably with
// ?consistent=true (Handler).
package validator
