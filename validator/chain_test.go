package validator

import (
	"context"
	"crypto/ecdsa"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/chain"
	"github.com/agora-net/agora/validator/ledger"
)

// chainFixture is a full contract deployment on a simulated chain, for the
// cluster's chain workers: the settler is the cluster's settlement key.
type chainFixture struct {
	sim       *chain.Sim
	c         *chain.Contracts
	deployer  *ecdsa.PrivateKey
	settler   *ecdsa.PrivateKey
	fundEpoch uint64
}

// fundSubnet is the on-chain subnet whose push-mode epochs fund test
// accounts.
const fundSubnet = 1

func newChainFixture(t *testing.T, settler *ecdsa.PrivateKey, accounts ...*ecdsa.PrivateKey) *chainFixture {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	f := &chainFixture{deployer: seededKey(t, "chain deployer"), settler: settler}
	cfg := chain.DefaultSimConfig()
	cfg.BlockPeriod = 20 * time.Millisecond
	for _, k := range append([]*ecdsa.PrivateKey{f.deployer, settler}, accounts...) {
		cfg.Accounts = append(cfg.Accounts, crypto.PubkeyToAddress(k.PublicKey))
	}
	sim, err := chain.StartSimulated(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sim.Close() })
	f.sim = sim
	dc := chain.DefaultDeployConfig()
	dc.Settler, dc.Slasher, dc.Pricer = crypto.PubkeyToAddress(settler.PublicKey), crypto.PubkeyToAddress(f.deployer.PublicKey), crypto.PubkeyToAddress(f.deployer.PublicKey)
	dc.SubnetLockCost, dc.UnbondingBlocks = 0, 5
	if f.c, err = chain.DeployContracts(ctx, sim.Client(), f.deployer, dc); err != nil {
		t.Fatal(err)
	}
	if _, _, err := f.c.Registry.CreateSubnet(ctx, f.deployer, 0); err != nil {
		t.Fatal(err)
	}
	return f
}

// fund pays amount to account in push mode, through the funding subnet's
// next epoch.
func (f *chainFixture) fund(t *testing.T, account common.Address, amount uint64) {
	t.Helper()
	f.fundEpoch++
	if _, err := f.c.Emission.Distribute(context.Background(), f.settler, fundSubnet, f.fundEpoch, []common.Address{account}, []uint64{amount}); err != nil {
		t.Fatal(err)
	}
}

// TestStakeSyncFollowsTheContract: the leader's stake sync brings the
// ledger's stake table to the staking contract's, at a block the
// confirmation depth makes safe, and follows a stake and an unstake; a
// genesis validator that never staked on chain keeps its genesis stake.
func TestStakeSyncFollowsTheContract(t *testing.T) {
	c := newTestCluster(t, 3)
	c.form(3)
	hotkey := seededKey(t, "staked hotkey")
	staker := hotkey // a hotkey's first stake comes from itself or its registering coldkey
	f := newChainFixture(t, c.keys[0], staker)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	hot := crypto.PubkeyToAddress(hotkey.PublicKey)

	// The hotkey becomes a miner of a ledger subnet, so the cluster knows it.
	owner := seededKey(t, "owner")
	createSubnet(t, c.client(0), owner, 1)
	if _, err := NewClient(c.nodes[0].cfg.HTTPAddr, testChainID).Send(ctx, hotkey, ledger.TypeRegister, ledger.Register{Subnet: 1, Role: ledger.RoleMiner}); err != nil {
		t.Fatal(err)
	}

	f.fund(t, crypto.PubkeyToAddress(staker.PublicKey), 10_000_000_000)
	if _, err := f.c.Token.Approve(ctx, staker, f.c.Staking.Address(), 10_000_000_000); err != nil {
		t.Fatal(err)
	}
	if _, err := f.c.Staking.Stake(ctx, staker, hot, 7_000_000_000); err != nil {
		t.Fatal(err)
	}
	src := &chain.StakeReader{Staking: f.c.Staking, Backend: f.sim.Client(), Confirmations: 2}
	for i := range c.nodes {
		go func() { _ = c.nodes[i].RunStakeSync(ctx, src, 50*time.Millisecond) }()
	}
	stakeOf := func(n *Node, h common.Address) (uint64, uint64) {
		block, table := n.FSM().Stakes()
		for _, s := range table {
			if s.Hotkey == h {
				return block, s.Amount
			}
		}
		return block, 0
	}
	c.waitForWithin(20*time.Second, "the staked hotkey in every replica's stake table", func() bool {
		for _, n := range c.nodes {
			if _, v := stakeOf(n, hot); v != 7_000_000_000 {
				return false
			}
		}
		return true
	})
	block, _ := stakeOf(c.nodes[1], hot)
	head, err := f.sim.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if block == 0 || block+2 > head.Number.Uint64() {
		t.Fatalf("snapshot of block %d with head %d: want at least 2 confirmations", block, head.Number.Uint64())
	}
	for _, v := range c.genesis.Validators {
		if _, got := stakeOf(c.nodes[0], v.Address); got != v.Stake {
			t.Fatalf("genesis validator %s: stake %d, want its genesis stake %d", v.Address.Hex(), got, v.Stake)
		}
	}

	if _, err := f.c.Staking.Unstake(ctx, staker, hot, 3_000_000_000); err != nil {
		t.Fatal(err)
	}
	c.waitForWithin(20*time.Second, "the unstake in the stake table", func() bool {
		_, v := stakeOf(c.nodes[2], hot)
		return v == 4_000_000_000
	})
}

// TestChainFeedIngestsRegistryEvents: the leader's chain feed brings the
// registry's subnet creations and registrations into the ledger once: a
// hotkey registered on chain (its burn paid there) becomes a miner of the
// ledger subnet with the same id, at the price burned.
func TestChainFeedIngestsRegistryEvents(t *testing.T) {
	c := newTestCluster(t, 3)
	c.form(3)
	coldkey := seededKey(t, "registering coldkey")
	f := newChainFixture(t, c.keys[0], coldkey)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	createSubnet(t, c.client(0), seededKey(t, "owner"), 1)

	cold := crypto.PubkeyToAddress(coldkey.PublicKey)
	hot := crypto.PubkeyToAddress(seededKey(t, "chain-registered hotkey").PublicKey)
	f.fund(t, cold, 5_000_000_000)
	if _, err := f.c.Token.Approve(ctx, coldkey, f.c.Registry.Address(), 5_000_000_000); err != nil {
		t.Fatal(err)
	}
	info, err := f.c.Registry.Subnet(ctx, fundSubnet)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.c.Registry.Register(ctx, coldkey, fundSubnet, hot, info.RegistrationPrice.Uint64()); err != nil {
		t.Fatal(err)
	}
	src := &RegistryFeed{Registry: f.c.Registry, Safe: &chain.StakeReader{Staking: f.c.Staking, Backend: f.sim.Client(), Confirmations: 1}}
	for i := range c.nodes {
		go func() { _ = c.nodes[i].RunChainFeed(ctx, src, 50*time.Millisecond) }()
	}
	c.waitForWithin(20*time.Second, "the chain registration in every replica", func() bool {
		for _, n := range c.nodes {
			s, _ := n.FSM().Subnet(fundSubnet)
			if _, ok := s.UIDOf(hot); !ok {
				return false
			}
		}
		return true
	})
	s, _ := c.nodes[1].FSM().Subnet(fundSubnet)
	uid, _ := s.UIDOf(hot)
	if nu := s.Neurons[uid]; nu.Role != ledger.RoleMiner || nu.Burn != info.RegistrationPrice.Uint64() {
		t.Fatalf("registered neuron %+v, want a miner at burn %s", nu, info.RegistrationPrice)
	}
	cs := c.nodes[2].FSM().ChainSubnets()
	if len(cs) != 1 || cs[0].Subnet != fundSubnet || cs[0].Owner != crypto.PubkeyToAddress(f.deployer.PublicKey) {
		t.Fatalf("chain subnets %+v, want the funding subnet by the deployer", cs)
	}
	// The feed goes on past the events; each was applied once.
	cur := c.nodes[0].FSM().ChainCursor()
	c.waitForWithin(10*time.Second, "the cursor to advance", func() bool { return c.nodes[0].FSM().ChainCursor().Through > cur.Through })
	if s, _ = c.nodes[0].FSM().Subnet(fundSubnet); len(s.Neurons) != 1 {
		t.Fatalf("%d neurons on subnet %d, want the one registration", len(s.Neurons), fundSubnet)
	}
}

func TestEventBatchesCutInsideABlock(t *testing.T) {
	var events []ledger.ChainEvent
	for i := range ledger.MaxChainEvents + 10 {
		block := uint64(10)
		if i >= 5 {
			block = 11 // block 11 holds more events than one batch
		}
		events = append(events, ledger.ChainEvent{Block: block, Index: uint64(i)})
	}
	b := eventBatches(events, 20)
	if len(b) != 2 || len(b[0].Events) != ledger.MaxChainEvents || b[0].Through != 10 || b[1].Through != 20 || len(b[1].Events) != 10 {
		t.Fatalf("batches: %d, first through %d with %d events", len(b), b[0].Through, len(b[0].Events))
	}
	if b := eventBatches(nil, 7); len(b) != 1 || b[0].Through != 7 || len(b[0].Events) != 0 {
		t.Fatalf("no events: %+v", b)
	}
}

// TestPriceSyncFollowsTheLedger: the leader sets the registry's price of a
// subnet the chain and the ledger share to the ledger's burn, and follows
// it when a registration raises it.
func TestPriceSyncFollowsTheLedger(t *testing.T) {
	c := newTestCluster(t, 3)
	c.form(3)
	f := newChainFixture(t, c.keys[0])
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	createSubnet(t, c.client(0), seededKey(t, "owner"), fundSubnet)
	pricer := &RegistryPricer{Registry: f.c.Registry, Key: f.deployer} // the fixture's pricer
	for i := range c.nodes {
		go func() { _ = c.nodes[i].RunPriceSync(ctx, pricer, 50*time.Millisecond) }()
	}
	burn := func() uint64 { s, _ := c.nodes[0].FSM().Subnet(fundSubnet); return s.Burn }
	onChain := func() uint64 { p, _, _ := pricer.Price(ctx, fundSubnet); return p }
	c.waitForWithin(20*time.Second, "the registry's price to be the ledger's burn", func() bool { return withinTolerance(onChain(), burn()) })
	before := burn()
	if _, err := NewClient(c.nodes[0].cfg.HTTPAddr, testChainID).Send(ctx, seededKey(t, "price miner"), ledger.TypeRegister, ledger.Register{Subnet: fundSubnet, Role: ledger.RoleMiner}); err != nil {
		t.Fatal(err)
	}
	if burn() <= before || withinTolerance(onChain(), burn()) {
		t.Fatalf("the registration did not raise the burn out of the chain price's tolerance (%d, before %d, chain %d)", burn(), before, onChain())
	}
	c.waitForWithin(20*time.Second, "the registry's price to follow the raised burn", func() bool { return withinTolerance(onChain(), burn()) })
	// Subnets the chain lacks are left alone.
	if _, ok, err := pricer.Price(ctx, 77); err != nil || ok {
		t.Fatalf("price of a subnet the registry lacks: ok %v, %v", ok, err)
	}
}

func TestPriceTolerance(t *testing.T) {
	for _, c := range []struct {
		price, burn uint64
		within      bool
	}{
		{1_000_000_000, 1_000_000_000, true},
		{1_009_000_000, 1_000_000_000, true},
		{1_011_000_000, 1_000_000_000, false},
		{989_000_000, 1_000_000_000, false},
		{0, 1_000_000_000, false},
		{5, 5, true}, {6, 5, false}, // small prices must match exactly
	} {
		if got := withinTolerance(c.price, c.burn); got != c.within {
			t.Errorf("withinTolerance(%d, %d) = %v, want %v", c.price, c.burn, got, c.within)
		}
	}
}
