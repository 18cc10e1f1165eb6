// Package devnet runs a whole Agora network in one process: an embedded EVM
// chain with the token and a staking contract, a three-node validator
// cluster on raft, an inference subnet (and optionally a fine-tune subnet),
// named miners serving the reference model honestly or cheating on purpose,
// scoring, slashing, Yuma epochs and on-chain settlement. Every part is the
// real component; devnet only wires them together on loopback and reports
// progress. Only cmd/agora imports it.
package devnet

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/sync/errgroup"

	"github.com/agora-net/agora/chain"
	"github.com/agora-net/agora/miner"
	"github.com/agora-net/agora/model"
	"github.com/agora-net/agora/model/corpus"
	"github.com/agora-net/agora/validator"
	"github.com/agora-net/agora/validator/ledger"
)

// SubnetSpec is a subnet the devnet creates.
type SubnetSpec struct {
	ID   uint16
	Name string
	// ModelSeed selects the subnet's reference (or base) model: 0, the
	// shipped reference model (model.Reference); otherwise the generated
	// model of that seed (model.NewSeeded).
	ModelSeed uint64
	ModelHash string // its expected content hash (hex sha256); empty: not checked
	// Scoring are the subnet's scoring parameters; the zero value: the
	// task's defaults.
	Scoring     ledger.Scoring
	Hyperparams ledger.Hyperparams
}

// MinerSpec is one miner of the devnet: its name (in the payouts), how it
// behaves, and the subnets it registers on.
type MinerSpec struct {
	Name      string
	Behaviour miner.Behaviour
	// Subnets lists the subnet ids it serves; empty: all of the devnet's.
	Subnets []uint16
}

// Config configures a devnet run.
type Config struct {
	// DataDir keeps all state; a second run on it resumes. Empty: a fresh
	// temporary directory, removed at the end.
	DataDir string
	// Epochs stops the run after this many epochs were paid in it on each
	// subnet (0: run until the context ends).
	Epochs int
	// Validators sizes the cluster.
	Validators int
	// MinerSpecs lists the miners. When it is empty, the devnet runs
	// Miners honest miners and FaultyMiners wrong-model ones (miner-0, …)
	// on every subnet.
	MinerSpecs           []MinerSpec
	Miners, FaultyMiners int
	// ValidatorStake is each validator's genesis stake, in base units.
	ValidatorStake uint64
	// MinerStake is what each miner stakes on chain at setup, in base units,
	// so that a proven cheat has something to lose; 0: miners do not stake.
	MinerStake uint64
	// SlowDelay is how long a slow miner waits before answering (longer
	// than the scorer's timeout: its answers fail).
	SlowDelay time.Duration
	// TickInterval is the ledger's block time; ChainBlockPeriod the chain's.
	TickInterval, ChainBlockPeriod time.Duration
	// ChainRPCPort is the chain's JSON-RPC port on 127.0.0.1 (0: any free).
	ChainRPCPort int
	// PushMax is the largest epoch (in recipients) paid straight to its
	// recipients; larger ones are settled as Merkle roots, and their
	// recipients claim (agora claim). Negative: every epoch as a root.
	PushMax int
	// Subnet is the inference subnet; FineTuneSubnet, when set, a
	// fine-tune subnet whose base model is its model.
	Subnet         SubnetSpec
	FineTuneSubnet *SubnetSpec
	Scorer         validator.ScorerConfig
	Slashing       validator.SlashingConfig
}

// DefaultConfig returns the embedded defaults (configs/devnet.yaml holds the
// same values for people to read and copy).
func DefaultConfig() Config {
	hp := ledger.DefaultHyperparams()
	hp.Tempo = 50
	hp.WeightsRateLimit = 5
	hp.MaxAllowedValidators = 64
	hp.MinAllowedWeights = 1
	hp.ImmunityPeriod = 100
	hp.EmissionPerBlock = 1_000_000_000
	hp.CommitRevealEnabled = false // the validators set weights with plain set_weights
	sc := ledger.DefaultScoring(ledger.TaskInference)
	sc.LatencyTargetMS = 1000
	return Config{
		Validators:       3,
		Miners:           3,
		FaultyMiners:     1,
		ValidatorStake:   1_000_000_000_000,
		MinerStake:       1_000_000_000,
		SlowDelay:        3 * time.Second,
		TickInterval:     200 * time.Millisecond,
		ChainBlockPeriod: 500 * time.Millisecond,
		PushMax:          validator.DefaultSettlementConfig().PushMax,
		Subnet: SubnetSpec{
			ID: 1, Name: "text-inference", Hyperparams: hp, Scoring: sc,
			ModelHash: model.ReferenceHash,
		},
		Scorer:   validator.DefaultScorerConfig(),
		Slashing: validator.DefaultSlashingConfig(),
	}
}

// DefaultFineTuneSubnet is the fine-tune subnet the adversarial devnet
// adds: subnet 2, the inference subnet's hyperparameters, ε 5‰ decaying
// over 500 blocks.
func DefaultFineTuneSubnet(inference SubnetSpec) SubnetSpec {
	sc := ledger.DefaultScoring(ledger.TaskFineTune)
	sc.EpsilonDecayBlocks = 500
	return SubnetSpec{ID: 2, Name: "text-fine-tune", ModelHash: inference.ModelHash, ModelSeed: inference.ModelSeed,
		Scoring: sc, Hyperparams: inference.Hyperparams}
}

// subnets returns the devnet's subnets with their tasks.
func (c Config) subnets() []subnetPlan {
	out := []subnetPlan{{SubnetSpec: c.Subnet, task: ledger.TaskInference}}
	if c.FineTuneSubnet != nil {
		out = append(out, subnetPlan{SubnetSpec: *c.FineTuneSubnet, task: ledger.TaskFineTune})
	}
	return out
}

// subnetPlan is a subnet to create.
type subnetPlan struct {
	SubnetSpec
	task string
}

// minerSpecs returns MinerSpecs, or the miners Miners and FaultyMiners
// describe.
func (c Config) minerSpecs() []MinerSpec {
	if len(c.MinerSpecs) > 0 {
		return c.MinerSpecs
	}
	var out []MinerSpec
	for i := range c.Miners + c.FaultyMiners {
		b := miner.Honest
		if i >= c.Miners {
			b = miner.WrongModel
		}
		out = append(out, MinerSpec{Name: fmt.Sprintf("miner-%d", i), Behaviour: b})
	}
	return out
}

// Validate reports the first field out of range.
func (c Config) Validate() error {
	specs := c.minerSpecs()
	switch {
	case c.Validators < 1 || c.Validators > 7:
		return errors.New("devnet: validators must be between 1 and 7")
	case c.Miners < 0 || c.FaultyMiners < 0:
		return errors.New("devnet: miners and faulty miners must not be negative")
	case len(specs) < 1 || len(specs)+c.Validators > 64:
		return errors.New("devnet: need at least one miner and at most 64 neurons")
	case c.Epochs < 0:
		return errors.New("devnet: epochs must not be negative")
	case c.TickInterval <= 0 || c.ChainBlockPeriod <= 0:
		return errors.New("devnet: tick interval and chain block period must be positive")
	case c.ChainRPCPort < 0 || c.ChainRPCPort > 65535:
		return errors.New("devnet: chain RPC port out of range")
	case c.SlowDelay < 0:
		return errors.New("devnet: slow delay must not be negative")
	case c.FineTuneSubnet != nil && c.FineTuneSubnet.ID == c.Subnet.ID:
		return fmt.Errorf("devnet: the fine-tune subnet and the inference subnet are both subnet %d", c.Subnet.ID)
	case c.FineTuneSubnet != nil && c.FineTuneSubnet.ModelSeed != c.Subnet.ModelSeed:
		return errors.New("devnet: the fine-tune subnet's base model must be the inference subnet's model (the same model_seed): miners serve one model")
	}
	ids := map[uint16]string{}
	for _, sp := range c.subnets() {
		ids[sp.ID] = sp.task
		if err := sp.Hyperparams.Validate(); err != nil {
			return fmt.Errorf("devnet: subnet %d: %w", sp.ID, err)
		}
		if sp.Scoring != (ledger.Scoring{}) {
			if err := sp.Scoring.Validate(sp.task, datasetsFor(sp.task)); err != nil {
				return fmt.Errorf("devnet: subnet %d: %w", sp.ID, err)
			}
		}
	}
	names := map[string]bool{}
	for i, m := range specs {
		switch {
		case m.Name == "" || len(m.Name) > 64:
			return fmt.Errorf("devnet: miner %d: name must be 1 to 64 bytes", i)
		case names[m.Name]:
			return fmt.Errorf("devnet: miner name %q is used twice", m.Name)
		case m.Behaviour < miner.Honest || m.Behaviour > miner.FakeGPU:
			return fmt.Errorf("devnet: miner %s: unknown behaviour %d", m.Name, m.Behaviour)
		}
		names[m.Name] = true
		for _, id := range m.Subnets {
			if _, ok := ids[id]; !ok {
				return fmt.Errorf("devnet: miner %s: no subnet %d in the devnet", m.Name, id)
			}
		}
		if m.Behaviour == miner.Copier {
			if _, ok := copySource(specs, i, c.subnets()); !ok {
				return fmt.Errorf("devnet: copier %s: no honest miner on its fine-tune subnet to copy from", m.Name)
			}
		}
	}
	return nil
}

// servesSubnet reports whether a miner of these subnets (empty: all)
// serves subnet id.
func servesSubnet(subnets []uint16, id uint16) bool {
	return len(subnets) == 0 || slices.Contains(subnets, id)
}

// copySource returns the index of the honest miner a copier (specs[i])
// copies: the first honest miner on a fine-tune subnet the copier serves.
func copySource(specs []MinerSpec, i int, subnets []subnetPlan) (int, bool) {
	for _, sp := range subnets {
		if sp.task != ledger.TaskFineTune || !servesSubnet(specs[i].Subnets, sp.ID) {
			continue
		}
		for k, m := range specs {
			if m.Behaviour == miner.Honest && servesSubnet(m.Subnets, sp.ID) {
				return k, true
			}
		}
	}
	return 0, false
}

// datasetsFor lists the datasets a subnet of task names: a fine-tune
// subnet names the corpus's training and held-out sets by hash.
func datasetsFor(task string) []ledger.Dataset {
	if task != ledger.TaskFineTune {
		return nil
	}
	sum := func(b []byte) string { h := sha256.Sum256(b); return hex.EncodeToString(h[:]) }
	return []ledger.Dataset{{Name: "train", Hash: sum(corpus.Train())}, {Name: "held-out", Hash: sum(corpus.HeldOut())}}
}

// Summary is what a finished run reports (the --json document).
type Summary struct {
	ChainRPC  string            `json:"chain_rpc"`
	Token     string            `json:"token"`
	Contracts chain.Addresses   `json:"contracts"`
	Epochs    []EpochSummary    `json:"epochs"`
	Balances  map[string]string `json:"balances"`
	// Staking is the staking contract; Stakes the miners' stakes on it at
	// the end, by hotkey; Slashes the slashes of the run's ledger.
	Staking string            `json:"staking,omitempty"`
	Stakes  map[string]string `json:"stakes,omitempty"`
	Slashes []SlashSummary    `json:"slashes"`
	// Replicas are the validators' state hashes at one applied index, once
	// they converged after the run.
	Replicas []ReplicaHash `json:"-"`
	// Records are the epochs paid in this run as the ledger holds them.
	Records []ledger.EpochRecord `json:"-"`
}

// EpochSummary is one paid epoch.
type EpochSummary struct {
	Subnet  uint16          `json:"subnet"`
	Epoch   uint64          `json:"epoch"`
	Block   uint64          `json:"block"`
	Tx      string          `json:"tx"`
	Payouts []PayoutSummary `json:"payouts"`
}

// PayoutSummary is one payout of an epoch. Name is the neuron's name in
// the devnet's configuration (a miner's configured name, validator-<i>)
// and Behaviour a miner's behaviour.
type PayoutSummary struct {
	UID       uint16 `json:"uid"`
	Address   string `json:"address"`
	Role      string `json:"role"`
	Amount    string `json:"amount"`
	Name      string `json:"name,omitempty"`
	Behaviour string `json:"behaviour,omitempty"`
}

// SlashSummary is a miner's slash: the offence the ledger confirmed, the
// slash it recorded, and whether the staking contract holds that slash
// (its Slashed event names the evidence, in the recorded transaction).
type SlashSummary struct {
	Subnet   uint16 `json:"subnet"`
	Epoch    uint64 `json:"epoch"`
	Name     string `json:"name"`
	Hotkey   string `json:"hotkey"`
	Evidence string `json:"evidence"`
	Amount   uint64 `json:"amount"`
	Tx       string `json:"tx"`
	OnChain  bool   `json:"on_chain"`
}

// Run starts the network, waits until cfg.Epochs epochs were paid (or ctx
// ends), stops everything and returns the summary. Progress goes to out.
func Run(ctx context.Context, cfg Config, out io.Writer, log *slog.Logger) (*Summary, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	dir := cfg.DataDir
	if dir == "" {
		tmp, err := os.MkdirTemp("", "agora-devnet-")
		if err != nil {
			return nil, fmt.Errorf("devnet: %w", err)
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}
	st, resumed, err := loadOrCreateState(dir, cfg)
	if err != nil {
		return nil, err
	}
	p := &printer{w: out}
	if resumed {
		p.printf("Resuming the devnet in %s\n", dir)
	} else {
		p.printf("Starting a new devnet in %s\n", dir)
	}

	// Every miner and validator gets its own instance of the model: an
	// instance evaluates one call at a time.
	newModel := func() (*model.LM, error) { return loadModel(cfg.Subnet.ModelSeed) }
	ref, err := newModel()
	if err != nil {
		return nil, err
	}
	refHash := ref.Hash()
	for _, sp := range cfg.subnets() {
		if sp.ModelHash != "" && sp.ModelHash != refHash {
			return nil, fmt.Errorf("devnet: subnet %d: the model of seed %d has hash %s, the config names %s", sp.ID, sp.ModelSeed, refHash, sp.ModelHash)
		}
	}

	// The chain, with the contracts; the cluster's settlement key settles.
	// Every devnet key is funded with ether, so that miners and validators
	// can send their own transactions (agora claim, agora stake). The chain
	// outlives an interrupt until the final balances are read (Close).
	sim, err := chain.StartSimulated(context.WithoutCancel(ctx), chain.SimConfig{
		HTTPPort:    st.ChainRPCPort,
		BlockPeriod: cfg.ChainBlockPeriod,
		DataDir:     st.path("chain"),
		Accounts:    st.chainAccounts(),
	})
	if err != nil {
		return nil, err
	}
	defer sim.Close()
	var lastSubnet uint16
	for _, sp := range cfg.subnets() {
		lastSubnet = max(lastSubnet, sp.ID)
	}
	contracts, err := st.contracts(ctx, sim, lastSubnet)
	if err != nil {
		return nil, err
	}
	token, tokenAddr := contracts.Token, contracts.Token.Address()
	p.printf("Chain: JSON-RPC %s (chain id %d), token %s, emission %s, staking %s, registry %s\n", sim.RPCURL(), sim.ChainID(),
		tokenAddr.Hex(), contracts.Emission.Address().Hex(), contracts.Staking.Address().Hex(), contracts.Registry.Address().Hex())

	// The validator cluster.
	genesis := ledger.Genesis{ChainID: sim.ChainID(), AllowLoopbackAxons: true} // everything runs on 127.0.0.1
	for _, v := range st.Validators {
		genesis.Validators = append(genesis.Validators, ledger.GenesisValidator{Address: st.key(v.Key).addr(), Stake: cfg.ValidatorStake})
	}
	var peers []validator.Peer
	for i, v := range st.Validators {
		peers = append(peers, validator.Peer{ID: fmt.Sprintf("validator-%d", i), RaftAddr: v.RaftAddr, HTTPAddr: v.HTTPAddr})
	}
	nodes := make([]*validator.Node, len(st.Validators))
	for i, v := range st.Validators {
		vc := validator.DefaultConfig()
		vc.ID, vc.DataDir = peers[i].ID, st.path(fmt.Sprintf("validator-%d", i))
		vc.RaftAddr, vc.HTTPAddr = v.RaftAddr, v.HTTPAddr
		vc.Bootstrap = i == 0 // validator 0 forms the cluster; the others join it
		vc.Key = st.key(v.Key).priv
		vc.TickInterval = cfg.TickInterval
		n, err := validator.NewNode(vc, genesis, log.With("node", vc.ID))
		if err != nil {
			closeNodes(nodes)
			return nil, err
		}
		nodes[i] = n
	}
	defer closeNodes(nodes)

	g, gctx := errgroup.WithContext(ctx)
	runCtx, stop := context.WithCancel(gctx)
	defer stop()
	for _, n := range nodes {
		g.Go(func() error { return n.Serve(runCtx) })
	}
	if err := nodes[0].WaitLeader(ctx); err != nil {
		return nil, err
	}
	// The others join through validator 0's API (on a resumed cluster they
	// are members already, and joining again changes nothing).
	for _, n := range nodes[1:] {
		if err := n.Join(ctx, peers[0].HTTPAddr); err != nil {
			return nil, err
		}
	}
	// A resumed cluster replays its log; read nothing before every replica
	// has caught up with what the leader committed.
	if err := waitCaughtUp(ctx, nodes); err != nil {
		return nil, err
	}
	p.printf("Validator cluster formed: %d nodes on raft (%s)\n", len(nodes), joinAddrs(peers))

	api := validator.NewClient(peers[0].HTTPAddr, genesis.ChainID)
	// Slashing: the miners' stake on a staking contract (see
	// setupStaking).
	staking, err := setupStaking(ctx, st, token, contracts.Staking, cfg.MinerStake, p)
	if err != nil {
		stop()
		_ = g.Wait()
		return nil, err
	}
	// Miners: axon servers first, so they can register their addresses.
	// They admit the validators that hold a permit, as validator 0's API
	// reports them.
	permits, err := miner.NewPermitCache(validator.NewClient(peers[0].HTTPAddr, genesis.ChainID), devnetPermitCache())
	if err != nil {
		return nil, err
	}
	servers := make([]*miner.Server, len(st.Miners))
	for i := range st.Miners {
		if servers[i], err = newMinerServer(cfg, st, i, newModel, permits, api, genesis.ChainID, log); err != nil {
			return nil, err
		}
		g.Go(func() error { return servers[i].Run(runCtx) })
	}

	if err := setupSubnets(ctx, api, st, cfg, refHash, servers, p); err != nil {
		stop()
		_ = g.Wait()
		return nil, err
	}

	scorer := cfg.Scorer
	if scorer.HeldOut == nil {
		scorer.HeldOut = corpus.HeldOut()
	}
	payer := &validator.EmissionPayer{Contract: contracts.Emission, Key: st.key(st.Settlement).priv}
	settle := validator.SettlementConfig{Interval: 200 * time.Millisecond, PushMax: cfg.PushMax}
	safe := &chain.StakeReader{Staking: staking, Backend: sim.Client(), Confirmations: 1}
	feed := &validator.RegistryFeed{Registry: contracts.Registry, Safe: safe}
	slasher := validator.StakingSlasher{Staking: staking, Key: st.key(st.Slasher).priv}
	pricer := &validator.RegistryPricer{Registry: contracts.Registry, Key: st.key(st.Settlement).priv}
	for _, n := range nodes {
		own, err := newModel()
		if err != nil {
			return nil, err
		}
		g.Go(func() error { return n.RunTicker(runCtx) })
		g.Go(func() error { return n.RunScorer(runCtx, scorer, validator.NewModelSet(own)) })
		g.Go(func() error { return n.RunSettlement(runCtx, payer, settle) })
		g.Go(func() error { return n.RunSlashing(runCtx, slasher, cfg.Slashing) })
		g.Go(func() error { return n.RunStakeSync(runCtx, safe, time.Second) })
		g.Go(func() error { return n.RunChainFeed(runCtx, feed, time.Second) })
		g.Go(func() error { return n.RunPriceSync(runCtx, pricer, time.Second) })
	}

	summary := &Summary{ChainRPC: sim.RPCURL(), Token: tokenAddr.Hex(), Contracts: contracts.Addresses(), Balances: map[string]string{},
		Slashes: []SlashSummary{}, Staking: staking.Address().Hex()}
	watchErr := watch(runCtx, nodes[0], cfg, st, p, summary)
	stop()
	if err := g.Wait(); err != nil && !errors.Is(err, context.Canceled) {
		return nil, err
	}
	if watchErr != nil && !errors.Is(watchErr, context.Canceled) {
		return nil, watchErr
	}
	if err := readBalances(context.WithoutCancel(ctx), token, summary); err != nil {
		return nil, err
	}
	if err := readSlashes(context.WithoutCancel(ctx), nodes[0].FSM(), staking, cfg, st, summary); err != nil {
		return nil, err
	}
	if summary.Replicas, err = convergedHashes(context.WithoutCancel(ctx), nodes, peers); err != nil {
		return nil, err
	}
	return summary, nil
}

// devnetPermitCache reads permits often: the devnet's blocks are short.
func devnetPermitCache() miner.PermitCacheConfig {
	c := miner.DefaultPermitCacheConfig()
	c.TTL, c.RetryAfter = 2*time.Second, 200*time.Millisecond
	return c
}

// waitCaughtUp waits until every node has applied everything the leader had
// committed when it was asked.
func waitCaughtUp(ctx context.Context, nodes []*validator.Node) error {
	for {
		for _, n := range nodes {
			idx, err := n.Barrier()
			if err != nil {
				continue
			}
			for _, m := range nodes {
				for m.FSM().AppliedIndex() < idx {
					select {
					case <-ctx.Done():
						return ctx.Err()
					case <-time.After(10 * time.Millisecond):
					}
				}
			}
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// ReplicaHash is one validator's state hash at its applied index.
type ReplicaHash struct {
	Node  string
	Index uint64
	Hash  string
}

// convergedHashes waits (a few seconds at most) until every replica has
// applied the same log index, and returns their state hashes there.
func convergedHashes(ctx context.Context, nodes []*validator.Node, peers []validator.Peer) ([]ReplicaHash, error) {
	deadline := time.Now().Add(5 * time.Second)
	for {
		var out []ReplicaHash
		same := true
		for i, n := range nodes {
			idx, h := n.FSM().StateHash()
			out = append(out, ReplicaHash{Node: peers[i].ID, Index: idx, Hash: h.Hex()})
			same = same && idx == out[0].Index
		}
		if same || time.Now().After(deadline) {
			return out, nil
		}
		select {
		case <-ctx.Done():
			return out, ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func closeNodes(nodes []*validator.Node) {
	for _, n := range nodes {
		if n != nil {
			_ = n.Close()
		}
	}
}

func joinAddrs(peers []validator.Peer) string {
	s := ""
	for i, p := range peers {
		if i > 0 {
			s += ", "
		}
		s += p.RaftAddr
	}
	return s
}

// setupSubnets creates the devnet's subnets and registers the validators
// on each and every miner on its subnets, with the model it commits to
// and the hardware it claims; each step only if the ledger does not have
// it yet (so a resumed run skips it).
func setupSubnets(ctx context.Context, api *validator.Client, st *state, cfg Config, modelHash string, servers []*miner.Server, p *printer) error {
	for _, sp := range cfg.subnets() {
		sn, err := api.Subnet(ctx, sp.ID)
		if err != nil {
			owner := st.key(st.Owner)
			sc := ledger.DefaultScoring(sp.task)
			if sp.Scoring != (ledger.Scoring{}) {
				sc = sp.Scoring
			}
			datasets := datasetsFor(sp.task)
			if sp.task == ledger.TaskFineTune {
				sc.HeldOutDataset = datasets[1].Name
			}
			if _, err := api.Send(ctx, owner.priv, ledger.TypeCreateSubnet, ledger.CreateSubnet{
				ID: sp.ID, Name: sp.Name, Task: sp.task, ModelHash: modelHash, Datasets: datasets, Scoring: sc, Hyperparams: sp.Hyperparams,
			}); err != nil {
				return err
			}
			p.printf("Subnet %d %q created by %s: %s, reference model %s…, tempo %d blocks\n",
				sp.ID, sp.Name, owner.addr().Hex(), sp.task, modelHash[:16], sp.Hyperparams.Tempo)
			if sn, err = api.Subnet(ctx, sp.ID); err != nil {
				return err
			}
		}
		register := func(k *keyPair, name string, reg ledger.Register) error {
			if _, ok := sn.UIDOf(k.addr()); ok {
				return nil
			}
			reg.Subnet = sp.ID
			if _, err := api.Send(ctx, k.priv, ledger.TypeRegister, reg); err != nil {
				return err
			}
			if sn, err = api.Subnet(ctx, sp.ID); err != nil {
				return err
			}
			uid, _ := sn.UIDOf(k.addr())
			p.printf("Registered %-9s uid %d on subnet %d  %s  %s%s\n", reg.Role, uid, sp.ID, k.addr().Hex(), name, axonNote(reg.Axon))
			return nil
		}
		for _, v := range st.Validators {
			if err := register(st.key(v.Key), v.Key, ledger.Register{Role: ledger.RoleValidator}); err != nil {
				return err
			}
		}
		for i, m := range st.Miners {
			if !servesSubnet(m.Subnets, sp.ID) {
				continue
			}
			reg := ledger.Register{Role: ledger.RoleMiner, Axon: m.Axon, ModelHash: modelHash, Hardware: servers[i].Hardware().Declaration()}
			if err := register(st.key(m.Key), fmt.Sprintf("%s (%s)", m.Name, m.Behaviour), reg); err != nil {
				return err
			}
		}
	}
	return nil
}

// loadModel returns a new instance of the model of seed: 0, the shipped
// reference model; otherwise the generated one.
func loadModel(seed uint64) (*model.LM, error) {
	m, err := model.Reference()
	if seed != 0 {
		m, err = model.NewSeeded(seed, model.DefaultConfig())
	}
	if err != nil {
		return nil, fmt.Errorf("devnet: model: %w", err)
	}
	return m, nil
}

// newMinerServer builds miner i's axon: it serves its own instance of the
// subnets' model, fine-tunes it on the corpus's training set, records its
// fine-tune commitments through the cluster's API, and behaves as
// configured (a copier copies the first honest miner of its fine-tune
// subnet).
func newMinerServer(cfg Config, st *state, i int, newModel func() (*model.LM, error), permits miner.PermitChecker,
	api *validator.Client, chainID uint64, log *slog.Logger) (*miner.Server, error) {
	m := st.Miners[i]
	b, err := miner.ParseBehaviour(m.Behaviour)
	if err != nil {
		return nil, err
	}
	lm, err := newModel()
	if err != nil {
		return nil, err
	}
	gen := miner.NewLMGenerator(lm)
	key := st.key(m.Key).priv
	mc := miner.DefaultConfig()
	mc.Addr, mc.Model, mc.Logger, mc.Key = m.Axon, gen, log.With("miner", m.Name), key
	mc.ChainID, mc.Permits, mc.Behaviour, mc.SlowDelay = chainID, permits, b, cfg.SlowDelay
	mc.DataDir = st.path(fmt.Sprintf("miner-%d", i))
	for _, sp := range cfg.subnets() {
		if servesSubnet(m.Subnets, sp.ID) {
			mc.Subnets = append(mc.Subnets, sp.ID)
		}
	}
	if mc.Trainer, err = miner.NewLMTrainer(lm, corpus.Train(), miner.DefaultTrainerConfig()); err != nil {
		return nil, err
	}
	mc.Committer = validator.FineTuneCommitter{Client: api, Key: key}
	switch b {
	case miner.WrongModel:
		// Claims the subnet's model but answers with another one.
		if mc.Substitute, err = gen.Substitute(); err != nil {
			return nil, err
		}
	case miner.Copier:
		specs := make([]MinerSpec, len(st.Miners))
		for k, o := range st.Miners {
			ob, _ := miner.ParseBehaviour(o.Behaviour)
			specs[k] = MinerSpec{Name: o.Name, Behaviour: ob, Subnets: o.Subnets}
		}
		src, ok := copySource(specs, i, cfg.subnets())
		if !ok {
			return nil, fmt.Errorf("devnet: copier %s: no honest miner on its fine-tune subnet to copy from", m.Name)
		}
		mc.CopySource = miner.AxonCopySource{Client: miner.NewClient(st.Miners[src].Axon, miner.ClientConfig{})}
	}
	return miner.NewServer(mc)
}

func axonNote(axon string) string {
	if axon == "" {
		return ""
	}
	return "  axon " + axon
}

// watch prints each new epoch's metagraph and settlement and each slash,
// and returns when cfg.Epochs epochs were paid during this run on every
// subnet.
func watch(ctx context.Context, n *validator.Node, cfg Config, st *state, p *printer, sum *Summary) error {
	type key struct {
		subnet uint16
		epoch  uint64
	}
	printed, settled, slashed := map[key]bool{}, map[key]bool{}, map[string]bool{}
	paid := map[uint16]int{}
	for _, sp := range cfg.subnets() {
		for _, rec := range n.FSM().Epochs(sp.ID) {
			k := key{sp.ID, rec.Epoch}
			printed[k], settled[k] = true, rec.Tx != ""
		}
		for _, o := range n.FSM().Offences(sp.ID) {
			slashed[o.Evidence.Hex()] = o.Slashed
		}
	}
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for {
		done := cfg.Epochs > 0
		for _, sp := range cfg.subnets() {
			for _, rec := range n.FSM().Epochs(sp.ID) {
				k := key{sp.ID, rec.Epoch}
				if !printed[k] {
					printed[k] = true
					p.metagraph(rec, st)
				}
				if rec.Tx != "" && !settled[k] {
					settled[k] = true
					p.printf("Epoch %d of subnet %d paid on chain in tx %s (%s base units to %d accounts)\n",
						rec.Epoch, rec.Subnet, rec.Tx, total(rec), len(rec.Payouts))
					sum.Epochs = append(sum.Epochs, epochSummary(rec, st))
					sum.Records = append(sum.Records, rec)
					paid[sp.ID]++
				}
			}
			for _, o := range n.FSM().Offences(sp.ID) {
				if o.Slashed && !slashed[o.Evidence.Hex()] {
					slashed[o.Evidence.Hex()] = true
					p.printf("Slashed miner %s (uid %d) on subnet %d: %d base units, evidence %s, tx %s\n",
						st.nameOf(o.Hotkey), o.UID, sp.ID, o.Amount, o.Evidence.Hex(), o.Tx)
				}
			}
			done = done && paid[sp.ID] >= cfg.Epochs
		}
		if done {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// total is the sum of an epoch's payouts, which a pruned record (one
// settled long ago) keeps without the payouts themselves.
func total(rec ledger.EpochRecord) string {
	return strconv.FormatUint(rec.PayoutsTotal, 10)
}

func epochSummary(rec ledger.EpochRecord, st *state) EpochSummary {
	es := EpochSummary{Subnet: rec.Subnet, Epoch: rec.Epoch, Block: rec.Block, Tx: rec.Tx, Payouts: []PayoutSummary{}}
	for _, p := range rec.Payouts {
		ps := PayoutSummary{UID: p.UID, Address: p.Address.Hex(), Role: p.Role, Amount: fmt.Sprint(p.Amount)}
		if p.Role != ledger.RoleOwner {
			ps.Name, ps.Behaviour = st.nameOf(p.Address), st.behaviourOf(p.Address)
		}
		es.Payouts = append(es.Payouts, ps)
	}
	return es
}

// readSlashes lists the ledger's slashes with whether the staking
// contract holds each, and reads every miner's stake.
func readSlashes(ctx context.Context, f *ledger.FSM, staking *chain.Staking, cfg Config, st *state, sum *Summary) error {
	for _, sp := range cfg.subnets() {
		for _, o := range f.Offences(sp.ID) {
			if !o.Slashed {
				continue
			}
			ss := SlashSummary{Subnet: sp.ID, Epoch: o.Epoch, Name: st.nameOf(o.Hotkey), Hotkey: o.Hotkey.Hex(),
				Evidence: o.Evidence.Hex(), Amount: o.Amount, Tx: o.Tx}
			if o.Amount > 0 {
				s, found, err := staking.SlashOf(ctx, o.Hotkey, o.Evidence)
				if err != nil {
					return err
				}
				ss.OnChain = found && strings.EqualFold(s.Tx.Hex(), o.Tx) && s.Amount.IsUint64() && s.Amount.Uint64() == o.Amount
			}
			sum.Slashes = append(sum.Slashes, ss)
		}
	}
	sum.Stakes = map[string]string{}
	for _, m := range st.Miners {
		a := st.key(m.Key).addr()
		v, err := staking.StakeOf(ctx, a)
		if err != nil {
			return err
		}
		sum.Stakes[a.Hex()] = v.String()
	}
	return nil
}

// readBalances reads every paid account's balance back from the contract.
func readBalances(ctx context.Context, token *chain.Token, sum *Summary) error {
	var addrs []common.Address
	for _, rec := range sum.Records {
		for _, p := range rec.Payouts {
			if !slices.Contains(addrs, p.Address) {
				addrs = append(addrs, p.Address)
			}
		}
	}
	for _, a := range addrs {
		b, err := token.BalanceOf(ctx, a)
		if err != nil {
			return err
		}
		sum.Balances[a.Hex()] = b.String()
	}
	return nil
}

// TokenPayer pays epochs by minting a token deployed alone (DeployToken)
// whose minter is the settlement key, in push mode: a validator.Payer for
// RunSettlement in tests that need no emission contract. Payments are
// serialized, so that the key's transactions keep their nonces in order.
type TokenPayer struct {
	mu    sync.Mutex
	token *chain.Token
	key   *ecdsa.PrivateKey
}

var _ validator.Payer = (*TokenPayer)(nil)

// NewTokenPayer returns the payer of token whose minter is key.
func NewTokenPayer(token *chain.Token, key *ecdsa.PrivateKey) *TokenPayer {
	return &TokenPayer{token: token, key: key}
}

// LastPaidEpoch implements validator.Payer.
func (t *TokenPayer) LastPaidEpoch(ctx context.Context, subnet uint16) (uint64, error) {
	return t.token.LastPaidEpoch(ctx, subnet)
}

// EpochTx implements validator.Payer.
func (t *TokenPayer) EpochTx(ctx context.Context, subnet uint16, epoch uint64) (validator.Payment, bool, error) {
	tx, found, err := t.token.EpochTx(ctx, subnet, epoch)
	return validator.Payment{Tx: tx}, found, err
}

// PayEpoch implements validator.Payer.
func (t *TokenPayer) PayEpoch(ctx context.Context, subnet uint16, epoch uint64, recipients []common.Address, amounts []uint64) (common.Hash, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.token.PayEpoch(ctx, t.key, subnet, epoch, recipients, amounts)
}

// keyPair is a generated key.
type keyPair struct{ priv *ecdsa.PrivateKey }

func (k *keyPair) addr() common.Address { return crypto.PubkeyToAddress(k.priv.PublicKey) }
