package ledger

import (
	"fmt"
	"math"
	"slices"

	"github.com/ethereum/go-ethereum/common"
)

// stakeOf is a neuron's stake: its hotkey's entry in the stake table (the
// genesis stakes, then stake snapshots), whatever its role.
func (f *FSM) stakeOf(nu *neuron) uint64 {
	return f.st.stakes[nu.Hotkey]
}

// stakeSnapshot replaces the stake of each listed hotkey (0 removes it);
// the epochs that follow read the new table. The signer must be a genesis
// validator, the block must not be below the last snapshot's, and the
// table's total must stay at most 2^63 − 1 (the epoch's limit, so that
// every subnet's total fits). Nothing changes on rejection.
func (f *FSM) stakeSnapshot(signer common.Address, p StakeSnapshot) error {
	if !f.isValidator(signer) {
		return fmt.Errorf("%w: stake_snapshot needs a genesis validator, %s is not", ErrUnauthorized, signer.Hex())
	}
	if p.Block < f.st.stakeBlock {
		return fmt.Errorf("%w: block %d, the last snapshot is of block %d", ErrStaleSnapshot, p.Block, f.st.stakeBlock)
	}
	// The listed hotkeys are distinct (Validate), so the new total is the
	// old one less their old stakes plus their new ones. Both the table's
	// total and the snapshot's are at most 2^63 − 1, so nothing below
	// overflows.
	var total uint64
	for _, v := range f.st.stakes { // a sum: order does not matter
		total += v // ≤ 2^63 − 1 in all
	}
	for _, e := range p.Stakes {
		total -= f.st.stakes[e.Hotkey]
	}
	var sum uint64 // Validate: Σ amounts ≤ 2^63 − 1
	for _, e := range p.Stakes {
		sum += e.Amount
	}
	if total > math.MaxInt64-sum {
		return fmt.Errorf("%w: the snapshot brings the total stake to %d + %d, above %d", ErrStakeOverflow, total, sum, int64(math.MaxInt64))
	}
	for _, e := range p.Stakes {
		if e.Amount == 0 {
			delete(f.st.stakes, e.Hotkey)
		} else {
			f.st.stakes[e.Hotkey] = e.Amount
		}
	}
	f.st.stakeBlock = p.Block
	return nil
}

// Stakes returns the stake table, sorted by hotkey, and the block of the
// last stake snapshot (0: the genesis stakes).
func (f *FSM) Stakes() (block uint64, stakes []Stake) {
	f.mu.RLock()
	defer f.mu.RUnlock()
	stakes = make([]Stake, 0, len(f.st.stakes))
	for h, v := range f.st.stakes {
		stakes = append(stakes, Stake{Hotkey: h, Amount: v})
	}
	slices.SortFunc(stakes, func(a, b Stake) int { return a.Hotkey.Cmp(b.Hotkey) })
	return f.st.stakeBlock, stakes
}

// Hotkeys returns every hotkey registered on any subnet, sorted and without
// repeats, without copying the subnets.
func (f *FSM) Hotkeys() []common.Address {
	f.mu.RLock()
	defer f.mu.RUnlock()
	var out []common.Address
	for _, s := range f.st.subnets {
		for i := range s.Neurons {
			out = append(out, s.Neurons[i].Hotkey)
		}
	}
	slices.SortFunc(out, func(a, b common.Address) int { return a.Cmp(b) })
	return slices.Compact(out)
}
