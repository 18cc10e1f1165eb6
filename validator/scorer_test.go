package validator

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/miner"
	"github.com/agora-net/agora/model"
	"github.com/agora-net/agora/model/corpus"
	"github.com/agora-net/agora/scoring"
	"github.com/agora-net/agora/validator/ledger"
)

// allowAll admits every validator on every subnet.
type allowAll struct{}

func (allowAll) HasPermit(context.Context, uint16, common.Address) (bool, error) { return true, nil }

// fakeSlasher records slashes; found makes SlashOf report an earlier one.
type fakeSlasher struct {
	mu      sync.Mutex
	stake   uint64
	found   bool
	slashed []common.Hash
	asked   int
}

func (f *fakeSlasher) SlashOf(_ context.Context, _ common.Address, evidence common.Hash) (common.Hash, uint64, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.asked++
	if f.found {
		return common.Hash{0xee}, 7, true, nil
	}
	return common.Hash{}, 0, false, nil
}

func (f *fakeSlasher) Slashable(context.Context, common.Address) (uint64, error) { return f.stake, nil }

func (f *fakeSlasher) Slash(_ context.Context, _ common.Address, amount uint64, evidence common.Hash) (common.Hash, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.slashed = append(f.slashed, evidence)
	return common.Hash{byte(len(f.slashed))}, nil
}

func (f *fakeSlasher) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.slashed)
}

// scorerNode starts a one-node cluster that allows loopback axons, with its
// API and ticker running, and returns it with its key and a client.
func scorerNode(t *testing.T, ctx context.Context) (*Node, *ecdsa.PrivateKey, *Client) {
	t.Helper()
	key := seededKey(t, "scoring validator")
	n := singleNodeWith(t, key, func(c *Config, g *ledger.Genesis) {
		c.TickInterval, g.AllowLoopbackAxons = 50*time.Millisecond, true
	})
	go func() { _ = n.Serve(ctx) }()
	go func() { _ = n.RunTicker(ctx) }()
	api := NewClient(n.cfg.HTTPAddr, testChainID)
	for {
		if _, err := api.Cluster(ctx); err == nil {
			return n, key, api
		}
		if ctx.Err() != nil {
			t.Fatal("the node's API never answered")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestScorerCatchesCheats runs the scoring loop against one honest miner
// and one miner of each cheat, on an inference and a fine-tune subnet:
// only the honest miner ends up with weight on each; the wrong-model and
// random miners' wrong answers are kept, reported, confirmed and slashed
// once per epoch; the slow miner's late answers, the fake GPU's failed
// challenge and the copier's copied weights earn nothing.
func TestScorerCatchesCheats(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	n, vkey, api := scorerNode(t, ctx)
	ref, err := model.Reference()
	if err != nil {
		t.Fatal(err)
	}
	hp := ledger.DefaultHyperparams()
	hp.Tempo, hp.WeightsRateLimit, hp.CommitRevealEnabled, hp.ServingRateLimit = 1000, 1, false, 0
	sc := ledger.DefaultScoring(ledger.TaskInference)
	sc.LatencyTargetMS = 1000
	for _, c := range []ledger.CreateSubnet{
		{ID: 1, Name: "infer", Task: ledger.TaskInference, ModelHash: ref.Hash(), Scoring: sc, Hyperparams: hp},
		{ID: 2, Name: "tune", Task: ledger.TaskFineTune, ModelHash: ref.Hash(), Hyperparams: hp},
	} {
		if _, err := api.Send(ctx, vkey, ledger.TypeCreateSubnet, c); err != nil {
			t.Fatal(err)
		}
		if _, err := api.Send(ctx, vkey, ledger.TypeRegister, ledger.Register{Subnet: c.ID, Role: ledger.RoleValidator}); err != nil {
			t.Fatal(err)
		}
	}

	type minerSpec struct {
		name    string
		b       miner.Behaviour
		subnets []uint16
	}
	specs := []minerSpec{
		{"honest", miner.Honest, []uint16{1, 2}}, {"swapper", miner.WrongModel, []uint16{1}}, {"noise", miner.Random, []uint16{1}},
		{"laggard", miner.Slow, []uint16{1}}, {"pretender", miner.FakeGPU, []uint16{1}}, {"copycat", miner.Copier, []uint16{2}},
	}
	hotkeys := map[string]common.Address{}
	var honestAxon string
	for _, s := range specs {
		key := seededKey(t, "miner "+s.name)
		lm, err := model.Reference()
		if err != nil {
			t.Fatal(err)
		}
		gen := miner.NewLMGenerator(lm)
		mc := miner.DefaultConfig()
		mc.Key, mc.ChainID, mc.Subnets, mc.Model, mc.Permits, mc.DataDir = key, testChainID, s.subnets, gen, allowAll{}, t.TempDir()
		mc.Behaviour, mc.SlowDelay, mc.MaxChallengeN = s.b, 600*time.Millisecond, 512
		if mc.Trainer, err = miner.NewLMTrainer(lm, corpus.Train(), miner.DefaultTrainerConfig()); err != nil {
			t.Fatal(err)
		}
		mc.Committer = FineTuneCommitter{Client: api, Key: key}
		switch s.b {
		case miner.WrongModel:
			if mc.Substitute, err = gen.Substitute(); err != nil {
				t.Fatal(err)
			}
		case miner.Copier:
			mc.CopySource = miner.AxonCopySource{Client: miner.NewClient(honestAxon, miner.ClientConfig{})}
		}
		srv, err := miner.NewServer(mc)
		if err != nil {
			t.Fatal(err)
		}
		if err := srv.Listen(ctx); err != nil {
			t.Fatal(err)
		}
		go func() { _ = srv.Run(ctx) }()
		if s.b == miner.Honest {
			honestAxon = srv.Addr()
		}
		hotkeys[s.name] = srv.Hotkey()
		for _, id := range s.subnets {
			reg := ledger.Register{Subnet: id, Role: ledger.RoleMiner, Axon: srv.Addr(), ModelHash: ref.Hash(), Hardware: srv.Hardware().Declaration()}
			if _, err := api.Send(ctx, key, ledger.TypeRegister, reg); err != nil {
				t.Fatalf("register %s on %d: %v", s.name, id, err)
			}
		}
	}

	cfg := DefaultScorerConfig()
	cfg.Interval, cfg.Timeout = 100*time.Millisecond, 400*time.Millisecond
	cfg.HardwareClasses = []scoring.HardwareClass{{Name: scoring.ClassCPU, N: 64, MaxMillis: 5000}, {Name: "gpu-80gb", N: 512, MaxMillis: 1}}
	cfg.FineTuneInterval, cfg.FineTuneSteps, cfg.FineTuneTimeout = 300*time.Millisecond, 3, 10*time.Second
	cfg.HeldOut, cfg.EvalBytes, cfg.SampleTokens = corpus.HeldOut(), 512, 16
	slasher := &fakeSlasher{stake: 1000}
	go func() { _ = n.RunScorer(ctx, cfg, NewModelSet(ref)) }()
	go func() {
		_ = n.RunSlashing(ctx, slasher, SlashingConfig{Interval: 50 * time.Millisecond, Permille: 500})
	}()

	// weights returns the validator's stored weights on a subnet by miner
	// name.
	weights := func(id uint16) map[string]uint16 {
		sn, _ := n.FSM().Subnet(id)
		me, _ := sn.UIDOf(n.Address())
		out := map[string]uint16{}
		for _, e := range sn.Neurons[me].Weights {
			for name, h := range hotkeys {
				if sn.Neurons[e.UID].Hotkey == h && e.Value > 0 {
					out[name] = e.Value
				}
			}
		}
		return out
	}
	// Two fine-tune rounds at least (the copier has something to copy
	// only after the first) and both cheats slashed.
	deadline := time.Now().Add(40 * time.Second)
	for {
		rounds := 0
		if sn, ok := n.FSM().Subnet(2); ok {
			for _, nu := range sn.Neurons {
				if nu.Hotkey == hotkeys["copycat"] {
					rounds = len(nu.FineTunes)
				}
			}
		}
		if rounds >= 1 && slasher.count() >= 2 && len(weights(2)) > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after 40s: copier committed %d uploads, %d slashes, weights %v / %v", rounds, slasher.count(), weights(1), weights(2))
		}
		time.Sleep(100 * time.Millisecond)
	}
	time.Sleep(800 * time.Millisecond) // a few more rounds of weights

	if w := weights(1); len(w) != 1 || w["honest"] != 65535 {
		t.Errorf("inference weights %v, want the honest miner's alone", w)
	}
	if w := weights(2); len(w) != 1 || w["honest"] != 65535 {
		t.Errorf("fine-tune weights %v, want the honest miner's alone", w)
	}
	var offenders []common.Address
	for _, o := range n.FSM().Offences(1) {
		if !o.Confirmed || !o.Slashed || o.Amount != 500 || len(o.Reports) != 1 {
			t.Errorf("offence %+v: want confirmed by the one validator and slashed by half the stake", o)
		}
		offenders = append(offenders, o.Hotkey)
		w, ok := n.Evidence(o.Evidence)
		if !ok || w.Miner != o.Hotkey || w.Evidence.Verify() != nil || w.Evidence.Hash() != o.Evidence || w.Model != ref.Hash() {
			t.Errorf("evidence %s of %s: kept %v, %+v", o.Evidence.Hex(), o.Hotkey.Hex(), ok, w)
		}
	}
	if !slices.Contains(offenders, hotkeys["swapper"]) || !slices.Contains(offenders, hotkeys["noise"]) || len(offenders) != 2 {
		t.Errorf("offenders %v, want the swapper %s and the random miner %s", offenders, hotkeys["swapper"].Hex(), hotkeys["noise"].Hex())
	}
	if len(n.Evidences()) < 2 {
		t.Errorf("%d wrong answers kept, want at least 2", len(n.Evidences()))
	}
}

// The slashing worker asks the contract first: an evidence hash the
// contract slashed already (a former leader died before recording it) is
// recorded, not slashed again; a miner with nothing at stake is recorded
// with amount 0.
func TestSlashingOncePerEvidence(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	n, vkey, api := scorerNode(t, ctx)
	hp := ledger.DefaultHyperparams()
	hp.Tempo, hp.CommitRevealEnabled = 1000, false
	if _, err := api.Send(ctx, vkey, ledger.TypeCreateSubnet, ledger.CreateSubnet{ID: 1, Name: "s", Task: ledger.TaskInference,
		ModelHash: model.ReferenceHash, Hyperparams: hp}); err != nil {
		t.Fatal(err)
	}
	if _, err := api.Send(ctx, vkey, ledger.TypeRegister, ledger.Register{Subnet: 1, Role: ledger.RoleValidator}); err != nil {
		t.Fatal(err)
	}
	for i, found := range []bool{true, false} {
		mkey := seededKey(t, fmt.Sprint("offender ", i))
		if _, err := api.Send(ctx, mkey, ledger.TypeRegister, ledger.Register{Subnet: 1, Role: ledger.RoleMiner, Axon: "10.0.0.1:1"}); err != nil {
			t.Fatal(err)
		}
		if _, err := api.Send(ctx, vkey, ledger.TypeReportEvidence, ledger.ReportEvidence{Subnet: 1,
			Hotkey: crypto.PubkeyToAddress(mkey.PublicKey), Evidence: common.Hash{byte(i + 1)}}); err != nil {
			t.Fatal(err)
		}
		slasher := &fakeSlasher{found: found}
		sctx, stop := context.WithCancel(ctx)
		done := make(chan struct{})
		go func() {
			_ = n.RunSlashing(sctx, slasher, SlashingConfig{Interval: 20 * time.Millisecond, Permille: 1})
			close(done)
		}()
		for len(n.FSM().PendingSlashes()) > 0 && ctx.Err() == nil {
			time.Sleep(20 * time.Millisecond)
		}
		stop()
		<-done
		o := n.FSM().Offences(1)[i]
		switch {
		case found && (o.Amount != 7 || o.Tx != common.Hash{0xee}.Hex() || slasher.count() != 0):
			t.Errorf("slashed on chain before: recorded %+v after %d slashes, want the earlier slash", o, slasher.count())
		case !found && (!o.Slashed || o.Amount != 0 || o.Tx != "" || slasher.count() != 0):
			t.Errorf("nothing at stake: recorded %+v after %d slashes, want amount 0 and no transaction", o, slasher.count())
		}
	}
}

func TestSlashAmount(t *testing.T) {
	for _, tt := range []struct {
		stake    uint64
		permille uint16
		want     uint64
	}{{0, 500, 0}, {1, 1, 1}, {1000, 500, 500}, {999, 1, 1}, {1 << 63, 1000, 1 << 63}, {^uint64(0), 999, ^uint64(0) / 1000 * 999}} {
		got := slashAmount(tt.stake, tt.permille)
		if tt.stake == ^uint64(0) {
			// ⌊(2^64 − 1)·999/1000⌋ exactly
			if got < tt.want || got > tt.want+999 {
				t.Errorf("slashAmount(%d, %d) = %d, want about %d", tt.stake, tt.permille, got, tt.want)
			}
			continue
		}
		if got != tt.want {
			t.Errorf("slashAmount(%d, %d) = %d, want %d", tt.stake, tt.permille, got, tt.want)
		}
	}
}
