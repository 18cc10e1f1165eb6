package model

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"reflect"
	"runtime"
	"slices"
	"sync"
	"testing"
)

// inferPrompts are prompts of every length class: empty, shorter than the
// context, longer, and binary.
var inferPrompts = [][]byte{
	nil, []byte("a"), []byte("hello world"), []byte("a prompt longer than the sixteen-byte context window"),
	{0, 0xff, 0xfe}, []byte("It was a truth"), []byte("Anne"), []byte("\n\n"),
}

func TestInferMatchesGenerate(t *testing.T) {
	m := newTestLM(t, 4)
	for _, p := range inferPrompts {
		steps, err := m.Infer(p, 24, 5)
		if err != nil {
			t.Fatal(err)
		}
		tokens, _, err := m.Generate(string(p), 24)
		if err != nil {
			t.Fatal(err)
		}
		if len(steps) != 24 {
			t.Fatalf("Infer(%q): %d steps, want 24", p, len(steps))
		}
		for i, s := range steps {
			if int(s.Token) != tokens[i] {
				t.Fatalf("Infer(%q) step %d: token %d, Generate %d", p, i, s.Token, tokens[i])
			}
			checkStep(t, s, 5)
		}
	}
}

// checkStep checks a Step's invariants: k entries, sorted, the first the
// greedy token, probabilities that are log-probabilities.
func checkStep(t *testing.T, s Step, k int) {
	t.Helper()
	if len(s.TopK) != k {
		t.Fatalf("got %d top-k entries, want %d", len(s.TopK), k)
	}
	if k > 0 && (s.TopK[0].Token != s.Token || s.TopK[0].LogProb != s.LogProb) {
		t.Errorf("TopK[0] = %+v, want the greedy token %d (%v)", s.TopK[0], s.Token, s.LogProb)
	}
	var mass float64
	for i, e := range s.TopK {
		if !(e.LogProb <= 0) {
			t.Errorf("log-probability %v > 0", e.LogProb)
		}
		if i > 0 && e.LogProb > s.TopK[i-1].LogProb {
			t.Errorf("top-k not sorted: %+v", s.TopK)
		}
		mass += math.Exp(e.LogProb)
	}
	if mass > 1+1e-12 {
		t.Errorf("top-k mass %v > 1", mass)
	}
}

func TestInferBatchBitIdentical(t *testing.T) {
	// Every batch size, including ones that pad their graph (3, 5) and the
	// largest, gives exactly what batch 1 gives.
	m := newTestLM(t, 6)
	want := make([][]Step, len(inferPrompts))
	for i, p := range inferPrompts {
		var err error
		if want[i], err = m.Infer(p, 12, 4); err != nil {
			t.Fatal(err)
		}
	}
	for _, n := range []int{2, 3, 5, 8, 16, MaxBatch} {
		prompts := make([][]byte, n)
		for i := range prompts {
			prompts[i] = inferPrompts[i%len(inferPrompts)]
		}
		got, err := m.InferBatch(prompts, 12, 4)
		if err != nil {
			t.Fatal(err)
		}
		for i := range prompts {
			if !reflect.DeepEqual(got[i], want[i%len(inferPrompts)]) {
				t.Fatalf("batch %d, prompt %d: got %+v, want %+v", n, i, got[i], want[i%len(inferPrompts)])
			}
		}
	}
}

func TestInferAcrossRoundTripAndProcs(t *testing.T) {
	m := newTestLM(t, 8)
	want, err := m.InferBatch(inferPrompts, 20, MaxTopK)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	loaded, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	for _, mm := range []*LM{m, loaded} {
		got, err := mm.InferBatch(inferPrompts, 20, MaxTopK)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatal("a reloaded model, or GOMAXPROCS 1, infers differently")
		}
	}
}

func TestLogProbsMatchInfer(t *testing.T) {
	// A validator's recomputation of any positions of an honest answer is
	// bit-identical to the miner's steps.
	m := newTestLM(t, 12)
	for _, p := range inferPrompts {
		steps, err := m.Infer(p, 40, 3)
		if err != nil {
			t.Fatal(err)
		}
		text := slices.Clone(p)
		var positions []int
		for i, s := range steps {
			text = append(text, s.Token)
			positions = append(positions, len(p)+i)
		}
		got, err := m.LogProbs(text, positions, 3)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, steps) {
			t.Fatalf("LogProbs of prompt %q: got %+v, want %+v", p, got, steps)
		}
		// A sample in any order, with repeats: the same steps.
		sample := []int{positions[39], positions[0], positions[17], positions[39]}
		got, err = m.LogProbs(text, sample, 3)
		if err != nil {
			t.Fatal(err)
		}
		for i, q := range sample {
			if !reflect.DeepEqual(got[i], steps[q-len(p)]) {
				t.Fatalf("LogProbs at %d: got %+v, want %+v", q, got[i], steps[q-len(p)])
			}
		}
	}
}

func TestLogProbsManyPositions(t *testing.T) {
	// More positions than one graph evaluation covers.
	m := newTestLM(t, 2)
	text := bytes.Repeat([]byte("abcdefghij "), 60)
	positions := make([]int, 0, len(text)+1)
	for p := len(text); p >= 0; p-- {
		positions = append(positions, p)
	}
	all, err := m.LogProbs(text, positions, 2)
	if err != nil {
		t.Fatal(err)
	}
	for _, i := range []int{0, 1, MaxBatch - 1, MaxBatch, 2*MaxBatch + 7, len(positions) - 1} {
		one, err := m.LogProbs(text, positions[i:i+1], 2)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(one[0], all[i]) {
			t.Errorf("position %d alone: %+v, in a batch: %+v", positions[i], one[0], all[i])
		}
	}
}

func TestInferErrors(t *testing.T) {
	m := newTestLM(t, 1)
	tests := []struct {
		name string
		call func() error
		want error
	}{
		{"max tokens 0", func() error { _, err := m.Infer(nil, 0, 1); return err }, ErrMaxTokens},
		{"max tokens too many", func() error { _, err := m.Infer(nil, MaxGenerate+1, 1); return err }, ErrMaxTokens},
		{"k negative", func() error { _, err := m.Infer(nil, 1, -1); return err }, ErrTopK},
		{"k too big", func() error { _, err := m.Infer(nil, 1, MaxTopK+1); return err }, ErrTopK},
		{"no prompts", func() error { _, err := m.InferBatch(nil, 1, 1); return err }, ErrBatch},
		{"too many prompts", func() error { _, err := m.InferBatch(make([][]byte, MaxBatch+1), 1, 1); return err }, ErrBatch},
		{"position negative", func() error { _, err := m.LogProbs([]byte("ab"), []int{-1}, 1); return err }, ErrPosition},
		{"position past end", func() error { _, err := m.LogProbs([]byte("ab"), []int{0, 3}, 1); return err }, ErrPosition},
		{"too many positions", func() error { _, err := m.LogProbs(nil, make([]int, MaxPositions+1), 1); return err }, ErrPosition},
		{"logprobs k", func() error { _, err := m.LogProbs(nil, []int{0}, MaxTopK+1); return err }, ErrTopK},
	}
	for _, tt := range tests {
		if err := tt.call(); !errors.Is(err, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, err, tt.want)
		}
	}
	// The edges are fine.
	if s, err := m.LogProbs(nil, []int{0}, MaxTopK); err != nil || len(s) != 1 || len(s[0].TopK) != MaxTopK {
		t.Errorf("LogProbs at 0 of an empty text: %v, %v", s, err)
	}
	if s, err := m.LogProbs([]byte("x"), nil, 0); err != nil || len(s) != 0 {
		t.Errorf("LogProbs of no positions: %v, %v", s, err)
	}
}

func TestTopKAndLogSoftmax(t *testing.T) {
	nan := math.NaN()
	tests := []struct {
		v    []float64
		k    int
		want []int
	}{
		{[]float64{1, 3, 2}, 2, []int{1, 2}},
		{[]float64{1, 1, 1}, 2, []int{0, 1}},
		{[]float64{0, 2, 2, 1}, 4, []int{1, 2, 3, 0}},
		{[]float64{nan, 0, 5, 5}, 3, []int{2, 3, 1}},
		{[]float64{1, nan, 1}, 3, []int{0, 2, 1}},
		{[]float64{4, 3}, 5, []int{0, 1}},
	}
	for _, tt := range tests {
		if got := topK(tt.v, tt.k); !slices.Equal(got, tt.want) {
			t.Errorf("topK(%v, %d) = %v, want %v", tt.v, tt.k, got, tt.want)
		}
		if got := topK(tt.v, 1); len(got) != 1 || got[0] != argmax(tt.v) {
			t.Errorf("topK(%v, 1) = %v, want argmax %d", tt.v, got, argmax(tt.v))
		}
	}
	// Large logits do not overflow; the result normalises.
	z := []float64{1000, 999, -1000, 0}
	lp := make([]float64, len(z))
	logSoftmax(lp, z)
	var mass float64
	for _, v := range lp {
		mass += math.Exp(v)
	}
	if math.Abs(mass-1) > 1e-12 || math.Abs(lp[0]-(-math.Log1p(math.Exp(-1)))) > 1e-12 {
		t.Errorf("logSoftmax(%v) = %v (mass %v)", z, lp, mass)
	}
}

func TestTopKNaive(t *testing.T) {
	// topK against a full stable sort, on logits with many ties.
	for seed := range 50 {
		v := make([]float64, Vocab)
		for i := range v {
			v[i] = float64((i*7 + seed*13) % 11)
		}
		order := make([]int, Vocab)
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int {
			switch {
			case v[a] > v[b]:
				return -1
			case v[a] < v[b]:
				return 1
			}
			return 0
		})
		for _, k := range []int{1, 3, MaxTopK, Vocab} {
			if got := topK(v, k); !slices.Equal(got, order[:k]) {
				t.Fatalf("seed %d k %d: topK %v, sort %v", seed, k, got, order[:k])
			}
		}
	}
}

func ExampleLM_Infer() {
	m, err := Reference()
	if err != nil {
		panic(err)
	}
	steps, err := m.Infer([]byte("Captain Wentworth"), 4, 2)
	if err != nil {
		panic(err)
	}
	for _, s := range steps {
		fmt.Printf("%q %.3f, runner-up %q %.3f\n", s.Token, s.LogProb, s.TopK[1].Token, s.TopK[1].LogProb)
	}
	// Output:
	// ' ' -0.784, runner-up '.' -1.770
	// 'w' -1.877, runner-up 'a' -1.985
	// 'a' -0.896, runner-up 'h' -1.058
	// 's' -0.207, runner-up 'l' -3.127
}

func TestInferConcurrent(t *testing.T) {
	// Goroutines share one model through every entry point and batch size,
	// while another fine-tunes it.
	m := newTestLM(t, 14)
	want, err := m.InferBatch(inferPrompts, 8, 3)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 32)
	for g := range 6 {
		wg.Go(func() {
			n := 1 + g%len(inferPrompts)
			got, err := m.InferBatch(inferPrompts[:n], 8, 3)
			if err == nil && !reflect.DeepEqual(got, want[:n]) {
				err = fmt.Errorf("batch %d concurrently: different steps", n)
			}
			if err != nil {
				errs <- err
			}
			text := append(slices.Clone(inferPrompts[2]), stepTokens(want[2])...)
			lp, err := m.LogProbs(text, []int{len(inferPrompts[2]) + 7}, 3)
			if err == nil && !reflect.DeepEqual(lp[0], want[2][7]) {
				err = fmt.Errorf("LogProbs concurrently: got %+v, want %+v", lp[0], want[2][7])
			}
			if err != nil {
				errs <- err
			}
		})
	}
	wg.Go(func() {
		opts := TrainOptions{Seed: 1, Steps: 2, BatchSize: 4, LearningRate: 0.01}
		if _, err := FineTune(context.Background(), m, []byte("concurrent fine-tuning"), opts); err != nil {
			errs <- err
		}
	})
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// stepTokens returns the tokens of steps.
func stepTokens(steps []Step) []byte {
	out := make([]byte, len(steps))
	for i, s := range steps {
		out[i] = s.Token
	}
	return out
}
