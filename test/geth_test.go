package test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/agora-net/agora/chain"
	"github.com/agora-net/agora/chain/bindings"
)

// gethEnv names the geth binary TestGethDevNode runs; `make test-geth` (one
// of `make test`'s suites) builds the pinned version and sets it.
const gethEnv = "AGORA_GETH"

// gethVersion is the geth release the Makefile builds and this test expects.
const gethVersion = "1.17.8"

// agr is one AGR in base units (9 decimals).
const agr = 1_000_000_000

// gethKey derives a fixed test key from name (sha256 of a fixed prefix and
// the name); no real key is written down.
func gethKey(t *testing.T, name string) *ecdsa.PrivateKey {
	t.Helper()
	seed := sha256.Sum256([]byte("agora/test/geth key/" + name))
	k, err := crypto.ToECDSA(seed[:])
	if err != nil {
		t.Fatalf("derive key %q: %v", name, err)
	}
	return k
}

func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// gethNode is a geth --dev process serving JSON-RPC on 127.0.0.1.
type gethNode struct {
	bin string
	url string
	rpc *rpc.Client
	eth *ethclient.Client
}

// TestGethDevNode runs Agora's contracts and Go clients against a real
// node: geth --dev over JSON-RPC. It deploys, funds an account in push mode,
// registers a neuron (burning the price) and stakes for it with permits,
// settles three Merkle epochs with cumulative trees, claims them at once,
// is refused an over-claim and a repeat claim, slashes with evidence, and
// finally reads the balances back through geth's own JavaScript console
// (geth attach --exec) and compares them with the Go client's reads.
func TestGethDevNode(t *testing.T) {
	bin := os.Getenv(gethEnv)
	if bin == "" {
		t.Skipf("%s is not set: this test runs a real geth --dev node; `make test-geth` (part of `make test`) builds geth v%s and runs it", gethEnv, gethVersion)
	}
	start := time.Now()
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()

	node := startGeth(t, ctx, bin)
	t.Logf("geth --dev serving %s after %s", node.url, time.Since(start).Round(time.Millisecond))

	deployer, settler, slasher := gethKey(t, "deployer"), gethKey(t, "settler"), gethKey(t, "slasher")
	coldkey, alice := gethKey(t, "coldkey"), gethKey(t, "alice")
	hotkey := addrOf(gethKey(t, "hotkey"))
	bob := addrOf(gethKey(t, "bob")) // never signs: settler sends bob's claim
	node.fund(t, ctx, deployer, settler, slasher, coldkey, alice)
	phase := time.Now()

	const (
		regPrice   = 2 * agr
		funding    = 100 * agr
		stakeAmt   = 50 * agr
		slashAmt   = 20 * agr
		fundSubnet = 1 // pays coldkey in push mode
		subnet     = 2 // settled in Merkle mode
	)
	cfg := chain.DefaultDeployConfig()
	cfg.Settler, cfg.Slasher, cfg.Pricer = addrOf(settler), addrOf(slasher), addrOf(deployer)
	cfg.UnbondingBlocks = 100
	cfg.SubnetLockCost, cfg.RegistrationPrice = 0, regPrice
	c, err := chain.DeployContracts(ctx, node.eth, deployer, cfg)
	if err != nil {
		t.Fatalf("DeployContracts: %v", err)
	}
	addrs := c.Addresses()
	t.Logf("deployed %+v in %s", addrs, time.Since(phase).Round(time.Millisecond))
	for want := uint16(1); want <= 2; want++ {
		if id, _, err := c.Registry.CreateSubnet(ctx, deployer, 0); err != nil || id != want {
			t.Fatalf("CreateSubnet = %d, %v; want subnet %d", id, err, want)
		}
	}
	w := &want{t: t, ctx: ctx, c: c}

	// Fund coldkey: epoch 1 of the funding subnet, in push mode.
	if _, err := c.Emission.Distribute(ctx, settler, fundSubnet, 1, []common.Address{addrOf(coldkey)}, []uint64{funding}); err != nil {
		t.Fatalf("Distribute: %v", err)
	}
	w.balance("coldkey after funding", addrOf(coldkey), funding)
	w.supply("after funding", funding)

	// Register hotkey on the subnet: coldkey burns the price, approved by a permit.
	head, err := node.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	deadline := head.Time + 3600
	permit, err := c.Token.SignPermit(ctx, coldkey, c.Registry.Address(), regPrice, deadline)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Registry.RegisterWithPermit(ctx, coldkey, subnet, hotkey, regPrice, permit); err != nil {
		t.Fatalf("RegisterWithPermit: %v", err)
	}
	if got, err := c.Registry.ColdkeyOf(ctx, hotkey); err != nil || got != addrOf(coldkey) {
		t.Errorf("ColdkeyOf(hotkey) = %s, %v; want coldkey %s", got, err, addrOf(coldkey))
	}
	regs, err := c.Registry.Registrations(ctx, 0, nil)
	if err != nil || len(regs) != 1 || regs[0].Hotkey != hotkey || regs[0].Subnet != subnet || regs[0].Burned.Uint64() != regPrice {
		t.Errorf("Registrations = %+v, %v; want one of hotkey on subnet %d burning %d", regs, err, subnet, regPrice)
	}
	w.balance("coldkey after registering", addrOf(coldkey), funding-regPrice)
	w.supply("after the registration burn", funding-regPrice)

	// Stake for the hotkey, again with a permit.
	permit, err = c.Token.SignPermit(ctx, coldkey, c.Staking.Address(), stakeAmt, deadline)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Staking.StakeWithPermit(ctx, coldkey, hotkey, stakeAmt, permit); err != nil {
		t.Fatalf("StakeWithPermit: %v", err)
	}
	w.stake("after staking", hotkey, stakeAmt)
	w.balance("coldkey after staking", addrOf(coldkey), funding-regPrice-stakeAmt)
	w.balance("staking contract", c.Staking.Address(), stakeAmt)
	t.Logf("funded, registered and staked in %s", time.Since(phase).Round(time.Millisecond))
	phase = time.Now()

	// Three Merkle epochs of cumulative earnings; coldkey first earns in epoch 2.
	domain, err := c.Emission.Domain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if domain.ChainID != 1337 {
		t.Errorf("geth --dev chain id %d, want 1337", domain.ChainID)
	}
	earned := []map[common.Address]uint64{
		{addrOf(alice): 10 * agr, bob: 5 * agr},
		{addrOf(alice): 7 * agr, addrOf(coldkey): 3 * agr},
		{addrOf(alice): 11 * agr, bob: 4 * agr, addrOf(coldkey): 2 * agr},
	}
	cumulative := map[common.Address]uint64{}
	var tree, previous *chain.MerkleTree
	var settledTotal uint64
	for i, epochEarned := range earned {
		epoch := uint64(i + 1)
		var total uint64
		for acct, amt := range epochEarned {
			cumulative[acct] += amt
			total += amt
		}
		leaves := make([]chain.MerkleLeaf, 0, len(cumulative))
		for acct, cum := range cumulative {
			leaves = append(leaves, chain.MerkleLeaf{Account: acct, Cumulative: cum})
		}
		previous = tree
		if tree, err = chain.NewMerkleTree(domain, leaves); err != nil {
			t.Fatal(err)
		}
		if _, err := c.Emission.Settle(ctx, settler, subnet, epoch, tree.Root(), total); err != nil {
			t.Fatalf("Settle epoch %d: %v", epoch, err)
		}
		settledTotal += total
		if last, err := c.Emission.LastSettledEpoch(ctx, subnet); err != nil || last != epoch {
			t.Errorf("LastSettledEpoch after epoch %d = %d, %v", epoch, last, err)
		}
		wantPrevious := common.Hash{}
		if previous != nil {
			wantPrevious = previous.Root()
		}
		if root, prev, err := c.Emission.Roots(ctx); err != nil || root != tree.Root() || prev != wantPrevious {
			t.Errorf("roots after epoch %d = %s, %s, %v; want %s, %s", epoch, root, prev, err, tree.Root(), wantPrevious)
		}
	}
	h, err := c.Emission.Settle(ctx, settler, subnet, 3, tree.Root(), 1)
	if !errors.Is(err, chain.ErrEpochAlreadySettled) || h != (common.Hash{}) {
		t.Errorf("settling epoch 3 again: %s, %v; want ErrEpochAlreadySettled and nothing sent", h, err)
	}
	w.balance("emission contract after three settlements", c.Emission.Address(), settledTotal)
	t.Logf("settled three epochs (%d AGR) in %s", settledTotal/agr, time.Since(phase).Round(time.Millisecond))
	phase = time.Now()

	// One claim collects all three epochs.
	aliceCum, proof, err := tree.Proof(addrOf(alice))
	if err != nil || aliceCum != 28*agr {
		t.Fatalf("alice's leaf = %d, %v; want %d", aliceCum, err, 28*agr)
	}
	if leaf, err := c.Emission.LeafHash(ctx, addrOf(alice), aliceCum); err != nil || leaf != chain.LeafHash(domain, addrOf(alice), aliceCum) {
		t.Errorf("the contract's leaf of alice = %s, %v; want Go's %s", leaf, err, chain.LeafHash(domain, addrOf(alice), aliceCum))
	}
	if _, err := c.Emission.Claim(ctx, alice, addrOf(alice), aliceCum, proof); err != nil {
		t.Fatalf("Claim: %v", err)
	}
	w.balance("alice after one claim of three epochs", addrOf(alice), aliceCum)
	if got, err := c.Emission.Claimed(ctx, addrOf(alice)); err != nil || got.Uint64() != aliceCum {
		t.Errorf("Claimed(alice) = %v, %v; want %d", got, err, aliceCum)
	}
	bobCum, bobProof, err := tree.Proof(bob)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Emission.Claim(ctx, settler, bob, bobCum, bobProof); err != nil {
		t.Fatalf("Claim for bob, sent by the settler: %v", err)
	}
	w.balance("bob (claim sent by another key)", bob, 9*agr)

	// An over-claim does not verify; a repeat claim has nothing left.
	h, err = c.Emission.Claim(ctx, alice, addrOf(alice), aliceCum+1, proof)
	if !errors.Is(err, chain.ErrInvalidProof) || h != (common.Hash{}) {
		t.Errorf("over-claim: %s, %v; want ErrInvalidProof and nothing sent", h, err)
	}
	h, err = c.Emission.Claim(ctx, alice, addrOf(alice), aliceCum, proof)
	if !errors.Is(err, chain.ErrNothingToClaim) || h != (common.Hash{}) {
		t.Errorf("repeat claim: %s, %v; want ErrNothingToClaim and nothing sent", h, err)
	}
	w.balance("alice after the refused claims", addrOf(alice), aliceCum)
	w.balance("emission contract after the claims", c.Emission.Address(), settledTotal-aliceCum-bobCum)

	// Slash the hotkey with evidence: stake reduced, supply burned.
	supplyBefore := w.readSupply()
	evidence := common.Hash(sha256.Sum256([]byte("agora/test/geth evidence: hotkey copied another miner's answers")))
	h, err = c.Staking.Slash(ctx, coldkey, hotkey, slashAmt, evidence)
	if !errors.Is(err, chain.ErrUnauthorized) || h != (common.Hash{}) {
		t.Errorf("slash by a key without SLASHER_ROLE: %s, %v; want ErrUnauthorized", h, err)
	}
	h, err = c.Staking.Slash(ctx, slasher, hotkey, stakeAmt+1, evidence)
	if !errors.Is(err, chain.ErrSlashExceedsStake) || h != (common.Hash{}) {
		t.Errorf("slash above the stake: %s, %v; want ErrSlashExceedsStake", h, err)
	}
	slashTx, err := c.Staking.Slash(ctx, slasher, hotkey, slashAmt, evidence)
	if err != nil {
		t.Fatalf("Slash: %v", err)
	}
	w.stake("after the slash", hotkey, stakeAmt-slashAmt)
	w.balance("staking contract after the slash", c.Staking.Address(), stakeAmt-slashAmt)
	if got := w.readSupply(); new(big.Int).Sub(supplyBefore, got).Uint64() != slashAmt {
		t.Errorf("supply %v after the slash, was %v: want %d burned", got, supplyBefore, slashAmt)
	}
	checkSlashedEvent(t, ctx, node.eth, addrs.Staking, hotkey, evidence, slashAmt, slashTx)
	t.Logf("claimed, refused and slashed in %s", time.Since(phase).Round(time.Millisecond))
	phase = time.Now()

	// Read everything back through geth's own console and compare.
	holders := map[string]common.Address{
		"coldkey": addrOf(coldkey), "alice": addrOf(alice), "bob": bob,
		"emission": addrs.Emission, "staking": addrs.Staking, "deployer": addrOf(deployer),
	}
	console := node.consoleRead(t, ctx, addrs, hotkey, holders)
	if !strings.Contains(console["node"], "v"+gethVersion) {
		t.Errorf("the console reports node %q, want geth v%s", console["node"], gethVersion)
	}
	wantConsole := map[string]uint64{
		"coldkey":  funding - regPrice - stakeAmt,
		"alice":    aliceCum,
		"bob":      bobCum,
		"emission": settledTotal - aliceCum - bobCum,
		"staking":  stakeAmt - slashAmt,
		"deployer": 0,
	}
	for name, addr := range holders {
		goRead, err := c.Token.BalanceOf(ctx, addr)
		if err != nil {
			t.Fatal(err)
		}
		if console[name] != goRead.String() || goRead.Uint64() != wantConsole[name] {
			t.Errorf("balance of %s: console %q, Go client %v; want both %d", name, console[name], goRead, wantConsole[name])
		}
	}
	if raw := console["alice_raw_call"]; raw != console["alice"] {
		t.Errorf("alice's balance by a raw eth.call %q, by the loaded ABI %q; want equal", raw, console["alice"])
	}
	if goSupply := w.readSupply(); console["total_supply"] != goSupply.String() ||
		goSupply.Uint64() != funding-regPrice+settledTotal-slashAmt {
		t.Errorf("total supply: console %q, Go client %v; want both %d", console["total_supply"], goSupply, funding-regPrice+settledTotal-slashAmt)
	}
	goStake, err := c.Staking.StakeOf(ctx, hotkey)
	if err != nil {
		t.Fatal(err)
	}
	if console["stake"] != goStake.String() {
		t.Errorf("hotkey's stake: console %q, Go client %v", console["stake"], goStake)
	}
	t.Logf("console and Go client agree on %d balances, the supply and the stake (%s); whole test %s",
		len(holders), time.Since(phase).Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
}

// startGeth starts geth --dev on a free loopback port with a datadir in the
// test's temporary directory, waits until it answers JSON-RPC and stops it
// when the test ends (before the directory, about 1.4 GB of sparse files,
// is removed).
func startGeth(t *testing.T, ctx context.Context, bin string) *gethNode {
	t.Helper()
	out, err := exec.CommandContext(ctx, bin, "version").CombinedOutput()
	if err != nil {
		t.Fatalf("%s=%s: `geth version` failed (`make geth` builds v%s into .cache/): %v\n%s", gethEnv, bin, gethVersion, err, out)
	}
	if !bytes.Contains(out, []byte("Version: "+gethVersion)) {
		t.Fatalf("%s=%s is not geth %s:\n%s", gethEnv, bin, gethVersion, out)
	}

	dir := t.TempDir()
	var lastErr error
	for attempt := 1; attempt <= 3; attempt++ {
		port, err := freeLoopbackPort()
		if err != nil {
			t.Fatal(err)
		}
		n, err := launchGeth(t, ctx, bin, filepath.Join(dir, fmt.Sprintf("datadir-%d", attempt)), port)
		if err == nil {
			return n
		}
		lastErr = err
		t.Logf("geth attempt %d on port %d: %v", attempt, port, err)
	}
	t.Fatalf("geth --dev did not start: %v", lastErr)
	return nil
}

// launchGeth runs one geth --dev process and waits for its JSON-RPC. A
// process that exits early (its port was taken meanwhile, say) is an error.
func launchGeth(t *testing.T, ctx context.Context, bin, datadir string, port int) (*gethNode, error) {
	logPath := datadir + ".log"
	logFile, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, "--dev",
		"--http", "--http.addr", "127.0.0.1", "--http.port", strconv.Itoa(port),
		"--datadir", datadir, "--nodiscover", "--maxpeers", "0", "--ipcdisable",
		"--verbosity", "2")
	cmd.Stdout, cmd.Stderr = logFile, logFile
	if err := cmd.Start(); err != nil {
		logFile.Close()
		return nil, fmt.Errorf("start %s: %w", bin, err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	stop := func() {
		_ = cmd.Process.Signal(os.Interrupt)
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			_ = cmd.Process.Kill()
			<-exited
		}
		logFile.Close()
	}

	url := "http://" + net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	ready := time.NewTimer(20 * time.Second)
	defer ready.Stop()
	tick := time.NewTicker(25 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case err := <-exited:
			logFile.Close()
			log, _ := os.ReadFile(logPath)
			return nil, fmt.Errorf("geth exited before serving JSON-RPC (%v):\n%s", err, tail(log, 2000))
		case <-ready.C:
			stop()
			log, _ := os.ReadFile(logPath)
			return nil, fmt.Errorf("geth did not answer on %s within 20s:\n%s", url, tail(log, 2000))
		case <-ctx.Done():
			stop()
			return nil, ctx.Err()
		case <-tick.C:
		}
		rc, err := rpc.DialContext(ctx, url)
		if err != nil {
			continue
		}
		var id hexutil.Big
		callCtx, cancel := context.WithTimeout(ctx, time.Second)
		err = rc.CallContext(callCtx, &id, "eth_chainId")
		cancel()
		if err != nil {
			rc.Close()
			continue
		}
		t.Cleanup(func() {
			rc.Close()
			stop()
			if t.Failed() {
				log, _ := os.ReadFile(logPath)
				t.Logf("geth log (tail):\n%s", tail(log, 4000))
			}
		})
		return &gethNode{bin: bin, url: url, rpc: rc, eth: ethclient.NewClient(rc)}, nil
	}
}

// fund sends 100 ether to each key's account from geth's unlocked dev
// account (eth_accounts[0]), through eth_sendTransaction, and waits until
// every transfer is mined.
func (n *gethNode) fund(t *testing.T, ctx context.Context, keys ...*ecdsa.PrivateKey) {
	t.Helper()
	var accounts []common.Address
	if err := n.rpc.CallContext(ctx, &accounts, "eth_accounts"); err != nil || len(accounts) == 0 {
		t.Fatalf("eth_accounts = %v, %v; want geth's dev account", accounts, err)
	}
	value := new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
	var hashes []common.Hash
	for _, k := range keys {
		var h common.Hash
		err := n.rpc.CallContext(ctx, &h, "eth_sendTransaction", map[string]any{
			"from": accounts[0], "to": addrOf(k), "value": (*hexutil.Big)(value),
		})
		if err != nil {
			t.Fatalf("fund %s from the dev account %s: %v", addrOf(k), accounts[0], err)
		}
		hashes = append(hashes, h)
	}
	for i, h := range hashes {
		r, err := bind.WaitMinedHash(ctx, n.eth, h)
		if err != nil || r.Status != 1 {
			t.Fatalf("funding tx %s: receipt %+v, %v", h, r, err)
		}
		if bal, err := n.eth.BalanceAt(ctx, addrOf(keys[i]), nil); err != nil || bal.Cmp(value) < 0 {
			t.Fatalf("balance of %s after funding = %v, %v; want %v", addrOf(keys[i]), bal, err, value)
		}
	}
}

// consoleABI is the slice of the token's and the staking contract's ABI
// the console script loads, written here rather than taken from the
// committed artifacts so that the console's encoding is checked
// independently.
const consoleABI = `{
 "token": [
  {"type": "function", "name": "balanceOf", "constant": true, "stateMutability": "view",
   "inputs": [{"name": "account", "type": "address"}], "outputs": [{"name": "", "type": "uint256"}]},
  {"type": "function", "name": "totalSupply", "constant": true, "stateMutability": "view",
   "inputs": [], "outputs": [{"name": "", "type": "uint256"}]}],
 "staking": [
  {"type": "function", "name": "stakeOf", "constant": true, "stateMutability": "view",
   "inputs": [{"name": "hotkey", "type": "address"}], "outputs": [{"name": "", "type": "uint256"}]}]
}`

// consoleMarker starts the line the console script prints its result on.
const consoleMarker = "AGORA_CONSOLE_RESULT "

// consoleRead runs a script in geth's own console (geth attach --exec, over
// HTTP) that reads, as decimal strings: each holder's token balance (by the
// loaded ABI), alice's balance again by a raw eth.call of balanceOf's
// selector and argument, the total supply, the hotkey's stake and the
// node's version. It returns them by name.
func (n *gethNode) consoleRead(t *testing.T, ctx context.Context, addrs chain.Addresses, hotkey common.Address, holders map[string]common.Address) map[string]string {
	t.Helper()
	var js strings.Builder
	fmt.Fprintf(&js, "var abi = %s;\n", consoleABI)
	fmt.Fprintf(&js, "var token = eth.contract(abi.token).at(%q);\n", strings.ToLower(addrs.Token.Hex()))
	fmt.Fprintf(&js, "var staking = eth.contract(abi.staking).at(%q);\n", strings.ToLower(addrs.Staking.Hex()))
	js.WriteString("var out = {node: web3.version.node};\n")
	for name, addr := range holders {
		fmt.Fprintf(&js, "out[%q] = token.balanceOf(%q).toString(10);\n", name, strings.ToLower(addr.Hex()))
	}
	// balanceOf(address): selector 0x70a08231, the address left-padded to 32 bytes.
	rawData := "0x70a08231" + strings.Repeat("0", 24) + strings.ToLower(holders["alice"].Hex()[2:])
	fmt.Fprintf(&js, "out.alice_raw_call = web3.toBigNumber(eth.call({to: %q, data: %q})).toString(10);\n",
		strings.ToLower(addrs.Token.Hex()), rawData)
	js.WriteString("out.total_supply = token.totalSupply().toString(10);\n")
	fmt.Fprintf(&js, "out.stake = staking.stakeOf(%q).toString(10);\n", strings.ToLower(hotkey.Hex()))
	fmt.Fprintf(&js, "console.log(%q + JSON.stringify(out));\n", consoleMarker)

	cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	start := time.Now()
	out, err := exec.CommandContext(cctx, n.bin, "attach", "--exec", js.String(), n.url).CombinedOutput()
	t.Logf("geth attach --exec (%s):\n%s", time.Since(start).Round(time.Millisecond), out)
	if err != nil {
		t.Fatalf("geth attach --exec: %v\nscript:\n%s", err, js.String())
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		line, ok := strings.CutPrefix(sc.Text(), consoleMarker)
		if !ok {
			continue
		}
		var got map[string]string
		if err := json.Unmarshal([]byte(line), &got); err != nil {
			t.Fatalf("console result %q: %v", line, err)
		}
		return got
	}
	t.Fatalf("geth attach printed no line starting %q; script:\n%s", consoleMarker, js.String())
	return nil
}

// checkSlashedEvent checks that the slash transaction emitted Slashed with
// the evidence hash (an indexed topic, so the log filter finds it by it).
func checkSlashedEvent(t *testing.T, ctx context.Context, eth *ethclient.Client, staking, hotkey common.Address, evidence common.Hash, amount uint64, tx common.Hash) {
	t.Helper()
	b, err := bindings.NewStaking(staking, eth)
	if err != nil {
		t.Fatal(err)
	}
	it, err := b.FilterSlashed(&bind.FilterOpts{Context: ctx}, []common.Address{hotkey}, [][32]byte{evidence})
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	var n int
	for it.Next() {
		n++
		ev := it.Event
		if ev.Raw.TxHash != tx || ev.Amount.Uint64() != amount || ev.FromStake.Uint64() != amount {
			t.Errorf("Slashed event %+v, want tx %s, amount %d all from stake", ev, tx, amount)
		}
	}
	if err := it.Error(); err != nil || n != 1 {
		t.Errorf("found %d Slashed events with the evidence hash (%v), want 1", n, err)
	}
}

// want holds the assertions on the deployment's state.
type want struct {
	t   *testing.T
	ctx context.Context
	c   *chain.Contracts
}

func (w *want) balance(what string, account common.Address, amount uint64) {
	w.t.Helper()
	got, err := w.c.Token.BalanceOf(w.ctx, account)
	if err != nil {
		w.t.Fatal(err)
	}
	if got.Cmp(new(big.Int).SetUint64(amount)) != 0 {
		w.t.Errorf("%s: balance %v, want %d", what, got, amount)
	}
}

func (w *want) supply(what string, amount uint64) {
	w.t.Helper()
	if got := w.readSupply(); got.Cmp(new(big.Int).SetUint64(amount)) != 0 {
		w.t.Errorf("%s: total supply %v, want %d", what, got, amount)
	}
}

func (w *want) readSupply() *big.Int {
	w.t.Helper()
	got, err := w.c.Token.TotalSupply(w.ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	return got
}

func (w *want) stake(what string, hotkey common.Address, amount uint64) {
	w.t.Helper()
	got, err := w.c.Staking.StakeOf(w.ctx, hotkey)
	if err != nil {
		w.t.Fatal(err)
	}
	if got.Cmp(new(big.Int).SetUint64(amount)) != 0 {
		w.t.Errorf("%s: stake %v, want %d", what, got, amount)
	}
}

// freeLoopbackPort returns a TCP port on 127.0.0.1 that was free a moment
// ago.
func freeLoopbackPort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// tail returns at most the last n bytes of b.
func tail(b []byte, n int) string {
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}
