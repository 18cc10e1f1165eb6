package ledger

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/hashicorp/raft"

	"github.com/agora-net/agora/subnet"
)

var _ raft.SnapshotSink = (*memSink)(nil)

// TestApplyCommands runs every command's happy path and rejections on a
// ledger with subnet 1 (standardSubnet, testHyperparams changed by hp) at
// block 1. For a rejection it checks that the state hash without the
// applied index and the nonces (stateContent) did not change and whether
// the signer's nonce was consumed.
func TestApplyCommands(t *testing.T) {
	tx := "0x" + strings.Repeat("cd", 32)
	k1, k2 := addrOf(testKey(t, 1)), addrOf(testKey(t, 2))
	// Validator key 1's vector, committed in the cr* setups.
	uids, values, salt := []uint16{2, 3, 4}, []uint16{10, 20, 30}, testSalt(7)
	commit1 := testCmd{1, TypeCommitWeights, CommitWeights{Subnet: 1, Hash: CommitHash(k1, 1, uids, values, salt, 0)}}
	reveal1 := RevealWeights{Subnet: 1, UIDs: uids, Values: values, Salt: salt}
	badUIDs := []uint16{2, 9}
	commitBad := testCmd{1, TypeCommitWeights, CommitWeights{Subnet: 1, Hash: CommitHash(k1, 1, badUIDs, values[:2], salt, 0)}}
	cr := func(hp *Hyperparams) { hp.CommitRevealEnabled = true }
	// Ten commits of key 1 at blocks 1..10 (epoch 1 runs at block 10).
	var tenCommits []testCmd
	for b := uint64(1); b <= 10; b++ {
		if b > 1 {
			tenCommits = append(tenCommits, testCmd{1, TypeTick, Tick{Block: b}})
		}
		tenCommits = append(tenCommits, testCmd{1, TypeCommitWeights, CommitWeights{Subnet: 1, Hash: common.Hash{byte(b)}}})
	}
	ownerSet := func(js string) testCmd {
		return testCmd{10, TypeSetHyperparams, SetHyperparams{Subnet: 1, Hyperparams: patch(t, js)}}
	}
	tests := []struct {
		name     string
		hp       func(*Hyperparams)             // changes testHyperparams for subnet 1
		genesis  func(*Genesis)                 // changes testGenesis
		setup    []testCmd                      // applied first, must succeed
		data     func(h *harness) (int, []byte) // the command under test and its signer key
		want     error                          // nil: accepted
		consumed bool                           // for rejections: the nonce was used
		check    func(t *testing.T, h *harness, res *Result)
	}{
		// tick
		{name: "tick", data: sign(1, TypeTick, Tick{Block: 2}), check: func(t *testing.T, h *harness, res *Result) {
			if h.f.Block() != 2 {
				t.Errorf("block %d, want 2", h.f.Block())
			}
			if v, ok := res.Value.(TickResult); !ok || v.Block != 2 || len(v.Epochs) != 0 {
				t.Errorf("Value = %#v, want TickResult{Block: 2}", res.Value)
			}
		}},
		{name: "tick by second validator", data: sign(2, TypeTick, Tick{Block: 2})},
		{name: "tick by non-validator", data: sign(10, TypeTick, Tick{Block: 2}), want: ErrUnauthorized, consumed: true},
		{name: "tick skips a block", data: sign(1, TypeTick, Tick{Block: 3}), want: ErrWrongBlock, consumed: true},
		{name: "tick repeats a block", data: sign(1, TypeTick, Tick{Block: 1}), want: ErrWrongBlock, consumed: true},

		// envelope-level rejections: nothing consumed
		{name: "bad signature", data: func(h *harness) (int, []byte) {
			return 1, h.resigned(1, TypeTick, Tick{Block: 2}, func(e *Envelope) { e.Signature[5] ^= 1 })
		}, want: ErrWrongSigner},
		{name: "signed by another key", data: func(h *harness) (int, []byte) {
			return 1, h.resigned(1, TypeTick, Tick{Block: 2}, func(e *Envelope) {
				if err := e.Sign(testKey(h.tb, 30), testChainID); err != nil {
					h.tb.Fatal(err)
				}
				e.Signer = addrOf(testKey(h.tb, 1))
			})
		}, want: ErrWrongSigner},
		{name: "wrong chain id", data: func(h *harness) (int, []byte) {
			return 1, h.resigned(1, TypeTick, Tick{Block: 2}, func(e *Envelope) {
				if err := e.Sign(testKey(h.tb, 1), testChainID+1); err != nil {
					h.tb.Fatal(err)
				}
			})
		}, want: ErrWrongSigner},
		{name: "high-s signature", data: func(h *harness) (int, []byte) {
			return 1, h.resigned(1, TypeTick, Tick{Block: 2}, func(e *Envelope) {
				s := new(big.Int).SetBytes(e.Signature[32:64])
				s.Sub(secp256k1N(), s).FillBytes(e.Signature[32:64])
				e.Signature[64] ^= 1
			})
		}, want: ErrMalleableSignature},
		{name: "replay", setup: ticks(2, 2), data: func(h *harness) (int, []byte) {
			return 1, h.logs[len(h.logs)-1] // the tick to block 2, applied again
		}, want: ErrBadNonce},
		{name: "old nonce", data: func(h *harness) (int, []byte) {
			return 1, h.signed(testKey(h.tb, 1), TypeTick, Tick{Block: 2}, h.f.Nonce(addrOf(testKey(h.tb, 1))))
		}, want: ErrBadNonce},
		{name: "future nonce", data: func(h *harness) (int, []byte) {
			return 1, h.signed(testKey(h.tb, 1), TypeTick, Tick{Block: 2}, h.f.Nonce(addrOf(testKey(h.tb, 1)))+2)
		}, want: ErrBadNonce},
		{name: "unknown type", data: func(h *harness) (int, []byte) {
			return 1, h.resigned(1, TypeTick, Tick{Block: 2}, func(e *Envelope) {
				e.Type = "mint"
				_ = e.Sign(testKey(h.tb, 1), testChainID)
			})
		}, want: ErrUnknownType},
		{name: "not json", data: func(*harness) (int, []byte) { return 1, []byte("{") }, want: ErrMalformedEnvelope},
		{name: "unknown envelope field", data: func(h *harness) (int, []byte) {
			data := h.signed(testKey(h.tb, 1), TypeTick, Tick{Block: 2}, 0)
			return 1, append([]byte(`{"x":1,`), data[1:]...)
		}, want: ErrMalformedEnvelope},
		{name: "invalid payload consumes the nonce", data: func(h *harness) (int, []byte) {
			return 1, h.signed(testKey(h.tb, 1), TypeTick, map[string]any{"block": 2, "extra": true}, 0)
		}, want: ErrInvalidPayload, consumed: true},

		// create_subnet
		{name: "create subnet", data: sign(11, TypeCreateSubnet, CreateSubnet{ID: 7, Name: "seven", Task: TaskPreference, ModelHash: testModelHash, Hyperparams: testHyperparams()}),
			check: func(t *testing.T, h *harness, _ *Result) {
				s, ok := h.f.Subnet(7)
				if !ok || s.Owner != addrOf(testKey(t, 11)) || s.CreatedAt != 1 || s.NextEpochBlock != 11 || s.Task != TaskPreference {
					t.Errorf("Subnet(7) = %+v, %v", s, ok)
				}
				if ids := subnetIDs(h.f); !reflect.DeepEqual(ids, []uint16{1, 7}) {
					t.Errorf("subnet ids %v, want [1 7]", ids)
				}
			}},
		{name: "create subnet with a taken id", data: sign(11, TypeCreateSubnet, CreateSubnet{ID: 1, Name: "x", Task: TaskInference, ModelHash: testModelHash, Hyperparams: testHyperparams()}),
			want: ErrSubnetExists, consumed: true},
		{name: "create subnet with bad hyperparams", data: func(h *harness) (int, []byte) {
			hp := testHyperparams()
			hp.AlphaLow, hp.AlphaHigh = 60_000, 50_000
			return 11, h.signed(testKey(h.tb, 11), TypeCreateSubnet, CreateSubnet{ID: 2, Name: "x", Task: TaskInference, ModelHash: testModelHash, Hyperparams: hp}, 0)
		}, want: ErrInvalidHyperparams, consumed: true},
		{name: "create subnet with model url, datasets and scoring", data: sign(11, TypeCreateSubnet, fullSubnet(8, 3)),
			check: func(t *testing.T, h *harness, _ *Result) {
				s, ok := h.f.Subnet(8)
				if want := fullSubnet(8, 3); !ok || s.ModelURL != want.ModelURL || !reflect.DeepEqual(s.Datasets, want.Datasets) || s.Scoring != want.Scoring {
					t.Errorf("Subnet(8) = %+v, %v; want the model url, datasets and scoring of %+v", s, ok, want)
				}
			}},
		{name: "create subnet with a malformed dataset hash", data: func(h *harness) (int, []byte) {
			c := fullSubnet(8, 3)
			c.Datasets[1].Hash = "0x" + c.Datasets[1].Hash[2:]
			return 11, h.signed(testKey(h.tb, 11), TypeCreateSubnet, c, 0)
		}, want: ErrInvalidPayload, consumed: true},
		{name: "create subnet with scoring out of range", data: func(h *harness) (int, []byte) {
			c := fullSubnet(8, 3)
			c.Scoring.CosinePassPermille = 1001
			return 11, h.signed(testKey(h.tb, 11), TypeCreateSubnet, c, 0)
		}, want: ErrInvalidPayload, consumed: true},
		{name: "create subnet with another task's scoring", data: func(h *harness) (int, []byte) {
			c := fullSubnet(8, 3)
			c.Scoring.GoldRatePermille = 100
			return 11, h.signed(testKey(h.tb, 11), TypeCreateSubnet, c, 0)
		}, want: ErrInvalidPayload, consumed: true},
		{name: "create subnet with a bad model url", data: func(h *harness) (int, []byte) {
			c := fullSubnet(8, 3)
			c.ModelURL = "https://user@models.example.org/lm.bin"
			return 11, h.signed(testKey(h.tb, 11), TypeCreateSubnet, c, 0)
		}, want: ErrInvalidPayload, consumed: true},

		// register
		{name: "register", data: sign(23, TypeRegister, Register{Subnet: 1, Role: RoleMiner, Axon: "10.0.0.9:8080"}),
			check: func(t *testing.T, h *harness, res *Result) {
				// Five registrations at block 0 bumped the price from 1 token
				// five times; the tick to block 1 does not decay it.
				price := uint64(subnet.DefaultBurn)
				for range 5 {
					price = subnet.BumpBurn(price, subnet.DefaultMinBurn, subnet.DefaultMaxBurn)
				}
				if v, ok := res.Value.(RegisterResult); !ok || v != (RegisterResult{Subnet: 1, UID: 5, Burn: price}) {
					t.Errorf("Value = %#v, want uid 5 paying %d", res.Value, price)
				}
				s, _ := h.f.Subnet(1)
				nu := s.Neurons[5]
				if nu.Hotkey != addrOf(testKey(t, 23)) || nu.RegisteredAt != 1 || nu.LastUpdate != 1 || nu.ValidatorPermit ||
					nu.Axon != "10.0.0.9:8080" || nu.AxonBlock != 1 || nu.Burn != price {
					t.Errorf("neuron 5 = %+v", nu)
				}
				if want := subnet.BumpBurn(price, subnet.DefaultMinBurn, subnet.DefaultMaxBurn); s.Burn != want {
					t.Errorf("price after registering %d, want %d", s.Burn, want)
				}
			}},
		{name: "register within max_burn", data: sign(23, TypeRegister, Register{Subnet: 1, Role: RoleMiner, MaxBurn: ptr(uint64(4 * subnet.TAO))})},
		{name: "register above max_burn", data: sign(23, TypeRegister, Register{Subnet: 1, Role: RoleMiner, MaxBurn: ptr(uint64(subnet.TAO))}),
			want: ErrBurnTooHigh, consumed: true},
		{name: "register with an IPv6 axon", data: sign(23, TypeRegister, Register{Subnet: 1, Role: RoleMiner, Axon: "[2001:DB8::1]:80"}),
			check: func(t *testing.T, h *harness, _ *Result) {
				if s, _ := h.f.Subnet(1); s.Neurons[5].Axon != "[2001:db8::1]:80" {
					t.Errorf("axon %q, want the canonical [2001:db8::1]:80", s.Neurons[5].Axon)
				}
			}},
		{name: "register with a loopback axon", data: sign(23, TypeRegister, Register{Subnet: 1, Role: RoleMiner, Axon: "127.0.0.1:80"}),
			want: ErrInvalidAxon, consumed: true},
		{name: "register with ::1", data: sign(23, TypeRegister, Register{Subnet: 1, Role: RoleMiner, Axon: "[::1]:80"}),
			want: ErrInvalidAxon, consumed: true},
		{name: "register with loopback allowed", genesis: func(g *Genesis) { g.AllowLoopbackAxons = true },
			data: sign(23, TypeRegister, Register{Subnet: 1, Role: RoleMiner, Axon: "127.0.0.1:80"})},
		{name: "register with a hostname axon", data: sign(23, TypeRegister, Register{Subnet: 1, Role: RoleMiner, Axon: "miner.example:80"}),
			want: ErrInvalidPayload, consumed: true},
		{name: "register non-genesis validator without permit", data: sign(30, TypeRegister, Register{Subnet: 1, Role: RoleValidator}),
			check: func(t *testing.T, h *harness, _ *Result) {
				s, _ := h.f.Subnet(1)
				if s.Neurons[5].ValidatorPermit || s.Neurons[5].Stake != 0 {
					t.Errorf("neuron 5 = %+v, want no permit and no stake", s.Neurons[5])
				}
			}},
		{name: "register on unknown subnet", data: sign(23, TypeRegister, Register{Subnet: 9, Role: RoleMiner}), want: ErrUnknownSubnet, consumed: true},
		{name: "duplicate registration", data: sign(20, TypeRegister, Register{Subnet: 1, Role: RoleMiner}), want: ErrAlreadyRegistered, consumed: true},
		{name: "register with bad role", data: sign(23, TypeRegister, map[string]any{"subnet": 1, "role": "boss"}), want: ErrInvalidPayload, consumed: true},

		// set_weights
		{name: "set weights", data: sign(1, TypeSetWeights, SetWeights{Subnet: 1, UIDs: []uint16{4, 2, 3}, Values: []uint16{10, 5, 0}}),
			check: func(t *testing.T, h *harness, _ *Result) {
				s, _ := h.f.Subnet(1)
				want := []Entry{{2, 32768}, {3, 0}, {4, 65535}}
				if !reflect.DeepEqual(s.Neurons[0].Weights, want) || s.Neurons[0].LastUpdate != 1 {
					t.Errorf("weights %v last_update %d, want %v at 1", s.Neurons[0].Weights, s.Neurons[0].LastUpdate, want)
				}
			}},
		{name: "weights to unknown uid", data: sign(1, TypeSetWeights, SetWeights{Subnet: 1, UIDs: []uint16{2, 5}, Values: []uint16{1, 1}}),
			want: subnet.ErrInvalidUID, consumed: true},
		{name: "weights rate-limited", setup: []testCmd{{1, TypeSetWeights, SetWeights{Subnet: 1, UIDs: []uint16{2}, Values: []uint16{1}}}},
			data: sign(1, TypeSetWeights, SetWeights{Subnet: 1, UIDs: []uint16{3}, Values: []uint16{1}}), want: subnet.ErrWeightsRateLimited, consumed: true},
		{name: "weights without permit", data: sign(20, TypeSetWeights, SetWeights{Subnet: 1, UIDs: []uint16{3}, Values: []uint16{1}}),
			want: subnet.ErrNoValidatorPermit, consumed: true},
		{name: "miner self-weight", data: sign(20, TypeSetWeights, SetWeights{Subnet: 1, UIDs: []uint16{2}, Values: []uint16{1}})},
		{name: "weights from unregistered hotkey", data: sign(30, TypeSetWeights, SetWeights{Subnet: 1, UIDs: []uint16{3}, Values: []uint16{1}}),
			want: subnet.ErrNotRegistered, consumed: true},
		{name: "weights length mismatch", data: sign(1, TypeSetWeights, SetWeights{Subnet: 1, UIDs: []uint16{3, 4}, Values: []uint16{1}}),
			want: subnet.ErrWeightsLengthMismatch, consumed: true},
		{name: "weights on unknown subnet", data: sign(1, TypeSetWeights, SetWeights{Subnet: 9, UIDs: []uint16{3}, Values: []uint16{1}}),
			want: ErrUnknownSubnet, consumed: true},
		{name: "set weights with commit-reveal on", hp: cr, data: sign(1, TypeSetWeights, SetWeights{Subnet: 1, UIDs: []uint16{3}, Values: []uint16{1}}),
			want: subnet.ErrCommitRevealEnabled, consumed: true},
		{name: "weights below the stake threshold", hp: func(hp *Hyperparams) { hp.StakeThreshold = validatorStake2 + 1 },
			data: sign(2, TypeSetWeights, SetWeights{Subnet: 1, UIDs: []uint16{3}, Values: []uint16{1}}), want: subnet.ErrNotEnoughStake, consumed: true},

		// commit_weights and reveal_weights
		{name: "commit weights", hp: cr, data: sign(1, TypeCommitWeights, commit1.payload),
			check: func(t *testing.T, h *harness, res *Result) {
				if v, ok := res.Value.(CommitResult); !ok || v != (CommitResult{Subnet: 1, UID: 0, Epoch: 0, RevealEpoch: 1}) {
					t.Errorf("Value = %#v, want epoch 0 revealed in 1", res.Value)
				}
				s, _ := h.f.Subnet(1)
				want := []Commit{{Hash: commit1.payload.(CommitWeights).Hash, Epoch: 0, Block: 1}}
				if nu := s.Neurons[0]; !reflect.DeepEqual(nu.Commits, want) || nu.LastUpdate != 1 || len(nu.Weights) != 0 {
					t.Errorf("neuron 0 = %+v, want commit %v and last_update 1", nu, want)
				}
			}},
		{name: "commit after an epoch", hp: cr, setup: ticks(2, 10), data: sign(1, TypeCommitWeights, commit1.payload),
			check: func(t *testing.T, h *harness, res *Result) {
				// The epoch of block 10 ran at its tick: the commit belongs
				// to epoch 1 (subtensor's "+1 when an epoch fires").
				if v := res.Value.(CommitResult); v.Epoch != 1 || v.RevealEpoch != 2 {
					t.Errorf("Value = %+v, want epoch 1 revealed in 2", v)
				}
			}},
		{name: "commit with commit-reveal off", data: sign(1, TypeCommitWeights, commit1.payload), want: ErrCommitRevealDisabled, consumed: true},
		{name: "commit on unknown subnet", hp: cr, data: sign(1, TypeCommitWeights, CommitWeights{Subnet: 9}), want: ErrUnknownSubnet, consumed: true},
		{name: "commit from unregistered hotkey", hp: cr, data: sign(30, TypeCommitWeights, commit1.payload), want: subnet.ErrNotRegistered, consumed: true},
		{name: "commit rate-limited", hp: cr, setup: []testCmd{commit1}, data: sign(1, TypeCommitWeights, CommitWeights{Subnet: 1}),
			want: subnet.ErrWeightsRateLimited, consumed: true},
		{name: "eleventh commit", hp: cr, setup: tenCommits, data: func(h *harness) (int, []byte) {
			h.tickTo(11)
			return 1, h.signed(testKey(h.tb, 1), TypeCommitWeights, CommitWeights{Subnet: 1}, 0)
		}, want: ErrTooManyCommits, consumed: true},
		{name: "reveal", hp: cr, setup: append([]testCmd{commit1}, ticks(2, 10)...), data: sign(1, TypeRevealWeights, reveal1),
			check: func(t *testing.T, h *harness, _ *Result) {
				s, _ := h.f.Subnet(1)
				want := []Entry{{2, 21845}, {3, 43690}, {4, 65535}}
				if nu := s.Neurons[0]; !reflect.DeepEqual(nu.Weights, want) || nu.LastUpdate != 10 || len(nu.Commits) != 0 {
					t.Errorf("neuron 0 = %+v, want weights %v at 10 and no commit", nu, want)
				}
			}},
		{name: "reveal the last block of its epoch", hp: cr, setup: append([]testCmd{commit1}, ticks(2, 19)...), data: sign(1, TypeRevealWeights, reveal1)},
		{name: "reveal removes older commits", hp: cr, setup: append([]testCmd{{1, TypeCommitWeights, CommitWeights{Subnet: 1}}, {1, TypeTick, Tick{Block: 2}}, commit1,
			{1, TypeTick, Tick{Block: 3}}, {1, TypeCommitWeights, CommitWeights{Subnet: 1, Hash: common.Hash{3}}}}, ticks(4, 10)...),
			data: sign(1, TypeRevealWeights, reveal1),
			check: func(t *testing.T, h *harness, _ *Result) {
				s, _ := h.f.Subnet(1)
				if c := s.Neurons[0].Commits; len(c) != 1 || c[0].Hash != (common.Hash{3}) {
					t.Errorf("commits %v, want only the newer one", c)
				}
			}},
		{name: "reveal too early", hp: cr, setup: []testCmd{commit1}, data: sign(1, TypeRevealWeights, reveal1), want: ErrRevealTooEarly, consumed: true},
		{name: "reveal with a two-epoch period too early", hp: func(hp *Hyperparams) { cr(hp); hp.RevealPeriodEpochs = 2 },
			setup: append([]testCmd{commit1}, ticks(2, 10)...), data: sign(1, TypeRevealWeights, reveal1), want: ErrRevealTooEarly, consumed: true},
		{name: "reveal expired", hp: cr, setup: append([]testCmd{commit1}, ticks(2, 20)...), data: sign(1, TypeRevealWeights, reveal1),
			want: ErrCommitNotFound, consumed: true},
		{name: "reveal with a wrong salt", hp: cr, setup: append([]testCmd{commit1}, ticks(2, 10)...), data: func(h *harness) (int, []byte) {
			r := reveal1
			r.Salt = testSalt(8)
			return 1, h.signed(testKey(h.tb, 1), TypeRevealWeights, r, 0)
		}, want: ErrCommitNotFound, consumed: true},
		{name: "reveal with a wrong version key", hp: cr, setup: append([]testCmd{commit1}, ticks(2, 10)...), data: func(h *harness) (int, []byte) {
			r := reveal1
			r.VersionKey = 1
			return 1, h.signed(testKey(h.tb, 1), TypeRevealWeights, r, 0)
		}, want: ErrCommitNotFound, consumed: true},
		{name: "reveal of another hotkey's commit", hp: cr, setup: append([]testCmd{commit1}, ticks(2, 10)...), data: sign(2, TypeRevealWeights, reveal1),
			want: ErrCommitNotFound, consumed: true},
		{name: "reveal of invalid weights", hp: cr, setup: append([]testCmd{commitBad}, ticks(2, 10)...),
			data: sign(1, TypeRevealWeights, RevealWeights{Subnet: 1, UIDs: badUIDs, Values: values[:2], Salt: salt}), want: subnet.ErrInvalidUID, consumed: true},
		{name: "reveal below the version key", hp: func(hp *Hyperparams) { cr(hp); hp.WeightsVersionKey = 5 },
			setup: append([]testCmd{commit1}, ticks(2, 10)...), data: sign(1, TypeRevealWeights, reveal1), want: subnet.ErrIncorrectVersionKey, consumed: true},
		{name: "reveal with commit-reveal off", setup: []testCmd{{1, TypeSetWeights, SetWeights{Subnet: 1, UIDs: []uint16{2}, Values: []uint16{1}}}},
			data: sign(1, TypeRevealWeights, reveal1), want: ErrCommitRevealDisabled, consumed: true},
		{name: "reveal from unregistered hotkey", hp: cr, data: sign(30, TypeRevealWeights, reveal1), want: subnet.ErrNotRegistered, consumed: true},
		{name: "reveal on unknown subnet", hp: cr, data: sign(1, TypeRevealWeights, RevealWeights{Subnet: 9, Salt: salt}), want: ErrUnknownSubnet, consumed: true},
		{name: "reveal with a short salt", hp: cr, data: sign(1, TypeRevealWeights, RevealWeights{Subnet: 1, Salt: salt[:15]}), want: ErrInvalidPayload, consumed: true},

		// set_hyperparams
		{name: "owner sets hyperparams", data: sign(10, TypeSetHyperparams, SetHyperparams{Subnet: 1,
			Hyperparams: patch(t, `{"immunity_period":7,"burn_increase_mult":"1.5","commit_reveal_enabled":true,"min_burn":4000000000}`)}),
			check: func(t *testing.T, h *harness, _ *Result) {
				s, _ := h.f.Subnet(1)
				want := testHyperparams()
				want.ImmunityPeriod, want.BurnIncreaseMult, want.CommitRevealEnabled, want.MinBurn = 7, Factor{Int: 1, Frac: 1 << 63}, true, 4*subnet.TAO
				if s.Hyperparams != want {
					t.Errorf("hyperparams %+v, want %+v", s.Hyperparams, want)
				}
				if s.Burn != 4*subnet.TAO {
					t.Errorf("price %d, want it raised to min_burn", s.Burn)
				}
			}},
		{name: "root sets root-only hyperparams", data: sign(2, TypeSetHyperparams, SetHyperparams{Subnet: 1,
			Hyperparams: patch(t, `{"kappa":100,"tempo":20,"burn":5000000000,"admin_freeze_window":0,"burn_half_life":0}`)}),
			check: func(t *testing.T, h *harness, _ *Result) {
				s, _ := h.f.Subnet(1)
				if s.Hyperparams.Kappa != 100 || s.Hyperparams.Tempo != 20 || s.NextEpochBlock != 20 || s.Burn != 5*subnet.TAO {
					t.Errorf("subnet %+v", s)
				}
				h.tickTo(5) // half-life 0: no decay
				if s, _ = h.f.Subnet(1); s.Burn != 5*subnet.TAO {
					t.Errorf("price %d after ticks with half-life 0, want unchanged", s.Burn)
				}
			}},
		{name: "root in the freeze window after an owner change", setup: append([]testCmd{ownerSet(`{"immunity_period":7}`)}, ticks(2, 9)...),
			data: sign(1, TypeSetHyperparams, SetHyperparams{Subnet: 1, Hyperparams: patch(t, `{"immunity_period":8}`)})},
		{name: "owner sets a root-only field", data: sign(10, TypeSetHyperparams, SetHyperparams{Subnet: 1, Hyperparams: patch(t, `{"immunity_period":7,"kappa":1}`)}),
			want: ErrUnauthorized, consumed: true},
		{name: "outsider sets hyperparams", data: sign(30, TypeSetHyperparams, SetHyperparams{Subnet: 1, Hyperparams: patch(t, `{"immunity_period":7}`)}),
			want: ErrUnauthorized, consumed: true},
		{name: "hyperparams on unknown subnet", data: sign(10, TypeSetHyperparams, SetHyperparams{Subnet: 9, Hyperparams: patch(t, `{"immunity_period":7}`)}),
			want: ErrUnknownSubnet, consumed: true},
		{name: "owner rate-limited", setup: []testCmd{ownerSet(`{"immunity_period":7}`)},
			data: sign(10, TypeSetHyperparams, SetHyperparams{Subnet: 1, Hyperparams: patch(t, `{"immunity_period":8}`)}), want: ErrHyperparamsRateLimited, consumed: true},
		{name: "owner after the rate limit", setup: append([]testCmd{ownerSet(`{"immunity_period":7}`)}, ticks(2, 21)...),
			data: sign(10, TypeSetHyperparams, SetHyperparams{Subnet: 1, Hyperparams: patch(t, `{"immunity_period":8}`)})},
		{name: "owner one block before the rate limit", setup: append([]testCmd{ownerSet(`{"immunity_period":7}`)}, ticks(2, 20)...),
			data: sign(10, TypeSetHyperparams, SetHyperparams{Subnet: 1, Hyperparams: patch(t, `{"immunity_period":8}`)}), want: ErrHyperparamsRateLimited, consumed: true},
		{name: "owner before the freeze window", setup: ticks(2, 6),
			data: sign(10, TypeSetHyperparams, SetHyperparams{Subnet: 1, Hyperparams: patch(t, `{"immunity_period":8}`)})},
		{name: "owner in the freeze window", setup: ticks(2, 7),
			data: sign(10, TypeSetHyperparams, SetHyperparams{Subnet: 1, Hyperparams: patch(t, `{"immunity_period":8}`)}), want: ErrAdminFreezeWindow, consumed: true},
		{name: "owner sets an invalid combination", data: sign(10, TypeSetHyperparams, SetHyperparams{Subnet: 1, Hyperparams: patch(t, `{"alpha_low":60000}`)}),
			want: ErrInvalidHyperparams, consumed: true},
		{name: "owner sets reveal period 0", data: sign(10, TypeSetHyperparams, SetHyperparams{Subnet: 1, Hyperparams: patch(t, `{"reveal_period_epochs":0}`)}),
			want: ErrInvalidHyperparams, consumed: true},
		{name: "owner sets min_burn above max_burn", data: sign(10, TypeSetHyperparams, SetHyperparams{Subnet: 1, Hyperparams: patch(t, `{"min_burn":200000000000}`)}),
			want: ErrInvalidHyperparams, consumed: true},
		{name: "owner sets a multiplier below 1", data: sign(10, TypeSetHyperparams, SetHyperparams{Subnet: 1, Hyperparams: patch(t, `{"burn_increase_mult":"0.9"}`)}),
			want: ErrInvalidHyperparams, consumed: true},
		{name: "owner lowers max_allowed_uids below n", data: sign(10, TypeSetHyperparams, SetHyperparams{Subnet: 1, Hyperparams: patch(t, `{"max_allowed_uids":4}`)}),
			want: ErrInvalidHyperparams, consumed: true},
		{name: "root sets an overflowing emission", data: sign(1, TypeSetHyperparams, SetHyperparams{Subnet: 1, Hyperparams: patch(t, `{"emission_per_block":18446744073709551615}`)}),
			want: ErrInvalidHyperparams, consumed: true},
		{name: "empty hyperparams", data: sign(10, TypeSetHyperparams, map[string]any{"subnet": 1, "hyperparams": map[string]any{}}),
			want: ErrInvalidPayload, consumed: true},
		{name: "shorter reveal period drops expired commits", hp: func(hp *Hyperparams) { cr(hp); hp.RevealPeriodEpochs = 3 },
			setup: append([]testCmd{commit1}, ticks(2, 21)...),
			data:  sign(10, TypeSetHyperparams, SetHyperparams{Subnet: 1, Hyperparams: patch(t, `{"reveal_period_epochs":1}`)}),
			check: func(t *testing.T, h *harness, _ *Result) {
				if s, _ := h.f.Subnet(1); len(s.Neurons[0].Commits) != 0 {
					t.Errorf("commits %v, want the expired one dropped", s.Neurons[0].Commits)
				}
			}},

		// serve_axon
		{name: "serve axon", data: sign(1, TypeServeAxon, ServeAxon{Subnet: 1, IP: "2001:db8::7", Port: 8091, IPType: IPv6, Protocol: 4}),
			check: func(t *testing.T, h *harness, _ *Result) {
				s, _ := h.f.Subnet(1)
				if nu := s.Neurons[0]; nu.Axon != "[2001:db8::7]:8091" || nu.AxonProtocol != 4 || nu.AxonBlock != 1 {
					t.Errorf("neuron 0 = %+v", nu)
				}
			}},
		{name: "serve axon after the rate limit", hp: func(hp *Hyperparams) { hp.ServingRateLimit = 5 }, setup: ticks(2, 5),
			data: sign(20, TypeServeAxon, ServeAxon{Subnet: 1, IP: "203.0.113.9", Port: 1, IPType: IPv4})},
		{name: "serve axon rate-limited", hp: func(hp *Hyperparams) { hp.ServingRateLimit = 5 }, setup: ticks(2, 4),
			data: sign(20, TypeServeAxon, ServeAxon{Subnet: 1, IP: "203.0.113.9", Port: 1, IPType: IPv4}), want: ErrServingRateLimited, consumed: true},
		{name: "serve loopback axon", data: sign(1, TypeServeAxon, ServeAxon{Subnet: 1, IP: "127.0.0.1", Port: 1, IPType: IPv4}), want: ErrInvalidAxon, consumed: true},
		{name: "serve ::1", data: sign(1, TypeServeAxon, ServeAxon{Subnet: 1, IP: "::1", Port: 1, IPType: IPv6}), want: ErrInvalidAxon, consumed: true},
		{name: "serve loopback axon allowed", genesis: func(g *Genesis) { g.AllowLoopbackAxons = true },
			data: sign(1, TypeServeAxon, ServeAxon{Subnet: 1, IP: "127.0.0.1", Port: 1, IPType: IPv4})},
		{name: "serve axon unregistered", data: sign(30, TypeServeAxon, ServeAxon{Subnet: 1, IP: "203.0.113.9", Port: 1, IPType: IPv4}),
			want: subnet.ErrNotRegistered, consumed: true},
		{name: "serve axon on unknown subnet", data: sign(1, TypeServeAxon, ServeAxon{Subnet: 9, IP: "203.0.113.9", Port: 1, IPType: IPv4}),
			want: ErrUnknownSubnet, consumed: true},
		{name: "serve axon with a bad ip type", data: sign(1, TypeServeAxon, ServeAxon{Subnet: 1, IP: "203.0.113.9", Port: 1, IPType: 5}),
			want: ErrInvalidPayload, consumed: true},
		{name: "serve axon on port 0", data: sign(1, TypeServeAxon, ServeAxon{Subnet: 1, IP: "203.0.113.9", IPType: IPv4}),
			want: ErrInvalidPayload, consumed: true},

		// stake_snapshot
		{name: "stake snapshot", data: sign(2, TypeStakeSnapshot, StakeSnapshot{Block: 5, Stakes: []Stake{{addrOf(testKey(t, 20)), 7e9}, {k1, 0}}}),
			check: func(t *testing.T, h *harness, _ *Result) {
				s, _ := h.f.Subnet(1)
				if s.Neurons[0].Stake != 0 || s.Neurons[1].Stake != validatorStake2 || s.Neurons[2].Stake != 7e9 {
					t.Errorf("stakes %d %d %d, want 0, %d, 7e9", s.Neurons[0].Stake, s.Neurons[1].Stake, s.Neurons[2].Stake, uint64(validatorStake2))
				}
			}},
		{name: "stake snapshot in parts", setup: []testCmd{{2, TypeStakeSnapshot, StakeSnapshot{Block: 5, Stakes: []Stake{{k1, 1}}}}},
			data: sign(1, TypeStakeSnapshot, StakeSnapshot{Block: 5, Stakes: []Stake{{k2, 2}}})},
		{name: "stale stake snapshot", setup: []testCmd{{2, TypeStakeSnapshot, StakeSnapshot{Block: 5, Stakes: []Stake{{k1, 1}}}}},
			data: sign(1, TypeStakeSnapshot, StakeSnapshot{Block: 4, Stakes: []Stake{{k2, 2}}}), want: ErrStaleSnapshot, consumed: true},
		{name: "stake snapshot by non-validator", data: sign(10, TypeStakeSnapshot, StakeSnapshot{Block: 5, Stakes: []Stake{{k1, 1}}}),
			want: ErrUnauthorized, consumed: true},
		{name: "stake snapshot overflowing the total", data: sign(1, TypeStakeSnapshot, StakeSnapshot{Block: 5, Stakes: []Stake{{addrOf(testKey(t, 20)), math.MaxInt64 - validatorStake1}}}),
			want: ErrStakeOverflow, consumed: true},
		{name: "stake snapshot filling the total", data: sign(1, TypeStakeSnapshot, StakeSnapshot{Block: 5, Stakes: []Stake{{addrOf(testKey(t, 20)), math.MaxInt64 - validatorStake1 - validatorStake2}}})},
		{name: "stake snapshot with a duplicate", data: sign(1, TypeStakeSnapshot, StakeSnapshot{Block: 5, Stakes: []Stake{{k1, 1}, {k1, 2}}}),
			want: ErrInvalidPayload, consumed: true},
		{name: "empty stake snapshot", data: sign(1, TypeStakeSnapshot, StakeSnapshot{Block: 5, Stakes: []Stake{}}), want: ErrInvalidPayload, consumed: true},

		// settle (epoch 1 of subnet 1 exists after ticking to 10)
		{name: "settle", setup: ticks(2, 10), data: sign(2, TypeSettle, Settle{Subnet: 1, Epoch: 1, Tx: "0x" + strings.ToUpper(tx[2:8]) + tx[8:]}),
			check: func(t *testing.T, h *harness, _ *Result) {
				if got := h.f.Epochs(1)[0].Tx; got != "0x"+strings.Repeat("cd", 32) {
					t.Errorf("tx %q, want the lower-case hash", got)
				}
				if u := h.f.Unsettled(); len(u) != 0 {
					t.Errorf("Unsettled = %v, want none", u)
				}
			}},
		{name: "settle twice", setup: append(ticks(2, 10), testCmd{1, TypeSettle, Settle{Subnet: 1, Epoch: 1, Tx: tx}}),
			data: sign(2, TypeSettle, Settle{Subnet: 1, Epoch: 1, Tx: "0x" + strings.Repeat("ee", 32)}), want: ErrAlreadySettled, consumed: true},
		{name: "settle unknown epoch", setup: ticks(2, 10), data: sign(1, TypeSettle, Settle{Subnet: 1, Epoch: 2, Tx: tx}), want: ErrUnknownEpoch, consumed: true},
		{name: "settle before any epoch", data: sign(1, TypeSettle, Settle{Subnet: 1, Epoch: 1, Tx: tx}), want: ErrUnknownEpoch, consumed: true},
		{name: "settle unknown subnet", data: sign(1, TypeSettle, Settle{Subnet: 4, Epoch: 1, Tx: tx}), want: ErrUnknownSubnet, consumed: true},
		{name: "settle by non-validator", setup: ticks(2, 10), data: sign(10, TypeSettle, Settle{Subnet: 1, Epoch: 1, Tx: tx}), want: ErrUnauthorized, consumed: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := testGenesis(t)
			if tt.genesis != nil {
				tt.genesis(&g)
			}
			hp := testHyperparams()
			if tt.hp != nil {
				tt.hp(&hp)
			}
			h := newHarness(t, g)
			standardSubnet(h, hp)
			for _, c := range tt.setup {
				h.ok(testKey(t, c.key), c.typ, c.payload)
			}
			key, data := tt.data(h)
			nonces := allNonces(t, h.f)
			before, beforeHash := stateContent(t, h.f)
			signer := addrOf(testKey(t, key))
			nonceBefore := h.f.Nonce(signer)
			res := h.apply(data)
			if tt.want == nil {
				if res.Err != "" {
					t.Fatalf("rejected: %s", res.Err)
				}
				if h.f.Nonce(signer) != nonceBefore+1 {
					t.Errorf("nonce %d, want %d", h.f.Nonce(signer), nonceBefore+1)
				}
				if tt.check != nil {
					tt.check(t, h, res)
				}
				return
			}
			if !errors.Is(res.Cause(), tt.want) {
				t.Fatalf("Result = %q (%v), want %v", res.Err, res.Cause(), tt.want)
			}
			if !strings.HasPrefix(res.Err, "ledger: ") || res.Value != nil {
				t.Errorf("Result = %+v, want a ledger: error and no value", res)
			}
			if after, afterHash := stateContent(t, h.f); afterHash != beforeHash {
				t.Errorf("rejected command changed the state hash %s to %s:\nbefore %s\nafter  %s", beforeHash.Hex(), afterHash.Hex(), before, after)
			}
			wantNonce := nonceBefore
			if tt.consumed {
				wantNonce++
			}
			if got := h.f.Nonce(signer); got != wantNonce {
				t.Errorf("nonce of signer %d, want %d", got, wantNonce)
			}
			nonces[signer] = wantNonce
			if got := allNonces(t, h.f); !reflect.DeepEqual(got, nonces) {
				t.Errorf("other nonces changed: %v, want %v", got, nonces)
			}
			if h.f.AppliedIndex() != h.index {
				t.Errorf("applied index %d, want %d", h.f.AppliedIndex(), h.index)
			}
		})
	}
}

// sign returns a data func for a command signed by test key k with its
// next nonce.
func sign(k int, typ string, payload any) func(h *harness) (int, []byte) {
	return func(h *harness) (int, []byte) { return k, h.signed(testKey(h.tb, k), typ, payload, 0) }
}

// testCmd is a command to apply: signing test key, type, payload.
type testCmd struct {
	key     int
	typ     string
	payload any
}

// ticks returns tick commands from block from to block to, signed by key 1.
func ticks(from, to uint64) []testCmd {
	var out []testCmd
	for b := from; b <= to; b++ {
		out = append(out, testCmd{1, TypeTick, Tick{Block: b}})
	}
	return out
}

// resigned returns a command of key k with its next nonce, signed, then
// changed by modify.
func (h *harness) resigned(k int, typ string, payload any, modify func(*Envelope)) []byte {
	h.tb.Helper()
	env, err := DecodeEnvelope(h.signed(testKey(h.tb, k), typ, payload, 0))
	if err != nil {
		h.tb.Fatal(err)
	}
	modify(env)
	data, err := json.Marshal(env)
	if err != nil {
		h.tb.Fatal(err)
	}
	return data
}

func subnetIDs(f *FSM) []uint16 {
	var ids []uint16
	for _, s := range f.Subnets() {
		ids = append(ids, s.ID)
	}
	return ids
}

func allNonces(tb testing.TB, f *FSM) map[common.Address]uint64 {
	tb.Helper()
	f.mu.RLock()
	defer f.mu.RUnlock()
	out := map[common.Address]uint64{}
	for a, n := range f.st.nonces {
		out[a] = n
	}
	return out
}

func TestApplyRawLogRejections(t *testing.T) {
	h := newHarness(t, testGenesis(t))
	h.tickTo(1)
	// A non-command entry is rejected but takes its index.
	res := h.f.Apply(&raft.Log{Index: 5, Type: raft.LogNoop}).(*Result)
	if !errors.Is(res.Cause(), ErrNotCommand) || h.f.AppliedIndex() != 5 {
		t.Fatalf("noop entry: %q, applied %d", res.Err, h.f.AppliedIndex())
	}
	// An index at or below the applied one is ignored.
	data := h.signed(testKey(t, 1), TypeTick, Tick{Block: 2}, 0)
	for _, idx := range []uint64{5, 4} {
		res = h.f.Apply(&raft.Log{Index: idx, Type: raft.LogCommand, Data: data}).(*Result)
		if !errors.Is(res.Cause(), ErrStaleIndex) || h.f.Block() != 1 || h.f.AppliedIndex() != 5 {
			t.Fatalf("index %d: %q, block %d, applied %d", idx, res.Err, h.f.Block(), h.f.AppliedIndex())
		}
	}
	res = h.f.Apply(&raft.Log{Index: 6, Type: raft.LogCommand, Data: data}).(*Result)
	if res.Err != "" || h.f.Block() != 2 {
		t.Fatalf("index 6: %q, block %d", res.Err, h.f.Block())
	}
}

func TestInvalidGenesisRejectsEverything(t *testing.T) {
	bad := []Genesis{
		{ChainID: 0, Validators: testGenesis(t).Validators},
		{ChainID: testChainID},
		{ChainID: testChainID, Validators: []GenesisValidator{{Address: common.Address{}, Stake: 1}}},
		{ChainID: testChainID, Validators: append(testGenesis(t).Validators, testGenesis(t).Validators[0])},
		{ChainID: testChainID, Validators: []GenesisValidator{{Address: addrOf(testKey(t, 1)), Stake: 1 << 62}, {Address: addrOf(testKey(t, 2)), Stake: 1 << 62}}},
		{ChainID: testChainID, Validators: testGenesis(t).Validators, SubnetCreators: []common.Address{{}}},
	}
	for i, g := range bad {
		if err := g.Validate(); !errors.Is(err, ErrInvalidGenesis) {
			t.Errorf("genesis %d: Validate = %v, want ErrInvalidGenesis", i, err)
		}
		h := newHarness(t, g)
		res := h.send(testKey(t, 1), TypeTick, Tick{Block: 1})
		if !errors.Is(res.Cause(), ErrInvalidGenesis) || h.f.Block() != 0 || h.f.Nonce(addrOf(testKey(t, 1))) != 0 {
			t.Errorf("genesis %d: tick = %q, block %d", i, res.Err, h.f.Block())
		}
	}
	if err := testGenesis(t).Validate(); err != nil {
		t.Fatalf("test genesis: %v", err)
	}
}

func TestSubnetCreators(t *testing.T) {
	g := testGenesis(t)
	g.SubnetCreators = []common.Address{addrOf(testKey(t, 10))}
	h := newHarness(t, g)
	c := CreateSubnet{ID: 1, Name: "x", Task: TaskInference, ModelHash: testModelHash, Hyperparams: testHyperparams()}
	if res := h.send(testKey(t, 11), TypeCreateSubnet, c); !errors.Is(res.Cause(), ErrUnauthorized) {
		t.Fatalf("outsider: %q, want ErrUnauthorized", res.Err)
	}
	h.ok(testKey(t, 10), TypeCreateSubnet, c)
}

func TestMaxSubnets(t *testing.T) {
	h := newHarness(t, testGenesis(t))
	for i := range MaxSubnets {
		h.ok(testKey(t, 10), TypeCreateSubnet, CreateSubnet{ID: uint16(MaxSubnets - i), Name: "x", Task: TaskInference, ModelHash: testModelHash, Hyperparams: testHyperparams()})
	}
	res := h.send(testKey(t, 10), TypeCreateSubnet, CreateSubnet{ID: 0, Name: "x", Task: TaskInference, ModelHash: testModelHash, Hyperparams: testHyperparams()})
	if !errors.Is(res.Cause(), ErrTooManySubnets) {
		t.Fatalf("subnet %d: %q, want ErrTooManySubnets", MaxSubnets+1, res.Err)
	}
	ids := subnetIDs(h.f)
	for i, id := range ids {
		if id != uint16(i+1) {
			t.Fatalf("subnet ids not ascending: %v", ids)
		}
	}
}

// TestPruning fills a 3-slot subnet and registers more hotkeys: with every
// uid immune the earliest registered non-owner is replaced and the weights
// pointing at it drop to 0; with none immune (and no more than
// MinNonImmuneUIDs of them) the subnet is full.
func TestPruning(t *testing.T) {
	for _, immunity := range []uint16{1000, 0} {
		t.Run(fmt.Sprint("immunity ", immunity), func(t *testing.T) {
			hp := testHyperparams()
			hp.MaxAllowedUIDs, hp.ImmunityPeriod = 3, immunity
			h := newHarness(t, testGenesis(t))
			owner := testKey(t, 10)
			h.ok(owner, TypeCreateSubnet, CreateSubnet{ID: 1, Name: "x", Task: TaskInference, ModelHash: testModelHash, Hyperparams: hp})
			h.ok(owner, TypeRegister, Register{Subnet: 1, Role: RoleMiner}) // uid 0: the owner, immortal
			h.tickTo(1)
			h.ok(testKey(t, 1), TypeRegister, Register{Subnet: 1, Role: RoleValidator}) // uid 1
			h.tickTo(2)
			h.ok(testKey(t, 20), TypeRegister, Register{Subnet: 1, Role: RoleMiner}) // uid 2
			h.tickTo(3)
			h.ok(testKey(t, 1), TypeSetWeights, SetWeights{Subnet: 1, UIDs: []uint16{0, 2}, Values: []uint16{1, 2}})
			res := h.send(testKey(t, 21), TypeRegister, Register{Subnet: 1, Role: RoleMiner})
			if immunity == 0 {
				if !errors.Is(res.Cause(), ErrSubnetFull) {
					t.Fatalf("register on full subnet: %q, want ErrSubnetFull", res.Err)
				}
				return
			}
			if res.Err != "" {
				t.Fatal(res.Err)
			}
			if v := res.Value.(RegisterResult); v.Subnet != 1 || v.UID != 1 || !v.Replaced {
				t.Fatalf("Value = %+v, want uid 1 replaced", v)
			}
			s, _ := h.f.Subnet(1)
			nu := s.Neurons[1]
			if nu.Hotkey != addrOf(testKey(t, 21)) || nu.RegisteredAt != 3 || len(nu.Weights) != 0 || nu.ValidatorPermit {
				t.Fatalf("replaced neuron = %+v", nu)
			}
			// Next: uid 2 is the earliest non-owner; the weights of uid 1
			// (now key 21, none) are gone, so set some from the owner.
			h.ok(owner, TypeSetWeights, SetWeights{Subnet: 1, UIDs: []uint16{1, 2}, Values: []uint16{5, 5}})
			h.tickTo(4)
			if r := h.ok(testKey(t, 22), TypeRegister, Register{Subnet: 1, Role: RoleMiner}); r.Value.(RegisterResult).UID != 2 {
				t.Fatalf("second replacement took uid %d, want 2", r.Value.(RegisterResult).UID)
			}
			s, _ = h.f.Subnet(1)
			if want := []Entry{{1, 65535}, {2, 0}}; !reflect.DeepEqual(s.Neurons[0].Weights, want) {
				t.Fatalf("owner weights %v, want %v (weight to the replaced uid zeroed)", s.Neurons[0].Weights, want)
			}
		})
	}
}

// TestEpoch: subnet with tempo 10, two genesis validators (stakes 3:1) and
// three miners; both validators weight the miners; the tick to block 10
// runs one epoch whose payouts add up to the emission less bounded dust.
func TestEpoch(t *testing.T) {
	g := testGenesis(t)
	h := newHarness(t, g)
	hp := testHyperparams()
	standardSubnet(h, hp) // block 1
	h.ok(testKey(t, 1), TypeSetWeights, SetWeights{Subnet: 1, UIDs: []uint16{2, 3, 4}, Values: []uint16{100, 200, 300}})
	h.ok(testKey(t, 2), TypeSetWeights, SetWeights{Subnet: 1, UIDs: []uint16{2, 3, 4}, Values: []uint16{100, 250, 300}})
	h.tickTo(9)
	if n := len(h.f.Epochs(1)); n != 0 {
		t.Fatalf("%d epochs before block 10", n)
	}
	res := h.ok(testKey(t, 2), TypeTick, Tick{Block: 10})
	if v := res.Value.(TickResult); !reflect.DeepEqual(v.Epochs, []EpochRef{{Subnet: 1, Epoch: 1}}) || len(v.Skipped) != 0 {
		t.Fatalf("tick 10 = %+v, want epoch 1 of subnet 1", v)
	}
	epochs := h.f.Epochs(1)
	if len(epochs) != 1 {
		t.Fatalf("%d epochs, want 1", len(epochs))
	}
	rec := epochs[0]
	const n = 5
	e := uint64(hp.Tempo) * hp.EmissionPerBlock
	cut := new(big.Int).Div(new(big.Int).Mul(new(big.Int).SetUint64(e), big.NewInt(int64(hp.OwnerCut))), big.NewInt(65535)).Uint64()
	y := e - cut
	owner := addrOf(testKey(t, 10))
	if rec.Subnet != 1 || rec.Epoch != 1 || rec.Block != 10 || rec.Emission != e || rec.OwnerCut != cut || rec.Owner != owner || rec.Tx != "" {
		t.Fatalf("record header = %+v, want emission %d cut %d", rec, e, cut)
	}

	var total, miners, validators uint64
	roles := map[uint16]string{}
	for _, p := range rec.Payouts {
		total += p.Amount
		roles[p.UID] = p.Role
		switch p.Role {
		case RoleMiner:
			miners += p.Amount
		case RoleValidator:
			validators += p.Amount
		case RoleOwner:
			if p.UID != OwnerPayoutUID || p.Address != owner || p.Amount != cut {
				t.Errorf("owner payout %+v, want %d to %s as uid 65535", p, cut, owner.Hex())
			}
		}
		if p.Amount == 0 {
			t.Errorf("zero payout listed: %+v", p)
		}
	}
	if want := map[uint16]string{0: RoleValidator, 1: RoleValidator, 2: RoleMiner, 3: RoleMiner, 4: RoleMiner, OwnerPayoutUID: RoleOwner}; !reflect.DeepEqual(roles, want) {
		t.Fatalf("payout roles %v, want %v", roles, want)
	}
	// Payouts never exceed the emission. The Yuma part's shares are I32F32
	// values whose sum is at most 1 and falls short of 1 by less than one
	// unit (2^-32) per nonzero share (n server + n validator shares), and
	// each payout floors share·Y, losing under 1 base unit per share, so
	// dust = Y − Σ uid payouts < 2n·(Y/2^32 + 1).
	if total > e {
		t.Fatalf("payouts %d exceed emission %d", total, e)
	}
	dust := e - total
	bound := 2 * n * (y>>32 + 2)
	if dust >= bound {
		t.Fatalf("dust %d ≥ bound %d (payouts %d, emission %d)", dust, bound, total, e)
	}
	t.Logf("emission %d: owner %d, miners %d, validators %d, dust %d (bound %d)", e, cut, miners, validators, dust, bound)
	// Incentive and dividends are each normalized to 1 (within n units),
	// so miners receive Y/2 within the same bound.
	if diff := absDiff(miners, y/2); diff >= bound {
		t.Fatalf("miners got %d, want Y/2 = %d within %d", miners, y/2, bound)
	}

	s, _ := h.f.Subnet(1)
	nu := s.Neurons
	if !nu[0].ValidatorPermit || !nu[1].ValidatorPermit || nu[2].ValidatorPermit || nu[3].ValidatorPermit || nu[4].ValidatorPermit {
		t.Errorf("permits after the epoch: %v %v %v %v %v, want validators only",
			nu[0].ValidatorPermit, nu[1].ValidatorPermit, nu[2].ValidatorPermit, nu[3].ValidatorPermit, nu[4].ValidatorPermit)
	}
	if !(nu[4].Incentive > nu[3].Incentive && nu[3].Incentive > nu[2].Incentive && nu[2].Incentive > 0) {
		t.Errorf("miner incentives %d %d %d, want increasing with weight", nu[2].Incentive, nu[3].Incentive, nu[4].Incentive)
	}
	if !(nu[0].Dividends > nu[1].Dividends && nu[1].Dividends > 0) {
		t.Errorf("validator dividends %d %d, want the larger stake ahead", nu[0].Dividends, nu[1].Dividends)
	}
	if len(nu[0].Bonds) == 0 || nu[0].Stake != validatorStake1 || nu[2].Stake != 0 {
		t.Errorf("validator 0 = %+v, want bonds and genesis stake", nu[0])
	}
	if s.LastEpochBlock != 10 || s.NextEpochBlock != 20 || s.Epochs != 1 {
		t.Errorf("subnet clock: last %d next %d epochs %d", s.LastEpochBlock, s.NextEpochBlock, s.Epochs)
	}
	for i, row := range rec.Metagraph {
		if row.UID != uint16(i) || row.Hotkey != nu[i].Hotkey || row.Incentive != nu[i].Incentive || row.Emission != nu[i].Emission {
			t.Errorf("metagraph row %d = %+v, neuron %+v", i, row, nu[i])
		}
	}
	if u := h.f.Unsettled(); len(u) != 1 || u[0].Epoch != 1 {
		t.Errorf("Unsettled = %+v, want epoch 1", u)
	}

	// Determinism: the same entries give the same state on another replica.
	replica := h.replay(g)
	i1, h1 := h.f.StateHash()
	i2, h2 := replica.StateHash()
	if i1 != i2 || h1 != h2 {
		t.Fatalf("replica state hash (%d, %s), want (%d, %s)", i2, h2.Hex(), i1, h1.Hex())
	}
	if !reflect.DeepEqual(replica.Epochs(1), epochs) {
		t.Fatal("replica epochs differ")
	}
	// The second epoch follows at block 20.
	h.tickTo(20)
	if n := len(h.f.Epochs(1)); n != 2 {
		t.Fatalf("%d epochs at block 20, want 2", n)
	}
}

func absDiff(a, b uint64) uint64 {
	if a > b {
		return a - b
	}
	return b - a
}

// An epoch on a subnet nobody registered on pays only the owner cut.
func TestEpochEmptySubnet(t *testing.T) {
	h := newHarness(t, testGenesis(t))
	hp := testHyperparams()
	h.ok(testKey(t, 10), TypeCreateSubnet, CreateSubnet{ID: 3, Name: "empty", Task: TaskFineTune, ModelHash: testModelHash, Hyperparams: hp})
	h.tickTo(10)
	recs := h.f.Epochs(3)
	if len(recs) != 1 || len(recs[0].Payouts) != 1 || recs[0].Payouts[0].Role != RoleOwner || len(recs[0].Metagraph) != 0 {
		t.Fatalf("epochs = %+v, want one with only the owner cut", recs)
	}
}

func TestSnapshotRestore(t *testing.T) {
	g := testGenesis(t)
	h := newHarness(t, g)
	standardSubnet(h, testHyperparams())
	h.ok(testKey(t, 1), TypeSetWeights, SetWeights{Subnet: 1, UIDs: []uint16{2, 3, 4}, Values: []uint16{1, 2, 3}})
	h.tickTo(12)
	h.ok(testKey(t, 2), TypeSettle, Settle{Subnet: 1, Epoch: 1, Tx: "0x" + strings.Repeat("01", 32)})
	h.send(testKey(t, 20), TypeTick, Tick{Block: 13}) // rejected, nonce consumed

	data := snapshotBytes(t, h.f)
	restored := NewFSM(g)
	if err := restored.Restore(io.NopCloser(bytes.NewReader(data))); err != nil {
		t.Fatal(err)
	}
	i1, h1 := h.f.StateHash()
	i2, h2 := restored.StateHash()
	if i1 != i2 || h1 != h2 {
		t.Fatalf("restored state hash (%d, %s), want (%d, %s)", i2, h2.Hex(), i1, h1.Hex())
	}
	if !reflect.DeepEqual(restored.Subnets(), h.f.Subnets()) || !reflect.DeepEqual(allNonces(t, restored), allNonces(t, h.f)) ||
		!reflect.DeepEqual(restored.Epochs(1), h.f.Epochs(1)) || restored.Block() != h.f.Block() {
		t.Fatal("restored views differ")
	}
	if again := snapshotBytes(t, restored); !bytes.Equal(again, data) {
		t.Fatal("snapshot of the restored FSM differs from the original snapshot")
	}
	// Both continue identically.
	more := [][]byte{
		h.signed(testKey(t, 2), TypeSetWeights, SetWeights{Subnet: 1, UIDs: []uint16{2, 4}, Values: []uint16{9, 1}}, 0),
	}
	for b := h.f.Block() + 1; b <= 25; b++ {
		more = append(more, h.signed(testKey(t, 1), TypeTick, Tick{Block: b}, h.f.Nonce(addrOf(testKey(t, 1)))+b-h.f.Block()))
	}
	for i, d := range more {
		idx := i1 + uint64(i) + 1
		r1 := h.f.Apply(&raft.Log{Index: idx, Type: raft.LogCommand, Data: d}).(*Result)
		r2 := restored.Apply(&raft.Log{Index: idx, Type: raft.LogCommand, Data: d}).(*Result)
		if r1.Err != "" || r2.Err != r1.Err {
			t.Fatalf("entry %d: %q vs %q", i, r1.Err, r2.Err)
		}
	}
	_, h1 = h.f.StateHash()
	_, h2 = restored.StateHash()
	if h1 != h2 || len(h.f.Epochs(1)) != 2 {
		t.Fatalf("after more entries: %s vs %s, %d epochs", h1.Hex(), h2.Hex(), len(h.f.Epochs(1)))
	}

	// A snapshot of another genesis, or a broken one, is refused and the
	// state stays.
	other := g
	other.ChainID++
	if err := NewFSM(other).Restore(io.NopCloser(bytes.NewReader(data))); !errors.Is(err, ErrGenesisMismatch) {
		t.Errorf("other genesis: Restore = %v, want ErrGenesisMismatch", err)
	}
	loopback := g
	loopback.AllowLoopbackAxons = true
	if err := NewFSM(loopback).Restore(io.NopCloser(bytes.NewReader(data))); !errors.Is(err, ErrGenesisMismatch) {
		t.Errorf("genesis allowing loopback axons: Restore = %v, want ErrGenesisMismatch", err)
	}
	broken := map[string][]byte{
		"truncated":      data[:len(data)/2],
		"trailing":       append(append([]byte{}, data...), []byte("{}")...),
		"unknown format": bytes.Replace(data, []byte(snapshotFormat), []byte("agora-ledger/0"), 1),
		"unknown field":  bytes.Replace(data, []byte(`"format"`), []byte(`"x":1,"format"`), 1),
		"zero tempo":     bytes.Replace(data, []byte(`"tempo":10`), []byte(`"tempo":0`), 1),
		"bad weight uid": bytes.Replace(data, []byte(`"weights":[{"uid":2`), []byte(`"weights":[{"uid":9`), 1),
		"zero stake":     bytes.Replace(data, []byte(fmt.Sprintf(`"amount":%d`, validatorStake2)), []byte(`"amount":0`), 1),
		"stake overflow": bytes.Replace(data, []byte(fmt.Sprintf(`"amount":%d`, validatorStake2)), []byte(`"amount":9223372036854775807`), 1),
		"decay factor":   bytes.Replace(data, []byte(fmt.Sprintf(`"burn_decay_q32":%d`, subnet.DefaultBurnDecayFactorQ32)), []byte(`"burn_decay_q32":1`), 1),
		"burn below min": bytes.Replace(data, []byte(`"min_burn":500000`), []byte(`"min_burn":90000000000`), 1),
		"epoch index":    bytes.Replace(data, []byte(`"epoch_index":1`), []byte(`"epoch_index":0`), 1),
	}
	for name, b := range broken {
		if bytes.Equal(b, data) {
			t.Fatalf("%s: replacement did not apply", name)
		}
		_, before := restored.StateHash()
		if err := restored.Restore(io.NopCloser(bytes.NewReader(b))); !errors.Is(err, ErrInvalidSnapshot) {
			t.Errorf("%s: Restore = %v, want ErrInvalidSnapshot", name, err)
		}
		if _, after := restored.StateHash(); after != before {
			t.Errorf("%s: failed Restore changed the state", name)
		}
	}
}

func TestStateHashChanges(t *testing.T) {
	h := newHarness(t, testGenesis(t))
	seen := map[common.Hash]bool{}
	record := func() {
		_, hash := h.f.StateHash()
		if seen[hash] {
			t.Fatalf("state hash %s repeated", hash.Hex())
		}
		seen[hash] = true
	}
	record()
	standardSubnet(h, testHyperparams())
	record()
	h.send(testKey(t, 30), TypeTick, Tick{Block: 2}) // rejected: index and nonce change
	record()
	h.f.Apply(&raft.Log{Index: h.index + 1, Type: raft.LogCommand, Data: []byte("x")}) // rejected: index only
	record()
}

// TestViewsAreCopies: changing what a reader returned does not reach the
// ledger.
func TestViewsAreCopies(t *testing.T) {
	h := newHarness(t, testGenesis(t))
	standardSubnet(h, testHyperparams())
	h.ok(testKey(t, 1), TypeSetWeights, SetWeights{Subnet: 1, UIDs: []uint16{2}, Values: []uint16{1}})
	h.tickTo(10)
	_, before := h.f.StateHash()
	s, _ := h.f.Subnet(1)
	s.Neurons[0].Weights[0].Value = 7
	s.Neurons[0].Bonds[0].Value = 7
	e := h.f.Epochs(1)
	e[0].Payouts[0].Amount = 7
	e[0].Metagraph[0].Stake = 7
	u := h.f.Unsettled()
	u[0].Payouts[0].Amount = 8
	gen := h.f.Genesis()
	gen.Validators[0].Stake = 7
	if _, after := h.f.StateHash(); after != before {
		t.Fatal("modifying a view changed the ledger")
	}
}

// TestBurnPrice: the price starts clamped, decays once per tick from block
// 2 on (subnet.DecayBurn with the half-life's factor, as
// subnet.DecayBurnBlocks computes), is paid and recorded by register and
// then bumped by burn_increase_mult.
func TestBurnPrice(t *testing.T) {
	hp := testHyperparams()
	hp.Burn, hp.MinBurn, hp.MaxBurn, hp.BurnHalfLife = 5, 1000, 1_000_000_000_000, 4 // 5 is raised to min_burn
	hp.BurnIncreaseMult = Factor{Int: 2, Frac: 1 << 63}                              // 2.5
	h := newHarness(t, testGenesis(t))
	h.ok(testKey(t, 10), TypeCreateSubnet, CreateSubnet{ID: 1, Name: "x", Task: TaskInference, ModelHash: testModelHash, Hyperparams: hp})
	s, _ := h.f.Subnet(1)
	if s.Burn != 1000 {
		t.Fatalf("initial price %d, want min_burn 1000", s.Burn)
	}
	price := uint64(1000)
	for i, k := range []int{20, 21, 22} {
		r := h.ok(testKey(t, k), TypeRegister, Register{Subnet: 1, Role: RoleMiner})
		if v := r.Value.(RegisterResult); v.Burn != price || v.UID != uint16(i) {
			t.Fatalf("registration %d: %+v, want price %d", i, v, price)
		}
		price = subnet.BumpBurnBy(price, subnet.U64F64{Int: 2, Frac: 1 << 63}, hp.MinBurn, hp.MaxBurn)
	}
	if price != 15_625 { // 1000 · 2.5³
		t.Fatalf("price after three registrations %d, want 15625", price)
	}
	h.tickTo(1) // no decay at block 1
	if s, _ = h.f.Subnet(1); s.Burn != price {
		t.Fatalf("price at block 1 = %d, want %d", s.Burn, price)
	}
	h.tickTo(9)
	want := subnet.DecayBurnBlocks(price, 8, hp.BurnHalfLife, hp.MinBurn, hp.MaxBurn)
	if s, _ = h.f.Subnet(1); s.Burn != want || want >= price/3 || want <= price/5 {
		t.Fatalf("price at block 9 = %d, want %d (about a quarter of %d)", s.Burn, want, price)
	}
	r := h.ok(testKey(t, 23), TypeRegister, Register{Subnet: 1, Role: RoleMiner, MaxBurn: ptr(want)})
	if v := r.Value.(RegisterResult); v.Burn != want {
		t.Fatalf("paid %d, want %d", v.Burn, want)
	}
	if s, _ = h.f.Subnet(1); s.Neurons[3].Burn != want || s.Neurons[0].Burn != 1000 {
		t.Fatalf("recorded prices %d and %d, want %d and 1000", s.Neurons[3].Burn, s.Neurons[0].Burn, want)
	}
	h.f.mu.RLock()
	factor := h.f.st.subnets[0].BurnDecayQ32
	h.f.mu.RUnlock()
	if factor != subnet.DecayFactorQ32(4) {
		t.Fatalf("stored decay factor %d, want %d", factor, subnet.DecayFactorQ32(4))
	}
	h.tickTo(200)
	if s, _ = h.f.Subnet(1); s.Burn != hp.MinBurn {
		t.Fatalf("price after many blocks %d, want min_burn", s.Burn)
	}
}

// TestStakeSnapshotEpoch: a snapshot changes the stakes the next epoch
// reads, for every subnet and role; the epochs already run keep theirs.
func TestStakeSnapshotEpoch(t *testing.T) {
	h := newHarness(t, testGenesis(t))
	standardSubnet(h, testHyperparams())
	miner := addrOf(testKey(t, 20))
	h.ok(testKey(t, 1), TypeSetWeights, SetWeights{Subnet: 1, UIDs: []uint16{2, 3, 4}, Values: []uint16{1, 2, 3}})
	h.tickTo(10)
	h.ok(testKey(t, 2), TypeStakeSnapshot, StakeSnapshot{Block: 1, Stakes: []Stake{{addrOf(testKey(t, 2)), 0}, {miner, 5e11}}})
	h.ok(testKey(t, 10), TypeCreateSubnet, CreateSubnet{ID: 2, Name: "two", Task: TaskInference, ModelHash: testModelHash, Hyperparams: testHyperparams()})
	h.ok(testKey(t, 20), TypeRegister, Register{Subnet: 2, Role: RoleValidator})
	h.tickTo(20)
	stakes := func(rec EpochRecord) []uint64 {
		var out []uint64
		for _, m := range rec.Metagraph {
			out = append(out, m.Stake)
		}
		return out
	}
	e := h.f.Epochs(1)
	if got, want := stakes(e[0]), []uint64{validatorStake1, validatorStake2, 0, 0, 0}; !reflect.DeepEqual(got, want) {
		t.Errorf("epoch 1 stakes %v, want %v", got, want)
	}
	if got, want := stakes(e[1]), []uint64{validatorStake1, 0, 5e11, 0, 0}; !reflect.DeepEqual(got, want) {
		t.Errorf("epoch 2 stakes %v, want %v", got, want)
	}
	if got := stakes(h.f.Epochs(2)[0]); !reflect.DeepEqual(got, []uint64{5e11}) {
		t.Errorf("subnet 2 stakes %v, want [5e11]", got)
	}
}

// Settled epoch records older than the last Genesis.EpochHistory keep only
// their summary from the next tick on; unsettled ones stay whole.
func TestEpochPruning(t *testing.T) {
	g := testGenesis(t)
	g.EpochHistory = 2
	h := newHarness(t, g)
	standardSubnet(h, testHyperparams())
	h.ok(testKey(t, 1), TypeSetWeights, SetWeights{Subnet: 1, UIDs: []uint16{2, 3, 4}, Values: []uint16{1, 2, 3}})
	tx := func(b byte) string { return "0x" + strings.Repeat(fmt.Sprintf("%02x", b), 32) }
	h.tickTo(12) // epoch 1 at block 10
	first, _ := h.f.Epoch(1, 1)
	if len(first.Payouts) == 0 || first.PayoutsTotal == 0 || first.PayoutsHash != PayoutsHash(first.Payouts) {
		t.Fatalf("epoch 1 = %+v, want payouts with their total and hash", first)
	}
	h.ok(testKey(t, 2), TypeSettle, Settle{Subnet: 1, Epoch: 1, Tx: tx(1)})
	h.tickTo(29)
	if rec, _ := h.f.Epoch(1, 1); rec.Pruned {
		t.Fatal("epoch 1 pruned while among the last 2")
	}
	h.tickTo(41) // epochs 3 and 4 at blocks 30 and 40
	recs := h.f.Epochs(1)
	if len(recs) != 4 {
		t.Fatalf("%d epochs, want 4", len(recs))
	}
	want := first
	want.Tx, want.Payouts, want.Metagraph, want.Pruned = tx(1), nil, nil, true
	if !reflect.DeepEqual(recs[0], want) {
		t.Fatalf("epoch 1 = %+v, want the summary %+v", recs[0], want)
	}
	if recs[1].Pruned || recs[1].Metagraph == nil || recs[2].Pruned || recs[3].Pruned {
		t.Fatal("an unsettled or recent epoch was pruned")
	}
	h.ok(testKey(t, 2), TypeSettle, Settle{Subnet: 1, Epoch: 2, Tx: tx(2)})
	if rec, _ := h.f.Epoch(1, 2); rec.Pruned {
		t.Fatal("epoch 2 pruned at its settle, not at the next tick")
	}
	h.tickTo(42)
	if rec, _ := h.f.Epoch(1, 2); !rec.Pruned || rec.Tx != tx(2) {
		t.Fatalf("epoch 2 = %+v, want pruned at the tick after its settle", rec)
	}
	if got := h.f.Unsettled(); len(got) != 2 || got[0].Epoch != 3 || got[1].Epoch != 4 || got[0].Metagraph == nil {
		t.Fatalf("unsettled = %+v, want epochs 3 and 4 in full", got)
	}
	if res := h.send(testKey(t, 2), TypeSettle, Settle{Subnet: 1, Epoch: 1, Tx: tx(3)}); !errors.Is(res.Cause(), ErrAlreadySettled) {
		t.Fatalf("settling a pruned epoch again: %v, want ErrAlreadySettled", res.Cause())
	}

	// Snapshots carry the summaries, and Restore checks them.
	data := snapshotBytes(t, h.f)
	restored := NewFSM(g)
	if err := restored.Restore(io.NopCloser(bytes.NewReader(data))); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(restored.Epochs(1), h.f.Epochs(1)) {
		t.Fatal("restored epochs differ")
	}
	broken := map[string][]byte{
		"recent epoch pruned": bytes.Replace(data, []byte(`"tx":""`), []byte(`"tx":"`+tx(4)+`","pruned":true`), 1),
		"pruned unsettled":    bytes.Replace(data, []byte(`"tx":"`+tx(1)+`","pruned":true`), []byte(`"tx":"","pruned":true`), 1),
	}
	total := []byte(fmt.Sprintf(`"payouts_total":%d`, recs[3].PayoutsTotal))
	if i := bytes.LastIndex(data, total); i >= 0 {
		broken["wrong total"] = slices.Concat(data[:i], []byte(`"payouts_total":1`), data[i+len(total):])
	}
	for name, b := range broken {
		if bytes.Equal(b, data) {
			t.Fatalf("%s: replacement did not apply", name)
		}
		if err := NewFSM(g).Restore(io.NopCloser(bytes.NewReader(b))); !errors.Is(err, ErrInvalidSnapshot) {
			t.Errorf("%s: Restore = %v, want ErrInvalidSnapshot", name, err)
		}
	}
	// Another history length is another genesis.
	other := g
	other.EpochHistory = 3
	if err := NewFSM(other).Restore(io.NopCloser(bytes.NewReader(data))); !errors.Is(err, ErrGenesisMismatch) {
		t.Errorf("other epoch history: Restore = %v, want ErrGenesisMismatch", err)
	}
}
