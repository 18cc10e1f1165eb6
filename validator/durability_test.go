package validator

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/sync/errgroup"

	"github.com/agora-net/agora/validator/ledger"
)

// signer signs one key's commands with consecutive nonces.
type signer struct {
	key   *ecdsa.PrivateKey
	addr  common.Address
	nonce uint64 // the last nonce used
}

func newSigner(k *ecdsa.PrivateKey) *signer {
	return &signer{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
}

// next returns the encoded envelope of the signer's next command.
func (s *signer) next(t testing.TB, typ string, payload any) []byte {
	t.Helper()
	s.nonce++
	env, err := ledger.NewEnvelope(typ, payload, s.nonce)
	if err != nil {
		t.Fatal(err)
	}
	if err := env.Sign(s.key, testChainID); err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(env)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// addGenesisValidators adds n keys (which run no node) to the cluster's
// genesis; call it before starting any node.
func (c *testCluster) addGenesisValidators(n int) []*signer {
	out := make([]*signer, n)
	for i := range out {
		out[i] = newSigner(seededKey(c.t, fmt.Sprintf("genesis writer %d", i)))
		c.genesis.Validators = append(c.genesis.Validators, ledger.GenesisValidator{Address: out[i].addr, Stake: 1000 + uint64(i)})
	}
	return out
}

// mustApply submits body through node n and fails unless the ledger
// accepted it.
func mustApply(t testing.TB, n *Node, body []byte) *SubmitResponse {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	resp, err := n.Submit(ctx, body)
	if err != nil {
		t.Fatalf("submit: %v", err)
	}
	if resp.Error != "" {
		t.Fatalf("rejected: %s", resp.Error)
	}
	return resp
}

// weightsSubnet creates subnet id owned by writers[0], without
// commit-reveal or rate limit, and registers every writer on it as a
// validator (genesis validators start with a permit), through node n.
func weightsSubnet(t testing.TB, n *Node, id uint16, writers []*signer) {
	t.Helper()
	hp := ledger.DefaultHyperparams()
	hp.CommitRevealEnabled, hp.WeightsRateLimit, hp.Tempo = false, 0, 1000
	mustApply(t, n, writers[0].next(t, ledger.TypeCreateSubnet, ledger.CreateSubnet{
		ID: id, Name: "weights", Task: ledger.TaskInference, ModelHash: strings.Repeat("ab", 32), Hyperparams: hp,
	}))
	for _, w := range writers {
		mustApply(t, n, w.next(t, ledger.TypeRegister, ledger.Register{Subnet: id, Role: ledger.RoleValidator}))
	}
}

// writeWeights has every writer send its share of total set_weights on
// subnet id concurrently through node n (each writer's own commands in
// order), and returns when all were accepted.
func writeWeights(t testing.TB, n *Node, id uint16, writers []*signer, total int) {
	t.Helper()
	var g errgroup.Group
	for i, w := range writers {
		count := total / len(writers)
		if i < total%len(writers) {
			count++
		}
		r := rand.New(rand.NewPCG(uint64(i), w.nonce))
		g.Go(func() error {
			for range count {
				uids, values := make([]uint16, len(writers)), make([]uint16, len(writers))
				for k := range uids {
					uids[k], values[k] = uint16(k), uint16(r.UintN(65536))
				}
				env, err := ledger.NewEnvelope(ledger.TypeSetWeights, ledger.SetWeights{Subnet: id, UIDs: uids, Values: values}, w.nonce+1)
				if err == nil {
					err = env.Sign(w.key, testChainID)
				}
				if err != nil {
					return err
				}
				body, _ := json.Marshal(env)
				if err := submitUntilKnown(n, body); err != nil {
					return err
				}
				w.nonce++
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		t.Fatal(err)
	}
}

// submitUntilKnown submits body through n until the ledger accepted it,
// resubmitting the same envelope while the outcome is unknown (no leader,
// the leader unreachable): its nonce makes a resubmission that was
// already applied come back as a used nonce, which counts as accepted.
// Any other rejection is an error.
func submitUntilKnown(n *Node, body []byte) error {
	deadline := time.Now().Add(15 * time.Second)
	for retried := false; ; retried = true {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		resp, err := n.Submit(ctx, body)
		cancel()
		var ae *APIError
		switch {
		case err == nil && resp.Error == "":
			return nil
		case err == nil && retried && ledger.IsNonceError(resp.Error), retried && errors.Is(err, ErrNonceUsed):
			return nil
		case err == nil:
			return errors.New(resp.Error)
		case errors.Is(err, ErrNoLeader), errors.Is(err, ErrNotLeader), errors.Is(err, ErrLeaderUnreachable),
			errors.As(err, &ae) && ae.Status == http.StatusServiceUnavailable:
		default:
			return err
		}
		if time.Now().After(deadline) {
			return err
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// ledgerState is a replica's ledger index and state hash, and the index
// of the last log entry it applied (ledger or membership).
type ledgerState struct {
	index   uint64
	hash    common.Hash
	applied uint64
}

func (s ledgerState) String() string {
	return fmt.Sprintf("ledger %d/%s, applied %d", s.index, s.hash.Hex()[:10], s.applied)
}

func stateOf(n *Node) ledgerState {
	i, h := n.FSM().StateHash()
	return ledgerState{i, h, n.cluster.appliedIndex()}
}

// waitConverged waits until every running node holds want (or, with a
// zero want, the same state as the others) and returns that state. It
// allows 25 s: a leader retries a follower it failed to reach with a
// backoff that grows to about 10 s (hashicorp/raft's replication backoff),
// so a follower restarted after a long absence may wait that long before
// the leader sends it anything.
func (c *testCluster) waitConverged(want ledgerState) ledgerState {
	c.t.Helper()
	var got ledgerState
	c.waitForWithin(25*time.Second, "every replica to reach the same ledger state", func() bool {
		var states []ledgerState
		for _, n := range c.nodes {
			if n != nil {
				states = append(states, stateOf(n))
			}
		}
		for _, s := range states[1:] {
			if s != states[0] {
				return false
			}
		}
		got = states[0]
		return want == (ledgerState{}) || got == want
	})
	return got
}

func snapshotIndex(n *Node) uint64 {
	v, _ := strconv.ParseUint(n.raft.Stats()["last_snapshot_index"], 10, 64)
	return v
}

func firstLogIndex(t testing.TB, n *Node) uint64 {
	t.Helper()
	v, err := n.logs.FirstIndex()
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestRestartEveryNode stops all three nodes after enough commands for
// several snapshots and log compactions, starts them again on the same
// data directories, and checks that each restored its latest snapshot,
// replayed the log after it, and holds exactly the state from before.
func TestRestartEveryNode(t *testing.T) {
	c := newTestCluster(t, 3)
	writers := c.addGenesisValidators(4)
	c.form(3)
	weightsSubnet(t, c.nodes[0], 1, writers)
	writeWeights(t, c.nodes[1], 1, writers, 600)
	// Every node snapshots now, then the log gets a tail shorter than the
	// snapshot threshold.
	c.waitConverged(ledgerState{})
	for i, n := range c.nodes {
		if err := n.raft.Snapshot().Error(); err != nil {
			t.Fatalf("node %d snapshot: %v", i, err)
		}
	}
	writeWeights(t, c.nodes[2], 1, writers, 40)
	before := c.waitConverged(ledgerState{})
	cfgs := make([]Config, 3)
	for i, n := range c.nodes {
		cfgs[i] = n.cfg
		t.Logf("node %d: ledger %s, snapshot at %d, log from %d", i, stateOf(n), snapshotIndex(n), firstLogIndex(t, n))
	}
	for i := range c.nodes {
		c.stop(i)
		c.nodes[i] = nil
	}

	start := time.Now()
	for i := range cfgs {
		n := c.start(i, cfgs[i])
		if n.Fresh() {
			t.Fatalf("node %d has no state after the restart", i)
		}
		// Raft restored the newest snapshot before NewNode returned.
		if n.cluster.restores.Load() != 1 || n.FSM().AppliedIndex() == 0 || n.FSM().AppliedIndex() >= before.index {
			t.Errorf("node %d after start: %d restores, ledger at %d; want 1 restore of a snapshot before %d",
				i, n.cluster.restores.Load(), n.FSM().AppliedIndex(), before.index)
		}
	}
	after := c.waitConverged(before)
	t.Logf("all three restarted and replayed the log tail to %s in %s", after, time.Since(start).Round(time.Millisecond))
	if c.leader() == nil {
		c.waitFor("a leader", func() bool { return c.leader() != nil })
	}
	// The cluster keeps working on the restored state.
	writeWeights(t, c.leader(), 1, writers, 8)
	c.waitConverged(ledgerState{})
}

// TestCatchUpBySnapshot: a follower stopped for 1,000 commands and a node
// that joins after them both catch up by InstallSnapshot (the leader's log
// no longer holds what they miss) and reach the leader's state hash at the
// same index.
func TestCatchUpBySnapshot(t *testing.T) {
	c := newTestCluster(t, 4)
	writers := c.addGenesisValidators(8)
	c.form(3)
	weightsSubnet(t, c.nodes[0], 1, writers)
	writeWeights(t, c.nodes[0], 1, writers, 20)
	c.waitConverged(ledgerState{})
	downCfg := c.nodes[2].cfg
	downAt := c.nodes[2].cluster.appliedIndex()
	c.stop(2)
	c.nodes[2] = nil

	start := time.Now()
	writeWeights(t, c.nodes[0], 1, writers, 1000)
	t.Logf("1,000 set_weights committed by two of three nodes in %s", time.Since(start).Round(time.Millisecond))
	leader := c.leader()
	c.waitFor("the leader to compact its log past the stopped node", func() bool {
		return firstLogIndex(t, leader) > downAt+1
	})

	restarted := c.start(2, downCfg)
	atStart := restarted.cluster.restores.Load()
	joiner := c.start(3, c.config(3))
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := joiner.Join(ctx, c.nodes[1].cfg.HTTPAddr); err != nil {
		t.Fatal(err)
	}
	final := c.waitConverged(stateOf(leader))
	t.Logf("the restarted and the new node caught up to %s in %s", final, time.Since(start).Round(time.Millisecond))
	if got := restarted.cluster.restores.Load(); got <= atStart {
		t.Errorf("restarted node: %d restores, %d at its start; want a snapshot installed by the leader", got, atStart)
	}
	// Usually one snapshot; a second when the leader snapshots again while
	// the first is installed (the tests snapshot every 50 ms).
	if got := joiner.cluster.restores.Load(); got < 1 || snapshotIndex(joiner) == 0 {
		t.Errorf("new node: %d restores, last snapshot %d; want an installed snapshot", got, snapshotIndex(joiner))
	}
	// Both keep replicating.
	writeWeights(t, c.nodes[3], 1, writers, 16)
	c.waitConverged(ledgerState{})
}
