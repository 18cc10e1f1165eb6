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

// SlasherRole is Staking's SLASHER_ROLE, keccak256("SLASHER_ROLE").
var SlasherRole = crypto.Keccak256Hash([]byte("SLASHER_ROLE"))

// Staking is a client of a deployed Staking contract: tokens staked for a
// hotkey, unbonding before withdrawal, and slashing with evidence. It is
// safe for concurrent use; see Token for how nonces are chosen.
type Staking struct {
	contract
	binding *bindings.Staking
}

// Unbonding is a hotkey's unbonding amount and the first block at which
// its owner may withdraw it.
type Unbonding struct {
	Amount       *big.Int
	ReleaseBlock uint64
}

// NewStaking returns a client of the Staking contract at addr, with its own
// nonce state (NewContracts shares one between clients). It does not
// contact the chain.
func NewStaking(addr common.Address, backend Backend, opts ...Option) (*Staking, error) {
	s, err := newSender(backend, opts...)
	if err != nil {
		return nil, err
	}
	return newStaking(addr, s)
}

func newStaking(addr common.Address, s *sender) (*Staking, error) {
	c, err := newContract(addr, bindings.StakingMetaData, s)
	if err != nil {
		return nil, err
	}
	b, err := bindings.NewStaking(addr, s.backend)
	if err != nil {
		return nil, fmt.Errorf("chain: bind staking at %s: %w", addr, err)
	}
	return &Staking{contract: c, binding: b}, nil
}

// Address returns the contract's address.
func (st *Staking) Address() common.Address {
	return st.addr
}

// Stake stakes amount of key's tokens for hotkey (approve the Staking
// contract first, or use StakeWithPermit). The first stake opens the
// hotkey's position for key's account, which must be the hotkey itself or
// the coldkey that registered it (else ErrNotHotkeyOwner); later stakes
// must come from the same account. A zero amount returns an error matching
// ErrZeroAmount.
func (st *Staking) Stake(ctx context.Context, key *ecdsa.PrivateKey, hotkey common.Address, amount uint64) (common.Hash, error) {
	hash, _, err := st.transact(ctx, key, "stake", hotkey, bigU64(amount))
	if err != nil {
		return hash, fmt.Errorf("chain: stake %d for %s: %w", amount, hotkey, err)
	}
	return hash, nil
}

// StakeWithPermit is Stake with the transfer approved by permit, signed by
// the same key for the Staking contract with value amount
// (Token.SignPermit), in the same transaction.
func (st *Staking) StakeWithPermit(ctx context.Context, key *ecdsa.PrivateKey, hotkey common.Address, amount uint64, permit Permit) (common.Hash, error) {
	if permit.Value != amount || permit.Spender != st.addr || permit.Owner != crypto.PubkeyToAddress(key.PublicKey) {
		return common.Hash{}, fmt.Errorf("chain: stake %d for %s: the permit must be the sender's, for the staking contract, of value amount", amount, hotkey)
	}
	hash, _, err := st.transact(ctx, key, "stakeWithPermit", hotkey, bigU64(amount),
		bigU64(permit.Deadline), permit.V, permit.R, permit.S)
	if err != nil {
		return hash, fmt.Errorf("chain: stake %d for %s: %w", amount, hotkey, err)
	}
	return hash, nil
}

// Unstake moves amount of hotkey's stake into unbonding, signed by the
// position's owner; the whole unbonding amount becomes withdrawable after
// the contract's unbonding period, counted from this transaction's block.
// More than the stake returns an error matching ErrInsufficientStake.
func (st *Staking) Unstake(ctx context.Context, key *ecdsa.PrivateKey, hotkey common.Address, amount uint64) (common.Hash, error) {
	hash, _, err := st.transact(ctx, key, "unstake", hotkey, bigU64(amount))
	if err != nil {
		return hash, fmt.Errorf("chain: unstake %d from %s: %w", amount, hotkey, err)
	}
	return hash, nil
}

// Withdraw pays hotkey's unbonded tokens to the position's owner, who signs
// it. Before the release block it returns an error matching
// ErrStillUnbonding; with nothing unbonding ErrNothingToWithdraw.
func (st *Staking) Withdraw(ctx context.Context, key *ecdsa.PrivateKey, hotkey common.Address) (common.Hash, error) {
	hash, _, err := st.transact(ctx, key, "withdraw", hotkey)
	if err != nil {
		return hash, fmt.Errorf("chain: withdraw for %s: %w", hotkey, err)
	}
	return hash, nil
}

// Slash burns amount of hotkey's tokens, from its stake first and then from
// its unbonding amount, recording evidence (the hash of the proof of
// cheating) in the Slashed event. key must hold SLASHER_ROLE (else
// ErrUnauthorized); more than the stake and unbonding amount together
// returns an error matching ErrSlashExceedsStake.
func (st *Staking) Slash(ctx context.Context, key *ecdsa.PrivateKey, hotkey common.Address, amount uint64, evidence common.Hash) (common.Hash, error) {
	hash, _, err := st.transact(ctx, key, "slash", hotkey, bigU64(amount), [32]byte(evidence))
	if err != nil {
		return hash, fmt.Errorf("chain: slash %d from %s: %w", amount, hotkey, err)
	}
	return hash, nil
}

// Token returns the address of the token the contract stakes (the
// AgoraToken a permit for StakeWithPermit must be signed on).
func (st *Staking) Token(ctx context.Context) (common.Address, error) {
	a, err := st.binding.Token(&bind.CallOpts{Context: ctx})
	if err != nil {
		return common.Address{}, fmt.Errorf("chain: staking token: %w", err)
	}
	return a, nil
}

// StakeOf returns hotkey's stake (without unbonding tokens) as of the
// latest block.
func (st *Staking) StakeOf(ctx context.Context, hotkey common.Address) (*big.Int, error) {
	v, err := st.binding.StakeOf(&bind.CallOpts{Context: ctx}, hotkey)
	if err != nil {
		return nil, fmt.Errorf("chain: stake of %s: %w", hotkey, err)
	}
	return v, nil
}

// StakesAt returns the stakes of hotkeys as of block (nil: the latest), in
// one call: the cluster's snapshot at an epoch boundary.
func (st *Staking) StakesAt(ctx context.Context, hotkeys []common.Address, block *big.Int) ([]*big.Int, error) {
	v, err := st.binding.StakesOf(&bind.CallOpts{Context: ctx, BlockNumber: block}, hotkeys)
	if err != nil {
		return nil, fmt.Errorf("chain: stakes of %d hotkeys at block %v: %w", len(hotkeys), block, err)
	}
	return v, nil
}

// UnbondingOf returns hotkey's unbonding amount and release block.
func (st *Staking) UnbondingOf(ctx context.Context, hotkey common.Address) (Unbonding, error) {
	v, err := st.binding.UnbondingOf(&bind.CallOpts{Context: ctx}, hotkey)
	if err != nil {
		return Unbonding{}, fmt.Errorf("chain: unbonding of %s: %w", hotkey, err)
	}
	return Unbonding{Amount: v.Amount, ReleaseBlock: v.ReleaseBlock}, nil
}

// OwnerOf returns the owner of hotkey's position (zero when none is open).
func (st *Staking) OwnerOf(ctx context.Context, hotkey common.Address) (common.Address, error) {
	o, err := st.binding.OwnerOf(&bind.CallOpts{Context: ctx}, hotkey)
	if err != nil {
		return common.Address{}, fmt.Errorf("chain: owner of %s: %w", hotkey, err)
	}
	return o, nil
}

// UnbondingBlocks returns the contract's unbonding period in blocks.
func (st *Staking) UnbondingBlocks(ctx context.Context) (uint64, error) {
	n, err := st.binding.UnbondingBlocks(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, fmt.Errorf("chain: unbonding period: %w", err)
	}
	return n, nil
}

// StakeReader reads the Staking contract for the validator cluster's
// stake snapshots (validator.StakeSource), at blocks Confirmations below
// the head, which a reorg shallower than that cannot change.
type StakeReader struct {
	Staking       *Staking
	Backend       Backend
	Confirmations uint64
}

// SafeBlock is the head block less the confirmation depth (0 while the
// chain is shorter).
func (r *StakeReader) SafeBlock(ctx context.Context) (uint64, error) {
	head, err := r.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("chain: head: %w", err)
	}
	n := head.Number.Uint64()
	if n < r.Confirmations {
		return 0, nil
	}
	return n - r.Confirmations, nil
}

// StakesAt returns each hotkey's stake at block, in base units. A stake
// above 2^64 − 1 base units is an error.
func (r *StakeReader) StakesAt(ctx context.Context, block uint64, hotkeys []common.Address) ([]uint64, error) {
	out := make([]uint64, 0, len(hotkeys))
	for len(hotkeys) > 0 {
		part := hotkeys[:min(len(hotkeys), 512)]
		hotkeys = hotkeys[len(part):]
		vals, err := r.Staking.StakesAt(ctx, part, new(big.Int).SetUint64(block))
		if err != nil {
			return nil, err
		}
		for i, v := range vals {
			if !v.IsUint64() {
				return nil, fmt.Errorf("chain: stake of %s is %s base units, above 2^64 - 1", part[i].Hex(), v)
			}
			out = append(out, v.Uint64())
		}
	}
	return out, nil
}

// HasPosition reports whether hotkey has an owner on the contract at
// block: it has staked at some time.
func (r *StakeReader) HasPosition(ctx context.Context, block uint64, hotkey common.Address) (bool, error) {
	vals, err := r.Staking.call(ctx, new(big.Int).SetUint64(block), "ownerOf", hotkey)
	if err != nil {
		return false, fmt.Errorf("chain: ownerOf %s: %w", hotkey.Hex(), err)
	}
	owner, ok := vals[0].(common.Address)
	if !ok {
		return false, fmt.Errorf("chain: ownerOf %s: unexpected %T", hotkey.Hex(), vals[0])
	}
	return owner != (common.Address{}), nil
}
