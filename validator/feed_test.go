package validator

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/agora-net/agora/validator/ledger"
)

// TestComparisonFeed: the leader tops a preference subnet's pool up with
// pairs of the inference miners' different answers; the followers add
// nothing, and failed or repeated answers are skipped.
func TestComparisonFeed(t *testing.T) {
	lc := newLabelingCluster(t, 1, 0, 5, nil)
	n := lc.c.nodes[0]
	hp := ledger.DefaultHyperparams()
	hp.CommitRevealEnabled = false
	mustApply(t, n, lc.root.next(t, ledger.TypeCreateSubnet, ledger.CreateSubnet{ID: 1, Name: "text", Task: ledger.TaskInference, ModelHash: strings.Repeat("ab", 32), Hyperparams: hp}))
	miners := make([]*signer, 4)
	for i := range miners {
		miners[i] = newSigner(seededKey(t, fmt.Sprint("feed miner ", i)))
		mustApply(t, n, miners[i].next(t, ledger.TypeRegister, ledger.Register{Subnet: 1, Role: ledger.RoleMiner, Axon: fmt.Sprintf("10.0.0.%d:9000", i+1)}))
	}
	// Miners 0 and 2 answer alike, miner 3 fails: one comparison a prompt.
	ask := func(_ context.Context, nu ledger.NeuronView, prompt string) (string, error) {
		switch nu.Hotkey {
		case miners[0].addr, miners[2].addr:
			return "the reference answer to " + prompt, nil
		case miners[1].addr:
			return "another answer to " + prompt, nil
		}
		return "", errors.New("miner away")
	}
	prompts := []string{"p1", "p2", "p3", "p4", "p5", "p6"}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan struct{})
	for _, node := range lc.c.nodes {
		go func() {
			src := &MinerAnswers{Subnet: 1, Prompts: prompts, Ask: ask, Ledger: node.FSM()}
			_ = node.RunComparisonFeed(ctx, FeedConfig{Interval: 20 * time.Millisecond, Target: 4}, src)
			done <- struct{}{}
		}()
	}
	lc.c.waitFor("the pool to fill", func() bool {
		sn, _ := n.FSM().Subnet(prefSubnetID)
		return sn.Labeling != nil && sn.Labeling.Pending >= 4
	})
	time.Sleep(100 * time.Millisecond) // more looks change nothing
	cancel()
	for range lc.c.nodes {
		<-done
	}
	lc.nextRound(t)
	r, err := n.FSM().Round(prefSubnetID, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Comparisons) != 4 {
		t.Errorf("the round holds %d comparisons, want the 4 of the target", len(r.Comparisons))
	}
	for _, c := range r.Comparisons {
		a, b := c.A, c.B
		if b < a {
			a, b = b, a
		}
		if a != "another answer to "+c.Prompt || b != "the reference answer to "+c.Prompt {
			t.Errorf("comparison %+v is not the two miners' answers", c)
		}
	}
}
