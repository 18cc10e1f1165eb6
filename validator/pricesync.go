package validator

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agora-net/agora/chain"
)

// PriceSetter reads and sets the subnet registry's registration prices.
type PriceSetter interface {
	// Price is subnet's registration price on chain; ok is false when the
	// registry has no such subnet.
	Price(ctx context.Context, subnet uint16) (price uint64, ok bool, err error)
	SetPrice(ctx context.Context, subnet uint16, price uint64) (common.Hash, error)
}

// RunPriceSync keeps the registry's registration price of every subnet the
// chain and the ledger share at the ledger's burn (YUMA.md §8.1: it decays
// every block and rises with each registration) while this node leads, so
// that a registration on chain pays the price the ledger's rule sets. The
// burn decays a little every block, so a price within PriceTolerancePermille
// of it stands: the chain is not sent a transaction per block. It returns
// when ctx ends.
func (n *Node) RunPriceSync(ctx context.Context, p PriceSetter, interval time.Duration) error {
	n.whileLeader(ctx, interval, "price sync", func(ctx context.Context) error { return n.syncPrices(ctx, p) })
	return nil
}

// syncPrices sets each shared subnet's price that differs from the ledger's.
func (n *Node) syncPrices(ctx context.Context, p PriceSetter) error {
	for _, sn := range n.fsm.SubnetSummaries() {
		price, ok, err := p.Price(ctx, sn.ID)
		if err != nil {
			return err
		}
		if !ok || withinTolerance(price, sn.Burn) {
			continue
		}
		tx, err := p.SetPrice(ctx, sn.ID, sn.Burn)
		if err != nil {
			return fmt.Errorf("subnet %d: %w", sn.ID, err)
		}
		n.log.Debug("registration price set", "subnet", sn.ID, "price", sn.Burn, "was", price, "tx", tx.Hex())
	}
	return nil
}

// PriceTolerancePermille is how far, in thousandths of the ledger's burn,
// the registry's price may drift from it before RunPriceSync sets it again.
const PriceTolerancePermille = 10

// withinTolerance reports whether price is within PriceTolerancePermille of
// burn.
func withinTolerance(price, burn uint64) bool {
	diff := max(price, burn) - min(price, burn)
	return diff <= burn/1000*PriceTolerancePermille
}

// RegistryPricer sets the registry's prices with a key holding its
// PRICE_ROLE.
type RegistryPricer struct {
	Registry *chain.Registry
	Key      *ecdsa.PrivateKey
}

var _ PriceSetter = (*RegistryPricer)(nil)

// Price reads subnet's price. The registry numbers its subnets 1..count
// in creation order; any other id does not exist there.
func (r *RegistryPricer) Price(ctx context.Context, subnet uint16) (uint64, bool, error) {
	count, err := r.Registry.SubnetCount(ctx)
	if err != nil {
		return 0, false, err
	}
	if subnet == 0 || subnet > count {
		return 0, false, nil
	}
	info, err := r.Registry.Subnet(ctx, subnet)
	if err != nil {
		return 0, false, err
	}
	if !info.RegistrationPrice.IsUint64() {
		return 0, false, fmt.Errorf("subnet %d: registration price %s above 2^64 - 1", subnet, info.RegistrationPrice)
	}
	return info.RegistrationPrice.Uint64(), true, nil
}

// SetPrice sets subnet's price.
func (r *RegistryPricer) SetPrice(ctx context.Context, subnet uint16, price uint64) (common.Hash, error) {
	return r.Registry.SetRegistrationPrice(ctx, r.Key, subnet, price)
}
