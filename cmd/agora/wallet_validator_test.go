package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agora-net/agora/wallet"
)

// clearValidatorEnv unsets the variables the wallet and validator commands
// read, for the test's duration.
func clearValidatorEnv(t *testing.T) {
	t.Helper()
	clearEnv(t)
	for _, name := range []string{wallet.PasswordEnv, "AGORA_VALIDATOR_DATA_DIR", "AGORA_VALIDATOR_CHAIN_ID", "AGORA_VALIDATOR_KEY"} {
		t.Setenv(name, "")
		os.Unsetenv(name)
	}
}

// checkUsageError asserts exit 2, no stdout and one stderr line containing
// want.
func checkUsageError(t *testing.T, code int, out, errOut, want string) {
	t.Helper()
	if code != exitUsage || out != "" {
		t.Errorf("got exit %d, stdout %q; want %d and no stdout", code, out, exitUsage)
	}
	if !strings.HasPrefix(errOut, "agora: ") || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, want) {
		t.Errorf("got stderr %q, want one line starting %q containing %q", errOut, "agora: ", want)
	}
}

func TestWalletNewAndList(t *testing.T) {
	clearValidatorEnv(t)
	ks := filepath.Join(t.TempDir(), "keystore")
	pw := writeFile(t, "pw", "hunter2\n")

	code, out, errOut := agora(t, "", "wallet", "new", "--keystore", ks, "--password-file", pw, "--insecure-light-kdf")
	if code != exitOK || errOut != "" {
		t.Fatalf("wallet new: exit %d, stderr %q", code, errOut)
	}
	addr := strings.TrimSpace(out)
	if !common.IsHexAddress(addr) || out != addr+"\n" || common.HexToAddress(addr).Hex() != addr {
		t.Fatalf("wallet new printed %q, want one checksummed address", out)
	}

	t.Setenv(wallet.PasswordEnv, "from the environment")
	code, out, _ = agora(t, "", "wallet", "new", "--keystore", ks, "--json", "--insecure-light-kdf")
	if code != exitOK {
		t.Fatalf("wallet new --json: exit %d", code)
	}
	var acc walletAccount
	if err := json.Unmarshal([]byte(out), &acc); err != nil {
		t.Fatalf("wallet new --json: %v", err)
	}
	key, err := wallet.Open(acc.Path, "from the environment")
	if err != nil {
		t.Fatalf("the new file does not open with AGORA_PASSWORD: %v", err)
	}
	_ = key

	code, out, _ = agora(t, "", "wallet", "list", "--keystore", ks)
	if code != exitOK || strings.Count(out, "\n") != 2 || !strings.Contains(out, addr) || !strings.Contains(out, acc.Address) {
		t.Errorf("wallet list: exit %d, stdout %q; want two lines with both addresses", code, out)
	}
	code, out, _ = agora(t, "", "wallet", "list", "--keystore", ks, "--json")
	var list []walletAccount
	if err := json.Unmarshal([]byte(out), &list); code != exitOK || err != nil || len(list) != 2 {
		t.Errorf("wallet list --json: exit %d, %v, %q", code, err, out)
	}
	code, out, _ = agora(t, "", "wallet", "list", "--keystore", t.TempDir(), "--json")
	if code != exitOK || strings.TrimSpace(out) != "[]" {
		t.Errorf("wallet list of an empty keystore --json: exit %d, stdout %q; want []", code, out)
	}
}

func TestWalletBadInput(t *testing.T) {
	clearValidatorEnv(t)
	dir := t.TempDir()
	empty := writeFile(t, "empty", "\n")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"new without keystore", []string{"wallet", "new"}, "--keystore"},
		{"new without passphrase", []string{"wallet", "new", "--keystore", dir}, "AGORA_PASSWORD"},
		{"new with an empty password file", []string{"wallet", "new", "--keystore", dir, "--password-file", empty}, "is empty"},
		{"new with a missing password file", []string{"wallet", "new", "--keystore", dir, "--password-file", filepath.Join(dir, "nope")}, "password file"},
		{"list without keystore", []string{"wallet", "list"}, "--keystore"},
		{"list of a missing dir", []string{"wallet", "list", "--keystore", filepath.Join(dir, "nope")}, "keystore"},
		{"list of a file", []string{"wallet", "list", "--keystore", empty}, "keystore"},
		{"unknown subcommand", []string{"wallet", "burn"}, "unknown command"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := agora(t, "", tt.args...)
			if tt.name == "unknown subcommand" {
				if code != exitUsage || out != "" {
					t.Errorf("got exit %d, stdout %q", code, out)
				}
				return
			}
			checkUsageError(t, code, out, errOut, tt.want)
		})
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("refused wallet commands left files: %v", entries)
	}
}

// validatorFixture is a keystore file, its password file and a genesis
// listing its key, for the validator command's input checks.
type validatorFixture struct {
	key, password, genesis, dir string
	addr                        common.Address
}

func newValidatorFixture(t *testing.T) validatorFixture {
	t.Helper()
	dir := t.TempDir()
	acc, err := wallet.Create(filepath.Join(dir, "keystore"), "pw", wallet.LightKDF())
	if err != nil {
		t.Fatal(err)
	}
	f := validatorFixture{key: acc.Path, password: filepath.Join(dir, "pw"), dir: dir, addr: acc.Address}
	if err := os.WriteFile(f.password, []byte("pw\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	f.genesis = filepath.Join(dir, "genesis.yaml")
	genesis := "chain_id: 1337\nvalidators:\n  - address: \"" + acc.Address.Hex() + "\"\n    stake: 1000\n"
	if err := os.WriteFile(f.genesis, []byte(genesis), 0o600); err != nil {
		t.Fatal(err)
	}
	return f
}

// TestValidatorRunBadInput checks that validator run refuses incomplete or
// wrong configuration with exit 2 and one line, before it starts anything.
func TestValidatorRunBadInput(t *testing.T) {
	clearValidatorEnv(t)
	f := newValidatorFixture(t)
	base := func(extra ...string) []string {
		args := []string{"validator", "run", "--data-dir", filepath.Join(f.dir, "data"), "--raft-addr", "127.0.0.1:1",
			"--http-addr", "127.0.0.1:2", "--key", f.key, "--password-file", f.password, "--genesis", f.genesis}
		return append(args, extra...)
	}
	otherGenesis := writeFile(t, "other.json", `{"chain_id": 1337, "validators": [{"address": "0x00000000000000000000000000000000000000aa", "stake": 1}]}`)
	badGenesis := writeFile(t, "bad.yaml", "chain_id: 1337\nvalidators: []\nbogus: 1\n")
	wrongPW := writeFile(t, "wrong", "nope\n")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"nothing", []string{"validator", "run"}, "--data-dir"},
		{"bootstrap and join", base("--bootstrap", "--join", "127.0.0.1:3"), "exclude"},
		{"fresh without bootstrap or join", base(), "--bootstrap"},
		{"wrong passphrase", base("--bootstrap", "--password-file", wrongPW), "wrong passphrase"},
		{"no key", []string{"validator", "run", "--data-dir", f.dir, "--raft-addr", "127.0.0.1:1", "--http-addr", "127.0.0.1:2"}, "--key"},
		{"key outside the genesis", base("--bootstrap", "--genesis", otherGenesis), "not a validator of the genesis"},
		{"genesis with an unknown key", base("--bootstrap", "--genesis", badGenesis), "bogus"},
		{"missing genesis", base("--bootstrap", "--genesis", filepath.Join(f.dir, "nope.yaml")), "genesis"},
		{"chain id against the genesis", base("--bootstrap", "--chain-id", "5"), "chain_id 1337"},
		{"no genesis at all", []string{"validator", "run", "--data-dir", filepath.Join(f.dir, "d2"), "--raft-addr", "127.0.0.1:1",
			"--http-addr", "127.0.0.1:2", "--key", f.key, "--password-file", f.password, "--bootstrap"}, "no genesis"},
		{"bad raft address", base("--bootstrap", "--raft-addr", "nowhere"), "RaftAddr"},
		{"no snapshot kept", base("--bootstrap", "--snapshot-retain", "0"), "SnapshotRetain"},
		{"leave without url", []string{"validator", "leave", "--key", f.key}, "--url"},
		{"remove without id", []string{"validator", "remove", "--url", "127.0.0.1:2", "--key", f.key}, "--id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := agora(t, "", tt.args...)
			checkUsageError(t, code, out, errOut, tt.want)
		})
	}
	if _, err := os.Stat(filepath.Join(f.dir, "data")); !os.IsNotExist(err) {
		t.Errorf("refused runs left a data directory behind (stat: %v)", err)
	}
}

// TestValidatorConfigFile checks that the validator section of a config
// file and AGORA_VALIDATOR_* variables reach the command, below flags.
func TestValidatorConfigFile(t *testing.T) {
	clearValidatorEnv(t)
	cfg := writeFile(t, "v.yaml", "validator:\n  data_dir: /from/file\n  chain_id: 7\n  heartbeat_timeout: 300ms\n  max_voters: 3\n  snapshot_threshold: 500\n")
	code, out, _ := agora(t, "", "--config", cfg, "config", "show")
	var got Config
	if err := json.Unmarshal([]byte(out), &got); code != exitOK || err != nil {
		t.Fatalf("config show: exit %d, %v", code, err)
	}
	if got.Validator.DataDir != "/from/file" || got.Validator.ChainID != 7 || got.Validator.MaxVoters != 3 ||
		got.Validator.HeartbeatTimeout.String() != "300ms" || got.Validator.TickInterval.String() != "1s" ||
		got.Validator.SnapshotThreshold != 500 || got.Validator.TrailingLogs != 10240 {
		t.Errorf("validator section %+v, want the file's values over the defaults", got.Validator)
	}
	t.Setenv("AGORA_VALIDATOR_CHAIN_ID", "9")
	_, out, _ = agora(t, "", "--config", cfg, "config", "show")
	if err := json.Unmarshal([]byte(out), &got); err != nil || got.Validator.ChainID != 9 {
		t.Errorf("with AGORA_VALIDATOR_CHAIN_ID=9 got chain id %d, want 9", got.Validator.ChainID)
	}
	bad := writeFile(t, "bad.yaml", "validator:\n  datadir: /typo\n")
	code, out, errOut := agora(t, "", "--config", bad, "config", "show")
	checkUsageError(t, code, out, errOut, "datadir")

	// Flags of `validator run` beat the file: the data dir from the flag is
	// the one the fresh-node check names.
	os.Unsetenv("AGORA_VALIDATOR_CHAIN_ID")
	f := newValidatorFixture(t)
	flagDir := filepath.Join(f.dir, "flagdir")
	code, out, errOut = agora(t, "", "--config", writeFile(t, "v2.yaml", "validator:\n  data_dir: "+filepath.Join(f.dir, "filedir")+
		"\n  raft_addr: 127.0.0.1:1\n  http_addr: 127.0.0.1:2\n  key: "+f.key+"\n  password_file: "+f.password+"\n  genesis: "+f.genesis+"\n"),
		"validator", "run", "--data-dir", flagDir)
	checkUsageError(t, code, out, errOut, flagDir)
}

// TestExampleValidatorConfig checks that configs/validator.yaml loads.
func TestExampleValidatorConfig(t *testing.T) {
	clearValidatorEnv(t)
	cfg := exampleConfig(t, "validator.yaml")
	if cfg.Validator.DataDir == "" || cfg.Validator.RaftAddr == "" || cfg.Validator.Key == "" {
		t.Errorf("configs/validator.yaml leaves required keys empty: %+v", cfg.Validator)
	}
}
