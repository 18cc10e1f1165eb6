package labeler

import (
	"context"
	"errors"
	"log/slog"
	"math"
	"time"

	"github.com/agora-net/agora/rlhf"
	"github.com/agora-net/agora/rlhf/reward"
	"github.com/agora-net/agora/validator"
	"github.com/agora-net/agora/validator/ledger"
)

// Answerer answers one item: the choice about its responses as shown ("A",
// "B" or "tie") and a confidence in percent (0: none given).
type Answerer interface {
	Answer(it validator.Item) (choice string, confidence uint8)
}

// RewardAnswerer answers with a reward model: the response the model
// scores higher is better (reward.Model.Compare), a tie when they score
// the same, with confidence round(100·σ(|r_a − r_b|)), the Bradley–Terry
// probability the model gives its choice (50..100).
type RewardAnswerer struct {
	Model *reward.Model
}

var _ Answerer = RewardAnswerer{}

// Answer implements Answerer.
func (r RewardAnswerer) Answer(it validator.Item) (string, uint8) {
	ra, rb := r.Model.Score(it.Prompt, it.A), r.Model.Score(it.Prompt, it.B)
	conf := uint8(math.Round(100 / (1 + math.Exp(-math.Abs(ra-rb)))))
	switch r.Model.Compare(it.Prompt, it.A, it.B) {
	case rlhf.LeftWins:
		return ledger.ChoiceA, conf
	case rlhf.RightWins:
		return ledger.ChoiceB, conf
	}
	return ledger.ChoiceTie, conf
}

// AutoConfig tunes Auto.
type AutoConfig struct {
	// Interval is the pause between looks for new items.
	Interval time.Duration
}

// DefaultAutoConfig looks for new items every two seconds.
func DefaultAutoConfig() AutoConfig { return AutoConfig{Interval: 2 * time.Second} }

// Auto is an automatic labeler: it answers every item of its session with
// an Answerer and files the answers in bulk.
type Auto struct {
	s   *Session
	a   Answerer
	cfg AutoConfig
	log *slog.Logger
}

// NewAuto returns an automatic labeler of session s answering with a.
func NewAuto(s *Session, a Answerer, cfg AutoConfig, log *slog.Logger) (*Auto, error) {
	if s == nil || a == nil {
		return nil, errors.New("labeler: auto needs a session and an answerer")
	}
	if cfg.Interval <= 0 {
		return nil, errors.New("labeler: auto interval must be positive")
	}
	return &Auto{s: s, a: a, cfg: cfg, log: log}, nil
}

// Step answers the current round's unanswered items and files them; it
// returns how many it filed.
func (x *Auto) Step(ctx context.Context) (int, error) {
	as, err := x.s.Items(ctx)
	if err != nil {
		return 0, err
	}
	var labels []ledger.Preference
	for _, it := range as.Items {
		if it.Answer != "" {
			continue
		}
		id, err := ledger.ParseItemID(it.ID)
		if err != nil {
			return 0, err
		}
		choice, conf := x.a.Answer(it)
		labels = append(labels, ledger.Preference{Item: id, Choice: choice, Confidence: conf})
	}
	return x.s.File(ctx, as.Round, labels)
}

// Run answers new items every Interval until ctx ends. Failures (no round
// yet, a validator away) are logged and retried.
func (x *Auto) Run(ctx context.Context) error {
	t := time.NewTicker(x.cfg.Interval)
	defer t.Stop()
	for {
		n, err := x.Step(ctx)
		switch {
		case ctx.Err() != nil:
			return nil
		case err != nil:
			x.log.Debug("auto labeler: no labels filed", "err", err)
		case n > 0:
			x.log.Info("auto labeler filed labels", "labels", n, "labeler", x.s.Labeler().Hex())
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}
