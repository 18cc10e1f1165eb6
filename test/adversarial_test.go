package test

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// adversarialSummary is the part of `agora devnet --json` this test reads.
type adversarialSummary struct {
	Epochs []struct {
		Subnet  uint16 `json:"subnet"`
		Epoch   uint64 `json:"epoch"`
		Payouts []struct {
			Role      string `json:"role"`
			Amount    string `json:"amount"`
			Name      string `json:"name"`
			Behaviour string `json:"behaviour"`
		} `json:"payouts"`
	} `json:"epochs"`
	Staking string            `json:"staking"`
	Stakes  map[string]string `json:"stakes"`
	Slashes []struct {
		Subnet  uint16 `json:"subnet"`
		Name    string `json:"name"`
		Hotkey  string `json:"hotkey"`
		Amount  uint64 `json:"amount"`
		Tx      string `json:"tx"`
		OnChain bool   `json:"on_chain"`
	} `json:"slashes"`
}

// TestAdversarialDevnet runs `agora devnet --config
// configs/devnet-adversarial.yaml --epochs 3 --json`: two honest miners
// beside a model swapper, a random answerer, a slow miner, a fake GPU and a
// copier of fine-tuned weights. Every payout names its miner; the honest
// miners receive at least 99% of what all miners are paid; the model
// swapper's signed wrong answers get its stake slashed on chain.
func TestAdversarialDevnet(t *testing.T) {
	bin := agoraBinary(t)
	root, _, err := moduleRoot(".")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "devnet", "--config", filepath.Join(root, "configs", "devnet-adversarial.yaml"),
		"--epochs", "3", "--json", "--data-dir", t.TempDir())
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err = cmd.Run()
	t.Logf("agora devnet ran %s; progress:\n%s", time.Since(start).Round(time.Millisecond), progressLines(stderr.String()))
	if err != nil {
		t.Fatalf("agora devnet: %v", err)
	}
	var sum adversarialSummary
	if err := json.Unmarshal(stdout.Bytes(), &sum); err != nil {
		t.Fatalf("summary: %v\n%s", err, stdout.String())
	}

	names := map[string]string{"honest-1": "honest", "honest-2": "honest", "swapper": "wrong-model", "noise": "random",
		"laggard": "slow", "pretender": "fake-gpu", "copycat": "copier"}
	paid := map[uint16]int{}
	byName := map[string]*big.Int{}
	honest, miners := new(big.Int), new(big.Int)
	for _, e := range sum.Epochs {
		paid[e.Subnet]++
		for _, p := range e.Payouts {
			if p.Role != "miner" {
				continue
			}
			if want, ok := names[p.Name]; !ok || p.Behaviour != want {
				t.Errorf("subnet %d epoch %d: a miner payout named %q (%s), not one of the configured miners", e.Subnet, e.Epoch, p.Name, p.Behaviour)
			}
			amount, ok := new(big.Int).SetString(p.Amount, 10)
			if !ok {
				t.Fatalf("payout amount %q", p.Amount)
			}
			if byName[p.Name] == nil {
				byName[p.Name] = new(big.Int)
			}
			byName[p.Name].Add(byName[p.Name], amount)
			miners.Add(miners, amount)
			if p.Behaviour == "honest" {
				honest.Add(honest, amount)
			}
		}
	}
	if paid[1] < 3 || paid[2] < 3 {
		t.Errorf("paid %d epochs of subnet 1 and %d of subnet 2, want 3 each", paid[1], paid[2])
	}
	t.Logf("miners' payouts by name: %v", byName)
	// honest / miners ≥ 99%  ⇔  100 · honest ≥ 99 · miners
	if miners.Sign() == 0 || new(big.Int).Mul(honest, big.NewInt(100)).Cmp(new(big.Int).Mul(miners, big.NewInt(99))) < 0 {
		t.Errorf("honest miners got %s of the miners' %s base units, want at least 99%%", honest, miners)
	}

	slashed := false
	for _, s := range sum.Slashes {
		if s.Name == "swapper" && s.Subnet == 1 && s.Amount > 0 && s.OnChain && strings.HasPrefix(s.Tx, "0x") {
			slashed = true
		}
		if names[s.Name] == "honest" {
			t.Errorf("honest miner %s was slashed: %+v", s.Name, s)
		}
	}
	if !slashed {
		t.Errorf("the model swapper was not slashed on chain; slashes: %+v", sum.Slashes)
	}
	for hotkey, stake := range sum.Stakes {
		t.Logf("stake of %s on %s: %s", hotkey, sum.Staking, stake)
	}
}

// progressLines keeps the devnet's progress lines of its stderr (not the
// logs), for the test log.
func progressLines(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if !strings.HasPrefix(l, "time=") && l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
