package rlhf

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Level is the measurement level of Krippendorff's α: it chooses the
// distance δ between two values.
type Level int

// The levels of Krippendorff's α.
const (
	Nominal  Level = iota // δ = 0 if a = b, else 1
	Ordinal               // δ by cumulative category counts (see KrippendorffAlpha)
	Interval              // δ = (a − b)²
	Ratio                 // δ = ((a − b)/(a + b))²
)

// ParseLevel parses "nominal", "ordinal", "interval" or "ratio".
func ParseLevel(s string) (Level, error) {
	for l := Nominal; l <= Ratio; l++ {
		if s == l.String() {
			return l, nil
		}
	}
	return 0, fmt.Errorf("%w: level %q is not nominal, ordinal, interval or ratio", ErrInvalidConfig, s)
}

// String returns the level's name.
func (l Level) String() string {
	switch l {
	case Nominal:
		return "nominal"
	case Ordinal:
		return "ordinal"
	case Interval:
		return "interval"
	case Ratio:
		return "ratio"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

// Weights chooses Cohen's κ's disagreement weights.
type Weights int

// The weightings of Cohen's κ, by the distance d = |i − j| of the categories'
// positions among k categories.
const (
	Unweighted Weights = iota // agreement 1 if i = j, else 0
	Linear                    // agreement 1 − d/(k−1)
	Quadratic                 // agreement 1 − d²/(k−1)²
)

// ParseWeights parses "none", "linear" or "quadratic".
func ParseWeights(s string) (Weights, error) {
	for w := Unweighted; w <= Quadratic; w++ {
		if s == w.String() {
			return w, nil
		}
	}
	return 0, fmt.Errorf("%w: weights %q are not none, linear or quadratic", ErrInvalidConfig, s)
}

// String returns the weighting's name: "none", "linear" or "quadratic".
func (w Weights) String() string {
	switch w {
	case Unweighted:
		return "none"
	case Linear:
		return "linear"
	case Quadratic:
		return "quadratic"
	}
	return fmt.Sprintf("Weights(%d)", int(w))
}

// Kappa is a κ coefficient with its large-sample standard error.
type Kappa struct {
	Value  float64
	StdErr float64
}

// scale places a dataset's labels on the categories of a metric.
type scale struct {
	pos   []int     // per label id: its category
	k     int       // number of categories
	value []float64 // per category: its number (interval, ratio); nil otherwise
}

// needs says what a metric requires of its categories.
type needs int

const (
	anyOrder needs = iota // nominal: only membership in the domain
	ordered               // ordinal, weighted κ: numbers by value, or a domain
	interval              // numbers, or positions in a domain
	ratio                 // non-negative numbers
)

// newScale orders d's labels into categories. Without a domain the
// categories are d's labels in CompareLabels order; with one, the domain's
// entries in order: an entry matches a string label with its text and a
// number label with the same value ("1.0" matches 1), and every label must
// match one (ErrNotInDomain).
func newScale(d *dataset, domain []string, need needs) (*scale, error) {
	s := &scale{pos: make([]int, d.numLabels())}
	allNumbers := true
	for _, l := range d.labels {
		allNumbers = allNumbers && l.num
	}
	if domain == nil {
		s.k = d.numLabels()
		for i := range s.pos {
			s.pos[i] = i
		}
		if need != anyOrder && !allNumbers {
			return nil, fmt.Errorf("%w: string labels such as %s need a domain to order them",
				ErrNeedsOrder, quoteLabel(d.labels[d.numLabels()-1]))
		}
	} else {
		if err := s.placeInDomain(d, domain); err != nil {
			return nil, err
		}
	}
	switch need {
	case interval:
		s.value = make([]float64, s.k)
		for c := range s.value {
			s.value[c] = float64(c)
		}
		if allNumbers {
			for i, l := range d.labels {
				s.value[s.pos[i]] = l.val
			}
		} else if domain == nil {
			return nil, fmt.Errorf("%w: the interval level needs numbers or a domain", ErrNeedsOrder)
		}
	case ratio:
		if !allNumbers {
			return nil, fmt.Errorf("%w: the ratio level needs number labels", ErrNeedsOrder)
		}
		s.value = make([]float64, s.k)
		for i, l := range d.labels {
			if l.val < 0 {
				return nil, fmt.Errorf("%w: the ratio level needs labels ≥ 0, got %s", ErrNeedsOrder, l.text)
			}
			s.value[s.pos[i]] = l.val
		}
	}
	return s, nil
}

func (s *scale) placeInDomain(d *dataset, domain []string) error {
	if len(domain) == 0 {
		return fmt.Errorf("%w: the domain is empty", ErrNotInDomain)
	}
	text := map[string]int{}
	num := map[float64]int{}
	for i, e := range domain {
		if e == "" {
			return fmt.Errorf("%w: domain entry %d is empty", ErrNotInDomain, i+1)
		}
		if j, ok := text[e]; ok {
			return fmt.Errorf("%w: domain entries %d and %d are both %q", ErrNotInDomain, j+1, i+1, e)
		}
		text[e] = i
		if json.Valid([]byte(e)) && (e[0] == '-' || ('0' <= e[0] && e[0] <= '9')) {
			if v, err := strconv.ParseFloat(e, 64); err == nil {
				if v == 0 {
					v = 0
				}
				if j, ok := num[v]; ok {
					return fmt.Errorf("%w: domain entries %d and %d are both %s", ErrNotInDomain, j+1, i+1, e)
				}
				num[v] = i
			}
		}
	}
	s.k = len(domain)
	for i, l := range d.labels {
		var (
			c  int
			ok bool
		)
		if l.num {
			c, ok = num[l.val]
		} else {
			c, ok = text[l.text]
		}
		if !ok {
			return fmt.Errorf("%w: label %s is not one of %s", ErrNotInDomain, quoteLabel(l), listNames(domain, 10))
		}
		s.pos[i] = c
	}
	return nil
}

// ratings interns answers for an agreement metric and rejects a worker
// rating a task twice.
func ratings(answers []Answer) (*dataset, error) {
	d, err := newDataset(answers, nil)
	if err != nil {
		return nil, fmt.Errorf("rlhf: %w", err)
	}
	for t := range d.numTasks() {
		for a := d.start[t] + 1; a < d.start[t+1]; a++ {
			if d.worker[a] == d.worker[a-1] {
				return nil, fmt.Errorf("%w: worker %q rated task %q more than once",
					ErrDuplicateRating, d.workers[d.worker[a]], d.tasks[t])
			}
		}
	}
	return d, nil
}

// KrippendorffAlpha returns Krippendorff's α of the answers, tasks being the
// units and workers the coders:
//
//	α = 1 − D_o/D_e = 1 − (n − 1)·Σ_{c,k} o_ck·δ²_ck / Σ_{c,k} n_c·n_k·δ²_ck
//
// over the units with at least two values, where o_ck = Σ_units (number of
// ordered pairs of values (c, k) from different coders)/(m_u − 1) is the
// coincidence matrix, n_c = Σ_k o_ck and n = Σ_c n_c. The distance δ² is,
// by level: nominal 1 for c ≠ k; ordinal (Σ_{g from c to k} n_g −
// (n_c + n_k)/2)² with the categories in order; interval (c − k)²; ratio
// ((c − k)/(c + k))².
//
// Number labels are ordered by value; domain (nil: none) orders string
// labels and lists categories no one used. The interval level uses number
// labels' values, or else the positions in the domain; the ratio level
// needs number labels ≥ 0. With no unit of two values or no expected
// disagreement the result is ErrUndefined.
func KrippendorffAlpha(answers []Answer, level Level, domain []string) (float64, error) {
	var need needs
	switch level {
	case Nominal:
		need = anyOrder
	case Ordinal:
		need = ordered
	case Interval:
		need = interval
	case Ratio:
		need = ratio
	default:
		return 0, fmt.Errorf("%w: level %v", ErrInvalidConfig, level)
	}
	d, err := ratings(answers)
	if err != nil {
		return 0, err
	}
	s, err := newScale(d, domain, need)
	if err != nil {
		return 0, err
	}
	K := s.k
	o := make([]float64, K*K)
	count := make([]float64, K)
	var touched []int
	for t := range d.numTasks() {
		lo, hi := d.start[t], d.start[t+1]
		m := float64(hi - lo)
		if m < 2 {
			continue
		}
		touched = touched[:0]
		for a := lo; a < hi; a++ {
			c := s.pos[d.label[a]]
			if count[c] == 0 {
				touched = append(touched, c)
			}
			count[c]++
		}
		for _, c := range touched {
			for _, k := range touched {
				if c == k {
					o[c*K+c] += count[c] * (count[c] - 1) / (m - 1)
				} else {
					o[c*K+k] += count[c] * count[k] / (m - 1)
				}
			}
		}
		for _, c := range touched {
			count[c] = 0
		}
	}
	nc := make([]float64, K)
	n := 0.0
	for c := range K {
		for k := range K {
			nc[c] += o[c*K+k]
		}
		n += nc[c]
	}
	if n == 0 {
		return 0, fmt.Errorf("%w: no task has two ratings", ErrUndefined)
	}
	// cum[c] = Σ_{g < c} n_g, for the ordinal distance.
	cum := make([]float64, K+1)
	for c := range K {
		cum[c+1] = cum[c] + nc[c]
	}
	delta := func(c, k int) float64 {
		switch level {
		case Nominal:
			if c == k {
				return 0
			}
			return 1
		case Ordinal:
			lo, hi := min(c, k), max(c, k)
			x := cum[hi+1] - cum[lo] - (nc[c]+nc[k])/2
			return x * x
		case Interval:
			x := s.value[c] - s.value[k]
			return x * x
		default: // Ratio
			a, b := s.value[c], s.value[k]
			if a+b == 0 {
				return 0
			}
			x := (a - b) / (a + b)
			return x * x
		}
	}
	num, den := 0.0, 0.0
	for c := range K {
		for k := range K {
			if c == k {
				continue
			}
			dd := delta(c, k)
			num += o[c*K+k] * dd
			den += nc[c] * nc[k] * dd
		}
	}
	if den == 0 {
		return 0, fmt.Errorf("%w: every rating has the same value, so no disagreement is expected", ErrUndefined)
	}
	return 1 - (n-1)*num/den, nil
}

// FleissKappa returns Fleiss' κ of the answers, tasks being the subjects:
//
//	P_i = Σ_j n_ij(n_ij − 1) / (n_i(n_i − 1)),  P̄ = mean_i P_i,
//	p_j = Σ_i n_ij / Σ_i n_i,  P_e = Σ_j p_j²,  κ = (P̄ − P_e)/(1 − P_e)
//
// over the tasks with at least two ratings, where n_ij is the number of
// ratings of task i in category j. With the same number of raters for every
// task this is Fleiss' (1971) κ; with varying numbers, its usual
// generalisation. The domain (nil: none) only checks that every label is
// in it. No task with two ratings, or P_e = 1, is ErrUndefined.
func FleissKappa(answers []Answer, domain []string) (float64, error) {
	d, err := ratings(answers)
	if err != nil {
		return 0, err
	}
	if _, err := newScale(d, domain, anyOrder); err != nil {
		return 0, err
	}
	K := d.numLabels()
	p := make([]float64, K)
	count := make([]float64, K)
	var touched []int32
	sumP, units, total := 0.0, 0, 0.0
	for t := range d.numTasks() {
		lo, hi := d.start[t], d.start[t+1]
		m := float64(hi - lo)
		if m < 2 {
			continue
		}
		touched = touched[:0]
		for a := lo; a < hi; a++ {
			c := d.label[a]
			if count[c] == 0 {
				touched = append(touched, c)
			}
			count[c]++
		}
		agree := 0.0
		for _, c := range touched {
			agree += count[c] * (count[c] - 1)
			p[c] += count[c]
			count[c] = 0
		}
		sumP += agree / (m * (m - 1))
		units++
		total += m
	}
	if units == 0 {
		return 0, fmt.Errorf("%w: no task has two ratings", ErrUndefined)
	}
	pe := 0.0
	for _, v := range p {
		pe += (v / total) * (v / total)
	}
	if 1-pe == 0 {
		return 0, fmt.Errorf("%w: every rating is in one category, so chance agreement is 1", ErrUndefined)
	}
	return (sumP/float64(units) - pe) / (1 - pe), nil
}

// CohenKappa returns Cohen's κ between the two workers of the answers over
// the tasks both rated, with agreement weights w_ij (see Weights; the
// identity for Unweighted) on the table p_ij of the share of tasks the
// first worker (in sorted order) put in category i and the second in j:
//
//	p_o = Σ w_ij p_ij,  p_e = Σ w_ij p_i. p_.j,  κ = (p_o − p_e)/(1 − p_e)
//
// The standard error is Fleiss, Cohen and Everitt's (1969) large-sample one
// (not under the null), over n tasks:
//
//	var = [Σ_ij p_ij (w_ij − (w̄_i. + w̄_.j)(1 − κ))² − (κ − p_e(1 − κ))²] / (n (1 − p_e)²)
//
// with w̄_i. = Σ_j p_.j w_ij and w̄_.j = Σ_i p_i. w_ij. Categories are
// ordered as in KrippendorffAlpha (number labels by value, string labels
// by domain; weighted κ needs an order, unweighted does not), and positions
// in that order give the distances of the weights. Other than two workers
// is ErrNotTwoRaters; no common task or p_e = 1 is ErrUndefined.
func CohenKappa(answers []Answer, weights Weights, domain []string) (Kappa, error) {
	if weights < Unweighted || weights > Quadratic {
		return Kappa{}, fmt.Errorf("%w: weights %v", ErrInvalidConfig, weights)
	}
	d, err := ratings(answers)
	if err != nil {
		return Kappa{}, err
	}
	if d.numWorkers() != 2 {
		return Kappa{}, fmt.Errorf("%w, not %d (%s)", ErrNotTwoRaters, d.numWorkers(), listNames(d.workers, 5))
	}
	need := ordered
	if weights == Unweighted {
		need = anyOrder
	}
	s, err := newScale(d, domain, need)
	if err != nil {
		return Kappa{}, err
	}
	K := s.k
	p := make([]float64, K*K)
	n := 0.0
	for t := range d.numTasks() {
		lo, hi := d.start[t], d.start[t+1]
		if hi-lo != 2 { // one worker only; duplicates are rejected
			continue
		}
		// answers are sorted by worker: lo is worker 0, lo+1 worker 1
		p[s.pos[d.label[lo]]*K+s.pos[d.label[lo+1]]]++
		n++
	}
	if n == 0 {
		return Kappa{}, fmt.Errorf("%w: workers %q and %q rated no task in common", ErrUndefined, d.workers[0], d.workers[1])
	}
	w := make([]float64, K*K)
	for i := range K {
		for j := range K {
			dist := math.Abs(float64(i - j))
			switch {
			case weights == Unweighted:
				if i == j {
					w[i*K+j] = 1
				}
			case K == 1:
				w[i*K+j] = 1
			case weights == Linear:
				w[i*K+j] = 1 - dist/float64(K-1)
			default:
				w[i*K+j] = 1 - dist*dist/float64((K-1)*(K-1))
			}
		}
	}
	row, col := make([]float64, K), make([]float64, K)
	for i := range K {
		for j := range K {
			p[i*K+j] /= n
			row[i] += p[i*K+j]
			col[j] += p[i*K+j]
		}
	}
	po, pe := 0.0, 0.0
	for i := range K {
		for j := range K {
			po += w[i*K+j] * p[i*K+j]
			pe += w[i*K+j] * row[i] * col[j]
		}
	}
	if 1-pe == 0 {
		return Kappa{}, fmt.Errorf("%w: chance agreement is 1 (every rating in one category)", ErrUndefined)
	}
	kappa := (po - pe) / (1 - pe)
	wRow, wCol := make([]float64, K), make([]float64, K) // w̄_i., w̄_.j
	for i := range K {
		for j := range K {
			wRow[i] += col[j] * w[i*K+j]
			wCol[j] += row[i] * w[i*K+j]
		}
	}
	v := 0.0
	for i := range K {
		for j := range K {
			x := w[i*K+j] - (wRow[i]+wCol[j])*(1-kappa)
			v += p[i*K+j] * x * x
		}
	}
	c := kappa - pe*(1-kappa)
	v = (v - c*c) / (n * (1 - pe) * (1 - pe))
	return Kappa{Value: kappa, StdErr: math.Sqrt(max(v, 0))}, nil
}

// ParseDomain splits a comma-separated list of category names ("a,b,c"),
// trimming blanks around each.
func ParseDomain(s string) []string {
	parts := strings.Split(s, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}
