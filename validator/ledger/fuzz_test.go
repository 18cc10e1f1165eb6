package ledger

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/hashicorp/raft"
)

// fuzzTemplate returns a genesis and a snapshot of a ledger with subnet 1
// after one epoch (weights, bonds, an unsettled epoch record).
func fuzzTemplate(tb testing.TB) (Genesis, []byte) {
	g := testGenesis(tb)
	h := newHarness(tb, g)
	standardSubnet(h, testHyperparams())
	h.ok(testKey(tb, 1), TypeSetWeights, SetWeights{Subnet: 1, UIDs: []uint16{2, 3, 4}, Values: []uint16{1, 2, 3}})
	h.ok(testKey(tb, 2), TypeSetWeights, SetWeights{Subnet: 1, UIDs: []uint16{2, 3}, Values: []uint16{3, 1}})
	h.tickTo(10)
	return g, snapshotBytes(tb, h.f)
}

// checkRestorable snapshots f, restores the snapshot into a new FSM and
// requires the same state hash: the state satisfies every invariant that
// Restore checks.
func checkRestorable(t *testing.T, g Genesis, f *FSM) {
	t.Helper()
	data := snapshotBytes(t, f)
	r := NewFSM(g)
	if err := r.Restore(io.NopCloser(bytes.NewReader(data))); err != nil {
		t.Fatalf("state after an accepted command does not restore: %v", err)
	}
	_, h1 := f.StateHash()
	_, h2 := r.StateHash()
	if h1 != h2 {
		t.Fatalf("restored hash %s, want %s", h2.Hex(), h1.Hex())
	}
}

// FuzzApply feeds arbitrary bytes to Apply as a raw log entry (of an
// arbitrary log type) and as the payload of a correctly signed command of
// each type: Apply never panics, never reports an internal error, and
// leaves a state that snapshots and restores to the same hash.
func FuzzApply(f *testing.F) {
	g, template := fuzzTemplate(f)
	keys := []int{1, 2, 10, 20, 30}
	types := []string{TypeTick, TypeCreateSubnet, TypeRegister, TypeSetWeights, TypeSettle}
	f.Add([]byte(`{"block":11}`), uint8(0), uint8(0))
	f.Add([]byte(`{"id":2,"name":"b","task":"inference","model_hash":"`+testModelHash+`","hyperparams":{"tempo":1}}`), uint8(1), uint8(2))
	f.Add([]byte(`{"subnet":1,"role":"miner","axon":"h:1"}`), uint8(2), uint8(4))
	f.Add([]byte(`{"subnet":1,"uids":[0,2,3],"values":[0,9,65535]}`), uint8(3), uint8(1))
	f.Add([]byte(`{"subnet":1,"uids":[1],"values":[1]}`), uint8(3), uint8(3))
	f.Add([]byte(`{"subnet":1,"epoch":1,"tx":"0x`+strings.Repeat("ab", 32)+`"}`), uint8(4), uint8(1))
	f.Add([]byte(`{"type":"tick","version":1,"payload":{"block":11},"nonce":1,"signer":"0x00","signature":"0x00"}`), uint8(0), uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, kind, key uint8) {
		fsm := NewFSM(g)
		if err := fsm.Restore(io.NopCloser(bytes.NewReader(template))); err != nil {
			t.Fatal(err)
		}
		index := fsm.AppliedIndex()
		apply := func(typ raft.LogType, d []byte) *Result {
			index++
			res, ok := fsm.Apply(&raft.Log{Index: index, Type: typ, Data: d}).(*Result)
			if !ok || res.Index != index {
				t.Fatalf("Apply returned %#v", res)
			}
			if errors.Is(res.Cause(), ErrInternal) {
				t.Fatalf("internal error: %s", res.Err)
			}
			return res
		}
		apply(raft.LogType(kind%8), data)
		if res := apply(raft.LogCommand, data); res.Err == "" {
			checkRestorable(t, g, fsm)
		}
		if len(data) > MaxPayloadSize {
			return
		}
		k := testKey(t, keys[int(key)%len(keys)])
		env := &Envelope{Type: types[int(kind)%len(types)], Version: Version, Payload: data, Nonce: fsm.Nonce(addrOf(k)) + 1}
		if err := env.Sign(k, testChainID); err != nil {
			return // not JSON: no payload hash to sign
		}
		encoded, err := json.Marshal(env)
		if err != nil {
			return
		}
		if res := apply(raft.LogCommand, encoded); res.Err == "" {
			checkRestorable(t, g, fsm)
		}
	})
}

// TestRandomCommandSequences applies long seeded random sequences of mostly
// valid commands (small subnets, so that pruning, replacement, epochs with
// and without weights, both Yuma variants and settlement all happen) and
// checks that replicas agree, snapshots restore to the same hash, and no
// epoch pays more than it emits.
func TestRandomCommandSequences(t *testing.T) {
	for seed := range uint64(4) {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			r := rand.New(rand.NewPCG(seed, 99))
			g := testGenesis(t)
			h := newHarness(t, g)
			pick := func(ks ...int) int { return ks[r.IntN(len(ks))] }
			accepted := map[string]int{}
			replaced := 0
			send := func(k int, typ string, payload any) {
				res := h.send(testKey(t, k), typ, payload)
				if errors.Is(res.Cause(), ErrInternal) {
					t.Fatal(res.Err)
				}
				if res.Err == "" {
					accepted[typ]++
					if v, ok := res.Value.(RegisterResult); ok && v.Replaced {
						replaced++
					}
				}
			}
			for step := range 400 {
				switch c := r.IntN(10); {
				case c < 3:
					send(pick(1, 2), TypeTick, Tick{Block: h.f.Block() + 1})
				case c == 3:
					hp := DefaultHyperparams()
					hp.Tempo = uint16(2 + r.IntN(5))
					hp.MaxAllowedUIDs = uint16(2 + r.IntN(6))
					hp.ImmunityPeriod = uint16(r.IntN(20))
					hp.WeightsRateLimit = uint64(r.IntN(3))
					hp.MinAllowedWeights = uint16(r.IntN(3))
					hp.Yuma3 = r.IntN(2) == 0
					hp.LiquidAlpha = r.IntN(3) == 0
					hp.OwnerCut = uint16(r.IntN(65536))
					hp.MaxAllowedValidators = uint16(1 + r.IntN(4))
					send(pick(10, 11), TypeCreateSubnet, CreateSubnet{ID: uint16(r.IntN(3)), Name: "s", Task: TaskInference, ModelHash: testModelHash, Hyperparams: hp})
				case c < 6:
					role := RoleMiner
					if r.IntN(3) == 0 {
						role = RoleValidator
					}
					send(pick(1, 2, 10, 11, 20+r.IntN(20)), TypeRegister, Register{Subnet: uint16(r.IntN(3)), Role: role})
				case c < 9:
					w := SetWeights{Subnet: uint16(r.IntN(3))}
					s, _ := h.f.Subnet(w.Subnet)
					perm := r.Perm(len(s.Neurons) + 1) // occasionally one uid too many
					n := r.IntN(len(perm) + 1)
					w.UIDs, w.Values = make([]uint16, n), make([]uint16, n)
					for i := range n {
						w.UIDs[i], w.Values[i] = uint16(perm[i]), uint16(r.IntN(65536))
					}
					send(pick(1, 2, 10, 20+r.IntN(20)), TypeSetWeights, w)
				default:
					send(pick(1, 2, 20), TypeSettle, Settle{Subnet: uint16(r.IntN(3)), Epoch: uint64(1 + r.IntN(4)), Tx: fmt.Sprintf("0x%064x", step)})
				}
				if res := h.f.Apply(&raft.Log{Index: h.index + 1, Type: raft.LogCommand, Data: nil}).(*Result); res.Err == "" {
					t.Fatal("empty entry accepted")
				}
				h.index++
				h.logs = append(h.logs, nil)
				if step%100 == 99 {
					checkRestorable(t, g, h.f)
					replica := h.replay(g)
					i1, h1 := h.f.StateHash()
					i2, h2 := replica.StateHash()
					if i1 != i2 || h1 != h2 {
						t.Fatalf("step %d: replica (%d, %s), want (%d, %s)", step, i2, h2.Hex(), i1, h1.Hex())
					}
				}
			}
			epochs := 0
			for _, s := range h.f.Subnets() {
				for _, rec := range h.f.Epochs(s.ID) {
					epochs++
					var sum uint64
					for _, p := range rec.Payouts {
						sum += p.Amount
					}
					if sum > rec.Emission || rec.OwnerCut != OwnerCut(rec.Emission, s.Hyperparams.OwnerCut) {
						t.Fatalf("subnet %d epoch %d pays %d of %d (cut %d)", s.ID, rec.Epoch, sum, rec.Emission, rec.OwnerCut)
					}
				}
			}
			for _, typ := range []string{TypeTick, TypeCreateSubnet, TypeRegister, TypeSetWeights, TypeSettle} {
				if accepted[typ] == 0 {
					t.Errorf("no %s accepted", typ)
				}
			}
			if epochs == 0 || replaced == 0 {
				t.Errorf("sequence too tame: %d epochs, %d replacements", epochs, replaced)
			}
			t.Logf("block %d, %d subnets, %d epochs, %d unsettled, %d replacements, accepted %v",
				h.f.Block(), len(h.f.Subnets()), epochs, len(h.f.Unsettled()), replaced, accepted)
		})
	}
}

// TestPurity: Apply's code reads no clock, no randomness, no environment
// and does no I/O beyond what raft hands it, and uses no floating point.
func TestPurity(t *testing.T) {
	forbidden := []string{"time", "math/rand", "math/rand/v2", "crypto/rand", "os", "os/exec", "log", "log/slog",
		"net/http", "io/ioutil", "unsafe", "runtime"}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, name, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if slices.Contains(forbidden, p) {
				t.Errorf("%s imports %s", name, p)
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.Ident:
				if x.Name == "float32" || x.Name == "float64" {
					t.Errorf("%s: uses %s", fset.Position(x.Pos()), x.Name)
				}
			case *ast.BasicLit:
				if x.Kind == token.FLOAT {
					t.Errorf("%s: float literal %s", fset.Position(x.Pos()), x.Value)
				}
			case *ast.GoStmt:
				t.Errorf("%s: starts a goroutine", fset.Position(x.Pos()))
			}
			return true
		})
	}
}
