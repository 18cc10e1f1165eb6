package test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"
	"golang.org/x/sync/errgroup"

	"github.com/agora-net/agora/chain"
	"github.com/agora-net/agora/devnet"
	"github.com/agora-net/agora/internal/testenv"
	"github.com/agora-net/agora/labeler"
	"github.com/agora-net/agora/rlhf"
	"github.com/agora-net/agora/validator"
	"github.com/agora-net/agora/validator/ledger"
)

// The preference subnet of TestLabelersEarn.
const (
	prefSubnet      = 2
	prefTempo       = 20  // blocks an epoch (and a labeling round)
	prefComparisons = 150 // new comparisons each round
	prefGold        = 120
)

// labelerKinds are TestLabelersEarn's labelers, one a kind.
var labelerKinds = []string{"honest", "honest", "honest", "honest", "random", "always-A", "colluder", "colluder"}

func labelingKey(t *testing.T, name string) *ecdsa.PrivateKey {
	return testenv.Key(t, "agora e2e labeling key "+name)
}

// goodBad is a comparison whose better response is the one starting
// "good"; the coin decides which is shown first.
func goodBad(prefix string, i int, coin bool) ledger.Comparison {
	c := ledger.Comparison{Prompt: fmt.Sprintf("%s %d: which answer is better?", prefix, i),
		A: fmt.Sprintf("good answer %d", i), B: fmt.Sprintf("bad answer %d", i)}
	if coin {
		c.A, c.B = c.B, c.A
	}
	return c
}

// crowd answers items like the labelers of TestLabelersEarn: honest ones
// right but one time in 16, the random clicker A, B or tie at random, the
// always-A labeler A, and the colluders from one shared sheet of coin
// flips about the good response (so that they agree whatever order each
// sees the responses in).
type crowd struct {
	mu    sync.Mutex
	r     *rand.Rand
	sheet map[string]bool // prompt → the colluders call the good response better
}

type crowdMember struct {
	c    *crowd
	kind string
}

func (m crowdMember) Answer(it validator.Item) (string, uint8) {
	c := m.c
	c.mu.Lock()
	defer c.mu.Unlock()
	good, bad := ledger.ChoiceA, ledger.ChoiceB
	if strings.HasPrefix(it.B, "good") {
		good, bad = bad, good
	}
	switch m.kind {
	case "honest":
		if c.r.IntN(16) == 0 {
			return bad, 60
		}
		return good, 90
	case "random":
		return []string{ledger.ChoiceA, ledger.ChoiceB, ledger.ChoiceTie}[c.r.IntN(3)], 0
	case "always-A":
		return ledger.ChoiceA, 100
	case "colluder":
		right, ok := c.sheet[it.Prompt]
		if !ok {
			right = c.r.IntN(2) == 0
			c.sheet[it.Prompt] = right
		}
		if right {
			return good, 100
		}
		return bad, 100
	}
	panic("unknown labeler kind " + m.kind)
}

// TestLabelersEarn runs a preference subnet end to end: a 3-validator raft
// cluster sharing a labeling secret and gold, ticking blocks, grading the
// labelers each round and committing then revealing the grades as
// weights; Yuma epochs; and settlement on an embedded EVM chain. Eight
// labelers answer through the validators' API — four honest ones, a random
// clicker, an always-"A" labeler and two colluders who share one answer
// sheet — and new comparisons arrive each round. The honest labelers must
// receive at least 90% of what the labelers (the subnet's miners) are
// paid, counted from the token's mints.
func TestLabelersEarn(t *testing.T) {
	zerolog.SetGlobalLevel(zerolog.WarnLevel)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	deployer, settler, owner := labelingKey(t, "deployer"), labelingKey(t, "settlement"), labelingKey(t, "owner")
	sim, err := chain.StartSimulated(ctx, chain.SimConfig{BlockPeriod: 100 * time.Millisecond,
		Accounts: []common.Address{crypto.PubkeyToAddress(deployer.PublicKey), crypto.PubkeyToAddress(settler.PublicKey)}})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	_, token, err := chain.DeployToken(ctx, sim.Client(), deployer, crypto.PubkeyToAddress(settler.PublicKey))
	if err != nil {
		t.Fatal(err)
	}

	// The cluster: three validators with the same labeling secret and gold.
	var gold []rlhf.GoldPair
	for i := range prefGold {
		c := goodBad("gold question", i, i%2 == 1)
		choice := rlhf.LeftWins
		if i%2 == 1 {
			choice = rlhf.RightWins
		}
		gold = append(gold, rlhf.GoldPair{Pair: rlhf.Pair{ID: rlhf.PairID(c.Prompt, c.A, c.B), Prompt: c.Prompt, A: c.A, B: c.B}, Choice: choice})
	}
	genesis := ledger.Genesis{ChainID: sim.ChainID()}
	keys := make([]*ecdsa.PrivateKey, 3)
	for i := range keys {
		keys[i] = labelingKey(t, fmt.Sprint("validator ", i))
		genesis.Validators = append(genesis.Validators, ledger.GenesisValidator{Address: crypto.PubkeyToAddress(keys[i].PublicKey), Stake: 1_000_000_000_000})
	}
	dir := t.TempDir()
	nodes := make([]*validator.Node, 3)
	for i := range nodes {
		cfg := validator.DefaultConfig()
		cfg.ID, cfg.DataDir, cfg.Key, cfg.Bootstrap = fmt.Sprint("v", i), filepath.Join(dir, fmt.Sprint("v", i)), keys[i], i == 0
		cfg.RaftAddr, cfg.HTTPAddr = testenv.LoopbackAddr(t), testenv.LoopbackAddr(t)
		cfg.TickInterval = 50 * time.Millisecond
		cfg.Labeling = validator.LabelingConfig{Secret: []byte("e2e labeling secret, shared by the cluster"), Gold: map[uint16][]rlhf.GoldPair{prefSubnet: gold}}
		if nodes[i], err = validator.NewNode(cfg, genesis, log.With("node", cfg.ID)); err != nil {
			t.Fatal(err)
		}
		defer nodes[i].Close()
	}
	g, gctx := errgroup.WithContext(ctx)
	runCtx, stop := context.WithCancel(gctx)
	defer func() {
		stop()
		if err := g.Wait(); err != nil {
			t.Error(err)
		}
	}()
	for _, n := range nodes {
		g.Go(func() error { return n.Serve(runCtx) })
	}
	if err := nodes[0].WaitLeader(ctx); err != nil {
		t.Fatal(err)
	}
	for _, n := range nodes[1:] {
		if err := n.Join(ctx, nodes[0].Peer().HTTPAddr); err != nil {
			t.Fatal(err)
		}
	}
	apis := make([]*validator.Client, 3)
	for i, n := range nodes {
		apis[i] = validator.NewClient(n.Peer().HTTPAddr, genesis.ChainID)
	}

	// Setup commands are retried while the new cluster settles (a 503: no
	// leader known to the node asked yet).
	send := func(api *validator.Client, key *ecdsa.PrivateKey, typ string, payload any) {
		t.Helper()
		for {
			_, err := api.Send(ctx, key, typ, payload)
			var ae *validator.APIError
			if err == nil {
				return
			}
			if !errors.As(err, &ae) || ae.Status != http.StatusServiceUnavailable || ctx.Err() != nil {
				t.Fatalf("%s: %v", typ, err)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}

	// The subnet, its validators and its labelers.
	hp := ledger.DefaultHyperparams()
	hp.Tempo, hp.WeightsRateLimit, hp.CommitRevealEnabled, hp.RevealPeriodEpochs = prefTempo, 2, true, 1
	hp.EmissionPerBlock, hp.ImmunityPeriod, hp.MinAllowedWeights = 1_000_000_000, 1000, 1
	hp.AdminFreezeWindow = 2
	send(apis[0], owner, ledger.TypeCreateSubnet, ledger.CreateSubnet{ID: prefSubnet, Name: "preferences",
		Task: ledger.TaskPreference, ModelHash: strings.Repeat("5e", 32), Hyperparams: hp})
	for _, k := range keys {
		send(apis[1], k, ledger.TypeRegister, ledger.Register{Subnet: prefSubnet, Role: ledger.RoleValidator})
	}
	kindOf := map[common.Address]string{}
	c := &crowd{r: rand.New(rand.NewPCG(7, 11)), sheet: map[string]bool{}}
	var autos []*labeler.Auto
	for i, kind := range labelerKinds {
		k := labelingKey(t, fmt.Sprint("labeler ", i))
		kindOf[crypto.PubkeyToAddress(k.PublicKey)] = kind
		send(apis[2], k, ledger.TypeRegister, ledger.Register{Subnet: prefSubnet, Role: ledger.RoleMiner})
		s, err := labeler.NewSession(apis[i%3], k, prefSubnet)
		if err != nil {
			t.Fatal(err)
		}
		a, err := labeler.NewAuto(s, crowdMember{c, kind}, labeler.AutoConfig{Interval: 100 * time.Millisecond}, log)
		if err != nil {
			t.Fatal(err)
		}
		autos = append(autos, a)
	}

	// Run: ticks, grading, settlement, labelers, and new comparisons for
	// every round.
	payer := devnet.NewTokenPayer(token, settler)
	for _, n := range nodes {
		g.Go(func() error { return n.RunTicker(runCtx) })
		g.Go(func() error {
			return n.RunLabelScorer(runCtx, validator.LabelScorerConfig{Interval: 100 * time.Millisecond, Grade: rlhf.DefaultGrade()})
		})
		g.Go(func() error {
			return n.RunSettlement(runCtx, payer, validator.SettlementConfig{Interval: 200 * time.Millisecond})
		})
	}
	for _, a := range autos {
		g.Go(func() error { return a.Run(runCtx) })
	}
	g.Go(func() error { return feedComparisons(runCtx, t, apis[0], owner, nodes[0]) })

	// Wait for enough paid epochs: grades of round r are committed in
	// epoch r+1 and revealed in r+2, so labelers earn from the third epoch.
	const epochs = 7
	var records []ledger.EpochRecord
	for {
		records = records[:0]
		for _, rec := range nodes[0].FSM().Epochs(prefSubnet) {
			if rec.Tx != "" {
				records = append(records, rec)
			}
		}
		if len(records) >= epochs {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("only %d epochs paid before the deadline", len(records))
		case <-time.After(100 * time.Millisecond):
		}
	}

	// What the labelers were paid, by kind, from the ledger's payouts and
	// from the token's balances.
	byKind := map[string]uint64{}
	var labelers uint64
	for _, rec := range records {
		line := fmt.Sprintf("epoch %d (block %d, tx %s…):", rec.Epoch, rec.Block, rec.Tx[:10])
		for _, p := range rec.Payouts {
			if p.Role == ledger.RoleMiner {
				byKind[kindOf[p.Address]] += p.Amount
				labelers += p.Amount
				line += fmt.Sprintf(" %s %d", kindOf[p.Address], p.Amount)
			}
		}
		t.Log(line)
	}
	var minted uint64
	for addr := range kindOf {
		bal, err := token.BalanceOf(ctx, addr)
		if err != nil {
			t.Fatal(err)
		}
		minted += bal.Uint64()
	}
	t.Logf("labelers paid %d base units over %d epochs (token balances %d): %v", labelers, len(records), minted, byKind)
	if labelers == 0 {
		t.Fatal("no labeler was paid")
	}
	if minted < labelers {
		t.Errorf("the token holds %d for the labelers, the settled epochs owe them %d", minted, labelers)
	}
	if share := float64(byKind["honest"]) / float64(labelers); share < 0.90 {
		t.Errorf("honest labelers got %.1f%% of the labelers' share, want at least 90%%", 100*share)
	} else {
		t.Logf("honest labelers got %.2f%% of the labelers' share", 100*share)
	}
}

// feedComparisons adds prefComparisons new comparisons to the pool
// whenever it is empty, so that every round has comparisons to label.
func feedComparisons(ctx context.Context, t *testing.T, api *validator.Client, owner *ecdsa.PrivateKey, n *validator.Node) error {
	r := rand.New(rand.NewPCG(3, 5))
	for batch := 0; ; {
		if sn, ok := n.FSM().Subnet(prefSubnet); ok && sn.Labeling != nil && sn.Labeling.Pending == 0 {
			cs := make([]ledger.Comparison, prefComparisons)
			for i := range cs {
				cs[i] = goodBad(fmt.Sprint("batch ", batch, " question"), i, r.IntN(2) == 0)
			}
			if _, _, err := api.AddComparisons(ctx, owner, prefSubnet, cs); err != nil && ctx.Err() == nil {
				t.Logf("add comparisons: %v", err)
			} else {
				batch++
			}
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(50 * time.Millisecond):
		}
	}
}
