package validator

import (
	"cmp"
	"context"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/agora-net/agora/chain"
	"github.com/agora-net/agora/validator/ledger"
)

// EventSource reads the subnet registry's events from the settlement
// chain.
type EventSource interface {
	// SafeBlock is the newest block deep enough to be final for the
	// cluster's purposes.
	SafeBlock(ctx context.Context) (uint64, error)
	// Events returns the registry's events of blocks from..to (inclusive)
	// in chain order.
	Events(ctx context.Context, from, to uint64) ([]ledger.ChainEvent, error)
}

// maxEventBlocks bounds the block range of one read of the registry.
const maxEventBlocks = 5000

// RunChainFeed feeds the registry's events into the ledger while this node
// leads: every interval it reads the events after the ledger's cursor up
// to the source's safe block and sends them as chain_events commands of at
// most ledger.MaxChainEvents. The ledger applies each event once, in chain
// order, whichever leader sends it and however often (see
// ledger.ChainEvents). It returns when ctx ends.
func (n *Node) RunChainFeed(ctx context.Context, src EventSource, interval time.Duration) error {
	n.whileLeader(ctx, interval, "chain feed", func(ctx context.Context) error { return n.feedEvents(ctx, src) })
	return nil
}

// feedEvents sends the events of one range of blocks after the cursor.
func (n *Node) feedEvents(ctx context.Context, src EventSource) error {
	safe, err := src.SafeBlock(ctx)
	if err != nil {
		return err
	}
	cur := n.fsm.ChainCursor()
	if safe <= cur.Through {
		return nil
	}
	from := cur.Through + 1
	to := min(safe, from+maxEventBlocks-1)
	events, err := src.Events(ctx, from, to)
	if err != nil {
		return err
	}
	for _, b := range eventBatches(events, to) {
		resp, err := n.SubmitOwn(ctx, ledger.TypeChainEvents, b)
		if err != nil {
			return err
		}
		if resp.Error != "" {
			return fmt.Errorf("chain events through block %d rejected: %s", b.Through, resp.Error)
		}
	}
	n.log.Debug("chain events fed", "from", from, "through", to, "events", len(events))
	return nil
}

// eventBatches cuts events (in chain order, all of blocks ≤ through) into
// commands of at most ledger.MaxChainEvents. A batch that ends inside a
// block claims only the blocks before it as complete (Through); the next
// batch repeats nothing, since the ledger skips events it applied. The last
// batch claims through.
func eventBatches(events []ledger.ChainEvent, through uint64) []ledger.ChainEvents {
	var out []ledger.ChainEvents
	for len(events) > ledger.MaxChainEvents {
		part := events[:ledger.MaxChainEvents]
		events = events[ledger.MaxChainEvents:]
		t := part[len(part)-1].Block
		if events[0].Block == t {
			t-- // the block goes on in the next batch
		}
		out = append(out, ledger.ChainEvents{Through: t, Events: part})
	}
	return append(out, ledger.ChainEvents{Through: through, Events: events})
}

// RegistryFeed reads the SubnetRegistry contract's events for RunChainFeed,
// at blocks the StakeReader's confirmation depth makes safe.
type RegistryFeed struct {
	Registry *chain.Registry
	Safe     *chain.StakeReader
}

// SafeBlock is the head less the confirmation depth.
func (r *RegistryFeed) SafeBlock(ctx context.Context) (uint64, error) { return r.Safe.SafeBlock(ctx) }

// Events returns the SubnetCreated and Registered events of blocks from..to
// in chain order. An amount above 2^64 − 1 base units is an error.
func (r *RegistryFeed) Events(ctx context.Context, from, to uint64) ([]ledger.ChainEvent, error) {
	created, err := r.Registry.SubnetsCreated(ctx, from, &to)
	if err != nil {
		return nil, err
	}
	regs, err := r.Registry.Registrations(ctx, from, &to)
	if err != nil {
		return nil, err
	}
	u64 := func(v *big.Int, what string, pos chain.LogPosition) (uint64, error) {
		if v == nil || v.Sign() < 0 || !v.IsUint64() {
			return 0, fmt.Errorf("%s in block %d log %d: amount %v out of range", what, pos.Block, pos.Index, v)
		}
		return v.Uint64(), nil
	}
	out := make([]ledger.ChainEvent, 0, len(created)+len(regs))
	for _, c := range created {
		amount, err := u64(c.Locked, "subnet creation", c.Log)
		if err != nil {
			return nil, err
		}
		out = append(out, ledger.ChainEvent{Block: c.Log.Block, Index: uint64(c.Log.Index), Kind: ledger.EventSubnetCreated,
			Subnet: c.Subnet, Owner: c.Owner, Amount: amount})
	}
	for _, g := range regs {
		amount, err := u64(g.Burned, "registration", g.Log)
		if err != nil {
			return nil, err
		}
		out = append(out, ledger.ChainEvent{Block: g.Log.Block, Index: uint64(g.Log.Index), Kind: ledger.EventRegistered,
			Subnet: g.Subnet, Hotkey: g.Hotkey, Coldkey: g.Coldkey, Amount: amount})
	}
	slices.SortFunc(out, func(a, b ledger.ChainEvent) int {
		return cmp.Or(cmp.Compare(a.Block, b.Block), cmp.Compare(a.Index, b.Index))
	})
	return out, nil
}
