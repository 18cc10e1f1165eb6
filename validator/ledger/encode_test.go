package ledger

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"reflect"
	"slices"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/hashicorp/raft"
)

// referenceEncode is the former state encoding: json.Marshal of the whole
// snapshotFile, which writeState must reproduce byte for byte.
func referenceEncode(tb testing.TB, st *state, g Genesis) []byte {
	tb.Helper()
	f := snapshotFile{
		Format: snapshotFormat, Index: st.index, Block: st.block, Genesis: g,
		Nonces: make([]nonceEntry, 0, len(st.nonces)), StakeBlock: st.stakeBlock,
		Stakes: make([]Stake, 0, len(st.stakes)), Claims: st.claims.file(), Chain: st.chain.clone(), Subnets: st.subnets,
	}
	for a, n := range st.nonces {
		f.Nonces = append(f.Nonces, nonceEntry{a, n})
	}
	slices.SortFunc(f.Nonces, func(a, b nonceEntry) int { return a.Address.Cmp(b.Address) })
	for a, v := range st.stakes {
		f.Stakes = append(f.Stakes, Stake{a, v})
	}
	slices.SortFunc(f.Stakes, func(a, b Stake) int { return a.Hotkey.Cmp(b.Hotkey) })
	if f.Subnets == nil {
		f.Subnets = []*subnetState{}
	}
	data, err := json.Marshal(&f)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// fillRandom sets every settable field reachable from v to a random value,
// most of them nonzero, so that an encoder that forgets a field, or writes
// one in the wrong form, differs from encoding/json.
func fillRandom(r *rand.Rand, v reflect.Value) {
	strs := []string{"", "miner", "a b", "<script>&amp;", "quote\"back\\slash", "tab\there\nnl\r\b\f", "é€𝄞",
		"\u2028\u2029", "bad\xffutf8\xc3", "\x00\x1f\x7f", "0x" + testModelHash}
	switch v.Kind() {
	case reflect.Bool:
		v.SetBool(r.IntN(2) == 0)
	case reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(r.Uint64() >> (r.UintN(64)))
	case reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(r.Uint64()>>r.UintN(64)) - int64(r.Uint64()>>r.UintN(64)))
	case reflect.String:
		v.SetString(strs[r.IntN(len(strs))])
	case reflect.Array:
		for i := range v.Len() {
			fillRandom(r, v.Index(i))
		}
	case reflect.Slice:
		switch n := r.IntN(5); n {
		case 0: // nil
		default:
			s := reflect.MakeSlice(v.Type(), n-1, n-1)
			for i := range n - 1 {
				fillRandom(r, s.Index(i))
			}
			v.Set(s)
		}
	case reflect.Pointer:
		if r.IntN(3) > 0 {
			p := reflect.New(v.Type().Elem())
			fillRandom(r, p.Elem())
			v.Set(p)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fillRandom(r, v.Field(i))
			}
		}
	default:
		panic(fmt.Sprintf("fillRandom: %s", v.Type()))
	}
}

// The streamed encoding equals json.Marshal of snapshotFile on states whose
// every field is random (strings that need escaping, nil and empty slices,
// absent and present optional fields), and on the states random command
// sequences reach.
func TestStateEncodingMatchesJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	for i := range 300 {
		var g Genesis
		fillRandom(r, reflect.ValueOf(&g).Elem())
		st := &state{index: r.Uint64(), block: r.Uint64(), stakeBlock: r.Uint64(),
			nonces: map[common.Address]uint64{}, stakes: map[common.Address]uint64{}}
		st.claims.earned = map[common.Address]uint64{}
		for range r.IntN(4) {
			st.nonces[common.Address{byte(r.Uint32())}] = r.Uint64()
			st.stakes[common.Address{byte(r.Uint32()), 1}] = r.Uint64()
			st.claims.earned[common.Address{byte(r.Uint32()), 2}] = r.Uint64()
			st.claims.settlements = r.Uint64()
			st.claims.root = common.Hash{byte(r.Uint32()), 3}
			st.claims.emission = common.Address{byte(r.Uint32()), 4}
			st.chain = chainState{Through: r.Uint64(), LastBlock: r.Uint64(), LastIndex: r.Uint64(), Unmatched: r.Uint64(),
				Subnets: []ChainSubnet{{Subnet: uint16(r.Uint32()), Owner: common.Address{5}, Locked: r.Uint64()}}}
		}
		for range r.IntN(4) {
			s := new(subnetState)
			fillRandom(r, reflect.ValueOf(s).Elem())
			st.subnets = append(st.subnets, s)
		}
		if i%7 == 0 {
			st.subnets = nil
		}
		got, err := st.encode(g)
		if err != nil {
			t.Fatal(err)
		}
		if want := referenceEncode(t, st, g); !bytes.Equal(got, want) {
			t.Fatalf("state %d: encoding differs from json.Marshal:\ngot  %s\nwant %s", i, got, want)
		}
	}
	for seed := range uint64(2) {
		g := testGenesis(t)
		g.EpochHistory = 2
		h := randomSequence(t, seed, g)
		got, err := h.f.st.encode(h.f.genesis)
		if err != nil {
			t.Fatal(err)
		}
		if want := referenceEncode(t, h.f.st, h.f.genesis); !bytes.Equal(got, want) {
			t.Fatalf("seed %d: encoding differs from json.Marshal", seed)
		}
	}
}

// A snapshot captures the state when Snapshot returns: commands applied
// before Persist (raft persists on another goroutine while it applies)
// do not reach it.
func TestSnapshotIsolatedFromLaterApplies(t *testing.T) {
	for seed := range uint64(4) {
		g := testGenesis(t)
		g.EpochHistory = 1 + seed%2
		logs := randomSequence(t, seed, g).logs
		apply := func(f *FSM, from, to int) {
			for i := from; i < to; i++ {
				f.Apply(&raft.Log{Index: uint64(i) + 1, Type: raft.LogCommand, Data: logs[i]})
			}
		}
		for _, cut := range []int{len(logs) / 4, len(logs) / 2, 3 * len(logs) / 4} {
			ref := NewFSM(g)
			apply(ref, 0, cut)
			want := snapshotBytes(t, ref)

			f := NewFSM(g)
			apply(f, 0, cut)
			snap, err := f.Snapshot()
			if err != nil {
				t.Fatal(err)
			}
			// The rest runs every handler: it replaces, prunes, appends
			// to and deletes from what the snapshot copied.
			apply(f, cut, len(logs))
			var sink memSink
			if err := snap.Persist(&sink); err != nil {
				t.Fatal(err)
			}
			snap.Release()
			if !bytes.Equal(sink.Bytes(), want) {
				t.Fatalf("seed %d, snapshot after %d entries: it changed with the commands applied after it", seed, cut)
			}
			if bytes.Equal(snapshotBytes(t, f), want) {
				t.Fatal("the later commands changed nothing: the test proves nothing")
			}
		}
	}
}

// StateHash is cached per applied entry: it changes with every Apply and
// Restore, and concurrent readers agree.
func TestStateHashCache(t *testing.T) {
	g := testGenesis(t)
	h := newHarness(t, g)
	standardSubnet(h, testHyperparams())
	data := snapshotBytes(t, h.f)
	_, before := h.f.StateHash()
	if _, again := h.f.StateHash(); again != before {
		t.Fatal("StateHash changed without an Apply")
	}
	h.send(testKey(t, 30), TypeTick, Tick{Block: 9}) // rejected: index and nonce change
	_, after := h.f.StateHash()
	if after == before {
		t.Fatal("StateHash did not change after an Apply")
	}
	if err := h.f.Restore(io.NopCloser(bytes.NewReader(data))); err != nil {
		t.Fatal(err)
	}
	if _, restored := h.f.StateHash(); restored != before {
		t.Fatalf("after restoring the earlier snapshot: %s, want %s", restored.Hex(), before.Hex())
	}
	// Readers racing with Apply (for the race detector) each see the hash
	// of the index they report.
	var wg sync.WaitGroup
	type seen struct {
		index uint64
		hash  common.Hash
	}
	got := make([]seen, 8)
	for i := range got {
		wg.Go(func() { got[i].index, got[i].hash = h.f.StateHash() })
	}
	h.tickTo(3)
	wg.Wait()
	index, final := h.f.StateHash()
	for _, s := range got {
		if s.index == index && s.hash != final {
			t.Errorf("index %d: a reader got %s, want %s", index, s.hash.Hex(), final.Hex())
		}
	}
	h.f.mu.RLock()
	data, err := h.f.st.encode(h.f.genesis)
	h.f.mu.RUnlock()
	if err != nil {
		t.Fatal(err)
	}
	if want := common.Hash(sha256.Sum256(data)); final != want {
		t.Fatalf("StateHash %s, sha256 of the encoding %s", final.Hex(), want.Hex())
	}
}
