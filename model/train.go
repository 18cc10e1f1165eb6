package model

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"math/rand/v2"

	"gorgonia.org/gorgonia"
)

// Limits on TrainOptions.
const (
	// MaxTrainSteps is the largest TrainOptions.Steps.
	MaxTrainSteps = 10_000_000
	// MaxLearningRate is the largest TrainOptions.LearningRate.
	MaxLearningRate = 1.0
)

// gradClip bounds every gradient element before the Adam update, so that
// one unlucky batch cannot throw the weights far.
const gradClip = 5.0

// batchStream is the second PCG seed word of the batch order ("AGTB" as an
// integer), distinct from the weight initialisation's stream.
const batchStream = 0x41475442

// ErrDiverged is returned (wrapped, with the step) by Train and FineTune
// when the loss stops being finite: the learning rate is too large for the
// data.
var ErrDiverged = errors.New("model: training diverged")

// ErrNoData is returned by Train, FineTune and Eval for empty data.
var ErrNoData = errors.New("model: no data")

// TrainOptions says how Train and FineTune optimise a model.
//
// Training minimises the mean cross-entropy (nats per byte) of the next
// byte over batches of BatchSize positions of the data, drawn uniformly
// with replacement by a PCG-DXSM seeded with (Seed, 0x41475442): position p
// is ⌊u·n/2⁶⁴⌋ for the next draw u and n = len(data), and it asks the model
// for data[p] given the up to Context bytes before it. The optimiser is
// gorgonia's Adam (β₁ 0.9, β₂ 0.999, ε 1e−8) with every gradient element
// clipped to ±5. Everything is float64 and evaluated in a fixed order, so
// the same options, data and starting weights give the same weight file.
type TrainOptions struct {
	// Seed selects the batch order; Train also draws the initial weights
	// from it (NewSeeded).
	Seed uint64 `json:"seed"`
	// Steps is the number of optimiser steps, 1..MaxTrainSteps.
	Steps int `json:"steps"`
	// BatchSize is the number of positions per step, 1..MaxBatch.
	BatchSize int `json:"batch_size"`
	// LearningRate is Adam's step size, in (0, MaxLearningRate].
	LearningRate float64 `json:"learning_rate"`
	// Progress, when not nil, is called after every step with the step
	// number (1-based) and that step's batch loss in nats per byte. It runs
	// on the training goroutine: a slow callback slows training.
	Progress func(step int, loss float64) `json:"-"`
}

// DefaultTrainOptions returns the options of the reference model's
// training run (see Reference): seed 1, 10,000 steps of 64 positions, Adam
// step size 0.003.
func DefaultTrainOptions() TrainOptions {
	return TrainOptions{Seed: 1, Steps: 10_000, BatchSize: 64, LearningRate: 0.003}
}

// Validate reports the first field out of range.
func (o TrainOptions) Validate() error {
	switch {
	case o.Steps < 1 || o.Steps > MaxTrainSteps:
		return fmt.Errorf("model: train steps %d out of range [1, %d]", o.Steps, MaxTrainSteps)
	case o.BatchSize < 1 || o.BatchSize > MaxBatch:
		return fmt.Errorf("model: batch size %d out of range [1, %d]", o.BatchSize, MaxBatch)
	case !(o.LearningRate > 0 && o.LearningRate <= MaxLearningRate):
		return fmt.Errorf("model: learning rate %v out of range (0, %v]", o.LearningRate, MaxLearningRate)
	}
	return nil
}

// Train returns a model of configuration cfg trained from scratch on data:
// NewSeeded(opts.Seed, cfg) followed by FineTune. The result is a pure
// function of cfg, data and opts (Progress aside).
func Train(ctx context.Context, cfg Config, data []byte, opts TrainOptions) (*LM, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	base, err := NewSeeded(opts.Seed, cfg)
	if err != nil {
		return nil, err
	}
	return FineTune(ctx, base, data, opts)
}

// FineTune continues training base on data for opts.Steps steps and returns
// the new model; base is not changed. Adam's moment estimates start at
// zero (the weight file does not keep them), so fine-tuning a model for
// a+b steps is not the same as fine-tuning it for a steps and the result
// for b. It stops early with ctx's error when ctx ends, checked between
// steps; data must not be empty (ErrNoData).
func FineTune(ctx context.Context, base *LM, data []byte, opts TrainOptions) (*LM, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	if len(data) == 0 {
		return nil, ErrNoData
	}
	tr, err := newTrainer(base, opts)
	if err != nil {
		return nil, err
	}
	pcg := rand.NewPCG(opts.Seed, batchStream)
	n := uint64(len(data))
	ctxLen := base.cfg.Context
	for s := 1; s <= opts.Steps; s++ {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("model: training stopped at step %d: %w", s-1, err)
		}
		clear(tr.targets)
		for i := range opts.BatchSize {
			p, _ := bits.Mul64(pcg.Uint64(), n)
			fillWindow(tr.idx[i*ctxLen:(i+1)*ctxLen], data, int(p))
			tr.targets[i*Vocab+int(data[p])] = 1
		}
		loss, err := tr.step()
		if err != nil {
			return nil, fmt.Errorf("model: training step %d: %w", s, err)
		}
		if math.IsNaN(loss) || math.IsInf(loss, 0) {
			return nil, fmt.Errorf("%w at step %d (loss %v)", ErrDiverged, s, loss)
		}
		if opts.Progress != nil {
			opts.Progress(s, loss)
		}
	}
	return tr.model()
}

// trainer holds the training graph of one FineTune call.
type trainer struct {
	cfg     Config
	params  []float64 // the weights being trained, in file order
	idx     []int     // backing of the input node: BatchSize·Context token ids
	targets []float64 // backing of the one-hot targets, BatchSize × Vocab
	learn   gorgonia.Nodes
	loss    *gorgonia.Node
	vm      gorgonia.VM
	solver  gorgonia.Solver
}

// newTrainer builds the training graph over a copy of base's weights:
//
//	logits = forward(batch, [Emb; 0], W1, b1, W2, b2)
//	loss   = −(1/batch) Σ targets ⊙ logsoftmax(logits)
//
// with the gradients of the loss with respect to Emb, W1, b1, W2 and b2.
func newTrainer(base *LM, opts TrainOptions) (tr *trainer, err error) {
	defer func() {
		if rec := recover(); rec != nil {
			err = fmt.Errorf("model: build training graph: %v", rec)
		}
	}()
	c := base.cfg
	b := opts.BatchSize
	_, weightsCopy, err := decode(base.raw)
	if err != nil {
		return nil, err
	}
	tr = &trainer{
		cfg:     c,
		params:  weightsCopy,
		idx:     make([]int, b*c.Context),
		targets: make([]float64, b*Vocab),
	}
	w := split(c, tr.params)

	g := gorgonia.NewGraph()
	emb := matrix(g, "emb", Vocab, c.Embed, w.emb)
	pad := matrix(g, "pad", 1, c.Embed, make([]float64, c.Embed))
	p := params{
		w1: matrix(g, "w1", c.Context*c.Embed, c.Hidden, w.w1),
		b1: matrix(g, "b1", 1, c.Hidden, w.b1),
		w2: matrix(g, "w2", c.Hidden, Vocab, w.w2),
		b2: matrix(g, "b2", 1, Vocab, w.b2),
	}
	tr.learn = gorgonia.Nodes{emb, p.w1, p.b1, p.w2, p.b2}
	idx := tokenVector(g, "idx", tr.idx)
	targets := matrix(g, "targets", b, Vocab, tr.targets)

	var logits, lsm, picked, total *gorgonia.Node
	steps := []func() error{
		func() (err error) { p.emb, err = gorgonia.Concat(0, emb, pad); return },
		func() (err error) { logits, err = forward(g, c, b, idx, p); return },
		func() (err error) { lsm, err = gorgonia.LogSoftMax(logits, 1); return },
		func() (err error) { picked, err = gorgonia.HadamardProd(lsm, targets); return },
		func() (err error) { total, err = gorgonia.Sum(picked); return },
		func() (err error) { tr.loss, err = gorgonia.Mul(total, gorgonia.NewConstant(-1/float64(b))); return },
		func() (err error) { _, err = gorgonia.Grad(tr.loss, tr.learn...); return },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, fmt.Errorf("model: build training graph: %w", err)
		}
	}
	tr.vm = gorgonia.NewTapeMachine(g, gorgonia.BindDualValues(tr.learn...))
	tr.solver = gorgonia.NewAdamSolver(gorgonia.WithLearnRate(opts.LearningRate), gorgonia.WithClip(gradClip))
	return tr, nil
}

// step runs one forward and backward pass on the batch in tr.idx and
// tr.targets, updates the weights and returns the batch loss.
func (tr *trainer) step() (float64, error) {
	defer tr.vm.Reset()
	if err := tr.vm.RunAll(); err != nil {
		return 0, err
	}
	loss, ok := tr.loss.Value().Data().(float64)
	if !ok {
		return 0, fmt.Errorf("unexpected loss %v", tr.loss.Value())
	}
	if err := tr.solver.Step(gorgonia.NodesToValueGrads(tr.learn)); err != nil {
		return 0, err
	}
	return loss, nil
}

// model returns the model of the trained weights.
func (tr *trainer) model() (*LM, error) {
	// Adam updates the weight tensors in place; read them back through the
	// nodes all the same, in file order, in case a value was replaced.
	params := make([]float64, 0, len(tr.params))
	for _, n := range tr.learn {
		data, ok := n.Value().Data().([]float64)
		if !ok {
			return nil, fmt.Errorf("model: trained %s is %T", n.Name(), n.Value().Data())
		}
		params = append(params, data...)
	}
	for i, v := range params {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("%w: weight %d is %v", ErrDiverged, i, v)
		}
	}
	return fromBytes(encode(tr.cfg, params))
}
