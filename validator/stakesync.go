package validator

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agora-net/agora/validator/ledger"
)

// StakeSource reads stake from the staking contract.
type StakeSource interface {
	// SafeBlock is the newest block deep enough to be final for the
	// cluster's purposes (the head less the confirmation depth).
	SafeBlock(ctx context.Context) (uint64, error)
	// StakesAt returns each hotkey's stake at block.
	StakesAt(ctx context.Context, block uint64, hotkeys []common.Address) ([]uint64, error)
	// HasPosition reports whether hotkey has a position on the contract at
	// block (it has staked at some time), even one of no stake.
	HasPosition(ctx context.Context, block uint64, hotkey common.Address) (bool, error)
}

// RunStakeSync keeps the ledger's stake table equal to the staking
// contract's while this node leads: every interval it reads, at the source's
// safe block, the stake of every hotkey the ledger knows (stake table,
// neurons, genesis validators) and sends a stake_snapshot of those that
// differ, in parts of at most ledger.MaxStakeEntries, stamped with that
// block. The ledger refuses a snapshot older than its last, so a snapshot
// is applied at most once in order, whichever leader sends it, and a
// repeated one changes nothing. A genesis validator without a position on
// the contract keeps its genesis stake. It returns when ctx ends.
func (n *Node) RunStakeSync(ctx context.Context, src StakeSource, interval time.Duration) error {
	n.whileLeader(ctx, interval, "stake sync", func(ctx context.Context) error { return n.syncStakes(ctx, src) })
	return nil
}

// syncStakes sends one stake snapshot if the contract's stakes at its safe
// block differ from the ledger's.
func (n *Node) syncStakes(ctx context.Context, src StakeSource) error {
	block, err := src.SafeBlock(ctx)
	if err != nil {
		return err
	}
	last, table := n.fsm.Stakes()
	if block <= last && last != 0 {
		return nil
	}
	current := make(map[common.Address]uint64, len(table))
	for _, s := range table {
		current[s.Hotkey] = s.Amount
	}
	hotkeys := n.knownHotkeys(table)
	stakes, err := src.StakesAt(ctx, block, hotkeys)
	if err != nil {
		return err
	}
	if len(stakes) != len(hotkeys) {
		return fmt.Errorf("stake source answered %d stakes for %d hotkeys", len(stakes), len(hotkeys))
	}
	var changes []ledger.Stake
	for i, h := range hotkeys {
		if stakes[i] == current[h] {
			continue
		}
		if stakes[i] == 0 && n.isGenesisValidator(h) {
			// A genesis stake stands until its validator stakes on chain.
			on, err := src.HasPosition(ctx, block, h)
			if err != nil {
				return err
			}
			if !on {
				continue
			}
		}
		changes = append(changes, ledger.Stake{Hotkey: h, Amount: stakes[i]})
	}
	for len(changes) > 0 {
		part := changes[:min(len(changes), ledger.MaxStakeEntries)]
		changes = changes[len(part):]
		resp, err := n.SubmitOwn(ctx, ledger.TypeStakeSnapshot, ledger.StakeSnapshot{Block: block, Stakes: part})
		if err != nil {
			return err
		}
		if resp.Error != "" {
			return fmt.Errorf("stake snapshot of block %d rejected: %s", block, resp.Error)
		}
		n.log.Info("stake snapshot", "block", block, "hotkeys", len(part))
	}
	return nil
}

// knownHotkeys lists, sorted and without repeats, the hotkeys of the stake
// table, of every subnet's neurons and of the genesis validators.
func (n *Node) knownHotkeys(table []ledger.Stake) []common.Address {
	var out []common.Address
	for _, s := range table {
		out = append(out, s.Hotkey)
	}
	out = append(out, n.fsm.Hotkeys()...)
	for _, v := range n.fsm.Genesis().Validators {
		out = append(out, v.Address)
	}
	slices.SortFunc(out, func(a, b common.Address) int { return a.Cmp(b) })
	return slices.Compact(out)
}
