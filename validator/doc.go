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
//
// Durability: a node keeps the raft log, raft's stable store and the
// snapshots of its state machine in one badger database with synced writes
// (logstore.go, SnapshotStore); the state machine itself is in memory and
// is rebuilt at start from the newest snapshot and the log after it. Raft
// snapshots every Config.SnapshotThreshold entries and compacts the log to
// the last Config.TrailingLogs, so a node that was down for longer, or
// that joins late, catches up by InstallSnapshot.
//
// Labeling (preference subnets, labeling.go): the validators of a cluster
// share a labeling secret and each subnet's gold (Config.Labeling), so
// that every one of them computes the same assignment of each round
// (rlhf.Assign over the ledger's round) and serves a labeler its items
// (GET /v1/subnets/:id/assignments, a signed LabelRequest) and checks its
// labels (submit_preferences) wherever they arrive. Gold is mixed in
// through per-labeler keyed windows (LabelingConfig.GoldWindow), so that a
// labeler sees no gold comparison twice. When a round ends, each
// validator grades its labelers (RunLabelScorer: rlhf.GradeLabelers,
// Dawid–Skene reliability × gold κ, colluders zeroed) and submits the
// grades as its weights, commit then reveal. RunComparisonFeed keeps the
// subnets' pools filled from a ComparisonSource such as MinerAnswers,
// pairs of inference miners' different answers to one prompt.
//
// Work: RunScorer checks the miners' hardware claims, scores their
// inference answers against the reference model on sampled positions and
// their fine-tuned uploads on held-out data, keeps each miner's moving
// average and submits it as the node's weights; the signed wrong answers it
// catches are kept (GET /v1/evidence) and reported to the ledger.
// RunSlashing, on the leader, slashes the stake of miners whose offences
// two thirds of the validator stake confirmed, once per evidence hash
// (Slasher, StakingSlasher). RunSettlement pays the epochs.
package validator
