package reward

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/agora-net/agora/rlhf"
)

// randomWord returns a lower-case word of 3 to 8 letters.
func randomWord(rng *rand.Rand) string {
	b := make([]byte, 3+rng.IntN(6))
	for i := range b {
		b[i] = byte('a' + rng.IntN(26))
	}
	return string(b)
}

// synthetic returns a learnable preference: for each prompt about a
// keyword, the chosen response mentions the keyword and does not repeat
// itself; one rejected response leaves the keyword out, another repeats a
// phrase. Keywords are fresh for every prompt, so only the overlap and
// repetition features can generalise to held-out prompts.
func synthetic(seed uint64, prompts int) []rlhf.Preference {
	rng := rand.New(rand.NewPCG(seed, 99))
	vocab := make([]string, 300)
	for i := range vocab {
		vocab[i] = randomWord(rng)
	}
	sentence := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = vocab[rng.IntN(len(vocab))]
		}
		return out
	}
	templates := []string{"Tell me about %s.", "What is %s?", "Explain %s briefly.", "Write a line on %s"}
	var out []rlhf.Preference
	for range prompts {
		kw := randomWord(rng) + randomWord(rng)
		prompt := fmt.Sprintf(templates[rng.IntN(len(templates))], kw)
		good := sentence(8 + rng.IntN(6))
		good[rng.IntN(len(good))] = kw
		noKeyword := sentence(8 + rng.IntN(6))
		phrase := sentence(2 + rng.IntN(2))
		repetitive := []string{kw}
		for len(repetitive) < 9 {
			repetitive = append(repetitive, phrase...)
		}
		chosen := strings.Join(good, " ")
		out = append(out,
			rlhf.Preference{Prompt: prompt, Chosen: chosen, Rejected: strings.Join(noKeyword, " ")},
			rlhf.Preference{Prompt: prompt, Chosen: chosen, Rejected: strings.Join(repetitive, " ")},
		)
	}
	return out
}

func TestTrainLearnsSyntheticPreference(t *testing.T) {
	prefs := synthetic(1, 300)
	tc := DefaultTrain()
	tc.Steps = 120
	m, rep, err := Train(prefs, DefaultConfig(), tc)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v, hash %s", rep, m.Hash())
	if rep.HeldOutPairs < 60 || rep.TrainPairs+rep.HeldOutPairs != len(prefs) {
		t.Fatalf("split: %+v", rep)
	}
	if rep.HeldOutAccuracy < 0.9 {
		t.Errorf("held-out pair accuracy %.3f, want ≥ 0.9", rep.HeldOutAccuracy)
	}
	// Fresh prompts from another seed, never seen.
	if acc := m.Accuracy(synthetic(2, 100)); acc < 0.9 {
		t.Errorf("accuracy on fresh prompts %.3f, want ≥ 0.9", acc)
	}
}

// small is a fast model shape for tests that train several times.
func small() (Config, TrainConfig) {
	tc := DefaultTrain()
	tc.Steps = 40
	return Config{Buckets: 256, Embed: 8, Hidden: 8}, tc
}

// The same preferences and seed give the same weights, bit for bit, in any
// input order; another seed gives other weights.
func TestTrainDeterministic(t *testing.T) {
	prefs := synthetic(3, 60)
	mc, tc := small()
	a, repA, err := Train(prefs, mc, tc)
	if err != nil {
		t.Fatal(err)
	}
	shuffled := slices.Clone(prefs)
	rand.New(rand.NewPCG(5, 5)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	b, repB, err := Train(shuffled, mc, tc)
	if err != nil {
		t.Fatal(err)
	}
	if a.Hash() != b.Hash() || repA != repB {
		t.Errorf("same seed: hashes %s and %s, reports %+v and %+v", a.Hash(), b.Hash(), repA, repB)
	}
	tc.Seed++
	c, _, err := Train(prefs, mc, tc)
	if err != nil {
		t.Fatal(err)
	}
	if c.Hash() == a.Hash() {
		t.Errorf("seeds %d and %d gave the same model", tc.Seed-1, tc.Seed)
	}
}

// Score, a plain Go loop, computes what the gorgonia graph computes.
func TestScoreMatchesGraph(t *testing.T) {
	prefs := synthetic(4, 20)
	mc, tc := small()
	train, _, _ := split(prefs, 0)
	tr, err := newTrainer(train, mc, tc)
	if err != nil {
		t.Fatal(err)
	}
	for range 5 {
		if _, err := tr.step(); err != nil {
			t.Fatal(err)
		}
	}
	batch := tr.nextBatch()
	rows := tr.fill(batch)
	if err := tr.vm.RunAll(); err != nil {
		t.Fatal(err)
	}
	got := tr.r.Value().Data().([]float64)
	tr.vm.Reset()
	m := tr.model()
	row := 0
	for _, gi := range batch {
		for _, fs := range tr.groups[gi].rows {
			want := m.score(fs)
			if math.Abs(got[row]-want) > 1e-12*max(1, math.Abs(want)) {
				t.Errorf("row %d: graph %v, Score %v", row, got[row], want)
			}
			row++
		}
	}
	if row != rows || rows == 0 {
		t.Errorf("compared %d rows, batch has %d", row, rows)
	}
}

// Batches hold whole prompts: never more than BatchPairs pairs unless one
// prompt alone has more, and every prompt once an epoch.
func TestBatchesKeepPromptsWhole(t *testing.T) {
	var prefs []rlhf.Preference
	for i, n := range []int{1, 5, 2, 9, 3, 3, 1, 4} {
		for j := range n {
			prefs = append(prefs, rlhf.Preference{Prompt: fmt.Sprint("p", i), Chosen: fmt.Sprint("c", j), Rejected: fmt.Sprint("r", j)})
		}
	}
	mc, tc := small()
	tc.BatchPairs = 6
	train, _, _ := split(prefs, 0)
	tr, err := newTrainer(train, mc, tc)
	if err != nil {
		t.Fatal(err)
	}
	if tr.capPairs != 9 {
		t.Errorf("capacity %d pairs, want 9 (the largest prompt)", tr.capPairs)
	}
	for epoch := range 3 {
		seen := map[int]bool{}
		for len(seen) < len(tr.groups) {
			pairs := 0
			for _, g := range tr.nextBatch() {
				if seen[g] {
					t.Fatalf("epoch %d: prompt %d twice", epoch, g)
				}
				seen[g] = true
				pairs += len(tr.groups[g].pairs)
			}
			if pairs > tc.BatchPairs && pairs != 9 {
				t.Errorf("batch of %d pairs", pairs)
			}
		}
	}
}

func TestTrainCentering(t *testing.T) {
	prefs := synthetic(6, 60)
	mc, tc := small()
	spread := func(center float64) float64 {
		tc.Center = center
		m, _, err := Train(prefs, mc, tc)
		if err != nil {
			t.Fatal(err)
		}
		s := 0.0
		for _, p := range prefs {
			sum := m.Score(p.Prompt, p.Chosen) + m.Score(p.Prompt, p.Rejected)
			s += sum * sum / float64(len(prefs))
		}
		return s
	}
	without, with := spread(0), spread(1)
	t.Logf("mean (r_c + r_r)²: %.4f without centering, %.4f with coefficient 1", without, with)
	if !(with < without) || with > 0.5 {
		t.Errorf("centering did not pin the scale: %.4f with, %.4f without", with, without)
	}
}

func TestTrainErrors(t *testing.T) {
	prefs := synthetic(7, 5)
	mc, tc := small()
	tests := []struct {
		name string
		mc   Config
		edit func(*TrainConfig)
		want error
		msg  string
	}{
		{"no buckets", Config{Buckets: 0, Embed: 1, Hidden: 1}, nil, ErrInvalidConfig, "0 buckets"},
		{"wide", Config{Buckets: 8, Embed: 2000, Hidden: 1}, nil, ErrInvalidConfig, "embed 2000"},
		{"negative steps", mc, func(c *TrainConfig) { c.Steps = -1 }, ErrInvalidConfig, "-1 steps"},
		{"batch 0", mc, func(c *TrainConfig) { c.BatchPairs = 0 }, ErrInvalidConfig, "0 pairs a batch"},
		{"rate 0", mc, func(c *TrainConfig) { c.LearningRate = 0 }, ErrInvalidConfig, "learning rate 0"},
		{"center NaN", mc, func(c *TrainConfig) { c.Center = math.NaN() }, ErrInvalidConfig, "centering coefficient NaN"},
		{"holdout 1", mc, func(c *TrainConfig) { c.Holdout = 1 }, ErrInvalidConfig, "holdout 1"},
		{"all held out", mc, func(c *TrainConfig) { c.Holdout = 0.999999 }, ErrNoData, "10 pairs, 10 of them held out"},
	}
	for _, tt := range tests {
		c := tc
		if tt.edit != nil {
			tt.edit(&c)
		}
		_, _, err := Train(prefs, tt.mc, c)
		if !errors.Is(err, tt.want) || !strings.Contains(fmt.Sprint(err), tt.msg) {
			t.Errorf("%s: got %v, want %v containing %q", tt.name, err, tt.want, tt.msg)
		}
	}
	if _, _, err := Train(nil, mc, tc); !errors.Is(err, ErrNoData) {
		t.Errorf("no preferences: got %v, want ErrNoData", err)
	}
}

// BenchmarkTrainStep measures optimiser steps of the default model on
// batches of 32 pairs (64 responses).
func BenchmarkTrainStep(b *testing.B) {
	prefs := synthetic(1, 300)
	train, _, _ := split(prefs, 0)
	tr, err := newTrainer(train, DefaultConfig(), DefaultTrain())
	if err != nil {
		b.Fatal(err)
	}
	steps := 0
	for b.Loop() {
		if _, err := tr.step(); err != nil {
			b.Fatal(err)
		}
		steps++
	}
	b.ReportMetric(float64(steps)/b.Elapsed().Seconds(), "steps/s")
	b.ReportMetric(float64(steps*tr.capPairs)/b.Elapsed().Seconds(), "pairs/s")
}

// BenchmarkScore scores a 60-byte response to a 25-byte prompt with the
// default model.
func BenchmarkScore(b *testing.B) {
	m := newModel(DefaultConfig(), initialParams(DefaultConfig(), 1))
	p := synthetic(1, 1)[0]
	for b.Loop() {
		m.Score(p.Prompt, p.Chosen)
	}
}

// goldenHash pins the features, the initialisation, the batch order and
// the optimiser: a change to any of them changes the published models, so
// it must be deliberate (update the hash, and FeatureVersion or
// FormatVersion where the meaning of a file changes). Measured on amd64,
// where gonum's kernels do not fuse multiply-adds.
const goldenHash = "29aec5ac857dd5c6785248f248e5b61dbdcf4f312bb1b82bffe0abd996885548"

func TestTrainGoldenHash(t *testing.T) {
	if runtime.GOARCH != "amd64" {
		t.Skipf("golden hash measured on amd64, not %s", runtime.GOARCH)
	}
	mc, tc := small()
	m, _, err := Train(synthetic(3, 60), mc, tc)
	if err != nil {
		t.Fatal(err)
	}
	if m.Hash() != goldenHash {
		t.Errorf("got model %s, want %s", m.Hash(), goldenHash)
	}
}
