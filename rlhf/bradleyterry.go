package rlhf

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// DefaultBradleyTerry is crowd-kit's BradleyTerry tolerance with 100
// iterations at most.
func DefaultBradleyTerry() Stopping { return Stopping{MaxIter: 100, Tol: 1e-5} }

// BradleyTerry ranks items by the Bradley–Terry model fitted with Hunter's
// (2004) MM algorithm, as crowd-kit's BradleyTerry does:
//
//	M[i][j] = wins of i over j (a tie is half a win for each), T = M + Mᵀ,
//	w_i = Σ_j M[i][j]; start from p uniform (1/n each); each iteration sets,
//	for every j at once from the previous p,
//	  p_j = w_j / Σ_{i: T[i][j] > 0} T[i][j] / (p_i + p_j)
//	and then normalises p to sum 1.
//
// It stops when the L1 change of p is below stop.Tol, or after
// stop.MaxIter iterations (0: the uniform start). Scores are p. The
// comparison graph must be connected (ErrNotConnected); the maximum
// likelihood exists only when the win graph is strongly connected, and when
// it is not the result lists its components (items that never win drift
// to 0).
func BradleyTerry(cmps []Comparison, stop Stopping) (*Ranking, error) {
	if err := stop.Validate(); err != nil {
		return nil, err
	}
	pr, err := newPairs(cmps)
	if err != nil {
		return nil, err
	}
	if err := pr.checkConnected(); err != nil {
		return nil, err
	}
	n := len(pr.items)
	m := pr.winMatrix()
	r := &Ranking{Items: pr.items, Scores: make([]float64, n), Components: components(pr.items, m)}
	if n == 0 {
		return r, nil
	}
	w := make([]float64, n)
	for i := range n {
		for j := range n {
			w[i] += m[i*n+j]
		}
	}
	p := make([]float64, n)
	for i := range p {
		p[i] = 1 / float64(n)
	}
	next := make([]float64, n)
	for r.Iterations < stop.MaxIter {
		for j := range n {
			z := 0.0
			for i := range n {
				if t := m[i*n+j] + m[j*n+i]; t > 0 && p[i]+p[j] > 0 {
					z += t / (p[i] + p[j])
				}
			}
			if z > 0 {
				next[j] = w[j] / z
			} else {
				next[j] = 0
			}
		}
		s := 0.0
		for _, v := range next {
			s += v
		}
		change := 0.0
		for j := range n {
			if s > 0 {
				next[j] /= s
			}
			change += math.Abs(next[j] - p[j])
		}
		p, next = next, p
		r.Iterations++
		if change < stop.Tol {
			break
		}
	}
	copy(r.Scores, p)
	return r, nil
}

// MLEConfig tunes BradleyTerryMLE.
type MLEConfig struct {
	// Stopping bounds the Newton iterations of each fit; Tol is on the
	// largest component of the loss gradient divided by the total weight.
	Stopping
	// Rounds is the number of bootstrap rounds; 0 skips the bootstrap.
	Rounds int
}

// DefaultMLE fits with at most 100 Newton iterations to a relative
// gradient of 1e-6 (LMSYS's L-BFGS tolerance) and bootstraps 100 rounds
// (LMSYS's compute_bootstrap_bt default).
func DefaultMLE() MLEConfig {
	return MLEConfig{Stopping: Stopping{MaxIter: 100, Tol: 1e-6}, Rounds: 100}
}

// Validate reports an invalid Stopping or a negative Rounds.
func (c MLEConfig) Validate() error {
	if err := c.Stopping.Validate(); err != nil {
		return err
	}
	if c.Rounds < 0 {
		return fmt.Errorf("%w: bootstrap rounds %d is negative", ErrInvalidConfig, c.Rounds)
	}
	return nil
}

// The Elo scale of LMSYS's ratings.
const (
	eloScale = 400.0
	eloBase  = 10.0
	eloInit  = 1000.0
)

// BradleyTerryMLE ranks items by the Bradley–Terry model fitted by maximum
// likelihood, as LMSYS Chatbot Arena does. With outcome o = 1 (left wins),
// 0.5 (tie) or 0 and α = ln 10 it minimises
//
//	loss(r) = −Σ_rows w·[o·log σ(α(r_left − r_right)) + (1−o)·log(1 − σ(α(r_left − r_right)))]
//
// where identical rows (same left, right and outcome) are collapsed into a
// weight w, their count. The fit is Newton's method with a backtracking line
// search from r = 0, keeping Σ r = 0 (the loss is invariant to a shared
// shift); it stops once max_i |∂loss/∂r_i| ≤ cfg.Tol·Σw, or after
// cfg.MaxIter iterations. Scores are 400·r + 1000.
//
// With cfg.Rounds > 0, confidence intervals come from a bootstrap over rows
// by multinomial reweighting: each round draws Σw rows with replacement
// (each unique row with probability w/Σw) from rng, refits with the drawn
// counts divided by Σw, and Lower and Upper are the 2.5% and 97.5% quantiles
// (linear interpolation) of each item's scores over the rounds. Ranks are
//
//	rank(a) = 1 + #{b : Lower(b) > Upper(a)}
//
// and, without a bootstrap, 1 + #{b : score(b) > score(a)}. The comparison
// graph must be connected (ErrNotConnected); when the win graph is not
// strongly connected the maximum likelihood does not exist, the gaps grow
// until the gradient test stops the fit, and Components names the parts.
// Each Newton step solves a dense n×n system (O(n³) for n items), which
// suits leaderboards of up to a few hundred items.
func BradleyTerryMLE(cmps []Comparison, cfg MLEConfig, rng *rand.Rand) (*Ranking, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.Rounds > 0 && rng == nil {
		return nil, fmt.Errorf("%w: a bootstrap needs a random source", ErrInvalidConfig)
	}
	pr, err := newPairs(cmps)
	if err != nil {
		return nil, err
	}
	if err := pr.checkConnected(); err != nil {
		return nil, err
	}
	n := len(pr.items)
	rows := collapseRows(pr)
	r := &Ranking{
		Items:      pr.items,
		Scores:     make([]float64, n),
		Ranks:      make([]int, n),
		Components: components(pr.items, pr.winMatrix()),
	}
	if n == 0 {
		return r, nil
	}
	f := newBTFit(n, rows)
	ratings, iters := f.fit(rows.weight, cfg.Stopping)
	r.Iterations = iters
	for i, v := range ratings {
		r.Scores[i] = eloScale*v + eloInit
	}
	if cfg.Rounds == 0 {
		for a := range n {
			r.Ranks[a] = 1
			for b := range n {
				if r.Scores[b] > r.Scores[a] {
					r.Ranks[a]++
				}
			}
		}
		return r, nil
	}

	// Bootstrap: draw Σw rows from the expanded list of comparisons.
	total := len(cmps)
	expanded := make([]int32, 0, total)
	for u, w := range rows.weight {
		for range int(w) {
			expanded = append(expanded, int32(u))
		}
	}
	samples := make([][]float64, n) // samples[item][round]
	for i := range samples {
		samples[i] = make([]float64, cfg.Rounds)
	}
	weight := make([]float64, len(rows.weight))
	for round := range cfg.Rounds {
		clear(weight)
		for range total {
			weight[expanded[rng.IntN(total)]]++
		}
		for u := range weight {
			weight[u] /= float64(total)
		}
		rs, _ := f.fit(weight, cfg.Stopping)
		for i, v := range rs {
			samples[i][round] = eloScale*v + eloInit
		}
	}
	r.Lower, r.Upper = make([]float64, n), make([]float64, n)
	for i, s := range samples {
		slices.Sort(s)
		r.Lower[i] = quantile(s, 0.025)
		r.Upper[i] = quantile(s, 0.975)
	}
	for a := range n {
		r.Ranks[a] = 1
		for b := range n {
			if r.Lower[b] > r.Upper[a] {
				r.Ranks[a]++
			}
		}
	}
	return r, nil
}

// quantile returns the q-quantile of sorted s by linear interpolation
// between closest ranks (numpy's and pandas' default).
func quantile(s []float64, q float64) float64 {
	h := q * float64(len(s)-1)
	lo := int(math.Floor(h))
	if lo+1 >= len(s) {
		return s[len(s)-1]
	}
	return s[lo] + (h-float64(lo))*(s[lo+1]-s[lo])
}

// btRows are the unique (left, right, outcome) rows with their counts.
type btRows struct {
	left, right []int32
	outcome     []float64
	weight      []float64
}

func collapseRows(pr *pairs) *btRows {
	type row struct {
		l, r int32
		o    float64
	}
	all := make([]row, len(pr.left))
	for i := range all {
		all[i] = row{pr.left[i], pr.right[i], pr.outcome[i]}
	}
	slices.SortFunc(all, func(a, b row) int {
		return cmp.Or(cmp.Compare(a.l, b.l), cmp.Compare(a.r, b.r), cmp.Compare(a.o, b.o))
	})
	out := &btRows{}
	for i, x := range all {
		if i > 0 && x == all[i-1] {
			out.weight[len(out.weight)-1]++
			continue
		}
		out.left = append(out.left, x.l)
		out.right = append(out.right, x.r)
		out.outcome = append(out.outcome, x.o)
		out.weight = append(out.weight, 1)
	}
	return out
}

// btFit is the Newton solver of BradleyTerryMLE, with its buffers.
type btFit struct {
	n          int
	rows       *btRows
	alpha      float64
	r, trial   []float64
	grad, step []float64
	hess       []float64 // n×n
}

func newBTFit(n int, rows *btRows) *btFit {
	return &btFit{
		n: n, rows: rows, alpha: math.Log(eloBase),
		r: make([]float64, n), trial: make([]float64, n),
		grad: make([]float64, n), step: make([]float64, n),
		hess: make([]float64, n*n),
	}
}

// logSigmoid returns log σ(x) without overflow.
func logSigmoid(x float64) float64 {
	if x >= 0 {
		return -math.Log1p(math.Exp(-x))
	}
	return x - math.Log1p(math.Exp(x))
}

// sigmoid returns σ(x) = 1/(1+e^−x).
func sigmoid(x float64) float64 {
	if x >= 0 {
		return 1 / (1 + math.Exp(-x))
	}
	e := math.Exp(x)
	return e / (1 + e)
}

// loss returns the weighted negative log-likelihood at r.
func (f *btFit) loss(r, weight []float64) float64 {
	rows, s := f.rows, 0.0
	for u, w := range weight {
		if w == 0 {
			continue
		}
		x := f.alpha * (r[rows.left[u]] - r[rows.right[u]])
		o := rows.outcome[u]
		s -= w * (o*logSigmoid(x) + (1-o)*logSigmoid(-x))
	}
	return s
}

// fit minimises the loss for the given row weights and returns the ratings
// on the natural scale (Σ r = 0) and the number of Newton iterations.
func (f *btFit) fit(weight []float64, stop Stopping) ([]float64, int) {
	n, rows, a := f.n, f.rows, f.alpha
	r := f.r
	clear(r)
	total := 0.0
	for _, w := range weight {
		total += w
	}
	iters := 0
	cur := f.loss(r, weight)
	for iters < stop.MaxIter {
		clear(f.grad)
		clear(f.hess)
		for u, w := range weight {
			if w == 0 {
				continue
			}
			i, j := int(rows.left[u]), int(rows.right[u])
			p := sigmoid(a * (r[i] - r[j]))
			g := -a * w * (rows.outcome[u] - p)
			f.grad[i] += g
			f.grad[j] -= g
			h := a * a * w * p * (1 - p)
			f.hess[i*n+i] += h
			f.hess[j*n+j] += h
			f.hess[i*n+j] -= h
			f.hess[j*n+i] -= h
		}
		gmax := 0.0
		for _, g := range f.grad {
			gmax = max(gmax, math.Abs(g))
		}
		if gmax <= stop.Tol*total {
			break
		}
		// Newton direction: (H + λI) step = −grad. H is a weighted graph
		// Laplacian (singular along shifts); the ridge λ keeps it positive
		// definite without moving the step off Σ step = 0.
		diag := 0.0
		for i := range n {
			diag = max(diag, f.hess[i*n+i])
		}
		ridge := 1e-9 * max(diag, 1e-300)
		for i := range n {
			f.hess[i*n+i] += ridge
			f.step[i] = -f.grad[i]
		}
		if !choleskySolve(f.hess, f.step, n) {
			copy(f.step, f.grad) // not expected: fall back to steepest descent
			for i := range f.step {
				f.step[i] = -f.step[i] / max(diag, 1)
			}
		}
		slope := 0.0
		for i := range n {
			slope += f.grad[i] * f.step[i]
		}
		t := 1.0
		var next float64
		for range 60 {
			for i := range n {
				f.trial[i] = r[i] + t*f.step[i]
			}
			next = f.loss(f.trial, weight)
			if next <= cur+1e-4*t*slope {
				break
			}
			t /= 2
		}
		iters++
		if !(next <= cur) { // no progress possible at float precision
			break
		}
		copy(r, f.trial)
		cur = next
		mean := 0.0
		for _, v := range r {
			mean += v
		}
		mean /= float64(n)
		for i := range r {
			r[i] -= mean
		}
	}
	return slices.Clone(r), iters
}

// choleskySolve solves A x = b in place (b becomes x) for symmetric
// positive definite A (n×n, row major, overwritten by its factor). It
// reports false if A is not positive definite.
func choleskySolve(A, b []float64, n int) bool {
	for j := range n {
		s := A[j*n+j]
		for k := range j {
			s -= A[j*n+k] * A[j*n+k]
		}
		if !(s > 0) {
			return false
		}
		d := math.Sqrt(s)
		A[j*n+j] = d
		for i := j + 1; i < n; i++ {
			s := A[i*n+j]
			for k := range j {
				s -= A[i*n+k] * A[j*n+k]
			}
			A[i*n+j] = s / d
		}
	}
	for i := range n { // L y = b
		s := b[i]
		for k := range i {
			s -= A[i*n+k] * b[k]
		}
		b[i] = s / A[i*n+i]
	}
	for i := n - 1; i >= 0; i-- { // Lᵀ x = y
		s := b[i]
		for k := i + 1; k < n; k++ {
			s -= A[k*n+i] * b[k]
		}
		b[i] = s / A[i*n+i]
	}
	return true
}
