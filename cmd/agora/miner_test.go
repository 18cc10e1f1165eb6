package main

import (
	"context"
	"crypto/sha256"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/viper"

	"github.com/agora-net/agora/miner"
	"github.com/agora-net/agora/model"
	"github.com/agora-net/agora/validator"
	"github.com/agora-net/agora/validator/ledger"
	"github.com/agora-net/agora/wallet"
)

// clearMinerEnv unsets the variables the miner command reads.
func clearMinerEnv(t *testing.T) {
	t.Helper()
	clearValidatorEnv(t)
	for _, name := range []string{"AGORA_MINER_KEY", "AGORA_MINER_VALIDATOR_URL", "AGORA_MINER_SUBNETS", "AGORA_MINER_DATA_DIR"} {
		t.Setenv(name, "")
		os.Unsetenv(name)
	}
}

// TestMinerRunBadInput: incomplete or wrong configuration exits 2 with
// one sentence, before anything starts.
func TestMinerRunBadInput(t *testing.T) {
	clearMinerEnv(t)
	dir := t.TempDir()
	acc, err := wallet.Create(filepath.Join(dir, "ks"), "pw", wallet.LightKDF())
	if err != nil {
		t.Fatal(err)
	}
	pw := writeFile(t, "pw", "pw\n")
	wrong := writeFile(t, "wrong", "nope\n")
	base := func(extra ...string) []string {
		args := []string{"miner", "run", "--key", acc.Path, "--password-file", pw, "--validator-url", "http://127.0.0.1:1",
			"--subnets", "1", "--data-dir", filepath.Join(dir, "data"), "--model", "reference"}
		return append(args, extra...)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"nothing", []string{"miner", "run"}, "--validator-url"},
		{"no subnets", []string{"miner", "run", "--validator-url", "x"}, "--subnets"},
		{"no data dir", []string{"miner", "run", "--validator-url", "x", "--subnets", "1"}, "--data-dir"},
		{"no model", []string{"miner", "run", "--validator-url", "x", "--subnets", "1", "--data-dir", dir}, "--model"},
		{"no key", []string{"miner", "run", "--validator-url", "x", "--subnets", "1", "--data-dir", dir, "--model", "reference"}, "--key FILE (miner.key) is required"},
		{"wrong passphrase", base("--password-file", wrong), "wrong passphrase"},
		{"unknown behaviour", base("--behaviour", "evil"), `unknown behaviour "evil"`},
		{"copier without a source", base("--behaviour", "copier"), "--copy-from"},
		{"subnet out of range", base("--subnets", "70000"), "subnet 70000 is not a subnet id"},
		{"subnet twice", base("--subnets", "1,1"), "subnet 1 is listed twice"},
		{"bad axon", base("--axon", "miner.example:80"), "want ip:port"},
		{"unspecified axon", base("--axon", "0.0.0.0:80"), "not 0.0.0.0"},
		{"bad model seed", base("--model", "seed:x"), "seed:N wants a decimal N"},
		{"missing model file", base("--model", filepath.Join(dir, "nope.bin")), "nope.bin"},
		{"unknown flag", []string{"miner", "run", "--frobnicate"}, "unknown flag"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := agora(t, "", tt.args...)
			if tt.name == "unknown flag" {
				if code != exitUsage || !strings.Contains(errOut, tt.want) {
					t.Errorf("got exit %d, stderr %q", code, errOut)
				}
				return
			}
			checkUsageError(t, code, out, errOut, tt.want)
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "data")); !os.IsNotExist(err) {
		t.Errorf("refused runs left a data directory behind (stat: %v)", err)
	}
}

// TestExampleMinerConfig checks that configs/miner.yaml loads with every
// key the command needs.
func TestExampleMinerConfig(t *testing.T) {
	clearMinerEnv(t)
	m := exampleConfig(t, "miner.yaml").Miner
	if m.Key == "" || m.ValidatorURL == "" || len(m.Subnets) == 0 || m.DataDir == "" || m.Model == "" || m.Behaviour != "honest" {
		t.Errorf("configs/miner.yaml leaves required keys empty: %+v", m)
	}
	if _, err := checkMinerConfig(m); err != nil {
		t.Errorf("configs/miner.yaml does not pass the checks: %v", err)
	}
	// Environment variables override the file.
	t.Setenv("AGORA_MINER_BEHAVIOUR", "slow")
	if got := exampleConfig(t, "miner.yaml").Miner.Behaviour; got != "slow" {
		t.Errorf("AGORA_MINER_BEHAVIOUR=slow gives %q", got)
	}
}

// TestMinerRunEndToEnd runs a miner against a one-node validator cluster:
// it registers on the subnet with its axon, serves signed requests of the
// validator (and refuses a non-validator's), stops with its context, and
// on a restart finds itself registered.
func TestMinerRunEndToEnd(t *testing.T) {
	clearMinerEnv(t)
	dir := t.TempDir()
	vseed := sha256.Sum256([]byte("agora miner cmd test validator"))
	vkey, err := crypto.ToECDSA(vseed[:])
	if err != nil {
		t.Fatal(err)
	}
	url := startValidatorWith(t, vkey, func(g *ledger.Genesis) { g.AllowLoopbackAxons = true })
	api := validator.NewClient(url, 1337)
	ctx := context.Background()
	ref, err := model.Reference()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := api.Send(ctx, vkey, ledger.TypeCreateSubnet, ledger.CreateSubnet{ID: 1, Name: "text", Task: ledger.TaskInference,
		ModelHash: ref.Hash(), Hyperparams: ledger.DefaultHyperparams()}); err != nil {
		t.Fatal(err)
	}
	if _, err := api.Send(ctx, vkey, ledger.TypeCreateSubnet, ledger.CreateSubnet{ID: 2, Name: "tune", Task: ledger.TaskFineTune,
		ModelHash: ref.Hash(), Hyperparams: ledger.DefaultHyperparams()}); err != nil {
		t.Fatal(err)
	}
	if _, err := api.Send(ctx, vkey, ledger.TypeRegister, ledger.Register{Subnet: 2, Role: ledger.RoleValidator}); err != nil {
		t.Fatal(err)
	}
	if _, err := api.Send(ctx, vkey, ledger.TypeRegister, ledger.Register{Subnet: 1, Role: ledger.RoleValidator}); err != nil {
		t.Fatal(err)
	}
	acc, err := wallet.Create(filepath.Join(dir, "ks"), "miner pw", wallet.LightKDF())
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv(wallet.PasswordEnv, "miner pw")
	listen := freeLoopback(t)

	runMiner := func(t *testing.T, mc MinerConfig) (*miner.Server, context.CancelFunc, chan error) {
		a := &app{stdout: os.Stdout, stderr: os.Stderr, v: viper.New(), cfg: DefaultConfig(),
			log: slog.New(slog.NewTextHandler(testLogWriter{t}, &slog.HandlerOptions{Level: slog.LevelInfo}))}
		a.cfg.Miner = mc
		rctx, cancel := context.WithCancel(ctx)
		ready := make(chan *miner.Server, 1)
		done := make(chan error, 1)
		go func() { done <- a.minerRun(rctx, ready) }()
		select {
		case srv := <-ready:
			return srv, cancel, done
		case err := <-done:
			cancel()
			t.Fatalf("miner run ended: %v", err)
		case <-time.After(20 * time.Second):
			cancel()
			t.Fatal("miner not ready within 20s")
		}
		return nil, nil, nil
	}
	mc := defaultMinerConfig()
	mc.Key, mc.ValidatorURL, mc.Subnets, mc.DataDir, mc.Model, mc.Listen = acc.Path, url, []int{1, 2}, filepath.Join(dir, "data"), "reference", listen

	srv, stop, done := runMiner(t, mc)
	view, err := api.Subnet(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	uid, ok := view.UIDOf(acc.Address)
	if !ok || view.Neurons[uid].Axon != listen || view.Neurons[uid].Role != ledger.RoleMiner {
		t.Fatalf("after miner run the subnet has %+v, want the miner registered with axon %s", view.Neurons, listen)
	}
	if nu := view.Neurons[uid]; nu.ModelHash != model.ReferenceHash || nu.Hardware == nil || nu.Hardware.Class != srv.Hardware().Class {
		t.Errorf("registered with model %q and hardware %+v, want the reference model and %+v", nu.ModelHash, nu.Hardware, srv.Hardware())
	}
	c := miner.NewClient(listen, miner.ClientConfig{Key: vkey, ChainID: 1337, Subnet: 1, Miner: acc.Address})
	resp, ev, err := c.Infer(ctx, miner.InferRequest{Prompt: "hello", MaxTokens: 4})
	want, _, _ := ref.Generate("hello", 4)
	if err != nil || ev.Verify() != nil || len(resp.Tokens) != 4 || resp.Tokens[0] != want[0] || resp.ModelHash != ref.Hash() {
		t.Errorf("signed infer: %+v, %v; want %v", resp, err, want)
	}
	// An honest miner fine-tunes: the job trains the served model, its
	// commitment reaches the ledger and its weights are published.
	tune := miner.NewClient(listen, miner.ClientConfig{Key: vkey, ChainID: 1337, Subnet: 2, Miner: acc.Address})
	job, _, err := tune.FineTune(ctx, miner.FineTuneJobRequest{BaseHash: ref.Hash(), Steps: 2, Seed: 3})
	if err != nil {
		t.Fatalf("fine-tune: %v", err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for job.State != miner.JobDone && job.State != miner.JobFailed && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
		if job, _, err = tune.Job(ctx, job.ID); err != nil {
			t.Fatal(err)
		}
	}
	tuned, err := api.Subnet(ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	if _, hotkey, _, ok := tuned.FineTuneCommitment(job.Commitment); job.State != miner.JobDone || !ok || hotkey != acc.Address {
		t.Errorf("fine-tune job %+v: commitment in the ledger %v (by %s)", job, ok, hotkey.Hex())
	}
	if w, err := tune.Artifact(ctx, job.WeightsHash); err != nil || len(w) != ref.Size() {
		t.Errorf("the fine-tuned weights: %d bytes, %v", len(w), err)
	}
	stranger, _ := crypto.GenerateKey()
	_, _, err = miner.NewClient(listen, miner.ClientConfig{Key: stranger, ChainID: 1337, Subnet: 1, Miner: acc.Address}).
		Infer(ctx, miner.InferRequest{Prompt: "hello", MaxTokens: 4})
	if apiErr, ok := errors.AsType[*miner.APIError](err); !ok || apiErr.StatusCode != 403 {
		t.Errorf("a non-validator's request: got %v, want 403", err)
	}
	if srv.Hardware().Class == "" || srv.Hotkey() != acc.Address {
		t.Errorf("server claims %+v as %s", srv.Hardware(), srv.Hotkey().Hex())
	}
	stop()
	if err := <-done; err != nil {
		t.Errorf("miner run after cancel: %v", err)
	}

	// Restart on the same address: already registered, nothing sent.
	nonce, _ := api.Nonce(ctx, acc.Address)
	_, stop, done = runMiner(t, mc)
	if again, _ := api.Nonce(ctx, acc.Address); again != nonce {
		t.Errorf("a restart sent %d commands, want none", again-nonce)
	}
	stop()
	if err := <-done; err != nil {
		t.Errorf("second run: %v", err)
	}

	// A subnet that names another model is refused as bad input.
	mc.Model = "seed:2"
	a := &app{stdout: os.Stdout, stderr: os.Stderr, v: viper.New(), cfg: DefaultConfig(), log: slog.New(slog.DiscardHandler)}
	a.cfg.Miner = mc
	err = a.minerRun(ctx, nil)
	if ee, ok := errors.AsType[*exitError](err); !ok || ee.code != exitUsage || !strings.Contains(err.Error(), "names model") {
		t.Errorf("another model: got %v, want a usage error", err)
	}
	mc.Model, mc.Subnets = "reference", []int{9}
	a.cfg.Miner = mc
	err = a.minerRun(ctx, nil)
	if ee, ok := errors.AsType[*exitError](err); !ok || ee.code != exitUsage || !strings.Contains(err.Error(), "subnet 9 does not exist") {
		t.Errorf("unknown subnet: got %v, want a usage error", err)
	}
}
