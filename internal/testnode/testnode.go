// Package testnode starts a one-node validator cluster for the tests of
// other packages: raft on loopback, badger in a temporary directory, the
// node's key its only genesis validator, its HTTP API served. Only test
// files import it.
package testnode

import (
	"context"
	"crypto/ecdsa"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/agora-net/agora/internal/testenv"
	"github.com/agora-net/agora/validator"
	"github.com/agora-net/agora/validator/ledger"
)

// ChainID is the chain id of the node's genesis.
const ChainID = 1337

// Options tune Start; the zero value is a node without labeling whose
// logs are discarded.
type Options struct {
	// Labeling is the node's labeling secret and gold.
	Labeling validator.LabelingConfig
	// TickInterval is the node's block time (0: an hour, so that the test
	// ticks itself).
	TickInterval time.Duration
	// Log receives the node's logs (nil: discarded).
	Log *slog.Logger
	// Genesis, if set, edits the genesis (the key as its one validator)
	// before the node starts.
	Genesis func(*ledger.Genesis)
}

// Start starts the node, serves its API, and returns once the node leads
// and its API answers. The node stops when the test ends.
func Start(tb testing.TB, key *ecdsa.PrivateKey, opts Options) *validator.Node {
	tb.Helper()
	zerolog.SetGlobalLevel(zerolog.WarnLevel) // raft-badgerstore logs every write
	cfg := validator.DefaultConfig()
	cfg.ID, cfg.DataDir, cfg.Key, cfg.Bootstrap = "v0", tb.TempDir(), key, true
	cfg.RaftAddr, cfg.HTTPAddr = testenv.LoopbackAddr(tb), testenv.LoopbackAddr(tb)
	cfg.HeartbeatTimeout, cfg.ElectionTimeout = 150*time.Millisecond, 150*time.Millisecond
	cfg.TickInterval, cfg.Labeling = time.Hour, opts.Labeling
	if opts.TickInterval > 0 {
		cfg.TickInterval = opts.TickInterval
	}
	log := opts.Log
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	genesis := ledger.Genesis{ChainID: ChainID, Validators: []ledger.GenesisValidator{{Address: crypto.PubkeyToAddress(key.PublicKey), Stake: 1000}}}
	if opts.Genesis != nil {
		opts.Genesis(&genesis)
	}
	n, err := validator.NewNode(cfg, genesis, log)
	if err != nil {
		tb.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- n.Serve(ctx) }()
	tb.Cleanup(func() {
		cancel()
		if err := <-served; err != nil {
			tb.Errorf("Serve: %v", err)
		}
		if err := n.Close(); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	client := validator.NewClient(cfg.HTTPAddr, 0)
	deadline := time.Now().Add(10 * time.Second)
	for {
		_, err := client.Cluster(ctx)
		if err == nil && n.IsLeader() {
			return n
		}
		if time.Now().After(deadline) {
			tb.Fatalf("the node did not lead and serve within 10s (last error: %v)", err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// URL is the node's API URL.
func URL(n *validator.Node) string { return "http://" + n.Peer().HTTPAddr }
