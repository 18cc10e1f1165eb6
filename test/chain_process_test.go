package test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"crypto/ecdsa"

	gethcommon "github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/chain"
	"github.com/agora-net/agora/validator"
	"github.com/agora-net/agora/validator/ledger"
	"github.com/agora-net/agora/wallet"
)

// TestValidatorProcessSettlesOnChain runs `agora validator run` with the
// chain flags against an embedded chain reached over JSON-RPC, as an
// operator would against a real node: the node, leading its one-node
// cluster, settles its subnet's epochs with its own key (granted the
// emission contract's settler role) as Merkle roots whose proofs its API
// serves and the contract accepts, and feeds a registration made on chain
// into the ledger.
func TestValidatorProcessSettlesOnChain(t *testing.T) {
	bin := agoraBinary(t)
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	const pass = "chain process test"
	pwFile := filepath.Join(dir, "password")
	if err := os.WriteFile(pwFile, []byte(pass+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	acc, err := wallet.Create(filepath.Join(dir, "keystore"), pass, wallet.LightKDF())
	if err != nil {
		t.Fatal(err)
	}
	deployer, coldkey := testKey("chain deployer"), testKey("chain coldkey")
	cfg := chain.DefaultSimConfig()
	cfg.BlockPeriod = 50 * time.Millisecond
	cfg.Accounts = []gethcommon.Address{crypto.PubkeyToAddress(deployer.PublicKey), acc.Address, crypto.PubkeyToAddress(coldkey.PublicKey)}
	sim, err := chain.StartSimulated(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	dc := chain.DefaultDeployConfig()
	dc.Settler, dc.Slasher, dc.Pricer = acc.Address, crypto.PubkeyToAddress(deployer.PublicKey), crypto.PubkeyToAddress(deployer.PublicKey)
	dc.SubnetLockCost, dc.RegistrationPrice = 0, 0
	c, err := chain.DeployContracts(ctx, sim.Client(), deployer, dc)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.Registry.CreateSubnet(ctx, deployer, 0); err != nil {
		t.Fatal(err)
	}

	genesisFile := filepath.Join(dir, "genesis.yaml")
	// The node's key signs its own ticks and chain commands; the subnet's
	// validator is another genesis key, so that the test's commands never
	// race the node's for a nonce.
	weigher := testKey("chain subnet validator")
	genesis := fmt.Sprintf("chain_id: %d\nvalidators:\n  - address: %q\n    stake: 1000000000\n  - address: %q\n    stake: 1000000000\n",
		sim.ChainID(), acc.Address.Hex(), crypto.PubkeyToAddress(weigher.PublicKey).Hex())
	if err := os.WriteFile(genesisFile, []byte(genesis), 0o600); err != nil {
		t.Fatal(err)
	}
	n := &procNode{name: "chain-node", raftAddr: freeAddr(t), httpAddr: freeAddr(t), keyFile: acc.Path}
	n.start(t, bin, []string{"--data-dir", filepath.Join(dir, "node"), "--password-file", pwFile, "--genesis", genesisFile,
		"--bootstrap", "--tick-interval", "50ms", "--log-level", "info",
		"--chain-rpc", sim.RPCURL(), "--emission", c.Emission.Address().Hex(), "--staking", c.Staking.Address().Hex(),
		"--registry", c.Registry.Address().Hex(), "--confirmations", "1", "--push-max", "-1"})
	api := validator.NewClient(n.httpAddr, sim.ChainID())
	waitUntil(t, 20*time.Second, "the node to lead", func() bool { v, err := api.Cluster(ctx); return err == nil && v.Leader != "" })

	// A subnet with a validator and three miners.
	owner := testKey("chain subnet owner")
	hp := ledger.DefaultHyperparams()
	hp.Tempo, hp.WeightsRateLimit, hp.CommitRevealEnabled = 20, 0, false
	send := func(key *ecdsa.PrivateKey, typ string, payload any) {
		t.Helper()
		resp, err := api.Send(ctx, key, typ, payload)
		if err != nil || resp.Error != "" {
			t.Fatalf("%s: %v %v", typ, err, resp)
		}
	}
	send(owner, ledger.TypeCreateSubnet, ledger.CreateSubnet{ID: 1, Name: "chain", Task: ledger.TaskInference, ModelHash: strings.Repeat("ab", 32), Hyperparams: hp})
	send(weigher, ledger.TypeRegister, ledger.Register{Subnet: 1, Role: ledger.RoleValidator})
	var uids, values []uint16
	var miners []*ecdsa.PrivateKey
	for i := range 3 {
		m := testKey(fmt.Sprintf("chain miner %d", i))
		miners = append(miners, m)
		send(m, ledger.TypeRegister, ledger.Register{Subnet: 1, Role: ledger.RoleMiner})
		uids, values = append(uids, uint16(1+i)), append(values, uint16(100*(i+1)))
	}
	// Weights set in the block a miner registered in are masked by the epoch
	// (YUMA.md: outdated weights), so set them a few 50 ms blocks later.
	time.Sleep(300 * time.Millisecond)
	send(weigher, ledger.TypeSetWeights, ledger.SetWeights{Subnet: 1, UIDs: uids, Values: values})

	// A hotkey registered on chain reaches the ledger through the feed.
	hot := crypto.PubkeyToAddress(testKey("chain-registered hotkey").PublicKey)
	if _, err := c.Registry.Register(ctx, coldkey, 1, hot, 0); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, 30*time.Second, "the chain registration in the ledger", func() bool {
		s, err := api.Subnet(ctx, 1)
		if err != nil {
			return false
		}
		_, ok := s.UIDOf(hot)
		return ok
	})

	// The leader settles an epoch as a Merkle root; the API's proof holds.
	waitUntil(t, 60*time.Second, "an epoch settled on chain", func() bool {
		last, err := c.Emission.LastSettledEpoch(ctx, 1)
		return err == nil && last >= 1
	})
	miner := crypto.PubkeyToAddress(miners[2].PublicKey)
	var proof *validator.ClaimProof
	t.Cleanup(func() {
		if t.Failed() {
			s, err := api.Subnet(context.Background(), 1)
			t.Logf("subnet 1: %+v %v", s, err)
		}
	})
	waitUntil(t, 20*time.Second, "the ledger to record the settlement", func() bool {
		proof, err = api.Claim(ctx, miner)
		return err == nil
	})
	ok, err := c.Emission.Verify(ctx, miner, proof.Cumulative, proof.Proof)
	if err != nil || !ok || proof.Cumulative == 0 {
		t.Fatalf("the contract accepts the API's proof of %d for %s: %v, %v", proof.Cumulative, miner.Hex(), ok, err)
	}
	if _, err := c.Emission.Claim(ctx, coldkey, miner, proof.Cumulative, proof.Proof); err != nil {
		t.Fatal(err)
	}
	if bal, err := c.Token.BalanceOf(ctx, miner); err != nil || bal.Uint64() != proof.Cumulative {
		t.Fatalf("miner's balance %v (%v), want %d", bal, err, proof.Cumulative)
	}
}
