package ledger

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/hashicorp/raft"
)

const testChainID uint64 = 1337

// Seeded test keys: testKey(n) is crypto.ToECDSA(sha256("test-key-n")).
// Keys 1 and 2 are the genesis validators of testGenesis, 10 a subnet owner,
// 20.. miners, 30.. outsiders.
func testKey(tb testing.TB, n int) *ecdsa.PrivateKey {
	tb.Helper()
	seed := sha256.Sum256([]byte(fmt.Sprintf("test-key-%d", n)))
	k, err := crypto.ToECDSA(seed[:])
	if err != nil {
		tb.Fatalf("test key %d: %v", n, err)
	}
	return k
}

func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

const (
	validatorStake1 = 3_000_000_000_000
	validatorStake2 = 1_000_000_000_000
)

func testGenesis(tb testing.TB) Genesis {
	return Genesis{
		ChainID: testChainID,
		Validators: []GenesisValidator{
			{Address: addrOf(testKey(tb, 1)), Stake: validatorStake1},
			{Address: addrOf(testKey(tb, 2)), Stake: validatorStake2},
		},
	}
}

// harness drives an FSM with signed commands the way raft would, and
// records every log entry it applied so that another FSM can replay them.
type harness struct {
	tb    testing.TB
	f     *FSM
	index uint64
	logs  [][]byte
}

func newHarness(tb testing.TB, g Genesis) *harness {
	return &harness{tb: tb, f: NewFSM(g)}
}

// signed returns the encoded envelope of a command signed by key with the
// key's next nonce (or the given nonce when nonce > 0).
func (h *harness) signed(key *ecdsa.PrivateKey, typ string, payload any, nonce uint64) []byte {
	h.tb.Helper()
	if nonce == 0 {
		nonce = h.f.Nonce(addrOf(key)) + 1
	}
	raw, err := json.Marshal(payload)
	if err != nil {
		h.tb.Fatal(err)
	}
	env := &Envelope{Type: typ, Version: Version, Payload: raw, Nonce: nonce}
	if err := env.Sign(key, testChainID); err != nil {
		h.tb.Fatal(err)
	}
	data, err := json.Marshal(env)
	if err != nil {
		h.tb.Fatal(err)
	}
	return data
}

// apply applies data as the next command log entry.
func (h *harness) apply(data []byte) *Result {
	h.tb.Helper()
	h.index++
	h.logs = append(h.logs, data)
	out := h.f.Apply(&raft.Log{Index: h.index, Type: raft.LogCommand, Data: data})
	res, ok := out.(*Result)
	if !ok {
		h.tb.Fatalf("Apply returned %T, want *Result", out)
	}
	if res.Index != h.index {
		h.tb.Fatalf("Result.Index = %d, want %d", res.Index, h.index)
	}
	if (res.Err == "") != (res.Cause() == nil) {
		h.tb.Fatalf("Result.Err %q disagrees with Cause %v", res.Err, res.Cause())
	}
	return res
}

// send signs and applies a command and returns its result.
func (h *harness) send(key *ecdsa.PrivateKey, typ string, payload any) *Result {
	h.tb.Helper()
	return h.apply(h.signed(key, typ, payload, 0))
}

// ok sends a command that must be accepted.
func (h *harness) ok(key *ecdsa.PrivateKey, typ string, payload any) *Result {
	h.tb.Helper()
	res := h.send(key, typ, payload)
	if res.Err != "" {
		h.tb.Fatalf("%s by %s: %s", typ, addrOf(key).Hex(), res.Err)
	}
	return res
}

// tickTo ticks (signed by validator key 1) until the block is b.
func (h *harness) tickTo(b uint64) {
	h.tb.Helper()
	v := testKey(h.tb, 1)
	for h.f.Block() < b {
		h.ok(v, TypeTick, Tick{Block: h.f.Block() + 1})
	}
}

// replay applies the harness's logs, with the same indexes, to a new FSM.
func (h *harness) replay(g Genesis) *FSM {
	h.tb.Helper()
	f := NewFSM(g)
	for i, data := range h.logs {
		f.Apply(&raft.Log{Index: uint64(i) + 1, Type: raft.LogCommand, Data: data})
	}
	return f
}

// memSink is an in-memory raft.SnapshotSink.
type memSink struct {
	bytes.Buffer
	closed, cancelled bool
}

func (s *memSink) ID() string    { return "mem" }
func (s *memSink) Cancel() error { s.cancelled = true; return nil }
func (s *memSink) Close() error  { s.closed = true; return nil }

// snapshotBytes takes and persists a snapshot of f.
func snapshotBytes(tb testing.TB, f *FSM) []byte {
	tb.Helper()
	snap, err := f.Snapshot()
	if err != nil {
		tb.Fatal(err)
	}
	defer snap.Release()
	var sink memSink
	if err := snap.Persist(&sink); err != nil {
		tb.Fatal(err)
	}
	if !sink.closed || sink.cancelled {
		tb.Fatalf("sink closed %v cancelled %v, want closed only", sink.closed, sink.cancelled)
	}
	return sink.Bytes()
}

// stateContent returns the canonical state encoding with the applied index
// and the nonces left out, and its sha256: the state hash of everything a
// rejected command must leave unchanged (the block, the stake table and
// the subnets).
func stateContent(tb testing.TB, f *FSM) (string, common.Hash) {
	tb.Helper()
	f.mu.RLock()
	defer f.mu.RUnlock()
	c := *f.st
	c.index, c.nonces = 0, nil
	data, err := c.encode(f.genesis)
	if err != nil {
		tb.Fatal(err)
	}
	return string(data), sha256.Sum256(data)
}

// testHyperparams are small-subnet parameters for tests: tempo 10, rate
// limit 1, commit-reveal off (as the devnet runs), an admin freeze window
// of 3 blocks (the default 10 would freeze a tempo-10 subnet for good),
// defaults otherwise.
func testHyperparams() Hyperparams {
	hp := DefaultHyperparams()
	hp.Tempo = 10
	hp.WeightsRateLimit = 1
	hp.CommitRevealEnabled = false
	hp.AdminFreezeWindow = 3
	return hp
}

// crHyperparams are testHyperparams with commit-reveal on.
func crHyperparams() Hyperparams {
	hp := testHyperparams()
	hp.CommitRevealEnabled = true
	return hp
}

const testModelHash = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"

// standardSubnet creates subnet 1 (owner key 10), registers the genesis
// validators 1 and 2 as validators and keys 20, 21, 22 as miners at block
// 0, and ticks to block 1.
func standardSubnet(h *harness, hp Hyperparams) {
	h.tb.Helper()
	h.ok(testKey(h.tb, 10), TypeCreateSubnet, CreateSubnet{ID: 1, Name: "text", Task: TaskInference, ModelHash: testModelHash, Hyperparams: hp})
	for _, k := range []int{1, 2} {
		h.ok(testKey(h.tb, k), TypeRegister, Register{Subnet: 1, Role: RoleValidator})
	}
	for i, k := range []int{20, 21, 22} {
		h.ok(testKey(h.tb, k), TypeRegister, Register{Subnet: 1, Role: RoleMiner, Axon: fmt.Sprintf("10.0.0.%d:9000", i+1)})
	}
	h.tickTo(1)
}

// allTypes lists every command type.
func allTypes() []string {
	return []string{TypeTick, TypeCreateSubnet, TypeRegister, TypeSetWeights, TypeSettle,
		TypeSetHyperparams, TypeServeAxon, TypeStakeSnapshot, TypeCommitWeights, TypeRevealWeights,
		TypeAddComparisons, TypeSubmitPreferences, TypeCommitFineTune, TypeReportEvidence, TypeSlash}
}

// testSalt is a 16-byte reveal salt.
func testSalt(b byte) []byte { return bytes.Repeat([]byte{b}, MinSaltLen) }

// patch builds a HyperparamsPatch from a JSON object, for tests.
func patch(tb testing.TB, js string) HyperparamsPatch {
	tb.Helper()
	var p HyperparamsPatch
	if err := json.Unmarshal([]byte(js), &p); err != nil {
		tb.Fatal(err)
	}
	return p
}

func ptr[T any](v T) *T { return &v }
