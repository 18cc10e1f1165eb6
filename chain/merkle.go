package chain

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Merkle tree prefixes: the first byte hashed for a leaf and for an inner
// node, so that neither can pass for the other (RFC 6962's rule).
const (
	leafPrefix byte = 0x00
	nodePrefix byte = 0x01
)

// Errors returned by NewMerkleTree and (*MerkleTree).Proof.
var (
	// ErrEmptyTree: NewMerkleTree was given no leaves. A tree is settled
	// once something was earned.
	ErrEmptyTree = errors.New("chain: merkle tree without leaves")
	// ErrDuplicateAccount: an account appears in two leaves; sum its amounts
	// into one.
	ErrDuplicateAccount = errors.New("chain: account in two merkle leaves")
	// ErrZeroAccount: a leaf for the zero address, which the token cannot pay.
	ErrZeroAccount = errors.New("chain: merkle leaf for the zero address")
	// ErrEmissionAccount: a leaf for the domain's Emission contract, which
	// holds the unclaimed tokens and cannot claim (the token refuses it).
	ErrEmissionAccount = errors.New("chain: merkle leaf for the emission contract")
	// ErrNotInTree: Proof was asked for an account the tree does not hold.
	ErrNotInTree = errors.New("chain: account not in merkle tree")
)

// MerkleDomain is what every leaf of a tree binds besides the account and
// its amount: the chain and the Emission contract. A proof for one domain
// is useless in any other. An Emission contract has one tree for all
// subnets.
type MerkleDomain struct {
	// ChainID is the chain's EIP-155 id (block.chainid).
	ChainID uint64 `json:"chain_id"`
	// Emission is the Emission contract's address.
	Emission common.Address `json:"emission"`
}

// MerkleLeaf is one account's cumulative earnings across every subnet:
// everything it was ever allotted in Merkle mode, claimed or not, in base
// units.
type MerkleLeaf struct {
	Account    common.Address `json:"account"`
	Cumulative uint64         `json:"cumulative"`
}

// LeafHash returns the hash of a leaf, as the Emission contract's leafHash
// computes it:
//
//	keccak256(0x00 ‖ abi.encode(uint256 chainId, address emission, address account, uint256 cumulative))
//
// that is a zero byte followed by four 32-byte big-endian words (addresses
// left-padded with zeros), 129 bytes in all.
func LeafHash(d MerkleDomain, account common.Address, cumulative uint64) common.Hash {
	var buf [1 + 4*32]byte
	buf[0] = leafPrefix
	binary.BigEndian.PutUint64(buf[1+24:1+32], d.ChainID)
	copy(buf[1+32+12:1+64], d.Emission[:])
	copy(buf[1+64+12:1+96], account[:])
	binary.BigEndian.PutUint64(buf[1+96+24:1+128], cumulative)
	return crypto.Keccak256Hash(buf[:])
}

// NodeHash returns the hash of an inner node over children a and b, in
// either order:
//
//	keccak256(0x01 ‖ min(a, b) ‖ max(a, b))
//
// with the children compared as 256-bit big-endian numbers, 65 bytes in all.
func NodeHash(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	var buf [1 + 2*32]byte
	buf[0] = nodePrefix
	copy(buf[1:33], a[:])
	copy(buf[33:], b[:])
	return crypto.Keccak256Hash(buf[:])
}

// ComputeRoot hashes leaf up a proof, as the Emission contract does: h =
// NodeHash(h, p) for each p of the proof in order.
func ComputeRoot(leaf common.Hash, proof []common.Hash) common.Hash {
	h := leaf
	for _, p := range proof {
		h = NodeHash(h, p)
	}
	return h
}

// VerifyProof reports whether proof leads from leaf to root.
func VerifyProof(root, leaf common.Hash, proof []common.Hash) bool {
	return ComputeRoot(leaf, proof) == root
}

// MerkleTree is the tree of every account's cumulative earnings, across all
// subnets, built exactly as the Emission contract verifies it (one tree per
// Emission contract). The leaves are sorted by hash (ascending),
// so the same set of leaves gives the same root whatever order it came in;
// each level pairs its nodes left to right, and an odd node at the end of a
// level moves up unchanged. A tree is immutable and safe for concurrent use.
type MerkleTree struct {
	domain MerkleDomain
	leaves []MerkleLeaf           // sorted by leaf hash, as levels[0]
	levels [][]common.Hash        // levels[0] the leaf hashes, the last level the root
	index  map[common.Address]int // account -> position in leaves
}

// NewMerkleTree builds the tree of leaves for domain. The leaves may come in
// any order; every account must appear once and be neither the zero address
// (ErrZeroAccount) nor the domain's Emission contract (ErrEmissionAccount).
func NewMerkleTree(domain MerkleDomain, leaves []MerkleLeaf) (*MerkleTree, error) {
	if len(leaves) == 0 {
		return nil, ErrEmptyTree
	}
	type hashed struct {
		leaf MerkleLeaf
		hash common.Hash
	}
	hs := make([]hashed, len(leaves))
	seen := make(map[common.Address]struct{}, len(leaves))
	for i, l := range leaves {
		switch l.Account {
		case common.Address{}:
			return nil, ErrZeroAccount
		case domain.Emission:
			return nil, fmt.Errorf("%w: %s", ErrEmissionAccount, l.Account)
		}
		if _, dup := seen[l.Account]; dup {
			return nil, fmt.Errorf("%w: %s", ErrDuplicateAccount, l.Account)
		}
		seen[l.Account] = struct{}{}
		hs[i] = hashed{l, LeafHash(domain, l.Account, l.Cumulative)}
	}
	slices.SortFunc(hs, func(a, b hashed) int { return bytes.Compare(a.hash[:], b.hash[:]) })

	t := &MerkleTree{
		domain: domain,
		leaves: make([]MerkleLeaf, len(hs)),
		index:  make(map[common.Address]int, len(hs)),
	}
	level := make([]common.Hash, len(hs))
	for i, h := range hs {
		t.leaves[i] = h.leaf
		t.index[h.leaf.Account] = i
		level[i] = h.hash
	}
	t.levels = append(t.levels, level)
	for len(level) > 1 {
		next := make([]common.Hash, (len(level)+1)/2)
		for i := range next {
			if 2*i+1 < len(level) {
				next[i] = NodeHash(level[2*i], level[2*i+1])
			} else {
				next[i] = level[2*i]
			}
		}
		t.levels = append(t.levels, next)
		level = next
	}
	return t, nil
}

// Domain returns the domain the tree's leaves bind.
func (t *MerkleTree) Domain() MerkleDomain {
	return t.domain
}

// Root returns the tree's root, the value settled on chain.
func (t *MerkleTree) Root() common.Hash {
	return t.levels[len(t.levels)-1][0]
}

// Len returns the number of leaves.
func (t *MerkleTree) Len() int {
	return len(t.leaves)
}

// Leaves returns the leaves in tree order (sorted by leaf hash).
func (t *MerkleTree) Leaves() []MerkleLeaf {
	return slices.Clone(t.leaves)
}

// Proof returns account's cumulative amount and the proof of it: the
// sibling hashes from its leaf up to the root, at most ceil(log2(Len()))
// of them. It returns ErrNotInTree for an account without a leaf.
func (t *MerkleTree) Proof(account common.Address) (cumulative uint64, proof []common.Hash, err error) {
	i, ok := t.index[account]
	if !ok {
		return 0, nil, fmt.Errorf("%w: %s", ErrNotInTree, account)
	}
	for _, level := range t.levels[:len(t.levels)-1] {
		if sib := i ^ 1; sib < len(level) {
			proof = append(proof, level[sib])
		}
		i /= 2
	}
	return t.leaves[t.index[account]].Cumulative, proof, nil
}

// PackEntry packs a push-mode payment into the word Emission.distribute and
// AgoraToken.mintBatch take: the recipient in the high 160 bits, the amount
// in the low 96.
func PackEntry(recipient common.Address, amount uint64) [32]byte {
	var w [32]byte
	copy(w[:20], recipient[:])
	binary.BigEndian.PutUint64(w[24:], amount)
	return w
}
