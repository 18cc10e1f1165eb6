package chain_test

import (
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agora-net/agora/chain"
)

// TestPersistentChainResumes: a chain started again on its data directory
// keeps its blocks, the token, its balances and the epochs it paid.
func TestPersistentChainResumes(t *testing.T) {
	dir := t.TempDir()
	deployer, minter := testKey(t, "deployer"), testKey(t, "minter")
	cfg := chain.DefaultSimConfig()
	cfg.BlockPeriod = 50 * time.Millisecond
	cfg.DataDir = dir
	cfg.Accounts = []common.Address{addrOf(deployer), addrOf(minter)}
	alice := testAddr("alice")

	ctx := testCtx(t)
	sim, err := chain.StartSimulated(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	addr, token, err := chain.DeployToken(ctx, sim.Client(), deployer, addrOf(minter))
	if err != nil {
		t.Fatal(err)
	}
	tx1, err := token.PayEpoch(ctx, minter, 1, 1, []common.Address{alice}, []uint64{500})
	if err != nil {
		t.Fatal(err)
	}
	head, err := sim.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := sim.Close(); err != nil {
		t.Fatal(err)
	}

	sim, err = chain.StartSimulated(ctx, cfg)
	if err != nil {
		t.Fatalf("restart on the same directory: %v", err)
	}
	defer sim.Close()
	if again, err := sim.Client().BlockNumber(ctx); err != nil || again < head {
		t.Fatalf("head after restart = %d (%v), want ≥ %d", again, err, head)
	}
	token, err = chain.NewToken(addr, sim.Client())
	if err != nil {
		t.Fatal(err)
	}
	if b, err := token.BalanceOf(ctx, alice); err != nil || b.Uint64() != 500 {
		t.Fatalf("balance after restart = %v (%v), want 500", b, err)
	}
	if last, err := token.LastPaidEpoch(ctx, 1); err != nil || last != 1 {
		t.Fatalf("last paid epoch after restart = %d (%v), want 1", last, err)
	}
	if h, found, err := token.EpochTx(ctx, 1, 1); err != nil || !found || h != tx1 {
		t.Fatalf("epoch 1 tx after restart = %s %v (%v), want %s", h.Hex(), found, err, tx1.Hex())
	}
	if _, err := token.PayEpoch(ctx, minter, 1, 1, []common.Address{alice}, []uint64{500}); !errors.Is(err, chain.ErrEpochAlreadyPaid) {
		t.Fatalf("paying epoch 1 again after restart: %v, want ErrEpochAlreadyPaid", err)
	}
	if _, err := token.PayEpoch(ctx, minter, 1, 2, []common.Address{alice}, []uint64{7}); err != nil {
		t.Fatalf("paying epoch 2 after restart: %v", err)
	}
}
