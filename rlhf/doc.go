// Package rlhf handles human and AI preference data: pairwise comparisons,
// task assignment with gold questions (Assign), Dawid–Skene labeler
// reliabilities, labeler grades for a validator's weights with collusion
// detection (GradeLabelers), Bradley–Terry rankings, agreement metrics, and
// the chosen/rejected preferences that reward models train on
// (Preferences); the reward model itself is in the subpackage reward,
// which, unlike this package, depends on gorgonia.
//
// The algorithms follow the reference implementations named in
// ../shared/RLHF.md (Toloka's crowd-kit for Dawid–Skene, gold majority vote
// and the Bradley–Terry MM algorithm; LMSYS Chatbot Arena for the
// Bradley–Terry maximum-likelihood fit, its bootstrap, online Elo and the
// anomalous-voter test; Krippendorff, Fleiss and Cohen for agreement). Each
// function documents its formula, initialisation, iteration order, stopping
// rule and tie handling.
//
// Assign's randomness comes from a seed (a block hash) and a validator
// secret, never from a clock or a global source.
//
// The package is pure: it imports only the standard library, does no I/O
// (the JSONL readers decode a byte slice the caller has read), keeps no
// package state, and is deterministic given its inputs. Names are interned in
// sorted order and every sum runs in that order, so permuting the input
// answers or comparisons does not change a result by a single bit — except
// for Elo and the anomalous-labeler test, which are defined over the order of
// the votes. The bootstrap draws from a *rand.Rand the caller seeds.
//
// Labels are strings or JSON numbers (see Label). A number keeps its JSON
// form: the label 1 is written back as 1 and "yes" as "yes". Numbers compare
// by value, so 1, 1.0 and 1e0 are one label, written 1.
package rlhf
