package validator

import (
	"context"
	"crypto/ecdsa"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agora-net/agora/chain"
)

// EmissionPayer pays epochs through the Emission contract with the
// cluster's settlement key (the contract's SETTLER_ROLE): push mode with
// distribute, Merkle mode with settle. Its transactions are serialized.
type EmissionPayer struct {
	Contract *chain.Emission
	Key      *ecdsa.PrivateKey
	mu       sync.Mutex
}

var _ MerklePayer = (*EmissionPayer)(nil)

// LastPaidEpoch is the contract's last settled epoch of subnet.
func (p *EmissionPayer) LastPaidEpoch(ctx context.Context, subnet uint16) (uint64, error) {
	return p.Contract.LastSettledEpoch(ctx, subnet)
}

// EpochTx finds the settlement or distribution of an epoch.
func (p *EmissionPayer) EpochTx(ctx context.Context, subnet uint16, epoch uint64) (Payment, bool, error) {
	tx, root, ok, err := p.Contract.EpochPayment(ctx, subnet, epoch)
	return Payment{Tx: tx, Root: root}, ok, err
}

// PayEpoch distributes an epoch to its recipients.
func (p *EmissionPayer) PayEpoch(ctx context.Context, subnet uint16, epoch uint64, recipients []common.Address, amounts []uint64) (common.Hash, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.Contract.Distribute(ctx, p.Key, subnet, epoch, recipients, amounts)
}

// Emission is the contract's address.
func (p *EmissionPayer) Emission() common.Address { return p.Contract.Address() }

// SettleRoot settles an epoch as the claim tree's new root.
func (p *EmissionPayer) SettleRoot(ctx context.Context, subnet uint16, epoch uint64, root common.Hash, total uint64) (common.Hash, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.Contract.Settle(ctx, p.Key, subnet, epoch, root, total)
}
