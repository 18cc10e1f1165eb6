package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/chain/bindings"
)

// SettlerRole is Emission's SETTLER_ROLE, keccak256("SETTLER_ROLE").
var SettlerRole = crypto.Keccak256Hash([]byte("SETTLER_ROLE"))

// Emission is a client of a deployed Emission contract, which pays each
// subnet's epochs exactly once: settled as the root of one Merkle tree of
// every account's cumulative earnings across all subnets, which accounts
// claim (Settle, Claim), or pushed straight to the recipients (Distribute).
// Both modes share the subnet's epoch counter (LastSettledEpoch); the tree
// and its roots are global (Roots). It is safe for concurrent use; see Token
// for how nonces are chosen.
type Emission struct {
	contract
	binding *bindings.Emission
}

// NewEmission returns a client of the Emission contract at addr, with its
// own nonce state (NewContracts shares one between clients). It does not
// contact the chain.
func NewEmission(addr common.Address, backend Backend, opts ...Option) (*Emission, error) {
	s, err := newSender(backend, opts...)
	if err != nil {
		return nil, err
	}
	return newEmission(addr, s)
}

func newEmission(addr common.Address, s *sender) (*Emission, error) {
	c, err := newContract(addr, bindings.EmissionMetaData, s)
	if err != nil {
		return nil, err
	}
	b, err := bindings.NewEmission(addr, s.backend)
	if err != nil {
		return nil, fmt.Errorf("chain: bind emission at %s: %w", addr, err)
	}
	return &Emission{contract: c, binding: b}, nil
}

// Address returns the contract's address.
func (e *Emission) Address() common.Address {
	return e.addr
}

// Domain returns the Merkle domain of this contract's tree
// (NewMerkleTree's first argument): the chain's id and the contract's
// address.
func (e *Emission) Domain(ctx context.Context) (MerkleDomain, error) {
	id, err := e.s.chainIDOf(ctx)
	if err != nil {
		return MerkleDomain{}, fmt.Errorf("chain: merkle domain: %w", err)
	}
	if !id.IsUint64() {
		return MerkleDomain{}, fmt.Errorf("chain: merkle domain: chain id %v does not fit 64 bits", id)
	}
	return MerkleDomain{ChainID: id.Uint64(), Emission: e.addr}, nil
}

// Settle settles epoch of subnet in Merkle mode, signed by key (which must
// hold SETTLER_ROLE): root, the root of the tree of every account's
// cumulative earnings across all subnets (NewMerkleTree over Domain),
// becomes the current root, the old one staying valid as the previous root
// (a root equal to the current one changes neither); total, what the
// cumulative amounts grew by since the last settlement of any subnet, is
// minted into the contract. It waits until the transaction is mined and
// returns its hash.
//
// An epoch not newer than LastSettledEpoch(subnet) returns an error
// matching ErrEpochAlreadySettled (before anything is sent when the chain
// already shows it; with the hash when another settlement got in first); a
// key without the role one matching ErrUnauthorized; a subnet the registry
// does not know ErrUnknownSubnet.
func (e *Emission) Settle(ctx context.Context, key *ecdsa.PrivateKey, subnet uint16, epoch uint64, root common.Hash, total uint64) (common.Hash, error) {
	hash, _, err := e.transact(ctx, key, "settle", subnet, epoch, [32]byte(root), bigU64(total))
	if err != nil {
		return hash, fmt.Errorf("chain: settle epoch %d of subnet %d: %w", epoch, subnet, err)
	}
	return hash, nil
}

// Distribute pays epoch of subnet in push mode, signed by key (which must
// hold SETTLER_ROLE): it mints amounts[i] to recipients[i] in one
// transaction, one packed calldata word each (PackEntry). The epoch rule
// and errors are Settle's. Suited to subnets with few recipients; a
// recipient may appear more than once.
func (e *Emission) Distribute(ctx context.Context, key *ecdsa.PrivateKey, subnet uint16, epoch uint64, recipients []common.Address, amounts []uint64) (common.Hash, error) {
	if len(recipients) != len(amounts) {
		return common.Hash{}, fmt.Errorf("chain: distribute epoch %d of subnet %d: %d recipients but %d amounts",
			epoch, subnet, len(recipients), len(amounts))
	}
	packed := make([][32]byte, len(recipients))
	for i, r := range recipients {
		if r == (common.Address{}) {
			return common.Hash{}, fmt.Errorf("chain: distribute epoch %d of subnet %d: recipient %d is the zero address", epoch, subnet, i)
		}
		packed[i] = PackEntry(r, amounts[i])
	}
	hash, _, err := e.transact(ctx, key, "distribute", subnet, epoch, packed)
	if err != nil {
		return hash, fmt.Errorf("chain: distribute epoch %d of subnet %d: %w", epoch, subnet, err)
	}
	return hash, nil
}

// Claim pays account, from the tokens settled in Merkle mode, its
// cumulative amount minus what it already claimed; proof is the account's
// proof in the current (or previous) tree ((*MerkleTree).Proof). Any key may
// send it; the tokens go to account. A proof that does not match returns an
// error matching ErrInvalidProof, a cumulative amount already claimed one
// matching ErrNothingToClaim; settlements whose totals do not cover the
// claim, ErrInsufficientBalance.
func (e *Emission) Claim(ctx context.Context, key *ecdsa.PrivateKey, account common.Address, cumulative uint64, proof []common.Hash) (common.Hash, error) {
	hash, _, err := e.transact(ctx, key, "claim", account, bigU64(cumulative), hashWords(proof))
	if err != nil {
		return hash, fmt.Errorf("chain: claim %d for %s: %w", cumulative, account, err)
	}
	return hash, nil
}

// LastSettledEpoch returns the last epoch of subnet settled or distributed,
// 0 if none, as of the latest block.
func (e *Emission) LastSettledEpoch(ctx context.Context, subnet uint16) (uint64, error) {
	v, err := e.binding.LastSettledEpoch(&bind.CallOpts{Context: ctx}, subnet)
	if err != nil {
		return 0, fmt.Errorf("chain: last settled epoch of subnet %d: %w", subnet, err)
	}
	return v, nil
}

// Claimed returns the cumulative amount account has claimed (kept by the
// token beside the account's balance).
func (e *Emission) Claimed(ctx context.Context, account common.Address) (*big.Int, error) {
	v, err := e.binding.Claimed(&bind.CallOpts{Context: ctx}, account)
	if err != nil {
		return nil, fmt.Errorf("chain: claimed by %s: %w", account, err)
	}
	return v, nil
}

// Roots returns the tree's current and previous roots (zero when unset).
func (e *Emission) Roots(ctx context.Context) (root, previous common.Hash, err error) {
	r, err := e.binding.Roots(&bind.CallOpts{Context: ctx})
	if err != nil {
		return common.Hash{}, common.Hash{}, fmt.Errorf("chain: roots: %w", err)
	}
	return r.Root, r.PreviousRoot, nil
}

// Verify asks the contract whether proof shows account's cumulative amount
// against the current or previous root, without sending anything.
func (e *Emission) Verify(ctx context.Context, account common.Address, cumulative uint64, proof []common.Hash) (bool, error) {
	ok, err := e.binding.Verify(&bind.CallOpts{Context: ctx}, account, bigU64(cumulative), hashWords(proof))
	if err != nil {
		return false, fmt.Errorf("chain: verify proof for %s: %w", account, err)
	}
	return ok, nil
}

// LeafHash asks the contract for the leaf of account's cumulative amount;
// it equals LeafHash(Domain(), account, cumulative).
func (e *Emission) LeafHash(ctx context.Context, account common.Address, cumulative uint64) (common.Hash, error) {
	h, err := e.binding.LeafHash(&bind.CallOpts{Context: ctx}, account, bigU64(cumulative))
	if err != nil {
		return common.Hash{}, fmt.Errorf("chain: leaf hash: %w", err)
	}
	return h, nil
}

// EpochTx returns the hash of the transaction that settled or distributed
// epoch of subnet; ok is false if the epoch was not paid. See EpochPayment.
func (e *Emission) EpochTx(ctx context.Context, subnet uint16, epoch uint64) (hash common.Hash, ok bool, err error) {
	hash, _, ok, err = e.EpochPayment(ctx, subnet, epoch)
	return hash, ok, err
}

// EpochPayment returns the transaction that settled or distributed epoch
// of subnet, found through the Settled and Distributed events, and for a
// settlement the root it recorded (zero for a distribution); ok is false
// if the epoch was not paid. It searches the logs from genesis, which suits
// the embedded chain; a public node may limit the range of a log query.
func (e *Emission) EpochPayment(ctx context.Context, subnet uint16, epoch uint64) (tx, root common.Hash, ok bool, err error) {
	opts := &bind.FilterOpts{Context: ctx}
	settled, err := e.binding.FilterSettled(opts, []uint16{subnet}, []uint64{epoch})
	if err != nil {
		return tx, root, false, fmt.Errorf("chain: find settlement of epoch %d of subnet %d: %w", epoch, subnet, err)
	}
	for settled.Next() {
		if !settled.Event.Raw.Removed {
			settled.Close()
			return settled.Event.Raw.TxHash, settled.Event.Root, true, nil
		}
	}
	err = errors.Join(settled.Error(), settled.Close())
	if err != nil {
		return tx, root, false, fmt.Errorf("chain: find settlement of epoch %d of subnet %d: %w", epoch, subnet, err)
	}
	distributed, err := e.binding.FilterDistributed(opts, []uint16{subnet}, []uint64{epoch})
	if err != nil {
		return tx, root, false, fmt.Errorf("chain: find distribution of epoch %d of subnet %d: %w", epoch, subnet, err)
	}
	defer distributed.Close()
	for distributed.Next() {
		if !distributed.Event.Raw.Removed {
			return distributed.Event.Raw.TxHash, root, true, nil
		}
	}
	if err := distributed.Error(); err != nil {
		return tx, root, false, fmt.Errorf("chain: find distribution of epoch %d of subnet %d: %w", epoch, subnet, err)
	}
	return tx, root, false, nil
}

// Token returns the token the contract pays in.
func (e *Emission) Token(ctx context.Context) (common.Address, error) {
	a, err := e.binding.Token(&bind.CallOpts{Context: ctx})
	if err != nil {
		return common.Address{}, fmt.Errorf("chain: emission token: %w", err)
	}
	return a, nil
}

// hashWords converts hashes to the [][32]byte the ABI packs as bytes32[].
func hashWords(hs []common.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}
