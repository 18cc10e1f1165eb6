package chain_test

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agora-net/agora/chain"
	"github.com/agora-net/agora/chain/bindings"
)

// TestTokenERC20 checks the token's ERC-20 behaviour over its own balance
// storage: transfers, allowances, burns, and their errors.
func TestTokenERC20(t *testing.T) {
	f := newFixture(t)
	tok := f.c.Token
	alice, bob := addrOf(f.alice), addrOf(f.bob)
	f.fund(1000, alice)
	if d, err := tok.Decimals(f.ctx); err != nil || d != 9 {
		t.Fatalf("Decimals = %d, %v", d, err)
	}
	b, err := bindings.NewAgoraToken(tok.Address(), f.sim.Client())
	if err != nil {
		t.Fatal(err)
	}
	if name, err := b.Name(f.callOpts()); err != nil || name != "Agora" {
		t.Errorf("name = %q, %v", name, err)
	}
	if sym, err := b.Symbol(f.callOpts()); err != nil || sym != "AGR" {
		t.Errorf("symbol = %q, %v", sym, err)
	}
	supply := f.supply()

	f.must(tok.Transfer(f.ctx, f.alice, bob, 300))
	f.wantBalance("alice", alice, 700)
	f.wantBalance("bob", bob, 300)
	h, err := tok.Transfer(f.ctx, f.alice, bob, 701)
	wantRevert(t, "transfer above the balance", h, err, chain.ErrInsufficientBalance, "ERC20InsufficientBalance")
	h, err = tok.Transfer(f.ctx, f.alice, common.Address{}, 1)
	wantRevert(t, "transfer to the zero address", h, err, chain.ErrReverted, "ERC20InvalidReceiver")

	f.must(tok.Approve(f.ctx, f.alice, bob, 200))
	if a, err := tok.Allowance(f.ctx, alice, bob); err != nil || a.Uint64() != 200 {
		t.Fatalf("Allowance = %v, %v", a, err)
	}
	carol := addrOf(f.carol)
	if _, err := f.mined(b.TransferFrom(f.opts(f.bob), alice, carol, big.NewInt(150))); err != nil {
		t.Fatalf("transferFrom: %v", err)
	}
	f.wantBalance("carol after transferFrom", carol, 150)
	_, err = f.mined(b.TransferFrom(f.opts(f.bob), alice, carol, big.NewInt(51)))
	wantRevert(t, "transferFrom above the allowance", common.Hash{}, err, chain.ErrInsufficientAllowance, "ERC20InsufficientAllowance")

	// Burns lower the supply.
	if _, err := f.mined(b.Burn(f.opts(f.carol), big.NewInt(50))); err != nil {
		t.Fatalf("burn: %v", err)
	}
	if _, err := f.mined(b.BurnFrom(f.opts(f.bob), alice, big.NewInt(50))); err != nil {
		t.Fatalf("burnFrom: %v", err)
	}
	_, err = f.mined(b.BurnFrom(f.opts(f.bob), alice, big.NewInt(1)))
	wantRevert(t, "burnFrom without allowance left", common.Hash{}, err, chain.ErrInsufficientAllowance, "ERC20InsufficientAllowance")
	_, err = f.mined(b.Burn(f.opts(f.carol), big.NewInt(101)))
	wantRevert(t, "burn above the balance", common.Hash{}, err, chain.ErrInsufficientBalance, "ERC20InsufficientBalance")
	if got := new(big.Int).Sub(supply, f.supply()); got.Uint64() != 100 {
		t.Errorf("supply fell by %v, want 100", got)
	}
	f.wantBalance("alice", alice, 500)
	f.wantBalance("carol", carol, 100)
}

// TestTokenMinting checks that only MINTER_ROLE mints: in a full
// deployment that is the Emission contract alone, not even the admin.
func TestTokenMinting(t *testing.T) {
	f := newFixture(t)
	tok := f.c.Token
	b, err := bindings.NewAgoraToken(tok.Address(), f.sim.Client())
	if err != nil {
		t.Fatal(err)
	}
	for who, ok := range map[common.Address]bool{
		f.c.Emission.Address(): true, addrOf(f.deployer): false, addrOf(f.settler): false,
	} {
		if got, err := tok.HasRole(f.ctx, chain.MinterRole, who); err != nil || got != ok {
			t.Errorf("HasRole(MINTER_ROLE, %s) = %v, %v; want %v", who, got, err, ok)
		}
	}
	_, err = f.mined(b.Mint(f.opts(f.deployer), addrOf(f.deployer), big.NewInt(1)))
	wantRevert(t, "mint by the admin", common.Hash{}, err, chain.ErrNotMinter, "AccessControlUnauthorizedAccount")
	_, err = f.mined(b.MintBatch(f.opts(f.settler), [][32]byte{chain.PackEntry(addrOf(f.settler), 1)}))
	wantRevert(t, "mintBatch by the settler key", common.Hash{}, err, chain.ErrNotMinter, "AccessControlUnauthorizedAccount")
	h, err := tok.PayEpoch(f.ctx, f.settler, 1, 1, []common.Address{addrOf(f.settler)}, []uint64{1})
	wantRevert(t, "payEpoch by the settler key", h, err, chain.ErrNotMinter, "AccessControlUnauthorizedAccount")
}

// newTokenFixture deploys a token alone (without an Emission contract) with
// a minter key, and returns a fixture holding it, the key and the token's
// binding.
func newTokenFixture(t *testing.T) (*fixture, *ecdsa.PrivateKey, *bindings.AgoraToken) {
	t.Helper()
	deployer, minter := testKey(t, "deployer"), testKey(t, "minter")
	sim := startSim(t, contractsBlockPeriod, deployer, minter)
	f := &fixture{t: t, ctx: testCtx(t), sim: sim}
	_, tok, err := chain.DeployToken(f.ctx, sim.Client(), deployer, addrOf(minter))
	if err != nil {
		t.Fatal(err)
	}
	f.c = &chain.Contracts{Token: tok}
	b, err := bindings.NewAgoraToken(tok.Address(), sim.Client())
	if err != nil {
		t.Fatal(err)
	}
	return f, minter, b
}

// maxSupply is the token's MAX_SUPPLY, 2^128 - 1.
var maxSupply = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))

// TestMintBatch mints with a standalone minter key: packed entries, one
// Transfer each, one supply update, repeated recipients, and amounts up to
// 96 bits.
func TestMintBatch(t *testing.T) {
	f, minter, b := newTokenFixture(t)
	a, c := testAddr("a"), testAddr("c")
	maxAmount := uint64(1<<64 - 1)
	entries := [][32]byte{chain.PackEntry(a, 5), chain.PackEntry(c, maxAmount), chain.PackEntry(a, 7)}
	r, err := f.mined(b.MintBatch(f.opts(minter), entries))
	if err != nil {
		t.Fatalf("mintBatch: %v", err)
	}
	f.wantBalance("a", a, 12)
	f.wantBalance("c", c, maxAmount)
	want := new(big.Int).Add(new(big.Int).SetUint64(maxAmount), big.NewInt(12))
	if s := f.supply(); s.Cmp(want) != 0 {
		t.Errorf("supply %v, want %v", s, want)
	}
	var n int
	for _, l := range r.Logs {
		if ev, err := b.ParseTransfer(*l); err == nil {
			if ev.From != (common.Address{}) {
				t.Errorf("Transfer from %s, want the zero address", ev.From)
			}
			n++
		}
	}
	if n != len(entries) {
		t.Errorf("%d Transfer events, want %d", n, len(entries))
	}
	// An amount in the full 96 bits of an entry.
	var big96 [32]byte
	copy(big96[:20], a[:])
	for i := 20; i < 32; i++ {
		big96[i] = 0xff
	}
	if _, err := f.mined(b.MintBatch(f.opts(minter), [][32]byte{big96})); err != nil {
		t.Fatalf("mintBatch of 2^96-1: %v", err)
	}
	want96 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))
	if got := f.balance(a); got.Cmp(new(big.Int).Add(want96, big.NewInt(12))) != 0 {
		t.Errorf("balance after minting 2^96-1: %v", got)
	}
	// The plain mint of the role.
	if _, err := f.mined(b.Mint(f.opts(minter), c, big.NewInt(1))); err != nil {
		t.Fatalf("mint: %v", err)
	}
	_, err = f.mined(b.Mint(f.opts(minter), common.Address{}, big.NewInt(1)))
	wantRevert(t, "mint to the zero address", common.Hash{}, err, chain.ErrReverted, "ERC20InvalidReceiver")
}

// TestPermit checks EIP-2612: the domain separator, a permit's allowance,
// and the refusal of an expired permit and of a forged one.
func TestPermit(t *testing.T) {
	f := newFixture(t)
	tok := f.c.Token
	b, err := bindings.NewAgoraToken(tok.Address(), f.sim.Client())
	if err != nil {
		t.Fatal(err)
	}
	onChain, err := b.DOMAINSEPARATOR(f.callOpts())
	if err != nil {
		t.Fatal(err)
	}
	if local, err := tok.DomainSeparator(f.ctx); err != nil || local != onChain {
		t.Fatalf("DomainSeparator = %s, %v; the contract's is %x", local, err, onChain)
	}
	alice, bob := addrOf(f.alice), addrOf(f.bob)
	p, err := tok.SignPermit(f.ctx, f.alice, bob, 42, 4_000_000_000)
	if err != nil {
		t.Fatal(err)
	}
	// Anyone may submit a permit: here the carol account pays the gas.
	if _, err := f.mined(b.Permit(f.opts(f.carol), p.Owner, p.Spender, big.NewInt(42), new(big.Int).SetUint64(p.Deadline), p.V, p.R, p.S)); err != nil {
		t.Fatalf("permit: %v", err)
	}
	if a, err := tok.Allowance(f.ctx, alice, bob); err != nil || a.Uint64() != 42 {
		t.Errorf("allowance after the permit = %v, %v; want 42", a, err)
	}
	_, err = f.mined(b.Permit(f.opts(f.carol), p.Owner, p.Spender, big.NewInt(42), new(big.Int).SetUint64(p.Deadline), p.V, p.R, p.S))
	wantRevert(t, "a permit used twice", common.Hash{}, err, chain.ErrReverted, "ERC2612InvalidSigner")
	expired, err := tok.SignPermit(f.ctx, f.alice, bob, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.mined(b.Permit(f.opts(f.carol), expired.Owner, expired.Spender, big.NewInt(1), big.NewInt(1), expired.V, expired.R, expired.S))
	wantRevert(t, "an expired permit", common.Hash{}, err, chain.ErrReverted, "ERC2612ExpiredSignature")
	forged, err := tok.SignPermit(f.ctx, f.bob, bob, 1000, 4_000_000_000) // bob signs for alice's tokens
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.mined(b.Permit(f.opts(f.bob), alice, bob, big.NewInt(1000), new(big.Int).SetUint64(forged.Deadline), forged.V, forged.R, forged.S))
	wantRevert(t, "a permit signed by another key", common.Hash{}, err, chain.ErrReverted, "ERC2612InvalidSigner")
}

// TestMintBatchMatchesPayEpoch is the property test of mintBatch's direct
// balance writes against the plain path: random batches (with repeated
// recipients) minted with mintBatch on one token and with payEpoch (one
// _mint each) on another must leave both tokens with the balances and
// supply of a model kept in Go, and the sum of balances equal to the supply.
func TestMintBatchMatchesPayEpoch(t *testing.T) {
	deployer, minter := testKey(t, "deployer"), testKey(t, "minter")
	sim := startSim(t, contractsBlockPeriod, deployer, minter)
	ctx := testCtx(t)
	_, fast, err := chain.DeployToken(ctx, sim.Client(), deployer, addrOf(minter))
	if err != nil {
		t.Fatal(err)
	}
	_, plain, err := chain.DeployToken(ctx, sim.Client(), deployer, addrOf(minter))
	if err != nil {
		t.Fatal(err)
	}
	fastB, err := bindings.NewAgoraToken(fast.Address(), sim.Client())
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{t: t, ctx: ctx, sim: sim}
	pool := make([]common.Address, 12)
	for i := range pool {
		pool[i] = testAddr(fmt.Sprintf("pool %d", i))
	}
	model := map[common.Address]uint64{}
	rng := rand.New(rand.NewPCG(5, 6))
	for round := uint64(1); round <= 6; round++ {
		n := 1 + rng.IntN(30)
		packed := make([][32]byte, n)
		to := make([]common.Address, n)
		amounts := make([]uint64, n)
		for i := range n {
			to[i], amounts[i] = pool[rng.IntN(len(pool))], rng.Uint64N(1<<40)
			packed[i] = chain.PackEntry(to[i], amounts[i])
			model[to[i]] += amounts[i]
		}
		if _, err := f.mined(fastB.MintBatch(f.opts(minter), packed)); err != nil {
			t.Fatalf("round %d: mintBatch: %v", round, err)
		}
		if _, err := plain.PayEpoch(ctx, minter, 1, round, to, amounts); err != nil {
			t.Fatalf("round %d: payEpoch: %v", round, err)
		}
		var sum uint64
		for _, a := range pool {
			want := model[a]
			sum += want
			for name, tok := range map[string]*chain.Token{"mintBatch": fast, "payEpoch": plain} {
				if got, err := tok.BalanceOf(ctx, a); err != nil || got.Uint64() != want {
					t.Fatalf("round %d, %s: balance of %s = %v, %v; want %d", round, name, a, got, err, want)
				}
			}
		}
		for name, tok := range map[string]*chain.Token{"mintBatch": fast, "payEpoch": plain} {
			if s, err := tok.TotalSupply(ctx); err != nil || s.Uint64() != sum {
				t.Fatalf("round %d, %s: supply %v, %v; want the sum of balances %d", round, name, s, err, sum)
			}
		}
	}
}

// TestConfirmations checks that a client built WithConfirmations returns
// only once the transaction's block is that deep.
func TestConfirmations(t *testing.T) {
	f := newFixture(t)
	const depth = 4
	c, err := chain.NewContracts(f.sim.Client(), f.c.Addresses(), chain.WithConfirmations(depth))
	if err != nil {
		t.Fatal(err)
	}
	f.fund(10, addrOf(f.alice))
	h, err := c.Token.Transfer(f.ctx, f.alice, addrOf(f.bob), 10)
	if err != nil {
		t.Fatal(err)
	}
	head := f.head()
	r, err := f.sim.Client().TransactionReceipt(f.ctx, h)
	if err != nil {
		t.Fatal(err)
	}
	if mined := r.BlockNumber.Uint64(); head < mined+depth-1 {
		t.Errorf("Transfer returned at head %d, tx in block %d: fewer than %d confirmations", head, mined, depth)
	}
	f.wantBalance("bob", addrOf(f.bob), 10)
}

// TestClaimedSurvivesTokenPaths has accounts claim and then moves their
// tokens through every ERC-20 path (mint, mintBatch, payEpoch, transfer in
// and out, transferFrom, permit, burn, burnFrom): the claimed amount, kept
// in the high half of the balance's storage word, never changes, the
// balances follow a model kept in Go, the sum of the balances stays the
// total supply, and a later claim pays only the difference.
func TestClaimedSurvivesTokenPaths(t *testing.T) {
	f := newFixture(t)
	tok, e := f.c.Token, f.c.Emission
	b, err := bindings.NewAgoraToken(tok.Address(), f.sim.Client())
	if err != nil {
		t.Fatal(err)
	}
	alice, bob, carol := addrOf(f.alice), addrOf(f.bob), addrOf(f.carol)
	subnet := f.newSubnet(f.deployer) // funds and locks the deployer's tokens
	// carol becomes a second minter, to reach mint, mintBatch and payEpoch.
	if _, err := f.mined(b.GrantRole(f.opts(f.deployer), chain.MinterRole, carol)); err != nil {
		t.Fatalf("grant MINTER_ROLE: %v", err)
	}
	holders := []common.Address{alice, bob, carol, e.Address(), f.c.Registry.Address(), addrOf(f.deployer)}
	balance := map[common.Address]uint64{f.c.Registry.Address(): testLockCost}
	claimed := map[common.Address]uint64{}
	check := func(step string) {
		t.Helper()
		sum := new(big.Int)
		for _, h := range holders {
			f.wantBalance(step, h, balance[h])
			f.wantClaimed(step, h, claimed[h])
			if raw, err := b.Claimed(f.callOpts(), h); err != nil || raw.Uint64() != claimed[h] {
				t.Errorf("%s: the token's claimed(%s) = %v, %v; want %d", step, h, raw, err, claimed[h])
			}
			sum.Add(sum, f.balance(h))
		}
		if s := f.supply(); s.Cmp(sum) != 0 {
			t.Errorf("%s: total supply %v, sum of balances %v", step, s, sum)
		}
	}
	check("start")

	t1 := f.epochTree(map[common.Address]uint64{alice: 1000, bob: 400})
	f.settleRoot(subnet, 1, t1.Root(), 1400)
	balance[e.Address()] = 1400
	f.must(f.claim(t1, alice))
	balance[alice], claimed[alice], balance[e.Address()] = 1000, 1000, 400
	check("alice claimed")

	// Minting into an account that has claimed.
	if _, err := f.mined(b.Mint(f.opts(f.carol), alice, big.NewInt(7))); err != nil {
		t.Fatalf("mint: %v", err)
	}
	balance[alice] += 7
	if _, err := f.mined(b.MintBatch(f.opts(f.carol), [][32]byte{chain.PackEntry(alice, 11), chain.PackEntry(carol, 5)})); err != nil {
		t.Fatalf("mintBatch: %v", err)
	}
	balance[alice] += 11
	balance[carol] += 5
	f.must(tok.PayEpoch(f.ctx, f.carol, subnet, 1, []common.Address{alice}, []uint64{13}))
	balance[alice] += 13
	check("minted to alice")

	// Transfers out and in, an allowance, a permit, burns.
	f.must(tok.Transfer(f.ctx, f.alice, bob, balance[alice])) // everything: alice's balance is 0, her claimed amount stays
	balance[bob], balance[alice] = balance[alice], 0
	check("alice sent everything to bob")
	f.must(tok.Transfer(f.ctx, f.bob, alice, 300))
	balance[bob] -= 300
	balance[alice] += 300
	check("bob sent 300 back")
	f.must(tok.Approve(f.ctx, f.alice, bob, 50))
	if _, err := f.mined(b.TransferFrom(f.opts(f.bob), alice, carol, big.NewInt(50))); err != nil {
		t.Fatalf("transferFrom: %v", err)
	}
	balance[alice] -= 50
	balance[carol] += 50
	p, err := tok.SignPermit(f.ctx, f.alice, bob, 60, 4_000_000_000)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.mined(b.Permit(f.opts(f.carol), p.Owner, p.Spender, big.NewInt(60), new(big.Int).SetUint64(p.Deadline), p.V, p.R, p.S)); err != nil {
		t.Fatalf("permit: %v", err)
	}
	if _, err := f.mined(b.TransferFrom(f.opts(f.bob), alice, bob, big.NewInt(40))); err != nil {
		t.Fatalf("transferFrom after a permit: %v", err)
	}
	balance[alice] -= 40
	balance[bob] += 40
	if _, err := f.mined(b.BurnFrom(f.opts(f.bob), alice, big.NewInt(20))); err != nil {
		t.Fatalf("burnFrom: %v", err)
	}
	balance[alice] -= 20
	if _, err := f.mined(b.Burn(f.opts(f.alice), big.NewInt(30))); err != nil {
		t.Fatalf("burn: %v", err)
	}
	balance[alice] -= 30
	check("transfers, permit and burns")
	_, err = f.mined(b.Burn(f.opts(f.alice), new(big.Int).SetUint64(balance[alice]+1)))
	wantRevert(t, "burn above the balance of an account that has claimed", common.Hash{}, err, chain.ErrInsufficientBalance, "ERC20InsufficientBalance")

	// bob received transfers before his first claim, alice claims again:
	// each is paid the difference, on top of the balance.
	t2 := f.epochTree(map[common.Address]uint64{alice: 1500, bob: 400})
	f.settleRoot(subnet, 2, t2.Root(), 500)
	balance[e.Address()] += 500
	f.must(f.claim(t2, bob))
	balance[bob] += 400
	claimed[bob] = 400
	f.must(f.claim(t2, alice))
	balance[alice] += 500
	claimed[alice] = 1500
	balance[e.Address()] -= 900
	check("second claims")

	// Up to the cap in the balance of an account that has claimed: the
	// balance fills the low 128 bits and nothing reaches the claimed half.
	room := new(big.Int).Sub(maxSupply, f.supply())
	if _, err := f.mined(b.Mint(f.opts(f.carol), alice, room)); err != nil {
		t.Fatalf("mint up to the cap: %v", err)
	}
	want := new(big.Int).Add(room, bigOf(balance[alice]))
	if got := f.balance(alice); got.Cmp(want) != 0 {
		t.Errorf("alice's balance at the cap %v, want %v", got, want)
	}
	f.wantClaimed("at the cap", alice, 1500)
	_, err = f.mined(b.Mint(f.opts(f.carol), alice, big.NewInt(1)))
	wantRevert(t, "mint above the cap", common.Hash{}, err, chain.ErrSupplyCap, "ERC20ExceededCap")
	f.must(tok.Transfer(f.ctx, f.alice, bob, 1))
	f.wantClaimed("at the cap, after a transfer", alice, 1500)
	f.wantClaimed("at the cap, after a transfer", bob, 400)
}

// TestSupplyCap checks the cap that keeps every balance in the low half of
// its storage word: minting up to 2^128 - 1 works, one more base unit
// reverts (mint, mintBatch, payEpoch), a refused batch leaves the balances
// as they were, and a token without an Emission contract books no claims.
func TestSupplyCap(t *testing.T) {
	f, minter, b := newTokenFixture(t)
	tok := f.c.Token
	if got, err := b.MAXSUPPLY(f.callOpts()); err != nil || got.Cmp(maxSupply) != 0 {
		t.Fatalf("MAX_SUPPLY = %v, %v; want 2^128-1", got, err)
	}
	a, c := testAddr("a"), testAddr("c")
	if _, err := f.mined(b.Mint(f.opts(minter), a, new(big.Int).Sub(maxSupply, big.NewInt(10)))); err != nil {
		t.Fatalf("mint up to 10 below the cap: %v", err)
	}
	_, err := f.mined(b.Mint(f.opts(minter), a, big.NewInt(11)))
	wantRevert(t, "mint one above the cap", common.Hash{}, err, chain.ErrSupplyCap, "ERC20ExceededCap")
	_, err = f.mined(b.MintBatch(f.opts(minter), [][32]byte{chain.PackEntry(c, 1), chain.PackEntry(a, 10)}))
	wantRevert(t, "mintBatch one above the cap", common.Hash{}, err, chain.ErrSupplyCap, "ERC20ExceededCap")
	h, err := tok.PayEpoch(f.ctx, minter, 1, 1, []common.Address{a}, []uint64{11})
	wantRevert(t, "payEpoch one above the cap", h, err, chain.ErrSupplyCap, "ERC20ExceededCap")
	_, err = f.mined(b.Mint(f.opts(minter), a, new(big.Int).Lsh(big.NewInt(1), 255)))
	wantRevert(t, "mint of 2^255", common.Hash{}, err, chain.ErrSupplyCap, "ERC20ExceededCap")
	maxUint256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	_, err = f.mined(b.Mint(f.opts(minter), a, maxUint256))
	wantRevert(t, "mint of 2^256-1 (the supply's addition overflows)", common.Hash{}, err, chain.ErrReverted, "Panic")
	if _, err := f.mined(b.Mint(f.opts(minter), a, big.NewInt(10))); err != nil {
		t.Fatalf("mint up to the cap: %v", err)
	}
	if got := f.balance(a); got.Cmp(maxSupply) != 0 {
		t.Errorf("balance at the cap %v, want 2^128-1", got)
	}
	if got, err := b.Claimed(f.callOpts(), a); err != nil || got.Sign() != 0 {
		t.Errorf("claimed of a full balance = %v, %v; want 0", got, err)
	}
	if got := f.balance(c); got.Sign() != 0 {
		t.Errorf("a refused batch left c with %v", got)
	}
	if s := f.supply(); s.Cmp(maxSupply) != 0 {
		t.Errorf("supply %v, want 2^128-1", s)
	}
	if bound, err := b.Emission(f.callOpts()); err != nil || bound != (common.Address{}) {
		t.Errorf("emission of a standalone token = %s, %v; want zero", bound, err)
	}
	_, err = f.mined(b.PayClaim(f.opts(minter), a, big.NewInt(1)))
	wantRevert(t, "payClaim on a token without an Emission contract", common.Hash{}, err, chain.ErrUnauthorized, "NotEmission")
}
