package rlhf

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// AnomalyConfig tunes AnomalousLabelers.
type AnomalyConfig struct {
	Alpha    float64 // the test's level: flag when the evidence exceeds 1/Alpha
	MinVotes int     // labelers with fewer votes are never flagged
}

// DefaultAnomaly is Chatbot Arena's setting: α = 0.05, at least 5 votes.
func DefaultAnomaly() AnomalyConfig { return AnomalyConfig{Alpha: 0.05, MinVotes: 5} }

// Validate reports an Alpha outside (0, 1) or a negative MinVotes.
func (c AnomalyConfig) Validate() error {
	if !(c.Alpha > 0 && c.Alpha < 1) {
		return fmt.Errorf("%w: alpha %v is not in (0, 1)", ErrInvalidConfig, c.Alpha)
	}
	if c.MinVotes < 0 {
		return fmt.Errorf("%w: minimum votes %d is negative", ErrInvalidConfig, c.MinVotes)
	}
	return nil
}

// LabelerEvidence is AnomalousLabelers' verdict on one labeler.
type LabelerEvidence struct {
	Worker string
	Votes  int
	// Evidence is the largest running product of 1/(2p) over the
	// labeler's votes (capped at the largest float64).
	Evidence float64
	Flagged  bool
}

// AnomalousLabelers tests each labeler's votes against everyone else's, as
// Chatbot Arena screens for anomalous users. A vote on the unordered pair
// {x, y} has one of three outcomes (x wins, tie, y wins); its history H is
// every vote on the same pair by other labelers, in the whole input. Its
// p-value is the smoothed share of the history at least as extreme, an
// outcome being at least as extreme when it is at most as frequent in H:
//
//	p = (1 + #{h ∈ H : count_H(h) ≤ count_H(vote)}) / (|H| + 1)
//
// The labeler's evidence is the running product Π 1/(2p) over their votes
// in input order (so the result depends on that order); a labeler with at
// least cfg.MinVotes votes whose running product ever exceeds 1/cfg.Alpha
// is flagged. Every comparison needs a worker (ErrNoWorker). The result is
// sorted by worker.
func AnomalousLabelers(cmps []Comparison, cfg AnomalyConfig) ([]LabelerEvidence, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	type pairKey struct{ x, y string }
	// counts[pair][worker][outcome relative to x], and the pair's totals.
	type tally [3]int
	total := map[pairKey]*tally{}
	byWorker := map[pairKey]map[string]*tally{}
	key := func(c Comparison) (pairKey, int) {
		o := 0 // 0: x wins, 1: tie, 2: y wins
		switch c.Winner {
		case Tie:
			o = 1
		case RightWins:
			o = 2
		}
		if c.Left <= c.Right {
			return pairKey{c.Left, c.Right}, o
		}
		return pairKey{c.Right, c.Left}, 2 - o
	}
	seen := map[string]bool{}
	var order []string
	for i, c := range cmps {
		if c.Worker == "" {
			return nil, fmt.Errorf("%w: comparison %d", ErrNoWorker, i+1)
		}
		if c.Left == c.Right {
			return nil, fmt.Errorf("%w: %q (comparison %d)", ErrSelfComparison, c.Left, i+1)
		}
		if c.Winner < LeftWins || c.Winner > Tie {
			return nil, fmt.Errorf("%w: comparison %d has outcome %v", ErrMalformed, i+1, c.Winner)
		}
		k, o := key(c)
		if total[k] == nil {
			total[k] = &tally{}
			byWorker[k] = map[string]*tally{}
		}
		total[k][o]++
		wt := byWorker[k][c.Worker]
		if wt == nil {
			wt = &tally{}
			byWorker[k][c.Worker] = wt
		}
		wt[o]++
		if !seen[c.Worker] {
			seen[c.Worker] = true
			order = append(order, c.Worker)
		}
	}

	type state struct {
		logE, maxLogE float64
		votes         int
	}
	st := map[string]*state{}
	for _, w := range order {
		st[w] = &state{}
	}
	for _, c := range cmps {
		k, o := key(c)
		var h tally
		all, own := total[k], byWorker[k][c.Worker]
		size := 0
		for i := range h {
			h[i] = all[i] - own[i]
			size += h[i]
		}
		extreme := 0
		for i := range h {
			if h[i] <= h[o] {
				extreme += h[i]
			}
		}
		p := float64(1+extreme) / float64(size+1)
		s := st[c.Worker]
		s.votes++
		s.logE -= math.Log(2 * p)
		if s.votes == 1 || s.logE > s.maxLogE {
			s.maxLogE = s.logE
		}
	}
	threshold := math.Log(1 / cfg.Alpha)
	out := make([]LabelerEvidence, 0, len(order))
	for _, w := range order {
		s := st[w]
		ev := math.Exp(s.maxLogE)
		if math.IsInf(ev, 1) {
			ev = math.MaxFloat64
		}
		out = append(out, LabelerEvidence{
			Worker:   w,
			Votes:    s.votes,
			Evidence: ev,
			Flagged:  s.votes >= cfg.MinVotes && s.maxLogE > threshold,
		})
	}
	slices.SortFunc(out, func(a, b LabelerEvidence) int { return strings.Compare(a.Worker, b.Worker) })
	return out, nil
}
