package chain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/chain/bindings"
)

// PriceRole is SubnetRegistry's PRICE_ROLE, keccak256("PRICE_ROLE").
var PriceRole = crypto.Keccak256Hash([]byte("PRICE_ROLE"))

// Registry is a client of a deployed SubnetRegistry contract: subnet
// creation (which locks the owner's tokens), registration of hotkeys (which
// burns the subnet's price, paid by the coldkey), and the events the
// cluster reads. It is safe for concurrent use; see Token for how nonces
// are chosen.
type Registry struct {
	contract
	binding *bindings.SubnetRegistry
}

// SubnetInfo is a subnet as the registry holds it.
type SubnetInfo struct {
	// Owner is the coldkey that created the subnet.
	Owner common.Address
	// Locked is the amount of the owner's tokens the creation locked.
	Locked *big.Int
	// RegistrationPrice is what a registration burns now.
	RegistrationPrice *big.Int
}

// SubnetCreated is a SubnetCreated event.
type SubnetCreated struct {
	Subnet            uint16
	Owner             common.Address
	Locked            *big.Int
	RegistrationPrice *big.Int
	Log               LogPosition
}

// Registration is a Registered event: Coldkey burned Burned to register
// Hotkey on Subnet.
type Registration struct {
	Subnet  uint16
	Hotkey  common.Address
	Coldkey common.Address
	Burned  *big.Int
	Log     LogPosition
}

// LogPosition locates an event on chain; (Block, Index) orders events and
// identifies each once, for ingesting them exactly once.
type LogPosition struct {
	Block  uint64
	Index  uint
	TxHash common.Hash
}

// NewRegistry returns a client of the SubnetRegistry at addr, with its own
// nonce state (NewContracts shares one between clients). It does not
// contact the chain.
func NewRegistry(addr common.Address, backend Backend, opts ...Option) (*Registry, error) {
	s, err := newSender(backend, opts...)
	if err != nil {
		return nil, err
	}
	return newRegistry(addr, s)
}

func newRegistry(addr common.Address, s *sender) (*Registry, error) {
	c, err := newContract(addr, bindings.SubnetRegistryMetaData, s)
	if err != nil {
		return nil, err
	}
	b, err := bindings.NewSubnetRegistry(addr, s.backend)
	if err != nil {
		return nil, fmt.Errorf("chain: bind registry at %s: %w", addr, err)
	}
	return &Registry{contract: c, binding: b}, nil
}

// Address returns the contract's address.
func (r *Registry) Address() common.Address {
	return r.addr
}

// CreateSubnet creates a subnet owned by key's account, locking the
// current subnet lock cost of its tokens (approve the registry first), and
// returns the new subnet's id. A lock cost above maxLock returns an error
// matching ErrPriceAboveMax.
func (r *Registry) CreateSubnet(ctx context.Context, key *ecdsa.PrivateKey, maxLock uint64) (uint16, common.Hash, error) {
	hash, receipt, err := r.transact(ctx, key, "createSubnet", bigU64(maxLock))
	if err != nil {
		return 0, hash, fmt.Errorf("chain: create subnet: %w", err)
	}
	for _, l := range receipt.Logs {
		if ev, err := r.binding.ParseSubnetCreated(*l); err == nil && l.Address == r.addr {
			return ev.Subnet, hash, nil
		}
	}
	return 0, hash, fmt.Errorf("chain: create subnet: tx %s has no SubnetCreated event", hash)
}

// Register registers hotkey on subnet for key's account (the coldkey),
// burning the subnet's registration price from it (approve the registry
// first, or use RegisterWithPermit). A price above maxPrice returns an
// error matching ErrPriceAboveMax; a hotkey another coldkey registered
// first ErrNotHotkeyOwner; an unknown subnet ErrUnknownSubnet.
func (r *Registry) Register(ctx context.Context, key *ecdsa.PrivateKey, subnet uint16, hotkey common.Address, maxPrice uint64) (common.Hash, error) {
	hash, _, err := r.transact(ctx, key, "register", subnet, hotkey, bigU64(maxPrice))
	if err != nil {
		return hash, fmt.Errorf("chain: register %s on subnet %d: %w", hotkey, subnet, err)
	}
	return hash, nil
}

// RegisterWithPermit is Register with the burn approved by permit, signed
// by the same key for the registry with value maxPrice (Token.SignPermit),
// in the same transaction.
func (r *Registry) RegisterWithPermit(ctx context.Context, key *ecdsa.PrivateKey, subnet uint16, hotkey common.Address, maxPrice uint64, permit Permit) (common.Hash, error) {
	if permit.Value != maxPrice || permit.Spender != r.addr || permit.Owner != crypto.PubkeyToAddress(key.PublicKey) {
		return common.Hash{}, fmt.Errorf("chain: register %s on subnet %d: the permit must be the sender's, for the registry, of value maxPrice", hotkey, subnet)
	}
	hash, _, err := r.transact(ctx, key, "registerWithPermit", subnet, hotkey, bigU64(maxPrice),
		bigU64(permit.Deadline), permit.V, permit.R, permit.S)
	if err != nil {
		return hash, fmt.Errorf("chain: register %s on subnet %d: %w", hotkey, subnet, err)
	}
	return hash, nil
}

// SetRegistrationPrice sets subnet's registration price, signed by key
// (which must hold PRICE_ROLE).
func (r *Registry) SetRegistrationPrice(ctx context.Context, key *ecdsa.PrivateKey, subnet uint16, price uint64) (common.Hash, error) {
	hash, _, err := r.transact(ctx, key, "setRegistrationPrice", subnet, bigU64(price))
	if err != nil {
		return hash, fmt.Errorf("chain: set registration price of subnet %d: %w", subnet, err)
	}
	return hash, nil
}

// SetSubnetTerms sets the lock cost and first registration price of
// subnets created from now on, signed by key (the admin).
func (r *Registry) SetSubnetTerms(ctx context.Context, key *ecdsa.PrivateKey, lockCost, registrationPrice uint64) (common.Hash, error) {
	hash, _, err := r.transact(ctx, key, "setSubnetTerms", bigU64(lockCost), bigU64(registrationPrice))
	if err != nil {
		return hash, fmt.Errorf("chain: set subnet terms: %w", err)
	}
	return hash, nil
}

// Subnet returns subnet's owner, locked amount and registration price; an
// unknown subnet returns an error matching ErrUnknownSubnet.
func (r *Registry) Subnet(ctx context.Context, subnet uint16) (SubnetInfo, error) {
	vals, err := r.call(ctx, nil, "subnetInfo", subnet)
	if err != nil {
		return SubnetInfo{}, fmt.Errorf("chain: subnet %d: %w", subnet, err)
	}
	return SubnetInfo{Owner: vals[0].(common.Address), Locked: vals[1].(*big.Int), RegistrationPrice: vals[2].(*big.Int)}, nil
}

// SubnetCount returns the number of subnets created (ids 1 to it).
func (r *Registry) SubnetCount(ctx context.Context) (uint16, error) {
	n, err := r.binding.SubnetCount(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, fmt.Errorf("chain: subnet count: %w", err)
	}
	return n, nil
}

// ColdkeyOf returns the coldkey that owns hotkey (zero if none registered it).
func (r *Registry) ColdkeyOf(ctx context.Context, hotkey common.Address) (common.Address, error) {
	c, err := r.binding.ColdkeyOf(&bind.CallOpts{Context: ctx}, hotkey)
	if err != nil {
		return common.Address{}, fmt.Errorf("chain: coldkey of %s: %w", hotkey, err)
	}
	return c, nil
}

// SubnetsCreated returns the SubnetCreated events of blocks from to to
// (inclusive; to nil means the latest block), in chain order.
func (r *Registry) SubnetsCreated(ctx context.Context, from uint64, to *uint64) ([]SubnetCreated, error) {
	it, err := r.binding.FilterSubnetCreated(&bind.FilterOpts{Context: ctx, Start: from, End: to}, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("chain: subnet creations: %w", err)
	}
	defer it.Close()
	var out []SubnetCreated
	for it.Next() {
		ev := it.Event
		if ev.Raw.Removed {
			continue
		}
		out = append(out, SubnetCreated{Subnet: ev.Subnet, Owner: ev.Owner, Locked: ev.Locked,
			RegistrationPrice: ev.RegistrationPrice, Log: LogPosition{ev.Raw.BlockNumber, ev.Raw.Index, ev.Raw.TxHash}})
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("chain: subnet creations: %w", err)
	}
	return out, nil
}

// Registrations returns the Registered events of blocks from to to
// (inclusive; to nil means the latest block), in chain order.
func (r *Registry) Registrations(ctx context.Context, from uint64, to *uint64) ([]Registration, error) {
	it, err := r.binding.FilterRegistered(&bind.FilterOpts{Context: ctx, Start: from, End: to}, nil, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("chain: registrations: %w", err)
	}
	defer it.Close()
	var out []Registration
	for it.Next() {
		ev := it.Event
		if ev.Raw.Removed {
			continue
		}
		out = append(out, Registration{Subnet: ev.Subnet, Hotkey: ev.Hotkey, Coldkey: ev.Coldkey, Burned: ev.Burned,
			Log: LogPosition{ev.Raw.BlockNumber, ev.Raw.Index, ev.Raw.TxHash}})
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("chain: registrations: %w", err)
	}
	return out, nil
}
