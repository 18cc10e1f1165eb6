package scoring

import (
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"testing"
)

func TestChallengeValidate(t *testing.T) {
	for n, ok := range map[int]bool{0: false, 1: false, 2: true, 3: false, 64: true, 100: false, 4096: true, 8192: false, -4: false} {
		err := Challenge{N: n}.Validate()
		if (err == nil) != ok || (err != nil && !errors.Is(err, ErrChallenge)) {
			t.Errorf("N %d: got %v, want ok %v", n, err, ok)
		}
	}
}

// product computes C the naive way: i-j-k order, uint64 accumulator
// reduced mod 2^32 at the end.
func product(a, b []uint32, n int) []uint32 {
	c := make([]uint32, n*n)
	for i := range n {
		for j := range n {
			var s uint64
			for k := range n {
				s += uint64(a[i*n+k]) * uint64(b[k*n+j])
			}
			c[i*n+j] = uint32(s)
		}
	}
	return c
}

func TestMulRowsNaive(t *testing.T) {
	for _, n := range []int{2, 8, 32} {
		ch := Challenge{Seed: [32]byte{byte(n)}, N: n}
		a, b := ch.Matrices()
		want := product(a, b, n)
		got := make([]uint32, n*n)
		MulRows(a, b, n, 0, n/2, got)
		MulRows(a, b, n, n/2, n, got)
		if !slices.Equal(got, want) {
			t.Errorf("N %d: MulRows differs from the naive product", n)
		}
		rc := NewRowChecker(ch)
		for i := range n {
			if !slices.Equal(rc.Row(i), want[i*n:i*n+n]) {
				t.Errorf("N %d: RowChecker row %d differs", n, i)
			}
		}
	}
}

// root computes a challenge's Merkle root as a miner does.
func root(t *testing.T, ch Challenge) ([]uint32, *MerkleTree) {
	t.Helper()
	a, b := ch.Matrices()
	c := make([]uint32, ch.N*ch.N)
	MulRows(a, b, ch.N, 0, ch.N, c)
	leaves := make([][32]byte, ch.N)
	for i := range leaves {
		leaves[i] = RowLeaf(c[i*ch.N : i*ch.N+ch.N])
	}
	tree, err := NewMerkleTree(leaves)
	if err != nil {
		t.Fatal(err)
	}
	return c, tree
}

// TestChallengeGolden pins the matrices, the product and the root, which
// must be the same on every machine. The values were computed by an
// independent Python implementation of the spec (hashlib, big integers).
func TestChallengeGolden(t *testing.T) {
	ch := Challenge{Seed: [32]byte{0xa9}, N: 4}
	a, b := ch.Matrices()
	if got, want := a[:4], []uint32{3146963044, 2075176817, 111276878, 2788521726}; !slices.Equal(got, want) {
		t.Errorf("A row 0 = %v, want %v", got, want)
	}
	if got, want := b[:4], []uint32{3853957481, 3762492620, 2822283603, 100547774}; !slices.Equal(got, want) {
		t.Errorf("B row 0 = %v, want %v", got, want)
	}
	_, tree := root(t, ch)
	r := tree.Root()
	if got, want := hex.EncodeToString(r[:]), "684fa9debcc8aeae16704ca0c17a7a854851148ee41b80613d82ea55f7746440"; got != want {
		t.Errorf("root = %s, want %s", got, want)
	}
}

func TestMerkleProofs(t *testing.T) {
	ch := Challenge{Seed: [32]byte{3}, N: 16}
	c, tree := root(t, ch)
	r := tree.Root()
	for i := range ch.N {
		leaf := RowLeaf(c[i*16 : i*16+16])
		proof := tree.Proof(i)
		if !VerifyMerkleProof(r, leaf, i, 16, proof) {
			t.Errorf("row %d: proof does not verify", i)
		}
		if VerifyMerkleProof(r, leaf, i^1, 16, proof) {
			t.Errorf("row %d: proof verifies at index %d", i, i^1)
		}
		bad := slices.Clone(proof)
		bad[len(bad)-1][0] ^= 1
		if VerifyMerkleProof(r, leaf, i, 16, bad) {
			t.Errorf("row %d: tampered proof verifies", i)
		}
		if VerifyMerkleProof(r, leaf, i, 16, proof[:len(proof)-1]) || VerifyMerkleProof(r, leaf, i, 15, proof) || VerifyMerkleProof(r, leaf, 16, 16, proof) {
			t.Errorf("row %d: a malformed proof verifies", i)
		}
	}
	if _, err := NewMerkleTree(make([][32]byte, 3)); !errors.Is(err, ErrChallenge) {
		t.Errorf("3 leaves: got %v", err)
	}
	one, err := NewMerkleTree([][32]byte{{1}})
	if err != nil || one.Root() != [32]byte{1} || len(one.Proof(0)) != 0 || !VerifyMerkleProof([32]byte{1}, [32]byte{1}, 0, 1, nil) {
		t.Errorf("one leaf: %v", err)
	}
}

func TestOpenRows(t *testing.T) {
	for _, tt := range []struct{ n, k, want int }{{16, 8, 8}, {4, 8, 4}, {16, 0, 0}, {16, -1, 0}, {0, 3, 0}} {
		got := OpenRows([32]byte{9}, tt.n, tt.k)
		if len(got) != tt.want || !slices.IsSorted(got) || len(slices.Compact(slices.Clone(got))) != len(got) {
			t.Errorf("OpenRows(%d, %d) = %v, want %d distinct sorted rows", tt.n, tt.k, got, tt.want)
		}
		for _, r := range got {
			if r < 0 || r >= tt.n {
				t.Errorf("OpenRows(%d, %d) = %v: out of range", tt.n, tt.k, got)
			}
		}
	}
	if a, b := OpenRows([32]byte{1}, 256, 8), OpenRows([32]byte{2}, 256, 8); slices.Equal(a, b) {
		t.Errorf("two seeds open the same rows %v", a)
	}
}

func TestCheckOpening(t *testing.T) {
	ch := Challenge{Seed: [32]byte{4}, N: 32}
	c, tree := root(t, ch)
	r := tree.Root()
	asked := OpenRows([32]byte{5}, 32, 4)
	open := func() []OpenedRow {
		out := make([]OpenedRow, len(asked))
		for k, i := range asked {
			out[k] = OpenedRow{Index: i, Row: slices.Clone(c[i*32 : i*32+32]), Proof: tree.Proof(i)}
		}
		return out
	}
	rc := NewRowChecker(ch)
	if err := rc.CheckOpening(r, asked, open()); err != nil {
		t.Fatalf("honest opening: %v", err)
	}
	tests := []struct {
		name string
		edit func([]OpenedRow) []OpenedRow
	}{
		{"missing row", func(o []OpenedRow) []OpenedRow { return o[:3] }},
		{"other row", func(o []OpenedRow) []OpenedRow { o[0].Index ^= 1; return o }},
		{"short row", func(o []OpenedRow) []OpenedRow { o[1].Row = o[1].Row[:31]; return o }},
		{"wrong value", func(o []OpenedRow) []OpenedRow { o[2].Row[5]++; return o }},
		{"bad proof", func(o []OpenedRow) []OpenedRow { o[3].Proof[0][0] ^= 1; return o }},
	}
	for _, tt := range tests {
		if err := rc.CheckOpening(r, asked, tt.edit(open())); !errors.Is(err, ErrChallenge) {
			t.Errorf("%s: got %v, want an ErrChallenge", tt.name, err)
		}
	}
	// A correct row under another root (a miner that answered a root it
	// did not compute) fails.
	if err := rc.CheckOpening([32]byte{1}, asked, open()); !errors.Is(err, ErrChallenge) {
		t.Errorf("wrong root: got %v", err)
	}
}

func TestClaimHolds(t *testing.T) {
	cls := HardwareClass{Name: "gpu-24gb", N: 4096, MaxMillis: 2000}
	for _, tt := range []struct {
		ms   uint64
		ok   bool
		want bool
	}{{10, true, true}, {2000, true, true}, {2001, true, false}, {10, false, false}} {
		if got := ClaimHolds(cls, tt.ms, tt.ok); got != tt.want {
			t.Errorf("ClaimHolds(%d ms, rows %v) = %v, want %v", tt.ms, tt.ok, got, tt.want)
		}
	}
}

func TestHardwareClasses(t *testing.T) {
	for _, tt := range []struct {
		mib  uint64
		want string
	}{{0, "cpu"}, {4096, "cpu"}, {7999, "cpu"}, {8192, "gpu-8gb"}, {16384, "gpu-16gb"}, {24564, "gpu-24gb"},
		{40960, "gpu-40gb"}, {81559, "gpu-80gb"}, {196608, "gpu-80gb"}} {
		if got := GPUClass(tt.mib); got != tt.want {
			t.Errorf("GPUClass(%d) = %q, want %q", tt.mib, got, tt.want)
		}
	}
	classes := DefaultHardwareClasses()
	for _, c := range classes {
		if err := (Challenge{N: c.N}).Validate(); err != nil || c.MaxMillis == 0 {
			t.Errorf("class %+v: %v", c, err)
		}
		if got, ok := FindClass(classes, c.Name); !ok || got != c {
			t.Errorf("FindClass(%q) = %+v, %v", c.Name, got, ok)
		}
	}
	for _, name := range []string{"gpu-8gb", "gpu-16gb", "gpu-24gb", "gpu-40gb", "gpu-80gb", "cpu"} {
		if _, ok := FindClass(classes, name); !ok {
			t.Errorf("no class %q", name)
		}
	}
	if _, ok := FindClass(classes, "tpu"); ok {
		t.Error("found class tpu")
	}
}

func BenchmarkMulRows256(b *testing.B) {
	ch := Challenge{N: 256}
	x, y := ch.Matrices()
	c := make([]uint32, 256*256)
	b.SetBytes(256 * 256 * 256) // multiply-adds, reported as "bytes"
	for b.Loop() {
		MulRows(x, y, 256, 0, 256, c)
	}
}

// BenchmarkChallenge compares the miner's work (the product and its row
// tree) with the validator's check (drawing B, recomputing 8 rows,
// verifying their proofs) for the cpu class size and a larger one.
func BenchmarkChallenge(b *testing.B) {
	for _, n := range []int{256, 1024} {
		ch := Challenge{Seed: [32]byte{1}, N: n}
		a, bm := ch.Matrices()
		c := make([]uint32, n*n)
		leaves := make([][32]byte, n)
		b.Run(fmt.Sprintf("miner/N=%d", n), func(b *testing.B) {
			for b.Loop() {
				MulRows(a, bm, n, 0, n, c)
				for i := range leaves {
					leaves[i] = RowLeaf(c[i*n : i*n+n])
				}
				if _, err := NewMerkleTree(leaves); err != nil {
					b.Fatal(err)
				}
			}
		})
		tree, _ := NewMerkleTree(leaves)
		asked := OpenRows([32]byte{2}, n, 8)
		opened := make([]OpenedRow, len(asked))
		for k, i := range asked {
			opened[k] = OpenedRow{Index: i, Row: c[i*n : i*n+n], Proof: tree.Proof(i)}
		}
		b.Run(fmt.Sprintf("validator/N=%d/K=8", n), func(b *testing.B) {
			for b.Loop() {
				if err := NewRowChecker(ch).CheckOpening(tree.Root(), asked, opened); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
