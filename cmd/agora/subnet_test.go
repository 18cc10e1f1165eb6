package main

import (
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/internal/testenv"
	"github.com/agora-net/agora/internal/testnode"
	"github.com/agora-net/agora/model"
	"github.com/agora-net/agora/validator"
	"github.com/agora-net/agora/validator/ledger"
	"github.com/agora-net/agora/wallet"
)

// exampleSpec is configs/subnet.example.yaml, the spec the tests vary.
var exampleSpec = filepath.Join("..", "..", "configs", "subnet.example.yaml")

// clearSubnetEnv unsets the variables the subnet commands read.
func clearSubnetEnv(t *testing.T) {
	t.Helper()
	clearValidatorEnv(t)
	t.Setenv("AGORA_CLIENT_URL", "")
	os.Unsetenv("AGORA_CLIENT_URL")
}

// specVariant returns a file holding the example spec with old replaced by
// new (once; old must occur).
func specVariant(t *testing.T, old, new string) string {
	t.Helper()
	data, err := os.ReadFile(exampleSpec)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), old) {
		t.Fatalf("the example spec has no %q", old)
	}
	return writeFile(t, "spec.yaml", strings.Replace(string(data), old, new, 1))
}

// TestExampleSpec checks that configs/subnet.example.yaml is accepted and
// means what its comments say.
func TestExampleSpec(t *testing.T) {
	clearSubnetEnv(t)
	code, out, errOut := agora(t, "", "subnet", "create", "--dry-run", "--spec", exampleSpec)
	if code != exitOK || errOut != "" {
		t.Fatalf("got exit %d, stderr %q; want 0", code, errOut)
	}
	c, err := ledger.DecodeCreateSubnet([]byte(out))
	if err != nil {
		t.Fatalf("the printed payload is not a valid create_subnet: %v", err)
	}
	wantHP := ledger.DefaultHyperparams()
	wantHP.Tempo, wantHP.MaxAllowedUIDs, wantHP.ImmunityPeriod, wantHP.WeightsRateLimit = 100, 64, 500, 20
	wantHP.BurnIncreaseMult, _ = ledger.ParseFactor("1.5")
	if c.ID != 2 || c.Task != ledger.TaskInference || len(c.Datasets) != 2 || c.ModelURL == "" ||
		c.Scoring.TopK != 8 || c.Scoring.LatencyTargetMS != 2000 || c.Hyperparams != wantHP {
		t.Errorf("payload %+v, want the example's values over the defaults", c)
	}
	// The same spec from standard input.
	data, err := os.ReadFile(exampleSpec)
	if err != nil {
		t.Fatal(err)
	}
	code, again, _ := agora(t, string(data), "subnet", "create", "--dry-run", "--spec", "-")
	if code != exitOK || again != out {
		t.Errorf("--spec -: exit %d, a different payload", code)
	}
}

// TestSubnetSpecRefused checks that a bad spec is refused with exit 2 and
// one line naming the field, before any key is opened or request sent.
func TestSubnetSpecRefused(t *testing.T) {
	clearSubnetEnv(t)
	const modelHash = model.ReferenceHash
	const promptsHash = "d41c45b8ada91aad3bf85f87efb53d5720900df5d49083db41762b1bfd22742e"
	tests := []struct {
		name, old, new, want string
	}{
		{"unknown task kind", "task: inference", "task: training", "task:"},
		{"malformed model hash", modelHash, "0x" + modelHash[2:], "model_hash:"},
		{"upper-case model hash", modelHash, strings.ToUpper(modelHash), "model_hash:"},
		{"short model hash", modelHash, modelHash[:63], "model_hash:"},
		{"malformed dataset hash", promptsHash, promptsHash[:60] + "zzzz", "datasets[0].hash:"},
		{"hyperparameter out of range", "tempo: 100", "tempo: 0", "tempo: 0 not in [1, 50400]"},
		{"hyperparameter out of its type", "tempo: 100", "tempo: 70000", "hyperparams.tempo: 70000 out of range"},
		{"negative hyperparameter", "tempo: 100", "tempo: -1", "hyperparams.tempo:"},
		{"hyperparameter not a number", "tempo: 100", "tempo: fast", "hyperparams.tempo:"},
		{"float hyperparameter", "tempo: 100", "tempo: 1.5", "hyperparams.tempo:"},
		{"bad factor", "burn_increase_mult: 1.5", "burn_increase_mult: 0.5", "burn_increase_mult"},
		{"bool hyperparameter", "commit_reveal_enabled: true", "commit_reveal_enabled: yes", "hyperparams.commit_reveal_enabled:"},
		{"unknown key", "name: text", "modle: x\nname: text", `unknown key "modle"`},
		{"unknown hyperparameter", "tempo: 100", "tmepo: 100", `unknown key "hyperparams.tmepo"`},
		{"unknown scoring key", "topk: 8", "top_k: 8", `unknown key "scoring.top_k"`},
		{"unknown dataset key", "  - name: prompts", "  - size: 3\n    name: prompts", `unknown key "datasets[0].size"`},
		{"key given twice", "name: text", "id: 3\nname: text", `key "id" given twice`},
		{"scoring out of range", "topk: 8", "topk: 0", "scoring.topk: 0 not in [1, 255]"},
		{"scoring of another task", "topk: 8", "topk: 8\n  gold_rate_permille: 50", "scoring.gold_rate_permille"},
		{"bad model url", "model_url: https://", "model_url: ftp://", "model_url:"},
		{"duplicate dataset", "name: gold-answers", "name: prompts", "datasets[1].name:"},
		{"datasets not a list", "datasets:\n", "datasets: prompts\nx:\n", "datasets: want a list"},
		{"name not a string", "name: text-inference-example", "name: [a, b]", "name: want a single value"},
		{"id missing", "id: 2\n", "", `missing field "id"`},
		{"id out of range", "id: 2", "id: 65536", "id: 65536 out of range"},
		{"scalar without value", "topk: 8", "topk:", "scoring.topk: no value"},
		{"two documents", "id: 2", "---\nid: 2\n---\nid: 3", "more than one YAML document"},
		{"not YAML", "name: text", "name: [text", "yaml:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spec := specVariant(t, tt.old, tt.new)
			code, out, errOut := agora(t, "", "subnet", "create", "--dry-run", "--spec", spec)
			checkUsageError(t, code, out, errOut, tt.want)
			// Without --dry-run the spec is refused before the key is
			// needed or the API asked.
			code, out, errOut = agora(t, "", "subnet", "create", "--spec", spec, "--url", "127.0.0.1:1")
			checkUsageError(t, code, out, errOut, tt.want)
		})
	}

	others := []struct {
		name string
		args []string
		want string
	}{
		{"no spec", []string{"subnet", "create"}, "--spec"},
		{"missing spec", []string{"subnet", "create", "--spec", filepath.Join(t.TempDir(), "nope.yaml")}, "no such file"},
		{"empty spec", []string{"subnet", "create", "--dry-run", "--spec", writeFile(t, "empty.yaml", "# nothing\n")}, "empty spec"},
		{"no key", []string{"subnet", "create", "--spec", exampleSpec}, "--key"},
		{"set without pairs", []string{"subnet", "set", "1"}, "no KEY=VALUE"},
		{"set with a bad id", []string{"subnet", "set", "x", "tempo=1"}, `subnet id "x"`},
		{"set without =", []string{"subnet", "set", "1", "tempo"}, "want KEY=VALUE"},
		{"set unknown key", []string{"subnet", "set", "1", "tmepo=3"}, `unknown hyperparameter "tmepo"`},
		{"set bad integer", []string{"subnet", "set", "1", "immunity_period=abc"}, "immunity_period=abc: want an integer in [0, 65535]"},
		{"set integer out of its type", []string{"subnet", "set", "1", "immunity_period=65536"}, "immunity_period=65536"},
		{"set bad bool", []string{"subnet", "set", "1", "yuma3=yes"}, "yuma3=yes: want true or false"},
		{"set bad factor", []string{"subnet", "set", "1", "burn_increase_mult=x"}, "burn_increase_mult=x"},
		{"set twice", []string{"subnet", "set", "1", "tempo=1", "tempo=2"}, "tempo given twice"},
		{"set without key", []string{"subnet", "set", "1", "tempo=1"}, "--key"},
		{"show with a bad id", []string{"subnet", "show", "65536"}, `subnet id "65536"`},
	}
	for _, tt := range others {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := agora(t, "", tt.args...)
			checkUsageError(t, code, out, errOut, tt.want)
		})
	}
}

// TestClientURLConfig checks that client.url comes from the config file,
// AGORA_CLIENT_URL and --url, in rising precedence.
func TestClientURLConfig(t *testing.T) {
	clearSubnetEnv(t)
	show := func(args ...string) string {
		t.Helper()
		code, out, errOut := agora(t, "", append(args, "config", "show")...)
		var cfg Config
		if err := json.Unmarshal([]byte(out), &cfg); code != exitOK || err != nil {
			t.Fatalf("config show: exit %d, %v, %s", code, err, errOut)
		}
		return cfg.Client.URL
	}
	if got := show(); got != defaultClientURL {
		t.Errorf("default client.url %q, want %q", got, defaultClientURL)
	}
	file := writeFile(t, "c.yaml", "client:\n  url: http://10.0.0.1:8080\n")
	if got := show("--config", file); got != "http://10.0.0.1:8080" {
		t.Errorf("client.url from the file: %q", got)
	}
	t.Setenv("AGORA_CLIENT_URL", "10.0.0.2:8080")
	if got := show("--config", file); got != "10.0.0.2:8080" {
		t.Errorf("client.url from AGORA_CLIENT_URL: %q", got)
	}
	// --url beats both: the list goes to a port where nothing listens.
	dead := freeLoopback(t)
	code, out, errOut := agora(t, "", "--config", file, "subnet", "list", "--url", dead)
	if code != exitFailure || out != "" || !strings.Contains(errOut, dead) {
		t.Errorf("subnet list --url %s: exit %d, stdout %q, stderr %q; want exit 1 naming %s", dead, code, out, errOut, dead)
	}
}

func freeLoopback(t *testing.T) string {
	t.Helper()
	return testenv.LoopbackAddr(t)
}

// startValidator starts a one-node validator cluster in-process (raft on
// loopback, badger in a temporary directory) whose genesis validator is
// key, serves its API, and returns the API's URL once the node leads. The
// node stops when the test ends.
func startValidator(t *testing.T, key *ecdsa.PrivateKey) string {
	t.Helper()
	return startValidatorWith(t, key, nil)
}

// startValidatorWith is startValidator with edit applied to the genesis.
func startValidatorWith(t *testing.T, key *ecdsa.PrivateKey, edit func(*ledger.Genesis)) string {
	t.Helper()
	log := slog.New(slog.NewTextHandler(testLogWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
	return testnode.URL(testnode.Start(t, key, testnode.Options{TickInterval: validator.DefaultConfig().TickInterval, Log: log, Genesis: edit}))
}

// testLogWriter sends a node's log lines to t.Log.
type testLogWriter struct{ t *testing.T }

func (w testLogWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// TestSubnetEndToEnd creates a subnet from the example spec on a one-node
// cluster, reads it back, changes a hyperparameter as its owner, and sees
// a non-owner's change and the owner's change of a root-only field refused
// by the ledger.
func TestSubnetEndToEnd(t *testing.T) {
	clearSubnetEnv(t)
	dir := t.TempDir()
	seed := sha256.Sum256([]byte("agora cmd test validator"))
	vkey, err := crypto.ToECDSA(seed[:])
	if err != nil {
		t.Fatal(err)
	}
	url := startValidator(t, vkey)
	owner, err := wallet.Create(filepath.Join(dir, "owner"), "owner pw", wallet.LightKDF())
	if err != nil {
		t.Fatal(err)
	}
	other, err := wallet.Create(filepath.Join(dir, "other"), "other pw", wallet.LightKDF())
	if err != nil {
		t.Fatal(err)
	}
	ownerPW := writeFile(t, "owner-pw", "owner pw\n")
	t.Setenv(wallet.PasswordEnv, "other pw") // the other key's, from the environment

	code, out, errOut := agora(t, "", "subnet", "create", "--spec", exampleSpec, "--key", owner.Path, "--password-file", ownerPW, "--url", url)
	if code != exitOK || errOut != "" {
		t.Fatalf("subnet create: exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{`subnet              2 "text-inference-example"`, owner.Address.Hex(), "topk=8", "latency_target_ms=2000", "gold-answers", "neurons: 0 of 64"} {
		if !strings.Contains(out, want) {
			t.Errorf("subnet create printed\n%s\nwant it to contain %q", out, want)
		}
	}
	code, out, errOut = agora(t, "", "subnet", "create", "--spec", exampleSpec, "--key", owner.Path, "--password-file", ownerPW, "--url", url)
	if code != exitFailure || out != "" || !strings.Contains(errOut, "subnet already exists") {
		t.Errorf("creating it again: exit %d, stdout %q, stderr %q; want exit 1 with the ledger's reason", code, out, errOut)
	}

	// The client URL from the environment this time.
	t.Setenv("AGORA_CLIENT_URL", url)
	code, out, _ = agora(t, "", "subnet", "list")
	if code != exitOK || !strings.Contains(out, "text-inference-example") || strings.Count(out, "\n") != 2 {
		t.Errorf("subnet list: exit %d, stdout %q; want a header and one subnet", code, out)
	}
	code, out, _ = agora(t, "", "subnet", "show", "2", "--json")
	var view ledger.SubnetView
	if err := json.Unmarshal([]byte(out), &view); code != exitOK || err != nil {
		t.Fatalf("subnet show --json: exit %d, %v", code, err)
	}
	if view.Owner != owner.Address || view.Hyperparams.Tempo != 100 || view.Scoring.CosinePassPermille != 900 ||
		len(view.Datasets) != 2 || view.Datasets[1].Name != "gold-answers" || view.ModelURL != "https://models.example.org/agora/text-lm-7a3c0e8a.bin" {
		t.Errorf("subnet 2 = %+v, want the example spec's subnet owned by %s", view, owner.Address.Hex())
	}
	code, out, _ = agora(t, "", "subnet", "show", "2")
	if code != exitOK || !strings.Contains(out, "immunity_period") || !strings.Contains(out, "owner") {
		t.Errorf("subnet show: exit %d, stdout %q", code, out)
	}

	// The owner changes owner-settable hyperparameters.
	code, out, errOut = agora(t, "", "subnet", "set", "2", "immunity_period=1000", "burn_increase_mult=2", "--key", owner.Path, "--password-file", ownerPW)
	if code != exitOK || out != "subnet 2: immunity_period = 1000\nsubnet 2: burn_increase_mult = 2\n" {
		t.Fatalf("owner's subnet set: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	_, out, _ = agora(t, "", "subnet", "show", "2", "--json")
	if err := json.Unmarshal([]byte(out), &view); err != nil || view.Hyperparams.ImmunityPeriod != 1000 || view.Hyperparams.BurnIncreaseMult != (ledger.Factor{Int: 2}) {
		t.Errorf("after set: %+v, %v", view.Hyperparams, err)
	}

	// Refused by the ledger (exit 1, its message): a non-owner; the
	// owner setting a root-only field.
	code, out, errOut = agora(t, "", "subnet", "set", "2", "immunity_period=7", "--key", other.Path)
	if code != exitFailure || out != "" || !strings.Contains(errOut, "ledger: signer not authorized") || !strings.Contains(errOut, "needs its owner") {
		t.Errorf("non-owner's set: exit %d, stdout %q, stderr %q; want exit 1 with the ledger's refusal", code, out, errOut)
	}
	code, _, errOut = agora(t, "", "subnet", "set", "2", "tempo=50", "--key", owner.Path, "--password-file", ownerPW)
	if code != exitFailure || !strings.Contains(errOut, "tempo is root-only") {
		t.Errorf("owner setting tempo: exit %d, stderr %q; want exit 1, root-only", code, errOut)
	}
	// Out of range once merged: refused before signing (exit 2).
	code, out, errOut = agora(t, "", "subnet", "set", "2", "min_burn=200000000000", "--key", owner.Path, "--password-file", ownerPW)
	checkUsageError(t, code, out, errOut, "min_burn: 200000000000 above max_burn")
	// An unknown subnet.
	code, _, errOut = agora(t, "", "subnet", "show", "9")
	if code != exitFailure || !strings.Contains(errOut, "no subnet 9") {
		t.Errorf("subnet show 9: exit %d, stderr %q; want exit 1, no subnet 9", code, errOut)
	}
}

// FuzzParseSubnetSpec: the spec parser never panics, and what it accepts
// is a create_subnet payload the ledger accepts with the same value.
func FuzzParseSubnetSpec(f *testing.F) {
	data, err := os.ReadFile(exampleSpec)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte("id: 1\nname: x\ntask: preference\nmodel_hash: " + strings.Repeat("ab", 32) + "\nscoring: {gold_rate_permille: 5}\n"))
	f.Add([]byte("a: &x {b: 1}\nc: *x\n"))
	f.Fuzz(func(t *testing.T, spec []byte) {
		c, err := parseSubnetSpec(spec)
		if err != nil {
			return
		}
		payload, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		again, err := ledger.DecodeCreateSubnet(payload)
		if err != nil {
			t.Fatalf("accepted spec gave a payload the ledger refuses: %v", err)
		}
		if b, _ := json.Marshal(again); string(b) != string(payload) {
			t.Fatalf("ledger decoded %s, want %s", b, payload)
		}
	})
}
