package miner

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"log/slog"
	"slices"
	"sync"
	"testing"

	"github.com/agora-net/agora/model"
	"github.com/agora-net/agora/model/corpus"
)

// The generator serves the model's own top-k log-probabilities, which a
// validator recomputes bit for bit at any position with LogProbs.
func TestLMGeneratorLogProbs(t *testing.T) {
	lm, err := model.Reference()
	if err != nil {
		t.Fatal(err)
	}
	g := NewLMGenerator(lm)
	const prompt = "Anne Elliot"
	inf, err := g.Infer(context.Background(), prompt, 10, 5)
	if err != nil {
		t.Fatal(err)
	}
	text := []byte(prompt)
	for _, tok := range inf.Tokens {
		text = append(text, byte(tok))
	}
	positions := []int{len(prompt), len(prompt) + 4, len(prompt) + 9}
	ref, err := lm.LogProbs(text, positions, 5)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range positions {
		got, want := inf.TopK[p-len(prompt)], ref[i]
		if len(got) != 5 || got[0].Token != int(want.Token) || inf.Tokens[p-len(prompt)] != int(want.Token) {
			t.Fatalf("position %d: got %+v, want token %d", p, got, want.Token)
		}
		for j, e := range want.TopK {
			if got[j].Token != int(e.Token) || got[j].LogProb != e.LogProb {
				t.Errorf("position %d entry %d: got %+v, want %+v", p, j, got[j], e)
			}
		}
	}
	if inf.TopK[0][0].LogProb >= 0 || inf.TopK[0][1].LogProb > inf.TopK[0][0].LogProb {
		t.Errorf("top-k %+v: want negative log-probabilities, most likely first", inf.TopK[0])
	}
	big, err := g.Infer(context.Background(), prompt, 1, model.MaxTopK+5)
	if err != nil || len(big.TopK[0]) != model.MaxTopK {
		t.Errorf("k above model.MaxTopK: %d entries, %v; want %d", len(big.TopK[0]), err, model.MaxTopK)
	}
}

func TestLMTrainer(t *testing.T) {
	lm, err := model.Reference()
	if err != nil {
		t.Fatal(err)
	}
	tr, err := NewLMTrainer(lm, corpus.Train(), DefaultTrainerConfig())
	if err != nil {
		t.Fatal(err)
	}
	var steps []int
	req := FineTuneRequest{BaseHash: lm.Hash(), Steps: 3, Seed: 5}
	w1, err := tr.FineTune(context.Background(), req, func(p Progress) {
		if p.Steps != 3 || !(p.Loss > 0) {
			t.Errorf("progress %+v", p)
		}
		steps = append(steps, p.Step)
	})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(steps, []int{1, 2, 3}) {
		t.Errorf("progress at steps %v, want 1, 2, 3", steps)
	}
	w2, err := tr.FineTune(context.Background(), req, func(Progress) {})
	if err != nil || !bytes.Equal(w1, w2) {
		t.Fatalf("the same request gave different weights (%v)", err)
	}
	m, err := model.Load(bytes.NewReader(w1))
	if err != nil || m.Hash() == lm.Hash() || m.Config() != lm.Config() {
		t.Fatalf("fine-tuned model: %v (hash %s, base %s)", err, m.Hash(), lm.Hash())
	}
	if _, err := tr.FineTune(context.Background(), FineTuneRequest{BaseHash: m.Hash(), Steps: 1}, func(Progress) {}); err == nil {
		t.Error("a request for another base: got nil error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := tr.FineTune(ctx, req, func(Progress) {}); !errors.Is(err, context.Canceled) {
		t.Errorf("ended context: %v", err)
	}
	for _, bad := range []struct {
		base *model.LM
		data []byte
		cfg  TrainerConfig
	}{{nil, []byte("x"), DefaultTrainerConfig()}, {lm, nil, DefaultTrainerConfig()}, {lm, []byte("x"), TrainerConfig{BatchSize: 0, LearningRate: 0.1}}} {
		if _, err := NewLMTrainer(bad.base, bad.data, bad.cfg); err == nil {
			t.Errorf("NewLMTrainer(%v, %d bytes, %+v): got nil error", bad.base != nil, len(bad.data), bad.cfg)
		}
	}
}

// recordingCommitter records commitments, or fails.
type recordingCommitter struct {
	mu    sync.Mutex
	fail  error
	store *ArtifactStore // to check the weights are not yet published
	got   []string
	seen  []int // artifacts listed when each commitment arrived
}

func (c *recordingCommitter) CommitFineTune(_ context.Context, subnet uint16, commitment string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.fail != nil {
		return c.fail
	}
	list, _ := c.store.List()
	c.got, c.seen = append(c.got, commitment), append(c.seen, len(list))
	return nil
}

// A job's commitment is recorded before its weights are published; a job
// whose commitment cannot be recorded fails and publishes nothing.
func TestFineTuneCommitsFirst(t *testing.T) {
	for _, fail := range []bool{false, true} {
		m := newFakeModel(0)
		cfg, _ := testConfig(t, m)
		store, err := OpenArtifactStore(cfg.DataDir + "/artifacts")
		if err != nil {
			t.Fatal(err)
		}
		rc := &recordingCommitter{store: store}
		if fail {
			rc.fail = errors.New("ledger down")
		}
		cfg.Trainer, cfg.Committer = &fakeTrainer{}, rc
		f := start(t, cfg)
		c := f.client(f.validator)
		job, _, err := c.FineTune(context.Background(), FineTuneJobRequest{BaseHash: m.Hash(), Steps: 2})
		if err != nil {
			t.Fatal(err)
		}
		done := waitJob(t, c, job.ID, func(j *JobView) bool { return j.State == JobDone || j.State == JobFailed })
		list, _ := c.Artifacts(context.Background())
		if fail {
			if done.State != JobFailed || len(list) != 0 || len(rc.got) != 0 {
				t.Errorf("failing committer: job %+v, %d artifacts", done, len(list))
			}
			continue
		}
		weights, _ := (&fakeTrainer{}).FineTune(context.Background(), FineTuneRequest{BaseHash: m.Hash(), Steps: 2}, func(Progress) {})
		sum := sha256.Sum256(weights)
		want, _ := Commitment(hex.EncodeToString(sum[:]), addr(f.minerKey))
		if done.State != JobDone || len(rc.got) != 1 || rc.got[0] != want || rc.seen[0] != 0 || len(list) != 1 {
			t.Errorf("job %+v; committed %v with %v artifacts then listed; want %s before publishing", done, rc.got, rc.seen, want)
		}
	}
}

// BenchmarkAxonInferReference is a validator's signed inference request
// to a miner serving the reference model, over loopback: 16 tokens with
// their top-8 log-probabilities, signed and verified at both ends. The
// tokens/s metric is the miner's end-to-end throughput at batch 1; the
// model alone is BenchmarkInfer in package model.
func BenchmarkAxonInferReference(b *testing.B) {
	lm, err := model.Reference()
	if err != nil {
		b.Fatal(err)
	}
	cfg, _ := testConfig(b, NewLMGenerator(lm))
	cfg.Logger = slog.New(slog.DiscardHandler)
	f := start(b, cfg)
	c := f.client(f.validator)
	const tokens = 16
	for b.Loop() {
		if _, _, err := c.Infer(context.Background(), InferRequest{Prompt: "the quick brown fox", MaxTokens: tokens, TopK: 8}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*tokens)/b.Elapsed().Seconds(), "tokens/s")
}
