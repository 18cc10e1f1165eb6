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
	"sync"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/gin-gonic/gin"
	"github.com/hashicorp/go-hclog"
	"github.com/hashicorp/raft"
	raftbadgerstore "github.com/kgantsov/raft-badgerstore"

	"github.com/agora-net/agora/validator/ledger"
)

// Peer is a member of the validator cluster as the others address it.
type Peer struct {
	ID       string // raft server ID
	RaftAddr string // host:port of its raft TCP transport
	HTTPAddr string // host:port of its HTTP API
}

// Config configures a validator node.
type Config struct {
	// ID is this node's raft server ID; it must appear in Peers.
	ID string
	// DataDir holds the node's badger raft log and its snapshots.
	DataDir string
	// RaftAddr and HTTPAddr are the loopback or LAN addresses to listen on.
	RaftAddr, HTTPAddr string
	// Peers is the initial cluster, this node included; the node whose ID is
	// Peers[0].ID bootstraps it on first start.
	Peers []Peer
	// Key is the validator's hotkey: it signs ticks, weights and settlements.
	Key *ecdsa.PrivateKey
	// TickInterval is how often the leader advances the block height.
	TickInterval time.Duration
	// ApplyTimeout bounds one raft apply.
	ApplyTimeout time.Duration
	// HeartbeatTimeout and ElectionTimeout tune raft (small on loopback).
	HeartbeatTimeout, ElectionTimeout time.Duration
}

// DefaultConfig returns a configuration for a node on loopback, missing only
// its ID, addresses, peers, data directory and key.
func DefaultConfig() Config {
	return Config{
		TickInterval:     time.Second,
		ApplyTimeout:     5 * time.Second,
		HeartbeatTimeout: 200 * time.Millisecond,
		ElectionTimeout:  200 * time.Millisecond,
	}
}

// Validate reports the first missing or inconsistent field.
func (c Config) Validate() error {
	switch {
	case c.ID == "":
		return errors.New("validator: config: ID is empty")
	case c.DataDir == "":
		return errors.New("validator: config: DataDir is empty")
	case c.RaftAddr == "" || c.HTTPAddr == "":
		return errors.New("validator: config: RaftAddr and HTTPAddr are required")
	case c.Key == nil:
		return errors.New("validator: config: Key is nil")
	case c.TickInterval <= 0 || c.ApplyTimeout <= 0:
		return errors.New("validator: config: TickInterval and ApplyTimeout must be positive")
	}
	for _, p := range c.Peers {
		if p.ID == c.ID {
			return nil
		}
	}
	return fmt.Errorf("validator: config: ID %q is not among the peers", c.ID)
}

// Node is one validator: a raft member replicating the ledger, with its
// HTTP API. Background work (ticks, scoring, settlement) is started by Run.
type Node struct {
	cfg     Config
	log     *slog.Logger
	chainID uint64
	fsm     *ledger.FSM
	raft    *raft.Raft
	db      *badger.DB
	trans   *raft.NetworkTransport
	addr    common.Address

	httpc *http.Client // forwards commands to the leader

	signMu    sync.Mutex // serializes this node's own signed submissions
	nextNonce uint64
}

// NewNode opens (or creates) the node's on-disk state and joins raft; the
// cluster is bootstrapped by the first peer on its first start.
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
	opts := badger.DefaultOptions(filepath.Join(cfg.DataDir, "raft")).
		WithLogger(nil).
		WithSyncWrites(true).
		WithMemTableSize(4 << 20).
		WithNumMemtables(2).
		WithBlockCacheSize(8 << 20).
		WithIndexCacheSize(4 << 20).
		WithValueLogFileSize(16 << 20).
		WithNumCompactors(2).
		WithValueThreshold(64 << 10)
	db, err := badger.Open(opts)
	if err != nil {
		return nil, fmt.Errorf("validator: open raft store: %w", err)
	}
	n := &Node{
		cfg: cfg, log: log, chainID: genesis.ChainID, db: db,
		addr:  crypto.PubkeyToAddress(cfg.Key.PublicKey),
		httpc: &http.Client{Timeout: 15 * time.Second},
	}
	if err := n.startRaft(genesis); err != nil {
		db.Close()
		return nil, err
	}
	return n, nil
}

func (n *Node) startRaft(genesis ledger.Genesis) error {
	store, err := raftbadgerstore.New(n.db, raftbadgerstore.Options{})
	if err != nil {
		return fmt.Errorf("validator: raft store: %w", err)
	}
	hlog := hclog.New(&hclog.LoggerOptions{Name: "raft", Level: hclog.Error, Output: io.Discard})
	snaps, err := raft.NewFileSnapshotStoreWithLogger(filepath.Join(n.cfg.DataDir, "snapshots"), 2, hlog)
	if err != nil {
		return fmt.Errorf("validator: snapshot store: %w", err)
	}
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
	rc.SnapshotThreshold = 4096
	n.fsm = ledger.NewFSM(genesis)
	n.raft, err = raft.NewRaft(rc, n.fsm, store, store, snaps, n.trans)
	if err != nil {
		n.trans.Close()
		return fmt.Errorf("validator: start raft: %w", err)
	}
	existing, err := raft.HasExistingState(store, store, snaps)
	if err != nil {
		return fmt.Errorf("validator: raft state: %w", err)
	}
	if !existing && len(n.cfg.Peers) > 0 && n.cfg.Peers[0].ID == n.cfg.ID {
		var servers []raft.Server
		for _, p := range n.cfg.Peers {
			servers = append(servers, raft.Server{ID: raft.ServerID(p.ID), Address: raft.ServerAddress(p.RaftAddr)})
		}
		if err := n.raft.BootstrapCluster(raft.Configuration{Servers: servers}).Error(); err != nil && !errors.Is(err, raft.ErrCantBootstrap) {
			return fmt.Errorf("validator: bootstrap: %w", err)
		}
	}
	return nil
}

// Address is the node's hotkey address.
func (n *Node) Address() common.Address { return n.addr }

// FSM is the node's replica of the ledger (read it; never apply to it).
func (n *Node) FSM() *ledger.FSM { return n.fsm }

// IsLeader reports whether this node leads the cluster now.
func (n *Node) IsLeader() bool { return n.raft.State() == raft.Leader }

// leaderHTTP returns the HTTP address of the current leader, if known.
func (n *Node) leaderHTTP() (string, bool) {
	_, id := n.raft.LeaderWithID()
	for _, p := range n.cfg.Peers {
		if raft.ServerID(p.ID) == id {
			return p.HTTPAddr, true
		}
	}
	return "", false
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

// Close stops raft and closes the stores.
func (n *Node) Close() error {
	err := n.raft.Shutdown().Error()
	err = errors.Join(err, n.trans.Close(), n.db.Close())
	return err
}

// ErrNotLeader is returned by applyLocal on a follower.
var ErrNotLeader = errors.New("validator: not the leader")

// applyLocal replicates an already verified envelope through raft; only the
// leader can.
func (n *Node) applyLocal(env *ledger.Envelope, data []byte) (*ledger.Result, error) {
	if !n.IsLeader() {
		return nil, ErrNotLeader
	}
	f := n.raft.Apply(data, n.cfg.ApplyTimeout)
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
// node, which must lead, and returns the applied index then.
func (n *Node) Barrier() (uint64, error) {
	if !n.IsLeader() {
		return 0, ErrNotLeader
	}
	if err := n.raft.Barrier(n.cfg.ApplyTimeout).Error(); err != nil {
		return 0, fmt.Errorf("validator: barrier: %w", err)
	}
	return n.fsm.AppliedIndex(), nil
}
