// Package devnet runs a whole Agora network in one process: an embedded EVM
// chain with the token contract, a three-node validator cluster on raft,
// a subnet, miners serving its reference model, scoring, Yuma epochs and
// on-chain settlement. Every part is the real component; devnet only wires
// them together on loopback and reports progress. Only cmd/agora imports it.
package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"os"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/sync/errgroup"

	"github.com/agora-net/agora/chain"
	"github.com/agora-net/agora/miner"
	"github.com/agora-net/agora/model"
	"github.com/agora-net/agora/validator"
	"github.com/agora-net/agora/validator/ledger"
)

// SubnetSpec is the subnet the devnet creates.
type SubnetSpec struct {
	ID          uint16
	Name        string
	ModelSeed   uint64 // the reference model is generated from this seed
	ModelHash   string // its expected content hash (hex sha256); empty: not checked
	Hyperparams ledger.Hyperparams
}

// Config configures a devnet run.
type Config struct {
	// DataDir keeps all state; a second run on it resumes. Empty: a fresh
	// temporary directory, removed at the end.
	DataDir string
	// Epochs stops the run after this many epochs were paid in it (0: run
	// until the context ends).
	Epochs int
	// Validators, Miners and FaultyMiners (miners serving a different model
	// than the subnet's) size the network.
	Validators, Miners, FaultyMiners int
	// ValidatorStake is each validator's genesis stake, in base units.
	ValidatorStake uint64
	// TickInterval is the ledger's block time; ChainBlockPeriod the chain's.
	TickInterval, ChainBlockPeriod time.Duration
	// ChainRPCPort is the chain's JSON-RPC port on 127.0.0.1 (0: any free).
	ChainRPCPort int
	// PushMax is the largest epoch (in recipients) paid straight to its
	// recipients; larger ones are settled as Merkle roots, and their
	// recipients claim (agora claim). Negative: every epoch as a root.
	PushMax int
	Subnet  SubnetSpec
	Scorer  validator.ScorerConfig
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
	return Config{
		Validators:       3,
		Miners:           3,
		FaultyMiners:     1,
		ValidatorStake:   1_000_000_000_000,
		TickInterval:     200 * time.Millisecond,
		ChainBlockPeriod: 500 * time.Millisecond,
		PushMax:          validator.DefaultSettlementConfig().PushMax,
		Subnet: SubnetSpec{
			ID: 1, Name: "text-inference", ModelSeed: 1, Hyperparams: hp,
			ModelHash: "77f89a6c251d6b30f7bf4058680e64e0e2fb0ee1fd9e363aad575fd97adb8784",
		},
		Scorer: validator.DefaultScorerConfig(),
	}
}

// Validate reports the first field out of range.
func (c Config) Validate() error {
	switch {
	case c.Validators < 1 || c.Validators > 7:
		return errors.New("devnet: validators must be between 1 and 7")
	case c.Miners < 1 || c.Miners+c.FaultyMiners+c.Validators > 64:
		return errors.New("devnet: need at least one miner and at most 64 neurons")
	case c.FaultyMiners < 0:
		return errors.New("devnet: faulty miners must not be negative")
	case c.Epochs < 0:
		return errors.New("devnet: epochs must not be negative")
	case c.TickInterval <= 0 || c.ChainBlockPeriod <= 0:
		return errors.New("devnet: tick interval and chain block period must be positive")
	case c.ChainRPCPort < 0 || c.ChainRPCPort > 65535:
		return errors.New("devnet: chain RPC port out of range")
	}
	return c.Subnet.Hyperparams.Validate()
}

// Summary is what a finished run reports (the --json document).
type Summary struct {
	ChainRPC  string            `json:"chain_rpc"`
	Token     string            `json:"token"`
	Contracts chain.Addresses   `json:"contracts"`
	Epochs    []EpochSummary    `json:"epochs"`
	Balances  map[string]string `json:"balances"`
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

// PayoutSummary is one payout of an epoch.
type PayoutSummary struct {
	UID     uint16 `json:"uid"`
	Address string `json:"address"`
	Role    string `json:"role"`
	Amount  string `json:"amount"`
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

	ref, err := model.NewSeeded(cfg.Subnet.ModelSeed, model.DefaultConfig())
	if err != nil {
		return nil, fmt.Errorf("devnet: reference model: %w", err)
	}
	refHash := ref.Hash()
	if cfg.Subnet.ModelHash != "" && cfg.Subnet.ModelHash != refHash {
		return nil, fmt.Errorf("devnet: reference model from seed %d has hash %s, config names %s", cfg.Subnet.ModelSeed, refHash, cfg.Subnet.ModelHash)
	}

	// The chain, with the contracts; the cluster's settlement key settles.
	// Every devnet key is funded with ether, so that miners and validators
	// can send their own transactions (agora claim, agora stake). The chain
	// outlives an interrupt until the final balances are read (Close).
	var funded []common.Address
	for _, name := range slices.Sorted(maps.Keys(st.Keys)) {
		funded = append(funded, st.key(name).addr())
	}
	sim, err := chain.StartSimulated(context.WithoutCancel(ctx), chain.SimConfig{
		HTTPPort:    st.ChainRPCPort,
		BlockPeriod: cfg.ChainBlockPeriod,
		DataDir:     st.path("chain"),
		Accounts:    funded,
	})
	if err != nil {
		return nil, err
	}
	defer sim.Close()
	contracts, err := st.contracts(ctx, sim, cfg.Subnet.ID)
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

	// Miners: axon servers first, so they can register their addresses.
	// They admit the validators that hold a permit, as validator 0's API
	// reports them.
	permits, err := miner.NewPermitCache(validator.NewClient(peers[0].HTTPAddr, genesis.ChainID), devnetPermitCache())
	if err != nil {
		return nil, err
	}
	serving := miner.NewLMGenerator(ref)
	for i, m := range st.Miners {
		mc := miner.DefaultConfig()
		mc.Addr, mc.Model, mc.Logger, mc.Key = m.Axon, serving, log.With("miner", i), st.key(m.Key).priv
		mc.ChainID, mc.Subnets, mc.Permits = genesis.ChainID, []uint16{cfg.Subnet.ID}, permits
		mc.DataDir = st.path(fmt.Sprintf("miner-%d", i))
		if m.Faulty {
			// Claims the subnet's model but answers with another one.
			if mc.Substitute, err = serving.Substitute(); err != nil {
				return nil, err
			}
			mc.Behaviour = miner.WrongModel
		}
		srv, err := miner.NewServer(mc)
		if err != nil {
			return nil, err
		}
		g.Go(func() error { return srv.Run(runCtx) })
	}

	api := validator.NewClient(peers[0].HTTPAddr, genesis.ChainID)
	if err := setupSubnet(ctx, api, st, cfg, refHash, p); err != nil {
		stop()
		_ = g.Wait()
		return nil, err
	}

	refs := func(hash string) (validator.Reference, bool) { return ref, hash == refHash }
	payer := &validator.EmissionPayer{Contract: contracts.Emission, Key: st.key(st.Settlement).priv}
	settle := validator.SettlementConfig{Interval: 200 * time.Millisecond, PushMax: cfg.PushMax}
	safe := &chain.StakeReader{Staking: contracts.Staking, Backend: sim.Client(), Confirmations: 1}
	feed := &validator.RegistryFeed{Registry: contracts.Registry, Safe: safe}
	for _, n := range nodes {
		g.Go(func() error { return n.RunTicker(runCtx) })
		g.Go(func() error { return n.RunScorer(runCtx, cfg.Scorer, refs) })
		g.Go(func() error { return n.RunSettlement(runCtx, payer, settle) })
		g.Go(func() error { return n.RunStakeSync(runCtx, safe, time.Second) })
		g.Go(func() error { return n.RunChainFeed(runCtx, feed, time.Second) })
	}

	summary := &Summary{ChainRPC: sim.RPCURL(), Token: tokenAddr.Hex(), Contracts: contracts.Addresses(), Balances: map[string]string{}}
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

// setupSubnet creates the subnet and registers validators and miners, each
// step only if the ledger does not have it yet (so a resumed run skips it).
func setupSubnet(ctx context.Context, api *validator.Client, st *state, cfg Config, modelHash string, p *printer) error {
	sn, err := api.Subnet(ctx, cfg.Subnet.ID)
	if err != nil {
		owner := st.key(st.Owner)
		if _, err := api.Send(ctx, owner.priv, ledger.TypeCreateSubnet, ledger.CreateSubnet{
			ID: cfg.Subnet.ID, Name: cfg.Subnet.Name, Task: ledger.TaskInference,
			ModelHash: modelHash, Hyperparams: cfg.Subnet.Hyperparams,
		}); err != nil {
			return err
		}
		p.printf("Subnet %d %q created by %s: inference, reference model %s…, tempo %d blocks\n",
			cfg.Subnet.ID, cfg.Subnet.Name, owner.addr().Hex(), modelHash[:16], cfg.Subnet.Hyperparams.Tempo)
		if sn, err = api.Subnet(ctx, cfg.Subnet.ID); err != nil {
			return err
		}
	}
	register := func(k *keyPair, role, axon string) error {
		if _, ok := sn.UIDOf(k.addr()); ok {
			return nil
		}
		if _, err := api.Send(ctx, k.priv, ledger.TypeRegister, ledger.Register{Subnet: cfg.Subnet.ID, Role: role, Axon: axon}); err != nil {
			return err
		}
		if sn, err = api.Subnet(ctx, cfg.Subnet.ID); err != nil {
			return err
		}
		uid, _ := sn.UIDOf(k.addr())
		p.printf("Registered %-9s uid %d  %s%s\n", role, uid, k.addr().Hex(), axonNote(axon))
		return nil
	}
	for _, v := range st.Validators {
		if err := register(st.key(v.Key), ledger.RoleValidator, ""); err != nil {
			return err
		}
	}
	for _, m := range st.Miners {
		note := m.Axon
		if err := register(st.key(m.Key), ledger.RoleMiner, note); err != nil {
			return err
		}
	}
	return nil
}

func axonNote(axon string) string {
	if axon == "" {
		return ""
	}
	return "  axon " + axon
}

// watch prints each new epoch's metagraph and settlement, and returns when
// cfg.Epochs epochs were paid during this run.
func watch(ctx context.Context, n *validator.Node, cfg Config, st *state, p *printer, sum *Summary) error {
	printed := map[uint64]bool{}
	settled := map[uint64]bool{}
	for _, rec := range n.FSM().Epochs(cfg.Subnet.ID) {
		printed[rec.Epoch] = true
		settled[rec.Epoch] = rec.Tx != ""
	}
	paid := 0
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for {
		for _, rec := range n.FSM().Epochs(cfg.Subnet.ID) {
			if !printed[rec.Epoch] {
				printed[rec.Epoch] = true
				p.metagraph(rec, st)
			}
			if rec.Tx != "" && !settled[rec.Epoch] {
				settled[rec.Epoch] = true
				p.printf("Epoch %d paid on chain in tx %s (%s base units to %d accounts)\n",
					rec.Epoch, rec.Tx, total(rec), len(rec.Payouts))
				sum.Epochs = append(sum.Epochs, epochSummary(rec))
				sum.Records = append(sum.Records, rec)
				paid++
				if cfg.Epochs > 0 && paid >= cfg.Epochs {
					return nil
				}
			}
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

func epochSummary(rec ledger.EpochRecord) EpochSummary {
	es := EpochSummary{Subnet: rec.Subnet, Epoch: rec.Epoch, Block: rec.Block, Tx: rec.Tx, Payouts: []PayoutSummary{}}
	for _, p := range rec.Payouts {
		es.Payouts = append(es.Payouts, PayoutSummary{UID: p.UID, Address: p.Address.Hex(), Role: p.Role, Amount: fmt.Sprint(p.Amount)})
	}
	return es
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
