package chain_test

import (
	"encoding/json"
	"errors"
	"flag"
	"math/big"
	"math/bits"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/chain"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// randomLeaves returns n leaves with distinct pseudo-random accounts.
func randomLeaves(rng *rand.Rand, n int) []chain.MerkleLeaf {
	leaves := make([]chain.MerkleLeaf, n)
	for i := range leaves {
		var a common.Address
		for j := range a {
			a[j] = byte(rng.UintN(256))
		}
		a[0] |= 1 // never the zero address
		leaves[i] = chain.MerkleLeaf{Account: a, Cumulative: rng.Uint64N(1 << 40)}
	}
	return leaves
}

var testDomain = chain.MerkleDomain{ChainID: 1337, Emission: common.HexToAddress("0x00000000000000000000000000000000000a6012")}

// TestLeafHashEncoding checks LeafHash against an independent encoding of
// the documented format: 0x00 ‖ abi.encode(uint256, address, address,
// uint256).
func TestLeafHashEncoding(t *testing.T) {
	u256, _ := abi.NewType("uint256", "", nil)
	addr, _ := abi.NewType("address", "", nil)
	args := abi.Arguments{{Type: u256}, {Type: addr}, {Type: addr}, {Type: u256}}
	account := common.HexToAddress("0x1234567890abcdef1234567890abcdef12345678")
	for _, cum := range []uint64{0, 1, 1 << 63, 1<<64 - 1} {
		enc, err := args.Pack(bigOf(testDomain.ChainID), testDomain.Emission, account, bigOf(cum))
		if err != nil {
			t.Fatal(err)
		}
		want := crypto.Keccak256Hash(append([]byte{0x00}, enc...))
		if got := chain.LeafHash(testDomain, account, cum); got != want {
			t.Errorf("LeafHash(cumulative %d) = %s, want %s", cum, got, want)
		}
	}
	a, b := crypto.Keccak256Hash([]byte("a")), crypto.Keccak256Hash([]byte("b"))
	lo, hi := a, b
	if a.Big().Cmp(b.Big()) > 0 {
		lo, hi = b, a
	}
	want := crypto.Keccak256Hash([]byte{0x01}, lo[:], hi[:])
	if chain.NodeHash(a, b) != want || chain.NodeHash(b, a) != want {
		t.Errorf("NodeHash is not keccak256(0x01 ‖ min ‖ max)")
	}
}

// naiveRoot computes a tree's root the slow way: sort the leaf hashes, then
// pair neighbours level by level, carrying an odd last node up.
func naiveRoot(d chain.MerkleDomain, leaves []chain.MerkleLeaf) common.Hash {
	var level []common.Hash
	for _, l := range leaves {
		level = append(level, chain.LeafHash(d, l.Account, l.Cumulative))
	}
	for i := range level { // insertion sort, as plain as it gets
		for j := i; j > 0 && level[j].Big().Cmp(level[j-1].Big()) < 0; j-- {
			level[j], level[j-1] = level[j-1], level[j]
		}
	}
	for len(level) > 1 {
		var next []common.Hash
		for i := 0; i < len(level); i += 2 {
			if i+1 == len(level) {
				next = append(next, level[i])
			} else {
				next = append(next, chain.NodeHash(level[i], level[i+1]))
			}
		}
		level = next
	}
	return level[0]
}

// TestMerkleTreeProperties checks, for many sizes: the root equals the naive
// computation and does not depend on the order of the leaves; every leaf's
// proof verifies and is at most ceil(log2 n) long; a proof fails for
// another amount, account or domain.
func TestMerkleTreeProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{1, 2, 3, 4, 5, 7, 8, 9, 16, 31, 33, 100, 256, 257} {
		leaves := randomLeaves(rng, n)
		tree, err := chain.NewMerkleTree(testDomain, leaves)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := tree.Root(), naiveRoot(testDomain, leaves); got != want {
			t.Fatalf("n=%d: root %s, naive %s", n, got, want)
		}
		shuffled := append([]chain.MerkleLeaf(nil), leaves...)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if other, _ := chain.NewMerkleTree(testDomain, shuffled); other.Root() != tree.Root() {
			t.Fatalf("n=%d: the root depends on the leaves' order", n)
		}
		if tree.Len() != n || len(tree.Leaves()) != n {
			t.Fatalf("n=%d: Len %d", n, tree.Len())
		}
		maxLen := bits.Len(uint(n - 1))
		for _, l := range leaves {
			cum, proof, err := tree.Proof(l.Account)
			if err != nil || cum != l.Cumulative {
				t.Fatalf("n=%d: Proof(%s) = %d, %v", n, l.Account, cum, err)
			}
			if len(proof) > maxLen {
				t.Fatalf("n=%d: proof of %d hashes, more than %d", n, len(proof), maxLen)
			}
			leaf := chain.LeafHash(testDomain, l.Account, cum)
			if !chain.VerifyProof(tree.Root(), leaf, proof) {
				t.Fatalf("n=%d: the proof of %s does not verify", n, l.Account)
			}
			if chain.VerifyProof(tree.Root(), chain.LeafHash(testDomain, l.Account, cum+1), proof) {
				t.Fatalf("n=%d: a proof verifies another amount", n)
			}
			for _, other := range []chain.MerkleDomain{
				{ChainID: testDomain.ChainID + 1, Emission: testDomain.Emission},
				{ChainID: testDomain.ChainID, Emission: common.HexToAddress("0x00000000000000000000000000000000000a6013")},
			} {
				if chain.VerifyProof(tree.Root(), chain.LeafHash(other, l.Account, cum), proof) {
					t.Fatalf("n=%d: a proof verifies in domain %+v", n, other)
				}
			}
		}
	}
}

// TestMerkleTreeErrors checks the refused inputs.
func TestMerkleTreeErrors(t *testing.T) {
	a := common.HexToAddress("0x01")
	for _, c := range []struct {
		name   string
		leaves []chain.MerkleLeaf
		want   error
	}{
		{"empty", nil, chain.ErrEmptyTree},
		{"zero account", []chain.MerkleLeaf{{Cumulative: 1}}, chain.ErrZeroAccount},
		{"emission contract", []chain.MerkleLeaf{{Account: a, Cumulative: 1}, {Account: testDomain.Emission, Cumulative: 1}}, chain.ErrEmissionAccount},
		{"duplicate", []chain.MerkleLeaf{{Account: a, Cumulative: 1}, {Account: a, Cumulative: 2}}, chain.ErrDuplicateAccount},
	} {
		if _, err := chain.NewMerkleTree(testDomain, c.leaves); !errors.Is(err, c.want) {
			t.Errorf("%s: err %v, want %v", c.name, err, c.want)
		}
	}
	tree, err := chain.NewMerkleTree(testDomain, []chain.MerkleLeaf{{Account: a, Cumulative: 5}})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := tree.Proof(common.HexToAddress("0x02")); !errors.Is(err, chain.ErrNotInTree) {
		t.Errorf("Proof(absent) err = %v, want ErrNotInTree", err)
	}
	// A single leaf is its own root, with an empty proof.
	if cum, proof, err := tree.Proof(a); err != nil || cum != 5 || len(proof) != 0 || tree.Root() != chain.LeafHash(testDomain, a, 5) {
		t.Errorf("single leaf: %d, %v, %v; root %s", cum, proof, err, tree.Root())
	}
}

// merkleGolden is testdata/merkle.golden.json: a fixed tree, its root and
// proofs. A change of the leaf or node format changes them, and would make
// every settled root on chain unclaimable with new proofs.
type merkleGolden struct {
	Domain chain.MerkleDomain               `json:"domain"`
	Leaves []chain.MerkleLeaf               `json:"leaves"`
	Root   common.Hash                      `json:"root"`
	Proofs map[common.Address][]common.Hash `json:"proofs"`
}

func TestMerkleGolden(t *testing.T) {
	var leaves []chain.MerkleLeaf
	for i := 1; i <= 5; i++ {
		leaves = append(leaves, chain.MerkleLeaf{Account: common.BigToAddress(bigOf(uint64(i * 0x1111))), Cumulative: uint64(i) * 1_000_000_000})
	}
	tree, err := chain.NewMerkleTree(testDomain, leaves)
	if err != nil {
		t.Fatal(err)
	}
	got := merkleGolden{Domain: testDomain, Leaves: leaves, Root: tree.Root(), Proofs: map[common.Address][]common.Hash{}}
	for _, l := range leaves {
		_, proof, err := tree.Proof(l.Account)
		if err != nil {
			t.Fatal(err)
		}
		got.Proofs[l.Account] = proof
	}
	path := filepath.Join("testdata", "merkle.golden.json")
	data, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	data = append(data, '\n')
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./chain -run MerkleGolden -update)", err)
	}
	if string(want) != string(data) {
		t.Errorf("the tree differs from %s: the leaf or node format changed\ngot:\n%s", path, data)
	}
}

// TestMerkleMatchesContract settles trees of several sizes and checks,
// through eth_call, that the contract computes the same leaves and accepts
// every proof the Go side builds, against the current root and the
// previous one, and no tampered one.
func TestMerkleMatchesContract(t *testing.T) {
	f := newFixture(t)
	e := f.c.Emission
	rng := rand.New(rand.NewPCG(3, 4))
	subnet := f.newSubnet(f.deployer)
	domain, err := e.Domain(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if domain != (chain.MerkleDomain{ChainID: chain.SimChainID, Emission: e.Address()}) {
		t.Fatalf("Domain = %+v", domain)
	}
	var previous *chain.MerkleTree
	for epoch, n := range []int{1, 2, 3, 17, 64} {
		leaves := randomLeaves(rng, n)
		tree, err := chain.NewMerkleTree(domain, leaves)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := e.Settle(f.ctx, f.settler, subnet, uint64(epoch+1), tree.Root(), 0); err != nil {
			t.Fatal(err)
		}
		for i, l := range leaves {
			onChain, err := e.LeafHash(f.ctx, l.Account, l.Cumulative)
			if err != nil || onChain != chain.LeafHash(domain, l.Account, l.Cumulative) {
				t.Fatalf("n=%d: contract leaf %s, %v; Go leaf %s", n, onChain, err, chain.LeafHash(domain, l.Account, l.Cumulative))
			}
			cum, proof, _ := tree.Proof(l.Account)
			if ok, err := e.Verify(f.ctx, l.Account, cum, proof); err != nil || !ok {
				t.Fatalf("n=%d: the contract rejects leaf %d's proof: %v, %v", n, i, ok, err)
			}
			if ok, _ := e.Verify(f.ctx, l.Account, cum+1, proof); ok {
				t.Fatalf("n=%d: the contract accepts a tampered amount", n)
			}
			if len(proof) > 0 {
				bad := append([]common.Hash(nil), proof...)
				bad[len(bad)-1][0] ^= 1
				if ok, _ := e.Verify(f.ctx, l.Account, cum, bad); ok {
					t.Fatalf("n=%d: the contract accepts a tampered proof", n)
				}
			}
		}
		if previous != nil {
			for _, l := range previous.Leaves() {
				cum, proof, _ := previous.Proof(l.Account)
				if ok, err := e.Verify(f.ctx, l.Account, cum, proof); err != nil || !ok {
					t.Fatalf("n=%d: the contract rejects a proof of the previous root: %v, %v", n, ok, err)
				}
			}
		}
		previous = tree
		t.Logf("n=%d: %d proofs agree, root %s", n, n, tree.Root())
	}
}

func bigOf(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
