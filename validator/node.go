package validator

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/options"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/gin-gonic/gin"
	"github.com/hashicorp/go-hclog"
	"github.com/hashicorp/raft"

	"github.com/agora-net/agora/validator/ledger"
)

// Peer is a member of the validator cluster as the others address it: an
// entry of the replicated membership table.
type Peer struct {
	// ID is the raft server ID.
	ID string `json:"id"`
	// RaftAddr is the host:port of its raft TCP transport.
	RaftAddr string `json:"raft_addr"`
	// HTTPAddr is the host:port of its HTTP API.
	HTTPAddr string `json:"http_addr"`
	// Key is the validator key it joined with (zero when unknown).
	Key common.Address `json:"key"`
}

// DefaultMaxVoters is the number of voters past which joining nodes are
// added as non-voters.
const DefaultMaxVoters = 5

// Config configures a validator node.
type Config struct {
	// ID is this node's raft server ID, unique in the cluster.
	ID string
	// DataDir holds the node's badger raft log and its snapshots.
	DataDir string
	// RaftAddr and HTTPAddr are the host:port addresses to listen on; the
	// other members reach this node there, so they must be addresses they
	// can route to (not 0.0.0.0).
	RaftAddr, HTTPAddr string
	// Bootstrap makes a node without raft state form a new cluster of
	// itself alone. A node without it and without state waits until a
	// member adds it (see Join). A node with state ignores it.
	Bootstrap bool
	// Key is the validator's hotkey: it signs ticks, weights, settlements
	// and its cluster requests.
	Key *ecdsa.PrivateKey
	// TickInterval is how often the leader advances the block height.
	TickInterval time.Duration
	// ApplyTimeout bounds one raft apply or membership change.
	ApplyTimeout time.Duration
	// HeartbeatTimeout and ElectionTimeout tune raft (small on loopback).
	HeartbeatTimeout, ElectionTimeout time.Duration
	// MaxVoters is how many voters the leader admits; later joins become
	// non-voters, which replicate the log and submit their own commands but
	// do not vote.
	MaxVoters int

	// Log compaction. Every SnapshotInterval (randomized up to twice that)
	// raft checks whether SnapshotThreshold entries were appended since the
	// last snapshot; if so it snapshots the state machine into the badger
	// snapshot store and deletes the log up to the snapshot, keeping the
	// last TrailingLogs entries. A follower that lags by more than those
	// (down for a while, or new) catches up by InstallSnapshot: the leader
	// streams it its latest snapshot, then the log after it.
	SnapshotThreshold uint64
	SnapshotInterval  time.Duration
	TrailingLogs      uint64
	// SnapshotRetain is how many snapshots the store keeps (at least 1).
	SnapshotRetain int
	// MaxAppendEntries bounds how many entries raft sends in one
	// AppendEntries and how many proposals the leader writes (and fsyncs)
	// as one batch, 1..1024.
	MaxAppendEntries int

	// Labeling lets the node serve and grade preference subnets (see
	// LabelingConfig); the zero value turns that off.
	Labeling LabelingConfig
}

// DefaultConfig returns a configuration for a node on loopback, missing only
// its ID, addresses, data directory and key.
func DefaultConfig() Config {
	return Config{
		TickInterval:     time.Second,
		ApplyTimeout:     5 * time.Second,
		HeartbeatTimeout: 200 * time.Millisecond,
		ElectionTimeout:  200 * time.Millisecond,
		MaxVoters:        DefaultMaxVoters,

		SnapshotThreshold: 8192,
		SnapshotInterval:  30 * time.Second,
		TrailingLogs:      10240,
		SnapshotRetain:    2,
		MaxAppendEntries:  256,
	}
}

// Validate reports the first missing or inconsistent field.
func (c Config) Validate() error {
	switch {
	case c.ID == "" || len(c.ID) > 128:
		return errors.New("validator: config: ID must be 1 to 128 bytes")
	case c.DataDir == "":
		return errors.New("validator: config: DataDir is empty")
	case c.RaftAddr == "" || c.HTTPAddr == "":
		return errors.New("validator: config: RaftAddr and HTTPAddr are required")
	case !validHostPort(c.RaftAddr):
		return fmt.Errorf("validator: config: RaftAddr %q is not host:port", c.RaftAddr)
	case !validHostPort(c.HTTPAddr):
		return fmt.Errorf("validator: config: HTTPAddr %q is not host:port", c.HTTPAddr)
	case c.Key == nil:
		return errors.New("validator: config: Key is nil")
	case c.TickInterval <= 0 || c.ApplyTimeout <= 0:
		return errors.New("validator: config: TickInterval and ApplyTimeout must be positive")
	case c.HeartbeatTimeout < 5*time.Millisecond || c.ElectionTimeout < 5*time.Millisecond:
		return errors.New("validator: config: HeartbeatTimeout and ElectionTimeout must be at least 5ms")
	case c.MaxVoters < 1:
		return errors.New("validator: config: MaxVoters must be at least 1")
	case c.SnapshotThreshold < 1 || c.SnapshotInterval < 5*time.Millisecond:
		return errors.New("validator: config: SnapshotThreshold must be at least 1 and SnapshotInterval at least 5ms")
	case c.SnapshotRetain < 1:
		return errors.New("validator: config: SnapshotRetain must be at least 1")
	case c.MaxAppendEntries < 1 || c.MaxAppendEntries > 1024:
		return errors.New("validator: config: MaxAppendEntries must be in 1..1024")
	}
	return c.Labeling.Validate()
}

// Node is one validator: a raft member replicating the ledger and the
// membership table, with its HTTP API. Background work (ticks, scoring,
// settlement) is started by the Run* methods; Serve runs the API.
type Node struct {
	cfg     Config
	log     *slog.Logger
	chainID uint64
	fsm     *ledger.FSM
	cluster *clusterFSM
	raft    *raft.Raft
	logs    raft.LogStore // the raft log (a cache over the badger store)
	db      *badger.DB
	trans   *raft.NetworkTransport
	addr    common.Address
	fresh   bool // no raft state when the node started

	httpc *http.Client // forwards commands and reads to the leader

	signMu    sync.Mutex // serializes this node's own signed submissions
	nextNonce uint64

	memberMu sync.Mutex // serializes membership changes made by this leader

	leftOnce sync.Once
	left     chan struct{} // closed once this node has left the cluster

	closeOnce sync.Once
	stopGC    chan struct{} // closed by Close; ends collectGarbage
	gcDone    chan struct{}
	claims    claimTrees // the claim tree behind GET /v1/claims
	labels    *labelRounds

	evidence *evidenceStore // the wrong answers behind GET /v1/evidence
}

// NewNode opens (or creates) the node's on-disk state and starts raft. A
// node with Config.Bootstrap and no state forms a one-node cluster; any
// other new node waits to be added (Join).
//
// Everything the node keeps is in one badger database under
// DataDir/raft, opened with synced writes: the raft log, raft's stable
// store (term, vote) and the snapshots of the state machine (SnapshotStore).
// The state machine itself (the ledger and the membership table) lives in
// memory; at start raft restores it from the newest snapshot and replays
// the log after it. A data directory from before snapshots moved into
// badger has its newest snapshot file imported once.
func NewNode(cfg Config, genesis ledger.Genesis, log *slog.Logger) (*Node, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	// gin's mode is process-wide; its debug mode prints every route.
	if gin.Mode() == gin.DebugMode {
		gin.SetMode(gin.ReleaseMode)
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("validator: data dir: %w", err)
	}
	db, err := openStore(filepath.Join(cfg.DataDir, "raft"))
	if err != nil {
		return nil, err
	}
	n := &Node{
		cfg: cfg, log: log, chainID: genesis.ChainID, db: db,
		addr:   crypto.PubkeyToAddress(cfg.Key.PublicKey),
		httpc:  &http.Client{Timeout: 15 * time.Second},
		left:   make(chan struct{}),
		labels: newLabelRounds(cfg.Labeling),
		stopGC: make(chan struct{}),
		gcDone: make(chan struct{}),
	}
	n.evidence = newEvidenceStore()
	if err := n.startRaft(genesis); err != nil {
		db.Close()
		return nil, err
	}
	go n.collectGarbage(valueLogGCInterval)
	return n, nil
}

// openStore opens the node's badger database at dir: synced writes (a
// write is on disk when its commit returns), a small memory footprint,
// values above 1 KiB (most log entries: a 256-entry weight reveal is about
// 3 KiB; snapshot chunks) in the value log, where they are written once,
// rather than in the LSM tree, where compactions would copy them again, and
// no block compression (log entries are short-lived and compress poorly).
// Together these cut the log store's CPU by about a fifth under
// BenchmarkClusterSetWeights and its p99 latency by half.
func openStore(dir string) (*badger.DB, error) {
	opts := badger.DefaultOptions(dir).
		WithLogger(nil).
		WithSyncWrites(true).
		WithMemTableSize(4 << 20).
		WithNumMemtables(2).
		WithBlockCacheSize(8 << 20).
		WithIndexCacheSize(4 << 20).
		WithValueLogFileSize(16 << 20).
		WithNumCompactors(2).
		WithValueThreshold(1 << 10).
		WithCompression(options.None)
	db, err := badger.Open(opts)
	if err != nil {
		return nil, fmt.Errorf("validator: open raft store: %w", err)
	}
	return db, nil
}

// logCacheEntries is how many of the latest log entries the node keeps in
// memory (at most about 35 MiB, at the largest command size).
const logCacheEntries = 512

// valueLogGCInterval is how often the node reclaims badger value-log space
// (deleted snapshots' chunks, and log entries too large for the LSM tree).
const valueLogGCInterval = time.Minute

// collectGarbage runs badger's value-log garbage collection every interval
// until Close.
func (n *Node) collectGarbage(interval time.Duration) {
	defer close(n.gcDone)
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-n.stopGC:
			return
		case <-t.C:
		}
		// Each successful run rewrote one file; stop at the first that
		// finds nothing worth rewriting (badger.ErrNoRewrite).
		for range 16 {
			if err := n.db.RunValueLogGC(0.5); err != nil {
				break
			}
		}
	}
}

func (n *Node) startRaft(genesis ledger.Genesis) error {
	store, err := newLogStore(n.db)
	if err != nil {
		return err
	}
	// Followers apply committed entries by reading them back from the log
	// store, and the leader reads them to replicate: the recent ones come
	// from memory.
	logs, err := raft.NewLogCache(logCacheEntries, store)
	if err != nil {
		return fmt.Errorf("validator: raft log cache: %w", err)
	}
	n.logs = logs
	hlog := hclog.New(&hclog.LoggerOptions{Name: "raft", Level: hclog.Error, Output: io.Discard})
	snaps, err := NewSnapshotStore(n.db, n.cfg.SnapshotRetain, n.log)
	if err != nil {
		return err
	}
	if err := importFileSnapshots(filepath.Join(n.cfg.DataDir, "snapshots"), snaps, hlog, n.log); err != nil {
		return err
	}
	existing, err := raft.HasExistingState(logs, store, snaps)
	if err != nil {
		return fmt.Errorf("validator: raft state: %w", err)
	}
	n.fresh = !existing
	addr, err := net.ResolveTCPAddr("tcp", n.cfg.RaftAddr)
	if err != nil {
		return fmt.Errorf("validator: raft address: %w", err)
	}
	n.trans, err = raft.NewTCPTransportWithLogger(n.cfg.RaftAddr, addr, 4, 5*time.Second, hlog)
	if err != nil {
		return fmt.Errorf("validator: raft transport: %w", err)
	}
	rc := raft.DefaultConfig()
	rc.LocalID = raft.ServerID(n.cfg.ID)
	rc.Logger = hlog
	rc.HeartbeatTimeout = n.cfg.HeartbeatTimeout
	rc.ElectionTimeout = n.cfg.ElectionTimeout
	rc.LeaderLeaseTimeout = min(n.cfg.HeartbeatTimeout, rc.LeaderLeaseTimeout)
	rc.SnapshotThreshold = n.cfg.SnapshotThreshold
	rc.SnapshotInterval = n.cfg.SnapshotInterval
	rc.TrailingLogs = n.cfg.TrailingLogs
	rc.MaxAppendEntries = n.cfg.MaxAppendEntries
	// Proposals waiting for the leader are written and fsynced as one
	// batch of up to MaxAppendEntries.
	rc.BatchApplyCh = true
	n.fsm = ledger.NewFSM(genesis)
	n.cluster = newClusterFSM(n.fsm)
	n.raft, err = raft.NewRaft(rc, n.cluster, logs, store, snaps, n.trans)
	if err != nil {
		n.trans.Close()
		return fmt.Errorf("validator: start raft: %w", err)
	}
	if !existing && n.cfg.Bootstrap {
		self := raft.Server{ID: raft.ServerID(n.cfg.ID), Address: n.trans.LocalAddr()}
		if err := n.raft.BootstrapCluster(raft.Configuration{Servers: []raft.Server{self}}).Error(); err != nil && !errors.Is(err, raft.ErrCantBootstrap) {
			_ = n.raft.Shutdown().Error()
			n.trans.Close()
			return fmt.Errorf("validator: bootstrap: %w", err)
		}
	}
	return nil
}

// Address is the node's hotkey address.
func (n *Node) Address() common.Address { return n.addr }

// ID is the node's raft server ID.
func (n *Node) ID() string { return n.cfg.ID }

// Peer describes this node as the membership table holds it.
func (n *Node) Peer() Peer {
	return Peer{ID: n.cfg.ID, RaftAddr: n.cfg.RaftAddr, HTTPAddr: n.cfg.HTTPAddr, Key: n.addr}
}

// Fresh reports whether the node started without raft state: a new node
// that must bootstrap or join.
func (n *Node) Fresh() bool { return n.fresh }

// FSM is the node's replica of the ledger (read it; never apply to it).
func (n *Node) FSM() *ledger.FSM { return n.fsm }

// IsLeader reports whether this node leads the cluster now.
func (n *Node) IsLeader() bool { return n.raft.State() == raft.Leader }

// Left is closed once this node has left the cluster at its own request
// (POST /v1/cluster/leave); its owner should then stop it.
func (n *Node) Left() <-chan struct{} { return n.left }

// Members returns the membership table, sorted by ID.
func (n *Node) Members() []Peer { return n.cluster.memberList() }

// leaderHTTP returns the HTTP address of the current leader, if known.
func (n *Node) leaderHTTP() (string, bool) {
	_, id := n.raft.LeaderWithID()
	if id == "" {
		return "", false
	}
	p, ok := n.cluster.member(string(id))
	if !ok || p.HTTPAddr == "" {
		return "", false
	}
	return p.HTTPAddr, true
}

// awaitLeaderHTTP returns the leader's HTTP address, waiting up to
// ApplyTimeout (or until ctx ends) while none is known: during an election,
// or on a node that joined a moment ago and has not yet replicated the
// membership table.
func (n *Node) awaitLeaderHTTP(ctx context.Context) (string, bool) {
	deadline := time.Now().Add(n.cfg.ApplyTimeout)
	for {
		if addr, ok := n.leaderHTTP(); ok || n.IsLeader() {
			return addr, ok
		}
		if time.Now().After(deadline) {
			return "", false
		}
		select {
		case <-ctx.Done():
			return "", false
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// WaitLeader blocks until the cluster has a leader or ctx ends.
func (n *Node) WaitLeader(ctx context.Context) error {
	t := time.NewTicker(20 * time.Millisecond)
	defer t.Stop()
	for {
		if addr, _ := n.raft.LeaderWithID(); addr != "" {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// StepDown hands leadership to another voter if this node leads and one
// exists, so that the cluster need not wait an election timeout when this
// node stops. It returns nil when there was nothing to do.
func (n *Node) StepDown() error {
	if !n.IsLeader() || n.otherVoters() == 0 {
		return nil
	}
	if err := n.raft.LeadershipTransfer().Error(); err != nil {
		return fmt.Errorf("validator: leadership transfer: %w", err)
	}
	return nil
}

// otherVoters counts the voters of the latest configuration other than
// this node.
func (n *Node) otherVoters() int {
	f := n.raft.GetConfiguration()
	if f.Error() != nil {
		return 0
	}
	count := 0
	for _, s := range f.Configuration().Servers {
		if s.Suffrage == raft.Voter && s.ID != raft.ServerID(n.cfg.ID) {
			count++
		}
	}
	return count
}

// Close stops raft and closes the stores.
func (n *Node) Close() error {
	n.closeOnce.Do(func() { close(n.stopGC) })
	<-n.gcDone
	err := n.raft.Shutdown().Error()
	err = errors.Join(err, n.trans.Close(), n.db.Close())
	return err
}

// importFileSnapshots moves the newest snapshot of a FileSnapshotStore at
// dir (where nodes kept snapshots before they moved into badger) into
// snaps, then removes dir. It does nothing when dir does not exist, and
// imports nothing when snaps already holds a snapshot.
func importFileSnapshots(dir string, snaps *SnapshotStore, hlog hclog.Logger, log *slog.Logger) error {
	if _, err := os.Stat(dir); errors.Is(err, os.ErrNotExist) {
		return nil
	}
	files, err := raft.NewFileSnapshotStoreWithLogger(dir, 2, hlog)
	if err != nil {
		return fmt.Errorf("validator: old snapshot store: %w", err)
	}
	old, err := files.List()
	if err != nil {
		return fmt.Errorf("validator: old snapshot store: %w", err)
	}
	have, err := snaps.List()
	if err != nil {
		return err
	}
	if len(old) > 0 && len(have) == 0 {
		meta, rc, err := files.Open(old[0].ID)
		if err != nil {
			return fmt.Errorf("validator: import snapshot %s: %w", old[0].ID, err)
		}
		defer rc.Close()
		sink, err := snaps.Create(meta.Version, meta.Index, meta.Term, meta.Configuration, meta.ConfigurationIndex, nil)
		if err != nil {
			return err
		}
		if _, err := io.Copy(sink, rc); err != nil {
			_ = sink.Cancel()
			return fmt.Errorf("validator: import snapshot %s: %w", meta.ID, err)
		}
		if err := sink.Close(); err != nil {
			return err
		}
		log.Info("imported the snapshot file into badger", "snapshot", meta.ID, "index", meta.Index, "size", meta.Size)
	}
	if err := os.RemoveAll(dir); err != nil {
		return fmt.Errorf("validator: remove the old snapshot directory: %w", err)
	}
	return nil
}

// applyLocal replicates an already verified envelope through raft, attested
// (ledger.Attest) so that no replica recovers its signer again; only the
// leader can.
func (n *Node) applyLocal(env *ledger.Envelope, data []byte) (*ledger.Result, error) {
	if !n.IsLeader() {
		return nil, ErrNotLeader
	}
	f := n.raft.Apply(ledger.Attest(env.Signer, data), n.cfg.ApplyTimeout)
	if err := f.Error(); err != nil {
		if errors.Is(err, raft.ErrNotLeader) || errors.Is(err, raft.ErrLeadershipLost) {
			return nil, ErrNotLeader
		}
		return nil, fmt.Errorf("validator: apply %s: %w", env.Type, err)
	}
	res, ok := f.Response().(*ledger.Result)
	if !ok {
		return nil, fmt.Errorf("validator: apply %s: unexpected response %T", env.Type, f.Response())
	}
	return res, nil
}

// Barrier waits until every entry committed before it is applied on this
// node, which must lead, and returns the ledger's applied index then.
func (n *Node) Barrier() (uint64, error) {
	if !n.IsLeader() {
		return 0, ErrNotLeader
	}
	if err := n.raft.Barrier(n.cfg.ApplyTimeout).Error(); err != nil {
		return 0, fmt.Errorf("validator: barrier: %w", err)
	}
	return n.fsm.AppliedIndex(), nil
}

// linearize makes a read on this node linearizable: it confirms with a
// quorum that this node still leads (VerifyLeader), then waits until every
// entry committed so far is applied to the state machine (Barrier). A
// follower gets ErrNotLeader.
func (n *Node) linearize() error {
	if !n.IsLeader() {
		return ErrNotLeader
	}
	if err := n.raft.VerifyLeader().Error(); err != nil {
		if errors.Is(err, raft.ErrNotLeader) || errors.Is(err, raft.ErrLeadershipLost) {
			return ErrNotLeader
		}
		return fmt.Errorf("validator: verify leader: %w", err)
	}
	if err := n.raft.Barrier(n.cfg.ApplyTimeout).Error(); err != nil {
		if errors.Is(err, raft.ErrNotLeader) || errors.Is(err, raft.ErrLeadershipLost) {
			return ErrNotLeader
		}
		return fmt.Errorf("validator: barrier: %w", err)
	}
	return nil
}

// Join asks the cluster, through the member whose HTTP API is at member
// (host:port or URL), to add this node, and returns once the leader did.
// Transient failures (member or leader unreachable, no leader yet) are
// retried until ctx ends; a refusal (bad signature, not a genesis
// validator, a conflicting member) is returned at once as an *APIError.
// Joining again with the same ID and key is harmless: it updates the
// addresses the cluster holds for this node.
func (n *Node) Join(ctx context.Context, member string) error {
	c := NewClient(member, n.chainID)
	backoff := 50 * time.Millisecond
	for {
		resp, err := c.Join(ctx, n.cfg.Key, n.Peer())
		if err == nil {
			n.log.Info("joined the cluster", "via", member, "id", n.cfg.ID, "voter", resp.Voter)
			return nil
		}
		var ae *APIError
		if errors.As(err, &ae) && ae.Permanent() {
			return err
		}
		n.log.Debug("join: retrying", "via", member, "err", err)
		select {
		case <-ctx.Done():
			return fmt.Errorf("validator: join via %s: %w (last error: %v)", member, ctx.Err(), err)
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 2*time.Second)
	}
}

// applyMembership replicates one membership table operation; only the
// leader can.
func (n *Node) applyMembership(op membershipOp) error {
	data, err := encodeMembershipOp(op)
	if err != nil {
		return err
	}
	f := n.raft.Apply(data, n.cfg.ApplyTimeout)
	if err := f.Error(); err != nil {
		if errors.Is(err, raft.ErrNotLeader) || errors.Is(err, raft.ErrLeadershipLost) {
			return ErrNotLeader
		}
		return fmt.Errorf("validator: membership %s %s: %w", op.Op, op.Member.ID, err)
	}
	if err, ok := f.Response().(error); ok && err != nil {
		return err
	}
	return nil
}

// isGenesisValidator reports whether addr is a validator of the genesis.
func (n *Node) isGenesisValidator(addr common.Address) bool {
	for _, v := range n.fsm.Genesis().Validators {
		if v.Address == addr {
			return true
		}
	}
	return false
}

// JoinResponse is the answer to an accepted join.
type JoinResponse struct {
	// ID is the member's raft server ID.
	ID string `json:"id"`
	// Voter tells whether it was added (or kept) as a voter.
	Voter bool `json:"voter"`
}

// addMember adds (or updates) the member a verified join describes; only
// the leader can. The node becomes a voter while the cluster has fewer
// than MaxVoters voters, a non-voter otherwise; a non-voter that joins
// again while there is room is promoted.
func (n *Node) addMember(req *ClusterRequest) (*JoinResponse, error) {
	if !n.isGenesisValidator(req.Signer) {
		return nil, fmt.Errorf("%w: %s", ErrNotValidator, req.Signer.Hex())
	}
	n.memberMu.Lock()
	defer n.memberMu.Unlock()
	if !n.IsLeader() {
		return nil, ErrNotLeader
	}
	peer := Peer{ID: req.ID, RaftAddr: req.RaftAddr, HTTPAddr: req.HTTPAddr, Key: req.Signer}
	if other, ok := n.cluster.memberByKey(req.Signer); ok && other.ID != peer.ID {
		return nil, fmt.Errorf("%w: key %s already belongs to member %q", ErrMemberConflict, req.Signer.Hex(), other.ID)
	}
	prev, known := n.cluster.member(peer.ID)
	if known && prev.Key != (common.Address{}) && prev.Key != peer.Key {
		return nil, fmt.Errorf("%w: id %q belongs to key %s", ErrMemberConflict, peer.ID, prev.Key.Hex())
	}
	if peer.ID == n.cfg.ID && peer != n.Peer() {
		// The leader records itself (maintainMembership); a join cannot
		// move it.
		return nil, fmt.Errorf("%w: id %q is the leader's, at other addresses", ErrMemberConflict, peer.ID)
	}
	f := n.raft.GetConfiguration()
	if err := f.Error(); err != nil {
		return nil, fmt.Errorf("validator: configuration: %w", err)
	}
	voters := 0
	var existing *raft.Server
	for _, s := range f.Configuration().Servers {
		if s.ID == raft.ServerID(peer.ID) {
			existing = &s
			continue
		}
		if s.Address == raft.ServerAddress(peer.RaftAddr) {
			return nil, fmt.Errorf("%w: raft address %s belongs to member %q", ErrMemberConflict, peer.RaftAddr, s.ID)
		}
		if s.Suffrage == raft.Voter {
			voters++
		}
	}
	if existing != nil && (!known || prev.Key == (common.Address{})) && existing.Address != raft.ServerAddress(peer.RaftAddr) {
		// A server the table has no key for yet (one that joined before
		// the table existed) may claim its entry, but not move it.
		return nil, fmt.Errorf("%w: id %q is a member at raft address %s", ErrMemberConflict, peer.ID, existing.Address)
	}
	voter := voters < n.cfg.MaxVoters || (existing != nil && existing.Suffrage == raft.Voter)
	unchanged := existing != nil && existing.Address == raft.ServerAddress(peer.RaftAddr) &&
		(existing.Suffrage == raft.Voter) == voter
	if !unchanged {
		var cf raft.IndexFuture
		if voter {
			cf = n.raft.AddVoter(raft.ServerID(peer.ID), raft.ServerAddress(peer.RaftAddr), 0, n.cfg.ApplyTimeout)
		} else {
			cf = n.raft.AddNonvoter(raft.ServerID(peer.ID), raft.ServerAddress(peer.RaftAddr), 0, n.cfg.ApplyTimeout)
		}
		if err := cf.Error(); err != nil {
			if errors.Is(err, raft.ErrNotLeader) || errors.Is(err, raft.ErrLeadershipLost) {
				return nil, ErrNotLeader
			}
			return nil, fmt.Errorf("validator: add %s: %w", peer.ID, err)
		}
	}
	if cur, ok := n.cluster.member(peer.ID); !ok || cur != peer {
		if err := n.applyMembership(membershipOp{Op: opSet, Member: peer}); err != nil {
			return nil, err
		}
	}
	n.log.Info("member added", "id", peer.ID, "raft", peer.RaftAddr, "http", peer.HTTPAddr, "voter", voter, "key", peer.Key.Hex())
	return &JoinResponse{ID: peer.ID, Voter: voter}, nil
}

// removeMember removes the member that joined with the verified leave's
// signer; only the leader can, and not itself (it must hand leadership
// over first).
func (n *Node) removeMember(req *ClusterRequest) error {
	n.memberMu.Lock()
	defer n.memberMu.Unlock()
	if !n.IsLeader() {
		return ErrNotLeader
	}
	peer, ok := n.cluster.memberByKey(req.Signer)
	if !ok {
		return fmt.Errorf("%w: %s", ErrNoSuchMember, req.Signer.Hex())
	}
	if peer.ID == n.cfg.ID {
		return ErrNotLeader // the caller steps down first, then asks the new leader
	}
	if err := n.removeServer(peer.ID); err != nil {
		return err
	}
	if err := n.applyMembership(membershipOp{Op: opDelete, Member: Peer{ID: peer.ID}}); err != nil {
		return err
	}
	n.log.Info("member removed", "id", peer.ID, "key", peer.Key.Hex())
	return nil
}

// evictMember removes the member a verified remove request names, on an
// operator's word: the signer must be a genesis validator. The member need
// not be reachable (that is the point), but the voters left must still
// hold a reachable majority (checkQuorumWithout). The leader cannot evict
// itself; its operator uses leave, which hands leadership over first.
func (n *Node) evictMember(req *ClusterRequest) error {
	n.memberMu.Lock()
	defer n.memberMu.Unlock()
	if !n.IsLeader() {
		return ErrNotLeader
	}
	if !n.isGenesisValidator(req.Signer) {
		return fmt.Errorf("%w: %s", ErrNotValidator, req.Signer.Hex())
	}
	if req.ID == n.cfg.ID {
		return fmt.Errorf("%w: %s is the leader; ask it to leave instead", ErrMemberConflict, req.ID)
	}
	f := n.raft.GetConfiguration()
	if err := f.Error(); err != nil {
		return fmt.Errorf("validator: configuration: %w", err)
	}
	inConfig := slices.ContainsFunc(f.Configuration().Servers, func(s raft.Server) bool { return string(s.ID) == req.ID })
	_, inTable := n.cluster.member(req.ID)
	if !inConfig && !inTable {
		return fmt.Errorf("%w: no member has id %q", ErrNoSuchMember, req.ID)
	}
	if inConfig {
		if err := n.removeServer(req.ID); err != nil {
			return err
		}
	}
	if inTable {
		if err := n.applyMembership(membershipOp{Op: opDelete, Member: Peer{ID: req.ID}}); err != nil {
			return err
		}
	}
	n.log.Info("member removed by an operator", "id", req.ID, "by", req.Signer.Hex())
	return nil
}

// removeServer takes server id out of the raft configuration, unless that
// would cost the cluster its quorum (checkQuorumWithout).
func (n *Node) removeServer(id string) error {
	if err := n.checkQuorumWithout(id); err != nil {
		return err
	}
	if err := n.raft.RemoveServer(raft.ServerID(id), 0, n.cfg.ApplyTimeout).Error(); err != nil {
		if errors.Is(err, raft.ErrNotLeader) || errors.Is(err, raft.ErrLeadershipLost) {
			return ErrNotLeader
		}
		return fmt.Errorf("validator: remove %s: %w", id, err)
	}
	return nil
}

// checkQuorumWithout refuses to remove voter id when the voters left would
// not hold a reachable majority: raft commits the removal under the new
// configuration, so removing a live voter while another is down can stall
// the cluster for good. Reachable means this node, or a member whose HTTP
// API answers a probe within a second. Removing a non-voter is always fine.
func (n *Node) checkQuorumWithout(id string) error {
	f := n.raft.GetConfiguration()
	if err := f.Error(); err != nil {
		return fmt.Errorf("validator: configuration: %w", err)
	}
	var rest []raft.Server
	removesVoter := false
	for _, s := range f.Configuration().Servers {
		switch {
		case s.Suffrage != raft.Voter:
		case string(s.ID) == id:
			removesVoter = true
		default:
			rest = append(rest, s)
		}
	}
	if !removesVoter {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	alive := make(chan bool, len(rest))
	for _, s := range rest {
		go func() {
			if string(s.ID) == n.cfg.ID {
				alive <- true
				return
			}
			p, ok := n.cluster.member(string(s.ID))
			if !ok || p.HTTPAddr == "" {
				alive <- false
				return
			}
			_, err := NewClient(p.HTTPAddr, n.chainID).Cluster(ctx)
			alive <- err == nil
		}()
	}
	reachable := 0
	for range rest {
		if <-alive {
			reachable++
		}
	}
	if need := len(rest)/2 + 1; reachable < need {
		return fmt.Errorf("%w: without %s, %d of the %d remaining voters are reachable and %d are needed; restart or remove the unreachable ones first",
			ErrQuorumAtRisk, id, reachable, len(rest), need)
	}
	return nil
}

// leave takes this node out of the cluster: if it leads, it hands
// leadership to another voter first; then it sends its signed leave request
// (body) to the leader, and once the leader removed it, closes Left.
func (n *Node) leave(ctx context.Context, body []byte) error {
	if n.IsLeader() {
		if n.otherVoters() == 0 {
			return ErrLastVoter
		}
		if err := n.checkQuorumWithout(n.cfg.ID); err != nil {
			return err
		}
		if err := n.StepDown(); err != nil {
			return err
		}
	}
	deadline := time.Now().Add(n.cfg.ApplyTimeout)
	for {
		leader, ok := n.leaderHTTP()
		if ok && !n.IsLeader() {
			status, data, err := n.relay(ctx, http.MethodPost, leader, "/v1/cluster/leave", body)
			if err == nil && status == http.StatusOK {
				break
			}
			if err == nil && status != http.StatusServiceUnavailable {
				return apiErrorFrom(status, data)
			}
		}
		if time.Now().After(deadline) {
			return ErrNoLeader
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
	n.log.Info("left the cluster", "id", n.cfg.ID)
	n.leftOnce.Do(func() { close(n.left) })
	return nil
}

// maintainMembership keeps this node's entry of the membership table
// current until ctx ends: when it leads, it writes its own entry if that is
// missing or stale and drops entries of servers no longer in the raft
// configuration; when it follows and its entry is stale, it sends the
// leader a signed join with its current addresses.
func (n *Node) maintainMembership(ctx context.Context) {
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	var lastAnnounce time.Time
	for {
		self := n.Peer()
		cur, ok := n.cluster.member(self.ID)
		switch {
		case n.IsLeader():
			if !ok || cur != self {
				n.memberMu.Lock()
				if err := n.applyMembership(membershipOp{Op: opSet, Member: self}); err != nil && ctx.Err() == nil {
					n.log.Warn("membership: could not record this node", "err", err)
				}
				n.memberMu.Unlock()
			}
			n.dropStaleMembers()
		case (!ok || cur != self) && n.inConfiguration() && time.Since(lastAnnounce) > 2*time.Second:
			if leader, known := n.leaderHTTP(); known {
				lastAnnounce = time.Now()
				actx, cancel := context.WithTimeout(ctx, 5*time.Second)
				if _, err := NewClient(leader, n.chainID).Join(actx, n.cfg.Key, self); err != nil && ctx.Err() == nil {
					n.log.Warn("membership: could not announce this node's addresses", "err", err)
				}
				cancel()
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// inConfiguration reports whether this node is in the latest raft
// configuration it knows.
func (n *Node) inConfiguration() bool {
	f := n.raft.GetConfiguration()
	if f.Error() != nil {
		return false
	}
	for _, s := range f.Configuration().Servers {
		if s.ID == raft.ServerID(n.cfg.ID) {
			return true
		}
	}
	return false
}

// dropStaleMembers deletes table entries of servers that are no longer in
// the configuration (a leader that died between RemoveServer and the
// table's delete leaves one behind).
func (n *Node) dropStaleMembers() {
	n.memberMu.Lock()
	defer n.memberMu.Unlock()
	f := n.raft.GetConfiguration()
	if f.Error() != nil {
		return
	}
	in := map[string]bool{}
	for _, s := range f.Configuration().Servers {
		in[string(s.ID)] = true
	}
	for _, p := range n.cluster.memberList() {
		if !in[p.ID] && n.IsLeader() {
			if err := n.applyMembership(membershipOp{Op: opDelete, Member: Peer{ID: p.ID}}); err != nil {
				return
			}
		}
	}
}
