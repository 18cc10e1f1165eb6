package ledger

import (
	"bytes"
	"encoding/hex"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestCommitHash pins the byte layout documented on CommitHash.
func TestCommitHash(t *testing.T) {
	hotkey := common.HexToAddress("0x00112233445566778899aabbccddeeff00112233")
	salt := bytes.Repeat([]byte{0xab}, 16)
	layout, _ := hex.DecodeString("00112233445566778899aabbccddeeff00112233" + // hotkey
		"0007" + // subnet 7
		"0002" + "0001" + "0102" + // 2 uids: 1, 258
		"0002" + "ffff" + "0010" + // 2 values: 65535, 16
		"10" + "abababababababababababababababab" + // 16 bytes of salt
		"0000000000000009") // version key 9
	want := crypto.Keccak256Hash(layout)
	if got := CommitHash(hotkey, 7, []uint16{1, 258}, []uint16{65535, 16}, salt, 9); got != want {
		t.Fatalf("CommitHash = %s, want %s", got.Hex(), want.Hex())
	}
	const golden = "0xf403a24b963bd2875ef74d9bfdfef7b8d47da92b582b2fc864ac008b130707e0"
	if got := CommitHash(hotkey, 7, []uint16{1, 258}, []uint16{65535, 16}, salt, 9); got.Hex() != golden {
		t.Errorf("CommitHash = %s, want the pinned %s", got.Hex(), golden)
	}
	// Without the lengths these two reveals would encode to the same bytes.
	a := CommitHash(hotkey, 7, []uint16{1}, []uint16{2, 3}, salt, 9)
	b := CommitHash(hotkey, 7, []uint16{1, 2}, []uint16{3}, salt, 9)
	c := CommitHash(hotkey, 7, []uint16{1}, []uint16{2}, append([]byte{0, 3}, salt...), 9)
	if a == b || a == c || b == c {
		t.Fatal("different reveals share a commit hash")
	}
}

// TestCommitRevealMask: a revealed weight to a uid registered after the
// committer's earliest unexpired commit is dropped by the epoch (YUMA.md
// §4.6); one registered before it counts.
func TestCommitRevealMask(t *testing.T) {
	for _, tt := range []struct {
		secondCommit uint64 // block of the commit that is unexpired at epoch 2
		masked       bool
	}{{11, true}, {14, false}} {
		h := newHarness(t, testGenesis(t))
		standardSubnet(h, crHyperparams()) // uids 0, 1 validators, 2..4 miners; block 1
		v := testKey(t, 1)
		salt := testSalt(3)
		uids, values := []uint16{2, 5}, []uint16{1, 1} // uid 5 does not exist yet
		h.tickTo(2)
		h.ok(v, TypeCommitWeights, CommitWeights{Subnet: 1, Hash: CommitHash(addrOf(v), 1, uids, values, salt, 0)}) // epoch 0
		if tt.secondCommit < 12 {
			h.tickTo(tt.secondCommit)
			h.ok(v, TypeCommitWeights, CommitWeights{Subnet: 1, Hash: common.Hash{1}}) // epoch 1, before uid 5
		}
		h.tickTo(12)
		if r := h.ok(testKey(t, 23), TypeRegister, Register{Subnet: 1, Role: RoleMiner}); r.Value.(RegisterResult).UID != 5 {
			t.Fatalf("registered uid %d, want 5", r.Value.(RegisterResult).UID)
		}
		h.tickTo(13)
		h.ok(v, TypeRevealWeights, RevealWeights{Subnet: 1, UIDs: uids, Values: values, Salt: salt})
		if tt.secondCommit > 13 {
			h.tickTo(tt.secondCommit)
			h.ok(v, TypeCommitWeights, CommitWeights{Subnet: 1, Hash: common.Hash{1}}) // epoch 1, after uid 5
		}
		s, _ := h.f.Subnet(1)
		if c := s.Neurons[0].Commits; len(c) != 1 || c[0].Block != tt.secondCommit || c[0].Epoch != 1 {
			t.Fatalf("commits %+v, want one of epoch 1 at block %d", c, tt.secondCommit)
		}
		h.tickTo(20) // epoch 2: the epoch-1 commit is unexpired, so it sets the mask
		s, _ = h.f.Subnet(1)
		if s.EpochIndex != 2 || len(s.Neurons[0].Commits) != 1 {
			t.Fatalf("epoch index %d, commits %v; want 2 and the epoch-1 commit kept", s.EpochIndex, s.Neurons[0].Commits)
		}
		if got := s.Neurons[5].Incentive == 0; got != tt.masked || s.Neurons[2].Incentive == 0 {
			t.Errorf("second commit at %d: incentives uid 2 %d, uid 5 %d; want uid 5 masked %v",
				tt.secondCommit, s.Neurons[2].Incentive, s.Neurons[5].Incentive, tt.masked)
		}
		h.tickTo(30) // epoch 3 expires it
		if s, _ = h.f.Subnet(1); len(s.Neurons[0].Commits) != 0 {
			t.Errorf("commits %v after epoch 3, want none", s.Neurons[0].Commits)
		}
	}
}
