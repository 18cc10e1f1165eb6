package subnet

import (
	"math"
	"slices"
)

// Pruning and activity defaults (YUMA.md §3).
const (
	// DefaultImmunityPeriod is ImmunityPeriod for new subnets, in blocks
	// (the pallet default is 4096).
	DefaultImmunityPeriod uint16 = 5000
	// DefaultImmuneOwnerUIDsLimit is ImmuneOwnerUidsLimit: how many owner
	// hotkeys are never pruned (settable within 1..10).
	DefaultImmuneOwnerUIDsLimit uint16 = 1
	// DefaultMinNonImmuneUIDs is MinNonImmuneUids: a non-immune UID is
	// pruned only while more than this many are non-immune.
	DefaultMinNonImmuneUIDs uint16 = 10
	// DefaultTempo is the epoch period in blocks.
	DefaultTempo uint16 = 360
	// DefaultActivityCutoffFactorMilli is ActivityCutoffFactorMilli, the
	// activity window in thousandths of a tempo (settable within
	// [1000, 50000]); 5000 blocks at the default tempo.
	DefaultActivityCutoffFactorMilli uint32 = 13_889
)

// PruneInfo is what pruning reads about one UID; a slice of them is indexed
// by UID (0..n−1).
type PruneInfo struct {
	// Emission is the UID's stored Emission (its pruning score).
	Emission uint64
	// RegisteredAt is the UID's BlockAtRegistration.
	RegisteredAt uint64
	// OwnerColdkey reports whether the UID's hotkey is owned by the subnet
	// owner's coldkey.
	OwnerColdkey bool
	// OwnerHotkey reports whether the UID's hotkey is the subnet's
	// SubnetOwnerHotkey. At most one UID should carry it; if several do,
	// the lowest is taken.
	OwnerHotkey bool
}

// PruneParams are the hyperparameters and block PruneCandidate reads.
type PruneParams struct {
	// CurrentBlock is the block the registration executes in.
	CurrentBlock uint64
	// ImmunityPeriod is the number of blocks after registration during
	// which a UID is immune.
	ImmunityPeriod uint16
	// ImmuneOwnerUIDsLimit caps the owner hotkeys that are never pruned.
	ImmuneOwnerUIDsLimit uint16
	// MinNonImmuneUIDs is the floor of non-immune UIDs kept.
	MinNonImmuneUIDs uint16
}

// DefaultPruneParams returns PruneParams with the defaults for new subnets
// at the given block.
func DefaultPruneParams(currentBlock uint64) PruneParams {
	return PruneParams{
		CurrentBlock:         currentBlock,
		ImmunityPeriod:       DefaultImmunityPeriod,
		ImmuneOwnerUIDsLimit: DefaultImmuneOwnerUIDsLimit,
		MinNonImmuneUIDs:     DefaultMinNonImmuneUIDs,
	}
}

// maxUIDs is how many entries a UID-indexed slice can hold: SubnetworkN is a
// u16, so UIDs run 0..65534.
const maxUIDs = math.MaxUint16

// ImmuneOwnerUIDs returns the owner UIDs that are never pruned, as subtensor
// get_immune_owner_uids (YUMA.md §7 step 1):
//
//	L = UIDs with OwnerColdkey, sorted by (RegisteredAt, UID) ascending, truncated to limit
//	if some UID o has OwnerHotkey and o ∉ L: L = [o] ++ L, truncated to limit
//
// With the default limit of 1 and a registered owner hotkey, only the owner
// hotkey is immortal. Entries past index 65534 are ignored.
func ImmuneOwnerUIDs(neurons []PruneInfo, limit uint16) []uint16 {
	neurons = neurons[:min(len(neurons), maxUIDs)]
	var owned []uint16
	owner, hasOwner := uint16(0), false
	for i, n := range neurons {
		uid := uint16(i)
		if n.OwnerColdkey {
			owned = append(owned, uid)
		}
		if n.OwnerHotkey && !hasOwner {
			owner, hasOwner = uid, true
		}
	}
	slices.SortStableFunc(owned, func(a, b uint16) int {
		if ra, rb := neurons[a].RegisteredAt, neurons[b].RegisteredAt; ra != rb {
			if ra < rb {
				return -1
			}
			return 1
		}
		return int(a) - int(b)
	})
	if len(owned) > int(limit) {
		owned = owned[:limit]
	}
	if hasOwner && !slices.Contains(owned, owner) {
		owned = slices.Insert(owned, 0, owner)
		if len(owned) > int(limit) {
			owned = owned[:limit]
		}
	}
	return owned
}

// pruneBest is a candidate in one group: lowest Emission, then earliest
// RegisteredAt, then lowest UID.
type pruneBest struct {
	uid   uint16
	found bool
}

func (b *pruneBest) consider(neurons []PruneInfo, uid uint16) {
	if !b.found {
		*b = pruneBest{uid: uid, found: true}
		return
	}
	n, cur := neurons[uid], neurons[b.uid]
	better := false
	switch {
	case n.Emission != cur.Emission:
		better = n.Emission < cur.Emission
	case n.RegisteredAt != cur.RegisteredAt:
		better = n.RegisteredAt < cur.RegisteredAt
	default:
		better = uid < b.uid
	}
	if better {
		b.uid = uid
	}
}

// PruneCandidate returns the UID a registration on a full subnet replaces,
// as subtensor get_neuron_to_prune (YUMA.md §7):
//
//  1. skip the UIDs in ImmuneOwnerUIDs(neurons, p.ImmuneOwnerUIDsLimit);
//  2. split the rest into immune, sat(CurrentBlock − RegisteredAt) <
//     ImmunityPeriod, and non-immune; in each group the best candidate has
//     the lowest Emission, then the earliest RegisteredAt, then the lowest UID;
//  3. if the non-immune group has more than MinNonImmuneUIDs members, return
//     its best; otherwise return the immune group's best;
//  4. ok is false when neither group has a member, and also, as on chain,
//     when the non-immune group is chosen against (at most MinNonImmuneUIDs
//     members) and the immune group is empty.
//
// Here sat(a − b) is max(a − b, 0). Entries past index 65534 are ignored.
func PruneCandidate(neurons []PruneInfo, p PruneParams) (uid uint16, ok bool) {
	neurons = neurons[:min(len(neurons), maxUIDs)]
	if len(neurons) == 0 {
		return 0, false
	}
	immortal := ImmuneOwnerUIDs(neurons, p.ImmuneOwnerUIDsLimit)

	var free uint16 // count of non-immortal, non-immune UIDs
	var bestFree, bestImmune pruneBest
	for i, n := range neurons {
		u := uint16(i)
		if slices.Contains(immortal, u) {
			continue
		}
		var age uint64
		if p.CurrentBlock > n.RegisteredAt {
			age = p.CurrentBlock - n.RegisteredAt
		}
		if age < uint64(p.ImmunityPeriod) {
			bestImmune.consider(neurons, u)
		} else {
			free++
			bestFree.consider(neurons, u)
		}
	}
	if free > p.MinNonImmuneUIDs && bestFree.found {
		return bestFree.uid, true
	}
	return bestImmune.uid, bestImmune.found
}

// ActivityCutoff returns the activity window in blocks:
//
//	ActivityCutoff(factorMilli, tempo) = max(1, floor(factorMilli·tempo / 1000))
//
// A UID whose last update is more than this many blocks old is inactive in
// the epoch. ActivityCutoff(13889, 360) = 5000.
func ActivityCutoff(factorMilli uint32, tempo uint16) uint64 {
	return max(1, uint64(factorMilli)*uint64(tempo)/1000)
}
