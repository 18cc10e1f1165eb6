package rlhf

import (
	"fmt"
	"math"
)

// Aggregation is the result of aggregating answers into one label a task:
// a posterior distribution over the label domain for every task, the mean
// of those (the priors), and a skill for every labeler.
//
// Tasks, Labels and Workers are sorted (labels by CompareLabels); the
// slices indexed by them follow that order.
type Aggregation struct {
	Tasks   []string
	Labels  []Label // the label domain: every answer's label and gold label
	Workers []string

	// Posteriors holds len(Tasks) rows of len(Labels) probabilities, row
	// major; each row sums to 1.
	Posteriors []float64
	// Priors is the mean posterior over the tasks.
	Priors []float64
	// Skills has one entry a worker; what it measures depends on the
	// method (see MajorityVote, GoldMajorityVote, DawidSkene).
	Skills []float64

	// Errors holds Dawid–Skene's confusion matrices, len(Workers) blocks of
	// len(Labels)×len(Labels): Errors[(w·K + observed)·K + true] is the
	// probability that worker w answers observed when the truth is true.
	// Rows of labels the worker never gave are 0. Nil for other methods.
	Errors []float64
	// GoldAccuracy is, for GoldMajorityVote, the share of answers on gold
	// tasks that match the gold label; 0 for other methods.
	GoldAccuracy float64
	// Iterations is the number of EM iterations Dawid–Skene ran; 0 for
	// other methods.
	Iterations int
}

// Posterior returns task t's posterior, indexed like Labels.
func (a *Aggregation) Posterior(t int) []float64 {
	k := len(a.Labels)
	return a.Posteriors[t*k : (t+1)*k : (t+1)*k]
}

// Label returns task t's label: the most probable one, the earliest in
// Labels' order on a tie.
func (a *Aggregation) Label(t int) Label { return a.Labels[argmax(a.Posterior(t))] }

// Error returns the probability that worker w answers label observed when
// the truth is label truth (indices into Workers and Labels); 0 without
// confusion matrices.
func (a *Aggregation) Error(w, observed, truth int) float64 {
	if a.Errors == nil {
		return 0
	}
	k := len(a.Labels)
	return a.Errors[(w*k+observed)*k+truth]
}

// argmax returns the index of the largest element, the first on a tie.
func argmax(row []float64) int {
	best := 0
	for c, p := range row {
		if p > row[best] {
			best = c
		}
	}
	return best
}

// newAggregation returns an Aggregation over d with zeroed posteriors.
func newAggregation(d *dataset) *Aggregation {
	return &Aggregation{
		Tasks:      d.tasks,
		Labels:     d.labels,
		Workers:    d.workers,
		Posteriors: make([]float64, d.numTasks()*d.numLabels()),
		Priors:     make([]float64, d.numLabels()),
		Skills:     make([]float64, d.numWorkers()),
	}
}

// voteShares sets post to every task's share of answers giving each label,
// each answer weighted by weight[worker] (nil: 1). A task whose answers
// weigh 0 in total gets its unweighted shares.
func voteShares(d *dataset, weight []float64, post []float64) {
	k := d.numLabels()
	for t := range d.numTasks() {
		row := post[t*k : (t+1)*k]
		clear(row)
		lo, hi := d.start[t], d.start[t+1]
		total := 0.0
		if weight != nil {
			for a := lo; a < hi; a++ {
				w := weight[d.worker[a]]
				row[d.label[a]] += w
				total += w
			}
		}
		if total == 0 {
			clear(row)
			for a := lo; a < hi; a++ {
				row[d.label[a]]++
			}
			total = float64(hi - lo)
		}
		for c := range row {
			row[c] /= total
		}
	}
}

// meanRows sets priors to the mean of post's rows.
func meanRows(post []float64, k int, priors []float64) {
	clear(priors)
	if k == 0 || len(post) == 0 {
		return
	}
	n := len(post) / k
	for t := range n {
		for c, p := range post[t*k : (t+1)*k] {
			priors[c] += p
		}
	}
	for c := range priors {
		priors[c] /= float64(n)
	}
}

// agreementSkills sets each worker's skill to the share of their answers
// that equal their task's label in agg.
func agreementSkills(d *dataset, agg *Aggregation) {
	right := make([]float64, d.numWorkers())
	total := make([]float64, d.numWorkers())
	for t := range d.numTasks() {
		best := int32(argmax(agg.Posterior(t)))
		for a := d.start[t]; a < d.start[t+1]; a++ {
			w := d.worker[a]
			total[w]++
			if d.label[a] == best {
				right[w]++
			}
		}
	}
	for w := range agg.Skills {
		agg.Skills[w] = right[w] / total[w]
	}
}

// MajorityVote aggregates answers by plain majority (crowd-kit's
// MajorityVote): a task's posterior is the share of its answers giving each
// label, its label the most frequent one (the earliest label on a tie), a
// worker's skill the share of their answers that agree with the aggregated
// label, and the priors the mean posterior.
func MajorityVote(answers []Answer) (*Aggregation, error) {
	d, err := newDataset(answers, nil)
	if err != nil {
		return nil, fmt.Errorf("rlhf: %w", err)
	}
	agg := newAggregation(d)
	voteShares(d, nil, agg.Posteriors)
	meanRows(agg.Posteriors, d.numLabels(), agg.Priors)
	agreementSkills(d, agg)
	return agg, nil
}

// GoldMajorityVote aggregates answers by a vote weighted with each
// labeler's accuracy on gold tasks (crowd-kit's GoldMajorityVote):
//
//	skill(w)      = #{w's answers on gold tasks equal to the gold label}
//	                / #{w's answers on gold tasks}
//	posterior(t)c = Σ_{answers of t giving c} skill(w) / Σ_{answers of t} skill(w)
//
// A worker with no answer on a gold task gets GoldAccuracy, the accuracy of
// all answers on gold tasks, as their skill (crowd-kit refuses such input).
// A task whose answers all come from zero-skill workers falls back to its
// unweighted vote shares. Gold tasks are voted on like any other. The
// label is the argmax (earliest label on a tie) and the priors the mean
// posterior. Gold labels of tasks without answers are ignored; if no answer
// is on a gold task the result is ErrNoGold.
func GoldMajorityVote(answers []Answer, gold map[string]Label) (*Aggregation, error) {
	if gold == nil {
		gold = map[string]Label{}
	}
	d, err := newDataset(answers, gold)
	if err != nil {
		return nil, fmt.Errorf("rlhf: %w", err)
	}
	agg := newAggregation(d)
	right := make([]float64, d.numWorkers())
	total := make([]float64, d.numWorkers())
	var allRight, all float64
	for t := range d.numTasks() {
		g := d.gold[t]
		if g < 0 {
			continue
		}
		for a := d.start[t]; a < d.start[t+1]; a++ {
			w := d.worker[a]
			total[w]++
			all++
			if d.label[a] == g {
				right[w]++
				allRight++
			}
		}
	}
	if all == 0 {
		return nil, ErrNoGold
	}
	agg.GoldAccuracy = allRight / all
	for w := range agg.Skills {
		if total[w] == 0 {
			agg.Skills[w] = agg.GoldAccuracy
		} else {
			agg.Skills[w] = right[w] / total[w]
		}
	}
	voteShares(d, agg.Skills, agg.Posteriors)
	meanRows(agg.Posteriors, d.numLabels(), agg.Priors)
	return agg, nil
}

// finite reports whether every element of s is a finite number.
func finite(s []float64) bool {
	for _, v := range s {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return true
}
