package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/chain"
	"github.com/agora-net/agora/wallet"
)

// oneAGR is one token in base units.
const oneAGR = 1_000_000_000

// stakeChain is a deployment on a simulated chain with a coldkey that holds
// tokens and has registered a hotkey, and keystore files for the CLI.
type stakeChain struct {
	t                  *testing.T
	ctx                context.Context
	sim                *chain.Sim
	c                  *chain.Contracts
	coldkey            *ecdsa.PrivateKey
	coldkeyFile        string // its keystore file
	strangerFile       string // a funded key that owns nothing
	passwordFile       string
	hotkey             common.Address
	unbondingBlocks    uint64
	registrationPrice  uint64
	initialColdBalance uint64
}

// newStakeChain starts a simulated chain with 50 ms blocks, deploys the
// contracts, pays the coldkey 100 AGR in push mode and registers the
// hotkey for it on subnet 1 (burning 1 AGR). The unbonding period, 1,000
// blocks, is 50 s of timer blocks, never reached by accident even under
// the race detector; tests reach it with Commit.
func newStakeChain(t *testing.T) *stakeChain {
	t.Helper()
	clearValidatorEnv(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	ks := filepath.Join(t.TempDir(), "keystore")
	s := &stakeChain{t: t, ctx: ctx, passwordFile: writeFile(t, "pw", "correct horse\n"),
		unbondingBlocks: 1000, registrationPrice: oneAGR, initialColdBalance: 100 * oneAGR}
	newKey := func() (*ecdsa.PrivateKey, string) {
		acc, err := wallet.Create(ks, "correct horse", wallet.LightKDF())
		if err != nil {
			t.Fatal(err)
		}
		k, err := wallet.Open(acc.Path, "correct horse")
		if err != nil {
			t.Fatal(err)
		}
		return k, acc.Path
	}
	var stranger *ecdsa.PrivateKey
	s.coldkey, s.coldkeyFile = newKey()
	stranger, s.strangerFile = newKey()
	deployer, _ := newKey()
	s.hotkey = crypto.PubkeyToAddress(testKeyFor(t, "hotkey").PublicKey)

	cfg := chain.DefaultSimConfig()
	cfg.BlockPeriod = 50 * time.Millisecond
	for _, k := range []*ecdsa.PrivateKey{s.coldkey, stranger, deployer} {
		cfg.Accounts = append(cfg.Accounts, crypto.PubkeyToAddress(k.PublicKey))
	}
	sim, err := chain.StartSimulated(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := sim.Close(); err != nil {
			t.Error(err)
		}
	})
	s.sim = sim

	dc := chain.DefaultDeployConfig()
	deployerAddr := crypto.PubkeyToAddress(deployer.PublicKey)
	dc.Settler, dc.Slasher, dc.Pricer = deployerAddr, deployerAddr, deployerAddr
	dc.UnbondingBlocks, dc.SubnetLockCost, dc.RegistrationPrice = s.unbondingBlocks, 0, s.registrationPrice
	if s.c, err = chain.DeployContracts(ctx, sim.Client(), deployer, dc); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.c.Registry.CreateSubnet(ctx, deployer, 0); err != nil {
		t.Fatal(err)
	}
	cold := crypto.PubkeyToAddress(s.coldkey.PublicKey)
	if _, err := s.c.Emission.Distribute(ctx, deployer, 1, 1, []common.Address{cold}, []uint64{s.initialColdBalance}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.c.Token.Approve(ctx, s.coldkey, s.c.Registry.Address(), s.registrationPrice); err != nil {
		t.Fatal(err)
	}
	if _, err := s.c.Registry.Register(ctx, s.coldkey, 1, s.hotkey, s.registrationPrice); err != nil {
		t.Fatal(err)
	}
	return s
}

// testKeyFor derives a fixed key from name; no real key is written down.
func testKeyFor(t *testing.T, name string) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("agora/cmd/agora test key/" + name)))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// stakeArgs returns `stake SUB` with the flags of a valid invocation by
// the coldkey, then extra.
func (s *stakeChain) stakeArgs(sub string, extra ...string) []string {
	args := []string{"stake", sub, "--hotkey", s.hotkey.Hex(), "--key", s.coldkeyFile,
		"--password-file", s.passwordFile, "--rpc", s.sim.RPCURL(), "--staking", s.c.Staking.Address().Hex()}
	return append(args, extra...)
}

func (s *stakeChain) stakeOf() uint64 {
	s.t.Helper()
	v, err := s.c.Staking.StakeOf(s.ctx, s.hotkey)
	if err != nil {
		s.t.Fatal(err)
	}
	return v.Uint64()
}

func (s *stakeChain) balanceOf(a common.Address) uint64 {
	s.t.Helper()
	v, err := s.c.Token.BalanceOf(s.ctx, a)
	if err != nil {
		s.t.Fatal(err)
	}
	return v.Uint64()
}

// advance seals blocks until the head is at least block.
func (s *stakeChain) advance(block uint64) {
	s.t.Helper()
	for {
		n, err := s.sim.Client().BlockNumber(s.ctx)
		if err != nil {
			s.t.Fatal(err)
		}
		if n >= block {
			return
		}
		if _, err := s.sim.Commit(); err != nil {
			s.t.Fatal(err)
		}
	}
}

// checkFailure asserts exit 1, no stdout and one stderr line containing want.
func checkFailure(t *testing.T, code int, out, errOut, want string) {
	t.Helper()
	if code != exitFailure || out != "" {
		t.Errorf("got exit %d, stdout %q; want %d and no stdout", code, out, exitFailure)
	}
	if !strings.HasPrefix(errOut, "agora: ") || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, want) {
		t.Errorf("got stderr %q, want one line starting %q containing %q", errOut, "agora: ", want)
	}
}

// TestStakeAddRemoveWithdraw walks a position through the CLI: two stakes
// (text and JSON output, with and without --token), the balance, an
// unstake, a withdrawal refused before the release block and accepted
// after it, and a withdrawal with nothing left.
func TestStakeAddRemoveWithdraw(t *testing.T) {
	s := newStakeChain(t)
	cold := crypto.PubkeyToAddress(s.coldkey.PublicKey)
	tokenAddr := s.c.Token.Address().Hex()
	afterRegistration := s.initialColdBalance - s.registrationPrice

	code, out, errOut := agora(t, "", s.stakeArgs("add", "--amount", "5")...)
	if code != exitOK || errOut != "" {
		t.Fatalf("stake add: exit %d, stderr %q", code, errOut)
	}
	if !strings.HasPrefix(out, "staked 5 AGR for "+s.hotkey.Hex()+" in tx 0x") || !strings.HasSuffix(out, "; its stake is now 5 AGR\n") {
		t.Errorf("stake add printed %q", out)
	}
	if got := s.stakeOf(); got != 5*oneAGR {
		t.Errorf("stake after adding 5: %d, want %d", got, 5*oneAGR)
	}

	code, out, errOut = agora(t, "", s.stakeArgs("add", "--amount", "2.5", "--token", tokenAddr, "--json")...)
	if code != exitOK || errOut != "" {
		t.Fatalf("stake add --json: exit %d, stderr %q", code, errOut)
	}
	var res stakeResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("stake add --json: %v: %q", err, out)
	}
	wantRes := stakeResult{Tx: res.Tx, Hotkey: s.hotkey.Hex(), Owner: cold.Hex(), Amount: "2500000000",
		Stake: "7500000000", Unbonding: "0", ReleaseBlock: 0}
	if res != wantRes || !strings.HasPrefix(res.Tx, "0x") || len(res.Tx) != 66 {
		t.Errorf("stake add --json = %+v, want %+v", res, wantRes)
	}
	if got, want := s.balanceOf(cold), afterRegistration-7500*oneAGR/1000; got != want {
		t.Errorf("coldkey balance after staking 7.5: %d, want %d", got, want)
	}

	code, out, _ = agora(t, "", "balance", "--rpc", s.sim.RPCURL(), "--token", tokenAddr, cold.Hex())
	if code != exitOK || out != "91.5 AGR\n" {
		t.Errorf("balance: exit %d, stdout %q; want 0 and %q", code, out, "91.5 AGR\n")
	}
	code, out, _ = agora(t, "", "balance", "--rpc", s.sim.RPCURL(), "--token", strings.ToLower(tokenAddr), "--json", strings.ToLower(cold.Hex()))
	var bal balanceResult
	if err := json.Unmarshal([]byte(out), &bal); code != exitOK || err != nil {
		t.Fatalf("balance --json: exit %d, %v, %q", code, err, out)
	}
	wantBal := balanceResult{Address: cold.Hex(), Token: tokenAddr, Symbol: "AGR", Decimals: 9, Balance: "91500000000", Tokens: "91.5"}
	if bal != wantBal {
		t.Errorf("balance --json = %+v, want %+v", bal, wantBal)
	}
	code, out, _ = agora(t, "", "balance", "--rpc", s.sim.RPCURL(), "--token", tokenAddr, s.hotkey.Hex())
	if code != exitOK || out != "0 AGR\n" {
		t.Errorf("balance of an empty account: exit %d, stdout %q; want %q", code, out, "0 AGR\n")
	}

	code, out, errOut = agora(t, "", s.stakeArgs("remove", "--amount", "3", "--json")...)
	if code != exitOK || errOut != "" {
		t.Fatalf("stake remove: exit %d, stderr %q", code, errOut)
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if res.Amount != "3000000000" || res.Stake != "4500000000" || res.Unbonding != "3000000000" || res.ReleaseBlock == 0 {
		t.Errorf("stake remove --json = %+v, want 3 AGR moved, 4.5 staked, 3 unbonding and a release block", res)
	}
	release := res.ReleaseBlock

	code, out, errOut = agora(t, "", s.stakeArgs("withdraw")...)
	checkFailure(t, code, out, errOut, fmt.Sprintf("still unbonding 3 AGR until block %d", release))

	s.advance(release)
	code, out, errOut = agora(t, "", s.stakeArgs("withdraw")...)
	if code != exitOK || errOut != "" {
		t.Fatalf("stake withdraw at the release block: exit %d, stderr %q", code, errOut)
	}
	if want := "withdrew 3 AGR unbonded from " + s.hotkey.Hex() + " to " + cold.Hex() + " in tx 0x"; !strings.HasPrefix(out, want) {
		t.Errorf("stake withdraw printed %q, want it to start %q", out, want)
	}
	if got, want := s.balanceOf(cold), afterRegistration-4500*oneAGR/1000; got != want {
		t.Errorf("coldkey balance after the withdrawal: %d, want %d", got, want)
	}
	if got := s.stakeOf(); got != 4500*oneAGR/1000 {
		t.Errorf("stake after the withdrawal: %d, want %d", got, 4500*oneAGR/1000)
	}

	code, out, errOut = agora(t, "", s.stakeArgs("withdraw")...)
	checkFailure(t, code, out, errOut, "NothingToWithdraw")
}

// TestStakeRefusedByChain checks the failures the contract or the node
// reports: exit status 1 with the reason on one line, and nothing moved.
func TestStakeRefusedByChain(t *testing.T) {
	s := newStakeChain(t)
	// An open position of 1 AGR.
	if _, err := s.c.Token.Approve(s.ctx, s.coldkey, s.c.Staking.Address(), oneAGR); err != nil {
		t.Fatal(err)
	}
	if _, err := s.c.Staking.Stake(s.ctx, s.coldkey, s.hotkey, oneAGR); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"more than the balance", s.stakeArgs("add", "--amount", "1000"), "ERC20InsufficientBalance"},
		{"unstake more than the stake", s.stakeArgs("remove", "--amount", "1.5"), "InsufficientStake"},
		{"nothing unbonding", s.stakeArgs("withdraw"), "NothingToWithdraw"},
		{"another account's hotkey", append(s.stakeArgs("add", "--amount", "1"), "--key", s.strangerFile), "NotHotkeyOwner"},
		{"another account's position", append(s.stakeArgs("remove", "--amount", "1"), "--key", s.strangerFile), "NotHotkeyOwner"},
		{"not a staking contract", append(s.stakeArgs("add", "--amount", "1"), "--staking", s.c.Token.Address().Hex()), "is " + s.c.Token.Address().Hex() + " a Staking contract?"},
		{"node unreachable", append(s.stakeArgs("add", "--amount", "1"), "--rpc", "http://127.0.0.1:1"), "no answer from the node at http://127.0.0.1:1"},
		{"balance: not a token", []string{"balance", "--rpc", s.sim.RPCURL(), "--token", s.c.Staking.Address().Hex(), s.hotkey.Hex()}, "a token contract?"},
		{"balance: node unreachable", []string{"balance", "--rpc", "http://127.0.0.1:1", "--token", s.c.Token.Address().Hex(), s.hotkey.Hex()}, "no answer from the node at http://127.0.0.1:1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := agora(t, "", tt.args...)
			checkFailure(t, code, out, errOut, tt.want)
		})
	}
	if got := s.stakeOf(); got != oneAGR {
		t.Errorf("stake after refused commands: %d, want %d", got, oneAGR)
	}
}

// TestStakeBadInput checks that every malformed flag, argument or key file
// exits with status 2 and one line naming the problem, before anything is
// sent.
func TestStakeBadInput(t *testing.T) {
	s := newStakeChain(t)
	without := func(args []string, flag string) []string {
		var out []string
		for i := 0; i < len(args); i++ {
			if args[i] == flag {
				i++
				continue
			}
			out = append(out, args[i])
		}
		return out
	}
	add := func(extra ...string) []string {
		return s.stakeArgs("add", append([]string{"--amount", "1"}, extra...)...)
	}
	// The hotkey with the case of its first letter flipped: a broken checksum.
	badChecksum := []byte(s.hotkey.Hex())
	for i := 2; i < len(badChecksum); i++ {
		if c := badChecksum[i]; c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' {
			badChecksum[i] ^= 0x20
			break
		}
	}
	tokenAddr := s.c.Token.Address().Hex()
	wrongPassword := writeFile(t, "wrong", "battery staple\n")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no amount", s.stakeArgs("add"), "--amount TOKENS is required"},
		{"amount not a number", s.stakeArgs("add", "--amount", "ten"), "want a decimal number"},
		{"amount zero", s.stakeArgs("add", "--amount", "0.000"), "more than zero"},
		{"amount negative", s.stakeArgs("remove", "--amount", "-1"), "want a decimal number"},
		{"amount exponent", s.stakeArgs("add", "--amount", "1e3"), "want a decimal number"},
		{"amount trailing dot", s.stakeArgs("add", "--amount", "1."), "want a decimal number"},
		{"amount too precise", s.stakeArgs("add", "--amount", "0.0000000001"), "at most 9 decimal places"},
		{"amount too large", s.stakeArgs("add", "--amount", "18446744074"), "at most 18446744073.709551615 tokens"},
		{"no hotkey", without(add(), "--hotkey"), "--hotkey ADDRESS is required"},
		{"short hotkey", add("--hotkey", "0x1234"), "40 hex digits"},
		{"hotkey without 0x", add("--hotkey", s.hotkey.Hex()[2:]), "0x-prefixed"},
		{"hotkey bad checksum", add("--hotkey", string(badChecksum)), "bad EIP-55 checksum"},
		{"zero hotkey", add("--hotkey", "0x0000000000000000000000000000000000000000"), "zero address"},
		{"no staking", without(add(), "--staking"), "--staking ADDRESS is required"},
		{"bad staking", add("--staking", "staking"), "--staking"},
		{"bad token", add("--token", "0xnothex0000000000000000000000000000000000"), "--token"},
		{"token not the staking contract's", add("--token", s.c.Registry.Address().Hex()), "is not the staking contract's token " + tokenAddr},
		{"no key", without(add(), "--key"), "--key FILE"},
		{"missing key file", add("--key", filepath.Join(t.TempDir(), "nope")), "stake add"},
		{"wrong passphrase", add("--password-file", wrongPassword), "stake add"},
		{"no rpc", without(add(), "--rpc"), "--rpc URL"},
		{"rpc scheme", add("--rpc", "ftp://127.0.0.1:8545"), "want an http, https, ws or wss URL"},
		{"rpc without host", add("--rpc", "http://"), "no host"},
		{"zero confirmations", add("--confirmations", "0"), "--confirmations must be at least 1"},
		{"withdraw bad hotkey", append(without(s.stakeArgs("withdraw"), "--hotkey"), "--hotkey", "x"), "stake withdraw: --hotkey"},
		{"balance without token", []string{"balance", "--rpc", s.sim.RPCURL(), s.hotkey.Hex()}, "--token ADDRESS is required"},
		{"balance bad address", []string{"balance", "--rpc", s.sim.RPCURL(), "--token", tokenAddr, "0x12"}, "ADDRESS \"0x12\""},
		{"balance without rpc", []string{"balance", "--token", tokenAddr, s.hotkey.Hex()}, "--rpc URL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := agora(t, "", tt.args...)
			checkUsageError(t, code, out, errOut, tt.want)
		})
	}
	// Cobra's own checks: exit 2 and a pointer to --help.
	for _, args := range [][]string{
		append(add(), "extra"),
		{"stake", "frobnicate"},
		{"stake", "withdraw", "--amount", "1"},
		{"balance", "--rpc", s.sim.RPCURL(), "--token", tokenAddr},
		{"balance", "--rpc", s.sim.RPCURL(), "--token", tokenAddr, s.hotkey.Hex(), s.hotkey.Hex()},
	} {
		code, out, errOut := agora(t, "", args...)
		if code != exitUsage || out != "" || !strings.HasPrefix(errOut, "agora: ") {
			t.Errorf("agora %v: exit %d, stdout %q, stderr %q; want %d, no stdout, an agora: line", args, code, out, errOut, exitUsage)
		}
	}
	if got := s.stakeOf(); got != 0 {
		t.Errorf("stake after bad invocations: %d, want 0", got)
	}
}

func TestParseTokenAmount(t *testing.T) {
	tests := []struct {
		in   string
		want uint64
		ok   bool
	}{
		{"1", oneAGR, true},
		{"2.5", 2_500_000_000, true},
		{".5", 500_000_000, true},
		{"0.000000001", 1, true},
		{"007", 7 * oneAGR, true},
		{"18446744073.709551615", ^uint64(0), true},
		{"18446744073.709551616", 0, false},
		{"0", 0, false},
		{"", 0, false},
		{".", 0, false},
		{"1.", 0, false},
		{"+1", 0, false},
		{"1_000", 0, false},
		{" 1", 0, false},
		{"1.2.3", 0, false},
		{"0.0000000001", 0, false},
	}
	for _, tt := range tests {
		got, err := parseTokenAmount("test", tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("parseTokenAmount(%q) = %d, %v; want %d, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestFormatUnits(t *testing.T) {
	tests := []struct {
		in   int64
		dec  uint8
		want string
	}{
		{0, 9, "0"},
		{1, 9, "0.000000001"},
		{2_500_000_000, 9, "2.5"},
		{3_000_000_000, 9, "3"},
		{-1_500_000_000, 9, "-1.5"},
		{12345, 0, "12345"},
		{12345, 2, "123.45"},
	}
	for _, tt := range tests {
		if got := formatUnits(big.NewInt(tt.in), tt.dec); got != tt.want {
			t.Errorf("formatUnits(%d, %d) = %q, want %q", tt.in, tt.dec, got, tt.want)
		}
	}
}

// FuzzParseTokenAmount checks that whatever parses formats back to a
// string that parses to the same amount.
func FuzzParseTokenAmount(f *testing.F) {
	for _, s := range []string{"1", "2.5", ".5", "0.000000001", "18446744073.709551615", "1e3", "-1", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := parseTokenAmount("fuzz", s)
		if err != nil {
			return
		}
		if v == 0 {
			t.Fatalf("parseTokenAmount(%q) = 0 without an error", s)
		}
		back, err := parseTokenAmount("fuzz", formatUnits(new(big.Int).SetUint64(v), tokenDecimals))
		if err != nil || back != v {
			t.Fatalf("parseTokenAmount(%q) = %d, formatted back and parsed: %d, %v", s, v, back, err)
		}
	})
}
