package labeler

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/internal/testenv"
	"github.com/agora-net/agora/internal/testnode"
	"github.com/agora-net/agora/validator"
	"github.com/agora-net/agora/validator/ledger"
)

const (
	testChainID = 1337
	testSubnet  = 2
)

func seededKey(t testing.TB, name string) *ecdsa.PrivateKey {
	return testenv.Key(t, "agora labeler test key "+name)
}

// fixture is a one-node validator cluster with labeling on, preference
// subnet 2 (tempo 3) whose labelers are keys[...], and round 1 begun with
// the given comparisons.
type fixture struct {
	node     *validator.Node
	api      *validator.Client
	labelers []*ecdsa.PrivateKey
}

// goodBad is a comparison whose better response starts with "good"; odd
// i shows it second.
func goodBad(i int) ledger.Comparison {
	c := ledger.Comparison{Prompt: fmt.Sprintf("question %d: which answer is better?", i),
		A: fmt.Sprintf("good answer number %d, helpful and polite", i), B: fmt.Sprintf("bad answer number %d, rude rude rude", i)}
	if i%2 == 1 {
		c.A, c.B = c.B, c.A
	}
	return c
}

func newFixture(t testing.TB, labelers, comparisons int) *fixture {
	t.Helper()
	key := seededKey(t, "validator")
	n := testnode.Start(t, key, testnode.Options{Labeling: validator.LabelingConfig{Secret: []byte("labeler tests' labeling secret")}})
	f := &fixture{node: n, api: validator.NewClient(testnode.URL(n), testChainID)}
	wctx, wcancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer wcancel()
	hp := ledger.DefaultHyperparams()
	hp.Tempo, hp.CommitRevealEnabled = 3, false
	f.own(t, ledger.TypeCreateSubnet, ledger.CreateSubnet{ID: testSubnet, Name: "prefs", Task: ledger.TaskPreference, ModelHash: strings.Repeat("ab", 32), Hyperparams: hp})
	for i := range labelers {
		k := seededKey(t, fmt.Sprint("labeler ", i))
		f.labelers = append(f.labelers, k)
		if _, err := f.api.Send(wctx, k, ledger.TypeRegister, ledger.Register{Subnet: testSubnet, Role: ledger.RoleMiner}); err != nil {
			t.Fatal(err)
		}
	}
	cs := make([]ledger.Comparison, comparisons)
	for i := range cs {
		cs[i] = goodBad(i)
	}
	if _, _, err := f.api.AddComparisons(wctx, key, testSubnet, cs); err != nil {
		t.Fatal(err)
	}
	f.nextRound(t)
	return f
}

// own submits a command signed by the node's key.
func (f *fixture) own(t testing.TB, typ string, payload any) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	resp, err := f.node.SubmitOwn(ctx, typ, payload)
	if err != nil || resp.Error != "" {
		t.Fatalf("%s: %v %v", typ, err, resp)
	}
}

// nextRound ticks to the subnet's next epoch, which begins a round.
func (f *fixture) nextRound(t testing.TB) {
	t.Helper()
	sn, _ := f.node.FSM().Subnet(testSubnet)
	for f.node.FSM().Block() < sn.NextEpochBlock {
		f.own(t, ledger.TypeTick, ledger.Tick{Block: f.node.FSM().Block() + 1})
	}
}

// filed returns the labels the ledger holds for labeler key in the
// current round.
func (f *fixture) filed(t testing.TB, key *ecdsa.PrivateKey) []ledger.Label {
	t.Helper()
	r, err := f.node.FSM().CurrentRound(testSubnet)
	if err != nil {
		t.Fatal(err)
	}
	all, _, err := f.node.FSM().RoundLabels(testSubnet, r, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []ledger.Label
	for _, l := range all {
		if l.Labeler == crypto.PubkeyToAddress(key.PublicKey) {
			out = append(out, l)
		}
	}
	return out
}

func (f *fixture) session(t testing.TB, i int) *Session {
	t.Helper()
	s, err := NewSession(f.api, f.labelers[i], testSubnet)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
