package model

import (
	"context"
	"errors"
	"math"
	"testing"
)

// tinyConfig is a model small enough to train in a test.
var tinyConfig = Config{Context: 3, Embed: 2, Hidden: 4}

func TestGradientMatchesFiniteDifferences(t *testing.T) {
	// The training graph's gradient, against central differences of the
	// loss computed by the inference path (which also checks that both
	// graphs compute the same loss).
	base, err := NewSeeded(3, tinyConfig)
	if err != nil {
		t.Fatal(err)
	}
	data := []byte("ab cab")
	positions := []int{0, 1, 2, 5, 4} // 0 and 1 have padded windows
	opts := TrainOptions{Seed: 1, Steps: 1, BatchSize: len(positions), LearningRate: 0.01}
	tr, err := newTrainer(base, opts)
	if err != nil {
		t.Fatal(err)
	}
	ctx := tinyConfig.Context
	for i, p := range positions {
		fillWindow(tr.idx[i*ctx:(i+1)*ctx], data, p)
		tr.targets[i*Vocab+int(data[p])] = 1
	}
	if err := tr.vm.RunAll(); err != nil {
		t.Fatal(err)
	}
	graphLoss := tr.loss.Value().Data().(float64)
	var grad []float64
	for _, n := range tr.learn {
		g, err := n.Grad()
		if err != nil {
			t.Fatal(err)
		}
		grad = append(grad, g.Data().([]float64)...)
	}
	_, params, _ := decode(base.raw)
	lossAt := func(params []float64) float64 {
		m, err := fromBytes(encode(tinyConfig, params))
		if err != nil {
			t.Fatal(err)
		}
		s, err := m.sumNLL(data, positions)
		if err != nil {
			t.Fatal(err)
		}
		return s / float64(len(positions))
	}
	if want := lossAt(params); math.Abs(graphLoss-want) > 1e-12 {
		t.Fatalf("training graph loss %v, inference loss %v", graphLoss, want)
	}
	if len(grad) != len(params) {
		t.Fatalf("got %d gradient elements, want %d", len(grad), len(params))
	}
	const h = 1e-6
	checked := 0
	for i := range params {
		orig := params[i]
		params[i] = orig + h
		up := lossAt(params)
		params[i] = orig - h
		down := lossAt(params)
		params[i] = orig
		num := (up - down) / (2 * h)
		if math.Abs(num-grad[i]) > 1e-6+1e-5*math.Abs(num) {
			t.Errorf("weight %d: gradient %v, finite difference %v", i, grad[i], num)
		}
		if num != 0 {
			checked++
		}
	}
	if checked < len(params)/4 {
		t.Errorf("only %d of %d gradient elements are non-zero", checked, len(params))
	}
}

func TestTrainDeterministic(t *testing.T) {
	data := []byte("the cat sat on the mat. the dog sat on the log. ")
	opts := TrainOptions{Seed: 9, Steps: 30, BatchSize: 8, LearningRate: 0.05}
	var losses []float64
	opts.Progress = func(step int, loss float64) {
		if step != len(losses)+1 {
			t.Errorf("progress step %d after %d calls", step, len(losses))
		}
		losses = append(losses, loss)
	}
	a, err := Train(context.Background(), tinyConfig, data, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(losses) != opts.Steps || !(losses[len(losses)-1] < losses[0]) {
		t.Errorf("losses %v: want %d of them, falling", losses, opts.Steps)
	}
	opts.Progress = nil
	b, err := Train(context.Background(), tinyConfig, data, opts)
	if err != nil {
		t.Fatal(err)
	}
	if a.Hash() != b.Hash() {
		t.Fatalf("same seed: hashes %s and %s", a.Hash(), b.Hash())
	}
	init, _ := NewSeeded(opts.Seed, tinyConfig)
	if a.Hash() == init.Hash() {
		t.Fatal("training did not change the weights")
	}
	opts.Seed = 10
	c, err := Train(context.Background(), tinyConfig, data, opts)
	if err != nil {
		t.Fatal(err)
	}
	if c.Hash() == a.Hash() {
		t.Error("seeds 9 and 10 train the same weights")
	}
	// Fine-tuning continues from the given weights and leaves them alone.
	before := a.Hash()
	opts.Steps = 5
	ft, err := FineTune(context.Background(), a, data, opts)
	if err != nil {
		t.Fatal(err)
	}
	if a.Hash() != before || ft.Hash() == before {
		t.Errorf("FineTune: base %s -> %s, result %s", before, a.Hash(), ft.Hash())
	}
}

func TestTrainErrors(t *testing.T) {
	ok := TrainOptions{Seed: 1, Steps: 1, BatchSize: 1, LearningRate: 0.01}
	for _, tt := range []struct {
		name string
		edit func(*TrainOptions)
	}{
		{"zero steps", func(o *TrainOptions) { o.Steps = 0 }},
		{"too many steps", func(o *TrainOptions) { o.Steps = MaxTrainSteps + 1 }},
		{"zero batch", func(o *TrainOptions) { o.BatchSize = 0 }},
		{"batch too big", func(o *TrainOptions) { o.BatchSize = MaxBatch + 1 }},
		{"zero rate", func(o *TrainOptions) { o.LearningRate = 0 }},
		{"NaN rate", func(o *TrainOptions) { o.LearningRate = math.NaN() }},
		{"rate too big", func(o *TrainOptions) { o.LearningRate = 2 }},
	} {
		o := ok
		tt.edit(&o)
		if _, err := Train(context.Background(), tinyConfig, []byte("abc"), o); err == nil {
			t.Errorf("%s: got nil error", tt.name)
		}
	}
	if _, err := Train(context.Background(), tinyConfig, nil, ok); !errors.Is(err, ErrNoData) {
		t.Errorf("no data: got %v, want ErrNoData", err)
	}
	if _, err := Train(context.Background(), Config{}, []byte("abc"), ok); err == nil {
		t.Error("bad config: got nil error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Train(ctx, tinyConfig, []byte("abc"), ok); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: got %v, want context.Canceled", err)
	}
}
