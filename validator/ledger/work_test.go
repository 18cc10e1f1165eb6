package ledger

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agora-net/agora/subnet"
)

// workSetup is standardSubnet (subnet 1, inference) plus subnet 2, a
// fine-tune subnet of owner 10 with genesis validator 1 and miners 20 and
// 21; it ends at block 2.
func workSetup(h *harness) {
	h.tb.Helper()
	standardSubnet(h, testHyperparams())
	h.ok(testKey(h.tb, 10), TypeCreateSubnet, CreateSubnet{ID: 2, Name: "tune", Task: TaskFineTune, ModelHash: testModelHash, Hyperparams: testHyperparams()})
	h.ok(testKey(h.tb, 1), TypeRegister, Register{Subnet: 2, Role: RoleValidator})
	for _, k := range []int{20, 21} {
		h.ok(testKey(h.tb, k), TypeRegister, Register{Subnet: 2, Role: RoleMiner, Axon: fmt.Sprintf("10.0.1.%d:9000", k)})
	}
	h.tickTo(2)
}

const otherModelHash = "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100"

func commitment(n int) string { return fmt.Sprintf("%064x", n) }

// TestDeclarationsAndOffences runs every rule of the miner declarations
// (register and serve_axon with model_hash and hardware, commit_finetune)
// and of the offence path (report_evidence, slash): an accepted command
// does what it says, and every rejection names its error, leaves the state
// hash unchanged and consumes the nonce only past the envelope checks.
func TestDeclarationsAndOffences(t *testing.T) {
	hw := &Hardware{Class: "gpu-24gb", CPUModel: "AMD EPYC 7B13", Cores: 16, MemoryBytes: 64 << 30,
		GPUs: []GPU{{Name: "NVIDIA L4", MemoryMiB: 23034}}}
	miner20 := addrOf(testKey(t, 20))
	tx := "0x" + strings.Repeat("AB", 32)
	ev := func(b byte) common.Hash { return common.Hash{b, 1} }
	report := func(k int, b byte) testCmd {
		return testCmd{k, TypeReportEvidence, ReportEvidence{Subnet: 1, Hotkey: miner20, Evidence: ev(b)}}
	}
	confirmed := []testCmd{report(1, 1)} // key 1 holds 3/4 of the validator stake
	tests := []struct {
		name  string
		setup []testCmd
		cmd   testCmd
		want  error
		check func(t *testing.T, h *harness, res *Result)
	}{
		{name: "register with declarations", cmd: testCmd{23, TypeRegister, Register{Subnet: 1, Role: RoleMiner, ModelHash: testModelHash, Hardware: hw}},
			check: func(t *testing.T, h *harness, _ *Result) {
				s, _ := h.f.Subnet(1)
				nu := s.Neurons[len(s.Neurons)-1]
				if nu.ModelHash != testModelHash || nu.Hardware == nil || nu.Hardware.Class != "gpu-24gb" || len(nu.Hardware.GPUs) != 1 {
					t.Errorf("neuron %+v, want the declared model and hardware", nu)
				}
			}},
		{name: "register on fine-tune with another model", cmd: testCmd{23, TypeRegister, Register{Subnet: 2, Role: RoleMiner, ModelHash: otherModelHash}}},
		{name: "register with another model", cmd: testCmd{23, TypeRegister, Register{Subnet: 1, Role: RoleMiner, ModelHash: otherModelHash}}, want: ErrModelMismatch},
		{name: "register validator with hardware", cmd: testCmd{30, TypeRegister, Register{Subnet: 1, Role: RoleValidator, Hardware: hw}}, want: ErrInvalidPayload},
		{name: "register with malformed model hash", cmd: testCmd{23, TypeRegister, Register{Subnet: 1, Role: RoleMiner, ModelHash: strings.ToUpper(testModelHash)}}, want: ErrInvalidPayload},
		{name: "register with a bad class", cmd: testCmd{23, TypeRegister, Register{Subnet: 1, Role: RoleMiner, Hardware: &Hardware{Class: "GPU 80"}}}, want: ErrInvalidPayload},
		{name: "register without a class", cmd: testCmd{23, TypeRegister, map[string]any{"subnet": 1, "role": "miner", "hardware": map[string]any{"cores": 2}}}, want: ErrInvalidPayload},
		{name: "register with an unknown hardware key", cmd: testCmd{23, TypeRegister, map[string]any{"subnet": 1, "role": "miner", "hardware": map[string]any{"class": "cpu", "tpu": 1}}}, want: ErrInvalidPayload},
		{name: "register with a nameless gpu", cmd: testCmd{23, TypeRegister, Register{Subnet: 1, Role: RoleMiner, Hardware: &Hardware{Class: "cpu", GPUs: []GPU{{MemoryMiB: 1}}}}}, want: ErrInvalidPayload},
		{name: "register with a control character", cmd: testCmd{23, TypeRegister, Register{Subnet: 1, Role: RoleMiner, Hardware: &Hardware{Class: "cpu", CPUModel: "a\nb"}}}, want: ErrInvalidPayload},
		{name: "register with too many cores", cmd: testCmd{23, TypeRegister, Register{Subnet: 1, Role: RoleMiner, Hardware: &Hardware{Class: "cpu", Cores: MaxCores + 1}}}, want: ErrInvalidPayload},
		{name: "register with too many gpus", cmd: testCmd{23, TypeRegister, Register{Subnet: 1, Role: RoleMiner, Hardware: &Hardware{Class: "cpu", GPUs: make([]GPU, MaxGPUs+1)}}}, want: ErrInvalidPayload},

		{name: "serve axon with declarations", setup: []testCmd{{23, TypeRegister, Register{Subnet: 1, Role: RoleMiner}}},
			cmd: testCmd{23, TypeServeAxon, ServeAxon{Subnet: 1, IP: "203.0.113.9", Port: 9, IPType: IPv4, ModelHash: testModelHash, Hardware: hw}},
			check: func(t *testing.T, h *harness, _ *Result) {
				s, _ := h.f.Subnet(1)
				if nu := s.Neurons[5]; nu.ModelHash != testModelHash || nu.Hardware == nil || nu.Hardware.Cores != 16 || nu.Axon != "203.0.113.9:9" {
					t.Errorf("neuron %+v, want the new axon and declarations", nu)
				}
			}},
		{name: "serve axon keeps declarations", setup: []testCmd{{23, TypeRegister, Register{Subnet: 1, Role: RoleMiner, ModelHash: testModelHash, Hardware: hw}}},
			cmd: testCmd{23, TypeServeAxon, ServeAxon{Subnet: 1, IP: "203.0.113.8", Port: 9, IPType: IPv4}},
			check: func(t *testing.T, h *harness, _ *Result) {
				if s, _ := h.f.Subnet(1); s.Neurons[5].Hardware == nil || s.Neurons[5].ModelHash != testModelHash {
					t.Error("serve_axon without declarations dropped the declared ones")
				}
			}},
		{name: "serve axon with another model", cmd: testCmd{20, TypeServeAxon, ServeAxon{Subnet: 1, IP: "203.0.113.9", Port: 9, IPType: IPv4, ModelHash: otherModelHash}}, want: ErrModelMismatch},
		{name: "validator serves hardware", cmd: testCmd{1, TypeServeAxon, ServeAxon{Subnet: 1, IP: "203.0.113.9", Port: 9, IPType: IPv4, Hardware: hw}}, want: ErrUnauthorized},
		{name: "serve axon with a bad class", cmd: testCmd{20, TypeServeAxon, ServeAxon{Subnet: 1, IP: "203.0.113.9", Port: 9, IPType: IPv4, Hardware: &Hardware{Class: ""}}}, want: ErrInvalidPayload},

		{name: "commit fine-tune", cmd: testCmd{20, TypeCommitFineTune, CommitFineTune{Subnet: 2, Commitment: commitment(1)}},
			check: func(t *testing.T, h *harness, res *Result) {
				s, _ := h.f.Subnet(2)
				uid, hotkey, at, ok := s.FineTuneCommitment(commitment(1))
				if v, _ := res.Value.(FineTuneCommitResult); !ok || uid != 1 || hotkey != miner20 || at.Block != 2 || at.Seq != 1 ||
					v != (FineTuneCommitResult{Subnet: 2, UID: 1, Block: 2}) {
					t.Errorf("commitment found %v at uid %d %s %+v; result %+v", ok, uid, hotkey.Hex(), at, res.Value)
				}
			}},
		{name: "commit fine-tune keeps the last ones", setup: func() []testCmd {
			var out []testCmd
			for i := range MaxFineTuneCommits {
				out = append(out, testCmd{20, TypeCommitFineTune, CommitFineTune{Subnet: 2, Commitment: commitment(100 + i)}})
			}
			return out
		}(), cmd: testCmd{20, TypeCommitFineTune, CommitFineTune{Subnet: 2, Commitment: commitment(1)}},
			check: func(t *testing.T, h *harness, _ *Result) {
				s, _ := h.f.Subnet(2)
				got := s.Neurons[1].FineTunes
				if len(got) != MaxFineTuneCommits || got[0].Commitment != commitment(101) || got[len(got)-1].Commitment != commitment(1) {
					t.Errorf("kept %d commitments from %v to %v", len(got), got[0], got[len(got)-1])
				}
			}},
		{name: "commit fine-tune twice", setup: []testCmd{{20, TypeCommitFineTune, CommitFineTune{Subnet: 2, Commitment: commitment(1)}}},
			cmd: testCmd{20, TypeCommitFineTune, CommitFineTune{Subnet: 2, Commitment: commitment(1)}}, want: ErrDuplicateCommitment},
		{name: "commit another's commitment", setup: []testCmd{{20, TypeCommitFineTune, CommitFineTune{Subnet: 2, Commitment: commitment(1)}}},
			cmd: testCmd{21, TypeCommitFineTune, CommitFineTune{Subnet: 2, Commitment: commitment(1)}}, want: ErrDuplicateCommitment},
		{name: "commit fine-tune on an inference subnet", cmd: testCmd{20, TypeCommitFineTune, CommitFineTune{Subnet: 1, Commitment: commitment(1)}}, want: ErrWrongTask},
		{name: "commit fine-tune on an unknown subnet", cmd: testCmd{20, TypeCommitFineTune, CommitFineTune{Subnet: 9, Commitment: commitment(1)}}, want: ErrUnknownSubnet},
		{name: "commit fine-tune unregistered", cmd: testCmd{22, TypeCommitFineTune, CommitFineTune{Subnet: 2, Commitment: commitment(1)}}, want: subnet.ErrNotRegistered},
		{name: "validator commits fine-tune", cmd: testCmd{1, TypeCommitFineTune, CommitFineTune{Subnet: 2, Commitment: commitment(1)}}, want: ErrUnauthorized},
		{name: "malformed commitment", cmd: testCmd{20, TypeCommitFineTune, CommitFineTune{Subnet: 2, Commitment: "0x" + commitment(1)[2:]}}, want: ErrInvalidPayload},
		{name: "commitment missing", cmd: testCmd{20, TypeCommitFineTune, map[string]any{"subnet": 2}}, want: ErrInvalidPayload},

		{name: "report confirms with two thirds", cmd: report(1, 1), check: func(t *testing.T, h *harness, _ *Result) {
			o := h.f.Offences(1)
			if len(o) != 1 || !o[0].Confirmed || o[0].ConfirmedBlock != 2 || o[0].Evidence != ev(1) || o[0].UID != 2 || o[0].Epoch != 0 {
				t.Errorf("offences %+v, want one confirmed at block 2", o)
			}
			if p := h.f.PendingSlashes(); len(p) != 1 || p[0].Subnet != 1 || p[0].Hotkey != miner20 {
				t.Errorf("pending slashes %+v", p)
			}
		}},
		{name: "report below two thirds", cmd: report(2, 1), check: func(t *testing.T, h *harness, _ *Result) {
			if o := h.f.Offences(1); len(o) != 1 || o[0].Confirmed || len(h.f.PendingSlashes()) != 0 {
				t.Errorf("offences %+v, want one unconfirmed (1/4 of the stake)", o)
			}
		}},
		{name: "second report confirms", setup: []testCmd{report(2, 1)}, cmd: report(1, 2), check: func(t *testing.T, h *harness, _ *Result) {
			if o := h.f.Offences(1); len(o) != 1 || !o[0].Confirmed || len(o[0].Reports) != 2 || o[0].Evidence != ev(1) {
				t.Errorf("offences %+v, want one confirmed by two reports naming the first evidence", o)
			}
		}},
		{name: "report after confirmation", setup: confirmed, cmd: report(2, 2), want: ErrAlreadyConfirmed},
		{name: "report twice", setup: []testCmd{report(2, 1)}, cmd: report(2, 2), want: ErrDuplicateReport},
		{name: "report the same evidence", setup: []testCmd{report(2, 1)}, cmd: report(1, 1), want: ErrDuplicateReport},
		{name: "report by a miner", cmd: report(21, 1), want: ErrUnauthorized},
		{name: "report by an outsider", cmd: report(30, 1), want: ErrUnauthorized},
		{name: "report a validator", cmd: testCmd{1, TypeReportEvidence, ReportEvidence{Subnet: 1, Hotkey: addrOf(testKey(t, 2)), Evidence: ev(1)}}, want: subnet.ErrNotRegistered},
		{name: "report an unregistered miner", cmd: testCmd{1, TypeReportEvidence, ReportEvidence{Subnet: 1, Hotkey: addrOf(testKey(t, 30)), Evidence: ev(1)}}, want: subnet.ErrNotRegistered},
		{name: "report on an unknown subnet", cmd: testCmd{1, TypeReportEvidence, ReportEvidence{Subnet: 9, Hotkey: miner20, Evidence: ev(1)}}, want: ErrUnknownSubnet},
		{name: "report zero evidence", cmd: testCmd{1, TypeReportEvidence, ReportEvidence{Subnet: 1, Hotkey: miner20}}, want: ErrInvalidPayload},
		{name: "report zero hotkey", cmd: testCmd{1, TypeReportEvidence, ReportEvidence{Subnet: 1, Evidence: ev(1)}}, want: ErrInvalidPayload},

		{name: "slash", setup: confirmed, cmd: testCmd{2, TypeSlash, Slash{Subnet: 1, Hotkey: miner20, Epoch: 0, Amount: 7, Tx: tx}},
			check: func(t *testing.T, h *harness, _ *Result) {
				o := h.f.Offences(1)
				if len(o) != 1 || !o[0].Slashed || o[0].Amount != 7 || o[0].Tx != strings.ToLower(tx) || len(h.f.PendingSlashes()) != 0 {
					t.Errorf("offences %+v, want one slashed of 7 in tx %s", o, strings.ToLower(tx))
				}
			}},
		{name: "slash of nothing at stake", setup: confirmed, cmd: testCmd{1, TypeSlash, Slash{Subnet: 1, Hotkey: miner20, Epoch: 0}}},
		{name: "slash twice", setup: append(confirmed, testCmd{1, TypeSlash, Slash{Subnet: 1, Hotkey: miner20}}),
			cmd: testCmd{1, TypeSlash, Slash{Subnet: 1, Hotkey: miner20, Amount: 1, Tx: tx}}, want: ErrAlreadySlashed},
		{name: "slash unconfirmed", setup: []testCmd{report(2, 1)}, cmd: testCmd{1, TypeSlash, Slash{Subnet: 1, Hotkey: miner20}}, want: ErrNotConfirmed},
		{name: "slash unknown offence", setup: confirmed, cmd: testCmd{1, TypeSlash, Slash{Subnet: 1, Hotkey: miner20, Epoch: 1}}, want: ErrUnknownOffence},
		{name: "slash on an unknown subnet", setup: confirmed, cmd: testCmd{1, TypeSlash, Slash{Subnet: 9, Hotkey: miner20}}, want: ErrUnknownSubnet},
		{name: "slash by a non-validator", setup: confirmed, cmd: testCmd{10, TypeSlash, Slash{Subnet: 1, Hotkey: miner20}}, want: ErrUnauthorized},
		{name: "slash an amount without tx", setup: confirmed, cmd: testCmd{1, TypeSlash, Slash{Subnet: 1, Hotkey: miner20, Amount: 1}}, want: ErrInvalidPayload},
		{name: "slash a tx without amount", setup: confirmed, cmd: testCmd{1, TypeSlash, Slash{Subnet: 1, Hotkey: miner20, Tx: tx}}, want: ErrInvalidPayload},
		{name: "slash a malformed tx", setup: confirmed, cmd: testCmd{1, TypeSlash, Slash{Subnet: 1, Hotkey: miner20, Amount: 1, Tx: tx[:60]}}, want: ErrInvalidPayload},
		{name: "slash without amount key", setup: confirmed, cmd: testCmd{1, TypeSlash, map[string]any{"subnet": 1, "hotkey": miner20, "epoch": 0}}, want: ErrInvalidPayload},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, testGenesis(t))
			workSetup(h)
			for _, c := range tt.setup {
				h.ok(testKey(t, c.key), c.typ, c.payload)
			}
			signer := addrOf(testKey(t, tt.cmd.key))
			nonce := h.f.Nonce(signer)
			_, before := stateContent(t, h.f)
			res := h.send(testKey(t, tt.cmd.key), tt.cmd.typ, tt.cmd.payload)
			if got := h.f.Nonce(signer); got != nonce+1 {
				t.Errorf("nonce %d, want %d (consumed)", got, nonce+1)
			}
			if tt.want == nil {
				if res.Err != "" {
					t.Fatalf("rejected: %s", res.Err)
				}
				if tt.check != nil {
					tt.check(t, h, res)
				}
				checkRestorable(t, testGenesis(t), h.f)
				return
			}
			if !errors.Is(res.Cause(), tt.want) {
				t.Fatalf("got %q, want %v", res.Err, tt.want)
			}
			if _, after := stateContent(t, h.f); after != before {
				t.Errorf("rejected command changed the state hash")
			}
		})
	}
}

// An unconfirmed offence lasts until the epoch index moves on; a
// confirmed one stays until it is slashed, and at most
// MaxSlashedOffences slashed ones are kept.
func TestOffenceLifetime(t *testing.T) {
	h := newHarness(t, testGenesis(t))
	workSetup(h)
	miner := func(k int) common.Address { return addrOf(testKey(t, k)) }
	h.ok(testKey(t, 2), TypeReportEvidence, ReportEvidence{Subnet: 1, Hotkey: miner(20), Evidence: common.Hash{1}})
	h.ok(testKey(t, 1), TypeReportEvidence, ReportEvidence{Subnet: 1, Hotkey: miner(21), Evidence: common.Hash{2}})
	h.tickTo(9)
	if o := h.f.Offences(1); len(o) != 2 {
		t.Fatalf("before the epoch: %d offences, want 2", len(o))
	}
	h.tickTo(10) // epoch 1 runs: the index moves on
	o := h.f.Offences(1)
	if len(o) != 1 || o[0].Hotkey != miner(21) || !o[0].Confirmed {
		t.Fatalf("after the epoch: %+v, want only the confirmed offence of miner 21", o)
	}
	// A new report of miner 20 opens its offence of epoch 1.
	h.ok(testKey(t, 1), TypeReportEvidence, ReportEvidence{Subnet: 1, Hotkey: miner(20), Evidence: common.Hash{3}})
	if p := h.f.PendingSlashes(); len(p) != 2 || p[1].Epoch != 1 || p[1].Hotkey != miner(20) {
		t.Fatalf("pending %+v, want miner 21's (epoch 0) and miner 20's (epoch 1)", p)
	}
	// Slash more than MaxSlashedOffences offences: the oldest go.
	for i := range MaxSlashedOffences + 3 {
		for _, p := range h.f.PendingSlashes() {
			h.ok(testKey(t, 1), TypeSlash, Slash{Subnet: p.Subnet, Hotkey: p.Hotkey, Epoch: p.Epoch})
		}
		h.tickTo(h.f.Block() + 10)
		h.ok(testKey(t, 1), TypeReportEvidence, ReportEvidence{Subnet: 1, Hotkey: miner(22), Evidence: common.Hash{4, byte(i)}})
	}
	o = h.f.Offences(1)
	if len(o) != MaxSlashedOffences+1 || !o[0].Slashed || o[len(o)-1].Slashed {
		t.Fatalf("%d offences kept, want %d slashed and the last one pending", len(o), MaxSlashedOffences)
	}
	checkRestorable(t, testGenesis(t), h.f)
}
