package chain_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agora-net/agora/chain"
	"github.com/agora-net/agora/chain/bindings"
)

// TestCreateSubnet checks subnet creation: ids, the lock taken from the
// owner, the event, and its refusals.
func TestCreateSubnet(t *testing.T) {
	f := newFixture(t)
	r := f.c.Registry
	alice := addrOf(f.alice)
	start := f.head()

	f.fund(2*testLockCost, alice)
	_, h, err := r.CreateSubnet(f.ctx, f.alice, testLockCost)
	wantRevert(t, "create without allowance", h, err, chain.ErrInsufficientAllowance, "ERC20InsufficientAllowance")
	f.must(f.c.Token.Approve(f.ctx, f.alice, r.Address(), 2*testLockCost))
	_, h, err = r.CreateSubnet(f.ctx, f.alice, testLockCost-1)
	wantRevert(t, "create with maxLock below the cost", h, err, chain.ErrPriceAboveMax, "PriceAboveMax")

	id, _, err := r.CreateSubnet(f.ctx, f.alice, testLockCost)
	if err != nil || id != fundSubnet+1 {
		t.Fatalf("CreateSubnet = %d, %v; want %d", id, err, fundSubnet+1)
	}
	f.wantBalance("alice after locking", alice, testLockCost)
	f.wantBalance("registry after the lock", r.Address(), testLockCost)
	info, err := r.Subnet(f.ctx, id)
	if err != nil || info.Owner != alice || info.Locked.Uint64() != testLockCost || info.RegistrationPrice.Uint64() != testRegPrice {
		t.Fatalf("Subnet(%d) = %+v, %v", id, info, err)
	}
	if n, err := r.SubnetCount(f.ctx); err != nil || n != id {
		t.Errorf("SubnetCount = %d, %v; want %d", n, err, id)
	}
	if _, err := r.Subnet(f.ctx, id+1); !errorsIs(err, chain.ErrUnknownSubnet) {
		t.Errorf("Subnet(unknown) err = %v, want ErrUnknownSubnet", err)
	}
	evs, err := r.SubnetsCreated(f.ctx, start, nil)
	if err != nil || len(evs) != 1 || evs[0].Subnet != id || evs[0].Owner != alice || evs[0].Locked.Uint64() != testLockCost {
		t.Fatalf("SubnetsCreated = %+v, %v", evs, err)
	}

	// Terms: only the admin sets them; they apply to later subnets.
	h, err = r.SetSubnetTerms(f.ctx, f.pricer, 1, 1)
	wantRevert(t, "set terms by the pricer", h, err, chain.ErrUnauthorized, "AccessControlUnauthorizedAccount")
	f.must(r.SetSubnetTerms(f.ctx, f.deployer, 0, 7))
	id2, _, err := r.CreateSubnet(f.ctx, f.bob, 0)
	if err != nil {
		t.Fatalf("CreateSubnet without lock: %v", err)
	}
	if info, err := r.Subnet(f.ctx, id2); err != nil || info.Owner != addrOf(f.bob) || info.Locked.Sign() != 0 || info.RegistrationPrice.Uint64() != 7 {
		t.Errorf("Subnet(%d) = %+v, %v", id2, info, err)
	}
}

// TestRegister checks registration: the burn of the current price, hotkey
// ownership, the price limit, permits, unknown subnets, and price setting.
func TestRegister(t *testing.T) {
	f := newFixture(t)
	r := f.c.Registry
	subnet := f.newSubnet(f.deployer)
	alice, bob := addrOf(f.alice), addrOf(f.bob)
	hot1, hot2 := testAddr("hotkey 1"), testAddr("hotkey 2")
	f.fund(10*testRegPrice, alice, bob)
	start := f.head()

	h, err := r.Register(f.ctx, f.alice, subnet, hot1, testRegPrice)
	wantRevert(t, "register without allowance", h, err, chain.ErrInsufficientAllowance, "ERC20InsufficientAllowance")
	f.must(f.c.Token.Approve(f.ctx, f.alice, r.Address(), 10*testRegPrice))
	h, err = r.Register(f.ctx, f.alice, subnet, hot1, testRegPrice-1)
	wantRevert(t, "register with maxPrice below the price", h, err, chain.ErrPriceAboveMax, "PriceAboveMax")
	h, err = r.Register(f.ctx, f.alice, subnet+5, hot1, testRegPrice)
	wantRevert(t, "register on an unknown subnet", h, err, chain.ErrUnknownSubnet, "UnknownSubnet")
	h, err = r.Register(f.ctx, f.alice, subnet, common.Address{}, testRegPrice)
	wantRevert(t, "register the zero hotkey", h, err, chain.ErrReverted, "ZeroAddress")

	supply := f.supply()
	if _, err := r.Register(f.ctx, f.alice, subnet, hot1, testRegPrice); err != nil {
		t.Fatalf("Register: %v", err)
	}
	f.wantBalance("alice after burning one price", alice, 9*testRegPrice)
	if burned := new(big.Int).Sub(supply, f.supply()); burned.Uint64() != testRegPrice {
		t.Errorf("supply fell by %v, want the price %d", burned, testRegPrice)
	}
	if c, err := r.ColdkeyOf(f.ctx, hot1); err != nil || c != alice {
		t.Errorf("ColdkeyOf(hot1) = %s, %v; want alice", c, err)
	}
	// The same coldkey registers its hotkey again (say after a pruning).
	if _, err := r.Register(f.ctx, f.alice, fundSubnet, hot1, testRegPrice); err != nil {
		t.Fatalf("re-register on another subnet: %v", err)
	}
	// Another coldkey cannot take the hotkey.
	f.must(f.c.Token.Approve(f.ctx, f.bob, r.Address(), 10*testRegPrice))
	h, err = r.Register(f.ctx, f.bob, subnet, hot1, testRegPrice)
	wantRevert(t, "register another coldkey's hotkey", h, err, chain.ErrNotHotkeyOwner, "HotkeyOwnedByOther")

	// The pricer sets the price; nobody else may.
	h, err = r.SetRegistrationPrice(f.ctx, f.alice, subnet, 1)
	wantRevert(t, "set price by a stranger", h, err, chain.ErrUnauthorized, "AccessControlUnauthorizedAccount")
	h, err = r.SetRegistrationPrice(f.ctx, f.pricer, subnet+5, 1)
	wantRevert(t, "set price of an unknown subnet", h, err, chain.ErrUnknownSubnet, "UnknownSubnet")
	f.must(r.SetRegistrationPrice(f.ctx, f.pricer, subnet, 3*testRegPrice))
	if info, err := r.Subnet(f.ctx, subnet); err != nil || info.RegistrationPrice.Uint64() != 3*testRegPrice {
		t.Fatalf("price after SetRegistrationPrice = %+v, %v", info, err)
	}
	if _, err := r.Register(f.ctx, f.bob, subnet, hot2, 3*testRegPrice); err != nil {
		t.Fatalf("Register at the new price: %v", err)
	}
	f.wantBalance("bob after one registration", bob, 7*testRegPrice)

	regs, err := r.Registrations(f.ctx, start, nil)
	if err != nil || len(regs) != 3 {
		t.Fatalf("Registrations = %+v, %v; want 3", regs, err)
	}
	want := []chain.Registration{
		{Subnet: subnet, Hotkey: hot1, Coldkey: alice, Burned: big.NewInt(testRegPrice)},
		{Subnet: fundSubnet, Hotkey: hot1, Coldkey: alice, Burned: big.NewInt(testRegPrice)},
		{Subnet: subnet, Hotkey: hot2, Coldkey: bob, Burned: big.NewInt(3 * testRegPrice)},
	}
	for i, w := range want {
		g := regs[i]
		if g.Subnet != w.Subnet || g.Hotkey != w.Hotkey || g.Coldkey != w.Coldkey || g.Burned.Cmp(w.Burned) != 0 {
			t.Errorf("registration %d = %+v, want %+v", i, g, w)
		}
		if i > 0 && (g.Log.Block < regs[i-1].Log.Block || g.Log.Block == regs[i-1].Log.Block && g.Log.Index <= regs[i-1].Log.Index) {
			t.Errorf("registrations out of chain order: %+v after %+v", g.Log, regs[i-1].Log)
		}
	}
}

// TestRegisterWithPermit registers in one transaction, the burn approved
// by an EIP-2612 permit instead of an approve transaction.
func TestRegisterWithPermit(t *testing.T) {
	f := newFixture(t)
	r := f.c.Registry
	subnet := f.newSubnet(f.deployer)
	carol := addrOf(f.carol)
	f.fund(testRegPrice, carol)
	deadline := uint64(4_000_000_000)
	p, err := f.c.Token.SignPermit(f.ctx, f.carol, r.Address(), testRegPrice, deadline)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.RegisterWithPermit(f.ctx, f.carol, subnet, testAddr("hot"), testRegPrice, p); err != nil {
		t.Fatalf("RegisterWithPermit: %v", err)
	}
	f.wantBalance("carol after a permit registration", carol, 0)
	if a, err := f.c.Token.Allowance(f.ctx, carol, r.Address()); err != nil || a.Sign() != 0 {
		t.Errorf("allowance left = %v, %v; want 0", a, err)
	}
	// The permit is used: sending it again spends no allowance and fails for lack of it.
	f.fund(testRegPrice, carol)
	h, err := r.RegisterWithPermit(f.ctx, f.carol, subnet, testAddr("hot"), testRegPrice, p)
	wantRevert(t, "a used permit", h, err, chain.ErrInsufficientAllowance, "ERC20InsufficientAllowance")
	if _, err := r.RegisterWithPermit(f.ctx, f.carol, subnet, testAddr("hot"), testRegPrice+1, p); err == nil {
		t.Error("a permit of another value was accepted by the client")
	}
}

// TestConstructorsRefuseZeroAddresses deploys each contract with a zero
// role holder or dependency and expects ZeroAddress.
func TestConstructorsRefuseZeroAddresses(t *testing.T) {
	f := newFixture(t)
	tok, reg := f.c.Token.Address(), f.c.Registry.Address()
	someone := addrOf(f.bob)
	for _, c := range []struct {
		name   string
		deploy func() (*types.Transaction, error)
	}{
		{"registry with a zero pricer", func() (*types.Transaction, error) {
			_, tx, _, err := bindings.DeploySubnetRegistry(f.opts(f.deployer), f.sim.Client(), tok, common.Address{}, big.NewInt(0), big.NewInt(0))
			return tx, err
		}},
		{"registry with a zero token", func() (*types.Transaction, error) {
			_, tx, _, err := bindings.DeploySubnetRegistry(f.opts(f.deployer), f.sim.Client(), common.Address{}, someone, big.NewInt(0), big.NewInt(0))
			return tx, err
		}},
		{"staking with a zero slasher", func() (*types.Transaction, error) {
			_, tx, _, err := bindings.DeployStaking(f.opts(f.deployer), f.sim.Client(), tok, reg, common.Address{}, 10)
			return tx, err
		}},
		{"staking with a zero registry", func() (*types.Transaction, error) {
			_, tx, _, err := bindings.DeployStaking(f.opts(f.deployer), f.sim.Client(), tok, common.Address{}, someone, 10)
			return tx, err
		}},
		{"emission with a zero settler", func() (*types.Transaction, error) {
			_, tx, _, err := bindings.DeployEmission(f.opts(f.deployer), f.sim.Client(), tok, reg, common.Address{})
			return tx, err
		}},
		{"emission with a zero token", func() (*types.Transaction, error) {
			_, tx, _, err := bindings.DeployEmission(f.opts(f.deployer), f.sim.Client(), common.Address{}, reg, someone)
			return tx, err
		}},
	} {
		_, err := f.mined(c.deploy())
		wantRevert(t, c.name, common.Hash{}, err, chain.ErrReverted, "ZeroAddress")
	}
	for _, cfg := range []chain.DeployConfig{
		{Slasher: someone, Pricer: someone},
		{Settler: someone, Pricer: someone},
		{Settler: someone, Slasher: someone},
	} {
		if _, err := chain.DeployContracts(f.ctx, f.sim.Client(), f.deployer, cfg); err == nil {
			t.Errorf("DeployContracts(%+v) accepted a zero role holder", cfg)
		}
	}
}
