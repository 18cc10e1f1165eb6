package rlhf

import (
	"fmt"
	"math"
)

// DefaultElo is LMSYS's online Elo: K = 4, scale 400, base 10, start 1000.
func DefaultElo() EloConfig { return EloConfig{K: 4, Scale: 400, Base: 10, Init: 1000} }

// EloConfig holds online Elo's constants.
type EloConfig struct {
	K     float64 // the update step
	Scale float64 // rating points per factor Base of odds
	Base  float64
	Init  float64 // every item's starting rating
}

// Validate reports constants that make no Elo: a K below 0, a Scale not
// above 0, a Base not above 1, or any non-finite value.
func (c EloConfig) Validate() error {
	if !finite([]float64{c.K, c.Scale, c.Base, c.Init}) || c.K < 0 || c.Scale <= 0 || c.Base <= 1 {
		return fmt.Errorf("%w: Elo constants K=%v scale=%v base=%v init=%v", ErrInvalidConfig, c.K, c.Scale, c.Base, c.Init)
	}
	return nil
}

// Elo rates items by online Elo, in the order of cmps — unlike every other
// method here, the result depends on that order. Every item starts at
// cfg.Init; each comparison with outcome o (1 left wins, 0.5 tie, 0) moves
//
//	e = 1 / (1 + Base^((R_right − R_left)/Scale))
//	R_left += K·(o − e),  R_right −= K·(o − e)
//
// One win of A over B from 1000/1000 gives A 1002 and B 998. Elo needs no
// connected graph.
func Elo(cmps []Comparison, cfg EloConfig) (*Ranking, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	pr, err := newPairs(cmps)
	if err != nil {
		return nil, err
	}
	r := &Ranking{Items: pr.items, Scores: make([]float64, len(pr.items))}
	for i := range r.Scores {
		r.Scores[i] = cfg.Init
	}
	for i := range pr.left {
		a, b := pr.left[i], pr.right[i]
		e := 1 / (1 + math.Pow(cfg.Base, (r.Scores[b]-r.Scores[a])/cfg.Scale))
		d := cfg.K * (pr.outcome[i] - e)
		r.Scores[a] += d
		r.Scores[b] -= d
	}
	return r, nil
}
