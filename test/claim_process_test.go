package test

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/validator"
)

// devnetFile is the part of a devnet's state file this test reads.
type devnetFile struct {
	Keys       map[string]string `json:"keys"`
	Validators []struct {
		HTTPAddr string `json:"http_addr"`
	} `json:"validators"`
	Miners []struct {
		Key string `json:"key"`
	} `json:"miners"`
	ChainRPCPort int `json:"chain_rpc_port"`
}

// TestClaimFromMerkleDevnet runs `agora devnet` with every epoch settled as
// a Merkle root, and has a miner collect its earnings with `agora claim`
// (the proof from a validator's API, the claim sent to the embedded chain
// over JSON-RPC): it is paid exactly its cumulative earnings, and a second
// claim finds nothing to pay.
func TestClaimFromMerkleDevnet(t *testing.T) {
	bin := agoraBinary(t)
	dir := t.TempDir()
	dn := exec.Command(bin, "devnet", "--data-dir", filepath.Join(dir, "devnet"))
	dn.Env = append(agoraEnv(),
		"AGORA_DEVNET_PUSH_MAX=-1", "AGORA_DEVNET_TICK_INTERVAL=50ms", "AGORA_DEVNET_CHAIN_BLOCK_PERIOD=100ms",
		"AGORA_DEVNET_SUBNET_TEMPO=30", "AGORA_DEVNET_SUBNET_WEIGHTS_RATE_LIMIT=2")
	var out bytes.Buffer
	dn.Stdout, dn.Stderr = &out, &out
	if err := dn.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- dn.Wait() }()
	defer func() {
		_ = dn.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(20 * time.Second):
			_ = dn.Process.Kill()
			<-exited
		}
		if t.Failed() {
			t.Logf("devnet output:\n%s", out.String())
		}
	}()

	var st devnetFile
	waitUntil(t, 60*time.Second, "the devnet's state file", func() bool {
		data, err := os.ReadFile(filepath.Join(dir, "devnet", "devnet.json"))
		return err == nil && json.Unmarshal(data, &st) == nil && len(st.Miners) > 0 && len(st.Validators) > 0
	})
	key, err := crypto.HexToECDSA(st.Keys[st.Miners[0].Key])
	if err != nil {
		t.Fatal(err)
	}
	miner := crypto.PubkeyToAddress(key.PublicKey)
	api := validator.NewClient(st.Validators[1].HTTPAddr, 0)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	waitUntil(t, 90*time.Second, "a Merkle settlement that pays the miner", func() bool {
		p, err := api.Claim(ctx, miner)
		return err == nil && p.Cumulative > 0
	})

	ks := keystore.NewKeyStore(filepath.Join(dir, "keys"), keystore.LightScryptN, keystore.LightScryptP)
	acct, err := ks.ImportECDSA(key, "pw")
	if err != nil {
		t.Fatal(err)
	}
	pw := filepath.Join(dir, "pw")
	if err := os.WriteFile(pw, []byte("pw\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	claim := func() map[string]string {
		t.Helper()
		cmd := exec.Command(bin, "claim", "--validator", "http://"+st.Validators[1].HTTPAddr,
			"--rpc", "http://127.0.0.1:"+strconv.Itoa(st.ChainRPCPort), "--key", acct.URL.Path, "--password-file", pw, "--json")
		cmd.Env = agoraEnv()
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		stdout, err := cmd.Output()
		if err != nil {
			t.Fatalf("agora claim: %v: %s", err, stderr.String())
		}
		var res map[string]string
		if err := json.Unmarshal(stdout, &res); err != nil {
			t.Fatalf("agora claim printed %q: %v", stdout, err)
		}
		return res
	}
	first := claim()
	paid, _ := new(big.Int).SetString(first["paid"], 10)
	cum, _ := new(big.Int).SetString(first["cumulative"], 10)
	bal, _ := new(big.Int).SetString(first["balance"], 10)
	if paid == nil || paid.Sign() <= 0 || first["tx"] == "" || cum.Cmp(paid) != 0 || bal.Cmp(cum) != 0 || first["account"] != miner.Hex() {
		t.Fatalf("first claim: %v; want the whole cumulative amount paid to %s", first, miner.Hex())
	}
	second := claim()
	if second["paid"] != "0" || second["tx"] != "" {
		// A settlement between the two claims pays the new epoch only.
		c2, _ := new(big.Int).SetString(second["cumulative"], 10)
		p2, _ := new(big.Int).SetString(second["paid"], 10)
		if c2 == nil || p2 == nil || new(big.Int).Sub(c2, cum).Cmp(p2) != 0 {
			t.Fatalf("second claim: %v; want nothing, or only what was settled since (%s claimed before)", second, cum)
		}
	}
	if !strings.EqualFold(first["emission"], second["emission"]) || first["emission"] == (common.Address{}).Hex() {
		t.Fatalf("claims against emission %s and %s", first["emission"], second["emission"])
	}
}
