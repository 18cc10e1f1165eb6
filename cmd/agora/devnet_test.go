package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/viper"

	"github.com/agora-net/agora/miner"
	"github.com/agora-net/agora/scoring"
)

// configs/devnet-adversarial.yaml loads into a devnet of seven named
// miners, one of each behaviour, on an inference and a fine-tune subnet.
func TestAdversarialConfig(t *testing.T) {
	cfg, err := loadConfig(viper.New(), "../../configs/devnet-adversarial.yaml")
	if err != nil {
		t.Fatal(err)
	}
	run, err := cfg.Devnet.runConfig()
	if err != nil {
		t.Fatal(err)
	}
	if err := run.Validate(); err != nil {
		t.Fatal(err)
	}
	seen := map[miner.Behaviour]bool{}
	for _, m := range run.MinerSpecs {
		seen[m.Behaviour] = true
	}
	if len(run.MinerSpecs) != 7 || len(seen) != 6 {
		t.Errorf("%d miners with %d behaviours, want 7 with all 6", len(run.MinerSpecs), len(seen))
	}
	if run.FineTuneSubnet == nil || run.FineTuneSubnet.ID != 2 || run.FineTuneSubnet.Scoring.EpsilonDecayBlocks != 500 {
		t.Errorf("fine-tune subnet %+v", run.FineTuneSubnet)
	}
	if run.Scorer.Alpha != scoring.DefaultAlpha || run.SlowDelay <= run.Scorer.Timeout {
		t.Errorf("alpha %d (want %d), slow delay %v against the timeout %v", run.Scorer.Alpha, scoring.DefaultAlpha, run.SlowDelay, run.Scorer.Timeout)
	}
}

// A bad miner entry or scorer value is bad input, exit 2 with a sentence.
func TestDevnetConfigRefused(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct{ name, yaml, want string }{
		{"unknown behaviour", "devnet:\n  miner_list:\n    - {name: a, behaviour: lazy}\n", "unknown behaviour"},
		{"duplicate name", "devnet:\n  miner_list:\n    - {name: a, behaviour: honest}\n    - {name: a, behaviour: random}\n", "used twice"},
		{"unknown subnet", "devnet:\n  miner_list:\n    - {name: a, behaviour: honest, subnets: [7]}\n", "no subnet 7"},
		{"copier without a source", "devnet:\n  miner_list:\n    - {name: a, behaviour: copier}\n", "copier a"},
		{"alpha", "devnet:\n  scorer:\n    alpha: 1.5\n", "alpha"},
		{"unknown miner key", "devnet:\n  miner_list:\n    - {name: a, behavior: honest}\n", "behavior"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-")+".yaml")
			if err := os.WriteFile(path, []byte(tt.yaml), 0o600); err != nil {
				t.Fatal(err)
			}
			code, out, errOut := agora(t, "", "--config", path, "devnet", "--epochs", "1")
			if code != exitUsage || out != "" || !strings.Contains(errOut, tt.want) {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit %d naming %q", code, out, errOut, exitUsage, tt.want)
			}
		})
	}
}
