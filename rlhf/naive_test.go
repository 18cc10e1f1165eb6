package rlhf

// Straightforward reference implementations, written from the formulas
// with maps and no attention to speed, that the optimized routines are
// checked against.

import "math"

type naiveDS struct {
	post   map[string]map[Label]float64
	priors map[Label]float64
	errs   map[string]map[Label]map[Label]float64 // worker, observed, true
	iters  int
}

// naiveDawidSkene is crowd-kit's DawidSkene.fit with true labels, step by
// step, over maps.
func naiveDawidSkene(answers []Answer, gold map[string]Label, stop Stopping) naiveDS {
	labelSet := map[Label]bool{}
	tasks := map[string]bool{}
	for _, a := range answers {
		labelSet[a.Label] = true
		tasks[a.Task] = true
	}
	for t, l := range gold {
		if tasks[t] {
			labelSet[l] = true
		}
	}
	var r naiveDS
	// majority vote probabilities
	r.post = map[string]map[Label]float64{}
	count := map[string]float64{}
	for _, a := range answers {
		if r.post[a.Task] == nil {
			r.post[a.Task] = map[Label]float64{}
		}
		r.post[a.Task][a.Label]++
		count[a.Task]++
	}
	for t, row := range r.post {
		for l := range labelSet {
			row[l] /= count[t]
		}
	}
	correct := func() {
		for t, g := range gold {
			if row, ok := r.post[t]; ok {
				for l := range labelSet {
					row[l] = 0
				}
				row[g] = 1
			}
		}
	}
	meanPost := func() {
		r.priors = map[Label]float64{}
		for _, row := range r.post {
			for l := range labelSet {
				r.priors[l] += row[l] / float64(len(r.post))
			}
		}
	}
	mStep := func() {
		r.errs = map[string]map[Label]map[Label]float64{}
		for _, a := range answers {
			if r.errs[a.Worker] == nil {
				r.errs[a.Worker] = map[Label]map[Label]float64{}
			}
			if r.errs[a.Worker][a.Label] == nil {
				r.errs[a.Worker][a.Label] = map[Label]float64{}
			}
			for c := range labelSet {
				r.errs[a.Worker][a.Label][c] += r.post[a.Task][c]
			}
		}
		for _, byObserved := range r.errs {
			for c := range labelSet {
				s := 0.0
				for _, row := range byObserved {
					row[c] = math.Max(row[c], 1e-10)
					s += row[c]
				}
				for _, row := range byObserved {
					row[c] /= s
				}
			}
		}
	}
	logPrior := func(c Label) float64 { return math.Log(math.Max(r.priors[c], 1e-10)) }
	eStep := func() {
		ll := map[string]map[Label]float64{}
		for t := range tasks {
			ll[t] = map[Label]float64{}
			for c := range labelSet {
				ll[t][c] = logPrior(c)
			}
		}
		for _, a := range answers {
			for c := range labelSet {
				ll[a.Task][c] += math.Log(r.errs[a.Worker][a.Label][c])
			}
		}
		for t, row := range ll {
			m := math.Inf(-1)
			for _, v := range row {
				m = math.Max(m, v)
			}
			s := 0.0
			for c, v := range row {
				row[c] = math.Exp(v - m)
				s += row[c]
			}
			for c := range row {
				row[c] /= s
			}
			r.post[t] = row
		}
	}
	elbo := func() float64 {
		joint := 0.0
		for _, a := range answers {
			for c := range labelSet {
				joint += r.post[a.Task][c] * (math.Log(r.errs[a.Worker][a.Label][c]) + logPrior(c))
			}
		}
		entropy := 0.0
		for _, row := range r.post {
			for _, p := range row {
				if p > 0 {
					entropy -= p * math.Log(p)
				}
			}
		}
		return (joint + entropy) / float64(len(answers))
	}

	correct()
	meanPost()
	mStep()
	loss := math.Inf(-1)
	for r.iters < stop.MaxIter {
		eStep()
		correct()
		meanPost()
		mStep()
		r.iters++
		l := elbo()
		if l-loss < stop.Tol {
			break
		}
		loss = l
	}
	return r
}

// naiveKrippendorff computes α from its definition over pairs of values:
// D_o averages δ over the pairs within units (each unit's pairs weighted
// 1/(m_u − 1)), D_e over all pairs of pairable values.
func naiveKrippendorff(answers []Answer, level Level) float64 {
	byUnit := map[string][]Label{}
	for _, a := range answers {
		byUnit[a.Task] = append(byUnit[a.Task], a.Label)
	}
	var all []Label
	for _, vs := range byUnit {
		if len(vs) >= 2 {
			all = append(all, vs...)
		}
	}
	counts := map[Label]float64{}
	for _, v := range all {
		counts[v]++
	}
	delta := func(a, b Label) float64 {
		switch level {
		case Nominal:
			if a == b {
				return 0
			}
			return 1
		case Ordinal:
			lo, hi := a.val, b.val
			if lo > hi {
				lo, hi = hi, lo
			}
			s := 0.0
			for g, n := range counts {
				if g.val >= lo && g.val <= hi {
					s += n
				}
			}
			x := s - (counts[a]+counts[b])/2
			return x * x
		case Interval:
			return (a.val - b.val) * (a.val - b.val)
		default:
			if a.val+b.val == 0 {
				return 0
			}
			x := (a.val - b.val) / (a.val + b.val)
			return x * x
		}
	}
	n := float64(len(all))
	do := 0.0
	for _, vs := range byUnit {
		if len(vs) < 2 {
			continue
		}
		for i := range vs {
			for j := range vs {
				if i != j {
					do += delta(vs[i], vs[j]) / float64(len(vs)-1)
				}
			}
		}
	}
	de := 0.0
	for i := range all {
		for j := range all {
			if i != j {
				de += delta(all[i], all[j])
			}
		}
	}
	return 1 - (do/n)/(de/(n*(n-1)))
}
