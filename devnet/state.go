package devnet

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"net"
	"os"
	"path/filepath"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/chain"
	"github.com/agora-net/agora/miner"
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
	// Slasher holds the Staking contract's SLASHER_ROLE; Staking is the
	// contract's address (also in Contracts).
	Slasher string `json:"slasher,omitempty"`
	Staking string `json:"staking,omitempty"`

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
	// Name, Behaviour and Subnets are the miner's entry of the
	// configuration (empty Subnets: all the devnet's subnets). A state
	// written before they existed reads as miner-<i>, honest or (Faulty)
	// wrong-model, on every subnet.
	Name      string   `json:"name,omitempty"`
	Behaviour string   `json:"behaviour,omitempty"`
	Subnets   []uint16 `json:"subnets,omitempty"`
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
		if err := s.upgrade(); err != nil {
			return nil, false, err
		}
		return s, true, nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return nil, false, fmt.Errorf("devnet: %w", err)
	}
	s := &state{dir: dir, Version: 1, Keys: map[string]string{}, keys: map[string]*keyPair{}}
	var pick portPicker
	defer pick.release()
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
		if s.ChainRPCPort, err = pick.port(); err != nil {
			return nil, false, err
		}
	}
	for i := range cfg.Validators {
		name, err := newKey(fmt.Sprintf("validator-%d", i))
		if err != nil {
			return nil, false, err
		}
		raftAddr, err := pick.addr()
		if err != nil {
			return nil, false, err
		}
		httpAddr, err := pick.addr()
		if err != nil {
			return nil, false, err
		}
		s.Validators = append(s.Validators, validatorState{Key: name, RaftAddr: raftAddr, HTTPAddr: httpAddr})
	}
	for i, m := range cfg.minerSpecs() {
		name, err := newKey(fmt.Sprintf("miner-%d", i))
		if err != nil {
			return nil, false, err
		}
		axon, err := pick.addr()
		if err != nil {
			return nil, false, err
		}
		s.Miners = append(s.Miners, minerState{Key: name, Axon: axon, Faulty: m.Behaviour == miner.WrongModel,
			Name: m.Name, Behaviour: m.Behaviour.String(), Subnets: m.Subnets})
	}
	if _, err := newKey("slasher"); err != nil {
		return nil, false, err
	}
	s.Slasher = "slasher"
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
	names := append([]string{s.Deployer, s.Settlement, s.Owner}, s.names()...)
	if s.Slasher != "" {
		names = append(names, s.Slasher)
	}
	for _, name := range names {
		if s.keys[name] == nil {
			return fmt.Errorf("devnet: %s: key %q missing", stateFile, name)
		}
	}
	return nil
}

// upgrade fills in what a state written by an earlier version lacks: the
// slasher key and the miners' names and behaviours.
func (s *state) upgrade() error {
	changed := false
	if s.Slasher == "" {
		k, err := crypto.GenerateKey()
		if err != nil {
			return err
		}
		s.Slasher, s.Keys["slasher"], s.keys["slasher"] = "slasher", common.Bytes2Hex(crypto.FromECDSA(k)), &keyPair{priv: k}
		changed = true
	}
	for i := range s.Miners {
		m := &s.Miners[i]
		if m.Name == "" {
			m.Name, changed = fmt.Sprintf("miner-%d", i), true
		}
		if m.Behaviour == "" {
			m.Behaviour, changed = miner.Honest.String(), true
			if m.Faulty {
				m.Behaviour = miner.WrongModel.String()
			}
		}
		if _, err := miner.ParseBehaviour(m.Behaviour); err != nil {
			return fmt.Errorf("devnet: %s: miner %s: %w", stateFile, m.Name, err)
		}
	}
	if changed {
		return s.save()
	}
	return nil
}

// chainAccounts are the accounts the chain funds with ether at genesis:
// the deployer, the settlement and slasher keys, and the miners (who stake).
func (s *state) chainAccounts() []common.Address {
	var out []common.Address
	for _, name := range slices.Sorted(maps.Keys(s.keys)) {
		out = append(out, s.key(name).addr())
	}
	return out
}

// nameOf returns the configured name of a hotkey: a miner's name or
// "validator-<i>"; "" when it is none of the devnet's.
func (s *state) nameOf(a common.Address) string {
	for _, m := range s.Miners {
		if s.key(m.Key).addr() == a {
			return m.Name
		}
	}
	for _, v := range s.Validators {
		if s.key(v.Key).addr() == a {
			return v.Key
		}
	}
	return ""
}

// behaviourOf returns a miner's behaviour by hotkey ("" for others).
func (s *state) behaviourOf(a common.Address) string {
	for _, m := range s.Miners {
		if s.key(m.Key).addr() == a {
			return m.Behaviour
		}
	}
	return ""
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
// subnet registry (no lock to create a subnet), staking (whose slasher is
// the devnet's slasher key) and the emission contract, whose settler and
// pricer is the cluster's settlement key. Subnets 1..subnets are created
// on chain too, by the owner, so that the emission contract pays them.
func (s *state) contracts(ctx context.Context, sim *chain.Sim, subnets uint16) (*chain.Contracts, error) {
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
	cfg.Settler, cfg.Slasher, cfg.Pricer = settlement, s.key(s.Slasher).addr(), settlement
	cfg.SubnetLockCost, cfg.UnbondingBlocks = 0, stakingUnbondingBlocks
	c, err := chain.DeployContracts(ctx, sim.Client(), s.key(s.Deployer).priv, cfg)
	if err != nil {
		return nil, err
	}
	for {
		n, err := c.Registry.SubnetCount(ctx)
		if err != nil {
			return nil, err
		}
		if n >= subnets {
			break
		}
		if _, _, err := c.Registry.CreateSubnet(ctx, s.key(s.Owner).priv, 0); err != nil {
			return nil, fmt.Errorf("devnet: create subnet %d on chain: %w", n+1, err)
		}
	}
	s.Contracts = c.Addresses()
	s.Token, s.Staking = s.Contracts.Token.Hex(), s.Contracts.Staking.Hex()
	return c, s.save()
}

// portPicker picks free loopback ports, holding each open until release
// so that it never hands out the same port twice.
type portPicker struct{ held []net.Listener }

// addr picks a free 127.0.0.1 address whose port is below Linux's
// ephemeral range (32768 and up), from which the kernel picks the local
// ports of outgoing connections: the devnet keeps its ports across runs,
// and a port from that range could be taken by some connection meanwhile.
func (p *portPicker) addr() (string, error) {
	for range 1000 {
		ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", 10_000+rand.IntN(22_000)))
		if err != nil {
			continue
		}
		p.held = append(p.held, ln)
		return ln.Addr().String(), nil
	}
	return "", errors.New("devnet: no free loopback port between 10000 and 32000")
}

func (p *portPicker) port() (int, error) {
	a, err := p.addr()
	if err != nil {
		return 0, err
	}
	addr, err := net.ResolveTCPAddr("tcp", a)
	if err != nil {
		return 0, err
	}
	return addr.Port, nil
}

func (p *portPicker) release() {
	for _, ln := range p.held {
		_ = ln.Close()
	}
	p.held = nil
}
