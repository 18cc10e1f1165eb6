package chain_test

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/chain"
	"github.com/agora-net/agora/chain/bindings"
)

// epochTree builds the tree of cumulative amounts (account -> amount).
func (f *fixture) epochTree(cumulative map[common.Address]uint64) *chain.MerkleTree {
	f.t.Helper()
	domain, err := f.c.Emission.Domain(f.ctx)
	if err != nil {
		f.t.Fatal(err)
	}
	var leaves []chain.MerkleLeaf
	for a, v := range cumulative {
		leaves = append(leaves, chain.MerkleLeaf{Account: a, Cumulative: v})
	}
	tree, err := chain.NewMerkleTree(domain, leaves)
	if err != nil {
		f.t.Fatal(err)
	}
	return tree
}

// claim claims account's amount in tree, sent by alice.
func (f *fixture) claim(tree *chain.MerkleTree, account common.Address) (common.Hash, error) {
	f.t.Helper()
	cumulative, proof, err := tree.Proof(account)
	if err != nil {
		f.t.Fatal(err)
	}
	return f.c.Emission.Claim(f.ctx, f.alice, account, cumulative, proof)
}

// wantRoots fails unless the contract's roots are root and previous.
func (f *fixture) wantRoots(what string, root, previous common.Hash) {
	f.t.Helper()
	r, p, err := f.c.Emission.Roots(f.ctx)
	if err != nil || r != root || p != previous {
		f.t.Errorf("%s: Roots = %s, %s, %v; want %s, %s", what, r, p, err, root, previous)
	}
}

// wantClaimed fails unless account has claimed want.
func (f *fixture) wantClaimed(what string, account common.Address, want uint64) {
	f.t.Helper()
	if got, err := f.c.Emission.Claimed(f.ctx, account); err != nil || got.Cmp(bigOf(want)) != 0 {
		f.t.Errorf("%s: Claimed(%s) = %v, %v; want %d", what, account, got, err, want)
	}
}

// settleRoot settles epoch of subnet with root (a one-leaf tree's root is
// its leaf, with an empty proof), minting total.
func (f *fixture) settleRoot(subnet uint16, epoch uint64, root common.Hash, total uint64) {
	f.t.Helper()
	if _, err := f.c.Emission.Settle(f.ctx, f.settler, subnet, epoch, root, total); err != nil {
		f.t.Fatalf("settle epoch %d of subnet %d: %v", epoch, subnet, err)
	}
}

// TestSettleAndClaim settles epochs of two subnets into the one tree and has
// accounts claim one settlement, several at once, against the previous
// root, and with a claim sent by another key.
func TestSettleAndClaim(t *testing.T) {
	f := newFixture(t)
	e := f.c.Emission
	s1, s2 := f.newSubnet(f.deployer), f.newSubnet(f.deployer)
	m1, m2, v, w := testAddr("miner 1"), testAddr("miner 2"), testAddr("validator"), testAddr("labeler")

	for _, s := range []uint16{s1, s2} {
		if last, err := e.LastSettledEpoch(f.ctx, s); err != nil || last != 0 {
			t.Fatalf("LastSettledEpoch(%d) before any = %d, %v", s, last, err)
		}
	}
	f.wantRoots("before any settlement", common.Hash{}, common.Hash{})
	supply0 := f.supply()
	t1 := f.epochTree(map[common.Address]uint64{m1: 300, m2: 200, v: 500})
	h1, err := e.Settle(f.ctx, f.settler, s1, 1, t1.Root(), 1000)
	if err != nil {
		t.Fatalf("Settle(s1, 1): %v", err)
	}
	if last, err := e.LastSettledEpoch(f.ctx, s1); err != nil || last != 1 {
		t.Fatalf("LastSettledEpoch(s1) = %d, %v; want 1", last, err)
	}
	if last, err := e.LastSettledEpoch(f.ctx, s2); err != nil || last != 0 {
		t.Fatalf("LastSettledEpoch(s2) after settling s1 = %d, %v; want 0", last, err)
	}
	f.wantBalance("emission pool after the first settlement", e.Address(), 1000)
	if got := new(big.Int).Sub(f.supply(), supply0); got.Int64() != 1000 {
		t.Errorf("supply grew by %v, want 1000", got)
	}
	f.wantRoots("after the first settlement", t1.Root(), common.Hash{})
	if h, ok, err := e.EpochTx(f.ctx, s1, 1); err != nil || !ok || h != h1 {
		t.Errorf("EpochTx(s1, 1) = %s, %v, %v; want %s", h, ok, err, h1)
	}
	if _, ok, err := e.EpochTx(f.ctx, s2, 1); err != nil || ok {
		t.Errorf("EpochTx(s2, 1) before it was settled = %v, %v; want not found", ok, err)
	}
	// The mint is a Transfer from the zero address to the contract.
	f.wantTransfers("settlement", h1, transfer{common.Address{}, e.Address(), 1000})

	// m1 claims (sent by alice): the tokens go to m1, one Transfer from the pool.
	h, err := f.claim(t1, m1)
	if err != nil {
		t.Fatalf("claim m1 from the first tree: %v", err)
	}
	f.wantTransfers("claim", h, transfer{e.Address(), m1, 300})
	f.wantBalance("m1 after its first claim", m1, 300)
	f.wantClaimed("m1 after its first claim", m1, 300)
	f.wantBalance("pool after m1's claim", e.Address(), 700)

	// Epoch 1 of the other subnet (the same number is fine): m1 +100,
	// m2 +100, w +100, in the same tree.
	t2 := f.epochTree(map[common.Address]uint64{m1: 400, m2: 300, v: 500, w: 100})
	if _, err := e.Settle(f.ctx, f.settler, s2, 1, t2.Root(), 300); err != nil {
		t.Fatalf("Settle(s2, 1): %v", err)
	}
	f.wantRoots("after the second settlement", t2.Root(), t1.Root())
	// m1 claims again: only the difference.
	if _, err := f.claim(t2, m1); err != nil {
		t.Fatalf("claim m1 from the second tree: %v", err)
	}
	f.wantBalance("m1 after its second claim", m1, 400)
	// v claims with a proof of the previous root (built before the second
	// settlement): still accepted, for what that tree says.
	if _, err := f.claim(t1, v); err != nil {
		t.Fatalf("claim v against the previous root: %v", err)
	}
	f.wantBalance("v after a claim against the previous root", v, 500)

	// Epoch 2 of s1: m2 then collects three settlements in one claim.
	t3 := f.epochTree(map[common.Address]uint64{m1: 450, m2: 350, v: 1200, w: 100})
	if _, err := e.Settle(f.ctx, f.settler, s1, 2, t3.Root(), 800); err != nil {
		t.Fatalf("Settle(s1, 2): %v", err)
	}
	// An epoch in which nothing was earned settles the same root: both
	// roots stay, so proofs of t2 still count.
	if _, err := e.Settle(f.ctx, f.settler, s2, 2, t3.Root(), 0); err != nil {
		t.Fatalf("Settle(s2, 2) with an unchanged root: %v", err)
	}
	f.wantRoots("after settling an unchanged root", t3.Root(), t2.Root())
	if _, err := f.claim(t3, m2); err != nil {
		t.Fatalf("claim m2 from the third tree: %v", err)
	}
	f.wantBalance("m2 after one claim of three settlements", m2, 350)
	// A proof two roots old no longer counts.
	h, err = f.claim(t1, m2)
	wantRevert(t, "claim against a root two settlements old", h, err, chain.ErrInvalidProof, "InvalidProof")
	if _, err := f.claim(t2, w); err != nil {
		t.Fatalf("claim w against the previous root: %v", err)
	}
	for _, a := range []common.Address{v, m1} {
		if _, err := f.claim(t3, a); err != nil {
			t.Fatalf("claim %s from the third tree: %v", a, err)
		}
	}
	for _, c := range []struct {
		who  common.Address
		want uint64
	}{{m1, 450}, {m2, 350}, {v, 1200}, {w, 100}} {
		f.wantBalance("final", c.who, c.want)
		f.wantClaimed("final", c.who, c.want)
	}
	f.wantBalance("pool after every claim", e.Address(), 0)
	if got := new(big.Int).Sub(f.supply(), supply0); got.Int64() != 2100 {
		t.Errorf("supply grew by %v, want 2100", got)
	}
}

// transfer is an expected Transfer event.
type transfer struct {
	from, to common.Address
	value    uint64
}

// wantTransfers fails unless the token's Transfer events in tx's receipt
// are want, in order.
func (f *fixture) wantTransfers(what string, tx common.Hash, want ...transfer) {
	f.t.Helper()
	receipt, err := f.sim.Client().TransactionReceipt(f.ctx, tx)
	if err != nil {
		f.t.Fatal(err)
	}
	tok, err := bindings.NewAgoraToken(f.c.Token.Address(), f.sim.Client())
	if err != nil {
		f.t.Fatal(err)
	}
	var got []transfer
	for _, l := range receipt.Logs {
		if l.Address != f.c.Token.Address() {
			continue
		}
		if ev, err := tok.ParseTransfer(*l); err == nil {
			got = append(got, transfer{ev.From, ev.To, ev.Value.Uint64()})
		}
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		f.t.Errorf("%s: Transfer events %v, want %v", what, got, want)
	}
}

// TestSettleReverts checks settle's refusals: the same or an earlier epoch
// of the subnet, a caller without SETTLER_ROLE, an unknown subnet, a zero
// root.
func TestSettleReverts(t *testing.T) {
	f := newFixture(t)
	e := f.c.Emission
	subnet, other := f.newSubnet(f.deployer), f.newSubnet(f.deployer)
	tree := f.epochTree(map[common.Address]uint64{testAddr("a"): 10})
	if _, err := e.Settle(f.ctx, f.settler, subnet, 5, tree.Root(), 10); err != nil {
		t.Fatalf("Settle(5): %v", err)
	}
	for _, epoch := range []uint64{5, 4, 0} {
		h, err := e.Settle(f.ctx, f.settler, subnet, epoch, tree.Root(), 10)
		wantRevert(t, fmt.Sprintf("settle epoch %d after 5", epoch), h, err, chain.ErrEpochAlreadySettled, "EpochAlreadySettled")
	}
	// Another subnet's counter is its own.
	if _, err := e.Settle(f.ctx, f.settler, other, 1, tree.Root(), 0); err != nil {
		t.Fatalf("Settle(other subnet, 1) after epoch 5 of the first: %v", err)
	}
	for name, key := range map[string]*ecdsa.PrivateKey{"admin": f.deployer, "slasher": f.slasher, "stranger": f.alice} {
		h, err := e.Settle(f.ctx, key, subnet, 6, tree.Root(), 10)
		wantRevert(t, "settle by the "+name, h, err, chain.ErrUnauthorized, "AccessControlUnauthorizedAccount")
		if errors.Is(err, chain.ErrNotMinter) {
			t.Errorf("settle by the %s matches ErrNotMinter: %v", name, err)
		}
	}
	h, err := e.Settle(f.ctx, f.settler, 99, 1, tree.Root(), 10)
	wantRevert(t, "settle of an unknown subnet", h, err, chain.ErrUnknownSubnet, "UnknownSubnet")
	h, err = e.Settle(f.ctx, f.settler, subnet, 6, common.Hash{}, 10)
	wantRevert(t, "settle with a zero root", h, err, chain.ErrReverted, "ZeroRoot")
	if last, err := e.LastSettledEpoch(f.ctx, subnet); err != nil || last != 5 {
		t.Errorf("LastSettledEpoch after refusals = %d, %v; want 5", last, err)
	}
	if last, err := e.LastSettledEpoch(f.ctx, 99); err != nil || last != 0 {
		t.Errorf("LastSettledEpoch(unknown subnet) = %d, %v; want 0", last, err)
	}
	// An epoch with nothing earned still advances (total 0 mints nothing).
	supply := f.supply()
	if _, err := e.Settle(f.ctx, f.settler, subnet, 7, tree.Root(), 0); err != nil {
		t.Fatalf("Settle(7, total 0): %v", err)
	}
	if f.supply().Cmp(supply) != 0 {
		t.Errorf("a zero total changed the supply")
	}
}

// TestClaimReverts checks claim's refusals: nothing settled yet, a wrong
// amount (over-claim), a proof for another account or another domain, a
// claim already made or below what was claimed, the zero address and the
// contract itself as the account, a tree whose total the settlements did
// not cover, an amount above the token's cap; and payClaim called by
// anyone but the Emission contract.
func TestClaimReverts(t *testing.T) {
	f := newFixture(t)
	e := f.c.Emission
	subnet := f.newSubnet(f.deployer)
	a, b := testAddr("a"), testAddr("b")
	t1 := f.epochTree(map[common.Address]uint64{a: 100, b: 50})
	cum, proof, err := t1.Proof(a)
	if err != nil {
		t.Fatal(err)
	}
	h, err := e.Claim(f.ctx, f.alice, a, cum, proof)
	wantRevert(t, "claim before any settlement", h, err, chain.ErrInvalidProof, "InvalidProof")
	if ok, err := e.Verify(f.ctx, a, cum, proof); err != nil || ok {
		t.Errorf("Verify before any settlement = %v, %v; want false", ok, err)
	}
	if _, err := e.Settle(f.ctx, f.settler, subnet, 1, t1.Root(), 150); err != nil {
		t.Fatal(err)
	}
	h, err = e.Claim(f.ctx, f.alice, a, cum+1, proof)
	wantRevert(t, "over-claim: more than the tree says", h, err, chain.ErrInvalidProof, "InvalidProof")
	h, err = e.Claim(f.ctx, f.alice, b, cum, proof)
	wantRevert(t, "a's proof for b", h, err, chain.ErrInvalidProof, "InvalidProof")
	h, err = e.Claim(f.ctx, f.alice, a, cum, proof[:0])
	wantRevert(t, "a truncated proof", h, err, chain.ErrInvalidProof, "InvalidProof")

	// The same amounts in a tree of another chain and of another contract,
	// settled here: the contract hashes its own domain into the leaf.
	domain, err := e.Domain(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, other := range []chain.MerkleDomain{
		{ChainID: domain.ChainID + 1, Emission: domain.Emission},
		{ChainID: domain.ChainID, Emission: f.c.Staking.Address()},
	} {
		foreign, err := chain.NewMerkleTree(other, t1.Leaves())
		if err != nil {
			t.Fatal(err)
		}
		last, err := e.LastSettledEpoch(f.ctx, subnet)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := e.Settle(f.ctx, f.settler, subnet, last+1, foreign.Root(), 0); err != nil {
			t.Fatal(err)
		}
		fcum, fproof, _ := foreign.Proof(a)
		h, err = e.Claim(f.ctx, f.alice, a, fcum, fproof)
		wantRevert(t, fmt.Sprintf("a proof of domain %+v", other), h, err, chain.ErrInvalidProof, "InvalidProof")
	}

	// Settle t1 and then a tree where a earned more: a claims the larger
	// amount, after which neither tree has anything left for it.
	t2 := f.epochTree(map[common.Address]uint64{a: 120, b: 50})
	f.settleRoot(subnet, 4, t1.Root(), 0)
	f.settleRoot(subnet, 5, t2.Root(), 20)
	if _, err := f.claim(t2, a); err != nil {
		t.Fatalf("claim: %v", err)
	}
	h, err = f.claim(t2, a)
	wantRevert(t, "claim twice", h, err, chain.ErrNothingToClaim, "NothingToClaim")
	h, err = f.claim(t1, a)
	wantRevert(t, "claim less than was claimed (previous root)", h, err, chain.ErrNothingToClaim, "NothingToClaim")
	f.wantBalance("a after the refused claims", a, 120)

	// Leaves the Go tree refuses to build, settled by hand as one-leaf
	// trees: the token refuses to pay the zero address or the pool itself.
	for i, c := range []struct {
		what    string
		account common.Address
	}{{"the zero address", common.Address{}}, {"the emission contract", e.Address()}} {
		f.settleRoot(subnet, uint64(6+i), chain.LeafHash(domain, c.account, 5), 5)
		if ok, err := e.Verify(f.ctx, c.account, 5, nil); err != nil || !ok {
			t.Fatalf("%s: the one-leaf tree does not verify: %v, %v", c.what, ok, err)
		}
		h, err = e.Claim(f.ctx, f.alice, c.account, 5, nil)
		wantRevert(t, "claim for "+c.what, h, err, chain.ErrReverted, "ERC20InvalidReceiver")
	}

	// A settlement whose total is short of what its tree hands out: the
	// claims stop when the contract's balance runs out.
	pool := f.balance(e.Address()).Uint64()
	c := testAddr("c")
	t3 := f.epochTree(map[common.Address]uint64{c: pool + 1})
	f.settleRoot(subnet, 8, t3.Root(), 0)
	h, err = f.claim(t3, c)
	wantRevert(t, "over-claim: beyond what was settled", h, err, chain.ErrInsufficientBalance, "ERC20InsufficientBalance")

	// A cumulative amount above the token's cap (2^128 - 1), which no
	// uint64 leaf can hold: a hand-made leaf, claimed through the binding.
	huge := new(big.Int).Lsh(big.NewInt(1), 128)
	leaf := crypto.Keccak256Hash([]byte{0}, common.BigToHash(bigOf(domain.ChainID)).Bytes(),
		common.BytesToHash(domain.Emission[:]).Bytes(), common.BytesToHash(c[:]).Bytes(), common.BigToHash(huge).Bytes())
	f.settleRoot(subnet, 9, leaf, 0)
	em, err := bindings.NewEmission(e.Address(), f.sim.Client())
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.mined(em.Claim(f.opts(f.alice), c, huge, nil))
	wantRevert(t, "claim of 2^128", common.Hash{}, err, chain.ErrReverted, "CumulativeAboveCap")

	// payClaim books claims for the Emission contract alone.
	tok, err := bindings.NewAgoraToken(f.c.Token.Address(), f.sim.Client())
	if err != nil {
		t.Fatal(err)
	}
	if bound, err := tok.Emission(f.callOpts()); err != nil || bound != e.Address() {
		t.Fatalf("token's emission = %s, %v; want %s", bound, err, e.Address())
	}
	for name, key := range map[string]*ecdsa.PrivateKey{"admin": f.deployer, "settler": f.settler, "stranger": f.alice} {
		_, err = f.mined(tok.PayClaim(f.opts(key), addrOf(key), big.NewInt(1)))
		wantRevert(t, "payClaim by the "+name, common.Hash{}, err, chain.ErrUnauthorized, "NotEmission")
	}
}

// TestDistribute pays epochs in push mode and checks that both modes share
// a subnet's epoch counter.
func TestDistribute(t *testing.T) {
	f := newFixture(t)
	e := f.c.Emission
	subnet := f.newSubnet(f.deployer)
	rs := []common.Address{testAddr("r1"), testAddr("r2"), testAddr("r1")} // r1 twice
	supply := f.supply()
	h, err := e.Distribute(f.ctx, f.settler, subnet, 1, rs, []uint64{10, 20, 5})
	if err != nil {
		t.Fatalf("Distribute(1): %v", err)
	}
	f.wantBalance("r1", rs[0], 15)
	f.wantBalance("r2", rs[1], 20)
	if got := new(big.Int).Sub(f.supply(), supply); got.Int64() != 35 {
		t.Errorf("supply grew by %v, want 35", got)
	}
	if got, ok, err := e.EpochTx(f.ctx, subnet, 1); err != nil || !ok || got != h {
		t.Errorf("EpochTx(1) = %s, %v, %v; want %s", got, ok, err, h)
	}
	// The Distributed event and one Transfer per entry.
	receipt, err := f.sim.Client().TransactionReceipt(f.ctx, h)
	if err != nil {
		t.Fatal(err)
	}
	tok, err := bindings.NewAgoraToken(f.c.Token.Address(), f.sim.Client())
	if err != nil {
		t.Fatal(err)
	}
	transfers := 0
	for _, l := range receipt.Logs {
		if ev, err := tok.ParseTransfer(*l); err == nil && l.Address == f.c.Token.Address() {
			if ev.From != (common.Address{}) || ev.To != rs[transfers] {
				t.Errorf("Transfer %d: %s -> %s", transfers, ev.From, ev.To)
			}
			transfers++
		}
	}
	if transfers != len(rs) {
		t.Errorf("%d Transfer events, want %d", transfers, len(rs))
	}

	tree := f.epochTree(map[common.Address]uint64{testAddr("x"): 1})
	h, err = e.Settle(f.ctx, f.settler, subnet, 1, tree.Root(), 1)
	wantRevert(t, "settle an epoch paid in push mode", h, err, chain.ErrEpochAlreadySettled, "EpochAlreadySettled")
	if _, err := e.Settle(f.ctx, f.settler, subnet, 2, tree.Root(), 1); err != nil {
		t.Fatalf("Settle(2): %v", err)
	}
	for _, epoch := range []uint64{2, 1} {
		h, err := e.Distribute(f.ctx, f.settler, subnet, epoch, rs[:1], []uint64{1})
		wantRevert(t, fmt.Sprintf("distribute epoch %d after settling 2", epoch), h, err, chain.ErrEpochAlreadySettled, "EpochAlreadySettled")
	}
	h, err = e.Distribute(f.ctx, f.alice, subnet, 3, rs[:1], []uint64{1})
	wantRevert(t, "distribute by a stranger", h, err, chain.ErrUnauthorized, "AccessControlUnauthorizedAccount")
	h, err = e.Distribute(f.ctx, f.settler, 99, 1, rs[:1], []uint64{1})
	wantRevert(t, "distribute on an unknown subnet", h, err, chain.ErrUnknownSubnet, "UnknownSubnet")
	h, err = e.Distribute(f.ctx, f.settler, subnet, 3, nil, nil)
	wantRevert(t, "distribute to nobody", h, err, chain.ErrReverted, "EmptyBatch")
	if _, err := e.Distribute(f.ctx, f.settler, subnet, 3, []common.Address{{}}, []uint64{1}); err == nil {
		t.Error("Distribute to the zero address was accepted by the client")
	}
	// Past the client, the contract refuses a zero recipient too.
	em, err := bindings.NewEmission(e.Address(), f.sim.Client())
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.mined(em.Distribute(f.opts(f.settler), subnet, 3, [][32]byte{chain.PackEntry(common.Address{}, 1)}))
	wantRevert(t, "distribute to the zero address", common.Hash{}, err, chain.ErrReverted, "ERC20InvalidReceiver")
	if _, err := e.Distribute(f.ctx, f.settler, subnet, 3, rs[1:2], []uint64{1}); err != nil {
		t.Fatalf("Distribute(3): %v", err)
	}
}

// TestEmissionRace sends two settlements of the same epoch into one block:
// one lands, the other fails on chain and says why.
func TestEmissionRace(t *testing.T) {
	f := newFixture(t)
	e := f.c.Emission
	subnet := f.newSubnet(f.deployer)
	tree := f.epochTree(map[common.Address]uint64{testAddr("a"): 1})
	type result struct {
		h   common.Hash
		err error
	}
	// Two leaders: independent clients with two settler keys (the admin
	// grants the role to a second one).
	other, err := chain.NewEmission(e.Address(), f.sim.Client())
	if err != nil {
		t.Fatal(err)
	}
	other2, err := chain.NewEmission(e.Address(), f.sim.Client())
	if err != nil {
		t.Fatal(err)
	}
	em, err := bindings.NewEmission(e.Address(), f.sim.Client())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.mined(em.GrantRole(f.opts(f.deployer), chain.SettlerRole, addrOf(f.bob))); err != nil {
		t.Fatalf("grant SETTLER_ROLE: %v", err)
	}
	results := make(chan result, 2)
	go func() {
		h, err := other.Settle(f.ctx, f.settler, subnet, 1, tree.Root(), 1)
		results <- result{h, err}
	}()
	go func() {
		h, err := other2.Settle(f.ctx, f.bob, subnet, 1, tree.Root(), 1)
		results <- result{h, err}
	}()
	r1, r2 := <-results, <-results
	if r1.err != nil {
		r1, r2 = r2, r1
	}
	if r1.err != nil {
		t.Fatalf("neither settlement succeeded: %v; %v", r1.err, r2.err)
	}
	if !errors.Is(r2.err, chain.ErrEpochAlreadySettled) {
		t.Fatalf("second settlement: %v, want ErrEpochAlreadySettled", r2.err)
	}
	t.Logf("settled by %s; the other: tx %s, %v", r1.h, r2.h, r2.err)
	if h, ok, err := e.EpochTx(f.ctx, subnet, 1); err != nil || !ok || h != r1.h {
		t.Fatalf("EpochTx = %s, %v, %v; want %s", h, ok, err, r1.h)
	}
	f.wantBalance("pool", e.Address(), 1)
}
