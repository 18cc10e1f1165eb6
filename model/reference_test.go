package model

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"runtime"
	"testing"

	"github.com/agora-net/agora/model/corpus"
)

var retrain = flag.Bool("retrain-reference", false, "retrain the reference model from scratch (about a minute) and check its hash")

func TestReferenceFile(t *testing.T) {
	sum := sha256.Sum256(referenceFile)
	if got := hex.EncodeToString(sum[:]); got != ReferenceHash {
		t.Fatalf("reference.aglm has sha256 %s, want ReferenceHash %s", got, ReferenceHash)
	}
	m, err := Reference()
	if err != nil {
		t.Fatal(err)
	}
	if m.Hash() != ReferenceHash || m.Config() != DefaultConfig() {
		t.Fatalf("Reference(): hash %s config %+v", m.Hash(), m.Config())
	}
	// Trained: it beats the untrained model of its seed by far on text it
	// never saw.
	held := corpus.HeldOut()[:8000]
	ev, err := Eval(context.Background(), m, held)
	if err != nil {
		t.Fatal(err)
	}
	untrained, _ := NewSeeded(DefaultTrainOptions().Seed, DefaultConfig())
	base, err := Eval(context.Background(), untrained, held)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("held-out prefix: reference %.4f nats/byte, untrained %.4f", ev.Loss, base.Loss)
	if ev.Loss > 2.0 || ev.Loss > base.Loss-1 {
		t.Errorf("reference loss %.4f, untrained %.4f: want below 2 and far below the untrained model", ev.Loss, base.Loss)
	}
}

// recipePrefixHash is the hash of the reference recipe (DefaultConfig,
// DefaultTrainOptions, corpus.Train) stopped after 20 steps: a cheap check
// that the training arithmetic, batch order and corpus have not changed,
// which would make ReferenceHash irreproducible.
const recipePrefixHash = "f113a73532033cfd603ab930cf5fe310a77f8d661b0426755f95dba8305cbf61"

func TestReferenceRecipe(t *testing.T) {
	opts := DefaultTrainOptions()
	if !*retrain {
		opts.Steps = 20
	}
	m, err := Train(context.Background(), DefaultConfig(), corpus.Train(), opts)
	if err != nil {
		t.Fatal(err)
	}
	want := recipePrefixHash
	if *retrain {
		want = ReferenceHash
	}
	if m.Hash() != want {
		t.Fatalf("the reference recipe (%d steps) gives hash %s, want %s", opts.Steps, m.Hash(), want)
	}
	if *retrain {
		return
	}
	// The same on one thread (gonum splits large products across
	// goroutines, each output element still summed in one fixed order).
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	one, err := Train(context.Background(), DefaultConfig(), corpus.Train(), opts)
	if err != nil {
		t.Fatal(err)
	}
	if one.Hash() != want {
		t.Fatalf("GOMAXPROCS 1: hash %s, want %s", one.Hash(), want)
	}
}
