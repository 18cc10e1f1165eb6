package chain_test

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agora-net/agora/chain"
	"github.com/agora-net/agora/chain/bindings"
)

// epochTree builds subnet's tree of cumulative amounts (account -> amount).
func (f *fixture) epochTree(subnet uint16, cumulative map[common.Address]uint64) *chain.MerkleTree {
	f.t.Helper()
	domain, err := f.c.Emission.Domain(f.ctx, subnet)
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

// claim claims account's amount in tree, sent by sender.
func (f *fixture) claim(sender *chain.Emission, subnet uint16, tree *chain.MerkleTree, account common.Address) (common.Hash, error) {
	f.t.Helper()
	cumulative, proof, err := tree.Proof(account)
	if err != nil {
		f.t.Fatal(err)
	}
	return sender.Claim(f.ctx, f.alice, subnet, account, cumulative, proof)
}

// TestSettleAndClaim settles three epochs of a subnet and has accounts
// claim one epoch, several at once, and against the previous root.
func TestSettleAndClaim(t *testing.T) {
	f := newFixture(t)
	e := f.c.Emission
	subnet := f.newSubnet(f.deployer)
	m1, m2, v := testAddr("miner 1"), testAddr("miner 2"), testAddr("validator")

	if last, err := e.LastSettledEpoch(f.ctx, subnet); err != nil || last != 0 {
		t.Fatalf("LastSettledEpoch before any = %d, %v", last, err)
	}
	supply0 := f.supply()
	t1 := f.epochTree(subnet, map[common.Address]uint64{m1: 300, m2: 200, v: 500})
	h1, err := e.Settle(f.ctx, f.settler, subnet, 1, t1.Root(), 1000)
	if err != nil {
		t.Fatalf("Settle(1): %v", err)
	}
	if last, err := e.LastSettledEpoch(f.ctx, subnet); err != nil || last != 1 {
		t.Fatalf("LastSettledEpoch = %d, %v; want 1", last, err)
	}
	f.wantBalance("emission pool after epoch 1", e.Address(), 1000)
	if got := new(big.Int).Sub(f.supply(), supply0); got.Int64() != 1000 {
		t.Errorf("supply grew by %v, want 1000", got)
	}
	if root, prev, err := e.Roots(f.ctx, subnet); err != nil || root != t1.Root() || prev != (common.Hash{}) {
		t.Errorf("Roots = %s, %s, %v; want %s, 0", root, prev, err, t1.Root())
	}
	if h, ok, err := e.EpochTx(f.ctx, subnet, 1); err != nil || !ok || h != h1 {
		t.Errorf("EpochTx(1) = %s, %v, %v; want %s", h, ok, err, h1)
	}

	// m1 claims epoch 1.
	if _, err := f.claim(e, subnet, t1, m1); err != nil {
		t.Fatalf("claim m1 epoch 1: %v", err)
	}
	f.wantBalance("m1 after its first claim", m1, 300)
	f.wantBalance("pool after m1's claim", e.Address(), 700)

	// Epoch 2: m1 +100, m2 +100, v +300.
	t2 := f.epochTree(subnet, map[common.Address]uint64{m1: 400, m2: 300, v: 800})
	if _, err := e.Settle(f.ctx, f.settler, subnet, 2, t2.Root(), 500); err != nil {
		t.Fatalf("Settle(2): %v", err)
	}
	// m1 claims again: only the difference.
	if _, err := f.claim(e, subnet, t2, m1); err != nil {
		t.Fatalf("claim m1 epoch 2: %v", err)
	}
	f.wantBalance("m1 after its second claim", m1, 400)
	// v claims with a proof of the previous root (built before epoch 2 was
	// settled): still accepted, for what that tree says.
	if _, err := f.claim(e, subnet, t1, v); err != nil {
		t.Fatalf("claim v against the previous root: %v", err)
	}
	f.wantBalance("v after a claim against the previous root", v, 500)

	// Epoch 3: m2 collects epochs 1 to 3 in one claim.
	t3 := f.epochTree(subnet, map[common.Address]uint64{m1: 450, m2: 350, v: 1200})
	if _, err := e.Settle(f.ctx, f.settler, subnet, 3, t3.Root(), 500); err != nil {
		t.Fatalf("Settle(3): %v", err)
	}
	if _, err := f.claim(e, subnet, t3, m2); err != nil {
		t.Fatalf("claim m2 epochs 1-3: %v", err)
	}
	f.wantBalance("m2 after one claim of three epochs", m2, 350)
	// A proof two roots old no longer counts.
	h, err := f.claim(e, subnet, t1, m2)
	wantRevert(t, "claim against a root two settlements old", h, err, chain.ErrInvalidProof, "InvalidProof")
	if _, err := f.claim(e, subnet, t3, v); err != nil {
		t.Fatalf("claim v epoch 3: %v", err)
	}
	if _, err := f.claim(e, subnet, t3, m1); err != nil {
		t.Fatalf("claim m1 epoch 3: %v", err)
	}
	for _, c := range []struct {
		who  common.Address
		want uint64
	}{{m1, 450}, {m2, 350}, {v, 1200}} {
		f.wantBalance("final", c.who, c.want)
		if got, err := e.Claimed(f.ctx, subnet, c.who); err != nil || got.Uint64() != c.want {
			t.Errorf("Claimed(%s) = %v, %v; want %d", c.who, got, err, c.want)
		}
	}
	f.wantBalance("pool after every claim", e.Address(), 0)
}

// TestSettleReverts checks settle's refusals: the same or an earlier epoch,
// a caller without SETTLER_ROLE, an unknown subnet, a zero root.
func TestSettleReverts(t *testing.T) {
	f := newFixture(t)
	e := f.c.Emission
	subnet := f.newSubnet(f.deployer)
	tree := f.epochTree(subnet, map[common.Address]uint64{testAddr("a"): 10})
	if _, err := e.Settle(f.ctx, f.settler, subnet, 5, tree.Root(), 10); err != nil {
		t.Fatalf("Settle(5): %v", err)
	}
	for _, epoch := range []uint64{5, 4, 0} {
		h, err := e.Settle(f.ctx, f.settler, subnet, epoch, tree.Root(), 10)
		wantRevert(t, fmt.Sprintf("settle epoch %d after 5", epoch), h, err, chain.ErrEpochAlreadySettled, "EpochAlreadySettled")
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
	// An epoch with nothing earned still advances (total 0 mints nothing).
	supply := f.supply()
	if _, err := e.Settle(f.ctx, f.settler, subnet, 7, tree.Root(), 0); err != nil {
		t.Fatalf("Settle(7, total 0): %v", err)
	}
	if f.supply().Cmp(supply) != 0 {
		t.Errorf("a zero total changed the supply")
	}
}

// TestClaimReverts checks claim's refusals: a wrong amount (over-claim), a
// proof for another account or subnet, a claim already made, a tree whose
// total the settlement did not cover.
func TestClaimReverts(t *testing.T) {
	f := newFixture(t)
	e := f.c.Emission
	s1, s2 := f.newSubnet(f.deployer), f.newSubnet(f.deployer)
	a, b := testAddr("a"), testAddr("b")
	t1 := f.epochTree(s1, map[common.Address]uint64{a: 100, b: 50})
	if _, err := e.Settle(f.ctx, f.settler, s1, 1, t1.Root(), 150); err != nil {
		t.Fatal(err)
	}
	cum, proof, err := t1.Proof(a)
	if err != nil {
		t.Fatal(err)
	}
	h, err := e.Claim(f.ctx, f.alice, s1, a, cum+1, proof)
	wantRevert(t, "over-claim: more than the tree says", h, err, chain.ErrInvalidProof, "InvalidProof")
	h, err = e.Claim(f.ctx, f.alice, s1, b, cum, proof)
	wantRevert(t, "a's proof for b", h, err, chain.ErrInvalidProof, "InvalidProof")
	h, err = e.Claim(f.ctx, f.alice, s1, a, cum, proof[:0])
	wantRevert(t, "a truncated proof", h, err, chain.ErrInvalidProof, "InvalidProof")
	// The same amounts settled on another subnet: wrong subnet.
	if _, err := e.Settle(f.ctx, f.settler, s2, 1, f.epochTree(s2, map[common.Address]uint64{a: 100, b: 50}).Root(), 0); err != nil {
		t.Fatal(err)
	}
	h, err = e.Claim(f.ctx, f.alice, s2, a, cum, proof)
	wantRevert(t, "a proof of one subnet claimed on another", h, err, chain.ErrInvalidProof, "InvalidProof")
	h, err = e.Claim(f.ctx, f.alice, 77, a, cum, proof)
	wantRevert(t, "claim on a subnet never settled", h, err, chain.ErrInvalidProof, "InvalidProof")

	if _, err := e.Claim(f.ctx, f.alice, s1, a, cum, proof); err != nil {
		t.Fatalf("claim: %v", err)
	}
	h, err = e.Claim(f.ctx, f.alice, s1, a, cum, proof)
	wantRevert(t, "claim twice", h, err, chain.ErrNothingToClaim, "NothingToClaim")

	// A settlement whose total is short of what its tree hands out: the
	// claims stop when the contract's balance runs out.
	s3 := f.newSubnet(f.deployer)
	t3 := f.epochTree(s3, map[common.Address]uint64{testAddr("c"): 1_000_000})
	if _, err := e.Settle(f.ctx, f.settler, s3, 1, t3.Root(), 1); err != nil {
		t.Fatal(err)
	}
	h, err = f.claim(e, s3, t3, testAddr("c"))
	wantRevert(t, "over-claim: beyond what was settled", h, err, chain.ErrInsufficientBalance, "ERC20InsufficientBalance")
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

	tree := f.epochTree(subnet, map[common.Address]uint64{testAddr("x"): 1})
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
	tree := f.epochTree(subnet, map[common.Address]uint64{testAddr("a"): 1})
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
