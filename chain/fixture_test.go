package chain_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agora-net/agora/chain"
)

// contractsBlockPeriod is the block period of the contract tests' chain;
// tests that need many blocks seal them with Commit.
const contractsBlockPeriod = 10 * time.Millisecond

// Fixture amounts, in base units.
const (
	testLockCost  = 50_000_000_000 // 50 tokens
	testRegPrice  = 2_000_000_000  // 2 tokens
	testUnbonding = 1000           // blocks: ten seconds of timer blocks, so never reached by accident
	fundSubnet    = 1              // the subnet whose push-mode epochs fund the test accounts
)

// fixture is a full deployment on a simulated chain, with its actors.
type fixture struct {
	t                                  *testing.T
	ctx                                context.Context
	sim                                *chain.Sim
	c                                  *chain.Contracts
	deployer, settler, slasher, pricer *ecdsa.PrivateKey
	alice, bob, carol                  *ecdsa.PrivateKey
	fundEpoch                          uint64
}

// newFixture deploys the contracts with roles for settler, slasher and
// pricer, creates subnet 1 (without lock, to fund accounts through it) and
// then sets the lock cost and registration price of later subnets to
// testLockCost and testRegPrice.
func newFixture(t *testing.T) *fixture {
	t.Helper()
	f := &fixture{
		t: t, ctx: testCtx(t),
		deployer: testKey(t, "deployer"), settler: testKey(t, "settler"),
		slasher: testKey(t, "slasher"), pricer: testKey(t, "pricer"),
		alice: testKey(t, "alice"), bob: testKey(t, "bob"), carol: testKey(t, "carol"),
	}
	f.sim = startSim(t, contractsBlockPeriod, f.deployer, f.settler, f.slasher, f.pricer, f.alice, f.bob, f.carol)
	cfg := chain.DefaultDeployConfig()
	cfg.Settler, cfg.Slasher, cfg.Pricer = addrOf(f.settler), addrOf(f.slasher), addrOf(f.pricer)
	cfg.UnbondingBlocks = testUnbonding
	cfg.SubnetLockCost, cfg.RegistrationPrice = 0, testRegPrice
	c, err := chain.DeployContracts(f.ctx, f.sim.Client(), f.deployer, cfg)
	if err != nil {
		t.Fatalf("DeployContracts: %v", err)
	}
	f.c = c
	if id, _, err := c.Registry.CreateSubnet(f.ctx, f.deployer, 0); err != nil || id != fundSubnet {
		t.Fatalf("CreateSubnet (funding subnet) = %d, %v; want %d", id, err, fundSubnet)
	}
	f.must(c.Registry.SetSubnetTerms(f.ctx, f.deployer, testLockCost, testRegPrice))
	return f
}

// must fails the test on err (for calls whose hash the test ignores).
func (f *fixture) must(_ common.Hash, err error) {
	f.t.Helper()
	if err != nil {
		f.t.Fatal(err)
	}
}

// fund pays amount to each account in push mode (the next epoch of the
// funding subnet).
func (f *fixture) fund(amount uint64, accounts ...common.Address) {
	f.t.Helper()
	f.fundEpoch++
	amounts := make([]uint64, len(accounts))
	for i := range amounts {
		amounts[i] = amount
	}
	if _, err := f.c.Emission.Distribute(f.ctx, f.settler, fundSubnet, f.fundEpoch, accounts, amounts); err != nil {
		f.t.Fatalf("fund: %v", err)
	}
}

// balance returns account's token balance.
func (f *fixture) balance(account common.Address) *big.Int {
	f.t.Helper()
	b, err := f.c.Token.BalanceOf(f.ctx, account)
	if err != nil {
		f.t.Fatal(err)
	}
	return b
}

// supply returns the token's total supply.
func (f *fixture) supply() *big.Int {
	f.t.Helper()
	s, err := f.c.Token.TotalSupply(f.ctx)
	if err != nil {
		f.t.Fatal(err)
	}
	return s
}

// wantBalance fails unless account holds want.
func (f *fixture) wantBalance(what string, account common.Address, want uint64) {
	f.t.Helper()
	if got := f.balance(account); got.Cmp(new(big.Int).SetUint64(want)) != 0 {
		f.t.Errorf("%s: balance %v, want %d", what, got, want)
	}
}

// newSubnet creates a subnet owned by owner, funding and approving its lock first.
func (f *fixture) newSubnet(owner *ecdsa.PrivateKey) uint16 {
	f.t.Helper()
	f.fund(testLockCost, addrOf(owner))
	f.must(f.c.Token.Approve(f.ctx, owner, f.c.Registry.Address(), testLockCost))
	id, _, err := f.c.Registry.CreateSubnet(f.ctx, owner, testLockCost)
	if err != nil {
		f.t.Fatalf("CreateSubnet: %v", err)
	}
	return id
}

// head returns the latest block number.
func (f *fixture) head() uint64 {
	f.t.Helper()
	n, err := f.sim.Client().BlockNumber(f.ctx)
	if err != nil {
		f.t.Fatal(err)
	}
	return n
}

// advanceTo seals blocks until the head is at least block.
func (f *fixture) advanceTo(block uint64) {
	f.t.Helper()
	for f.head() < block {
		if _, err := f.sim.Commit(); err != nil {
			f.t.Fatal(err)
		}
	}
}

// callOpts returns call options bound to the test's context.
func (f *fixture) callOpts() *bind.CallOpts {
	return &bind.CallOpts{Context: f.ctx}
}

// wantRevert fails unless err is a revert matching sentinel (and, when
// name is set, the Solidity error name) and, for a refused call, nothing
// was sent.
func wantRevert(t *testing.T, what string, hash common.Hash, err error, sentinel error, name string) {
	t.Helper()
	if !errors.Is(err, chain.ErrReverted) || (sentinel != nil && !errors.Is(err, sentinel)) {
		t.Errorf("%s: err = %v, want a revert matching %v", what, err, sentinel)
		return
	}
	var rerr *chain.RevertError
	if name != "" && (!errors.As(err, &rerr) || rerr.Name != name) {
		t.Errorf("%s: revert %v, want %s", what, err, name)
	}
	if hash != (common.Hash{}) {
		t.Errorf("%s: a refused call sent tx %s", what, hash)
	}
	t.Logf("%s: %v", what, err)
}

// opts returns transaction options for key, for calls the clients do not
// wrap (sent through the abigen bindings).
func (f *fixture) opts(key *ecdsa.PrivateKey) *bind.TransactOpts {
	f.t.Helper()
	o, err := bind.NewKeyedTransactorWithChainID(key, new(big.Int).SetUint64(chain.SimChainID))
	if err != nil {
		f.t.Fatal(err)
	}
	o.Context = f.ctx
	return o
}

// mined waits for a transaction sent through a binding and returns its
// receipt; a call refused at gas estimation comes back as its decoded
// revert (chain.AsRevert).
func (f *fixture) mined(tx *types.Transaction, err error) (*types.Receipt, error) {
	f.t.Helper()
	if err != nil {
		if rerr, ok := chain.AsRevert(err); ok {
			return nil, rerr
		}
		return nil, err
	}
	var r *types.Receipt
	for {
		if r, err = f.sim.Client().TransactionReceipt(f.ctx, tx.Hash()); err == nil {
			break
		}
		select {
		case <-f.ctx.Done():
			return nil, f.ctx.Err()
		case <-time.After(contractsBlockPeriod / 2):
		}
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("tx %s failed", tx.Hash())
	}
	return r, nil
}

// errorsIs is errors.Is, for brevity in long conditions.
func errorsIs(err, target error) bool { return errors.Is(err, target) }
