// Package rlhf handles human and AI preference data: pairwise comparisons,
// task assignment with gold questions, Dawid–Skene labeler reliabilities,
// Bradley–Terry rankings, agreement metrics and reward-model training.
package rlhf
