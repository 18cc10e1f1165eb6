package validator

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/validator/ledger"
)

// dyingPayer is the payer of a leader that dies between paying an epoch
// and recording it: the first SettleRoot of the whole cluster sends the
// settlement, reports its transaction on sent, and then hangs until its
// node is stopped, never returning to record it.
type dyingPayer struct {
	*EmissionPayer
	once *sync.Once
	sent chan<- common.Hash
	stop <-chan struct{}
}

func (d *dyingPayer) SettleRoot(ctx context.Context, subnet uint16, epoch uint64, root common.Hash, total uint64) (common.Hash, error) {
	dies := false
	d.once.Do(func() { dies = true })
	tx, err := d.EmissionPayer.SettleRoot(ctx, subnet, epoch, root, total)
	if !dies || err != nil {
		return tx, err
	}
	d.sent <- tx
	<-d.stop
	return common.Hash{}, errors.New("the node died")
}

// payoutSubnet creates ledger subnet id (tempo 2, no rate limit) with the
// cluster's genesis validators as validators and miners, and has each
// validator weight the miners, so that its epochs pay many accounts.
func payoutSubnet(t *testing.T, c *testCluster, id uint16, miners int) (keys []*ecdsa.PrivateKey, owner *ecdsa.PrivateKey) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cl := NewClient(c.nodes[0].cfg.HTTPAddr, testChainID)
	hp := ledger.DefaultHyperparams()
	hp.Tempo, hp.WeightsRateLimit, hp.CommitRevealEnabled = 2, 0, false
	owner = seededKey(t, "payout subnet owner")
	mustSend(t, ctx, cl, owner, ledger.TypeCreateSubnet, ledger.CreateSubnet{
		ID: id, Name: "payout", Task: ledger.TaskInference, ModelHash: strings.Repeat("ab", 32), Hyperparams: hp,
	})
	for _, k := range c.keys {
		mustSend(t, ctx, cl, k, ledger.TypeRegister, ledger.Register{Subnet: id, Role: ledger.RoleValidator})
	}
	var uids, values []uint16
	for i := range miners {
		k := seededKey(t, fmt.Sprintf("payout miner %d", i))
		keys = append(keys, k)
		mustSend(t, ctx, cl, k, ledger.TypeRegister, ledger.Register{Subnet: id, Role: ledger.RoleMiner})
		uids, values = append(uids, uint16(len(c.keys)+i)), append(values, uint16(1000+i))
	}
	for _, k := range c.keys {
		mustSend(t, ctx, cl, k, ledger.TypeSetWeights, ledger.SetWeights{Subnet: id, UIDs: uids, Values: values})
	}
	return keys, owner
}

func mustSend(t *testing.T, ctx context.Context, cl *Client, key *ecdsa.PrivateKey, typ string, payload any) {
	t.Helper()
	resp, err := cl.Send(ctx, key, typ, payload)
	if err != nil {
		t.Fatalf("%s: %v", typ, err)
	}
	if resp.Error != "" {
		t.Fatalf("%s rejected: %s", typ, resp.Error)
	}
}

// tickUntil ticks the ledger (signed by a genesis validator) until subnet
// id has run epochs epochs.
func tickUntil(t *testing.T, c *testCluster, id uint16, epochs uint64) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cl := NewClient(c.entry().cfg.HTTPAddr, testChainID)
	for {
		s, _ := c.entry().FSM().Subnet(id)
		if s.Epochs >= epochs {
			return
		}
		mustSend(t, ctx, cl, c.keys[0], ledger.TypeTick, ledger.Tick{Block: c.entry().FSM().Block() + 1})
	}
}

// TestSettlementExactlyOnceAcrossLeaderDeath: the leader settles an epoch
// as a Merkle root and dies before recording it. The next leader finds the
// settlement on chain and records it (same transaction, same root) instead
// of paying again; every account then claims through any validator's proof
// exactly what it earned, once.
func TestSettlementExactlyOnceAcrossLeaderDeath(t *testing.T) {
	c := newTestCluster(t, 3)
	c.form(3)
	settler := seededKey(t, "settlement key")
	claimer := seededKey(t, "claim sender")
	f := newChainFixture(t, settler, claimer)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	const subnet = 2 // chain subnet 1 funds test accounts
	if id, _, err := f.c.Registry.CreateSubnet(ctx, f.deployer, 0); err != nil || id != subnet {
		t.Fatalf("chain subnet %d, %v; want %d", id, err, subnet)
	}
	miners, owner := payoutSubnet(t, c, subnet, 20)
	tickUntil(t, c, subnet, 2)

	sent := make(chan common.Hash, 1)
	var once sync.Once
	base := &EmissionPayer{Contract: f.c.Emission, Key: settler}
	stops := make([]chan struct{}, len(c.nodes))
	cfg := SettlementConfig{Interval: 50 * time.Millisecond, PushMax: -1} // every epoch in Merkle mode
	for i, n := range c.nodes {
		stops[i] = make(chan struct{})
		p := &dyingPayer{EmissionPayer: base, once: &once, sent: sent, stop: stops[i]}
		go func() { _ = n.RunSettlement(ctx, p, cfg) }()
	}
	var tx common.Hash
	select {
	case tx = <-sent:
	case <-ctx.Done():
		t.Fatal("no settlement sent")
	}
	dead := -1
	for i, n := range c.nodes {
		if n.IsLeader() {
			dead = i
		}
	}
	if dead < 0 {
		t.Fatal("no leader when the settlement was sent")
	}
	close(stops[dead])
	c.stop(dead)
	c.nodes[dead] = nil
	alive := []int{}
	for i := range c.nodes {
		if i != dead {
			alive = append(alive, i)
		}
	}

	// The successor records the first epoch with the dead leader's
	// transaction, and settles the second itself.
	c.waitForWithin(30*time.Second, "both epochs settled in the survivors' ledgers", func() bool {
		for _, i := range alive {
			for _, e := range []uint64{1, 2} {
				if rec, _ := c.nodes[i].FSM().Epoch(subnet, e); rec.Tx == "" {
					return false
				}
			}
		}
		return true
	})
	n := c.nodes[alive[0]]
	rec1, _ := n.FSM().Epoch(subnet, 1)
	rec2, _ := n.FSM().Epoch(subnet, 2)
	if rec1.Tx != strings.ToLower(tx.Hex()) {
		t.Fatalf("epoch 1 recorded with tx %s, the dead leader sent %s", rec1.Tx, tx.Hex())
	}
	if last, err := f.c.Emission.LastSettledEpoch(ctx, subnet); err != nil || last != 2 {
		t.Fatalf("contract's last settled epoch %d, %v; want 2", last, err)
	}
	// Paid once: the contract holds exactly the two epochs' totals.
	held, err := f.c.Token.BalanceOf(ctx, f.c.Emission.Address())
	if err != nil {
		t.Fatal(err)
	}
	if want := new(big.Int).SetUint64(rec1.PayoutsTotal + rec2.PayoutsTotal); held.Cmp(want) != 0 {
		t.Fatalf("emission contract holds %s, want the two epochs' totals %s", held, want)
	}
	claims := n.FSM().Claims()
	if claims.Settlements != 2 {
		t.Fatalf("claim tree after %d settlements, want 2", claims.Settlements)
	}
	root, _, err := f.c.Emission.Roots(ctx)
	if err != nil || root != claims.Root {
		t.Fatalf("contract root %s (%v), ledger root %s", root.Hex(), err, claims.Root.Hex())
	}

	// Every account claims what it earned, through the other survivor's
	// API; a second claim finds nothing.
	api := NewClient(c.nodes[alive[1]].cfg.HTTPAddr, testChainID)
	var paid uint64
	accounts := append([]*ecdsa.PrivateKey{}, miners...)
	accounts = append(accounts, c.keys...)
	accounts = append(accounts, owner)
	for _, k := range accounts {
		acct := crypto.PubkeyToAddress(k.PublicKey)
		p, err := api.Claim(ctx, acct)
		if err != nil {
			var ae *APIError
			if errors.As(err, &ae) && ae.Status == 404 {
				continue // earned nothing (a miner below the cut)
			}
			t.Fatal(err)
		}
		if p.Cumulative != n.FSM().Earned(acct) || p.Root != root {
			t.Fatalf("proof for %s: %d at root %s, want %d at %s", acct.Hex(), p.Cumulative, p.Root.Hex(), n.FSM().Earned(acct), root.Hex())
		}
		if _, err := f.c.Emission.Claim(ctx, claimer, acct, p.Cumulative, p.Proof); err != nil {
			t.Fatalf("claim for %s: %v", acct.Hex(), err)
		}
		bal, err := f.c.Token.BalanceOf(ctx, acct)
		if err != nil || bal.Uint64() != p.Cumulative {
			t.Fatalf("balance of %s after its claim: %v (%v), want %d", acct.Hex(), bal, err, p.Cumulative)
		}
		if _, err := f.c.Emission.Claim(ctx, claimer, acct, p.Cumulative, p.Proof); err == nil {
			t.Fatalf("a second claim for %s was accepted", acct.Hex())
		}
		paid += p.Cumulative
	}
	if paid == 0 || paid != rec1.PayoutsTotal+rec2.PayoutsTotal {
		t.Fatalf("claims paid %d, the epochs paid out %d", paid, rec1.PayoutsTotal+rec2.PayoutsTotal)
	}
}
