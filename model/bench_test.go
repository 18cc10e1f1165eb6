package model

import (
	"context"
	"fmt"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"

	"github.com/agora-net/agora/model/corpus"
)

// The benchmarks report throughput and, from the multiply-adds of the
// model's matrix products, GFLOP/s, to compare with BenchmarkDgemm (the
// machine's float64 matmul throughput through the same BLAS that gorgonia
// uses) and BenchmarkSgemm (float32):
//
//	go test ./model -run '^$' -bench . -benchtime 2s

// forwardFlops is the floating-point operations of the matrix products of
// one forward pass of one position: 2·(Context·Embed·Hidden + Hidden·Vocab).
func forwardFlops(c Config) float64 {
	return 2 * float64(c.Context*c.Embed*c.Hidden+c.Hidden*Vocab)
}

// benchTokens is the generation length of the inference benchmarks.
const benchTokens = 64

func benchPrompts(n int) [][]byte {
	text := corpus.HeldOut()
	prompts := make([][]byte, n)
	for i := range prompts {
		prompts[i] = text[i*97 : i*97+40]
	}
	return prompts
}

func benchReference(b *testing.B) *LM {
	b.Helper()
	m, err := Reference()
	if err != nil {
		b.Fatal(err)
	}
	return m
}

// reportTokens reports tokens/s and GFLOP/s for tokens positions per op.
func reportTokens(b *testing.B, c Config, tokensPerOp int, flopsPerToken float64) {
	sec := b.Elapsed().Seconds()
	n := float64(b.N * tokensPerOp)
	b.ReportMetric(n/sec, "tokens/s")
	b.ReportMetric(n*flopsPerToken/sec/1e9, "GFLOP/s")
}

func BenchmarkInfer(b *testing.B) {
	m := benchReference(b)
	for _, batch := range []int{1, 16, 64} {
		b.Run(fmt.Sprintf("batch=%d", batch), func(b *testing.B) {
			prompts := benchPrompts(batch)
			for b.Loop() {
				if _, err := m.InferBatch(prompts, benchTokens, 5); err != nil {
					b.Fatal(err)
				}
			}
			reportTokens(b, m.Config(), batch*benchTokens, forwardFlops(m.Config()))
		})
	}
}

// BenchmarkVerify is a validator's check of one 64-token answer: the
// reference model's Steps at every 10th position plus the last (8 of 64),
// in one LogProbs call. Compare its ns/op with BenchmarkInfer/batch=1,
// the miner's generation of the same answer.
func BenchmarkVerify(b *testing.B) {
	m := benchReference(b)
	prompt := benchPrompts(1)[0]
	steps, err := m.Infer(prompt, benchTokens, 5)
	if err != nil {
		b.Fatal(err)
	}
	text := append([]byte{}, prompt...)
	for _, s := range steps {
		text = append(text, s.Token)
	}
	var positions []int
	for i := 0; i < benchTokens; i += 10 {
		positions = append(positions, len(prompt)+i)
	}
	positions = append(positions, len(text)-1)
	for b.Loop() {
		if _, err := m.LogProbs(text, positions, 5); err != nil {
			b.Fatal(err)
		}
	}
	reportTokens(b, m.Config(), len(positions), forwardFlops(m.Config()))
}

// BenchmarkFineTune runs b.N steps of fine-tuning the reference model on
// the training set at batch 64. A step's matrix products cost three
// forward passes per position (forward, and the two gradient products of
// each layer).
func BenchmarkFineTune(b *testing.B) {
	m := benchReference(b)
	data := corpus.Train()
	opts := DefaultTrainOptions()
	opts.Steps = b.N
	b.ResetTimer()
	if _, err := FineTune(context.Background(), m, data, opts); err != nil {
		b.Fatal(err)
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(b.N)/sec, "steps/s")
	b.ReportMetric(float64(b.N*opts.BatchSize)*3*forwardFlops(m.Config())/sec/1e9, "GFLOP/s")
}

// BenchmarkDgemm measures gonum's float64 matrix product, the BLAS under
// gorgonia's float64 products: a square 512 product, and the model's own
// shapes (batch 64: 64×256 · 256×128 and 64×128 · 128×256).
func BenchmarkDgemm(b *testing.B) {
	for _, s := range []struct{ m, k, n int }{{512, 512, 512}, {64, 256, 128}, {64, 128, 256}, {1, 256, 128}} {
		b.Run(fmt.Sprintf("%dx%dx%d", s.m, s.k, s.n), func(b *testing.B) {
			x, y, z := make([]float64, s.m*s.k), make([]float64, s.k*s.n), make([]float64, s.m*s.n)
			for i := range x {
				x[i] = float64(i%7) - 3
			}
			for i := range y {
				y[i] = float64(i%5) - 2
			}
			var impl gonum.Implementation
			for b.Loop() {
				impl.Dgemm(blas.NoTrans, blas.NoTrans, s.m, s.n, s.k, 1, x, s.k, y, s.n, 0, z, s.n)
			}
			b.ReportMetric(float64(b.N)*2*float64(s.m*s.k*s.n)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
		})
	}
}

// BenchmarkSgemm is BenchmarkDgemm's square product in float32.
func BenchmarkSgemm(b *testing.B) {
	const n = 512
	x, y, z := make([]float32, n*n), make([]float32, n*n), make([]float32, n*n)
	for i := range x {
		x[i], y[i] = float32(i%7)-3, float32(i%5)-2
	}
	var impl gonum.Implementation
	for b.Loop() {
		impl.Sgemm(blas.NoTrans, blas.NoTrans, n, n, n, 1, x, n, y, n, 0, z, n)
	}
	b.ReportMetric(float64(b.N)*2*n*n*n/b.Elapsed().Seconds()/1e9, "GFLOP/s")
}
