package devnet

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/chain"
)

// state is what a devnet keeps in its data directory between runs: the keys
// it generated, the ports it chose (raft remembers its peers' addresses) and
// the token's address. Keys are generated at the first start and never leave
// the data directory (mode 0600).
type state struct {
	dir string

	Version      int               `json:"version"`
	Keys         map[string]string `json:"keys"` // name → hex private key
	Deployer     string            `json:"deployer"`
	Settlement   string            `json:"settlement"`
	Owner        string            `json:"owner"`
	Validators   []validatorState  `json:"validators"`
	Miners       []minerState      `json:"miners"`
	ChainRPCPort int               `json:"chain_rpc_port"`
	// Token is the token's address (also in Contracts).
	Token string `json:"token"`
	// Contracts are the deployment's addresses (empty in a state written
	// before the devnet deployed all four contracts).
	Contracts chain.Addresses `json:"contracts"`

	keys map[string]*keyPair
}

type validatorState struct {
	Key      string `json:"key"`
	RaftAddr string `json:"raft_addr"`
	HTTPAddr string `json:"http_addr"`
}

type minerState struct {
	Key    string `json:"key"`
	Axon   string `json:"axon"`
	Faulty bool   `json:"faulty"`
}

const stateFile = "devnet.json"

func (s *state) path(name string) string { return filepath.Join(s.dir, name) }

func (s *state) key(name string) *keyPair { return s.keys[name] }

// loadOrCreateState reads dir's devnet state, or creates it with fresh keys
// and free loopback ports. It reports whether it resumed.
func loadOrCreateState(dir string, cfg Config) (*state, bool, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, false, fmt.Errorf("devnet: data dir: %w", err)
	}
	data, err := os.ReadFile(filepath.Join(dir, stateFile))
	if err == nil {
		s := &state{dir: dir}
		if err := json.Unmarshal(data, s); err != nil {
			return nil, false, fmt.Errorf("devnet: %s: %w", stateFile, err)
		}
		if err := s.loadKeys(); err != nil {
			return nil, false, err
		}
		return s, true, nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return nil, false, fmt.Errorf("devnet: %w", err)
	}
	s := &state{dir: dir, Version: 1, Keys: map[string]string{}, keys: map[string]*keyPair{}}
	newKey := func(name string) (string, error) {
		k, err := crypto.GenerateKey()
		if err != nil {
			return "", err
		}
		s.Keys[name] = common.Bytes2Hex(crypto.FromECDSA(k))
		s.keys[name] = &keyPair{priv: k}
		return name, nil
	}
	for _, name := range []string{"deployer", "settlement", "owner"} {
		if _, err := newKey(name); err != nil {
			return nil, false, err
		}
	}
	s.Deployer, s.Settlement, s.Owner = "deployer", "settlement", "owner"
	if s.ChainRPCPort = cfg.ChainRPCPort; s.ChainRPCPort == 0 {
		if s.ChainRPCPort, err = freePort(); err != nil {
			return nil, false, err
		}
	}
	for i := range cfg.Validators {
		name, err := newKey(fmt.Sprintf("validator-%d", i))
		if err != nil {
			return nil, false, err
		}
		raftAddr, err := freeAddr()
		if err != nil {
			return nil, false, err
		}
		httpAddr, err := freeAddr()
		if err != nil {
			return nil, false, err
		}
		s.Validators = append(s.Validators, validatorState{Key: name, RaftAddr: raftAddr, HTTPAddr: httpAddr})
	}
	for i := range cfg.Miners + cfg.FaultyMiners {
		name, err := newKey(fmt.Sprintf("miner-%d", i))
		if err != nil {
			return nil, false, err
		}
		axon, err := freeAddr()
		if err != nil {
			return nil, false, err
		}
		s.Miners = append(s.Miners, minerState{Key: name, Axon: axon, Faulty: i >= cfg.Miners})
	}
	if err := s.save(); err != nil {
		return nil, false, err
	}
	return s, false, nil
}

func (s *state) loadKeys() error {
	s.keys = map[string]*keyPair{}
	for name, h := range s.Keys {
		k, err := crypto.HexToECDSA(h)
		if err != nil {
			return fmt.Errorf("devnet: %s: key %s: %w", stateFile, name, err)
		}
		s.keys[name] = &keyPair{priv: k}
	}
	for _, name := range append([]string{s.Deployer, s.Settlement, s.Owner}, s.names()...) {
		if s.keys[name] == nil {
			return fmt.Errorf("devnet: %s: key %q missing", stateFile, name)
		}
	}
	return nil
}

func (s *state) names() []string {
	var out []string
	for _, v := range s.Validators {
		out = append(out, v.Key)
	}
	for _, m := range s.Miners {
		out = append(out, m.Key)
	}
	return out
}

func (s *state) save() error {
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	tmp := s.path(stateFile + ".tmp")
	if err := os.WriteFile(tmp, data, 0o600); err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	return os.Rename(tmp, s.path(stateFile))
}

// contracts returns the devnet's contracts, deploying them when the chain
// has none at the remembered addresses (a first run): the token, the
// subnet registry (no lock to create a subnet), staking with a short
// unbonding period, and the emission contract, whose settler, slasher and
// pricer is the cluster's settlement key. The devnet's subnet is created
// on chain too, by its owner, so that the emission contract pays it.
func (s *state) contracts(ctx context.Context, sim *chain.Sim, subnet uint16) (*chain.Contracts, error) {
	if s.Contracts.Emission != (common.Address{}) {
		code, err := sim.Client().CodeAt(ctx, s.Contracts.Emission, nil)
		if err != nil {
			return nil, fmt.Errorf("devnet: %w", err)
		}
		if len(code) > 0 {
			return chain.NewContracts(sim.Client(), s.Contracts)
		}
	}
	if s.Token != "" && s.Contracts.Emission == (common.Address{}) {
		return nil, fmt.Errorf("devnet: %s holds a devnet of an older version (a token without the emission contract); start a new one in another directory", s.dir)
	}
	settlement := s.key(s.Settlement).addr()
	cfg := chain.DefaultDeployConfig()
	cfg.Settler, cfg.Slasher, cfg.Pricer = settlement, settlement, settlement
	cfg.SubnetLockCost, cfg.UnbondingBlocks = 0, 20
	c, err := chain.DeployContracts(ctx, sim.Client(), s.key(s.Deployer).priv, cfg)
	if err != nil {
		return nil, err
	}
	for {
		n, err := c.Registry.SubnetCount(ctx)
		if err != nil {
			return nil, err
		}
		if n >= subnet {
			break
		}
		if _, _, err := c.Registry.CreateSubnet(ctx, s.key(s.Owner).priv, 0); err != nil {
			return nil, fmt.Errorf("devnet: create subnet %d on chain: %w", n+1, err)
		}
	}
	s.Contracts = c.Addresses()
	s.Token = s.Contracts.Token.Hex()
	return c, s.save()
}

// freeAddr returns a free 127.0.0.1 address whose port is below Linux's
// ephemeral range (32768 and up), from which the kernel picks the local
// ports of outgoing connections: the devnet keeps its ports across runs,
// and a port from that range could be taken by some connection meanwhile,
// or between this check and the listen.
func freeAddr() (string, error) {
	for range 1000 {
		ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", 10_000+rand.IntN(22_000)))
		if err != nil {
			continue
		}
		defer ln.Close()
		return ln.Addr().String(), nil
	}
	return "", errors.New("devnet: no free loopback port between 10000 and 32000")
}

func freePort() (int, error) {
	a, err := freeAddr()
	if err != nil {
		return 0, err
	}
	addr, err := net.ResolveTCPAddr("tcp", a)
	if err != nil {
		return 0, err
	}
	return addr.Port, nil
}
