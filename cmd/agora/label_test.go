package main

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/validator"
	"github.com/agora-net/agora/validator/ledger"
	"github.com/agora-net/agora/wallet"
)

func clearLabelerEnv(t *testing.T) {
	t.Helper()
	clearSubnetEnv(t)
	for _, k := range []string{"URL", "SUBNET", "KEY", "PASSWORD_FILE", "ADDR", "MODEL", "INTERVAL"} {
		t.Setenv("AGORA_LABELER_"+k, "")
		os.Unsetenv("AGORA_LABELER_" + k)
	}
	t.Setenv(wallet.PasswordEnv, "")
	os.Unsetenv(wallet.PasswordEnv)
}

// TestLabelImport adds comparisons from JSONL to a preference subnet's pool
// through the CLI; importing them again adds none. Bad input exits 2 with
// a line naming the problem.
func TestLabelImport(t *testing.T) {
	clearLabelerEnv(t)
	seed := sha256.Sum256([]byte("agora cmd label test validator"))
	vkey, err := crypto.ToECDSA(seed[:])
	if err != nil {
		t.Fatal(err)
	}
	url := startValidator(t, vkey)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	client := validator.NewClient(url, 1337)
	owner, err := wallet.Create(filepath.Join(t.TempDir(), "owner"), "owner pw", wallet.LightKDF())
	if err != nil {
		t.Fatal(err)
	}
	pw := writeFile(t, "pw", "owner pw\n")
	ownerKey, err := wallet.Open(owner.Path, "owner pw")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := client.Send(ctx, ownerKey, ledger.TypeCreateSubnet, ledger.CreateSubnet{
		ID: 2, Name: "prefs", Task: ledger.TaskPreference, ModelHash: strings.Repeat("ab", 32), Hyperparams: ledger.DefaultHyperparams(),
	}); err != nil {
		t.Fatal(err)
	}
	pairs := writeFile(t, "pairs.jsonl", `{"prompt": "2+2?", "a": "4", "b": "5"}
{"prompt": "capital of France?", "a": "Lyon", "b": "Paris"}

{"id": "mine", "prompt": "say hi", "a": "hi", "b": "go away"}
`)
	code, out, errOut := agora(t, "", "label", "import", "--subnet", "2", "--in", pairs, "--key", owner.Path, "--password-file", pw, "--url", url)
	if code != exitOK || !strings.Contains(out, "3 comparisons added to subnet 2's pool, 0 already there") {
		t.Fatalf("import: exit %d, %q %q", code, out, errOut)
	}
	code, out, _ = agora(t, "", "label", "import", "--subnet", "2", "--in", "-", "--key", owner.Path, "--password-file", pw, "--url", url)
	if code != exitUsage {
		t.Errorf("empty stdin: exit %d %q, want a usage error", code, out)
	}
	data, _ := os.ReadFile(pairs)
	code, out, errOut = agora(t, string(data), "label", "import", "--subnet", "2", "--in", "-", "--key", owner.Path, "--password-file", pw, "--url", url)
	if code != exitOK || !strings.Contains(out, "0 comparisons added to subnet 2's pool, 3 already there") {
		t.Errorf("second import: exit %d, %q %q", code, out, errOut)
	}
	sn, err := client.Subnet(ctx, 2)
	if err != nil || sn.Labeling == nil || sn.Labeling.Pending != 3 {
		t.Errorf("subnet 2 labeling %+v (%v), want 3 pending", sn.Labeling, err)
	}
	// The ledger refuses a non-owner: exit 1 with its reason.
	other, _ := wallet.Create(filepath.Join(t.TempDir(), "other"), "owner pw", wallet.LightKDF())
	more := writeFile(t, "more.jsonl", `{"prompt": "q", "a": "x", "b": "y"}`)
	code, _, errOut = agora(t, "", "label", "import", "--subnet", "2", "--in", more, "--key", other.Path, "--password-file", pw, "--url", url)
	if code != exitFailure || !strings.Contains(errOut, "not authorized") {
		t.Errorf("import by a non-owner: exit %d %q, want 1 and the ledger's reason", code, errOut)
	}

	for name, c := range map[string]struct {
		args []string
		msg  string
	}{
		"bad line":       {[]string{"label", "import", "--subnet", "2", "--in", writeFile(t, "bad.jsonl", "{\"prompt\": \"q\", \"a\": \"x\"}\n"), "--key", owner.Path}, `line 1: missing "b"`},
		"no subnet":      {[]string{"label", "import", "--in", pairs, "--key", owner.Path}, "--subnet"},
		"no input":       {[]string{"label", "import", "--subnet", "2", "--key", owner.Path}, "--in"},
		"serve, no key":  {[]string{"label", "serve", "--subnet", "2", "--url", url}, "--key"},
		"serve, no sub":  {[]string{"label", "serve", "--key", owner.Path, "--url", url}, "--subnet"},
		"serve, public":  {[]string{"label", "serve", "--subnet", "2", "--key", owner.Path, "--addr", "0.0.0.0:7070"}, "not on loopback"},
		"ai, no model":   {[]string{"label", "ai", "--subnet", "2", "--key", owner.Path}, "--model"},
		"ai, bad model":  {[]string{"label", "ai", "--subnet", "2", "--key", owner.Path, "--model", pairs}, "label ai"},
		"wrong password": {[]string{"label", "serve", "--subnet", "2", "--key", owner.Path, "--password-file", writeFile(t, "bad-pw", "nope")}, "label serve"},
	} {
		t.Run(name, func(t *testing.T) {
			code, out, errOut := agora(t, "", c.args...)
			if code != exitUsage || out != "" || !strings.Contains(errOut, c.msg) {
				t.Errorf("exit %d, stdout %q, stderr %q; want 2 and %q", code, out, errOut, c.msg)
			}
		})
	}
}

// TestExampleLabelerConfig checks that configs/labeler.yaml loads.
func TestExampleLabelerConfig(t *testing.T) {
	clearLabelerEnv(t)
	code, out, errOut := agora(t, "", "--config", filepath.Join("..", "..", "configs", "labeler.yaml"), "config", "show")
	if code != exitOK {
		t.Fatalf("got exit %d (stderr %q), want 0", code, errOut)
	}
	var cfg Config
	if err := json.Unmarshal([]byte(out), &cfg); err != nil {
		t.Fatal(err)
	}
	if cfg.Labeler.Subnet == 0 || cfg.Labeler.Key == "" || cfg.Labeler.Addr != "127.0.0.1:7070" || cfg.Labeler.Interval != 2*time.Second {
		t.Errorf("configs/labeler.yaml gives %+v", cfg.Labeler)
	}
}
