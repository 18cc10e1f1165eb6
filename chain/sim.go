package chain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
)

// SimChainID is the chain ID of the simulated chain (go-ethereum's dev chain ID).
const SimChainID uint64 = 1337

// DefaultBlockPeriod is the block period of a SimConfig that leaves it zero.
const DefaultBlockPeriod = time.Second

// simHost is the only interface the simulated chain's JSON-RPC listens on.
const simHost = "127.0.0.1"

// simStartAttempts bounds how often StartSimulated retries with another free
// port when the one it picked was taken before the node could bind it.
const simStartAttempts = 3

// ErrSimClosed is returned by (*Sim).Commit after the chain was closed, by
// Close or by the end of the context given to StartSimulated.
var ErrSimClosed = errors.New("chain: simulated chain closed")

var _ Backend = simulated.Client(nil)

// SimConfig configures StartSimulated.
type SimConfig struct {
	// HTTPPort is the JSON-RPC port on 127.0.0.1; 0 picks a free one
	// (read it back with RPCURL).
	HTTPPort int
	// BlockPeriod is the time between blocks; 0 means DefaultBlockPeriod.
	BlockPeriod time.Duration
	// Accounts are funded with Balance wei each at genesis.
	Accounts []common.Address
	// Balance is the genesis balance of each account in wei; nil means
	// DefaultSimBalance (one million ether).
	Balance *big.Int
	// Logger receives the node's own log lines (HTTP server start and stop
	// and the like); nil discards them.
	Logger *slog.Logger
	// DataDir, when set, keeps the chain database there: a chain started
	// again on the same directory (with the same accounts) continues from
	// its last block. Empty: the chain lives in memory.
	DataDir string
}

// DefaultSimBalance returns the genesis balance given to each account when
// SimConfig.Balance is nil: one million ether (10^24 wei).
func DefaultSimBalance() *big.Int {
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(24), nil)
}

// DefaultSimConfig returns a configuration with a free port, one-second
// blocks and no funded accounts.
func DefaultSimConfig() SimConfig {
	return SimConfig{BlockPeriod: DefaultBlockPeriod}
}

// Validate reports a configuration StartSimulated cannot use.
func (c SimConfig) Validate() error {
	if c.HTTPPort < 0 || c.HTTPPort > 65535 {
		return fmt.Errorf("chain: http port %d out of range 0..65535", c.HTTPPort)
	}
	if c.BlockPeriod < 0 {
		return fmt.Errorf("chain: negative block period %v", c.BlockPeriod)
	}
	if c.Balance != nil && c.Balance.Sign() < 0 {
		return fmt.Errorf("chain: negative genesis balance %v", c.Balance)
	}
	return nil
}

// Sim is an in-process EVM chain: go-ethereum's simulated backend with
// mainnet (Osaka) gas rules, sealing a block every BlockPeriod and serving
// JSON-RPC (eth, net, web3) on 127.0.0.1 to other processes.
//
// A Sim is safe for concurrent use: transactions may be sent through Client
// from any goroutine while blocks are sealed; Commit calls are serialized.
type Sim struct {
	backend simBackend
	client  simulated.Client // kept: the backend's own is cleared on Close
	url     string

	commitMu sync.Mutex // serializes Commit with itself and with shutdown
	closed   bool       // guarded by commitMu

	stop     chan struct{} // closed by Close
	stopOnce sync.Once
	done     chan struct{} // closed once the backend is closed
	closeErr error         // written before done is closed
}

// StartSimulated starts a simulated chain and returns once it serves
// JSON-RPC. The chain seals a block every cfg.BlockPeriod until Close is
// called or ctx ends, whichever comes first; either way the node is shut
// down and its port released.
func StartSimulated(ctx context.Context, cfg SimConfig) (*Sim, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("chain: start simulated chain: %w", err)
	}
	if cfg.BlockPeriod == 0 {
		cfg.BlockPeriod = DefaultBlockPeriod
	}
	balance := cfg.Balance
	if balance == nil {
		balance = DefaultSimBalance()
	}
	alloc := make(types.GenesisAlloc, len(cfg.Accounts))
	for _, a := range cfg.Accounts {
		alloc[a] = types.Account{Balance: new(big.Int).Set(balance)}
	}
	var logger log.Logger
	if cfg.Logger != nil {
		logger = log.NewLogger(cfg.Logger.Handler())
	} else {
		logger = log.NewLogger(log.DiscardHandler())
	}

	var (
		backend simBackend
		port    int
		err     error
	)
	for attempt := 0; attempt < simStartAttempts; attempt++ {
		port = cfg.HTTPPort
		if port == 0 {
			if port, err = freePort(); err != nil {
				return nil, err
			}
		}
		if cfg.DataDir != "" {
			backend, err = newPersistentBackend(cfg.DataDir, alloc, simOptions(port, logger))
		} else {
			backend, err = newSimBackend(alloc, simOptions(port, logger))
		}
		if err == nil || cfg.HTTPPort != 0 {
			break
		}
	}
	if err != nil {
		return nil, err
	}

	s := &Sim{
		backend: backend,
		client:  backend.Client(),
		url:     "http://" + net.JoinHostPort(simHost, strconv.Itoa(port)),
		stop:    make(chan struct{}),
		done:    make(chan struct{}),
	}
	go s.run(ctx, cfg.BlockPeriod)
	return s, nil
}

// OsakaChainConfig returns go-ethereum's dev chain configuration (chain ID
// 1337, every fork up to Osaka at genesis) without the forks after Osaka.
// The dev configuration enables unscheduled forks whose state-growth pricing
// charges about 98k more gas per new storage slot than mainnet does; without
// them gas costs are mainnet's.
func OsakaChainConfig() *params.ChainConfig {
	c := *params.AllDevChainProtocolChanges
	c.BPO1Time, c.BPO2Time, c.BPO3Time, c.BPO4Time, c.BPO5Time = nil, nil, nil, nil, nil
	c.AmsterdamTime = nil
	c.BogotaTime = nil
	c.UBTTime = nil
	return &c
}

// simOptions configures the simulated backend's node and Ethereum service:
// Osaka rules, JSON-RPC over HTTP on 127.0.0.1:port, no IPC endpoint.
func simOptions(port int, logger log.Logger) func(*node.Config, *ethconfig.Config) {
	return func(nc *node.Config, ec *ethconfig.Config) {
		ec.Genesis.Config = OsakaChainConfig()
		nc.HTTPHost = simHost
		nc.HTTPPort = port
		nc.HTTPModules = []string{"eth", "net", "web3"}
		nc.IPCPath = "" // the default would create a socket in the temp directory
		nc.Logger = logger
	}
}

// newSimBackend wraps simulated.NewBackend, which panics when its node
// cannot start (for example when the port is taken), into an error.
func newSimBackend(alloc types.GenesisAlloc, opt func(*node.Config, *ethconfig.Config)) (b *simulated.Backend, err error) {
	defer func() {
		if r := recover(); r != nil {
			b, err = nil, fmt.Errorf("chain: start simulated chain: %v", r)
		}
	}()
	return simulated.NewBackend(alloc, opt), nil
}

// freePort returns a TCP port on 127.0.0.1 that was free a moment ago.
func freePort() (int, error) {
	l, err := net.Listen("tcp", net.JoinHostPort(simHost, "0"))
	if err != nil {
		return 0, fmt.Errorf("chain: find a free port: %w", err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	if err := l.Close(); err != nil {
		return 0, fmt.Errorf("chain: find a free port: %w", err)
	}
	return port, nil
}

// run seals a block every period until Close or the end of ctx, then shuts
// the node down.
func (s *Sim) run(ctx context.Context, period time.Duration) {
	defer close(s.done)
	t := time.NewTicker(period)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			s.shutdown()
			return
		case <-s.stop:
			s.shutdown()
			return
		case <-t.C:
			_, _ = s.Commit() // only ErrSimClosed, which shutdown alone causes
		}
	}
}

// shutdown closes the backend once no Commit is in progress.
func (s *Sim) shutdown() {
	s.commitMu.Lock()
	defer s.commitMu.Unlock()
	s.closed = true
	if err := s.backend.Close(); err != nil {
		s.closeErr = fmt.Errorf("chain: close simulated chain: %w", err)
	}
}

// Commit seals the pending transactions into a new block now, without
// waiting for the timer, and returns the new head's hash. Tests use it to
// avoid waiting a block period.
func (s *Sim) Commit() (common.Hash, error) {
	s.commitMu.Lock()
	defer s.commitMu.Unlock()
	if s.closed {
		return common.Hash{}, ErrSimClosed
	}
	return s.backend.Commit(), nil
}

// Client returns an in-process client of the chain. It implements Backend
// (so bind.ContractBackend and bind.DeployBackend) and is safe for
// concurrent use; once the chain is closed its calls return errors.
func (s *Sim) Client() simulated.Client {
	return s.client
}

// RPCURL returns the chain's JSON-RPC endpoint, http://127.0.0.1:PORT, for
// ethclient.Dial in this or another process.
func (s *Sim) RPCURL() string {
	return s.url
}

// ChainID returns the chain's ID, SimChainID.
func (s *Sim) ChainID() uint64 {
	return SimChainID
}

// Done returns a channel that is closed once the chain has shut down, after
// Close or the end of the context given to StartSimulated.
func (s *Sim) Done() <-chan struct{} {
	return s.done
}

// Close stops block production, shuts the node down and waits until it
// has. It is safe to call more than once and after the context ended; every
// call returns the same result.
func (s *Sim) Close() error {
	s.stopOnce.Do(func() { close(s.stop) })
	<-s.done
	return s.closeErr
}
