package rlhf

import (
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

// randomAnswers returns answers to tasks tasks from up to workers workers,
// 1 to perTask distinct workers a task, labels drawn from labels with a
// per-worker bias towards a task's hidden true label.
func randomAnswers(rng *rand.Rand, tasks, workers, perTask int, labels []Label) []Answer {
	skill := make([]float64, workers)
	for w := range skill {
		skill[w] = rng.Float64()
	}
	var out []Answer
	for t := range tasks {
		truth := labels[rng.IntN(len(labels))]
		n := 1 + rng.IntN(perTask)
		used := map[int]bool{}
		for len(used) < min(n, workers) {
			w := rng.IntN(workers)
			if used[w] {
				continue
			}
			used[w] = true
			l := truth
			if rng.Float64() > skill[w] {
				l = labels[rng.IntN(len(labels))]
			}
			out = append(out, Answer{Worker: fmt.Sprint("w", w), Task: fmt.Sprint("t", t), Label: l})
		}
	}
	return out
}

func numberLabels(vs ...float64) []Label {
	out := make([]Label, len(vs))
	for i, v := range vs {
		out[i], _ = NumberLabel(v)
	}
	return out
}

// someGold returns gold labels for every third task, taken from the
// answers' most common label there.
func someGold(answers []Answer) map[string]Label {
	gold := map[string]Label{}
	for i, a := range answers {
		if i%3 == 0 {
			gold[a.Task] = a.Label
		}
	}
	gold["no-such-task"] = StringLabel("ignored")
	return gold
}

func shuffled[E any](rng *rand.Rand, s []E) []E {
	out := append([]E(nil), s...)
	rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// Permuting the input lines does not change any result by a single bit
// (Elo and the anomaly screen excepted: they are defined over the order).
func TestPermutationInvariance(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	labelSets := [][]Label{
		{StringLabel("no"), StringLabel("yes")},
		numberLabels(1, 2, 3, 5),
		append(numberLabels(0, 2.5), StringLabel("x"), StringLabel("a")),
	}
	for trial, labels := range labelSets {
		answers := randomAnswers(rng, 60, 12, 5, labels)
		gold := someGold(answers)
		perm := shuffled(rng, answers)
		run := func(name string, f func([]Answer) (any, error)) {
			a, errA := f(answers)
			b, errB := f(perm)
			if fmt.Sprint(errA) != fmt.Sprint(errB) || !reflect.DeepEqual(a, b) {
				t.Errorf("trial %d, %s: results differ after a permutation:\n%v %v\n%v %v", trial, name, a, errA, b, errB)
			}
		}
		run("dawid-skene", func(a []Answer) (any, error) { return DawidSkene(a, gold, DefaultDawidSkene()) })
		run("dawid-skene, no gold", func(a []Answer) (any, error) { return DawidSkene(a, nil, Stopping{MaxIter: 7, Tol: 0}) })
		run("gold-mv", func(a []Answer) (any, error) { return GoldMajorityVote(a, gold) })
		run("majority", func(a []Answer) (any, error) { return MajorityVote(a) })
		run("fleiss", func(a []Answer) (any, error) { return FleissKappa(a, nil) })
		run("krippendorff nominal", func(a []Answer) (any, error) { return KrippendorffAlpha(a, Nominal, nil) })
		if trial == 1 {
			for _, l := range []Level{Ordinal, Interval, Ratio} {
				run("krippendorff "+l.String(), func(a []Answer) (any, error) { return KrippendorffAlpha(a, l, nil) })
			}
		}
		var two []Answer
		for _, a := range answers {
			if a.Worker == "w1" || a.Worker == "w2" {
				two = append(two, a)
			}
		}
		twoPerm := shuffled(rng, two)
		k1, err1 := CohenKappa(two, Unweighted, nil)
		k2, err2 := CohenKappa(twoPerm, Unweighted, nil)
		if k1 != k2 || fmt.Sprint(err1) != fmt.Sprint(err2) {
			t.Errorf("trial %d, cohen: %v %v, after a permutation %v %v", trial, k1, err1, k2, err2)
		}
	}

	cmps := randomComparisons(rng, 8, 300)
	perm := shuffled(rng, cmps)
	for name, f := range map[string]func([]Comparison) (*Ranking, error){
		"bradley-terry": func(c []Comparison) (*Ranking, error) { return BradleyTerry(c, DefaultBradleyTerry()) },
		"bt-mle": func(c []Comparison) (*Ranking, error) {
			cfg := DefaultMLE()
			cfg.Rounds = 20
			return BradleyTerryMLE(c, cfg, rand.New(rand.NewPCG(5, 6)))
		},
	} {
		a, errA := f(cmps)
		b, errB := f(perm)
		if errA != nil || errB != nil || !reflect.DeepEqual(a, b) {
			t.Errorf("%s: results differ after a permutation:\n%v %v\n%v %v", name, a, errA, b, errB)
		}
	}
}

// randomComparisons returns n comparisons among items items of random
// strength, every item compared (so the graph is connected and, with
// enough comparisons, strongly connected).
func randomComparisons(rng *rand.Rand, items, n int) []Comparison {
	strength := make([]float64, items)
	for i := range strength {
		strength[i] = rng.NormFloat64()
	}
	out := make([]Comparison, 0, n)
	for k := range n {
		i := k % items
		j := rng.IntN(items - 1)
		if j >= i {
			j++
		}
		o := RightWins
		switch u := rng.Float64(); {
		case u < 0.1:
			o = Tie
		case u < 0.1+0.9*sigmoid(strength[i]-strength[j]):
			o = LeftWins
		}
		out = append(out, Comparison{Left: fmt.Sprint("m", i), Right: fmt.Sprint("m", j), Winner: o, Worker: fmt.Sprint("u", rng.IntN(5))})
	}
	return out
}

func TestDawidSkeneInvariants(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 22))
	for trial := range 20 {
		labels := numberLabels(1, 2, 3)[:2+trial%2]
		answers := randomAnswers(rng, 40+trial, 8, 6, labels)
		gold := someGold(answers)
		agg, err := DawidSkene(answers, gold, DefaultDawidSkene())
		if err != nil {
			t.Fatal(err)
		}
		K := len(agg.Labels)
		for task := range agg.Tasks {
			s := 0.0
			for _, p := range agg.Posterior(task) {
				if p < 0 || p > 1 {
					t.Fatalf("trial %d: posterior %v outside [0, 1]", trial, p)
				}
				s += p
			}
			if !near(s, 1, 1e-12) {
				t.Errorf("trial %d, task %s: posteriors sum to %v", trial, agg.Tasks[task], s)
			}
			if g, ok := gold[agg.Tasks[task]]; ok && agg.Label(task) != g {
				t.Errorf("trial %d, gold task %s: label %v, want %v", trial, agg.Tasks[task], agg.Label(task), g)
			}
		}
		s := 0.0
		for _, p := range agg.Priors {
			s += p
		}
		if !near(s, 1, 1e-12) {
			t.Errorf("trial %d: priors sum to %v", trial, s)
		}
		for w := range agg.Workers {
			for c := range K {
				col := 0.0
				for y := range K {
					col += agg.Error(w, y, c)
				}
				if !near(col, 1, 1e-12) {
					t.Errorf("trial %d, %s: errors[·][%v] sum to %v", trial, agg.Workers[w], agg.Labels[c], col)
				}
			}
			if agg.Skills[w] < 0 || agg.Skills[w] > 1 {
				t.Errorf("trial %d: skill %v outside [0, 1]", trial, agg.Skills[w])
			}
		}
	}
}

// The optimized Dawid–Skene (dense ids, flat arrays, sorted answers)
// matches the map-based transcription of crowd-kit's algorithm.
func TestDawidSkeneMatchesNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(31, 32))
	for trial := range 30 {
		labels := []Label{StringLabel("a"), StringLabel("b"), StringLabel("c"), StringLabel("d")}[:2+trial%3]
		answers := randomAnswers(rng, 30, 7, 5, labels)
		var gold map[string]Label
		if trial%2 == 1 {
			gold = someGold(answers)
		}
		stops := []Stopping{{MaxIter: 0}, {MaxIter: 1}, {MaxIter: 6}, DefaultDawidSkene()}
		for _, stop := range stops {
			got, err := DawidSkene(answers, gold, stop)
			if err != nil {
				t.Fatal(err)
			}
			want := naiveDawidSkene(answers, gold, stop)
			if got.Iterations != want.iters {
				t.Errorf("trial %d %+v: %d iterations, naive %d", trial, stop, got.Iterations, want.iters)
			}
			for c, l := range got.Labels {
				if !near(got.Priors[c], want.priors[l], 1e-9) {
					t.Errorf("trial %d %+v: prior %v = %v, naive %v", trial, stop, l, got.Priors[c], want.priors[l])
				}
			}
			for task, name := range got.Tasks {
				for c, l := range got.Labels {
					if !near(got.Posterior(task)[c], want.post[name][l], 1e-9) {
						t.Errorf("trial %d %+v: posterior %s %v = %v, naive %v", trial, stop, name, l, got.Posterior(task)[c], want.post[name][l])
					}
				}
			}
			for w, name := range got.Workers {
				for y, ly := range got.Labels {
					for c, lc := range got.Labels {
						if !near(got.Error(w, y, c), want.errs[name][ly][lc], 1e-9) {
							t.Errorf("trial %d %+v: errors %s[%v][%v] = %v, naive %v", trial, stop, name, ly, lc, got.Error(w, y, c), want.errs[name][ly][lc])
						}
					}
				}
			}
		}
	}
}

func TestKrippendorffMatchesNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(41, 42))
	for trial := range 30 {
		answers := randomAnswers(rng, 25, 6, 4, numberLabels(0, 1, 2, 4, 7)[:2+trial%4])
		for _, level := range []Level{Nominal, Ordinal, Interval, Ratio} {
			got, err := KrippendorffAlpha(answers, level, nil)
			want := naiveKrippendorff(answers, level)
			if err != nil {
				if math.IsNaN(want) || math.IsInf(want, 0) {
					continue // 0/0 in both
				}
				t.Fatalf("trial %d %v: %v (naive %v)", trial, level, err, want)
			}
			if !near(got, want, 1e-9) {
				t.Errorf("trial %d %v: α = %v, naive %v", trial, level, got, want)
			}
		}
	}
}

// At convergence the MM scores satisfy the likelihood equations
// w_j = Σ_i T[i][j]·p_j/(p_i + p_j).
func TestBradleyTerryFixedPoint(t *testing.T) {
	rng := rand.New(rand.NewPCG(51, 52))
	cmps := randomComparisons(rng, 6, 400)
	r, err := BradleyTerry(cmps, Stopping{MaxIter: 100000, Tol: 1e-13})
	if err != nil {
		t.Fatal(err)
	}
	if r.Components != nil {
		t.Fatalf("want a strongly connected sample, got components %v", r.Components)
	}
	pr, _ := newPairs(cmps)
	m := pr.winMatrix()
	n := len(pr.items)
	for j := range n {
		w, e := 0.0, 0.0
		for i := range n {
			w += m[j*n+i]
			if i != j {
				e += (m[i*n+j] + m[j*n+i]) * r.Scores[j] / (r.Scores[i] + r.Scores[j])
			}
		}
		if !near(w, e, 1e-6) {
			t.Errorf("%s: %v wins, expected %v", pr.items[j], w, e)
		}
	}
}

// The MLE is stationary: each item's expected score equals its observed
// score.
func TestBradleyTerryMLEStationary(t *testing.T) {
	rng := rand.New(rand.NewPCG(61, 62))
	cmps := randomComparisons(rng, 7, 500)
	r, err := BradleyTerryMLE(cmps, MLEConfig{Stopping: Stopping{MaxIter: 100, Tol: 1e-12}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	idx := map[string]int{}
	for i, item := range r.Items {
		idx[item] = i
	}
	resid := make([]float64, len(r.Items))
	for _, c := range cmps {
		a, b := idx[c.Left], idx[c.Right]
		o := map[Outcome]float64{LeftWins: 1, Tie: 0.5, RightWins: 0}[c.Winner]
		p := sigmoid(math.Log(10) * (r.Scores[a] - r.Scores[b]) / 400)
		resid[a] += o - p
		resid[b] -= o - p
	}
	for i, x := range resid {
		if math.Abs(x) > 1e-8 {
			t.Errorf("%s: observed − expected score %v, want 0", r.Items[i], x)
		}
	}
}

func TestEmptyInputs(t *testing.T) {
	if agg, err := DawidSkene(nil, nil, DefaultDawidSkene()); err != nil || len(agg.Tasks) != 0 {
		t.Errorf("Dawid–Skene of nothing: %v, %v", agg, err)
	}
	if agg, err := MajorityVote(nil); err != nil || len(agg.Tasks) != 0 {
		t.Errorf("majority of nothing: %v, %v", agg, err)
	}
	if r, err := BradleyTerry(nil, DefaultBradleyTerry()); err != nil || len(r.Items) != 0 {
		t.Errorf("Bradley–Terry of nothing: %v, %v", r, err)
	}
	if r, err := BradleyTerryMLE(nil, DefaultMLE(), rand.New(rand.NewPCG(1, 1))); err != nil || len(r.Items) != 0 {
		t.Errorf("MLE of nothing: %v, %v", r, err)
	}
	if _, err := KrippendorffAlpha(nil, Nominal, nil); err == nil {
		t.Errorf("α of nothing: want ErrUndefined")
	}
}

func TestConfigValidation(t *testing.T) {
	if _, err := DawidSkene(nil, nil, Stopping{MaxIter: -1}); err == nil {
		t.Error("negative MaxIter accepted")
	}
	if _, err := BradleyTerry(nil, Stopping{Tol: math.NaN()}); err == nil {
		t.Error("NaN Tol accepted")
	}
	if _, err := BradleyTerryMLE(nil, MLEConfig{Rounds: 3}, nil); err == nil {
		t.Error("a bootstrap without a random source accepted")
	}
	if _, err := AnomalousLabelers(nil, AnomalyConfig{Alpha: 1}); err == nil {
		t.Error("alpha 1 accepted")
	}
	if _, err := Elo(nil, EloConfig{K: 4, Scale: 400, Base: 1, Init: 1000}); err == nil {
		t.Error("base 1 accepted")
	}
	for _, s := range []string{"nominal", "ordinal", "interval", "ratio"} {
		if l, err := ParseLevel(s); err != nil || l.String() != s {
			t.Errorf("ParseLevel(%q) = %v, %v", s, l, err)
		}
	}
	for _, s := range []string{"none", "linear", "quadratic"} {
		if w, err := ParseWeights(s); err != nil || w.String() != s {
			t.Errorf("ParseWeights(%q) = %v, %v", s, w, err)
		}
	}
	if _, err := ParseLevel("cardinal"); err == nil {
		t.Error("level cardinal accepted")
	}
}
