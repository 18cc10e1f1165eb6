package rlhf

import (
	"fmt"
	"math"
)

// Stopping says when an iterative method stops: after MaxIter iterations,
// or earlier once its change (defined by each method) falls below Tol.
type Stopping struct {
	MaxIter int     // 0 runs no iteration: the result is the initialisation
	Tol     float64 // 0 runs all MaxIter iterations
}

// Validate reports a negative MaxIter or a negative or NaN Tol.
func (s Stopping) Validate() error {
	if s.MaxIter < 0 {
		return fmt.Errorf("%w: max iterations %d is negative", ErrInvalidConfig, s.MaxIter)
	}
	if !(s.Tol >= 0) || math.IsInf(s.Tol, 0) {
		return fmt.Errorf("%w: tolerance %v is not a finite number ≥ 0", ErrInvalidConfig, s.Tol)
	}
	return nil
}

// DefaultDawidSkene is crowd-kit's DawidSkene default: 100 iterations at
// most, stopping once the per-answer evidence lower bound improves by less
// than 1e-5.
func DefaultDawidSkene() Stopping { return Stopping{MaxIter: 100, Tol: 1e-5} }

// clipEps is the floor of crowd-kit's clipping (_EPS = 1e-10).
const clipEps = 1e-10

// DawidSkene aggregates answers with the Dawid–Skene model (EM over
// per-labeler confusion matrices), following crowd-kit's DawidSkene with
// true labels:
//
//   - Initialisation: each task's posterior is the share of its answers
//     giving each label (majority vote's probabilities, not a hard label);
//     gold tasks are overwritten with their gold label; priors = mean
//     posterior; then one M-step.
//   - M-step: errors[w][y][c] = Σ over w's answers y of posterior(task)c,
//     for the labels y that w gave, clipped below at 1e-10 and normalised
//     over y for each (w, c).
//   - E-step, in log space: posterior(t)c ∝ exp(log max(prior c, 1e-10) +
//     Σ_{answers (w, y) of t} log errors[w][y][c] − row max), normalised.
//   - Iteration: E-step; overwrite gold tasks with their gold label;
//     priors = mean posterior; M-step; then the per-answer evidence lower
//     bound below. Stop when ELBO − previous ELBO < stop.Tol, or after
//     stop.MaxIter iterations.
//
// The ELBO is crowd-kit's, which counts the prior once per answer:
//
//	ELBO = (Σ_answers Σ_c post(t)c·(log errors[w][y][c] + log prior c)
//	        − Σ_t Σ_c post(t)c·log post(t)c) / #answers
//
// The label of a task is its most probable one (the earliest label on a
// tie). A worker's skill is their expected accuracy under the priors,
// Σ_c prior c·errors[w][c][c]. Errors holds the final confusion matrices.
// Gold labels of tasks without answers are ignored; gold may be nil.
func DawidSkene(answers []Answer, gold map[string]Label, stop Stopping) (*Aggregation, error) {
	if err := stop.Validate(); err != nil {
		return nil, err
	}
	d, err := newDataset(answers, gold)
	if err != nil {
		return nil, fmt.Errorf("rlhf: %w", err)
	}
	return dawidSkene(d, stop), nil
}

// dawidSkene runs DawidSkene on an interned dataset.
func dawidSkene(d *dataset, stop Stopping) *Aggregation {
	agg := newAggregation(d)
	T, W, K, N := d.numTasks(), d.numWorkers(), d.numLabels(), len(d.worker)
	agg.Errors = make([]float64, W*K*K)
	if N == 0 {
		return agg
	}
	e := &em{
		d:        d,
		k:        K,
		post:     agg.Posteriors,
		priors:   agg.Priors,
		errs:     agg.Errors,
		logE:     make([]float64, W*K*K),
		logPrior: make([]float64, K),
		wy:       make([]int32, N),
		used:     make([]bool, W*K),
		scratch:  make([]float64, K),
	}
	for a := range N {
		wy := d.worker[a]*int32(K) + d.label[a]
		e.wy[a] = wy
		e.used[wy] = true
	}

	voteShares(d, nil, e.post)
	e.applyGold()
	meanRows(e.post, K, e.priors)
	e.mStep()

	prev := math.Inf(-1)
	for agg.Iterations < stop.MaxIter {
		e.eStep()
		e.applyGold()
		meanRows(e.post, K, e.priors)
		e.mStep()
		agg.Iterations++
		elbo := e.elbo() / float64(N)
		if elbo-prev < stop.Tol {
			break
		}
		prev = elbo
	}

	for w := range W {
		s := 0.0
		for c := range K {
			s += e.priors[c] * e.errs[(w*K+c)*K+c]
		}
		agg.Skills[w] = s
	}
	if !finite(agg.Posteriors) || !finite(agg.Priors) || !finite(agg.Errors) {
		panic(fmt.Sprintf("rlhf: Dawid–Skene produced a non-finite value on %d tasks", T))
	}
	return agg
}

// em is Dawid–Skene's state: flat arrays indexed by dense ids.
type em struct {
	d *dataset
	k int

	post   []float64 // tasks × k
	priors []float64 // k
	errs   []float64 // workers × k (observed) × k (true)
	logE   []float64 // log errs, for the labels each worker gave
	// logPrior is log max(prior, 1e-10), set by mStep.
	logPrior []float64
	wy       []int32 // per answer: worker·k + label, the row of errs/k
	used     []bool  // per worker·k + label: the worker gave the label
	scratch  []float64
}

// applyGold overwrites gold tasks' posteriors with their gold label.
func (e *em) applyGold() {
	if e.d.gold == nil {
		return
	}
	k := e.k
	for t, g := range e.d.gold {
		if g < 0 {
			continue
		}
		row := e.post[t*k : (t+1)*k]
		clear(row)
		row[g] = 1
	}
}

// mStep sets errs from post and refreshes logE and logPrior.
func (e *em) mStep() {
	d, k, errs := e.d, e.k, e.errs
	clear(errs)
	for t := range d.numTasks() {
		row := e.post[t*k : (t+1)*k]
		for a := d.start[t]; a < d.start[t+1]; a++ {
			cell := errs[int(e.wy[a])*k : int(e.wy[a]+1)*k]
			for c, p := range row {
				cell[c] += p
			}
		}
	}
	for w := range d.numWorkers() {
		for c := range k {
			s := 0.0
			for y := range k {
				if !e.used[w*k+y] {
					continue
				}
				i := (w*k+y)*k + c
				errs[i] = max(errs[i], clipEps)
				s += errs[i]
			}
			for y := range k {
				if e.used[w*k+y] {
					errs[(w*k+y)*k+c] /= s
				}
			}
		}
	}
	for i, v := range errs {
		if v > 0 {
			e.logE[i] = math.Log(v)
		} else {
			e.logE[i] = 0 // a label the worker never gave: never read
		}
	}
	for c, p := range e.priors {
		e.logPrior[c] = math.Log(max(p, clipEps))
	}
}

// eStep sets post from priors and errs (through logPrior and logE).
func (e *em) eStep() {
	d, k, ll := e.d, e.k, e.scratch
	for t := range d.numTasks() {
		copy(ll, e.logPrior)
		for a := d.start[t]; a < d.start[t+1]; a++ {
			cell := e.logE[int(e.wy[a])*k : int(e.wy[a]+1)*k]
			for c, v := range cell {
				ll[c] += v
			}
		}
		m := ll[0]
		for _, v := range ll[1:] {
			m = max(m, v)
		}
		row := e.post[t*k : (t+1)*k]
		s := 0.0
		for c, v := range ll {
			row[c] = math.Exp(v - m)
			s += row[c]
		}
		for c := range row {
			row[c] /= s
		}
	}
}

// elbo returns the evidence lower bound in crowd-kit's form (see
// DawidSkene), not yet divided by the number of answers.
func (e *em) elbo() float64 {
	d, k := e.d, e.k
	joint, entropy := 0.0, 0.0
	for t := range d.numTasks() {
		row := e.post[t*k : (t+1)*k]
		for a := d.start[t]; a < d.start[t+1]; a++ {
			cell := e.logE[int(e.wy[a])*k : int(e.wy[a]+1)*k]
			for c, p := range row {
				joint += p * (cell[c] + e.logPrior[c])
			}
		}
		for _, p := range row {
			if p > 0 {
				entropy -= p * math.Log(p)
			}
		}
	}
	return joint + entropy
}
