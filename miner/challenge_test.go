package miner

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/agora-net/agora/scoring"
)

func TestChallengeHonestCPU(t *testing.T) {
	cfg, _ := testConfig(t, newFakeModel(0))
	cfg.Hardware = Hardware{Cores: 2, Class: scoring.ClassCPU}
	f := start(t, cfg)
	c := f.client(f.validator)
	class := scoring.HardwareClass{Name: scoring.ClassCPU, N: 64, MaxMillis: 5000}
	v, err := c.CheckHardware(context.Background(), class, [32]byte{1}, [32]byte{2}, 8)
	if err != nil {
		t.Fatal(err)
	}
	if !v.Holds || v.Reason != "" || v.Claimed != "cpu" || v.Evidence == nil || v.Evidence.Verify() != nil {
		t.Errorf("honest cpu miner: %+v", v)
	}
	// Claiming cpu, it does not pass as a GPU.
	v, err = c.CheckHardware(context.Background(), scoring.HardwareClass{Name: "gpu-80gb", N: 64, MaxMillis: 5000}, [32]byte{1}, [32]byte{3}, 8)
	if err != nil || v.Holds || !strings.Contains(v.Reason, `claims class "cpu"`) {
		t.Errorf("cpu miner checked as a GPU: %+v, %v", v, err)
	}
	if _, err := c.CheckHardware(context.Background(), scoring.HardwareClass{Name: "odd", N: 100}, [32]byte{}, [32]byte{}, 1); err == nil {
		t.Error("a class of size 100 was accepted")
	}
}

// TestChallengeFakeGPU: a CPU miner claiming a GPU answers the GPU-sized
// challenge too late and its claim does not hold.
func TestChallengeFakeGPU(t *testing.T) {
	cfg, _ := testConfig(t, newFakeModel(0))
	cfg.Behaviour = FakeGPU
	f := start(t, cfg)
	if got := f.srv.Hardware(); got.Class != "gpu-80gb" || len(got.GPUs) != 1 {
		t.Fatalf("fake-gpu claims %+v", got)
	}
	h, err := NewClient(f.addr, ClientConfig{}).Health(context.Background())
	if err != nil || h.Hardware.Class != "gpu-80gb" {
		t.Fatalf("health: %+v, %v", h, err)
	}
	// A scaled-down GPU class for the test: N = 512 in 2 ms needs about
	// 70 G multiply-adds/s, far above a CPU core's few.
	class := scoring.HardwareClass{Name: "gpu-80gb", N: 512, MaxMillis: 2}
	v, err := f.client(f.validator).CheckHardware(context.Background(), class, [32]byte{4}, [32]byte{5}, 8)
	if err != nil {
		t.Fatal(err)
	}
	if v.Holds || !strings.Contains(v.Reason, "no answer within 2ms") {
		t.Errorf("fake GPU: %+v", v)
	}
	// Given all the time it needs, its rows are right: it is the time that
	// gives it away.
	slow := scoring.HardwareClass{Name: "gpu-80gb", N: 512, MaxMillis: 20000}
	v, err = f.client(f.validator).CheckHardware(context.Background(), slow, [32]byte{4}, [32]byte{5}, 8)
	if err != nil || !v.Holds {
		t.Errorf("fake GPU with a generous limit: %+v, %v", v, err)
	}
	t.Logf("CPU answered N=512 in %d ms", v.ElapsedMS)
}

func TestChallengeRequests(t *testing.T) {
	cfg, _ := testConfig(t, newFakeModel(0))
	f := start(t, cfg)
	c := f.client(f.validator)
	resp, _, err := c.Challenge(context.Background(), [32]byte{9}, 16)
	if err != nil {
		t.Fatal(err)
	}
	// Only the validator that sent the challenge can open it.
	other := f.client(testKey(t, 4))
	_, _, err = other.Open(context.Background(), resp.ID, []int{1})
	if apiErr, ok := errors.AsType[*APIError](err); !ok || apiErr.StatusCode != 404 {
		t.Errorf("open by another validator: got %v, want 404", err)
	}
	for _, tt := range []struct {
		name, path, body, want string
	}{
		{"no seed", ChallengePath, `{"n": 16}`, "seed and n are required"},
		{"short seed", ChallengePath, `{"seed": "0x1234", "n": 16}`, "seed must be 32 bytes"},
		{"size not a power of two", ChallengePath, `{"seed": "0x` + strings.Repeat("00", 32) + `", "n": 100}`, "not a power of two in [2, 1024]"},
		{"size over the limit", ChallengePath, `{"seed": "0x` + strings.Repeat("00", 32) + `", "n": 2048}`, "not a power of two in [2, 1024]"},
		{"no id", ChallengeOpenPath, `{"rows": [1]}`, "id is required"},
		{"no rows", ChallengeOpenPath, `{"id": "` + resp.ID + `", "rows": []}`, "want 1 to 64 row indices"},
		{"rows out of order", ChallengeOpenPath, `{"id": "` + resp.ID + `", "rows": [3, 2]}`, "ascending distinct"},
		{"row out of range", ChallengeOpenPath, `{"id": "` + resp.ID + `", "rows": [16]}`, "ascending distinct indices in [0, 16)"},
	} {
		status, msg, _ := f.rawSigned(t, f.validator, http.MethodPost, tt.path, tt.body, nil)
		if status != 400 || !strings.Contains(msg, tt.want) {
			t.Errorf("%s: got %d %q, want 400 containing %q", tt.name, status, msg, tt.want)
		}
	}
	opened, _, err := c.Open(context.Background(), resp.ID, []int{0, 15})
	if err != nil || len(opened.Rows) != 2 || len(opened.Rows[1].Row) != 16 || len(opened.Rows[1].Proof) != 4 {
		t.Errorf("open: %+v, %v", opened, err)
	}
}

func TestPing(t *testing.T) {
	cfg, _ := testConfig(t, newFakeModel(0))
	f := start(t, cfg)
	p, ev, err := f.client(f.validator).Ping(context.Background())
	if err != nil || p.Miner != addr(f.minerKey).Hex() || ev.Verify() != nil {
		t.Errorf("ping: %+v, %v", p, err)
	}
	if _, _, err := f.client(f.outsider).Ping(context.Background()); err == nil {
		t.Error("a non-validator's ping was answered")
	}
}

// Validators checking one miner at the same time each open their own
// challenge: the miner keeps every small solved challenge until its
// openings, not just the last two.
func TestChallengesOfSeveralValidators(t *testing.T) {
	cfg, permits := testConfig(t, newFakeModel(0))
	cfg.Hardware = Hardware{Cores: 2, Class: scoring.ClassCPU}
	for k := byte(10); k < 16; k++ {
		permits.holders[addr(testKey(t, k))] = true
	}
	f := start(t, cfg)
	class := scoring.HardwareClass{Name: scoring.ClassCPU, N: 64, MaxMillis: 5000}
	// Six challenges answered before any is opened.
	type pending struct {
		c    *Client
		resp *ChallengeResponse
		seed [32]byte
	}
	var all []pending
	for k := byte(10); k < 16; k++ {
		c := f.client(testKey(t, k))
		seed := [32]byte{k}
		resp, _, err := c.Challenge(context.Background(), seed, class.N)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, pending{c, resp, seed})
	}
	for i, p := range all {
		rows := scoring.OpenRows([32]byte{byte(i), 9}, class.N, 4)
		if _, _, err := p.c.Open(context.Background(), p.resp.ID, rows); err != nil {
			t.Errorf("validator %d opens its challenge: %v", i, err)
		}
	}
}
