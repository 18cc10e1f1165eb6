package validator

import (
	"context"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agora-net/agora/rlhf"
	"github.com/agora-net/agora/validator/ledger"
)

// LabelScorerConfig tunes RunLabelScorer.
type LabelScorerConfig struct {
	// Interval between looks at the ledger.
	Interval time.Duration
	// Grade is how labelers are graded (rlhf.GradeLabelers).
	Grade rlhf.GradeConfig
}

// DefaultLabelScorerConfig looks every second and grades with
// rlhf.DefaultGrade.
func DefaultLabelScorerConfig() LabelScorerConfig {
	return LabelScorerConfig{Interval: time.Second, Grade: rlhf.DefaultGrade()}
}

// labelGrades is the last grading of one subnet: the round it graded and
// the weight of each labeler's hotkey.
type labelGrades struct {
	round   uint64
	weights map[common.Address]uint16
}

// RunLabelScorer grades the labelers of every preference subnet this
// validator is registered on and submits the grades as its weights, the
// way RunScorer submits miners' scores (commit then reveal, or set
// weights, within the rate limit). It returns when ctx ends.
//
// When a round ends (the next one begins), the validator orients the
// finished round's labels to their comparisons through the round's
// assignment, grades the labelers with rlhf.GradeLabelers (Dawid–Skene
// reliability × gold κ, colluders zeroed) and turns each score s_w into
// the u16 weight round(65535 · s_w / max_v s_v); labelers scoring 0 get no
// weight. The weights stand until the next round is graded. A node without
// a labeling secret grades nothing.
func (n *Node) RunLabelScorer(ctx context.Context, cfg LabelScorerConfig) error {
	if len(n.labels.cfg.Secret) == 0 {
		n.log.Warn("no labeling secret: this validator does not grade labelers")
		<-ctx.Done()
		return nil
	}
	s := &scorer{n: n}
	grades := map[uint16]*labelGrades{}
	every(ctx, cfg.Interval, func() {
		for _, sn := range n.fsm.SubnetSummaries() {
			if sn.Task != ledger.TaskPreference {
				continue
			}
			if err := n.scoreLabelers(ctx, s, cfg, sn, grades); err != nil && ctx.Err() == nil {
				n.log.Warn("grading labelers failed", "subnet", sn.ID, "err", err)
			}
		}
	})
	return nil
}

func (n *Node) scoreLabelers(ctx context.Context, s *scorer, cfg LabelScorerConfig, sn ledger.SubnetView, grades map[uint16]*labelGrades) error {
	me, registered := sn.UIDOf(n.addr)
	if !registered {
		return nil
	}
	cur, err := n.fsm.CurrentRound(sn.ID)
	if err != nil || cur < 2 {
		return nil // no finished round yet
	}
	g := grades[sn.ID]
	if g == nil || g.round < cur-1 {
		ng, err := n.gradeRound(sn.ID, cur-1, cfg.Grade)
		if err != nil {
			return err
		}
		grades[sn.ID], g = ng, ng
	}
	var uids, values []uint16
	for _, nu := range sn.Neurons {
		if w := g.weights[nu.Hotkey]; w > 0 && nu.Role == ledger.RoleMiner {
			uids, values = append(uids, nu.UID), append(values, w)
		}
	}
	if len(uids) == 0 {
		if sn.Hyperparams.CommitRevealEnabled {
			return s.revealDue(ctx, sn) // earlier grades still come due
		}
		return nil
	}
	return s.setScores(ctx, sn, sn.Neurons[me], uids, values)
}

// gradeRound grades the labelers of round r of subnet id (see
// RunLabelScorer).
func (n *Node) gradeRound(id uint16, r uint64, cfg rlhf.GradeConfig) (*labelGrades, error) {
	rs, err := n.labelRound(id, r)
	if err != nil {
		return nil, err
	}
	if err := rs.catchUp(n.fsm); err != nil {
		return nil, err
	}
	out := &labelGrades{round: r, weights: map[common.Address]uint16{}}
	answers, gold := rs.gradingInput()
	if len(answers) == 0 {
		return out, nil
	}
	g, err := rlhf.GradeLabelers(answers, gold, cfg)
	if err != nil {
		return nil, fmt.Errorf("validator: grading round %d of subnet %d: %w", r, id, err)
	}
	best := 0.0
	for _, l := range g.Labelers {
		best = max(best, l.Score)
	}
	for _, l := range g.Labelers {
		if best > 0 && l.Score > 0 {
			if w := uint16(math.Round(65535 * l.Score / best)); w > 0 {
				out.weights[common.HexToAddress(l.Worker)] = w
			}
		}
		n.log.Info("labeler graded", "subnet", id, "round", r, "labeler", l.Worker, "answers", l.Answers,
			"gold", fmt.Sprintf("%d/%d", l.GoldCorrect, l.GoldAnswers), "reliability", l.Reliability,
			"gold_kappa", l.GoldKappa, "colluders", len(l.Colluders), "score", l.Score)
	}
	for _, c := range g.Collusions {
		n.log.Info("labelers flagged as colluding", "subnet", id, "round", r, "a", c.A, "b", c.B,
			"shared", c.Shared, "agreed", c.Agreed, "z", c.Z)
	}
	return out, nil
}

// Grades returns this validator's weights for the labelers of round r of
// preference subnet id, graded as RunLabelScorer grades them, by hotkey
// (sorted); labelers without weight are left out.
func (n *Node) Grades(id uint16, r uint64) ([]LabelerWeight, error) {
	g, err := n.gradeRound(id, r, rlhf.DefaultGrade())
	if err != nil {
		return nil, err
	}
	out := make([]LabelerWeight, 0, len(g.weights))
	for h, w := range g.weights {
		out = append(out, LabelerWeight{Hotkey: h, Weight: w})
	}
	slices.SortFunc(out, func(a, b LabelerWeight) int { return a.Hotkey.Cmp(b.Hotkey) })
	return out, nil
}

// LabelerWeight is one labeler's weight from a grading.
type LabelerWeight struct {
	Hotkey common.Address `json:"hotkey"`
	Weight uint16         `json:"weight"`
}
