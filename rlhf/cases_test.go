package rlhf

// The test cases of ../shared/RLHF.md, each fed through the JSONL readers
// the CLI uses.

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// toyJSONL is RLHF.md's Dawid–Skene toy data (worker: task answer):
//
//	w1: t1 no,  t2 yes, t3 yes, t4 yes, t5 yes
//	w2: t1 yes, t2 yes, t3 no,  t4 yes, t5 no
//	w3:         t2 yes, t3 no,  t4 yes, t5 no
//	w4: t1 yes, t2 no,  t3 yes, t4 yes, t5 no
//	w5: t1 no,  t2 no,  t3 no,  t4 yes, t5 no
func toyJSONL() string {
	rows := []string{
		"w1 no yes yes yes yes",
		"w2 yes yes no yes no",
		"w3 - yes no yes no",
		"w4 yes no yes yes no",
		"w5 no no no yes no",
	}
	var b strings.Builder
	for _, r := range rows {
		f := strings.Fields(r)
		for i, l := range f[1:] {
			if l != "-" {
				fmt.Fprintf(&b, `{"worker": %q, "task": "t%d", "label": %q}`+"\n", f[0], i+1, l)
			}
		}
	}
	return b.String()
}

const (
	toyGoldJSONL = `{"task": "t1", "label": "yes"}
{"task": "t2", "label": "yes"}`
	toyTruth = "yes yes no yes no" // t1…t5
)

func mustAnswers(t testing.TB, jsonl string) []Answer {
	t.Helper()
	a, err := ParseAnswers([]byte(jsonl))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func mustGold(t testing.TB, jsonl string) map[string]Label {
	t.Helper()
	g, err := ParseGold([]byte(jsonl))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func mustComparisons(t testing.TB, jsonl string) []Comparison {
	t.Helper()
	c, err := ParseComparisons([]byte(jsonl))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func near(got, want, tol float64) bool { return math.Abs(got-want) <= tol }

// labelsOf returns the aggregated labels of agg's tasks, space-separated.
func labelsOf(agg *Aggregation) string {
	var s []string
	for t := range agg.Tasks {
		s = append(s, agg.Label(t).String())
	}
	return strings.Join(s, " ")
}

func TestDawidSkeneToy(t *testing.T) {
	answers := mustAnswers(t, toyJSONL())
	tests := []struct {
		iters      int
		priors     [2]float64    // no, yes
		posteriors [5][2]float64 // t1…t5: no, yes
		// errors of w1…w5: rows observed (no, yes), columns true (no,
		// yes); RLHF.md gives w2's, crowd-kit's test the others.
		errors [5][2][2]float64
		labels string
	}{
		{0, [2]float64{0.46, 0.54},
			[5][2]float64{{.5, .5}, {.4, .6}, {.6, .4}, {0, 1}, {.8, .2}},
			[5][2][2]float64{
				{{.22, .19}, {.78, .81}}, {{.61, .22}, {.39, .78}}, {{.78, .27}, {.22, .73}},
				{{.52, .30}, {.48, .70}}, {{1, .63}, {0, .37}}},
			"no yes no yes no"},
		{1, [2]float64{0.49, 0.51},
			[5][2]float64{{.35, .65}, {.26, .74}, {.87, .13}, {0, 1}, {.95, .05}},
			[5][2][2]float64{
				{{.14, .25}, {.86, .75}}, {{.75, .07}, {.25, .93}}, {{.87, .09}, {.13, .91}},
				{{.50, .31}, {.50, .69}}, {{1, .61}, {0, .39}}},
			"yes yes no yes no"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("n_iter=%d", tt.iters), func(t *testing.T) {
			agg, err := DawidSkene(answers, nil, Stopping{MaxIter: tt.iters, Tol: 1e-5})
			if err != nil {
				t.Fatal(err)
			}
			if got := fmt.Sprint(agg.Labels); got != "[no yes]" {
				t.Fatalf("got labels %s, want [no yes]", got)
			}
			if agg.Iterations != tt.iters {
				t.Errorf("got %d iterations, want %d", agg.Iterations, tt.iters)
			}
			for c := range 2 {
				if !near(agg.Priors[c], tt.priors[c], 0.005) {
					t.Errorf("prior %s: got %.4f, want %.2f", agg.Labels[c], agg.Priors[c], tt.priors[c])
				}
			}
			for task := range 5 {
				for c := range 2 {
					if got := agg.Posterior(task)[c]; !near(got, tt.posteriors[task][c], 0.005) {
						t.Errorf("posterior t%d %s: got %.4f, want %.2f", task+1, agg.Labels[c], got, tt.posteriors[task][c])
					}
				}
			}
			for w := range 5 {
				for y := range 2 {
					for c := range 2 {
						if got := agg.Error(w, y, c); !near(got, tt.errors[w][y][c], 0.005) {
							t.Errorf("%s errors[%s][%s]: got %.4f, want %.2f",
								agg.Workers[w], agg.Labels[y], agg.Labels[c], got, tt.errors[w][y][c])
						}
					}
				}
			}
			if got := labelsOf(agg); got != tt.labels {
				t.Errorf("labels: got %s, want %s", got, tt.labels)
			}
		})
	}
}

// With enough iterations Dawid–Skene recovers the truth, with or without the
// gold labels, where majority vote gets t1 wrong (a tie broken to "no").
func TestDawidSkeneRecoversTruth(t *testing.T) {
	answers := mustAnswers(t, toyJSONL())
	gold := mustGold(t, toyGoldJSONL)
	for _, g := range []map[string]Label{nil, gold} {
		for _, stop := range []Stopping{{MaxIter: 10, Tol: 0}, {MaxIter: 100500, Tol: 1e-5}, DefaultDawidSkene()} {
			agg, err := DawidSkene(answers, g, stop)
			if err != nil {
				t.Fatal(err)
			}
			if got := labelsOf(agg); got != toyTruth {
				t.Errorf("gold %v, %+v: got labels %s, want %s", g, stop, got, toyTruth)
			}
			if stop.Tol > 0 && agg.Iterations >= 100 {
				t.Errorf("gold %v: ran %d iterations, want convergence", g, agg.Iterations)
			}
		}
	}
	mv, err := MajorityVote(answers)
	if err != nil {
		t.Fatal(err)
	}
	if got := labelsOf(mv); got != "no yes no yes no" {
		t.Errorf("majority vote: got %s, want t1 wrong: no yes no yes no", got)
	}
}

// Gold tasks are held at their gold label: at initialisation (n_iter = 0)
// and after every E-step.
func TestDawidSkeneGoldHeld(t *testing.T) {
	answers := mustAnswers(t, toyJSONL())
	gold := mustGold(t, toyGoldJSONL)
	for _, n := range []int{0, 1, 5, 100} {
		agg, err := DawidSkene(answers, gold, Stopping{MaxIter: n, Tol: 1e-5})
		if err != nil {
			t.Fatal(err)
		}
		for task := range 2 { // t1, t2: yes
			if p := agg.Posterior(task); p[0] != 0 || p[1] != 1 {
				t.Errorf("n_iter=%d: gold task %s has posterior %v, want [0 1]", n, agg.Tasks[task], p)
			}
		}
	}
}

// crowd-kit's "simple" dataset, which imitates real Toloka answers: four
// good workers, a fraudster who always answers parrot and a careless one.
const simpleJSONL = `{"worker": "bde3b214b06c1efa6cb1bc6284dc72d2", "task": "1231239876--5fac0d234ffb2f3b00893eec", "label": "goose"}
{"worker": "bde3b214b06c1efa6cb1bc6284dc72d2", "task": "1231239876--5fac0d234ffb2f3b00893efb", "label": "parrot"}
{"worker": "bde3b214b06c1efa6cb1bc6284dc72d2", "task": "1231239876--5fac0d234ffb2f3b00893f03", "label": "goose"}
{"worker": "bde3b214b06c1efa6cb1bc6284dc72d2", "task": "1231239876--5fac0d234ffb2f3b00893f05", "label": "goose"}
{"worker": "bde3b214b06c1efa6cb1bc6284dc72d2", "task": "1231239876--5fac0d234ffb2f3b00893f02", "label": "parrot"}
{"worker": "bde3b214b06c1efa6cb1bc6284dc72d2", "task": "1231239876--5fac0d234ffb2f3b00893f08", "label": "parrot"}
{"worker": "b17c3301ad2ccbb798716fdd405d16e8", "task": "1231239876--5fac0d234ffb2f3b00893efb", "label": "parrot"}
{"worker": "b17c3301ad2ccbb798716fdd405d16e8", "task": "1231239876--5fac0d234ffb2f3b00893ee8", "label": "chicken"}
{"worker": "b17c3301ad2ccbb798716fdd405d16e8", "task": "1231239876--5fac0d234ffb2f3b00893f07", "label": "parrot"}
{"worker": "b17c3301ad2ccbb798716fdd405d16e8", "task": "1231239876--5fac0d234ffb2f3b00893efd", "label": "chicken"}
{"worker": "b17c3301ad2ccbb798716fdd405d16e8", "task": "1231239876--5fac0d234ffb2f3b00893ee4", "label": "chicken"}
{"worker": "b17c3301ad2ccbb798716fdd405d16e8", "task": "1231239876--5fac0d234ffb2f3b00893f03", "label": "goose"}
{"worker": "a452e450f913cfa987cad58d50393718", "task": "1231239876--5fac0d234ffb2f3b00893ee8", "label": "chicken"}
{"worker": "a452e450f913cfa987cad58d50393718", "task": "1231239876--5fac0d234ffb2f3b00893eec", "label": "goose"}
{"worker": "a452e450f913cfa987cad58d50393718", "task": "1231239876--5fac0d234ffb2f3b00893f05", "label": "goose"}
{"worker": "a452e450f913cfa987cad58d50393718", "task": "1231239876--5fac0d234ffb2f3b00893f02", "label": "parrot"}
{"worker": "a452e450f913cfa987cad58d50393718", "task": "1231239876--5fac0d234ffb2f3b00893f08", "label": "parrot"}
{"worker": "0f65edea0a6dc7b9acba1dea313bbb3d", "task": "1231239876--5fac0d234ffb2f3b00893eec", "label": "goose"}
{"worker": "0f65edea0a6dc7b9acba1dea313bbb3d", "task": "1231239876--5fac0d234ffb2f3b00893ee8", "label": "chicken"}
{"worker": "0f65edea0a6dc7b9acba1dea313bbb3d", "task": "1231239876--5fac0d234ffb2f3b00893f03", "label": "goose"}
{"worker": "0f65edea0a6dc7b9acba1dea313bbb3d", "task": "1231239876--5fac0d234ffb2f3b00893ee4", "label": "chicken"}
{"worker": "0c3eb7d5fcc414db137c4180a654c06e", "task": "1231239876--5fac0d234ffb2f3b00893eec", "label": "parrot"}
{"worker": "0c3eb7d5fcc414db137c4180a654c06e", "task": "1231239876--5fac0d234ffb2f3b00893efb", "label": "parrot"}
{"worker": "0c3eb7d5fcc414db137c4180a654c06e", "task": "1231239876--5fac0d234ffb2f3b00893f07", "label": "parrot"}
{"worker": "0c3eb7d5fcc414db137c4180a654c06e", "task": "1231239876--5fac0d234ffb2f3b00893efd", "label": "parrot"}
{"worker": "0c3eb7d5fcc414db137c4180a654c06e", "task": "1231239876--5fac0d234ffb2f3b00893ee4", "label": "parrot"}
{"worker": "0c3eb7d5fcc414db137c4180a654c06e", "task": "1231239876--5fac0d234ffb2f3b00893f05", "label": "parrot"}
{"worker": "e563e2fb32fce9f00123a65a1bc78c55", "task": "1231239876--5fac0d234ffb2f3b00893efb", "label": "parrot"}
{"worker": "e563e2fb32fce9f00123a65a1bc78c55", "task": "1231239876--5fac0d234ffb2f3b00893ee8", "label": "goose"}
{"worker": "e563e2fb32fce9f00123a65a1bc78c55", "task": "1231239876--5fac0d234ffb2f3b00893f02", "label": "parrot"}
{"worker": "e563e2fb32fce9f00123a65a1bc78c55", "task": "1231239876--5fac0d234ffb2f3b00893f08", "label": "parrot"}
{"worker": "e563e2fb32fce9f00123a65a1bc78c55", "task": "1231239876--5fac0d234ffb2f3b00893f07", "label": "parrot"}
{"worker": "e563e2fb32fce9f00123a65a1bc78c55", "task": "1231239876--5fac0d234ffb2f3b00893efd", "label": "goose"}
`

// simpleTruth is the simple dataset's ground truth, tasks in sorted order
// (…ee4 ee8 eec efb efd f02 f03 f05 f07 f08).
const simpleTruth = "chicken chicken goose parrot chicken parrot goose goose parrot parrot"

const simpleGoldJSONL = `{"task": "1231239876--5fac0d234ffb2f3b00893eec", "label": "goose"}
{"task": "1231239876--5fac0d234ffb2f3b00893efb", "label": "parrot"}
{"task": "1231239876--5fac0d234ffb2f3b00893ee8", "label": "chicken"}`

func TestDawidSkeneSimple(t *testing.T) {
	answers := mustAnswers(t, simpleJSONL)
	for _, stop := range []Stopping{{MaxIter: 10, Tol: 0}, {MaxIter: 100500, Tol: 1e-5}} {
		for _, gold := range []map[string]Label{nil, mustGold(t, simpleGoldJSONL)} {
			agg, err := DawidSkene(answers, gold, stop)
			if err != nil {
				t.Fatal(err)
			}
			if got := labelsOf(agg); got != simpleTruth {
				t.Errorf("%+v, gold %v: got %s, want %s", stop, gold != nil, got, simpleTruth)
			}
		}
	}
}

func TestGoldMajorityVoteSimple(t *testing.T) {
	agg, err := GoldMajorityVote(mustAnswers(t, simpleJSONL), mustGold(t, simpleGoldJSONL))
	if err != nil {
		t.Fatal(err)
	}
	wantSkills := map[string]float64{
		"0c3eb7d5fcc414db137c4180a654c06e": 0.5, "0f65edea0a6dc7b9acba1dea313bbb3d": 1,
		"a452e450f913cfa987cad58d50393718": 1, "b17c3301ad2ccbb798716fdd405d16e8": 1,
		"bde3b214b06c1efa6cb1bc6284dc72d2": 1, "e563e2fb32fce9f00123a65a1bc78c55": 0.5,
	}
	for w, name := range agg.Workers {
		if agg.Skills[w] != wantSkills[name] {
			t.Errorf("skill of %s: got %v, want %v", name, agg.Skills[w], wantSkills[name])
		}
	}
	// chicken, goose, parrot
	wantProbas := [][3]float64{
		{0.8, 0, 0.2}, {0.857143, 0.142857, 0}, {0, 0.857143, 0.142857}, {0, 0, 1}, {0.5, 0.25, 0.25},
		{0, 0, 1}, {0, 1, 0}, {0, 0.8, 0.2}, {0, 0, 1}, {0, 0, 1},
	}
	for task, want := range wantProbas {
		for c := range 3 {
			if got := agg.Posterior(task)[c]; !near(got, want[c], 5e-7) {
				t.Errorf("%s %s: got %v, want %v", agg.Tasks[task], agg.Labels[c], got, want[c])
			}
		}
	}
	if got := labelsOf(agg); got != simpleTruth {
		t.Errorf("got %s, want %s", got, simpleTruth)
	}
}

func TestGoldMajorityVoteToy(t *testing.T) {
	agg, err := GoldMajorityVote(mustAnswers(t, toyJSONL()), mustGold(t, toyGoldJSONL))
	if err != nil {
		t.Fatal(err)
	}
	wantSkills := []float64{0.5, 1.0, 1.0, 0.5, 0.0}
	for w, want := range wantSkills {
		if agg.Skills[w] != want {
			t.Errorf("skill of %s: got %v, want %v", agg.Workers[w], agg.Skills[w], want)
		}
	}
	if p := agg.Posterior(0); !near(p[1], 0.75, 1e-12) || !near(p[0], 0.25, 1e-12) {
		t.Errorf("t1 votes: got (no %v, yes %v), want (no .25, yes .75)", p[0], p[1])
	}
	if !near(agg.GoldAccuracy, 5.0/9, 1e-12) {
		t.Errorf("accuracy on gold: got %v, want 5/9", agg.GoldAccuracy)
	}
	if got := labelsOf(agg); got != toyTruth {
		t.Errorf("got labels %s, want %s", got, toyTruth)
	}
}

func TestGoldMajorityVoteEdges(t *testing.T) {
	answers := mustAnswers(t, toyJSONL()+`{"worker": "w6", "task": "t3", "label": "no"}`+"\n")
	agg, err := GoldMajorityVote(answers, mustGold(t, toyGoldJSONL))
	if err != nil {
		t.Fatal(err)
	}
	if got := agg.Skills[5]; got != 5.0/9 {
		t.Errorf("w6, without gold answers: got skill %v, want the gold accuracy 5/9", got)
	}
	// t9 is answered only by w5, whose skill is 0: unweighted shares.
	answers = append(answers, Answer{"w5", "t9", StringLabel("maybe")})
	agg, err = GoldMajorityVote(answers, mustGold(t, toyGoldJSONL))
	if err != nil {
		t.Fatal(err)
	}
	last := len(agg.Tasks) - 1
	if agg.Tasks[last] != "t9" || agg.Label(last) != StringLabel("maybe") {
		t.Errorf("t9: got %v %v, want maybe", agg.Tasks[last], agg.Posterior(last))
	}
	if _, err := GoldMajorityVote(answers, map[string]Label{"t77": StringLabel("x")}); !errors.Is(err, ErrNoGold) {
		t.Errorf("no gold answer: got %v, want ErrNoGold", err)
	}
}

func TestBradleyTerryCases(t *testing.T) {
	transitive := `{"left": "a", "right": "b", "winner": "left"}
{"left": "b", "right": "c", "winner": "left"}
{"left": "a", "right": "c", "winner": "left"}`
	cycle := `{"left": "a", "right": "b", "winner": "left"}
{"left": "b", "right": "c", "winner": "left"}
{"left": "c", "right": "a", "winner": "left"}`
	third := 1.0 / 3
	tests := []struct {
		name  string
		input string
		stop  Stopping
		want  []float64 // a, b, c
	}{
		{"a>b, b>c, a>c; n_iter=10, tol=0", transitive, Stopping{MaxIter: 10, Tol: 0}, []float64{0.934, 0.065, 0.0}},
		{"a>b, b>c, c>a", cycle, DefaultBradleyTerry(), []float64{third, third, third}},
		{"a>b, b>c, c>a; n_iter=10, tol=0", cycle, Stopping{MaxIter: 10, Tol: 0}, []float64{third, third, third}},
		{"a>b, b>c, c>a; n_iter=100500", cycle, Stopping{MaxIter: 100500, Tol: 1e-5}, []float64{third, third, third}},
		{"a>b, b>c, a>c; n_iter=0", transitive, Stopping{MaxIter: 0, Tol: 0}, []float64{third, third, third}},
		{"a>b, b>c, c>a; n_iter=0", cycle, Stopping{MaxIter: 0, Tol: 1e-5}, []float64{third, third, third}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := BradleyTerry(mustComparisons(t, tt.input), tt.stop)
			if err != nil {
				t.Fatal(err)
			}
			for i, want := range tt.want {
				if !near(r.Scores[i], want, 0.005) {
					t.Errorf("%s: got %.4f, want %.3f", r.Items[i], r.Scores[i], want)
				}
			}
		})
	}
	// The transitive case is not strongly connected: report the parts.
	r, _ := BradleyTerry(mustComparisons(t, transitive), DefaultBradleyTerry())
	if got := fmt.Sprint(r.Components); got != "[[a] [b] [c]]" {
		t.Errorf("components: got %s, want [[a] [b] [c]]", got)
	}
	r, _ = BradleyTerry(mustComparisons(t, cycle), DefaultBradleyTerry())
	if r.Components != nil {
		t.Errorf("the cycle is strongly connected, got components %v", r.Components)
	}
}

func TestBradleyTerryNotConnected(t *testing.T) {
	cmps := mustComparisons(t, `{"left": "a", "right": "b", "winner": "left"}
{"left": "c", "right": "d", "winner": "tie"}`)
	if _, err := BradleyTerry(cmps, DefaultBradleyTerry()); !errors.Is(err, ErrNotConnected) ||
		!strings.Contains(err.Error(), "{a, b}, {c, d}") {
		t.Errorf("MM: got %v, want ErrNotConnected naming {a, b}, {c, d}", err)
	}
	if _, err := BradleyTerryMLE(cmps, DefaultMLE(), rand.New(rand.NewPCG(1, 2))); !errors.Is(err, ErrNotConnected) {
		t.Errorf("MLE: got %v, want ErrNotConnected", err)
	}
	if _, err := Elo(cmps, DefaultElo()); err != nil {
		t.Errorf("Elo needs no connected graph: %v", err)
	}
}

// Two items, a beating b three times in four: the maximum likelihood has
// σ(α·Δ) = 3/4, so Δ = ln 3 / ln 10 and the scores are 1000 ± 200·Δ.
func TestBradleyTerryMLETwoItems(t *testing.T) {
	cmps := mustComparisons(t, `{"left": "a", "right": "b", "winner": "left"}
{"left": "b", "right": "a", "winner": "right"}
{"left": "a", "right": "b", "winner": "left"}
{"left": "a", "right": "b", "winner": "right"}`)
	r, err := BradleyTerryMLE(cmps, MLEConfig{Stopping: Stopping{MaxIter: 100, Tol: 1e-12}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	d := 400 * math.Log(3) / math.Log(10)
	if !near(r.Scores[0], 1000+d/2, 1e-9) || !near(r.Scores[1], 1000-d/2, 1e-9) {
		t.Errorf("got %v, want [%v %v]", r.Scores, 1000+d/2, 1000-d/2)
	}
	if fmt.Sprint(r.Ranks) != "[1 2]" || r.Lower != nil {
		t.Errorf("without a bootstrap: got ranks %v, intervals %v; want [1 2] and none", r.Ranks, r.Lower)
	}
	// A tie is half a win: a 3.5 of 4 → σ = 7/8.
	cmps[3].Winner = Tie
	r, _ = BradleyTerryMLE(cmps, MLEConfig{Stopping: Stopping{MaxIter: 100, Tol: 1e-12}}, nil)
	d = 400 * math.Log(7) / math.Log(10)
	if !near(r.Scores[0]-r.Scores[1], d, 1e-9) {
		t.Errorf("with a tie: got a gap %v, want %v", r.Scores[0]-r.Scores[1], d)
	}
}

func TestBradleyTerryMLEBootstrap(t *testing.T) {
	// Four items of rising strength in a dense round robin.
	var cmps []Comparison
	rng := rand.New(rand.NewPCG(3, 4))
	strength := []float64{0, 0.3, 0.6, 1.5}
	for range 60 {
		for i := range strength {
			for j := range strength {
				if i == j {
					continue
				}
				o := LeftWins
				if rng.Float64() > sigmoid(math.Log(10)*(strength[i]-strength[j])) {
					o = RightWins
				}
				cmps = append(cmps, Comparison{Left: fmt.Sprint("m", i), Right: fmt.Sprint("m", j), Winner: o})
			}
		}
	}
	cfg := DefaultMLE()
	cfg.Rounds = 50
	r1, err := BradleyTerryMLE(cmps, cfg, rand.New(rand.NewPCG(9, 9)))
	if err != nil {
		t.Fatal(err)
	}
	r2, _ := BradleyTerryMLE(cmps, cfg, rand.New(rand.NewPCG(9, 9)))
	if fmt.Sprint(r1) != fmt.Sprint(r2) {
		t.Errorf("same seed, different results:\n%v\n%v", r1, r2)
	}
	for i := range r1.Items {
		if !(r1.Lower[i] <= r1.Scores[i] && r1.Scores[i] <= r1.Upper[i]) {
			t.Errorf("%s: score %v outside its interval [%v, %v]", r1.Items[i], r1.Scores[i], r1.Lower[i], r1.Upper[i])
		}
		want := 1
		for j := range r1.Items {
			if r1.Lower[j] > r1.Upper[i] {
				want++
			}
		}
		if r1.Ranks[i] != want {
			t.Errorf("%s: rank %d, want %d", r1.Items[i], r1.Ranks[i], want)
		}
	}
	if r1.Ranks[3] != 1 || r1.Ranks[0] == 1 {
		t.Errorf("got ranks %v, want m3 first and m0 not", r1.Ranks)
	}
	mean := 0.0
	for _, s := range r1.Scores {
		mean += s / 4
	}
	if !near(mean, 1000, 1e-9) {
		t.Errorf("mean score %v, want 1000", mean)
	}
}

func TestEloCase(t *testing.T) {
	r, err := Elo(mustComparisons(t, `{"left": "A", "right": "B", "winner": "left"}`), DefaultElo())
	if err != nil {
		t.Fatal(err)
	}
	if r.Scores[0] != 1002 || r.Scores[1] != 998 {
		t.Errorf("got A %v, B %v; want 1002.0, 998.0", r.Scores[0], r.Scores[1])
	}
	r, _ = Elo(mustComparisons(t, `{"left": "A", "right": "B", "winner": "tie"}`), DefaultElo())
	if r.Scores[0] != 1000 || r.Scores[1] != 1000 {
		t.Errorf("a tie from 1000/1000: got %v, want no change", r.Scores)
	}
}

// wikipediaReliability is the Wikipedia example of Krippendorff's α: 3
// coders × 15 units, "*" missing.
func wikipediaReliability() string {
	rows := map[string]string{
		"A": "* * * * * 3 4 1 2 1 1 3 3 * 3",
		"B": "1 * 2 1 3 3 4 3 * * * * * * *",
		"C": "* * 2 1 3 4 4 * 2 1 1 3 3 * 4",
	}
	var b strings.Builder
	for _, coder := range []string{"A", "B", "C"} {
		for u, v := range strings.Fields(rows[coder]) {
			if v != "*" {
				fmt.Fprintf(&b, `{"worker": %q, "task": "u%02d", "label": %s}`+"\n", coder, u+1, v)
			}
		}
	}
	return b.String()
}

func TestKrippendorffWikipedia(t *testing.T) {
	answers := mustAnswers(t, wikipediaReliability())
	tests := []struct {
		level Level
		want  float64
	}{
		{Nominal, 0.691358},
		{Interval, 0.810845},
	}
	for _, tt := range tests {
		got, err := KrippendorffAlpha(answers, tt.level, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !near(got, tt.want, 5e-7) {
			t.Errorf("%v α: got %.6f, want %.6f", tt.level, got, tt.want)
		}
	}
	// The same data with string labels ordered by a domain: the interval
	// level uses positions, which are the values 1…4 less one.
	str := strings.NewReplacer(`"label": 1`, `"label": "one"`, `"label": 2`, `"label": "two"`,
		`"label": 3`, `"label": "three"`, `"label": 4`, `"label": "four"`).Replace(wikipediaReliability())
	got, err := KrippendorffAlpha(mustAnswers(t, str), Interval, []string{"one", "two", "three", "four"})
	if err != nil || !near(got, 0.810845, 5e-7) {
		t.Errorf("interval α over a domain: got %v, %v; want 0.810845", got, err)
	}
	if _, err := KrippendorffAlpha(mustAnswers(t, str), Ordinal, nil); !errors.Is(err, ErrNeedsOrder) {
		t.Errorf("ordinal α of strings without a domain: got %v, want ErrNeedsOrder", err)
	}
}

// reliabilityJSONL turns reliability data (one row of values a coder,
// "*" missing; values are JSON) into answers: coder c<i>, unit u<j>.
func reliabilityJSONL(rows ...string) string {
	var b strings.Builder
	for c, r := range rows {
		for u, v := range strings.Fields(r) {
			if v != "*" {
				fmt.Fprintf(&b, `{"worker": "c%d", "task": "u%02d", "label": %s}`+"\n", c+1, u+1, v)
			}
		}
	}
	return b.String()
}

// Krippendorff's (2011) "Computing Krippendorff's Alpha-Reliability"
// example, 4 observers × 12 units, as the krippendorff Python package tests
// it.
var krippendorff2011 = []string{
	"1 2 3 3 2 1 4 1 2 * * *",
	"1 2 3 3 2 2 4 1 2 5 * 3",
	"* 3 3 3 2 3 4 2 2 5 1 *",
	"1 2 3 3 2 4 4 1 2 5 1 *",
}

func TestKrippendorffCases(t *testing.T) {
	// The same data as ordered strings (single tokens: rows split on blanks).
	tokens := strings.NewReplacer("1", `"vlow"`, "2", `"low"`, "3", `"mid"`, "4", `"high"`, "5", `"vhigh"`)
	var tok []string
	for _, r := range krippendorff2011 {
		tok = append(tok, tokens.Replace(r))
	}
	tests := []struct {
		name   string
		data   []string
		level  Level
		domain []string
		want   float64
		tol    float64
	}{
		{"2011 nominal", krippendorff2011, Nominal, nil, 0.743, 5e-4},
		{"2011 ordinal", krippendorff2011, Ordinal, nil, 0.815, 5e-4},
		{"2011 interval", krippendorff2011, Interval, nil, 0.849, 5e-4},
		{"2011 ratio", krippendorff2011, Ratio, nil, 0.797, 5e-4},
		{"2011 ordinal, strings by domain", tok, Ordinal, []string{"vlow", "low", "mid", "high", "vhigh"}, 0.815, 5e-4},
		{"ratio with zeros", []string{"0 1 2", "0 1 2"}, Ratio, nil, 1, 0},
		{"string labels nominal", []string{`"pos" "neg" "neu" *`, `"pos" "neg" "neu" "pos"`, `"pos" "neg" "pos" "pos"`}, Nominal, nil, 0.722222, 5e-7},
		{"perfect nominal", []string{"1 2 3 4", "1 2 3 4", "1 2 3 4"}, Nominal, nil, 1, 0},
		{"perfect interval", []string{"1 2 3 4", "1 2 3 4", "1 2 3 4"}, Interval, nil, 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := KrippendorffAlpha(mustAnswers(t, reliabilityJSONL(tt.data...)), tt.level, tt.domain)
			if err != nil {
				t.Fatal(err)
			}
			if !near(got, tt.want, tt.tol) {
				t.Errorf("got %.6f, want %v", got, tt.want)
			}
		})
	}
	errs := []struct {
		name   string
		data   []string
		level  Level
		domain []string
		want   error
	}{
		{"one value only", []string{"1 1", "1 1"}, Nominal, nil, ErrUndefined},
		{"no unit with two coders", []string{"1 *", "* 2"}, Nominal, nil, ErrUndefined},
		{"out of domain", []string{"1 2", "1 3"}, Nominal, []string{"1", "2"}, ErrNotInDomain},
		{"strings without a domain", []string{`"low" "high"`, `"low" "high"`}, Ordinal, nil, ErrNeedsOrder},
		{"ratio of strings", []string{`"low" "high"`, `"low" "high"`}, Ratio, []string{"low", "high"}, ErrNeedsOrder},
		{"negative ratio", []string{"-1 2", "-1 3"}, Ratio, nil, ErrNeedsOrder},
		{"duplicate domain entry", []string{"1 2", "1 2"}, Nominal, []string{"1", "2", "1.0"}, ErrNotInDomain},
	}
	for _, tt := range errs {
		if _, err := KrippendorffAlpha(mustAnswers(t, reliabilityJSONL(tt.data...)), tt.level, tt.domain); !errors.Is(err, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, err, tt.want)
		}
	}
}

// wikipediaFleiss is Wikipedia's Fleiss' κ table: 10 subjects × 5
// categories, 14 raters each.
var wikipediaFleiss = [][5]int{
	{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
	{7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7},
}

// countsJSONL turns a subjects × categories table of counts into answers,
// raters r1, r2, … each rating a subject once.
func countsJSONL(table [][5]int) string {
	var b strings.Builder
	for s, row := range table {
		r := 0
		for c, n := range row {
			for range n {
				r++
				fmt.Fprintf(&b, `{"worker": "r%d", "task": "s%d", "label": %d}`+"\n", r, s+1, c+1)
			}
		}
	}
	return b.String()
}

func TestFleissWikipedia(t *testing.T) {
	got, err := FleissKappa(mustAnswers(t, countsJSONL(wikipediaFleiss)), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !near(got, 0.210, 5e-4) {
		t.Errorf("Fleiss' κ: got %.4f, want 0.210", got)
	}
}

// cohenJSONL returns two raters' answers from a table of counts: n[i][j]
// tasks rated category i by A and j by B, categories named by names.
func cohenJSONL(n [][]int, names []string) string {
	var b strings.Builder
	task := 0
	for i, row := range n {
		for j, c := range row {
			for range c {
				task++
				fmt.Fprintf(&b, `{"worker": "A", "task": "t%d", "label": %s}`+"\n", task, names[i])
				fmt.Fprintf(&b, `{"worker": "B", "task": "t%d", "label": %s}`+"\n", task, names[j])
			}
		}
	}
	return b.String()
}

func TestCohenKappa(t *testing.T) {
	// References: scikit-learn 1.2's cohen_kappa_score for κ, statsmodels
	// 0.13's cohens_kappa (std_kappa) for the standard error.
	t3 := [][]int{{10, 4, 1}, {3, 12, 5}, {1, 2, 12}}
	t4 := [][]int{{5, 2, 0, 1}, {1, 6, 3, 0}, {0, 2, 7, 2}, {1, 0, 2, 8}}
	n3 := []string{"1", "2", "3"}
	n4 := []string{"1", "2", "3", "4"}
	tests := []struct {
		name    string
		table   [][]int
		labels  []string
		weights Weights
		domain  []string
		want    float64
		wantSE  float64
	}{
		// Wikipedia's example: 50 proposals, yes/yes 20, yes/no 5, no/yes
		// 10, no/no 15: p_o = 0.7, p_e = 0.5, κ = 0.4.
		{"wikipedia", [][]int{{20, 5}, {10, 15}}, []string{`"yes"`, `"no"`}, Unweighted, nil, 0.4, 0.12699606293110033},
		{"3x3 unweighted", t3, n3, Unweighted, nil, 0.5180722891566265, 0.09960400495015344},
		{"3x3 linear", t3, n3, Linear, nil, 0.5794392523364486, 0.09439678701022222},
		{"3x3 quadratic", t3, n3, Quadratic, nil, 0.6451612903225807, 0.09988137250678226},
		{"3x3 quadratic by domain", t3, []string{`"lo"`, `"mid"`, `"hi"`}, Quadratic, []string{"lo", "mid", "hi"}, 0.6451612903225807, 0.09988137250678226},
		{"4x4 unweighted", t4, n4, Unweighted, nil, 0.529806884970613, 0.10148668399808265},
		{"4x4 linear", t4, n4, Linear, nil, 0.6238244514106583, 0.09827152508809486},
		{"4x4 quadratic", t4, n4, Quadratic, nil, 0.6747967479674797, 0.1302995195566809},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, err := CohenKappa(mustAnswers(t, cohenJSONL(tt.table, tt.labels)), tt.weights, tt.domain)
			if err != nil {
				t.Fatal(err)
			}
			if !near(k.Value, tt.want, 1e-12) {
				t.Errorf("κ: got %v, want %v", k.Value, tt.want)
			}
			if !near(k.StdErr, tt.wantSE, 1e-12) {
				t.Errorf("standard error: got %v, want %v", k.StdErr, tt.wantSE)
			}
		})
	}
}

func TestCohenKappaErrors(t *testing.T) {
	three := mustAnswers(t, toyJSONL())
	if _, err := CohenKappa(three, Unweighted, nil); !errors.Is(err, ErrNotTwoRaters) {
		t.Errorf("five workers: got %v, want ErrNotTwoRaters", err)
	}
	dup := mustAnswers(t, `{"worker": "A", "task": "t", "label": 1}
{"worker": "B", "task": "t", "label": 1}
{"worker": "A", "task": "t", "label": 2}`)
	if _, err := CohenKappa(dup, Unweighted, nil); !errors.Is(err, ErrDuplicateRating) {
		t.Errorf("a worker rating twice: got %v, want ErrDuplicateRating", err)
	}
	same := mustAnswers(t, cohenJSONL([][]int{{3}}, []string{"1"}))
	if _, err := CohenKappa(same, Unweighted, nil); !errors.Is(err, ErrUndefined) {
		t.Errorf("one category: got %v, want ErrUndefined", err)
	}
	strs := mustAnswers(t, cohenJSONL([][]int{{3, 1}, {1, 3}}, []string{`"a"`, `"b"`}))
	if _, err := CohenKappa(strs, Linear, nil); !errors.Is(err, ErrNeedsOrder) {
		t.Errorf("weighted κ of strings without a domain: got %v, want ErrNeedsOrder", err)
	}
	if _, err := CohenKappa(strs, Linear, []string{"a"}); !errors.Is(err, ErrNotInDomain) {
		t.Errorf("label outside the domain: got %v, want ErrNotInDomain", err)
	}
}

func TestAnomalousLabelers(t *testing.T) {
	// Ten honest labelers say a beats b, c beats d and e beats f (a few
	// dissent); "troll" says the opposite every time, "fresh" votes twice
	// against the grain, "typical" votes with the crowd.
	var cmps []Comparison
	pairs := [][2]string{{"a", "b"}, {"c", "d"}, {"e", "f"}}
	for h := range 10 {
		for p, pr := range pairs {
			o := LeftWins
			if (h+p)%7 == 0 {
				o = RightWins
			}
			cmps = append(cmps, Comparison{pr[0], pr[1], o, fmt.Sprint("h", h)})
		}
	}
	for range 2 {
		for _, pr := range pairs {
			cmps = append(cmps, Comparison{pr[1], pr[0], LeftWins, "troll"}) // the underdog wins
			cmps = append(cmps, Comparison{pr[0], pr[1], LeftWins, "typical"})
		}
	}
	cmps = append(cmps, Comparison{"b", "a", LeftWins, "fresh"}, Comparison{"d", "c", LeftWins, "fresh"})
	got, err := AnomalousLabelers(cmps, DefaultAnomaly())
	if err != nil {
		t.Fatal(err)
	}
	flagged := map[string]bool{}
	for _, v := range got {
		if v.Flagged {
			flagged[v.Worker] = true
		}
	}
	if !flagged["troll"] || flagged["typical"] || flagged["fresh"] || len(flagged) != 1 {
		t.Errorf("got %+v, want only troll flagged", got)
	}
	for _, v := range got {
		if v.Worker == "fresh" && v.Votes != 2 {
			t.Errorf("fresh: got %d votes, want 2", v.Votes)
		}
		if v.Worker == "troll" && !(v.Evidence > 20) {
			t.Errorf("troll: evidence %v, want above 1/α = 20", v.Evidence)
		}
	}
	// The p-value: a vote for b over a against the honest history (a 8
	// times, b 2, no tie): the outcomes at most as frequent as b are b and
	// tie, p = (1+2+0)/(10+1), and the evidence is 1/(2p) = 11/6.
	first, _ := AnomalousLabelers(append([]Comparison{{"b", "a", LeftWins, "solo"}}, cmps[:30]...), DefaultAnomaly())
	for _, v := range first {
		if v.Worker == "solo" && !near(v.Evidence, 11.0/6, 1e-12) {
			t.Errorf("one vote against an 8:2 history: evidence %v, want 11/6", v.Evidence)
		}
	}
	if _, err := AnomalousLabelers([]Comparison{{"a", "b", LeftWins, ""}}, DefaultAnomaly()); !errors.Is(err, ErrNoWorker) {
		t.Errorf("no worker: got %v, want ErrNoWorker", err)
	}
}
