package rlhf

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// A labeler policy answers an item as shown; truth is the better response
// as shown (LeftWins: A).
type policy func(rng *rand.Rand, item Item, truth Outcome) Outcome

func honest(accuracy float64) policy {
	return func(rng *rand.Rand, _ Item, truth Outcome) Outcome {
		switch r := rng.Float64(); {
		case r < 0.05:
			return Tie
		case r < 0.05+0.95*accuracy:
			return truth
		}
		return (Task{Swapped: true}).Orient(truth)
	}
}

func randomClicker(rng *rand.Rand, _ Item, _ Outcome) Outcome {
	return []Outcome{LeftWins, RightWins, Tie}[rng.IntN(3)]
}

func alwaysA(*rand.Rand, Item, Outcome) Outcome { return LeftWins }

// colluder answers as its partner does without reading: it prefers the
// response with the smaller hash, whichever side it is shown on.
func colluder(_ *rand.Rand, item Item, _ Outcome) Outcome {
	a, b := sha256.Sum256([]byte(item.Prompt+item.A)), sha256.Sum256([]byte(item.Prompt+item.B))
	if string(a[:]) < string(b[:]) {
		return LeftWins
	}
	return RightWins
}

// population is a set of labelers and how each answers.
type population struct {
	names    []string
	policies map[string]policy
}

// simulate runs one round: pairs and gold with hidden truths, assigned by
// Assign, answered by the policies and oriented back to the pairs.
func simulate(t testing.TB, seed uint64, pop population, pairs, goldPairs int) ([]Answer, map[string]Label) {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 11))
	truth := map[string]Outcome{}
	ordinary, gold := makePairs(fmt.Sprint("p", seed), pairs), makePairs(fmt.Sprint("g", seed), goldPairs)
	goldLabels := map[string]Label{}
	for _, p := range append(ordinary, gold...) {
		truth[p.ID] = LeftWins
		if rng.IntN(2) == 0 {
			truth[p.ID] = RightWins
		}
	}
	for _, p := range gold {
		goldLabels[p.ID] = PreferenceLabel(truth[p.ID])
	}
	plan := mustAssign(t, Round{Seed: []byte(fmt.Sprint("block ", seed)), Labelers: pop.names, Pairs: ordinary, Gold: gold}, DefaultAssign())
	var answers []Answer
	for _, task := range plan.Tasks {
		shown := task.Orient(truth[task.Pair]) // Orient is its own inverse
		said := pop.policies[task.Labeler](rng, task.Item, shown)
		answers = append(answers, Answer{Worker: task.Labeler, Task: task.Pair, Label: PreferenceLabel(task.Orient(said))})
	}
	return answers, goldLabels
}

func standardPopulation(rng *rand.Rand) population {
	pop := population{policies: map[string]policy{}}
	for i := range 6 {
		name := fmt.Sprint("honest", i)
		pop.names = append(pop.names, name)
		pop.policies[name] = honest(0.75 + 0.15*rng.Float64())
	}
	for name, p := range map[string]policy{"random": randomClicker, "always-a": alwaysA, "colluder1": colluder, "colluder2": colluder} {
		pop.names = append(pop.names, name)
		pop.policies[name] = p
	}
	return pop
}

// The population: 6 honest labelers, a random clicker, an
// always-"A" labeler and two colluders; the honest ones must take at least
// 90% of the score mass, in every one of several seeded rounds.
func TestGradeLabelersPopulation(t *testing.T) {
	for seed := range uint64(10) {
		pop := standardPopulation(rand.New(rand.NewPCG(seed, 3)))
		answers, gold := simulate(t, seed, pop, 400, 60)
		g, err := GradeLabelers(answers, gold, DefaultGrade())
		if err != nil {
			t.Fatal(err)
		}
		var honestMass, total float64
		byName := map[string]LabelerGrade{}
		for _, lg := range g.Labelers {
			byName[lg.Worker] = lg
			total += lg.Score
			if strings.HasPrefix(lg.Worker, "honest") {
				honestMass += lg.Score
			}
			if lg.Score < 0 || lg.Score > 1 || math.IsNaN(lg.Score) {
				t.Errorf("seed %d: %s scores %v, outside [0, 1]", seed, lg.Worker, lg.Score)
			}
			t.Logf("seed %d %-10s answers %3d gold %2d/%2d reliability %.3f gold κ %.3f colluders %v score %.3f",
				seed, lg.Worker, lg.Answers, lg.GoldCorrect, lg.GoldAnswers, lg.Reliability, lg.GoldKappa, lg.Colluders, lg.Score)
		}
		share := honestMass / total
		t.Logf("seed %d: honest share %.4f", seed, share)
		if share < 0.9 {
			t.Errorf("seed %d: honest labelers hold %.3f of the score mass, want ≥ 0.9", seed, share)
		}
		if len(g.Collusions) != 1 || g.Collusions[0].A != "colluder1" || g.Collusions[0].B != "colluder2" {
			t.Errorf("seed %d: got collusions %+v, want only colluder1–colluder2", seed, g.Collusions)
		}
		for _, name := range []string{"random", "always-a"} {
			if s := byName[name].Score; s > 0.06 {
				t.Errorf("seed %d: %s scores %.3f, want ≤ 0.06", seed, name, s)
			}
		}
		if mean := honestMass / 6; mean < 0.15 {
			t.Errorf("seed %d: honest labelers score %.3f on average, want ≥ 0.15", seed, mean)
		}
	}
}

// A copier of an honest labeler agrees with them more than two
// independent labelers of their skill would: both are flagged.
func TestGradeLabelersCopier(t *testing.T) {
	pop := population{policies: map[string]policy{}}
	for i := range 6 {
		name := fmt.Sprint("honest", i)
		pop.names = append(pop.names, name)
		pop.policies[name] = honest(0.8)
	}
	// The source answers honestly from a pseudo-random stream keyed by the
	// item's content; the copier reproduces exactly that answer.
	source := func(_ *rand.Rand, item Item, truth Outcome) Outcome {
		h := sha256.Sum256([]byte(item.Prompt + "\x00" + min(item.A, item.B)))
		r := rand.New(rand.NewPCG(uint64(h[0])|uint64(h[1])<<8|uint64(h[2])<<16|uint64(h[3])<<24, 1))
		return honest(0.8)(r, item, truth)
	}
	pop.names = append(pop.names, "source", "copier")
	pop.policies["source"], pop.policies["copier"] = source, source
	answers, gold := simulate(t, 9, pop, 500, 60)
	g, err := GradeLabelers(answers, gold, DefaultGrade())
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Collusions) != 1 || g.Collusions[0].A != "copier" || g.Collusions[0].B != "source" {
		t.Fatalf("got collusions %+v, want copier–source", g.Collusions)
	}
	c := g.Collusions[0]
	t.Logf("copier–source: %d of %d alike, expected %.3f, z %.1f", c.Agreed, c.Shared, c.Expected, c.Z)
	for _, lg := range g.Labelers {
		flagged := lg.Worker == "copier" || lg.Worker == "source"
		if flagged != (lg.Score == 0) {
			t.Errorf("%s: score %.3f, colluders %v", lg.Worker, lg.Score, lg.Colluders)
		}
	}
}

// Table cases of the score's pieces on hand-made answers.
func TestGradeLabelersCases(t *testing.T) {
	A, B, Tie := StringLabel(ChoiceA), StringLabel(ChoiceB), StringLabel(ChoiceTie)
	// 40 tasks, truth alternating A/B; every fourth is gold.
	truth := func(i int) Label {
		if i%2 == 0 {
			return A
		}
		return B
	}
	gold := map[string]Label{}
	build := func(workers map[string]func(i int) Label) []Answer {
		var out []Answer
		for i := range 40 {
			task := fmt.Sprintf("t%02d", i)
			if i%4 == 0 {
				gold[task] = truth(i)
			}
			for _, w := range []string{"p1", "p2", "p3", "x"} {
				if f, ok := workers[w]; ok {
					out = append(out, Answer{Worker: w, Task: task, Label: f(i)})
				}
			}
		}
		return out
	}
	perfect := truth
	tests := []struct {
		name     string
		x        func(i int) Label
		min, max float64 // bounds on x's score
		relMax   float64
	}{
		{"perfect", perfect, 0.7, 1, 1},
		{"always A", func(int) Label { return A }, 0, 0, 0},
		{"always tie", func(int) Label { return Tie }, 0, 0, 0},
		{"always wrong", func(i int) Label { return truth(i + 1) }, 0, 0, 0},
		{"right on gold only", func(i int) Label {
			if i%4 == 0 {
				return truth(i)
			}
			return truth(i + 1)
		}, 0, 0.01, 0},
	}
	for _, tt := range tests {
		gold = map[string]Label{}
		answers := build(map[string]func(int) Label{"p1": perfect, "p2": perfect, "p3": perfect, "x": tt.x})
		g, err := GradeLabelers(answers, gold, DefaultGrade())
		if err != nil {
			t.Fatal(err)
		}
		x := g.Labelers[3]
		if x.Worker != "x" || x.Answers != 40 || x.GoldAnswers != 10 {
			t.Fatalf("%s: got %+v", tt.name, x)
		}
		if x.Score < tt.min || x.Score > tt.max+1e-6 || x.Reliability > tt.relMax+1e-6 {
			t.Errorf("%s: got score %.4f (reliability %.4f, gold κ %.4f), want score in [%v, %v], reliability ≤ %v",
				tt.name, x.Score, x.Reliability, x.GoldKappa, tt.min, tt.max, tt.relMax)
		}
	}
	// The gold κ formula on a worked case: 10 gold answers, 8 right, half
	// the gold A, the labeler answering A half the time: chance 0.5, κ =
	// (8 − 5) / ((10 + 2)·0.5) = 0.5.
	gold = map[string]Label{}
	var answers []Answer
	for i := range 10 {
		task := fmt.Sprint("g", i)
		gold[task] = truth(i)
		l := truth(i)
		if i < 2 {
			l = truth(i + 1)
		}
		answers = append(answers, Answer{Worker: "w", Task: task, Label: l})
	}
	g, err := GradeLabelers(answers, gold, DefaultGrade())
	if err != nil {
		t.Fatal(err)
	}
	if lg := g.Labelers[0]; lg.GoldCorrect != 8 || math.Abs(lg.GoldKappa-0.5) > 1e-12 {
		t.Errorf("got %d right, gold κ %v; want 8 and 0.5", lg.GoldCorrect, lg.GoldKappa)
	}
}

func TestGradeLabelersDeterministic(t *testing.T) {
	pop := standardPopulation(rand.New(rand.NewPCG(1, 3)))
	answers, gold := simulate(t, 1, pop, 150, 20)
	want, err := GradeLabelers(answers, gold, DefaultGrade())
	if err != nil {
		t.Fatal(err)
	}
	got, err := GradeLabelers(shuffled(rand.New(rand.NewPCG(4, 4)), answers), gold, DefaultGrade())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Labelers, want.Labelers) || !reflect.DeepEqual(got.Collusions, want.Collusions) {
		t.Errorf("shuffled answers changed the grades")
	}
	empty, err := GradeLabelers(nil, nil, DefaultGrade())
	if err != nil || len(empty.Labelers) != 0 {
		t.Errorf("no answers: got %+v, %v; want no grades", empty, err)
	}
}

func TestGradeConfigValidate(t *testing.T) {
	tests := []struct {
		name string
		edit func(*GradeConfig)
		msg  string
	}{
		{"negative evidence", func(c *GradeConfig) { c.Evidence = -1 }, "evidence -1"},
		{"NaN gold prior", func(c *GradeConfig) { c.GoldPrior = math.NaN() }, "gold prior NaN"},
		{"inf z", func(c *GradeConfig) { c.Collusion.Z = math.Inf(1) }, "collusion z"},
		{"min shared 0", func(c *GradeConfig) { c.Collusion.MinShared = 0 }, "at least 1 shared task"},
		{"penalty 2", func(c *GradeConfig) { c.Collusion.Penalty = 2 }, "penalty 2"},
		{"bad stopping", func(c *GradeConfig) { c.DawidSkene.MaxIter = -1 }, "negative"},
	}
	for _, tt := range tests {
		cfg := DefaultGrade()
		tt.edit(&cfg)
		_, err := GradeLabelers(nil, nil, cfg)
		if !errors.Is(err, ErrInvalidConfig) || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%s: got %v, want ErrInvalidConfig containing %q", tt.name, err, tt.msg)
		}
	}
	if err := DefaultGrade().Validate(); err != nil {
		t.Errorf("DefaultGrade: %v", err)
	}
}
