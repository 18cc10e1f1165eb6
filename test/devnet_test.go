package test

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/agora-net/agora/devnet"
	"github.com/agora-net/agora/validator/ledger"
)

// lineWriter forwards whole lines of progress to t.Log.
type lineWriter struct {
	mu  sync.Mutex
	t   *testing.T
	buf bytes.Buffer
}

func (w *lineWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	for {
		line, err := w.buf.ReadString('\n')
		if err != nil {
			w.buf.WriteString(line)
			return len(p), nil
		}
		w.t.Log(strings.TrimRight(line, "\n"))
	}
}

// fastDevnet is the default devnet with short blocks and epochs, so that a
// test sees several epochs in seconds.
func fastDevnet(dir string, epochs int) devnet.Config {
	cfg := devnet.DefaultConfig()
	cfg.DataDir, cfg.Epochs = dir, epochs
	cfg.TickInterval = 50 * time.Millisecond
	cfg.ChainBlockPeriod = 100 * time.Millisecond
	cfg.Subnet.Hyperparams.Tempo = 30
	cfg.Subnet.Hyperparams.WeightsRateLimit = 2
	cfg.Scorer.Interval = 100 * time.Millisecond
	return cfg
}

func runDevnet(t *testing.T, cfg devnet.Config) *devnet.Summary {
	t.Helper()
	zerolog.SetGlobalLevel(zerolog.WarnLevel) // raft-badgerstore logs every write through zerolog
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	start := time.Now()
	sum, err := devnet.Run(ctx, cfg, &lineWriter{t: t}, log)
	if err != nil {
		t.Fatalf("devnet.Run: %v", err)
	}
	t.Logf("devnet paid %d epochs in %s", len(sum.Epochs), time.Since(start).Round(time.Millisecond))
	return sum
}

// checkReplicas asserts that all validators hold the same state at the same
// applied index.
func checkReplicas(t *testing.T, sum *devnet.Summary) {
	t.Helper()
	if len(sum.Replicas) != 3 {
		t.Fatalf("got %d replica hashes, want 3", len(sum.Replicas))
	}
	for _, r := range sum.Replicas[1:] {
		if r.Index != sum.Replicas[0].Index || r.Hash != sum.Replicas[0].Hash {
			t.Errorf("replica %s at index %d has hash %s; replica %s at index %d has %s",
				r.Node, r.Index, r.Hash, sum.Replicas[0].Node, sum.Replicas[0].Index, sum.Replicas[0].Hash)
		}
	}
}

// checkSplit asserts the emission split of one epoch: the owner's cut, then
// half of the rest to miners and half to validators (YUMA.md §4.11), up to
// the fixed-point floors (at most a few base units per uid).
func checkSplit(t *testing.T, rec ledger.EpochRecord, ownerCut uint16) {
	t.Helper()
	var miners, validators, owner, incentive uint64
	for _, p := range rec.Payouts {
		switch p.Role {
		case ledger.RoleMiner:
			miners += p.Amount
		case ledger.RoleValidator:
			validators += p.Amount
		case ledger.RoleOwner:
			owner += p.Amount
		default:
			t.Errorf("epoch %d: payout with role %q", rec.Epoch, p.Role)
		}
	}
	for _, m := range rec.Metagraph {
		incentive += uint64(m.Incentive)
	}
	if want := ledger.OwnerCut(rec.Emission, ownerCut); owner != want || owner != rec.OwnerCut {
		t.Errorf("epoch %d: owner got %d, want %d (record says %d)", rec.Epoch, owner, want, rec.OwnerCut)
	}
	yuma := rec.Emission - rec.OwnerCut
	dust := uint64(4 * len(rec.Metagraph))
	if incentive == 0 {
		t.Fatalf("epoch %d: no miner earned incentive; the devnet's miners should", rec.Epoch)
	}
	for name, got := range map[string]uint64{"miners": miners, "validators": validators} {
		if got > yuma/2 || yuma/2-got > dust {
			t.Errorf("epoch %d: %s got %d, want half of %d = %d (within %d)", rec.Epoch, name, got, yuma, yuma/2, dust)
		}
	}
	if total := miners + validators + owner; total > rec.Emission {
		t.Errorf("epoch %d: paid %d, more than the emission %d", rec.Epoch, total, rec.Emission)
	}
}

// paidTotals sums payouts per address.
func paidTotals(recs ...ledger.EpochRecord) map[string]*big.Int {
	out := map[string]*big.Int{}
	for _, rec := range recs {
		for _, p := range rec.Payouts {
			a := p.Address.Hex()
			if out[a] == nil {
				out[a] = new(big.Int)
			}
			out[a].Add(out[a], new(big.Int).SetUint64(p.Amount))
		}
	}
	return out
}

func checkBalances(t *testing.T, sum *devnet.Summary, recs ...ledger.EpochRecord) {
	t.Helper()
	want := paidTotals(recs...)
	if len(sum.Balances) != len(want) {
		t.Errorf("balances of %d accounts, want %d", len(sum.Balances), len(want))
	}
	for addr, w := range want {
		if got := sum.Balances[addr]; got != w.String() {
			t.Errorf("on-chain balance of %s = %s, want the sum of its payouts %s", addr, got, w)
		}
	}
}

// TestDevnetPaysEachEpochOnce runs the whole network for two epochs and
// checks what a newcomer relies on: each epoch paid once on chain, balances
// equal to the payouts, the Yuma split, the dishonest miner unpaid, and the
// replicas in agreement.
func TestDevnetPaysEachEpochOnce(t *testing.T) {
	cfg := fastDevnet(t.TempDir(), 2)
	sum := runDevnet(t, cfg)
	if len(sum.Epochs) != 2 || len(sum.Records) != 2 {
		t.Fatalf("paid %d epochs (%d records), want 2", len(sum.Epochs), len(sum.Records))
	}
	txs := map[string]bool{}
	for i, e := range sum.Epochs {
		if e.Epoch != uint64(i+1) || e.Subnet != 1 {
			t.Errorf("epoch %d is subnet %d epoch %d, want subnet 1 epoch %d", i, e.Subnet, e.Epoch, i+1)
		}
		if e.Tx == "" || txs[e.Tx] {
			t.Errorf("epoch %d: tx %q missing or repeated", e.Epoch, e.Tx)
		}
		txs[e.Tx] = true
	}
	for _, rec := range sum.Records {
		checkSplit(t, rec, cfg.Subnet.Hyperparams.OwnerCut)
		for _, m := range rec.Metagraph {
			if m.Role == ledger.RoleMiner && m.Hotkey.Hex() == faultyMiner(t, rec) && m.Emission != 0 {
				t.Errorf("epoch %d: the dishonest miner uid %d earned %d", rec.Epoch, m.UID, m.Emission)
			}
		}
	}
	checkBalances(t, sum, sum.Records...)
	checkReplicas(t, sum)
	if !strings.HasPrefix(sum.ChainRPC, "http://127.0.0.1:") || !strings.HasPrefix(sum.Token, "0x") {
		t.Errorf("summary chain %q token %q", sum.ChainRPC, sum.Token)
	}
}

// faultyMiner returns the hotkey of the last miner, which the default
// devnet runs dishonestly.
func faultyMiner(t *testing.T, rec ledger.EpochRecord) string {
	t.Helper()
	last := ""
	for _, m := range rec.Metagraph {
		if m.Role == ledger.RoleMiner {
			last = m.Hotkey.Hex()
		}
	}
	return last
}

// TestDevnetResumes stops after one epoch and runs again on the same data
// directory: the second run pays epoch 2 and never epoch 1 again.
func TestDevnetResumes(t *testing.T) {
	dir := t.TempDir()
	first := runDevnet(t, fastDevnet(dir, 1))
	if len(first.Epochs) != 1 || first.Epochs[0].Epoch != 1 {
		t.Fatalf("first run paid %+v, want epoch 1", first.Epochs)
	}
	second := runDevnet(t, fastDevnet(dir, 1))
	if len(second.Epochs) != 1 || second.Epochs[0].Epoch != 2 {
		t.Fatalf("second run paid %+v, want only epoch 2", second.Epochs)
	}
	if second.Token != first.Token {
		t.Errorf("token moved from %s to %s: the chain did not resume", first.Token, second.Token)
	}
	// The chain kept the first run's payments and added epoch 2 once.
	checkBalances(t, second, first.Records[0], second.Records[0])
	checkReplicas(t, second)
}

// TestDevnetCommitReveal runs the devnet's subnet with commit-reveal on:
// validators commit their weights, reveal them one epoch later, and the
// revealed weights pay the honest miners (but not the dishonest one).
func TestDevnetCommitReveal(t *testing.T) {
	cfg := fastDevnet(t.TempDir(), 3)
	cfg.Subnet.Hyperparams.CommitRevealEnabled = true
	sum := runDevnet(t, cfg)
	last := sum.Records[len(sum.Records)-1]
	checkSplit(t, last, cfg.Subnet.Hyperparams.OwnerCut)
	faulty := faultyMiner(t, last)
	for _, m := range last.Metagraph {
		if m.Role == ledger.RoleMiner && m.Hotkey.Hex() == faulty && m.Emission != 0 {
			t.Errorf("epoch %d: the dishonest miner earned %d", last.Epoch, m.Emission)
		}
	}
	checkBalances(t, sum, sum.Records...)
	checkReplicas(t, sum)
}
