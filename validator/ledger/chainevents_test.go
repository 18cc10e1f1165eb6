package ledger

import (
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// Registry events apply once each, in chain order, whatever the batches:
// overlapping and repeated batches skip what was applied. A registration
// registers its hotkey as a miner at the burned price; one for a subnet the
// ledger lacks is counted as unmatched.
func TestChainEventsApplyOnce(t *testing.T) {
	h := newHarness(t, testGenesis(t))
	standardSubnet(h, testHyperparams())
	v := testKey(t, 1)
	hot := func(b byte) common.Address { return common.Address{0xaa, b} }
	cold := common.Address{0xcc}
	owner := common.Address{0x0e}
	reg := func(block, index uint64, subnet uint16, hk common.Address, burned uint64) ChainEvent {
		return ChainEvent{Block: block, Index: index, Kind: EventRegistered, Subnet: subnet, Hotkey: hk, Coldkey: cold, Amount: burned}
	}
	created := ChainEvent{Block: 3, Index: 0, Kind: EventSubnetCreated, Subnet: 1, Owner: owner, Amount: 50}
	first := ChainEvents{Through: 5, Events: []ChainEvent{created, reg(4, 1, 1, hot(1), 7), reg(5, 0, 9, hot(2), 7)}}
	res := h.ok(v, TypeChainEvents, first)
	if got := res.Value.(ChainEventsResult); got.Applied != 3 || got.Skipped != 0 {
		t.Fatalf("first batch: %+v", got)
	}
	s, _ := h.f.Subnet(1)
	uid, ok := s.UIDOf(hot(1))
	if !ok || s.Neurons[uid].Role != RoleMiner {
		t.Fatalf("hotkey 1 not a miner of subnet 1: %+v", s.Neurons)
	}
	if c := h.f.ChainCursor(); c != (ChainCursor{Through: 5, LastBlock: 5, LastIndex: 0, Unmatched: 1}) {
		t.Fatalf("cursor %+v", c)
	}
	if cs := h.f.ChainSubnets(); len(cs) != 1 || cs[0] != (ChainSubnet{Subnet: 1, Owner: owner, Locked: 50}) {
		t.Fatalf("chain subnets %+v", cs)
	}

	// The same batch again (a second leader), then one overlapping it.
	_, before := stateContent(t, h.f)
	res = h.ok(v, TypeChainEvents, first)
	if got := res.Value.(ChainEventsResult); got.Applied != 0 || got.Skipped != 3 {
		t.Fatalf("repeated batch: %+v", got)
	}
	if _, after := stateContent(t, h.f); after != before {
		t.Fatal("a repeated batch changed the state")
	}
	res = h.ok(v, TypeChainEvents, ChainEvents{Through: 9, Events: []ChainEvent{reg(4, 1, 1, hot(1), 7), reg(8, 2, 1, hot(3), 9)}})
	if got := res.Value.(ChainEventsResult); got.Applied != 1 || got.Skipped != 1 {
		t.Fatalf("overlapping batch: %+v", got)
	}
	s, _ = h.f.Subnet(1)
	if uid, ok := s.UIDOf(hot(3)); !ok || s.Neurons[uid].Burn != 9 {
		t.Fatalf("hotkey 3 not registered at its burn: %+v", s.Neurons)
	}
	if c := h.f.ChainCursor(); c.Through != 9 || c.LastBlock != 8 || c.LastIndex != 2 {
		t.Fatalf("cursor %+v", c)
	}

	// Refusals change nothing but the nonce.
	_, before = stateContent(t, h.f)
	for name, c := range map[string]struct {
		key  int
		cmd  ChainEvents
		want error
	}{
		"not a validator":   {10, ChainEvents{Through: 12}, ErrUnauthorized},
		"subnet twice":      {1, ChainEvents{Through: 12, Events: []ChainEvent{{Block: 12, Kind: EventSubnetCreated, Subnet: 1, Owner: owner}}}, ErrInvalidPayload},
		"out of order":      {1, ChainEvents{Through: 12, Events: []ChainEvent{reg(11, 0, 1, hot(4), 1), reg(10, 0, 1, hot(5), 1)}}, ErrInvalidPayload},
		"after through":     {1, ChainEvents{Through: 10, Events: []ChainEvent{reg(11, 0, 1, hot(4), 1)}}, ErrInvalidPayload},
		"registered, owner": {1, ChainEvents{Through: 12, Events: []ChainEvent{{Block: 12, Kind: EventRegistered, Subnet: 1, Hotkey: hot(4), Coldkey: cold, Owner: owner}}}, ErrInvalidPayload},
		"unknown kind":      {1, ChainEvents{Through: 12, Events: []ChainEvent{{Block: 12, Kind: "staked", Subnet: 1}}}, ErrInvalidPayload},
	} {
		res := h.send(testKey(t, c.key), TypeChainEvents, c.cmd)
		if !errors.Is(res.Cause(), c.want) {
			t.Errorf("%s: %q, want %v", name, res.Err, c.want)
		}
		if _, after := stateContent(t, h.f); after != before {
			t.Fatalf("%s changed the state", name)
		}
	}
	if _, err := DecodeChainEvents([]byte(`{"through":1,"events":[{"block":1,"index":0,"kind":"registered","subnet":1,"hotkey":"0x` +
		strings.Repeat("11", 20) + `","coldkey":"0x` + strings.Repeat("22", 20) + `","amount":1,"extra":1}]}`)); err == nil {
		t.Error("an unknown key in an event was accepted")
	}
}
