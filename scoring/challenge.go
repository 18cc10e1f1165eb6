package scoring

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"slices"
	"strconv"
)

// The compute challenge checks a miner's hardware claim. A validator sends
// a Challenge (a seed and a size N taken from the claimed HardwareClass);
// the miner computes C = A·B mod 2^32 for the seeded N×N matrices A and B
// and answers the Merkle root of C's rows; the validator then asks for K
// rows it picks with a private seed (OpenRows), and the miner sends them
// with their Merkle proofs. The validator recomputes those rows
// (RowChecker) and checks the proofs, and checks the time to the root
// against the class (ClaimHolds).
//
// All arithmetic is on uint32 with wrap-around, so the result and its root
// are the same on every machine, CPU or GPU.
//
// Cost. The miner does N³ multiply-adds. The validator generates B (N²
// words) and A's K rows (K·N words), does K·N² multiply-adds and hashes K
// rows plus K·log₂N proof nodes: about (K+1)/N of the miner's work, 3.5%
// for the cpu class (N = 256, K = 8) and 0.2% for N = 4096. Recomputing C
// would cost as much as the miner's work; Freivalds' check (C·r = A·(B·r)
// for a random r) costs 3·N² but needs all of C, N² words on the wire
// (64 MiB at N = 4096), where the row opening sends K·N words. A miner that
// computed only a share f of the rows passes K random openings with
// probability f^K (f = 1/2, K = 8: 0.4%); because the rows are picked after
// the root commits to them, it cannot grind for a lucky root.

// ClassCPU is the hardware class of a miner without a GPU.
const ClassCPU = "cpu"

// HardwareClass is a claimed hardware class and its challenge: matrices of
// size N and a time limit for the root, measured by the validator from
// sending the challenge to receiving the answer (network included).
type HardwareClass struct {
	Name      string
	N         int
	MaxMillis uint32
}

// DefaultHardwareClasses returns the classes a validator checks, weakest
// first: cpu (N 256 within 5 s, which any CPU meets) and the GPU classes
// named by memory, gpu-8gb … gpu-80gb, whose sizes and limits need
// hundreds of GOP/s of 32-bit integer throughput; a CPU does a few.
func DefaultHardwareClasses() []HardwareClass {
	return []HardwareClass{
		{Name: ClassCPU, N: 256, MaxMillis: 5000},
		{Name: "gpu-8gb", N: 2048, MaxMillis: 2000},
		{Name: "gpu-16gb", N: 2048, MaxMillis: 1000},
		{Name: "gpu-24gb", N: 4096, MaxMillis: 2000},
		{Name: "gpu-40gb", N: 4096, MaxMillis: 1000},
		{Name: "gpu-80gb", N: 4096, MaxMillis: 500},
	}
}

// FindClass returns the class called name.
func FindClass(classes []HardwareClass, name string) (HardwareClass, bool) {
	i := slices.IndexFunc(classes, func(c HardwareClass) bool { return c.Name == name })
	if i < 0 {
		return HardwareClass{}, false
	}
	return classes[i], true
}

// GPUClass names the class of a GPU with memoryMiB MiB: "gpu-<G>gb" for
// the largest G of 80, 40, 24, 16, 8 with memoryMiB ≥ G·1000 (cards are
// sold by decimal gigabytes and report a little less in MiB), and
// ClassCPU below 8 GB, too little to serve a model from.
func GPUClass(memoryMiB uint64) string {
	for _, g := range []uint64{80, 40, 24, 16, 8} {
		if memoryMiB >= g*1000 {
			return "gpu-" + strconv.FormatUint(g, 10) + "gb"
		}
	}
	return ClassCPU
}

// MaxChallengeN is the largest challenge size: three 4096×4096 uint32
// matrices are 192 MiB.
const MaxChallengeN = 4096

// Challenge is a compute challenge: the matrices A and B of size N×N drawn
// from Seed.
type Challenge struct {
	Seed [32]byte
	N    int
}

// ErrChallenge is wrapped by the errors of an invalid challenge or answer.
var ErrChallenge = errors.New("scoring: challenge")

// Validate checks that N is a power of two in [2, MaxChallengeN].
func (c Challenge) Validate() error {
	if c.N < 2 || c.N > MaxChallengeN || c.N&(c.N-1) != 0 {
		return fmt.Errorf("%w: size %d is not a power of two in [2, %d]", ErrChallenge, c.N, MaxChallengeN)
	}
	return nil
}

// matrixBase is the splitmix64 start of matrix "A" or "B": the first 8
// bytes of SHA-256("agora/challenge/v1/" ‖ name ‖ seed).
func (c Challenge) matrixBase(name string) uint64 {
	msg := append([]byte("agora/challenge/v1/"+name), c.Seed[:]...)
	sum := sha256.Sum256(msg)
	return binary.BigEndian.Uint64(sum[:8])
}

// splitmix64 constants.
const (
	golden = 0x9e3779b97f4a7c15
	mixA   = 0xbf58476d1ce4e5b9
	mixB   = 0x94d049bb133111eb
)

// entry is the high half of splitmix64's output for counter k from base:
// z = base + (k+1)·golden, then z ^= z>>30, z *= mixA, z ^= z>>27,
// z *= mixB, z ^= z>>31.
func entry(base uint64, k int) uint32 {
	z := base + uint64(k+1)*golden
	z = (z ^ z>>30) * mixA
	z = (z ^ z>>27) * mixB
	z ^= z >> 31
	return uint32(z >> 32)
}

// fillRows writes rows [lo, hi) of the matrix drawn from base into dst
// (len (hi−lo)·n): entry (i, j) is entry(base, i·n + j).
func fillRows(base uint64, n, lo, hi int, dst []uint32) {
	for k := range dst[:(hi-lo)*n] {
		dst[k] = entry(base, lo*n+k)
	}
}

// Matrices returns A and B in row-major order. The challenge must be valid.
func (c Challenge) Matrices() (a, b []uint32) {
	a = make([]uint32, c.N*c.N)
	b = make([]uint32, c.N*c.N)
	fillRows(c.matrixBase("A"), c.N, 0, c.N, a)
	fillRows(c.matrixBase("B"), c.N, 0, c.N, b)
	return a, b
}

// MulRows computes rows [lo, hi) of C = A·B mod 2^32 into c (row-major,
// len n·n), for n×n row-major a and b:
//
//	C[i][j] = Σₖ A[i][k]·B[k][j]  (uint32, wrapping)
//
// Callers may run disjoint row ranges concurrently.
func MulRows(a, b []uint32, n, lo, hi int, c []uint32) {
	for i := lo; i < hi; i++ {
		row := c[i*n : i*n+n]
		clear(row)
		for k, aik := range a[i*n : i*n+n] {
			brow := b[k*n : k*n+n]
			brow = brow[:len(row)]
			for j := range row {
				row[j] += aik * brow[j]
			}
		}
	}
}

// RowLeaf is the Merkle leaf of a row: SHA-256(0x00 ‖ the row's words as
// little-endian uint32).
func RowLeaf(row []uint32) [32]byte {
	buf := make([]byte, 1+4*len(row))
	for j, v := range row {
		binary.LittleEndian.PutUint32(buf[1+4*j:], v)
	}
	return sha256.Sum256(buf)
}

// merkleNode is SHA-256(0x01 ‖ left ‖ right).
func merkleNode(l, r [32]byte) [32]byte {
	var buf [65]byte
	buf[0] = 1
	copy(buf[1:], l[:])
	copy(buf[33:], r[:])
	return sha256.Sum256(buf[:])
}

// MerkleTree holds every level of a Merkle tree over a power-of-two
// number of leaves: levels[0] are the leaves, the last level the root.
type MerkleTree struct {
	levels [][][32]byte
}

// NewMerkleTree builds the tree over leaves, whose count must be a power
// of two (at least 1).
func NewMerkleTree(leaves [][32]byte) (*MerkleTree, error) {
	n := len(leaves)
	if n == 0 || n&(n-1) != 0 {
		return nil, fmt.Errorf("%w: %d leaves is not a power of two", ErrChallenge, n)
	}
	t := &MerkleTree{levels: [][][32]byte{slices.Clone(leaves)}}
	for cur := t.levels[0]; len(cur) > 1; cur = t.levels[len(t.levels)-1] {
		next := make([][32]byte, len(cur)/2)
		for i := range next {
			next[i] = merkleNode(cur[2*i], cur[2*i+1])
		}
		t.levels = append(t.levels, next)
	}
	return t, nil
}

// Root returns the tree's root.
func (t *MerkleTree) Root() [32]byte { return t.levels[len(t.levels)-1][0] }

// Proof returns the sibling hashes from leaf i up to the root's children
// (log₂ n of them). i must be a leaf index.
func (t *MerkleTree) Proof(i int) [][32]byte {
	proof := make([][32]byte, 0, len(t.levels)-1)
	for _, level := range t.levels[:len(t.levels)-1] {
		proof = append(proof, level[i^1])
		i >>= 1
	}
	return proof
}

// VerifyMerkleProof reports whether proof shows leaf at index i of a tree
// of n leaves (a power of two) with the given root.
func VerifyMerkleProof(root, leaf [32]byte, i, n int, proof [][32]byte) bool {
	if n < 1 || n&(n-1) != 0 || i < 0 || i >= n || len(proof) != bits.Len(uint(n))-1 {
		return false
	}
	h := leaf
	for _, sib := range proof {
		if i&1 == 0 {
			h = merkleNode(h, sib)
		} else {
			h = merkleNode(sib, h)
		}
		i >>= 1
	}
	return h == root
}

// openLabel is the domain label of OpenRows' stream.
const openLabel = "agora/challenge-open/v1"

// OpenRows returns k distinct rows of [0, n) in ascending order, drawn by
// a partial Fisher–Yates shuffle over the SHA-256 stream of seed (the
// validator's private seed, revealed only after the root). k is clamped to
// [0, n].
func OpenRows(seed [32]byte, n, k int) []int {
	k = min(max(k, 0), max(n, 0))
	pool := make([]int, max(n, 0))
	for i := range pool {
		pool[i] = i
	}
	s := newStream(openLabel, seed)
	for i := range k {
		j := i + int(s.below(uint64(n-i)))
		pool[i], pool[j] = pool[j], pool[i]
	}
	out := pool[:k:k]
	slices.Sort(out)
	return out
}

// RowChecker recomputes single rows of a challenge's product: it draws B
// once (N² words) and then each row of C for N² multiply-adds, without
// the miner's N³.
type RowChecker struct {
	ch    Challenge
	aBase uint64
	b     []uint32
	aRow  []uint32
}

// NewRowChecker draws the challenge's B. The challenge must be valid.
func NewRowChecker(ch Challenge) *RowChecker {
	b := make([]uint32, ch.N*ch.N)
	fillRows(ch.matrixBase("B"), ch.N, 0, ch.N, b)
	return &RowChecker{ch: ch, aBase: ch.matrixBase("A"), b: b, aRow: make([]uint32, ch.N)}
}

// Row returns row i of C = A·B mod 2^32.
func (rc *RowChecker) Row(i int) []uint32 {
	n := rc.ch.N
	fillRows(rc.aBase, n, i, i+1, rc.aRow)
	row := make([]uint32, n)
	MulRows(rc.aRow, rc.b, n, 0, 1, row) // aRow is a 1×n matrix
	return row
}

// OpenedRow is a row of C the miner opened, with its Merkle proof.
type OpenedRow struct {
	Index int
	Row   []uint32
	Proof [][32]byte
}

// CheckOpening verifies the rows a miner opened against its root: exactly
// the rows asked for, in that order, each equal to the recomputed row and
// proved under root. It returns nil or an error wrapping ErrChallenge.
func (rc *RowChecker) CheckOpening(root [32]byte, asked []int, opened []OpenedRow) error {
	if len(opened) != len(asked) {
		return fmt.Errorf("%w: %d rows opened, %d asked", ErrChallenge, len(opened), len(asked))
	}
	n := rc.ch.N
	for k, o := range opened {
		switch {
		case o.Index != asked[k]:
			return fmt.Errorf("%w: row %d opened where %d was asked", ErrChallenge, o.Index, asked[k])
		case len(o.Row) != n:
			return fmt.Errorf("%w: row %d has %d words, want %d", ErrChallenge, o.Index, len(o.Row), n)
		case !slices.Equal(o.Row, rc.Row(o.Index)):
			return fmt.Errorf("%w: row %d is not row %d of A·B", ErrChallenge, o.Index, o.Index)
		case !VerifyMerkleProof(root, RowLeaf(o.Row), o.Index, n, o.Proof):
			return fmt.Errorf("%w: row %d does not hash to the root", ErrChallenge, o.Index)
		}
	}
	return nil
}

// ClaimHolds reports whether a miner's claim of class holds: its opened
// rows checked (rowsOK) and its root arrived within class.MaxMillis of the
// challenge being sent. A miner whose claim does not hold scores 0 on the
// subnet (MovingAverage.Weights' disqualified).
func ClaimHolds(class HardwareClass, elapsedMillis uint64, rowsOK bool) bool {
	return rowsOK && elapsedMillis <= uint64(class.MaxMillis)
}
