package model

import (
	"fmt"

	"gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// padToken is the token id of a position before the start of the text. It
// selects the zero row that the embedding table gets appended for the
// graph, so such a position contributes nothing.
const padToken = Vocab

// params are the weight nodes of one graph. emb is the padded table,
// (Vocab+1) × Embed with a zero last row.
type params struct {
	emb, w1, b1, w2, b2 *gorgonia.Node
}

// matrix returns a float64 matrix node of g backed by backing (len
// rows·cols), which the graph reads and, for a training graph, updates.
func matrix(g *gorgonia.ExprGraph, name string, rows, cols int, backing []float64) *gorgonia.Node {
	t := tensor.New(tensor.WithShape(rows, cols), tensor.WithBacking(backing))
	return gorgonia.NewMatrix(g, tensor.Float64, gorgonia.WithShape(rows, cols),
		gorgonia.WithName(name), gorgonia.WithValue(t))
}

// tokenVector returns an int vector node of g backed by backing: the input
// token ids of a batch of windows, row after row.
func tokenVector(g *gorgonia.ExprGraph, name string, backing []int) *gorgonia.Node {
	t := tensor.New(tensor.WithShape(len(backing)), tensor.WithBacking(backing))
	return gorgonia.NewVector(g, tensor.Int, gorgonia.WithShape(len(backing)),
		gorgonia.WithName(name), gorgonia.WithValue(t))
}

// forward adds the model to g for a batch of batch context windows and
// returns the logits node (batch × Vocab):
//
//	e      = rows idx of p.emb            (batch·Context × Embed)
//	h      = tanh(reshape(e) · W1 + b1)   (batch × Hidden)
//	logits = h · W2 + b2                  (batch × Vocab)
//
// idx is an int vector of batch·Context token ids (padToken before the
// text). Row r of the logits depends on row r of the input alone, and is
// bit-identical for every batch size: the products are gonum Dgemm calls
// without transposes, which accumulate every output element over the inner
// dimension in the same order whatever the number of rows, and the other
// operations are element-wise.
func forward(g *gorgonia.ExprGraph, cfg Config, batch int, idx *gorgonia.Node, p params) (logits *gorgonia.Node, err error) {
	var e, flat, pre, h, z *gorgonia.Node
	flatShape := tensor.Shape{batch, cfg.Context * cfg.Embed}
	steps := []func() error{
		func() (err error) { e, err = gorgonia.ByIndices(p.emb, idx, 0); return },
		func() (err error) { flat, err = gorgonia.Reshape(e, flatShape); return },
		func() (err error) { pre, err = gorgonia.Mul(flat, p.w1); return },
		func() (err error) { pre, err = gorgonia.BroadcastAdd(pre, p.b1, nil, []byte{0}); return },
		func() (err error) { h, err = gorgonia.Tanh(pre); return },
		func() (err error) { z, err = gorgonia.Mul(h, p.w2); return },
		func() (err error) { logits, err = gorgonia.BroadcastAdd(z, p.b2, nil, []byte{0}); return },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, fmt.Errorf("model: build graph: %w", err)
		}
	}
	return logits, nil
}

// fillWindow writes into dst (len cfg.Context) the token ids of the window
// that predicts text[p]: text[p−Context:p], padded on the left with
// padToken where that runs before the start of text. 0 ≤ p ≤ len(text).
func fillWindow(dst []int, text []byte, p int) {
	n := len(dst)
	for i := range dst {
		if q := p - n + i; q >= 0 {
			dst[i] = int(text[q])
		} else {
			dst[i] = padToken
		}
	}
}

// runner evaluates the inference graph of one batch size.
type runner struct {
	batch  int
	idx    []int          // backing of the input node: batch·Context token ids
	vm     gorgonia.VM    // evaluates the graph
	logits *gorgonia.Node // batch × Vocab
}

// newRunner builds the inference graph of a batch size over the model's
// weights, which it reads and never writes.
func (m *LM) newRunner(batch int) (r *runner, err error) {
	// NewTapeMachine panics if the graph does not compile; with the shapes
	// fixed here that is a broken invariant, reported as an error.
	defer func() {
		if rec := recover(); rec != nil {
			err = fmt.Errorf("model: build graph: %v", rec)
		}
	}()
	c := m.cfg
	g := gorgonia.NewGraph()
	r = &runner{batch: batch, idx: make([]int, batch*c.Context)}
	for i := range r.idx {
		r.idx[i] = padToken
	}
	idx := tokenVector(g, "idx", r.idx)
	p := params{
		emb: matrix(g, "emb", Vocab+1, c.Embed, m.embPad),
		w1:  matrix(g, "w1", c.Context*c.Embed, c.Hidden, m.w.w1),
		b1:  matrix(g, "b1", 1, c.Hidden, m.w.b1),
		w2:  matrix(g, "w2", c.Hidden, Vocab, m.w.w2),
		b2:  matrix(g, "b2", 1, Vocab, m.w.b2),
	}
	if r.logits, err = forward(g, c, batch, idx, p); err != nil {
		return nil, err
	}
	r.vm = gorgonia.NewTapeMachine(g)
	return r, nil
}

// run evaluates the graph on the windows in r.idx and returns the logits,
// batch rows of Vocab, valid until the next run.
func (r *runner) run() ([]float64, error) {
	defer r.vm.Reset()
	if err := r.vm.RunAll(); err != nil {
		return nil, fmt.Errorf("model: evaluate: %w", err)
	}
	logits, ok := r.logits.Value().Data().([]float64)
	if !ok || len(logits) != r.batch*Vocab {
		return nil, fmt.Errorf("model: evaluate: unexpected logits %v", r.logits.Value().Shape())
	}
	return logits, nil
}

// bucket returns the graph batch size used for n windows: the least power
// of two ≥ n, at most MaxBatch.
func bucket(n int) int {
	b := 1
	for b < n && b < MaxBatch {
		b *= 2
	}
	return b
}

// runnerFor returns the cached runner of bucket(n), building it on first
// use. The caller holds m.mu.
func (m *LM) runnerFor(n int) (*runner, error) {
	b := bucket(n)
	if r := m.runners[b]; r != nil {
		return r, nil
	}
	r, err := m.newRunner(b)
	if err != nil {
		return nil, err
	}
	if m.runners == nil {
		m.runners = make(map[int]*runner)
	}
	m.runners[b] = r
	return r, nil
}

// windows evaluates the model on the windows that predict text[p] for each
// p in positions (0 ≤ p ≤ len(text)) and calls row(i, logits) with the
// logits after positions[i], in order. It runs batches of up to MaxBatch
// windows; the logits slice is reused after row returns. The caller holds
// m.mu.
func (m *LM) windows(text []byte, positions []int, row func(i int, logits []float64) error) error {
	ctx := m.cfg.Context
	for start := 0; start < len(positions); start += MaxBatch {
		chunk := positions[start:min(start+MaxBatch, len(positions))]
		r, err := m.runnerFor(len(chunk))
		if err != nil {
			return err
		}
		for i, p := range chunk {
			fillWindow(r.idx[i*ctx:(i+1)*ctx], text, p)
		}
		logits, err := r.run()
		if err != nil {
			return err
		}
		for i := range chunk {
			if err := row(start+i, logits[i*Vocab:(i+1)*Vocab]); err != nil {
				return err
			}
		}
	}
	return nil
}
