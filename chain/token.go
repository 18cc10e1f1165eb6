package chain

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/chain/bindings"
)

// MinterRole is AgoraToken's MINTER_ROLE, keccak256("MINTER_ROLE").
var MinterRole = crypto.Keccak256Hash([]byte("MINTER_ROLE"))

// Token is a client of a deployed AgoraToken contract.
//
// A Token is safe for concurrent use. Transactions it sends from the same
// key get consecutive nonces even when sent from several goroutines: the
// nonce is the account's pending nonce, or the one after the last
// transaction sent through this Token (or the clients sharing its nonce
// state, see NewContracts) while the node has not counted that one yet. A
// key must therefore not send through another client or process at the
// same time.
type Token struct {
	contract
	binding *bindings.AgoraToken
}

// DeployToken deploys AgoraToken from key's account, granting MINTER_ROLE to
// minter (DEFAULT_ADMIN_ROLE goes to key's account), waits until the
// deployment is mined and returns the contract's address and a client of it.
// The token has no Emission contract, so it books no Merkle claims
// (DeployContracts deploys a token bound to its Emission contract). On the
// simulated chain the block comes from its timer (or an explicit Commit).
func DeployToken(ctx context.Context, backend Backend, key *ecdsa.PrivateKey, minter common.Address) (common.Address, *Token, error) {
	if minter == (common.Address{}) {
		return common.Address{}, nil, errors.New("chain: deploy token: zero minter address")
	}
	s, err := newSender(backend)
	if err != nil {
		return common.Address{}, nil, err
	}
	addr, tx, err := deployToken(ctx, s, key, minter, common.Address{})
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("chain: deploy token: %w", err)
	}
	if err := s.waitDeployed(ctx, key, addr, tx); err != nil {
		return common.Address{}, nil, fmt.Errorf("chain: deploy token: %w", err)
	}
	t, err := newToken(addr, s)
	if err != nil {
		return common.Address{}, nil, err
	}
	return addr, t, nil
}

// NewToken returns a client of the AgoraToken deployed at addr. It does not
// contact the chain; a wrong address shows in the first call.
func NewToken(addr common.Address, backend Backend, opts ...Option) (*Token, error) {
	s, err := newSender(backend, opts...)
	if err != nil {
		return nil, err
	}
	return newToken(addr, s)
}

func newToken(addr common.Address, s *sender) (*Token, error) {
	c, err := newContract(addr, bindings.AgoraTokenMetaData, s)
	if err != nil {
		return nil, err
	}
	b, err := bindings.NewAgoraToken(addr, s.backend)
	if err != nil {
		return nil, fmt.Errorf("chain: bind token at %s: %w", addr, err)
	}
	return &Token{contract: c, binding: b}, nil
}

// Address returns the token contract's address.
func (t *Token) Address() common.Address {
	return t.addr
}

// PayEpoch pays epoch of subnet: it mints amounts[i] base units to
// recipients[i] in one transaction signed by key, which must hold
// MINTER_ROLE, and waits until it is mined. It returns the transaction's
// hash.
//
// The call is simulated first, so a transaction that would revert is not
// sent: an epoch not newer than LastPaidEpoch(subnet) returns an error
// matching ErrEpochAlreadyPaid, a key without the role one matching
// ErrNotMinter, any other revert a *RevertError matching ErrReverted. A
// transaction that was sent but failed on chain (another payment of the
// same epoch got in first, say) returns its hash with such an error, the
// reason found by replaying the call on the block that included it.
func (t *Token) PayEpoch(ctx context.Context, key *ecdsa.PrivateKey, subnet uint16, epoch uint64, recipients []common.Address, amounts []uint64) (common.Hash, error) {
	if len(recipients) != len(amounts) {
		return common.Hash{}, fmt.Errorf("chain: pay epoch %d of subnet %d: %d recipients but %d amounts",
			epoch, subnet, len(recipients), len(amounts))
	}
	values := make([]*big.Int, len(amounts))
	for i, a := range amounts {
		values[i] = bigU64(a)
	}
	hash, _, err := t.transact(ctx, key, "payEpoch", subnet, epoch, recipients, values)
	if err != nil {
		return hash, fmt.Errorf("chain: pay epoch %d of subnet %d: %w", epoch, subnet, err)
	}
	return hash, nil
}

// Transfer sends amount base units from key's account to `to` and waits
// until the transfer is mined.
func (t *Token) Transfer(ctx context.Context, key *ecdsa.PrivateKey, to common.Address, amount uint64) (common.Hash, error) {
	hash, _, err := t.transact(ctx, key, "transfer", to, bigU64(amount))
	if err != nil {
		return hash, fmt.Errorf("chain: transfer %d to %s: %w", amount, to, err)
	}
	return hash, nil
}

// Approve lets spender (the Staking or SubnetRegistry contract, say) spend
// amount base units of key's account, replacing any earlier allowance.
func (t *Token) Approve(ctx context.Context, key *ecdsa.PrivateKey, spender common.Address, amount uint64) (common.Hash, error) {
	hash, _, err := t.transact(ctx, key, "approve", spender, bigU64(amount))
	if err != nil {
		return hash, fmt.Errorf("chain: approve %d for %s: %w", amount, spender, err)
	}
	return hash, nil
}

// Allowance returns what spender may still spend of owner's tokens.
func (t *Token) Allowance(ctx context.Context, owner, spender common.Address) (*big.Int, error) {
	v, err := t.callBig(ctx, nil, "allowance", owner, spender)
	if err != nil {
		return nil, fmt.Errorf("chain: allowance of %s for %s: %w", owner, spender, err)
	}
	return v, nil
}

// TotalSupply returns the number of base units in existence.
func (t *Token) TotalSupply(ctx context.Context) (*big.Int, error) {
	v, err := t.callBig(ctx, nil, "totalSupply")
	if err != nil {
		return nil, fmt.Errorf("chain: total supply: %w", err)
	}
	return v, nil
}

// HasRole reports whether account holds role (MinterRole, say) on the token.
func (t *Token) HasRole(ctx context.Context, role common.Hash, account common.Address) (bool, error) {
	ok, err := t.binding.HasRole(&bind.CallOpts{Context: ctx}, role, account)
	if err != nil {
		return false, fmt.Errorf("chain: token role %s of %s: %w", role, account, err)
	}
	return ok, nil
}

// Permit is an EIP-2612 permit: Owner's signature allowing Spender to spend
// Value of its tokens until Deadline (unix seconds). SubnetRegistry's
// registerWithPermit and Staking's stakeWithPermit take one, so a coldkey
// approves and acts in one transaction.
type Permit struct {
	Owner    common.Address
	Spender  common.Address
	Value    uint64
	Deadline uint64
	V        uint8
	R, S     [32]byte
}

// permitTypeHash is EIP-2612's Permit struct type hash.
var permitTypeHash = crypto.Keccak256Hash([]byte("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"))

// DomainSeparator returns the token's EIP-712 domain separator, computed
// from its name ("Agora"), version ("1"), the chain ID and its address; it
// equals the contract's DOMAIN_SEPARATOR().
func (t *Token) DomainSeparator(ctx context.Context) (common.Hash, error) {
	chainID, err := t.s.chainIDOf(ctx)
	if err != nil {
		return common.Hash{}, fmt.Errorf("chain: domain separator: %w", err)
	}
	typeHash := crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	return crypto.Keccak256Hash(
		typeHash[:],
		crypto.Keccak256([]byte("Agora")),
		crypto.Keccak256([]byte("1")),
		common.BigToHash(chainID).Bytes(),
		common.BytesToHash(t.addr[:]).Bytes(),
	), nil
}

// SignPermit signs, with the owner's key, a permit for spender to spend
// value of the owner's tokens until deadline (unix seconds). It reads the
// owner's permit nonce, so the permit is valid until another permit of the
// owner is used first.
func (t *Token) SignPermit(ctx context.Context, owner *ecdsa.PrivateKey, spender common.Address, value, deadline uint64) (Permit, error) {
	from := crypto.PubkeyToAddress(owner.PublicKey)
	nonce, err := t.callBig(ctx, nil, "nonces", from)
	if err != nil {
		return Permit{}, fmt.Errorf("chain: sign permit: nonce of %s: %w", from, err)
	}
	domain, err := t.DomainSeparator(ctx)
	if err != nil {
		return Permit{}, err
	}
	var v, d [32]byte
	binary.BigEndian.PutUint64(v[24:], value)
	binary.BigEndian.PutUint64(d[24:], deadline)
	structHash := crypto.Keccak256Hash(
		permitTypeHash[:],
		common.BytesToHash(from[:]).Bytes(),
		common.BytesToHash(spender[:]).Bytes(),
		v[:],
		common.BigToHash(nonce).Bytes(),
		d[:],
	)
	digest := crypto.Keccak256([]byte{0x19, 0x01}, domain[:], structHash[:])
	sig, err := crypto.Sign(digest, owner)
	if err != nil {
		return Permit{}, fmt.Errorf("chain: sign permit: %w", err)
	}
	p := Permit{Owner: from, Spender: spender, Value: value, Deadline: deadline, V: sig[64] + 27}
	copy(p.R[:], sig[:32])
	copy(p.S[:], sig[32:64])
	return p, nil
}

// deployToken sends AgoraToken's creation without waiting: minter gets
// MINTER_ROLE, and emission (zero for none) is the only caller of payClaim.
func deployToken(ctx context.Context, s *sender, key *ecdsa.PrivateKey, minter, emission common.Address) (common.Address, *types.Transaction, error) {
	return deployWith(ctx, s, key, bindings.AgoraTokenMetaData, minter, emission)
}

// LastPaidEpoch returns the last epoch of subnet the contract paid, 0 if
// none, as of the latest block.
func (t *Token) LastPaidEpoch(ctx context.Context, subnet uint16) (uint64, error) {
	e, err := t.binding.LastPaidEpoch(&bind.CallOpts{Context: ctx}, subnet)
	if err != nil {
		return 0, fmt.Errorf("chain: last paid epoch of subnet %d: %w", subnet, err)
	}
	return e, nil
}

// EpochTx returns the hash of the transaction that paid epoch of subnet,
// found through the contract's EpochPaid event; ok is false if the epoch
// has not been paid. It searches the logs from genesis, which suits the
// embedded chain; a public node may limit the range of a log query.
func (t *Token) EpochTx(ctx context.Context, subnet uint16, epoch uint64) (hash common.Hash, ok bool, err error) {
	it, err := t.binding.FilterEpochPaid(&bind.FilterOpts{Context: ctx}, []uint16{subnet}, []uint64{epoch})
	if err != nil {
		return common.Hash{}, false, fmt.Errorf("chain: find payment of epoch %d of subnet %d: %w", epoch, subnet, err)
	}
	defer it.Close()
	for it.Next() {
		if it.Event.Raw.Removed {
			continue
		}
		return it.Event.Raw.TxHash, true, nil
	}
	if err := it.Error(); err != nil {
		return common.Hash{}, false, fmt.Errorf("chain: find payment of epoch %d of subnet %d: %w", epoch, subnet, err)
	}
	return common.Hash{}, false, nil
}

// BalanceOf returns addr's token balance in base units (9 decimals).
func (t *Token) BalanceOf(ctx context.Context, addr common.Address) (*big.Int, error) {
	b, err := t.binding.BalanceOf(&bind.CallOpts{Context: ctx}, addr)
	if err != nil {
		return nil, fmt.Errorf("chain: balance of %s: %w", addr, err)
	}
	return b, nil
}

// Symbol returns the token's symbol, "AGR".
func (t *Token) Symbol(ctx context.Context) (string, error) {
	s, err := t.binding.Symbol(&bind.CallOpts{Context: ctx})
	if err != nil {
		return "", fmt.Errorf("chain: token symbol: %w", err)
	}
	return s, nil
}

// Decimals returns the token's decimals, 9.
func (t *Token) Decimals(ctx context.Context) (uint8, error) {
	d, err := t.binding.Decimals(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, fmt.Errorf("chain: token decimals: %w", err)
	}
	return d, nil
}
