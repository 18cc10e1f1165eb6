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

// Slash is a slash the Staking contract recorded (its Slashed event).
type Slash struct {
	Tx     common.Hash
	Block  uint64
	Amount *big.Int
}

// SlashOf finds the slash of hotkey that named evidence, scanning the
// contract's Slashed events from block 0 (both are indexed, so the node
// filters them); found is false when there is none. The slashing worker
// asks before it slashes, so that an evidence hash is slashed at most once
// even when a leader dies between slashing and recording it.
func (st *Staking) SlashOf(ctx context.Context, hotkey common.Address, evidence common.Hash) (s Slash, found bool, err error) {
	it, err := st.binding.FilterSlashed(&bind.FilterOpts{Start: 0, Context: ctx}, []common.Address{hotkey}, [][32]byte{evidence})
	if err != nil {
		return Slash{}, false, fmt.Errorf("chain: slashes of %s: %w", hotkey.Hex(), err)
	}
	defer it.Close()
	if it.Next() {
		e := it.Event
		return Slash{Tx: e.Raw.TxHash, Block: e.Raw.BlockNumber, Amount: e.Amount}, true, nil
	}
	if err := it.Error(); err != nil {
		return Slash{}, false, fmt.Errorf("chain: slashes of %s: %w", hotkey.Hex(), err)
	}
	return Slash{}, false, nil
}

// DeployStaking deploys a SubnetRegistry and a Staking contract for an
// existing token from key's account (the admin of both; the registry's
// price role and a zero lock cost go to it too), granting SLASHER_ROLE to
// slasher, and waits until both are mined. It is for a network that runs
// its token without the rest of the deployment (the devnet's token-only
// settlement); DeployContracts deploys all four contracts together.
func DeployStaking(ctx context.Context, backend Backend, key *ecdsa.PrivateKey, token, slasher common.Address, unbondingBlocks uint64, opts ...Option) (*Staking, error) {
	if token == (common.Address{}) || slasher == (common.Address{}) {
		return nil, errors.New("chain: deploy staking: zero token or slasher address")
	}
	s, err := newSender(backend, opts...)
	if err != nil {
		return nil, err
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	registry, tx, err := deployWith(ctx, s, key, bindings.SubnetRegistryMetaData, token, from, bigU64(0), bigU64(0))
	if err == nil {
		err = s.waitDeployed(ctx, key, registry, tx)
	}
	if err != nil {
		return nil, fmt.Errorf("chain: deploy staking: registry: %w", err)
	}
	staking, tx, err := deployWith(ctx, s, key, bindings.StakingMetaData, token, registry, slasher, unbondingBlocks)
	if err == nil {
		err = s.waitDeployed(ctx, key, staking, tx)
	}
	if err != nil {
		return nil, fmt.Errorf("chain: deploy staking: %w", err)
	}
	return newStaking(staking, s)
}

// Mint mints amount base units to `to`; key must hold MINTER_ROLE (else an
// error matching ErrNotMinter).
func (t *Token) Mint(ctx context.Context, key *ecdsa.PrivateKey, to common.Address, amount uint64) (common.Hash, error) {
	hash, _, err := t.transact(ctx, key, "mint", to, bigU64(amount))
	if err != nil {
		return hash, fmt.Errorf("chain: mint %d to %s: %w", amount, to.Hex(), err)
	}
	return hash, nil
}

// GrantRole grants role to account; key must hold the role's admin role
// (DEFAULT_ADMIN_ROLE: the deployer).
func (t *Token) GrantRole(ctx context.Context, key *ecdsa.PrivateKey, role common.Hash, account common.Address) (common.Hash, error) {
	hash, _, err := t.transact(ctx, key, "grantRole", [32]byte(role), account)
	if err != nil {
		return hash, fmt.Errorf("chain: grant role %s to %s: %w", role.Hex(), account.Hex(), err)
	}
	return hash, nil
}
