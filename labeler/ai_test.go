package labeler

import (
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/agora-net/agora/rlhf"
	"github.com/agora-net/agora/rlhf/reward"
	"github.com/agora-net/agora/validator/ledger"
)

// politeModel trains a reward model that prefers polite answers to rude
// ones, on prompts other than the fixture's.
func politeModel(t *testing.T) *reward.Model {
	t.Helper()
	var prefs []rlhf.Preference
	for i := range 64 {
		c := goodBad(1000 + 2*i)
		prefs = append(prefs, rlhf.Preference{Prompt: c.Prompt, Chosen: c.A, Rejected: c.B})
	}
	tc := reward.DefaultTrain()
	tc.Steps = 60
	m, rep, err := reward.Train(prefs, reward.DefaultConfig(), tc)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("reward model %s: %+v", m.Hash()[:12], rep)
	return m
}

// TestAutoLabeler: an AI labeler answers its items with a reward model
// and files them through the validator in bulk; a second step finds
// nothing left to answer.
func TestAutoLabeler(t *testing.T) {
	f := newFixture(t, 3, 30)
	auto, err := NewAuto(f.session(t, 0), RewardAnswerer{Model: politeModel(t)}, DefaultAutoConfig(), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	as, err := f.session(t, 0).Items(ctx)
	if err != nil {
		t.Fatal(err)
	}
	n, err := auto.Step(ctx)
	if err != nil || n != len(as.Items) || n == 0 {
		t.Fatalf("Step filed %d of %d items: %v", n, len(as.Items), err)
	}
	right := 0
	for _, it := range as.Items {
		want := ledger.ChoiceA
		if strings.HasPrefix(it.B, "good") {
			want = ledger.ChoiceB
		}
		for _, l := range f.filed(t, f.labelers[0]) {
			if l.Item.String() == it.ID && l.Choice == want {
				right++
			}
			if l.Confidence < 50 || l.Confidence > 100 {
				t.Errorf("confidence %d outside 50..100", l.Confidence)
			}
		}
	}
	if right*10 < n*9 {
		t.Errorf("the reward model chose the polite answer %d times of %d", right, n)
	}
	if again, err := auto.Step(ctx); err != nil || again != 0 {
		t.Errorf("second Step filed %d (%v), want nothing left", again, err)
	}
	if _, err := NewAuto(nil, RewardAnswerer{}, DefaultAutoConfig(), nil); err == nil {
		t.Error("NewAuto without a session accepted")
	}
}
