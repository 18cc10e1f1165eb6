package chain_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/agora-net/agora/chain"
)

// balances reads each address's balance through tok.
func balances(t *testing.T, ctx context.Context, tok *chain.Token, addrs []common.Address) []uint64 {
	t.Helper()
	out := make([]uint64, len(addrs))
	for i, a := range addrs {
		b, err := tok.BalanceOf(ctx, a)
		if err != nil {
			t.Fatalf("BalanceOf(%s): %v", a, err)
		}
		if !b.IsUint64() {
			t.Fatalf("BalanceOf(%s) = %v, not a uint64", a, b)
		}
		out[i] = b.Uint64()
	}
	return out
}

func equalU64(a, b []uint64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestPayEpochs deploys the token, pays two epochs of a subnet, reads the
// result back over JSON-RPC as another process would, and checks that an
// epoch is never paid twice.
func TestPayEpochs(t *testing.T) {
	deployer, minter := testKey(t, "deployer"), testKey(t, "minter")
	sim := startSim(t, testBlockPeriod, deployer, minter)
	ctx := testCtx(t)
	tok := deploy(t, sim, deployer, minter)

	// A second client, over HTTP JSON-RPC, sees everything the first does.
	rpcClient, err := ethclient.Dial(sim.RPCURL())
	if err != nil {
		t.Fatalf("Dial(%s): %v", sim.RPCURL(), err)
	}
	defer rpcClient.Close()
	remote, err := chain.NewToken(tok.Address(), rpcClient)
	if err != nil {
		t.Fatalf("NewToken over RPC: %v", err)
	}
	if d, err := remote.Decimals(ctx); err != nil || d != 9 {
		t.Fatalf("Decimals() = %d, %v; want 9, nil", d, err)
	}

	const subnet = 1
	recipients := []common.Address{testAddr("miner"), testAddr("validator"), testAddr("owner")}
	epoch1 := []uint64{3_000_000_000, 1_500_000_000, 18}

	if last, err := remote.LastPaidEpoch(ctx, subnet); err != nil || last != 0 {
		t.Fatalf("LastPaidEpoch before any payment = %d, %v; want 0, nil", last, err)
	}
	tx1, err := tok.PayEpoch(ctx, minter, subnet, 1, recipients, epoch1)
	if err != nil {
		t.Fatalf("PayEpoch(epoch 1): %v", err)
	}
	if got := balances(t, ctx, remote, recipients); !equalU64(got, epoch1) {
		t.Fatalf("balances over RPC after epoch 1 = %v, want %v", got, epoch1)
	}
	if last, err := remote.LastPaidEpoch(ctx, subnet); err != nil || last != 1 {
		t.Fatalf("LastPaidEpoch after epoch 1 = %d, %v; want 1, nil", last, err)
	}

	// Paying epoch 1 again is refused before anything is sent, and pays nothing.
	for _, epoch := range []uint64{1, 0} {
		h, err := remote.PayEpoch(ctx, minter, subnet, epoch, recipients, []uint64{7, 7, 7})
		if !errors.Is(err, chain.ErrEpochAlreadyPaid) || !errors.Is(err, chain.ErrReverted) {
			t.Fatalf("PayEpoch(epoch %d) again: err = %v, want ErrEpochAlreadyPaid and ErrReverted", epoch, err)
		}
		if h != (common.Hash{}) {
			t.Errorf("PayEpoch(epoch %d) again returned tx %s; a refused payment must not be sent", epoch, h)
		}
		var rerr *chain.RevertError
		if !errors.As(err, &rerr) || rerr.Name != "EpochAlreadyPaid" || len(rerr.Args) != 3 ||
			rerr.Args[0] != uint16(subnet) || rerr.Args[1] != epoch || rerr.Args[2] != uint64(1) {
			t.Fatalf("PayEpoch(epoch %d) again: revert %#v, want EpochAlreadyPaid(%d, %d, 1)", epoch, rerr, subnet, epoch)
		}
		t.Logf("refused: %v", err)
	}
	if got := balances(t, ctx, remote, recipients); !equalU64(got, epoch1) {
		t.Fatalf("balances after the refused payment = %v, want %v", got, epoch1)
	}

	epoch2 := []uint64{1, 2, 3}
	tx2, err := tok.PayEpoch(ctx, minter, subnet, 2, recipients, epoch2)
	if err != nil {
		t.Fatalf("PayEpoch(epoch 2): %v", err)
	}
	want := []uint64{epoch1[0] + 1, epoch1[1] + 2, epoch1[2] + 3}
	if got := balances(t, ctx, remote, recipients); !equalU64(got, want) {
		t.Fatalf("balances after epoch 2 = %v, want %v", got, want)
	}

	for _, tc := range []struct {
		subnet uint16
		epoch  uint64
		tx     common.Hash
		ok     bool
	}{
		{subnet, 1, tx1, true},
		{subnet, 2, tx2, true},
		{subnet, 3, common.Hash{}, false},
		{subnet + 1, 1, common.Hash{}, false},
	} {
		h, ok, err := remote.EpochTx(ctx, tc.subnet, tc.epoch)
		if err != nil || ok != tc.ok || h != tc.tx {
			t.Errorf("EpochTx(%d, %d) = %s, %v, %v; want %s, %v, nil", tc.subnet, tc.epoch, h, ok, err, tc.tx, tc.ok)
		}
	}
	// Subnets are paid independently.
	if last, err := remote.LastPaidEpoch(ctx, subnet+1); err != nil || last != 0 {
		t.Fatalf("LastPaidEpoch(other subnet) = %d, %v; want 0, nil", last, err)
	}
	if _, err := tok.PayEpoch(ctx, minter, subnet+1, 1, recipients[:1], []uint64{5}); err != nil {
		t.Fatalf("PayEpoch(other subnet, epoch 1): %v", err)
	}
}

// TestPayEpochNotMinter checks that only MINTER_ROLE pays, even the admin
// who deployed the token.
func TestPayEpochNotMinter(t *testing.T) {
	deployer, minter, stranger := testKey(t, "deployer"), testKey(t, "minter"), testKey(t, "stranger")
	sim := startSim(t, testBlockPeriod, deployer, minter, stranger)
	ctx := testCtx(t)
	tok := deploy(t, sim, deployer, minter)
	to := []common.Address{addrOf(stranger)}
	for _, signer := range []struct {
		name string
		key  *ecdsa.PrivateKey
	}{{"deployer (admin)", deployer}, {"stranger", stranger}} {
		h, err := tok.PayEpoch(ctx, signer.key, 1, 1, to, []uint64{1_000_000_000})
		if !errors.Is(err, chain.ErrNotMinter) || errors.Is(err, chain.ErrEpochAlreadyPaid) {
			t.Fatalf("PayEpoch signed by the %s: err = %v, want ErrNotMinter", signer.name, err)
		}
		if h != (common.Hash{}) {
			t.Errorf("PayEpoch signed by the %s sent tx %s", signer.name, h)
		}
	}
	if b, err := tok.BalanceOf(ctx, addrOf(stranger)); err != nil || b.Sign() != 0 {
		t.Fatalf("BalanceOf(stranger) = %v, %v; want 0", b, err)
	}
	if last, err := tok.LastPaidEpoch(ctx, 1); err != nil || last != 0 {
		t.Fatalf("LastPaidEpoch = %d, %v; want 0", last, err)
	}
}

// TestPayEpochBadInput checks the errors of inputs the contract refuses.
func TestPayEpochBadInput(t *testing.T) {
	deployer, minter := testKey(t, "deployer"), testKey(t, "minter")
	sim := startSim(t, testBlockPeriod, deployer, minter)
	ctx := testCtx(t)
	tok := deploy(t, sim, deployer, minter)

	if _, err := tok.PayEpoch(ctx, minter, 1, 1, []common.Address{testAddr("a")}, nil); err == nil {
		t.Fatal("PayEpoch with 1 recipient and 0 amounts succeeded")
	}
	_, err := tok.PayEpoch(ctx, minter, 1, 1, []common.Address{{}}, []uint64{1})
	var rerr *chain.RevertError
	if !errors.As(err, &rerr) || rerr.Name != "ERC20InvalidReceiver" || !errors.Is(err, chain.ErrReverted) {
		t.Fatalf("PayEpoch to the zero address: err = %v, want an ERC20InvalidReceiver revert", err)
	}
	if _, _, err := chain.DeployToken(ctx, sim.Client(), deployer, common.Address{}); err == nil {
		t.Fatal("DeployToken with a zero minter succeeded")
	}
}

// TestPayEpochRace sends two payments of the same epoch into one block: both
// pass the pre-flight check, one is paid and the other fails on chain, and
// its error still says why.
func TestPayEpochRace(t *testing.T) {
	deployer, minter := testKey(t, "deployer"), testKey(t, "minter")
	sim := startSim(t, time.Hour, deployer, minter) // blocks only on Commit
	ctx := testCtx(t)

	deployed := make(chan error, 1)
	var tok *chain.Token
	go func() {
		var err error
		_, tok, err = chain.DeployToken(ctx, sim.Client(), deployer, addrOf(minter))
		deployed <- err
	}()
	commitUntil(t, ctx, sim, deployed)
	if err := <-deployed; err != nil {
		t.Fatalf("DeployToken: %v", err)
	}

	to := []common.Address{testAddr("r")}
	type result struct {
		h   common.Hash
		err error
	}
	results := make(chan result, 2)
	for range 2 {
		go func() {
			h, err := tok.PayEpoch(ctx, minter, 3, 1, to, []uint64{100})
			results <- result{h, err}
		}()
	}
	// Wait until both are in the pool, then seal them into one block.
	client := sim.Client()
	for {
		n, err := client.PendingNonceAt(ctx, addrOf(minter))
		if err != nil {
			t.Fatalf("PendingNonceAt: %v", err)
		}
		if n == 2 {
			break
		}
		select {
		case r := <-results:
			t.Fatalf("a payment finished before any block: %s, %v", r.h, r.err)
		case <-ctx.Done():
			t.Fatal(ctx.Err())
		case <-time.After(5 * time.Millisecond):
		}
	}
	if _, err := sim.Commit(); err != nil {
		t.Fatal(err)
	}
	r1, r2 := <-results, <-results
	if r1.err != nil {
		r1, r2 = r2, r1
	}
	if r1.err != nil || r1.h == (common.Hash{}) {
		t.Fatalf("neither payment succeeded: %v; %v", r1.err, r2.err)
	}
	if !errors.Is(r2.err, chain.ErrEpochAlreadyPaid) || r2.h == (common.Hash{}) {
		t.Fatalf("second payment: tx %s, err %v; want its hash and ErrEpochAlreadyPaid", r2.h, r2.err)
	}
	t.Logf("paid by %s; the other failed: %v", r1.h, r2.err)
	if h, ok, err := tok.EpochTx(ctx, 3, 1); err != nil || !ok || h != r1.h {
		t.Fatalf("EpochTx = %s, %v, %v; want %s", h, ok, err, r1.h)
	}
	if b, err := tok.BalanceOf(ctx, to[0]); err != nil || b.Cmp(big.NewInt(100)) != 0 {
		t.Fatalf("balance = %v, %v; want 100 (paid once)", b, err)
	}
}

// commitUntil seals blocks until done has a value (left for the caller).
func commitUntil(t *testing.T, ctx context.Context, sim *chain.Sim, done chan error) {
	t.Helper()
	for {
		if _, err := sim.Commit(); err != nil {
			t.Fatal(err)
		}
		select {
		case err := <-done:
			done <- err
			return
		case <-ctx.Done():
			t.Fatal(ctx.Err())
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// TestPayEpochConcurrent pays many subnets at once from one key while the
// timer seals blocks: every payment gets its own nonce and lands.
func TestPayEpochConcurrent(t *testing.T) {
	deployer, minter := testKey(t, "deployer"), testKey(t, "minter")
	sim := startSim(t, testBlockPeriod, deployer, minter)
	ctx := testCtx(t)
	tok := deploy(t, sim, deployer, minter)

	const subnets = 8
	var wg sync.WaitGroup
	errs := make([]error, subnets)
	for i := range subnets {
		wg.Go(func() {
			sub := uint16(i + 1)
			for epoch := uint64(1); epoch <= 2; epoch++ {
				to := []common.Address{testAddr(fmt.Sprintf("subnet %d", sub))}
				if _, err := tok.PayEpoch(ctx, minter, sub, epoch, to, []uint64{uint64(sub)}); err != nil {
					errs[i] = err
					return
				}
			}
		})
	}
	wg.Wait()
	for i := range subnets {
		sub := uint16(i + 1)
		if errs[i] != nil {
			t.Errorf("subnet %d: %v", sub, errs[i])
			continue
		}
		if last, err := tok.LastPaidEpoch(ctx, sub); err != nil || last != 2 {
			t.Errorf("LastPaidEpoch(%d) = %d, %v; want 2", sub, last, err)
		}
		b, err := tok.BalanceOf(ctx, testAddr(fmt.Sprintf("subnet %d", sub)))
		if err != nil || b.Uint64() != 2*uint64(sub) {
			t.Errorf("balance of subnet %d's recipient = %v, %v; want %d", sub, b, err, 2*sub)
		}
	}
}

// TestPayEpochContextCanceled checks that PayEpoch stops waiting for its
// receipt when the context ends, and still reports the sent transaction.
func TestPayEpochContextCanceled(t *testing.T) {
	deployer, minter := testKey(t, "deployer"), testKey(t, "minter")
	sim := startSim(t, time.Hour, deployer, minter) // blocks only on Commit
	ctx := testCtx(t)
	deployed := make(chan error, 1)
	var tok *chain.Token
	go func() {
		var err error
		_, tok, err = chain.DeployToken(ctx, sim.Client(), deployer, addrOf(minter))
		deployed <- err
	}()
	commitUntil(t, ctx, sim, deployed)
	if err := <-deployed; err != nil {
		t.Fatalf("DeployToken: %v", err)
	}

	short, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
	defer cancel()
	h, err := tok.PayEpoch(short, minter, 1, 1, []common.Address{testAddr("a")}, []uint64{1})
	if !errors.Is(err, context.DeadlineExceeded) || h == (common.Hash{}) {
		t.Fatalf("PayEpoch never mined: tx %s, err %v; want the tx hash and context.DeadlineExceeded", h, err)
	}
	// The transaction is still pending and lands with the next block.
	if _, err := sim.Commit(); err != nil {
		t.Fatal(err)
	}
	if got, ok, err := tok.EpochTx(ctx, 1, 1); err != nil || !ok || got != h {
		t.Fatalf("EpochTx after the block = %s, %v, %v; want %s", got, ok, err, h)
	}
}
