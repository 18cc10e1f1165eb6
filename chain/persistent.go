package chain

import (
	"errors"
	"fmt"
	"maps"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"
)

// simBackend is what Sim needs of a chain: sealing blocks, a client, and
// shutdown. go-ethereum's simulated.Backend is one (in memory); a
// persistentBackend is the same machinery over a data directory.
type simBackend interface {
	Commit() common.Hash
	Client() simulated.Client
	Close() error
}

var (
	_ simBackend = (*simulated.Backend)(nil)
	_ simBackend = (*persistentBackend)(nil)
)

// persistentBackend is the simulated backend's assembly — a node without
// networking, the Ethereum service, a simulated beacon sealing blocks on
// demand — with its chain database in a directory, so that a chain started
// again on the same directory and genesis continues where it stopped.
// (simulated.NewBackend keeps the database in memory and rewinds to genesis
// at start.)
type persistentBackend struct {
	node   *node.Node
	beacon *catalyst.SimulatedBeacon
	client *ethclient.Client
}

func newPersistentBackend(dir string, alloc types.GenesisAlloc, opt func(*node.Config, *ethconfig.Config)) (b *persistentBackend, err error) {
	nodeConf := node.DefaultConfig
	nodeConf.DataDir = dir
	nodeConf.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0, ListenAddr: ""}
	genesisAlloc := core.SystemContractAllocs()
	maps.Copy(genesisAlloc, alloc)
	ethConf := ethconfig.Defaults
	ethConf.Genesis = &core.Genesis{GasLimit: ethconfig.Defaults.Miner.GasCeil, Alloc: genesisAlloc}
	ethConf.SyncMode = ethconfig.FullSync
	ethConf.TxPool.NoLocals = true
	ethConf.LogNoHistory = true
	opt(&nodeConf, &ethConf)

	stack, err := node.New(&nodeConf)
	if err != nil {
		return nil, fmt.Errorf("chain: persistent chain in %s: %w", dir, err)
	}
	defer func() {
		if err != nil {
			_ = stack.Close()
		}
	}()
	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		return nil, fmt.Errorf("chain: persistent chain in %s: %w", dir, err)
	}
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fs)}})
	if err := stack.Start(); err != nil {
		return nil, fmt.Errorf("chain: persistent chain in %s: %w", dir, err)
	}
	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err != nil {
		return nil, fmt.Errorf("chain: persistent chain in %s: %w", dir, err)
	}
	return &persistentBackend{node: stack, beacon: beacon, client: ethclient.NewClient(stack.Attach())}, nil
}

func (b *persistentBackend) Commit() common.Hash { return b.beacon.Commit() }

func (b *persistentBackend) Client() simulated.Client { return b.client }

func (b *persistentBackend) Close() error {
	b.client.Close()
	return errors.Join(b.beacon.Stop(), b.node.Close())
}
