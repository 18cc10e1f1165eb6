package reward

import (
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/agora-net/agora/rlhf"
	"gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// TrainConfig tunes Train.
type TrainConfig struct {
	// Steps is the number of optimiser steps.
	Steps int
	// BatchPairs is the number of pairs a batch holds at most. Batches are
	// whole prompts: a prompt's pairs are never split, so a prompt with
	// more pairs than BatchPairs makes a batch of its own.
	BatchPairs int
	// LearningRate is Adam's step size.
	LearningRate float64
	// Center is the coefficient of the centering term
	// Center·mean((r_chosen + r_rejected)²), which pins the reward's scale
	// (the pairwise loss does not change when a constant is added to every
	// reward); 0 leaves it out.
	Center float64
	// Holdout is the share of prompts held out of training to measure pair
	// accuracy on, in [0, 1).
	Holdout float64
	// Seed seeds the initial weights and the order of the batches.
	Seed uint64
}

// DefaultTrain trains for 300 steps of at most 32 pairs with Adam at
// 0.01, centering coefficient 0.01, 20% of the prompts held out, seed 1.
func DefaultTrain() TrainConfig {
	return TrainConfig{Steps: 300, BatchPairs: 32, LearningRate: 0.01, Center: 0.01, Holdout: 0.2, Seed: 1}
}

// Validate reports negative steps, a BatchPairs below 1, a learning rate
// that is not a finite number > 0, a negative or non-finite Center, or a
// Holdout outside [0, 1).
func (c TrainConfig) Validate() error {
	switch {
	case c.Steps < 0:
		return fmt.Errorf("%w: %d steps", ErrInvalidConfig, c.Steps)
	case c.BatchPairs < 1:
		return fmt.Errorf("%w: %d pairs a batch; want at least 1", ErrInvalidConfig, c.BatchPairs)
	case !(c.LearningRate > 0) || math.IsInf(c.LearningRate, 0):
		return fmt.Errorf("%w: learning rate %v is not a finite number > 0", ErrInvalidConfig, c.LearningRate)
	case !(c.Center >= 0) || math.IsInf(c.Center, 0):
		return fmt.Errorf("%w: centering coefficient %v is not a finite number ≥ 0", ErrInvalidConfig, c.Center)
	case !(c.Holdout >= 0 && c.Holdout < 1):
		return fmt.Errorf("%w: holdout %v is not in [0, 1)", ErrInvalidConfig, c.Holdout)
	}
	return nil
}

// ErrNoData is returned by Train when no pair is left to train on.
var ErrNoData = errors.New("reward: no preference pairs to train on")

// Report describes a training run.
type Report struct {
	Prompts, HeldOutPrompts  int // distinct prompts in training and held out
	TrainPairs, HeldOutPairs int
	Steps                    int
	// Loss is the mean batch loss over the last (at most 20) steps.
	Loss float64
	// TrainAccuracy and HeldOutAccuracy are the shares of the training and
	// held-out pairs that the trained model orders right (Accuracy); 0
	// without pairs.
	TrainAccuracy, HeldOutAccuracy float64
}

// HeldOut reports whether a prompt is held out at the given rate: when the
// first 8 bytes of SHA-256("agora/reward/holdout" ‖ prompt), as a fraction
// of 2^64, are below rate. The split depends on the prompt only, not on the
// seed or the other data, so models trained with different seeds or on
// more data are measured on the same prompts.
func HeldOut(prompt string, rate float64) bool {
	h := sha256.Sum256([]byte("agora/reward/holdout\x00" + prompt))
	return float64(binary.BigEndian.Uint64(h[:])>>11)/(1<<53) < rate
}

// Train fits a reward model to preferences. It minimises, over batches of
// whole prompts,
//
//	loss = mean_pairs −log σ(r_chosen − r_rejected)
//	       + Center·mean_pairs (r_chosen + r_rejected)²
//
// with Adam (gorgonia, float64). The preferences are sorted first, so the
// result depends on their content, not their order; with the same
// preferences, configs and seed it is the same model, bit for bit (and so
// the same Hash). Prompts for which HeldOut(prompt, cfg.Holdout) holds are
// left out of training and measured in the report.
func Train(prefs []rlhf.Preference, mc Config, tc TrainConfig) (*Model, Report, error) {
	if err := mc.Validate(); err != nil {
		return nil, Report{}, err
	}
	if err := tc.Validate(); err != nil {
		return nil, Report{}, err
	}
	train, held, rep := split(prefs, tc.Holdout)
	if len(train) == 0 {
		return nil, rep, fmt.Errorf("%w: %d pairs, %d of them held out", ErrNoData, len(prefs), rep.HeldOutPairs)
	}
	t, err := newTrainer(train, mc, tc)
	if err != nil {
		return nil, rep, err
	}
	var recent []float64
	for range tc.Steps {
		loss, err := t.step()
		if err != nil {
			return nil, rep, err
		}
		if recent = append(recent, loss); len(recent) > 20 {
			recent = recent[1:]
		}
	}
	m := t.model()
	rep.Steps = tc.Steps
	for _, l := range recent {
		rep.Loss += l / float64(len(recent))
	}
	var trainPairs []rlhf.Preference
	for _, g := range train {
		trainPairs = append(trainPairs, g...)
	}
	rep.TrainAccuracy = m.Accuracy(trainPairs)
	rep.HeldOutAccuracy = m.Accuracy(held)
	return m, rep, nil
}

// split sorts prefs, groups the training ones by prompt, and returns the
// held-out ones.
func split(prefs []rlhf.Preference, holdout float64) (train [][]rlhf.Preference, held []rlhf.Preference, rep Report) {
	sorted := slices.Clone(prefs)
	slices.SortFunc(sorted, func(a, b rlhf.Preference) int {
		return cmp.Or(cmp.Compare(a.Prompt, b.Prompt), cmp.Compare(a.Chosen, b.Chosen), cmp.Compare(a.Rejected, b.Rejected))
	})
	for i := 0; i < len(sorted); {
		j := i + 1
		for j < len(sorted) && sorted[j].Prompt == sorted[i].Prompt {
			j++
		}
		group := sorted[i:j:j]
		if HeldOut(group[0].Prompt, holdout) {
			held = append(held, group...)
			rep.HeldOutPrompts++
		} else {
			train = append(train, group)
			rep.Prompts++
			rep.TrainPairs += len(group)
		}
		i = j
	}
	rep.HeldOutPairs = len(held)
	return train, held, rep
}

// group is one prompt's pairs with their responses' features.
type group struct {
	rows  [][]Feature // distinct responses
	pairs [][2]int    // (chosen row, rejected row)
}

// trainer holds the gorgonia graph of one training run.
type trainer struct {
	cfg      Config
	groups   []group
	rng      *rand.Rand
	order    []int // groups in the current epoch's order
	next     int   // the next position in order
	limit    int   // TrainConfig.BatchPairs
	capPairs int   // pairs a batch tensor holds: max(limit, largest group)
	capRows  int

	x, s, t, mask     *tensor.Dense // inputs, refilled each step
	xN, sN, tN, maskN *gorgonia.Node
	params            gorgonia.Nodes // E, W, b, v, c
	loss, r           *gorgonia.Node
	vm                gorgonia.VM
	solver            gorgonia.Solver
}

func newTrainer(train [][]rlhf.Preference, mc Config, tc TrainConfig) (*trainer, error) {
	t := &trainer{cfg: mc, rng: rand.New(rand.NewPCG(tc.Seed, 0x7261696e))}
	t.limit, t.capPairs = tc.BatchPairs, tc.BatchPairs
	for _, prefs := range train {
		var g group
		index := map[string]int{}
		row := func(response string) int {
			i, ok := index[response]
			if !ok {
				i = len(g.rows)
				index[response] = i
				g.rows = append(g.rows, Features(prefs[0].Prompt, response, mc.Buckets))
			}
			return i
		}
		for _, p := range prefs {
			g.pairs = append(g.pairs, [2]int{row(p.Chosen), row(p.Rejected)})
		}
		t.groups = append(t.groups, g)
		t.capPairs = max(t.capPairs, len(g.pairs))
	}
	t.capRows = 2 * t.capPairs
	if err := t.build(tc); err != nil {
		return nil, fmt.Errorf("reward: build the training graph: %w", err)
	}
	return t, nil
}

// initialParams draws the initial weights in file order: E ~ N(0, 0.1²),
// W ~ N(0, 1/Embed), v ~ N(0, 1/Hidden), b = 0, c = 0.
func initialParams(mc Config, seed uint64) []float64 {
	rng := rand.New(rand.NewPCG(seed, 0x696e6974))
	params := make([]float64, mc.NumParams())
	i := 0
	fill := func(n int, std float64) {
		for range n {
			params[i] = rng.NormFloat64() * std
			i++
		}
	}
	fill(mc.inputs()*mc.Embed, 0.1)
	fill(mc.Embed*mc.Hidden, 1/math.Sqrt(float64(mc.Embed)))
	i += mc.Hidden // b
	fill(mc.Hidden, 1/math.Sqrt(float64(mc.Hidden)))
	return params
}

// build makes the graph:
//
//	r    = tanh(X·E·W + b)·v + c               (rows × 1)
//	loss = Σ mask ⊙ softplus(−S·r) + Center·Σ mask ⊙ (T·r)²
//
// where row i of S holds +1 at pair i's chosen row and −1 at its rejected
// row, T holds +1 at both, and mask is 1/#pairs for the batch's pairs and 0
// for padding.
func (t *trainer) build(tc TrainConfig) (err error) {
	mc, F := t.cfg, t.cfg.inputs()
	P, R := t.capPairs, t.capRows
	g := gorgonia.NewGraph()
	dense := func(rows, cols int, backing []float64) *tensor.Dense {
		if backing == nil {
			backing = make([]float64, rows*cols)
		}
		return tensor.New(tensor.WithShape(rows, cols), tensor.WithBacking(backing))
	}
	matrix := func(name string, v *tensor.Dense) *gorgonia.Node {
		return gorgonia.NewMatrix(g, tensor.Float64, gorgonia.WithShape(v.Shape()...), gorgonia.WithName(name), gorgonia.WithValue(v))
	}
	t.x, t.s, t.t, t.mask = dense(R, F, nil), dense(P, R, nil), dense(P, R, nil), dense(P, 1, nil)
	t.xN, t.sN, t.tN, t.maskN = matrix("x", t.x), matrix("s", t.s), matrix("t", t.t), matrix("mask", t.mask)

	init := initialParams(mc, tc.Seed)
	shapes := [][2]int{{F, mc.Embed}, {mc.Embed, mc.Hidden}, {1, mc.Hidden}, {mc.Hidden, 1}, {1, 1}}
	for i, name := range []string{"E", "W", "b", "v", "c"} {
		n := shapes[i][0] * shapes[i][1]
		t.params = append(t.params, matrix(name, dense(shapes[i][0], shapes[i][1], slices.Clone(init[:n]))))
		init = init[n:]
	}
	E, W, b, v, c := t.params[0], t.params[1], t.params[2], t.params[3], t.params[4]

	var xe, pre, h, r0, d, sum, sp, pairLoss, loss *gorgonia.Node
	steps := []func() error{
		func() (err error) { xe, err = gorgonia.Mul(t.xN, E); return },
		func() (err error) { pre, err = gorgonia.Mul(xe, W); return },
		func() (err error) { pre, err = gorgonia.BroadcastAdd(pre, b, nil, []byte{0}); return },
		func() (err error) { h, err = gorgonia.Tanh(pre); return },
		func() (err error) { r0, err = gorgonia.Mul(h, v); return },
		func() (err error) { t.r, err = gorgonia.BroadcastAdd(r0, c, nil, []byte{0}); return },
		func() (err error) { d, err = gorgonia.Mul(t.sN, t.r); return },
		func() (err error) { d, err = gorgonia.Neg(d); return },
		func() (err error) { sp, err = gorgonia.Softplus(d); return },
		func() (err error) { pairLoss, err = gorgonia.HadamardProd(sp, t.maskN); return },
		func() (err error) { loss, err = gorgonia.Sum(pairLoss); return },
	}
	if tc.Center > 0 {
		var sq, centered, cterm *gorgonia.Node
		steps = append(steps,
			func() (err error) { sum, err = gorgonia.Mul(t.tN, t.r); return },
			func() (err error) { sq, err = gorgonia.Square(sum); return },
			func() (err error) { centered, err = gorgonia.HadamardProd(sq, t.maskN); return },
			func() (err error) { cterm, err = gorgonia.Sum(centered); return },
			func() (err error) { cterm, err = gorgonia.Mul(gorgonia.NewConstant(tc.Center), cterm); return },
			func() (err error) { loss, err = gorgonia.Add(loss, cterm); return },
		)
	}
	steps = append(steps, func() (err error) { _, err = gorgonia.Grad(loss, t.params...); return })
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	t.loss = loss
	t.vm = gorgonia.NewTapeMachine(g, gorgonia.BindDualValues(t.params...))
	t.solver = gorgonia.NewAdamSolver(gorgonia.WithLearnRate(tc.LearningRate))
	return nil
}

// nextBatch returns the next groups to train on: whole groups, in a
// seeded order that is reshuffled every epoch, up to limit pairs (or one
// group that alone has more).
func (t *trainer) nextBatch() []int {
	var batch []int
	pairs := 0
	for {
		if t.next == len(t.order) {
			if len(batch) > 0 {
				return batch // end of the epoch
			}
			t.order = t.rng.Perm(len(t.groups))
			t.next = 0
		}
		g := t.order[t.next]
		n := len(t.groups[g].pairs)
		if len(batch) > 0 && pairs+n > t.limit {
			return batch
		}
		pairs += n
		batch = append(batch, g)
		t.next++
	}
}

// fill writes a batch into the input tensors and returns its rows.
func (t *trainer) fill(batch []int) int {
	F := t.cfg.inputs()
	x, s, tt, mask := t.x.Float64s(), t.s.Float64s(), t.t.Float64s(), t.mask.Float64s()
	clear(x)
	clear(s)
	clear(tt)
	clear(mask)
	rows, pairs := 0, 0
	for _, gi := range batch {
		g := &t.groups[gi]
		for i, fs := range g.rows {
			for _, f := range fs {
				x[(rows+i)*F+int(f.Index)] = f.Value
			}
		}
		for _, p := range g.pairs {
			c, r := rows+p[0], rows+p[1]
			s[pairs*t.capRows+c], s[pairs*t.capRows+r] = 1, -1
			tt[pairs*t.capRows+c], tt[pairs*t.capRows+r] = 1, 1
			pairs++
		}
		rows += len(g.rows)
	}
	for i := range pairs {
		mask[i] = 1 / float64(pairs)
	}
	return rows
}

// step runs one optimiser step and returns the batch's loss.
func (t *trainer) step() (float64, error) {
	t.fill(t.nextBatch())
	defer t.vm.Reset()
	if err := t.vm.RunAll(); err != nil {
		return 0, fmt.Errorf("reward: training step: %w", err)
	}
	loss, ok := t.loss.Value().Data().(float64)
	if !ok || math.IsNaN(loss) || math.IsInf(loss, 0) {
		return 0, fmt.Errorf("reward: training diverged: loss %v", t.loss.Value())
	}
	if err := t.solver.Step(gorgonia.NodesToValueGrads(t.params)); err != nil {
		return 0, fmt.Errorf("reward: optimiser step: %w", err)
	}
	return loss, nil
}

// model copies the current weights into a Model.
func (t *trainer) model() *Model {
	var params []float64
	for _, n := range t.params {
		params = append(params, n.Value().Data().([]float64)...)
	}
	return newModel(t.cfg, params)
}
