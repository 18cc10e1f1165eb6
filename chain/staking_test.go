package chain_test

import (
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/chain"
	"github.com/agora-net/agora/chain/bindings"
)

// TestStakeUnstakeWithdraw walks a position through stake, unstake, an early
// withdraw, and the withdraw after the unbonding period.
func TestStakeUnstakeWithdraw(t *testing.T) {
	f := newFixture(t)
	st := f.c.Staking
	alice := addrOf(f.alice)
	hot := testAddr("alice's hotkey")
	f.fund(1000, alice)
	f.fund(100, addrOf(f.bob))
	// alice registers hot on a subnet, which makes her its coldkey.
	subnet := f.newSubnet(f.deployer)
	f.fund(testRegPrice, alice)
	f.must(f.c.Token.Approve(f.ctx, f.alice, f.c.Registry.Address(), testRegPrice))
	f.must(f.c.Registry.Register(f.ctx, f.alice, subnet, hot, testRegPrice))

	f.must(f.c.Token.Approve(f.ctx, f.alice, st.Address(), 1000))
	h, err := st.Stake(f.ctx, f.alice, hot, 0)
	wantRevert(t, "stake zero", h, err, chain.ErrZeroAmount, "ZeroAmount")
	h, err = st.Stake(f.ctx, f.alice, hot, 1001)
	wantRevert(t, "stake above the allowance", h, err, chain.ErrInsufficientAllowance, "ERC20InsufficientAllowance")
	f.must(f.c.Token.Approve(f.ctx, f.bob, st.Address(), 100))
	h, err = st.Stake(f.ctx, f.bob, hot, 100)
	wantRevert(t, "stake for another coldkey's hotkey", h, err, chain.ErrNotHotkeyOwner, "NotHotkeyOwner")

	if _, err := st.Stake(f.ctx, f.alice, hot, 600); err != nil {
		t.Fatalf("Stake: %v", err)
	}
	snapshot := new(big.Int).SetUint64(f.head())
	if _, err := st.Stake(f.ctx, f.alice, hot, 400); err != nil {
		t.Fatalf("Stake again: %v", err)
	}
	f.wantBalance("alice after staking", alice, 0)
	f.wantBalance("staking contract", st.Address(), 1000)
	if s, err := st.StakeOf(f.ctx, hot); err != nil || s.Uint64() != 1000 {
		t.Errorf("StakeOf = %v, %v; want 1000", s, err)
	}
	if o, err := st.OwnerOf(f.ctx, hot); err != nil || o != alice {
		t.Errorf("OwnerOf = %s, %v; want alice", o, err)
	}
	// A snapshot at the earlier block sees the earlier stake.
	stakes, err := st.StakesAt(f.ctx, []common.Address{hot, testAddr("nobody")}, snapshot)
	if err != nil || len(stakes) != 2 || stakes[0].Uint64() != 600 || stakes[1].Sign() != 0 {
		t.Errorf("StakesAt(block %v) = %v, %v; want [600 0]", snapshot, stakes, err)
	}

	h, err = st.Unstake(f.ctx, f.alice, hot, 0)
	wantRevert(t, "unstake zero", h, err, chain.ErrZeroAmount, "ZeroAmount")
	h, err = st.Unstake(f.ctx, f.alice, hot, 1001)
	wantRevert(t, "unstake above the stake", h, err, chain.ErrInsufficientStake, "InsufficientStake")
	h, err = st.Unstake(f.ctx, f.bob, hot, 1)
	wantRevert(t, "unstake by another account", h, err, chain.ErrNotHotkeyOwner, "NotHotkeyOwner")
	h, err = st.Withdraw(f.ctx, f.alice, hot)
	wantRevert(t, "withdraw with nothing unbonding", h, err, chain.ErrNothingToWithdraw, "NothingToWithdraw")

	if _, err := st.Unstake(f.ctx, f.alice, hot, 300); err != nil {
		t.Fatalf("Unstake: %v", err)
	}
	ub, err := st.UnbondingOf(f.ctx, hot)
	if err != nil || ub.Amount.Uint64() != 300 || ub.ReleaseBlock < f.head()+testUnbonding-5 {
		t.Fatalf("UnbondingOf = %+v, %v; want 300 released about %d blocks from now", ub, err, testUnbonding)
	}
	if s, _ := st.StakeOf(f.ctx, hot); s.Uint64() != 700 {
		t.Errorf("stake after unstaking 300 = %v, want 700", s)
	}
	h, err = st.Withdraw(f.ctx, f.alice, hot)
	wantRevert(t, "early withdraw", h, err, chain.ErrStillUnbonding, "StillUnbonding")
	h, err = st.Withdraw(f.ctx, f.bob, hot)
	wantRevert(t, "withdraw by another account", h, err, chain.ErrNotHotkeyOwner, "NotHotkeyOwner")

	f.advanceTo(ub.ReleaseBlock)
	if _, err := st.Withdraw(f.ctx, f.alice, hot); err != nil {
		t.Fatalf("Withdraw after the unbonding period: %v", err)
	}
	f.wantBalance("alice after withdrawing", alice, 300)
	f.wantBalance("staking contract after the withdrawal", st.Address(), 700)
	if ub, err := st.UnbondingOf(f.ctx, hot); err != nil || ub.Amount.Sign() != 0 {
		t.Errorf("UnbondingOf after withdrawing = %+v, %v", ub, err)
	}
	if n, err := st.UnbondingBlocks(f.ctx); err != nil || n != testUnbonding {
		t.Errorf("UnbondingBlocks = %d, %v", n, err)
	}
}

// TestStakeSelfAndPermit has a hotkey stake for itself with a permit, and
// checks that a fully withdrawn position can be opened again.
func TestStakeSelfAndPermit(t *testing.T) {
	f := newFixture(t)
	st := f.c.Staking
	hotKey := f.carol // a hotkey staking for itself: no registration needed
	hot := addrOf(hotKey)
	f.fund(500, hot)
	p, err := f.c.Token.SignPermit(f.ctx, hotKey, st.Address(), 500, 4_000_000_000)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.StakeWithPermit(f.ctx, hotKey, hot, 500, p); err != nil {
		t.Fatalf("StakeWithPermit: %v", err)
	}
	if s, err := st.StakeOf(f.ctx, hot); err != nil || s.Uint64() != 500 {
		t.Fatalf("StakeOf = %v, %v; want 500", s, err)
	}
	f.must(st.Unstake(f.ctx, hotKey, hot, 500))
	ub, err := st.UnbondingOf(f.ctx, hot)
	if err != nil {
		t.Fatal(err)
	}
	f.advanceTo(ub.ReleaseBlock)
	f.must(st.Withdraw(f.ctx, hotKey, hot))
	if o, err := st.OwnerOf(f.ctx, hot); err != nil || o != (common.Address{}) {
		t.Errorf("OwnerOf after a full withdrawal = %s, %v; want none", o, err)
	}
}

// TestSlash slashes from the stake, then from unbonding tokens, and checks
// the refusals: another caller, zero, more than the hotkey holds.
func TestSlash(t *testing.T) {
	f := newFixture(t)
	st := f.c.Staking
	hotKey := f.carol
	hot := addrOf(hotKey)
	f.fund(1000, hot)
	f.must(f.c.Token.Approve(f.ctx, hotKey, st.Address(), 1000))
	f.must(st.Stake(f.ctx, hotKey, hot, 1000))
	f.must(st.Unstake(f.ctx, hotKey, hot, 400)) // stake 600, unbonding 400
	evidence := crypto.Keccak256Hash([]byte("miner served another model"))
	start := f.head()

	for name, key := range map[string]*ecdsa.PrivateKey{"admin": f.deployer, "settler": f.settler, "hotkey": hotKey} {
		h, err := st.Slash(f.ctx, key, hot, 1, evidence)
		wantRevert(t, "slash by the "+name, h, err, chain.ErrUnauthorized, "AccessControlUnauthorizedAccount")
	}
	h, err := st.Slash(f.ctx, f.slasher, hot, 0, evidence)
	wantRevert(t, "slash zero", h, err, chain.ErrZeroAmount, "ZeroAmount")
	h, err = st.Slash(f.ctx, f.slasher, hot, 1001, evidence)
	wantRevert(t, "slash above stake and unbonding", h, err, chain.ErrSlashExceedsStake, "SlashExceedsStake")
	h, err = st.Slash(f.ctx, f.slasher, testAddr("never staked"), 1, evidence)
	wantRevert(t, "slash a hotkey without stake", h, err, chain.ErrSlashExceedsStake, "SlashExceedsStake")

	supply := f.supply()
	if _, err := st.Slash(f.ctx, f.slasher, hot, 500, evidence); err != nil {
		t.Fatalf("Slash 500: %v", err)
	}
	if s, _ := st.StakeOf(f.ctx, hot); s.Uint64() != 100 {
		t.Errorf("stake after slashing 500 of 600 = %v, want 100", s)
	}
	if _, err := st.Slash(f.ctx, f.slasher, hot, 300, evidence); err != nil {
		t.Fatalf("Slash 300 (100 stake, 200 unbonding): %v", err)
	}
	if s, _ := st.StakeOf(f.ctx, hot); s.Sign() != 0 {
		t.Errorf("stake after the second slash = %v, want 0", s)
	}
	if ub, _ := st.UnbondingOf(f.ctx, hot); ub.Amount.Uint64() != 200 {
		t.Errorf("unbonding after the second slash = %v, want 200", ub.Amount)
	}
	if burned := new(big.Int).Sub(supply, f.supply()); burned.Uint64() != 800 {
		t.Errorf("supply fell by %v, want 800 burned", burned)
	}
	f.wantBalance("staking contract", st.Address(), 200)

	// The events carry the evidence.
	sb, err := bindings.NewStaking(st.Address(), f.sim.Client())
	if err != nil {
		t.Fatal(err)
	}
	it, err := sb.FilterSlashed(&bind.FilterOpts{Context: f.ctx, Start: start}, []common.Address{hot}, [][32]byte{evidence})
	if err != nil {
		t.Fatal(err)
	}
	var got [][2]uint64
	for it.Next() {
		got = append(got, [2]uint64{it.Event.Amount.Uint64(), it.Event.FromStake.Uint64()})
	}
	it.Close()
	if len(got) != 2 || got[0] != [2]uint64{500, 500} || got[1] != [2]uint64{300, 100} {
		t.Errorf("Slashed events (amount, from stake) = %v, want [[500 500] [300 100]]", got)
	}
}
