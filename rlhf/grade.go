package rlhf

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// GradeConfig tunes GradeLabelers.
type GradeConfig struct {
	// DawidSkene says when the Dawid–Skene fit stops.
	DawidSkene Stopping
	// Evidence shrinks a labeler's reliability by n/(n + Evidence) for n
	// answers, so a few lucky answers do not earn a full score.
	Evidence float64
	// GoldPrior adds this many pseudo-answers at chance to a labeler's gold
	// answers, so a few lucky gold answers do not earn a full score.
	GoldPrior float64
	// Collusion tunes the test for labelers who copy each other.
	Collusion CollusionConfig
}

// CollusionConfig tunes the collusion test of GradeLabelers.
type CollusionConfig struct {
	// MinShared is the fewest non-gold tasks two labelers must share to be
	// tested.
	MinShared int
	// Z is the one-sided z-score above which agreement is too high.
	Z float64
	// Excess is the least margin, observed minus expected agreement rate,
	// that flags a pair: it keeps the item-independent model behind the
	// expectation from flagging honest labelers on easy items.
	Excess float64
	// Penalty multiplies a flagged labeler's score: 0 zeroes it.
	Penalty float64
}

// DefaultGrade is GradeLabelers' default: Dawid–Skene's defaults, evidence
// 5 answers, gold prior 2 answers, and collusion flagged at z ≥ 3 with at
// least 0.15 excess agreement over at least 10 shared non-gold tasks, with
// the flagged labelers' scores zeroed.
func DefaultGrade() GradeConfig {
	return GradeConfig{
		DawidSkene: DefaultDawidSkene(),
		Evidence:   5,
		GoldPrior:  2,
		Collusion:  CollusionConfig{MinShared: 10, Z: 3, Excess: 0.15, Penalty: 0},
	}
}

// Validate reports a bad stopping rule, negative or non-finite pseudo-counts
// or thresholds, a MinShared below 1, or a Penalty outside [0, 1].
func (c GradeConfig) Validate() error {
	if err := c.DawidSkene.Validate(); err != nil {
		return err
	}
	for _, f := range []struct {
		name string
		v    float64
	}{{"evidence", c.Evidence}, {"gold prior", c.GoldPrior}, {"collusion z", c.Collusion.Z}, {"collusion excess", c.Collusion.Excess}} {
		if !(f.v >= 0) || math.IsInf(f.v, 0) {
			return fmt.Errorf("%w: %s %v is not a finite number ≥ 0", ErrInvalidConfig, f.name, f.v)
		}
	}
	if c.Collusion.MinShared < 1 {
		return fmt.Errorf("%w: collusion needs at least 1 shared task, not %d", ErrInvalidConfig, c.Collusion.MinShared)
	}
	if !(c.Collusion.Penalty >= 0 && c.Collusion.Penalty <= 1) {
		return fmt.Errorf("%w: collusion penalty %v is not in [0, 1]", ErrInvalidConfig, c.Collusion.Penalty)
	}
	return nil
}

// LabelerGrade is GradeLabelers' verdict on one labeler.
type LabelerGrade struct {
	Worker      string
	Answers     int // all answers, gold included
	GoldAnswers int
	GoldCorrect int
	// Reliability is the labeler's chance-corrected Dawid–Skene accuracy,
	// in [0, 1], before the evidence shrinkage.
	Reliability float64
	// GoldKappa is the labeler's chance-corrected gold accuracy, shrunk
	// toward chance, in [0, 1]; 0 without gold answers.
	GoldKappa float64
	// Colluders are the labelers this one was flagged with, sorted.
	Colluders []string
	// Score is the labeler's grade in [0, 1], for the validator's weights.
	Score float64
}

// Collusion is a pair of labelers who agree more than independent
// labelers of their reliability would.
type Collusion struct {
	A, B string // A < B
	// Shared is the number of non-gold tasks both answered; Agreed how many
	// of those they answered alike.
	Shared, Agreed int
	// Expected is the agreement rate Dawid–Skene's model predicts for two
	// independent labelers with their confusion matrices.
	Expected float64
	Z        float64
}

// Grading is the result of GradeLabelers.
type Grading struct {
	// Labelers is sorted by worker.
	Labelers []LabelerGrade
	// Collusions lists the flagged pairs, sorted.
	Collusions []Collusion
	// Aggregation is the Dawid–Skene fit the grades come from.
	Aggregation *Aggregation
}

// GradeLabelers turns labelers' answers into scores in [0, 1] for a
// validator's weights, from Dawid–Skene reliability and gold accuracy, both
// corrected for chance so that answering at random or always the same label
// earns nothing.
//
// With π the Dawid–Skene priors and E_w labeler w's confusion matrix
// (E_w[y][c] = P(w answers y | truth c)):
//
//	acc_w    = Σ_c π_c·E_w[c][c]
//	chance_w = Σ_c π_c·q_c,  q_y = Σ_c π_c·E_w[y][c] (w's answer rates)
//	κ_w      = clip((acc_w − chance_w) / (1 − chance_w), 0, 1)    (Reliability)
//	rel_w    = κ_w · n_w / (n_w + Evidence)                        (n_w answers)
//
// On the n_g gold answers of w, r of them right, with g_c the share of them
// whose gold label is c and p_c the share of all w's answers that are c:
//
//	chance_g = Σ_c g_c·p_c
//	gold_w   = clip((r − n_g·chance_g) / ((n_g + GoldPrior)·(1 − chance_g)), 0, 1)
//
// which is Cohen's κ of the accuracy (r + GoldPrior·chance_g)/(n_g +
// GoldPrior) shrunk toward chance (GoldKappa). A chance of 1 (say, every
// gold label and every answer is "A") makes a κ 0. The score is the product
//
//	score_w = rel_w·gold_w   (rel_w² for a labeler without gold answers)
//
// so that a labeler earns only by being reliable on both counts; the
// product (rather than, say, the geometric mean) also keeps the noise of a
// few gold answers from paying a random or constant answerer much.
//
// Collusion: for every two labelers sharing at least MinShared non-gold
// tasks, the agreement rate that Dawid–Skene's model predicts for
// independent labelers, e = Σ_c π_c Σ_y E_v[y][c]·E_w[y][c], is compared
// with the observed count a of equal answers over the n shared tasks:
//
//	z = (a − n·e) / √(n·e·(1 − e))
//
// A pair with z ≥ Z and a/n − e ≥ Excess is flagged (listed in
// Collusions), and the score of each labeler in a flagged pair is
// multiplied by Penalty. Copying lifts agreement above what two labelers'
// reliabilities explain, whatever they copy: two random clickers answering
// alike, or a copier of an honest labeler (both are flagged: the test
// cannot tell the source from the copy). Two labelers who always answer
// "A" agree as the model predicts and are not flagged; their κ is 0.
//
// Answers are as for DawidSkene (with preferences, the labels are "A", "B"
// and "tie", oriented to the pair with Task.Orient); gold may be nil. The
// result does not depend on the order of the answers.
func GradeLabelers(answers []Answer, gold map[string]Label, cfg GradeConfig) (*Grading, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	d, err := newDataset(answers, gold)
	if err != nil {
		return nil, fmt.Errorf("rlhf: %w", err)
	}
	agg := dawidSkene(d, cfg.DawidSkene)
	W, K := d.numWorkers(), d.numLabels()
	grades := make([]LabelerGrade, W)
	answered := make([]float64, W*K) // per worker: answers of each label
	goldOf := make([]float64, W*K)   // per worker: gold answers of each gold label
	for t := range d.numTasks() {
		g := int32(-1)
		if d.gold != nil {
			g = d.gold[t]
		}
		for a := d.start[t]; a < d.start[t+1]; a++ {
			w, y := d.worker[a], d.label[a]
			grades[w].Answers++
			answered[int(w)*K+int(y)]++
			if g >= 0 {
				grades[w].GoldAnswers++
				goldOf[int(w)*K+int(g)]++
				if y == g {
					grades[w].GoldCorrect++
				}
			}
		}
	}
	for w := range grades {
		lg := &grades[w]
		lg.Worker = d.workers[w]
		lg.Reliability = dsKappa(agg, w)
		rel := lg.Reliability * float64(lg.Answers) / (float64(lg.Answers) + cfg.Evidence)
		lg.Score = rel * rel
		if lg.GoldAnswers > 0 {
			n := float64(lg.GoldAnswers)
			chance := 0.0
			for c := range K {
				chance += goldOf[w*K+c] / n * answered[w*K+c] / float64(lg.Answers)
			}
			if chance < 1 {
				k := (float64(lg.GoldCorrect) - n*chance) / ((n + cfg.GoldPrior) * (1 - chance))
				lg.GoldKappa = clamp01(k)
			}
			lg.Score = rel * lg.GoldKappa
		}
	}
	collusions := findCollusions(d, agg, cfg.Collusion)
	for _, c := range collusions {
		for _, pair := range [][2]string{{c.A, c.B}, {c.B, c.A}} {
			w, _ := slices.BinarySearch(d.workers, pair[0])
			grades[w].Colluders = append(grades[w].Colluders, pair[1])
		}
	}
	for w := range grades {
		if lg := &grades[w]; lg.Colluders != nil {
			slices.Sort(lg.Colluders)
			lg.Score *= cfg.Collusion.Penalty
		}
	}
	return &Grading{Labelers: grades, Collusions: collusions, Aggregation: agg}, nil
}

func clamp01(x float64) float64 { return min(max(x, 0), 1) }

// dsKappa returns worker w's chance-corrected Dawid–Skene accuracy (see
// GradeLabelers).
func dsKappa(agg *Aggregation, w int) float64 {
	K := len(agg.Labels)
	acc, chance := 0.0, 0.0
	for y := range K {
		q := 0.0
		for c := range K {
			q += agg.Priors[c] * agg.Error(w, y, c)
		}
		chance += agg.Priors[y] * q
		acc += agg.Priors[y] * agg.Error(w, y, y)
	}
	if chance >= 1 {
		return 0
	}
	return clamp01((acc - chance) / (1 - chance))
}

// findCollusions runs the collusion test over every two workers who
// answered a common non-gold task.
func findCollusions(d *dataset, agg *Aggregation, cfg CollusionConfig) []Collusion {
	type tally struct{ shared, agreed int }
	W, K := uint64(d.numWorkers()), len(agg.Labels)
	counts := map[uint64]*tally{}
	for t := range d.numTasks() {
		if d.gold != nil && d.gold[t] >= 0 {
			continue
		}
		lo, hi := d.start[t], d.start[t+1]
		for i := lo; i < hi; i++ {
			for j := i + 1; j < hi; j++ {
				v, w := d.worker[i], d.worker[j]
				if v == w {
					continue // a worker's second answer to a task
				}
				k := uint64(v)*W + uint64(w)
				c := counts[k]
				if c == nil {
					c = &tally{}
					counts[k] = c
				}
				c.shared++
				if d.label[i] == d.label[j] {
					c.agreed++
				}
			}
		}
	}
	var out []Collusion
	for k, c := range counts {
		if c.shared < cfg.MinShared {
			continue
		}
		v, w := int(k/W), int(k%W)
		e := 0.0
		for c := range K {
			s := 0.0
			for y := range K {
				s += agg.Error(v, y, c) * agg.Error(w, y, c)
			}
			e += agg.Priors[c] * s
		}
		n := float64(c.shared)
		if e >= 1 || c.agreed == 0 || float64(c.agreed)/n-e < cfg.Excess {
			continue
		}
		z := math.Inf(1) // agreement that the model says never happens
		if e > 0 {
			z = (float64(c.agreed) - n*e) / math.Sqrt(n*e*(1-e))
		}
		if z >= cfg.Z {
			out = append(out, Collusion{A: d.workers[v], B: d.workers[w], Shared: c.shared, Agreed: c.agreed, Expected: e, Z: z})
		}
	}
	slices.SortFunc(out, func(x, y Collusion) int { return cmp.Or(cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B)) })
	return out
}
