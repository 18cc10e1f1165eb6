package validator

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/agora-net/agora/validator/ledger"
)

// testCluster runs validator nodes in-process: raft over TCP on loopback,
// badger on disk, each node's HTTP API served on its own port.
type testCluster struct {
	t       testing.TB
	dir     string
	keys    []*ecdsa.PrivateKey
	genesis ledger.Genesis
	nodes   []*Node
	stops   []func()
	tune    func(*Config) // if set, applied to every node's config
}

// newTestCluster prepares size nodes' keys and a genesis listing them all;
// it starts none.
func newTestCluster(t testing.TB, size int) *testCluster {
	t.Helper()
	zerolog.SetGlobalLevel(zerolog.WarnLevel)
	// The directory is made before the cleanup that stops the nodes is
	// registered, so that it is removed after they stopped.
	c := &testCluster{t: t, dir: t.TempDir(), genesis: ledger.Genesis{ChainID: testChainID}}
	for i := range size {
		k := seededKey(t, fmt.Sprintf("cluster node %d", i))
		c.keys = append(c.keys, k)
		c.genesis.Validators = append(c.genesis.Validators, ledger.GenesisValidator{Address: crypto.PubkeyToAddress(k.PublicKey), Stake: 1000})
	}
	c.nodes = make([]*Node, size)
	c.stops = make([]func(), size)
	t.Cleanup(func() {
		for i := range c.nodes {
			c.stop(i)
		}
	})
	return c
}

func (c *testCluster) config(i int) Config {
	cfg := DefaultConfig()
	cfg.ID, cfg.Key = fmt.Sprintf("node-%d", i), c.keys[i]
	cfg.DataDir = filepath.Join(c.dir, cfg.ID)
	cfg.RaftAddr, cfg.HTTPAddr = freeLoopback(c.t), freeLoopback(c.t)
	cfg.HeartbeatTimeout, cfg.ElectionTimeout = 150*time.Millisecond, 150*time.Millisecond
	cfg.TickInterval = time.Hour // these tests submit their own commands
	// Frequent snapshots and a short log, so that tests exercise log
	// compaction and catching up by InstallSnapshot.
	cfg.SnapshotThreshold, cfg.SnapshotInterval, cfg.TrailingLogs = 128, 50*time.Millisecond, 64
	if c.tune != nil {
		c.tune(&cfg)
	}
	return cfg
}

// start starts node i with cfg and serves its API until stop(i).
func (c *testCluster) start(i int, cfg Config) *Node {
	c.t.Helper()
	log := slog.New(slog.NewTextHandler(testWriter{c.t}, &slog.HandlerOptions{Level: slog.LevelWarn})).With("node", cfg.ID)
	n, err := NewNode(cfg, c.genesis, log)
	if err != nil {
		c.t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- n.Serve(ctx) }()
	c.nodes[i] = n
	c.stops[i] = func() {
		cancel()
		if err := <-served; err != nil {
			c.t.Errorf("%s: Serve: %v", cfg.ID, err)
		}
		if err := n.Close(); err != nil {
			c.t.Errorf("%s: Close: %v", cfg.ID, err)
		}
	}
	return n
}

func (c *testCluster) stop(i int) {
	if c.stops[i] != nil {
		c.stops[i]()
		c.stops[i] = nil
	}
}

// form starts node 0 as the bootstrap node and joins nodes 1..size-1, node i
// through node i-1's API (so that joins through followers are relayed).
func (c *testCluster) form(size int) {
	c.t.Helper()
	start := time.Now()
	cfg := c.config(0)
	cfg.Bootstrap = true
	c.start(0, cfg)
	c.waitFor("node 0 to lead and record itself", func() bool {
		_, ok := c.nodes[0].cluster.member("node-0")
		return c.nodes[0].IsLeader() && ok
	})
	for i := 1; i < size; i++ {
		n := c.start(i, c.config(i))
		if !n.Fresh() {
			c.t.Fatalf("node %d has state before joining", i)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		err := n.Join(ctx, c.nodes[i-1].cfg.HTTPAddr)
		cancel()
		if err != nil {
			c.t.Fatalf("node %d join: %v", i, err)
		}
	}
	c.t.Logf("%d-node cluster formed in %s", size, time.Since(start).Round(time.Millisecond))
}

func (c *testCluster) leader() *Node {
	for _, n := range c.nodes {
		if n != nil && n.IsLeader() {
			return n
		}
	}
	return nil
}

func (c *testCluster) waitFor(what string, cond func() bool) {
	c.t.Helper()
	c.waitForWithin(10*time.Second, what, cond)
}

func (c *testCluster) waitForWithin(timeout time.Duration, what string, cond func() bool) {
	c.t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			c.t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func (c *testCluster) client(i int) *Client {
	return NewClient(c.nodes[i].cfg.HTTPAddr, testChainID)
}

// testWriter sends log lines to t.Log.
type testWriter struct{ t testing.TB }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

func getCluster(t *testing.T, c *Client) ClusterView {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	v, err := c.Cluster(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func voters(v ClusterView) (voters, nonvoters int) {
	for _, m := range v.Members {
		if m.Voter {
			voters++
		} else {
			nonvoters++
		}
	}
	return voters, nonvoters
}

// createSubnet sends a create_subnet signed by key through c and returns
// once it was acknowledged.
func createSubnet(t *testing.T, c *Client, key *ecdsa.PrivateKey, id uint16) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := c.Send(ctx, key, ledger.TypeCreateSubnet, ledger.CreateSubnet{
		ID: id, Name: fmt.Sprintf("subnet-%d", id), Task: ledger.TaskInference,
		ModelHash: strings.Repeat("ab", 32), Hyperparams: ledger.DefaultHyperparams(),
	}); err != nil {
		t.Fatalf("create subnet %d: %v", id, err)
	}
}

// TestClusterFormsThroughJoins forms a 3-node cluster by bootstrap and two
// signed joins over the HTTP API (the second through a follower), checks
// that every node knows every member's HTTP address, that writes sent to
// followers commit, that a consistent read on a follower always sees the
// write acknowledged just before it, and that a leaving leader hands over
// leadership, is removed, and leaves the other two committing.
func TestClusterFormsThroughJoins(t *testing.T) {
	c := newTestCluster(t, 3)
	c.form(3)

	for i := range c.nodes {
		i := i
		c.waitFor(fmt.Sprintf("node %d to know 3 members' HTTP addresses", i), func() bool {
			v := c.nodes[i].Cluster()
			known := 0
			for _, m := range v.Members {
				if m.HTTPAddress != "" {
					known++
				}
			}
			return len(v.Members) == 3 && known == 3 && v.Leader != ""
		})
		v := getCluster(t, c.client(i))
		if vs, nvs := voters(v); vs != 3 || nvs != 0 {
			t.Errorf("node %d sees %d voters and %d non-voters, want 3 and 0", i, vs, nvs)
		}
		if v.Leader != c.nodes[0].cfg.RaftAddr {
			t.Errorf("node %d: leader %q, want node 0 at %s", i, v.Leader, c.nodes[0].cfg.RaftAddr)
		}
		for _, m := range v.Members {
			var want *Node
			for _, n := range c.nodes {
				if n.cfg.ID == m.ID {
					want = n
				}
			}
			if want == nil || m.Address != want.cfg.RaftAddr || m.HTTPAddress != want.cfg.HTTPAddr || m.Key != want.addr.Hex() {
				t.Errorf("node %d lists member %+v, which is none of the nodes", i, m)
			}
		}
	}

	// Writes through followers; consistent reads on the other follower.
	user := seededKey(t, "subnet owner")
	userAddr := crypto.PubkeyToAddress(user.PublicKey)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	for i := range 10 {
		writer, reader := c.client(1+i%2), c.client(2-i%2).Consistent()
		createSubnet(t, writer, user, uint16(i+1))
		nonce, err := reader.Nonce(ctx, userAddr)
		if err != nil {
			t.Fatal(err)
		}
		if nonce != uint64(i+1) {
			t.Fatalf("consistent read on a follower after write %d: nonce %d, want %d", i+1, nonce, i+1)
		}
		if _, err := reader.Subnet(ctx, uint16(i+1)); err != nil {
			t.Fatalf("consistent read of subnet %d on a follower: %v", i+1, err)
		}
	}
	// A consistent read served by the leader itself, and a bad flag.
	if _, err := c.client(0).Consistent().StateHash(ctx); err != nil {
		t.Errorf("consistent read on the leader: %v", err)
	}
	resp, err := http.Get("http://" + c.nodes[1].cfg.HTTPAddr + "/v1/state/hash?consistent=maybe")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Errorf("consistent=maybe: status %d, want 400", resp.StatusCode)
	}

	// The leader leaves.
	start := time.Now()
	if err := c.client(0).Leave(ctx, c.keys[0]); err != nil {
		t.Fatalf("leader leave: %v", err)
	}
	select {
	case <-c.nodes[0].Left():
	case <-time.After(5 * time.Second):
		t.Fatal("node 0 did not report that it left")
	}
	t.Logf("leader left in %s", time.Since(start).Round(time.Millisecond))
	c.stop(0)
	c.nodes[0] = nil
	c.waitFor("a new leader among nodes 1 and 2", func() bool { return c.leader() != nil })
	for _, i := range []int{1, 2} {
		v := getCluster(t, c.client(i).Consistent())
		if len(v.Members) != 2 {
			t.Errorf("after the leave node %d lists %d members, want 2: %+v", i, len(v.Members), v.Members)
		}
		for _, m := range v.Members {
			if m.ID == "node-0" {
				t.Errorf("node %d still lists node-0", i)
			}
		}
	}
	createSubnet(t, c.client(1), user, 100)
	createSubnet(t, c.client(2), user, 101)
	c.waitFor("both remaining replicas to apply the writes after the leave", func() bool {
		i1, h1 := c.nodes[1].FSM().StateHash()
		i2, h2 := c.nodes[2].FSM().StateHash()
		_, ok := c.nodes[1].FSM().Subnet(101)
		return ok && i1 == i2 && h1 == h2
	})
}

// TestSixthNodeJoinsAsNonvoter: with five voters, a sixth join becomes a
// non-voter that still replicates and submits its own commands; once a
// voter leaves, the non-voter joining again is promoted.
func TestSixthNodeJoinsAsNonvoter(t *testing.T) {
	c := newTestCluster(t, 6)
	c.form(6)
	v := getCluster(t, c.client(0).Consistent())
	if vs, nvs := voters(v); vs != 5 || nvs != 1 {
		t.Fatalf("got %d voters and %d non-voters, want 5 and 1: %+v", vs, nvs, v.Members)
	}
	for _, m := range v.Members {
		if m.Voter == (m.ID == "node-5") {
			t.Errorf("member %s voter=%v; want node-5 alone to be a non-voter", m.ID, m.Voter)
		}
	}

	// The non-voter submits its own command, signed by its key.
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	nv := c.nodes[5]
	resp, err := nv.SubmitOwn(ctx, ledger.TypeCreateSubnet, ledger.CreateSubnet{
		ID: 7, Name: "from-nonvoter", Task: ledger.TaskInference,
		ModelHash: strings.Repeat("cd", 32), Hyperparams: ledger.DefaultHyperparams(),
	})
	if err != nil || resp.Error != "" {
		t.Fatalf("non-voter's own command: %v %+v", err, resp)
	}
	c.waitFor("the non-voter to replicate its own command", func() bool {
		_, ok := nv.FSM().Subnet(7)
		return ok
	})

	// A follower voter leaves, through its own API; the rest keep committing.
	if err := c.client(3).Leave(ctx, c.keys[3]); err != nil {
		t.Fatalf("node 3 leave: %v", err)
	}
	<-c.nodes[3].Left()
	c.stop(3)
	c.nodes[3] = nil
	createSubnet(t, c.client(5), seededKey(t, "owner"), 8)
	if vs, nvs := voters(getCluster(t, c.client(0).Consistent())); vs != 4 || nvs != 1 {
		t.Fatalf("after node 3 left: %d voters and %d non-voters, want 4 and 1", vs, nvs)
	}

	// Joining again with room among the voters promotes the non-voter.
	if err := nv.Join(ctx, c.nodes[4].cfg.HTTPAddr); err != nil {
		t.Fatal(err)
	}
	if vs, nvs := voters(getCluster(t, c.client(0).Consistent())); vs != 5 || nvs != 0 {
		t.Fatalf("after the re-join: %d voters and %d non-voters, want 5 and 0", vs, nvs)
	}
}

// TestJoinRefusals: joins that are unsigned, signed for another chain, by
// another key than the signer, stale, by a key outside the genesis, or that
// clash with a member are refused with the right status and change nothing.
func TestJoinRefusals(t *testing.T) {
	c := newTestCluster(t, 2)
	c.form(1)
	h := c.nodes[0].Handler()
	newcomer := Peer{ID: "node-1", RaftAddr: "127.0.0.1:1", HTTPAddr: "127.0.0.1:2"}
	signed := func(mut func(*ClusterRequest), key *ecdsa.PrivateKey, chainID uint64) []byte {
		req := NewJoinRequest(newcomer, time.Now())
		mut(req)
		if err := req.Sign(key, chainID); err != nil {
			t.Fatal(err)
		}
		data, _ := json.Marshal(req)
		return data
	}
	none := func(*ClusterRequest) {}
	tampered := signed(none, c.keys[1], testChainID)
	tampered = bytes.Replace(tampered, []byte("127.0.0.1:2"), []byte("127.0.0.1:3"), 1)
	outsider := seededKey(t, "not in genesis")

	tests := []struct {
		name   string
		path   string
		body   []byte
		status int
	}{
		{"unsigned, the bare brief shape", "/v1/cluster/join", []byte(`{"id":"node-1","raft_addr":"127.0.0.1:1","http_addr":"127.0.0.1:2"}`), http.StatusUnauthorized},
		{"unsigned leave", "/v1/cluster/leave", []byte(`{"action":"leave"}`), http.StatusUnauthorized},
		{"other chain", "/v1/cluster/join", signed(none, c.keys[1], testChainID+1), http.StatusUnauthorized},
		{"changed after signing", "/v1/cluster/join", tampered, http.StatusUnauthorized},
		{"stale", "/v1/cluster/join", signed(func(r *ClusterRequest) { r.IssuedAt -= 3600 }, c.keys[1], testChainID), http.StatusUnauthorized},
		{"future", "/v1/cluster/join", signed(func(r *ClusterRequest) { r.IssuedAt += 3600 }, c.keys[1], testChainID), http.StatusUnauthorized},
		{"not a genesis validator", "/v1/cluster/join", signed(none, outsider, testChainID), http.StatusForbidden},
		{"id of another member", "/v1/cluster/join", signed(func(r *ClusterRequest) { r.ID = "node-0" }, c.keys[1], testChainID), http.StatusConflict},
		{"raft address of another member", "/v1/cluster/join", signed(func(r *ClusterRequest) { r.RaftAddr = c.nodes[0].cfg.RaftAddr }, c.keys[1], testChainID), http.StatusConflict},
		{"member's key under a new id", "/v1/cluster/join", signed(func(r *ClusterRequest) { r.ID = "node-0b" }, c.keys[0], testChainID), http.StatusConflict},
		{"member's id and key, another raft address", "/v1/cluster/join", signed(func(r *ClusterRequest) { r.ID = "node-0" }, c.keys[0], testChainID), http.StatusConflict},
		{"leave sent to join", "/v1/cluster/join", signed(func(r *ClusterRequest) { r.Action = ActionLeave }, c.keys[1], testChainID), http.StatusBadRequest},
		{"no raft address", "/v1/cluster/join", signed(func(r *ClusterRequest) { r.RaftAddr = "nowhere" }, c.keys[1], testChainID), http.StatusBadRequest},
		{"malformed", "/v1/cluster/join", []byte(`{"id":`), http.StatusBadRequest},
		{"unknown field", "/v1/cluster/join", []byte(`{"id":"x","admin":true}`), http.StatusBadRequest},
		{"leave of a non-member", "/v1/cluster/leave", func() []byte {
			req := NewLeaveRequest(time.Now())
			_ = req.Sign(c.keys[1], testChainID)
			data, _ := json.Marshal(req)
			return data
		}(), http.StatusNotFound},
		{"only voter leaves", "/v1/cluster/leave", func() []byte {
			req := NewLeaveRequest(time.Now())
			_ = req.Sign(c.keys[0], testChainID)
			data, _ := json.Marshal(req)
			return data
		}(), http.StatusConflict},
	}
	before := c.nodes[0].Cluster()
	for _, tt := range tests {
		rec := httptestPost(h, tt.path, tt.body)
		if rec.status != tt.status {
			t.Errorf("%s: status %d, want %d (body %s)", tt.name, rec.status, tt.status, rec.body)
		}
		var e apiError
		if err := json.Unmarshal([]byte(rec.body), &e); err != nil || e.Error == "" {
			t.Errorf("%s: body %q is not an error with a message", tt.name, rec.body)
		}
	}
	after := c.nodes[0].Cluster()
	if len(after.Members) != 1 || after.AppliedIndex != before.AppliedIndex {
		t.Errorf("refused requests changed the cluster: %+v → %+v", before, after)
	}

	// A ledger command cannot smuggle a membership entry through the API.
	smuggled := append(append([]byte{}, membershipPrefix...), `{"op":"set","member":{"id":"evil","raft_addr":"1.2.3.4:5","http_addr":"1.2.3.4:6"}}`...)
	if status, _ := post(t, h, smuggled); status != http.StatusBadRequest {
		t.Errorf("membership entry posted as a command: status %d, want 400", status)
	}

	// The client reports a refusal as a permanent *APIError.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, err := c.client(0).Join(ctx, outsider, newcomer)
	var ae *APIError
	if !errors.As(err, &ae) || ae.Status != http.StatusForbidden || !ae.Permanent() {
		t.Errorf("client join by an outsider: got %v, want a permanent 403 APIError", err)
	}
}

type recorded struct {
	status int
	body   string
}

func httptestPost(h http.Handler, path string, body []byte) recorded {
	rec := &responseRecorder{header: http.Header{}}
	req, _ := http.NewRequest(http.MethodPost, path, bytes.NewReader(body))
	h.ServeHTTP(rec, req)
	return recorded{status: rec.status, body: rec.buf.String()}
}

type responseRecorder struct {
	header http.Header
	status int
	buf    bytes.Buffer
}

func (r *responseRecorder) Header() http.Header { return r.header }
func (r *responseRecorder) Write(p []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.buf.Write(p)
}
func (r *responseRecorder) WriteHeader(s int) { r.status = s }

// TestRestartAnnouncesNewHTTPAddress: a follower restarted on its data
// directory with another HTTP address has the cluster's table updated, so
// that writes forwarded to it (once it leads) and reads keep working.
func TestRestartAnnouncesNewHTTPAddress(t *testing.T) {
	c := newTestCluster(t, 3)
	c.form(3)
	// Node 2 must hold some of the log before it stops: a node stopped
	// right after its join may have persisted nothing yet.
	c.waitFor("node 2 to replicate the log", func() bool {
		return c.nodes[2].cluster.appliedIndex() > 0 && c.nodes[2].cluster.appliedIndex() >= c.nodes[0].cluster.appliedIndex()
	})
	cfg := c.nodes[2].cfg
	c.stop(2)
	cfg.HTTPAddr = freeLoopback(t)
	n := c.start(2, cfg)
	if n.Fresh() {
		t.Fatal("restarted node reports no state")
	}
	c.waitFor("the leader to learn node 2's new HTTP address", func() bool {
		p, ok := c.nodes[0].cluster.member("node-2")
		return ok && p.HTTPAddr == cfg.HTTPAddr
	})
	createSubnet(t, c.client(2), seededKey(t, "owner"), 1)
}

// TestClusterFSMSnapshot: a snapshot carries the membership table with the
// ledger, and a bare ledger snapshot (the format before membership was
// replicated) restores with an empty table.
func TestClusterFSMSnapshot(t *testing.T) {
	key := seededKey(t, "validator")
	genesis := ledger.Genesis{ChainID: testChainID, Validators: []ledger.GenesisValidator{{Address: crypto.PubkeyToAddress(key.PublicKey), Stake: 1}}}
	src := newClusterFSM(ledger.NewFSM(genesis))
	set, err := encodeMembershipOp(membershipOp{Op: opSet, Member: Peer{ID: "a", RaftAddr: "h:1", HTTPAddr: "h:2", Key: crypto.PubkeyToAddress(key.PublicKey)}})
	if err != nil {
		t.Fatal(err)
	}
	env := createSubnetEnvelope(t, key, 1)
	cmd, _ := json.Marshal(env)
	for i, data := range [][]byte{set, cmd} {
		if res := src.Apply(raftLog(uint64(i+1), data)); res != nil {
			if r, ok := res.(*ledger.Result); !ok || r.Err != "" {
				if e, isErr := res.(error); isErr || (ok && r.Err != "") {
					t.Fatalf("entry %d: %v %+v", i+1, e, res)
				}
			}
		}
	}
	if got := src.Apply(raftLog(3, append(append([]byte{}, membershipPrefix...), `{"op":"bogus","member":{"id":"a"}}`...))); got == nil {
		t.Error("an unknown membership op was accepted")
	}

	snap, err := src.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	sink := &memSink{}
	if err := snap.Persist(sink); err != nil {
		t.Fatal(err)
	}
	dst := newClusterFSM(ledger.NewFSM(genesis))
	if err := dst.Restore(io.NopCloser(bytes.NewReader(sink.buf.Bytes()))); err != nil {
		t.Fatal(err)
	}
	if got, want := dst.memberList(), src.memberList(); len(got) != 1 || got[0] != want[0] {
		t.Errorf("restored table %+v, want %+v", got, want)
	}
	if dst.appliedIndex() != 3 {
		t.Errorf("restored applied index %d, want 3", dst.appliedIndex())
	}
	_, h1 := src.ledger.StateHash()
	_, h2 := dst.ledger.StateHash()
	if h1 != h2 {
		t.Error("restored ledger differs")
	}

	// A bare ledger snapshot.
	ls, err := src.ledger.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	bare := &memSink{}
	if err := ls.Persist(bare); err != nil {
		t.Fatal(err)
	}
	legacy := newClusterFSM(ledger.NewFSM(genesis))
	if err := legacy.Restore(io.NopCloser(bytes.NewReader(bare.buf.Bytes()))); err != nil {
		t.Fatal(err)
	}
	if len(legacy.memberList()) != 0 || legacy.appliedIndex() != 2 {
		t.Errorf("legacy restore: table %v, applied %d; want empty and 2", legacy.memberList(), legacy.appliedIndex())
	}
	if _, ok := legacy.ledger.Subnet(1); !ok {
		t.Error("legacy restore lost the ledger")
	}
}

// TestLeaveRefusedWhenQuorumAtRisk: with one of three voters down, a live
// voter asking to leave is refused (raft would commit the removal under a
// two-voter configuration that includes the dead one, and stall), and the
// cluster keeps committing.
func TestLeaveRefusedWhenQuorumAtRisk(t *testing.T) {
	c := newTestCluster(t, 3)
	c.form(3)
	c.stop(2)
	c.nodes[2] = nil
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err := c.client(1).Leave(ctx, c.keys[1])
	var ae *APIError
	if !errors.As(err, &ae) || ae.Status != http.StatusConflict || !strings.Contains(ae.Message, "quorum") {
		t.Fatalf("leave with a voter down: got %v, want a 409 about the quorum", err)
	}
	select {
	case <-c.nodes[1].Left():
		t.Fatal("node 1 reports it left")
	default:
	}
	createSubnet(t, c.client(1), seededKey(t, "owner"), 1)
	if n := len(getCluster(t, c.client(0).Consistent()).Members); n != 3 {
		t.Errorf("members after the refused leave: %d, want 3", n)
	}
}

// TestRemoveDeadMember: a member that died for good is removed by an
// operator's signed request (a genesis validator's key), sent through a
// follower; raft forgets it, the membership table loses it, and the two
// voters left keep committing. A signer that is not a genesis validator, an
// unknown id and the leader's own id are refused and change nothing.
func TestRemoveDeadMember(t *testing.T) {
	c := newTestCluster(t, 4)
	c.form(4)
	c.stop(3)
	c.nodes[3] = nil
	leader := c.leader()
	follower := 0
	for i, n := range c.nodes[:3] {
		if n != leader {
			follower = i
			break
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cl := c.client(follower)
	refusals := []struct {
		key    *ecdsa.PrivateKey
		id     string
		status int
	}{
		{seededKey(t, "not a validator"), "node-3", http.StatusForbidden},
		{c.keys[0], "node-9", http.StatusNotFound},
		{c.keys[0], leader.cfg.ID, http.StatusConflict},
		{c.keys[0], "", http.StatusBadRequest},
	}
	for _, r := range refusals {
		err := cl.Remove(ctx, r.key, r.id)
		var ae *APIError
		if !errors.As(err, &ae) || ae.Status != r.status {
			t.Fatalf("remove %q by %s: got %v, want status %d", r.id, crypto.PubkeyToAddress(r.key.PublicKey).Hex(), err, r.status)
		}
	}
	if n := len(getCluster(t, c.client(0).Consistent()).Members); n != 4 {
		t.Fatalf("members after the refusals: %d, want 4", n)
	}
	// The operator here is node 1's key; any genesis validator's would do.
	if err := cl.Remove(ctx, c.keys[1], "node-3"); err != nil {
		t.Fatalf("remove node-3: %v", err)
	}
	view := getCluster(t, c.client(0).Consistent())
	for _, m := range view.Members {
		if m.ID == "node-3" {
			t.Fatalf("node-3 still a member: %+v", view.Members)
		}
	}
	cfg := leader.raft.GetConfiguration()
	if err := cfg.Error(); err != nil || len(cfg.Configuration().Servers) != 3 {
		t.Fatalf("raft configuration after the removal: %v %v", cfg.Configuration().Servers, err)
	}
	// Stop one more voter: two of three voters remain, a quorum, which
	// would not hold had node-3 still counted as one of four.
	c.stop(follower)
	c.nodes[follower] = nil
	for i, n := range c.nodes {
		if n == leader {
			createSubnet(t, c.client(i), seededKey(t, "owner"), 1)
		}
	}
}
