package chain_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/chain"
)

// testBlockPeriod keeps the tests fast while still producing blocks from
// the timer, as the devnet does.
const testBlockPeriod = 50 * time.Millisecond

// testKey derives a deterministic private key from name (sha256 of a fixed
// prefix and the name); no real key is ever written down.
func testKey(t testing.TB, name string) *ecdsa.PrivateKey {
	t.Helper()
	seed := sha256.Sum256([]byte("agora/chain test key/" + name))
	k, err := crypto.ToECDSA(seed[:])
	if err != nil {
		t.Fatalf("derive key %q: %v", name, err)
	}
	return k
}

// testAddr derives a deterministic address (never funded, never used to
// sign) from name.
func testAddr(name string) common.Address {
	h := sha256.Sum256([]byte("agora/chain test address/" + name))
	return common.BytesToAddress(h[:20])
}

func addrOf(k *ecdsa.PrivateKey) common.Address {
	return crypto.PubkeyToAddress(k.PublicKey)
}

// startSim starts a simulated chain on a free port, funding the keys'
// accounts, and closes it when the test ends.
func startSim(t testing.TB, period time.Duration, keys ...*ecdsa.PrivateKey) *chain.Sim {
	t.Helper()
	cfg := chain.DefaultSimConfig()
	cfg.BlockPeriod = period
	for _, k := range keys {
		cfg.Accounts = append(cfg.Accounts, addrOf(k))
	}
	sim, err := chain.StartSimulated(context.Background(), cfg)
	if err != nil {
		t.Fatalf("StartSimulated: %v", err)
	}
	t.Cleanup(func() {
		if err := sim.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return sim
}

// testCtx returns a context that ends with the test or after a minute,
// whichever comes first.
func testCtx(t testing.TB) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// deploy deploys the token from deployer with minter's address as minter.
func deploy(t testing.TB, sim *chain.Sim, deployer, minter *ecdsa.PrivateKey) *chain.Token {
	t.Helper()
	addr, tok, err := chain.DeployToken(testCtx(t), sim.Client(), deployer, addrOf(minter))
	if err != nil {
		t.Fatalf("DeployToken: %v", err)
	}
	if tok.Address() != addr {
		t.Fatalf("token address %s, want %s", tok.Address(), addr)
	}
	return tok
}
