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
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/hashicorp/raft"
)

// fuzzTemplate returns a genesis and a snapshot of a ledger with subnet 1
// after one epoch (weights, bonds, an unsettled epoch record) and subnet 2
// with commit-reveal on, where validator key 1's commit of fuzzReveal is
// due for its reveal; the block is 11.
func fuzzTemplate(tb testing.TB) (Genesis, []byte) {
	g := testGenesis(tb)
	h := newHarness(tb, g)
	standardSubnet(h, testHyperparams())
	h.ok(testKey(tb, 10), TypeCreateSubnet, CreateSubnet{ID: 2, Name: "cr", Task: TaskInference, ModelHash: testModelHash, Hyperparams: crHyperparams()})
	for _, k := range []int{1, 2} {
		h.ok(testKey(tb, k), TypeRegister, Register{Subnet: 2, Role: RoleValidator})
	}
	for _, k := range []int{20, 21} {
		h.ok(testKey(tb, k), TypeRegister, Register{Subnet: 2, Role: RoleMiner})
	}
	h.ok(testKey(tb, 1), TypeSetWeights, SetWeights{Subnet: 1, UIDs: []uint16{2, 3, 4}, Values: []uint16{1, 2, 3}})
	h.ok(testKey(tb, 2), TypeSetWeights, SetWeights{Subnet: 1, UIDs: []uint16{2, 3}, Values: []uint16{3, 1}})
	h.tickTo(2) // past the registrations' rate limit
	r := fuzzReveal()
	h.ok(testKey(tb, 1), TypeCommitWeights, CommitWeights{Subnet: 2, Hash: CommitHash(addrOf(testKey(tb, 1)), 2, r.UIDs, r.Values, r.Salt, r.VersionKey)})
	h.tickTo(11) // subnet 1's epoch at 10, subnet 2's (created at 1) at 11
	return g, snapshotBytes(tb, h.f)
}

// fuzzReveal is the vector committed on the fuzz template's subnet 2.
func fuzzReveal() RevealWeights {
	return RevealWeights{Subnet: 2, UIDs: []uint16{2, 3}, Values: []uint16{5, 9}, Salt: testSalt(1)}
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
// each type: Apply never panics, never reports an internal error, a
// rejected command leaves the state (but the index and nonces) unchanged,
// and an accepted one leaves a state that snapshots and restores to the
// same hash.
func FuzzApply(f *testing.F) {
	g, template := fuzzTemplate(f)
	keys := []int{1, 2, 10, 20, 30}
	types := allTypes()
	reveal, _ := json.Marshal(fuzzReveal())
	f.Add([]byte(`{"block":12}`), uint8(0), uint8(0))
	f.Add([]byte(`{"id":2,"name":"b","task":"inference","model_hash":"`+testModelHash+`","hyperparams":{"tempo":1}}`), uint8(1), uint8(2))
	f.Add([]byte(`{"id":3,"name":"b","task":"inference","model_hash":"`+testModelHash+`","hyperparams":{"tempo":1,"burn_increase_mult":"2.5"}}`), uint8(1), uint8(2))
	f.Add([]byte(`{"id":4,"name":"f","task":"fine-tune","model_hash":"`+testModelHash+`","model_url":"https://m.example/x",`+
		`"datasets":[{"name":"eval","hash":"`+testModelHash+`"}],"scoring":{"held_out_dataset":"eval"}}`), uint8(1), uint8(2))
	f.Add([]byte(`{"subnet":1,"role":"miner","axon":"10.1.2.3:1","max_burn":5000000000}`), uint8(2), uint8(4))
	f.Add([]byte(`{"subnet":1,"uids":[0,2,3],"values":[0,9,65535]}`), uint8(3), uint8(1))
	f.Add([]byte(`{"subnet":1,"uids":[1],"values":[1]}`), uint8(3), uint8(3))
	f.Add([]byte(`{"subnet":1,"epoch":1,"tx":"0x`+strings.Repeat("ab", 32)+`"}`), uint8(4), uint8(1))
	f.Add([]byte(`{"subnet":1,"hyperparams":{"immunity_period":3,"burn_increase_mult":"1.5"}}`), uint8(5), uint8(2))
	f.Add([]byte(`{"subnet":2,"hyperparams":{"kappa":9,"reveal_period_epochs":2}}`), uint8(5), uint8(0))
	f.Add([]byte(`{"subnet":1,"ip":"2001:db8::7","port":1,"ip_type":6,"protocol":2}`), uint8(6), uint8(0))
	f.Add([]byte(`{"block":3,"stakes":[{"hotkey":"`+addrOf(testKey(f, 20)).Hex()+`","amount":5}]}`), uint8(7), uint8(1))
	f.Add([]byte(`{"subnet":2,"hash":"0x`+strings.Repeat("ab", 32)+`"}`), uint8(8), uint8(1))
	f.Add(reveal, uint8(9), uint8(0))
	f.Add([]byte(`{"type":"tick","version":1,"payload":{"block":12},"nonce":1,"signer":"0x00","signature":"0x00"}`), uint8(0), uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, kind, key uint8) {
		fsm := NewFSM(g)
		if err := fsm.Restore(io.NopCloser(bytes.NewReader(template))); err != nil {
			t.Fatal(err)
		}
		index := fsm.AppliedIndex()
		apply := func(typ raft.LogType, d []byte) *Result {
			index++
			before, beforeHash := stateContent(t, fsm)
			res, ok := fsm.Apply(&raft.Log{Index: index, Type: typ, Data: d}).(*Result)
			if !ok || res.Index != index {
				t.Fatalf("Apply returned %#v", res)
			}
			if errors.Is(res.Cause(), ErrInternal) {
				t.Fatalf("internal error: %s", res.Err)
			}
			if res.Err != "" {
				if after, afterHash := stateContent(t, fsm); afterHash != beforeHash {
					t.Fatalf("rejected (%s) but changed the state:\nbefore %s\nafter  %s", res.Err, before, after)
				}
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

// The fuzz seeds' typed commands are accepted on the template, so that the
// fuzzer starts from commands that reach every handler's success path.
func TestFuzzSeedsAccepted(t *testing.T) {
	g, template := fuzzTemplate(t)
	h := newHarness(t, g)
	if err := h.f.Restore(io.NopCloser(bytes.NewReader(template))); err != nil {
		t.Fatal(err)
	}
	h.index = h.f.AppliedIndex()
	h.ok(testKey(t, 1), TypeRevealWeights, fuzzReveal())
	h.ok(testKey(t, 2), TypeSetHyperparams, SetHyperparams{Subnet: 2, Hyperparams: patch(t, `{"kappa":9,"reveal_period_epochs":2}`)})
	h.ok(testKey(t, 10), TypeSetHyperparams, SetHyperparams{Subnet: 1, Hyperparams: patch(t, `{"immunity_period":3,"burn_increase_mult":"1.5"}`)})
	h.ok(testKey(t, 1), TypeServeAxon, ServeAxon{Subnet: 1, IP: "2001:db8::7", Port: 1, IPType: IPv6, Protocol: 2})
	h.ok(testKey(t, 2), TypeStakeSnapshot, StakeSnapshot{Block: 3, Stakes: []Stake{{addrOf(testKey(t, 20)), 5}}})
	h.ok(testKey(t, 2), TypeCommitWeights, CommitWeights{Subnet: 2, Hash: common.Hash{1}})
	h.ok(testKey(t, 30), TypeRegister, Register{Subnet: 1, Role: RoleMiner, Axon: "10.1.2.3:1", MaxBurn: ptr(uint64(5e9))})
}

// roleKeys returns the test keys (1, 2, 20..39) of the neurons of a role
// registered on a subnet; for validators, those with a permit.
func roleKeys(tb testing.TB, f *FSM, sub uint16, role string) []int {
	s, ok := f.Subnet(sub)
	if !ok {
		return nil
	}
	var out []int
	for _, k := range append([]int{1, 2}, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39) {
		uid, ok := s.UIDOf(addrOf(testKey(tb, k)))
		if ok && s.Neurons[uid].Role == role && (role == RoleMiner || s.Neurons[uid].ValidatorPermit) {
			out = append(out, k)
		}
	}
	return out
}

// TestRandomCommandSequences applies long seeded random sequences of mostly
// valid commands of every type (small subnets, so that pruning,
// replacement, epochs with and without weights, both Yuma variants,
// commit-reveal flows, price changes, stake snapshots and settlement all
// happen) and checks that a rejected command changes nothing but the index
// and nonces, replicas agree, snapshots restore to the same hash, and no
// epoch pays more than it emits.
//
// Seeds 2 and 3 keep only the last 1 and 3 epochs of each subnet in full,
// so that settled epoch records are pruned along the way.
func TestRandomCommandSequences(t *testing.T) {
	for seed := range uint64(4) {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			t.Parallel()
			g := testGenesis(t)
			if seed >= 2 {
				g.EpochHistory = 2*seed - 3
			}
			randomSequence(t, seed, g)
		})
	}
}

// randomSequence is TestRandomCommandSequences for one seed; it returns
// the harness, whose logs replay the sequence.
func randomSequence(t *testing.T, seed uint64, g Genesis) *harness {
	{
		{
			r := rand.New(rand.NewPCG(seed, 99))
			h := newHarness(t, g)
			pick := func(ks ...int) int { return ks[r.IntN(len(ks))] }
			accepted := map[string]int{}
			replaced := 0
			step := 0
			send := func(k int, typ string, payload any) *Result {
				// Encoding the whole state twice per command would dominate
				// the test's time; every fourth command is checked.
				check := step%4 == 0
				var before common.Hash
				if check {
					_, before = stateContent(t, h.f)
				}
				res := h.send(testKey(t, k), typ, payload)
				if errors.Is(res.Cause(), ErrInternal) {
					t.Fatal(res.Err)
				}
				if res.Err == "" {
					accepted[typ]++
					if v, ok := res.Value.(RegisterResult); ok && v.Replaced {
						replaced++
					}
				} else if check {
					if _, after := stateContent(t, h.f); after != before {
						t.Fatalf("%s by key %d rejected (%s) but changed the state", typ, k, res.Err)
					}
				}
				return res
			}
			vector := func(sub uint16, maybeBad bool) ([]uint16, []uint16) {
				s, _ := h.f.Subnet(sub)
				perm := r.Perm(len(s.Neurons))
				if maybeBad && r.IntN(4) == 0 {
					perm = r.Perm(len(s.Neurons) + 1) // maybe one uid too many
				}
				n := r.IntN(len(perm) + 1)
				uids, values := make([]uint16, n), make([]uint16, n)
				for i := range n {
					uids[i], values[i] = uint16(perm[i]), uint16(r.IntN(65536))
				}
				return uids, values
			}
			type pendingReveal struct {
				key   int
				epoch uint64 // the commit's epoch
				RevealWeights
			}
			var pending []pendingReveal
			stakeBlock := uint64(0)
			hpFields := []func() (string, any){
				func() (string, any) { return "immunity_period", r.IntN(20) },
				func() (string, any) { return "min_allowed_weights", r.IntN(3) },
				func() (string, any) { return "commit_reveal_enabled", r.IntN(2) == 0 },
				func() (string, any) { return "reveal_period_epochs", r.IntN(3) }, // 0 is refused
				func() (string, any) { return "serving_rate_limit", r.IntN(4) },
				func() (string, any) { return "min_burn", r.IntN(1000) },
				func() (string, any) { return "max_burn", 500 + r.IntN(2_000_000) },
				func() (string, any) { return "burn_half_life", r.IntN(8) },
				func() (string, any) { return "burn_increase_mult", fmt.Sprintf("1.%d", r.IntN(100)) },
				func() (string, any) { return "max_allowed_uids", 2 + r.IntN(6) },
				func() (string, any) { return "yuma3", r.IntN(2) == 0 },
				func() (string, any) { return "tempo", 2 + r.IntN(5) },                   // root only
				func() (string, any) { return "weights_rate_limit", r.IntN(3) },          // root only
				func() (string, any) { return "kappa", r.IntN(65536) },                   // root only
				func() (string, any) { return "burn", r.IntN(3_000_000) },                // root only
				func() (string, any) { return "admin_freeze_window", r.IntN(3) },         // root only
				func() (string, any) { return "owner_hyperparam_rate_limit", r.IntN(2) }, // root only
			}
			ips := []ServeAxon{
				{IP: "203.0.113.5", IPType: IPv4}, {IP: "2001:db8::5", IPType: IPv6}, {IP: "127.0.0.1", IPType: IPv4},
				{IP: "::1", IPType: IPv6}, {IP: "10.9.8.7", IPType: IPv4},
			}
			stakeKeys := []int{1, 2}
			for k := 20; k < 40; k++ {
				stakeKeys = append(stakeKeys, k)
			}
			// Subnet 0 sets weights with set_weights and keeps every uid
			// immune (so that a full subnet always replaces one), subnet 1
			// commits and reveals and gives every uid a permit; both start
			// with the genesis validators.
			for id, cr := range []bool{false, true} {
				hp := randomHyperparams(r, cr)
				if id == 0 {
					hp.ImmunityPeriod = 1000
				} else {
					hp.MaxAllowedValidators = 64 // every uid may reveal
				}
				send(10+id, TypeCreateSubnet, CreateSubnet{ID: uint16(id), Name: "s", Task: TaskInference, ModelHash: testModelHash, Hyperparams: hp})
				for _, k := range []int{1, 2} {
					send(k, TypeRegister, Register{Subnet: uint16(id), Role: RoleValidator})
				}
			}
			// Subnet 3 is a preference subnet: its owner and the genesis
			// validators add comparisons, its miners file labels.
			prefHP := randomHyperparams(r, false)
			send(12, TypeCreateSubnet, CreateSubnet{ID: 3, Name: "p", Task: TaskPreference, ModelHash: testModelHash, Hyperparams: prefHP})
			items := make([]ItemID, 12)
			for i := range items {
				items[i] = ItemID{byte(i), 7}
			}
			for ; step < 1000; step++ {
				switch c := r.IntN(31); {
				case c == 27 || c == 28 && r.IntN(2) == 0:
					p := AddComparisons{Subnet: uint16(2 + r.IntN(2))}
					for range 1 + r.IntN(3) {
						n := r.IntN(30)
						p.Comparisons = append(p.Comparisons, Comparison{Prompt: fmt.Sprint("p", n), A: fmt.Sprint("a", n), B: fmt.Sprint("b", n%(1+r.IntN(30)))})
					}
					send(pick(1, 2, 12, 12, 20), TypeAddComparisons, p)
				case c >= 28:
					p := SubmitPreferences{Subnet: 3}
					if s, ok := h.f.Subnet(3); ok && s.Labeling != nil {
						p.Round = s.Labeling.Round - uint64(min(s.Labeling.Round, uint64(r.IntN(4)/3)))
					}
					for _, i := range r.Perm(len(items))[:1+r.IntN(3)] {
						p.Labels = append(p.Labels, Preference{Item: items[i], Choice: []string{ChoiceA, ChoiceB, ChoiceTie, "x"}[r.IntN(4)*r.IntN(2)], Confidence: uint8(r.IntN(110))})
					}
					k := pick(20+r.IntN(20), 1)
					if miners := roleKeys(t, h.f, 3, RoleMiner); len(miners) > 0 && r.IntN(4) > 0 {
						k = miners[r.IntN(len(miners))] // mostly a labeler of the subnet
					}
					send(k, TypeSubmitPreferences, p)
				case c < 6:
					send(pick(1, 2), TypeTick, Tick{Block: h.f.Block() + 1})
				case c == 6:
					id := uint16(2) // subnets 0 (commit-reveal off) and 1 (on) exist from the start
					if r.IntN(2) == 0 {
						id = uint16(r.IntN(3))
					}
					task := TaskInference
					if id == 2 {
						task = TaskFineTune
					}
					send(pick(10, 11), TypeCreateSubnet, CreateSubnet{ID: id, Name: "s", Task: task, ModelHash: testModelHash,
						Hyperparams: randomHyperparams(r, r.IntN(2) == 0)})
				case c < 12:
					role := RoleMiner
					if r.IntN(3) == 0 {
						role = RoleValidator
					}
					reg := Register{Subnet: uint16(r.IntN(4)), Role: role}
					if r.IntN(3) == 0 {
						reg.Axon = fmt.Sprintf("10.0.%d.%d:%d", r.IntN(256), 1+r.IntN(254), 1+r.IntN(65535))
					}
					if r.IntN(6) == 0 {
						reg.MaxBurn = ptr(uint64(r.IntN(3_000_000)))
					}
					if role == RoleMiner && r.IntN(3) == 0 {
						reg.ModelHash = []string{testModelHash, strings.Repeat("7", 64)}[r.IntN(2)]
						reg.Hardware = &Hardware{Class: []string{"cpu", "gpu-80gb"}[r.IntN(2)], Cores: uint32(r.IntN(64))}
					}
					send(pick(1, 2, 10, 11, 20+r.IntN(20)), TypeRegister, reg)
				case c < 14:
					w := SetWeights{Subnet: uint16(r.IntN(3))}
					if r.IntN(2) == 0 {
						w.Subnet = 0 // commit-reveal off
					}
					w.UIDs, w.Values = vector(w.Subnet, true)
					send(pick(1, 2, 1, 2, 10, 20+r.IntN(20)), TypeSetWeights, w)
				case c < 16:
					rv := pendingReveal{key: pick(1, 2, 1, 2, 1, 2, 10, 20+r.IntN(20))}
					rv.Subnet = uint16(r.IntN(3))
					rv.UIDs, rv.Values = vector(rv.Subnet, r.IntN(8) == 0)
					rv.Salt = make([]byte, MinSaltLen+r.IntN(MaxSaltLen-MinSaltLen+1))
					for i := range rv.Salt {
						rv.Salt[i] = byte(r.IntN(256))
					}
					hash := CommitHash(addrOf(testKey(t, rv.key)), rv.Subnet, rv.UIDs, rv.Values, rv.Salt, rv.VersionKey)
					if res := send(rv.key, TypeCommitWeights, CommitWeights{Subnet: rv.Subnet, Hash: hash}); res.Err == "" {
						rv.epoch = res.Value.(CommitResult).Epoch
						pending = append(pending, rv)
					}
				case c < 18:
					// Forget the commits that expired, then reveal mostly one
					// that is due, else any.
					pending = slices.DeleteFunc(pending, func(p pendingReveal) bool {
						s, ok := h.f.Subnet(p.Subnet)
						return !ok || s.EpochIndex > p.epoch+uint64(s.Hyperparams.RevealPeriodEpochs)
					})
					if len(pending) == 0 {
						continue
					}
					i := r.IntN(len(pending))
					if r.IntN(8) > 0 {
						for k, p := range pending {
							if s, ok := h.f.Subnet(p.Subnet); ok && s.EpochIndex == p.epoch+uint64(s.Hyperparams.RevealPeriodEpochs) {
								i = k
								break
							}
						}
					}
					rv := pending[i]
					res := send(rv.key, TypeRevealWeights, rv.RevealWeights)
					if res.Err == "" || errors.Is(res.Cause(), ErrCommitNotFound) {
						pending = slices.Delete(pending, i, i+1)
					}
				case c == 18:
					sub := uint16(r.IntN(3))
					fields := map[string]any{}
					for range 1 + r.IntN(3) {
						k, v := hpFields[r.IntN(len(hpFields))]()
						if k == "commit_reveal_enabled" && sub != 2 || k == "immunity_period" && sub == 0 {
							continue // subnets 0 and 1 keep their character
						}
						fields[k] = v
					}
					if len(fields) == 0 {
						continue
					}
					send(pick(1, 10, 11), TypeSetHyperparams, map[string]any{"subnet": sub, "hyperparams": fields})
				case c == 19:
					a := ips[r.IntN(len(ips))]
					a.Subnet, a.Port, a.Protocol = uint16(r.IntN(3)), uint16(1+r.IntN(65535)), uint8(r.IntN(4))
					if r.IntN(3) == 0 {
						a.Hardware = &Hardware{Class: "gpu-8gb", GPUs: []GPU{{Name: "card", MemoryMiB: uint64(r.IntN(9000))}}}
					}
					send(pick(1, 2, 20+r.IntN(20)), TypeServeAxon, a)
				case c == 20:
					if r.IntN(4) > 0 {
						stakeBlock += uint64(r.IntN(3))
					}
					p := StakeSnapshot{Block: stakeBlock - min(stakeBlock, uint64(r.IntN(2)))}
					for _, k := range r.Perm(len(stakeKeys))[:1+r.IntN(4)] {
						amount := uint64(r.IntN(4)) * validatorStake2
						if k < 2 { // the genesis validators keep some stake, hence permits
							amount += validatorStake2
						}
						if r.IntN(20) == 0 {
							amount = math.MaxInt64 - validatorStake2 // overflows the table
						}
						p.Stakes = append(p.Stakes, Stake{addrOf(testKey(t, stakeKeys[k])), amount})
					}
					send(pick(1, 2, 20), TypeStakeSnapshot, p)
				case c == 22:
					k, sub := 20+r.IntN(20), uint16(2) // subnet 2 is the fine-tune subnet
					if r.IntN(4) == 0 {
						k, sub = pick(1, 20+r.IntN(20)), uint16(r.IntN(3))
					} else if miners := roleKeys(t, h.f, sub, RoleMiner); len(miners) > 0 {
						k = miners[r.IntN(len(miners))]
					}
					send(k, TypeCommitFineTune, CommitFineTune{Subnet: sub, Commitment: fmt.Sprintf("%064x", r.IntN(40))})
				case c == 23 || c == 25 || c == 26:
					sub := uint16(r.IntN(3))
					signer, hotkey := pick(1, 2, 20+r.IntN(20)), addrOf(testKey(t, 20+r.IntN(20)))
					if validators := roleKeys(t, h.f, sub, RoleValidator); len(validators) > 0 && r.IntN(4) > 0 {
						signer = validators[r.IntN(len(validators))]
					}
					if miners := roleKeys(t, h.f, sub, RoleMiner); len(miners) > 0 && r.IntN(4) > 0 {
						hotkey = addrOf(testKey(t, miners[r.IntN(len(miners))]))
					}
					send(signer, TypeReportEvidence, ReportEvidence{Subnet: sub, Hotkey: hotkey, Evidence: common.Hash{byte(r.IntN(256)), byte(step), byte(step >> 8)}})
				case c == 24:
					sl := Slash{Subnet: uint16(r.IntN(3)), Hotkey: addrOf(testKey(t, 20+r.IntN(20))), Epoch: uint64(r.IntN(5))}
					if p := h.f.PendingSlashes(); len(p) > 0 && r.IntN(4) > 0 {
						o := p[r.IntN(len(p))]
						sl.Subnet, sl.Hotkey, sl.Epoch = o.Subnet, o.Hotkey, o.Epoch
					}
					if r.IntN(3) > 0 {
						sl.Amount, sl.Tx = uint64(1+r.IntN(1000)), fmt.Sprintf("0x%064X", step)
					}
					send(pick(1, 2, 20), TypeSlash, sl)
				default:
					st := Settle{Subnet: uint16(r.IntN(3)), Epoch: uint64(1 + r.IntN(4)), Tx: fmt.Sprintf("0x%064x", step)}
					if un := h.f.Unsettled(); len(un) > 0 && r.IntN(2) == 0 {
						rec := un[r.IntN(len(un))]
						st.Subnet, st.Epoch = rec.Subnet, rec.Epoch
					}
					send(pick(1, 2, 20), TypeSettle, st)
				}
				if res := h.f.Apply(&raft.Log{Index: h.index + 1, Type: raft.LogCommand, Data: nil}).(*Result); res.Err == "" {
					t.Fatal("empty entry accepted")
				}
				h.index++
				h.logs = append(h.logs, nil)
				if step%100 == 99 {
					checkRestorable(t, g, h.f)
				}
				if step%300 == 299 { // a replay re-verifies every signature so far
					replica := h.replay(g)
					i1, h1 := h.f.StateHash()
					i2, h2 := replica.StateHash()
					if i1 != i2 || h1 != h2 {
						t.Fatalf("step %d: replica (%d, %s), want (%d, %s)", step, i2, h2.Hex(), i1, h1.Hex())
					}
				}
			}
			// Pruning runs at ticks: tick once more after the last settle.
			h.ok(testKey(t, 1), TypeTick, Tick{Block: h.f.Block() + 1})
			epochs, pruned := 0, 0
			for _, s := range h.f.Subnets() {
				recs := h.f.Epochs(s.ID)
				for i, rec := range recs {
					epochs++
					if rec.Pruned {
						pruned++
						if rec.Tx == "" || rec.Payouts != nil || rec.Metagraph != nil || uint64(len(recs)-i) <= g.epochHistory() {
							t.Fatalf("subnet %d epoch %d pruned wrongly: %+v", s.ID, rec.Epoch, rec)
						}
						continue
					}
					if rec.Tx != "" && uint64(len(recs)-i) > g.epochHistory() {
						t.Fatalf("subnet %d epoch %d settled and old but not pruned", s.ID, rec.Epoch)
					}
					var sum uint64
					for _, p := range rec.Payouts {
						sum += p.Amount
					}
					if sum > rec.Emission || rec.OwnerCut != OwnerCut(rec.Emission, s.Hyperparams.OwnerCut) ||
						sum != rec.PayoutsTotal || PayoutsHash(rec.Payouts) != rec.PayoutsHash {
						t.Fatalf("subnet %d epoch %d pays %d of %d (cut %d, total %d)", s.ID, rec.Epoch, sum, rec.Emission, rec.OwnerCut, rec.PayoutsTotal)
					}
				}
			}
			if g.EpochHistory != 0 && pruned == 0 {
				t.Errorf("keeping %d epochs, none was pruned", g.EpochHistory)
			}
			for _, typ := range allTypes() {
				if accepted[typ] == 0 {
					t.Errorf("no %s accepted", typ)
				}
			}
			if epochs == 0 || replaced == 0 {
				t.Errorf("sequence too tame: %d epochs, %d replacements", epochs, replaced)
			}
			t.Logf("block %d, %d subnets, %d epochs (%d pruned), %d unsettled, %d replacements, accepted %v",
				h.f.Block(), len(h.f.Subnets()), epochs, pruned, len(h.f.Unsettled()), replaced, accepted)
			return h
		}
	}
}

// TestPurity: Apply's code reads no clock, no randomness, no environment
// and does no I/O beyond what raft hands it, and uses no floating point.
// Only batch.go starts goroutines (and asks runtime for GOMAXPROCS): the
// pure, per-entry verification of ApplyBatch.
func TestPurity(t *testing.T) {
	forbidden := []string{"time", "math/rand", "math/rand/v2", "crypto/rand", "os", "os/exec", "log", "log/slog",
		"net/http", "io/ioutil", "unsafe", "runtime"}
	const parallel = "batch.go"
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
			if slices.Contains(forbidden, p) && !(name == parallel && p == "runtime") {
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
				if name == parallel {
					break
				}
				t.Errorf("%s: starts a goroutine", fset.Position(x.Pos()))
			}
			return true
		})
	}
}

// randomHyperparams are small-subnet parameters for random sequences,
// with commit-reveal as given.
func randomHyperparams(r *rand.Rand, commitReveal bool) Hyperparams {
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
	hp.CommitRevealEnabled = commitReveal
	hp.RevealPeriodEpochs = uint16(1 + r.IntN(2))
	hp.ServingRateLimit = uint64(r.IntN(4))
	hp.AdminFreezeWindow = uint16(r.IntN(2))
	hp.OwnerHyperparamRateLimit = uint16(r.IntN(2))
	hp.Burn, hp.MinBurn, hp.MaxBurn = uint64(r.IntN(2_000_000)), uint64(r.IntN(1000)), uint64(1_000_000+r.IntN(2_000_000))
	hp.BurnHalfLife = uint16(r.IntN(8))
	return hp
}
