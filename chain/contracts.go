package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/chain/bindings"
)

// Contracts holds clients of a full Agora deployment. The clients share one
// nonce state, so one key may send through several of them at once.
type Contracts struct {
	Token    *Token
	Registry *Registry
	Staking  *Staking
	Emission *Emission
}

// Addresses are the contracts of a deployment.
type Addresses struct {
	Token    common.Address `json:"token"`
	Registry common.Address `json:"registry"`
	Staking  common.Address `json:"staking"`
	Emission common.Address `json:"emission"`
}

// DeployConfig configures DeployContracts. The three role holders are
// required; the rest has defaults (DefaultDeployConfig).
type DeployConfig struct {
	// Settler gets Emission's SETTLER_ROLE: settle and distribute (the
	// cluster's settlement key).
	Settler common.Address
	// Slasher gets Staking's SLASHER_ROLE.
	Slasher common.Address
	// Pricer gets SubnetRegistry's PRICE_ROLE: set registration prices.
	Pricer common.Address
	// UnbondingBlocks is the number of blocks between an unstake and the
	// withdrawal it allows.
	UnbondingBlocks uint64
	// SubnetLockCost is what creating a subnet locks of the owner's tokens.
	SubnetLockCost uint64
	// RegistrationPrice is the registration price a new subnet starts at.
	RegistrationPrice uint64
}

// DefaultDeployConfig returns a configuration without role holders (fill
// them in), an unbonding period of 7,200 blocks (a day of 12-second
// blocks), a subnet lock cost of 100 tokens and a first registration price
// of 1 token (subtensor's default burn).
func DefaultDeployConfig() DeployConfig {
	return DeployConfig{
		UnbondingBlocks:   7200,
		SubnetLockCost:    100_000_000_000,
		RegistrationPrice: 1_000_000_000,
	}
}

// Validate reports a configuration DeployContracts cannot use.
func (c DeployConfig) Validate() error {
	switch {
	case c.Settler == (common.Address{}):
		return errors.New("chain: deploy config: zero settler address")
	case c.Slasher == (common.Address{}):
		return errors.New("chain: deploy config: zero slasher address")
	case c.Pricer == (common.Address{}):
		return errors.New("chain: deploy config: zero pricer address")
	}
	return nil
}

// DeployContracts deploys AgoraToken, SubnetRegistry, Staking and Emission
// from key's account (which becomes every contract's admin), waits until
// all four are mined, and returns clients of them. The token's only minter,
// and the only caller of its payClaim, is the Emission contract: its address
// is known before it exists (it follows from the deployer's address and
// nonce), so the token is created with it (and Emission's constructor checks
// the token names it) and no key ever holds MINTER_ROLE. The key must not
// send anything else meanwhile.
func DeployContracts(ctx context.Context, backend Backend, key *ecdsa.PrivateKey, cfg DeployConfig, opts ...Option) (*Contracts, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	s, err := newSender(backend, opts...)
	if err != nil {
		return nil, err
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	s.mu.Lock()
	first, err := s.nonce(ctx, from)
	s.mu.Unlock()
	if err != nil {
		return nil, fmt.Errorf("chain: deploy contracts: %w", err)
	}
	// Sent in this order, with consecutive nonces.
	emission := crypto.CreateAddress(from, first+3)

	type deployed struct {
		name string
		addr common.Address
		tx   *types.Transaction
	}
	var sent []deployed
	send := func(name string, addr common.Address, tx *types.Transaction, err error) error {
		if err != nil {
			return fmt.Errorf("chain: deploy %s: %w", name, err)
		}
		if want := first + uint64(len(sent)); tx.Nonce() != want {
			return fmt.Errorf("chain: deploy %s: nonce %d, want %d: the deployer key sent something else meanwhile", name, tx.Nonce(), want)
		}
		sent = append(sent, deployed{name, addr, tx})
		return nil
	}
	tokenAddr, tx, err := deployToken(ctx, s, key, emission, emission)
	if err := send("token", tokenAddr, tx, err); err != nil {
		return nil, err
	}
	registry, tx, err := deployWith(ctx, s, key, bindings.SubnetRegistryMetaData,
		tokenAddr, cfg.Pricer, bigU64(cfg.SubnetLockCost), bigU64(cfg.RegistrationPrice))
	if err := send("registry", registry, tx, err); err != nil {
		return nil, err
	}
	staking, tx, err := deployWith(ctx, s, key, bindings.StakingMetaData, tokenAddr, registry, cfg.Slasher, cfg.UnbondingBlocks)
	if err := send("staking", staking, tx, err); err != nil {
		return nil, err
	}
	emissionAddr, tx, err := deployWith(ctx, s, key, bindings.EmissionMetaData, tokenAddr, registry, cfg.Settler)
	if err := send("emission", emissionAddr, tx, err); err != nil {
		return nil, err
	}
	if emissionAddr != emission {
		return nil, fmt.Errorf("chain: deploy contracts: emission at %s, predicted %s", emissionAddr, emission)
	}
	for _, d := range sent {
		if err := s.waitDeployed(ctx, key, d.addr, d.tx); err != nil {
			return nil, fmt.Errorf("chain: deploy %s: %w", d.name, err)
		}
	}
	return newContracts(s, Addresses{Token: tokenAddr, Registry: registry, Staking: staking, Emission: emissionAddr})
}

// NewContracts returns clients of the deployment at addrs sharing one nonce
// state. It does not contact the chain.
func NewContracts(backend Backend, addrs Addresses, opts ...Option) (*Contracts, error) {
	s, err := newSender(backend, opts...)
	if err != nil {
		return nil, err
	}
	return newContracts(s, addrs)
}

func newContracts(s *sender, a Addresses) (*Contracts, error) {
	t, err := newToken(a.Token, s)
	if err != nil {
		return nil, err
	}
	r, err := newRegistry(a.Registry, s)
	if err != nil {
		return nil, err
	}
	st, err := newStaking(a.Staking, s)
	if err != nil {
		return nil, err
	}
	e, err := newEmission(a.Emission, s)
	if err != nil {
		return nil, err
	}
	return &Contracts{Token: t, Registry: r, Staking: st, Emission: e}, nil
}

// Addresses returns the contracts' addresses.
func (c *Contracts) Addresses() Addresses {
	return Addresses{Token: c.Token.addr, Registry: c.Registry.addr, Staking: c.Staking.addr, Emission: c.Emission.addr}
}

// deployWith sends the creation of the contract meta describes with the
// constructor arguments args, without waiting.
func deployWith(ctx context.Context, s *sender, key *ecdsa.PrivateKey, meta *bind.MetaData, args ...any) (common.Address, *types.Transaction, error) {
	parsed, err := meta.GetAbi()
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("parse abi: %w", err)
	}
	packed, err := parsed.Pack("", args...)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("pack constructor arguments: %w", err)
	}
	return s.deploy(ctx, key, common.FromHex(meta.Bin), packed)
}
