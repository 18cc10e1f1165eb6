package ledger

import (
	"cmp"
	"fmt"
	"net/netip"
	"slices"

	"github.com/ethereum/go-ethereum/common"
)

// TypeChainEvents is the command that feeds the settlement chain's subnet
// registry events into the ledger (see ChainEvents).
const TypeChainEvents = "chain_events"

// MaxChainEvents bounds the events of one chain_events command.
const MaxChainEvents = 1024

// Kinds of ChainEvent.
const (
	// EventSubnetCreated: an owner locked tokens for a subnet on chain.
	EventSubnetCreated = "subnet_created"
	// EventRegistered: a coldkey burned the registration price for a
	// hotkey on a subnet on chain.
	EventRegistered = "registered"
)

// ChainEvents carries the registry's events of the settlement chain's
// blocks up to Through, in chain order. Signer: a genesis validator. JSON:
//
//	{"through": 812, "events": [{"block": 810, "index": 3, "kind": "registered",
//	  "subnet": 1, "hotkey": "0x…", "coldkey": "0x…", "amount": 1000000000}]}
//
// through is required. Every event of blocks up to through that the
// ledger has not applied yet must be listed (a batch cut inside a block
// sets through to the block before). The ledger applies each event at most
// once, in order: an event at or before the last applied (block, index) is
// skipped, so batches may overlap and a batch sent twice (by two leaders)
// changes nothing the second time. See FSM.ChainCursor.
type ChainEvents struct {
	Through uint64       `json:"through"`
	Events  []ChainEvent `json:"events"`
}

// ChainEvent is one registry event. JSON: block, index, kind and subnet
// are required; subnet_created has owner and amount (the tokens locked),
// registered has hotkey, coldkey and amount (the tokens burned).
type ChainEvent struct {
	Block   uint64         `json:"block"`
	Index   uint64         `json:"index"`
	Kind    string         `json:"kind"`
	Subnet  uint16         `json:"subnet"`
	Owner   common.Address `json:"owner,omitzero"`
	Hotkey  common.Address `json:"hotkey,omitzero"`
	Coldkey common.Address `json:"coldkey,omitzero"`
	Amount  uint64         `json:"amount"`
}

// UnmarshalJSON decodes an event strictly: no unknown keys, the required
// ones present and not null.
func (e *ChainEvent) UnmarshalJSON(data []byte) error { return unmarshalStrict(data, e) }

func (*ChainEvent) strictKeys() ([]string, bool) {
	return []string{"block", "index", "kind", "subnet"}, false
}

// after reports whether e comes after position (block, index) in chain
// order.
func (e ChainEvent) after(block, index uint64) bool {
	return e.Block > block || e.Block == block && e.Index > index
}

// Validate checks the batch's form: at most MaxChainEvents events in
// strictly increasing (block, index) order, none after through, each with
// the fields of its kind.
func (c ChainEvents) Validate() error {
	if len(c.Events) > MaxChainEvents {
		return payloadError(TypeChainEvents, "events: %d, at most %d", len(c.Events), MaxChainEvents)
	}
	for i, e := range c.Events {
		if i > 0 && !e.after(c.Events[i-1].Block, c.Events[i-1].Index) {
			return payloadError(TypeChainEvents, "events[%d]: not after events[%d] in chain order", i, i-1)
		}
		if e.Block > c.Through {
			return payloadError(TypeChainEvents, "events[%d]: block %d is after through %d", i, e.Block, c.Through)
		}
		switch e.Kind {
		case EventSubnetCreated:
			if e.Owner == (common.Address{}) || e.Hotkey != (common.Address{}) || e.Coldkey != (common.Address{}) {
				return payloadError(TypeChainEvents, "events[%d]: subnet_created needs an owner and no hotkey or coldkey", i)
			}
		case EventRegistered:
			if e.Hotkey == (common.Address{}) || e.Coldkey == (common.Address{}) || e.Owner != (common.Address{}) {
				return payloadError(TypeChainEvents, "events[%d]: registered needs a hotkey and a coldkey and no owner", i)
			}
		default:
			return payloadError(TypeChainEvents, "events[%d]: kind %q is not %q or %q", i, truncate(e.Kind, 32), EventSubnetCreated, EventRegistered)
		}
	}
	return nil
}

// DecodeChainEvents decodes and validates a chain_events payload.
func DecodeChainEvents(payload []byte) (ChainEvents, error) {
	var c ChainEvents
	if err := decodePayload(TypeChainEvents, payload, &c, "through"); err != nil {
		return ChainEvents{}, err
	}
	return validated(c)
}

// ChainSubnet is a subnet created on the settlement chain.
type ChainSubnet struct {
	Subnet uint16         `json:"subnet"`
	Owner  common.Address `json:"owner"`
	Locked uint64         `json:"locked"`
}

// chainState is what the ledger has ingested of the settlement chain's
// registry.
type chainState struct {
	// Through is the chain block up to which every event is applied;
	// LastBlock and LastIndex the position of the last event applied.
	Through   uint64 `json:"through"`
	LastBlock uint64 `json:"last_block"`
	LastIndex uint64 `json:"last_index"`
	// Unmatched counts registrations for a subnet the ledger did not have.
	Unmatched uint64 `json:"unmatched"`
	// Subnets are the subnets created on chain, by id.
	Subnets []ChainSubnet `json:"subnets"`
}

// ChainCursor is how far the ledger has ingested the settlement chain's
// registry: every event of blocks up to Through, the last at (LastBlock,
// LastIndex); Unmatched registrations named a subnet the ledger did not
// have (they are counted, not applied).
type ChainCursor struct {
	Through, LastBlock, LastIndex, Unmatched uint64
}

// ChainCursor returns how far the registry's events are ingested.
func (f *FSM) ChainCursor() ChainCursor {
	f.mu.RLock()
	defer f.mu.RUnlock()
	c := &f.st.chain
	return ChainCursor{Through: c.Through, LastBlock: c.LastBlock, LastIndex: c.LastIndex, Unmatched: c.Unmatched}
}

// ChainSubnets returns the subnets created on chain, by id.
func (f *FSM) ChainSubnets() []ChainSubnet {
	f.mu.RLock()
	defer f.mu.RUnlock()
	return slices.Clone(f.st.chain.Subnets)
}

// ChainEventsResult is the result of a chain_events command.
type ChainEventsResult struct {
	// Applied counts the events applied, Skipped those applied before.
	Applied int `json:"applied"`
	Skipped int `json:"skipped"`
}

// chainEvents applies a batch of registry events: each one after the last
// applied, in order. A registration registers its hotkey as a miner of the
// ledger subnet with the same id, at the price burned on chain (a hotkey
// already registered there stays as it is; a subnet the ledger does not
// have counts as unmatched); a subnet creation records the chain subnet's
// owner and lock. Nothing changes on error.
func (f *FSM) chainEvents(signer common.Address, c ChainEvents) (any, error) {
	if !f.isValidator(signer) {
		return nil, fmt.Errorf("%w: chain_events needs a genesis validator, %s is not", ErrUnauthorized, signer.Hex())
	}
	st := &f.st.chain
	var res ChainEventsResult
	// Check first, so that a failing event leaves the whole batch unapplied.
	created := map[uint16]bool{}
	for _, e := range c.Events {
		if e.Kind == EventSubnetCreated && e.after(st.LastBlock, st.LastIndex) {
			_, found := slices.BinarySearchFunc(st.Subnets, e.Subnet, func(s ChainSubnet, id uint16) int { return cmp.Compare(s.Subnet, id) })
			if found || created[e.Subnet] {
				return nil, fmt.Errorf("%w: chain subnet %d created twice", ErrInvalidPayload, e.Subnet)
			}
			created[e.Subnet] = true
		}
	}
	for _, e := range c.Events {
		if !e.after(st.LastBlock, st.LastIndex) {
			res.Skipped++
			continue
		}
		switch e.Kind {
		case EventSubnetCreated:
			i, _ := slices.BinarySearchFunc(st.Subnets, e.Subnet, func(s ChainSubnet, id uint16) int { return cmp.Compare(s.Subnet, id) })
			st.Subnets = slices.Insert(st.Subnets, i, ChainSubnet{Subnet: e.Subnet, Owner: e.Owner, Locked: e.Amount})
		case EventRegistered:
			s, ok := f.st.subnet(e.Subnet)
			switch {
			case !ok:
				st.Unmatched++
			case s.uidOf(e.Hotkey) >= 0:
			default:
				if _, err := f.addNeuron(s, e.Hotkey, RoleMiner, netip.AddrPort{}, e.Amount); err != nil {
					// A full subnet with every uid immune: the burn is
					// counted as unmatched rather than blocking the feed.
					st.Unmatched++
				}
			}
		}
		st.LastBlock, st.LastIndex = e.Block, e.Index
		res.Applied++
	}
	st.Through = max(st.Through, c.Through)
	return res, nil
}

// clone returns a copy of c that shares nothing with it.
func (c chainState) clone() chainState {
	c.Subnets = slices.Clone(c.Subnets)
	if c.Subnets == nil {
		c.Subnets = []ChainSubnet{}
	}
	return c
}

// check verifies a decoded chainState's invariants.
func (c *chainState) check() error {
	if c.LastBlock > c.Through {
		return fmt.Errorf("chain: last event in block %d, after through %d", c.LastBlock, c.Through)
	}
	for i, s := range c.Subnets {
		if i > 0 && c.Subnets[i-1].Subnet >= s.Subnet {
			return fmt.Errorf("chain: subnets not sorted by id at %d", i)
		}
		if s.Owner == (common.Address{}) {
			return fmt.Errorf("chain: subnet %d without owner", s.Subnet)
		}
	}
	if c.Subnets == nil {
		c.Subnets = []ChainSubnet{}
	}
	return nil
}
