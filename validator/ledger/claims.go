package ledger

import (
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
)

// Settlement modes of a settle command.
const (
	// SettlePush: the epoch was paid straight to its recipients (the
	// token's payEpoch, or the emission contract's distribute).
	SettlePush = "push"
	// SettleMerkle: the epoch was settled as a new root of the emission
	// contract's cumulative tree; its recipients claim (see Claims).
	SettleMerkle = "merkle"
)

// Earned is an account's cumulative amount in the claim tree: the sum of
// its payouts over every epoch settled in Merkle mode.
type Earned struct {
	Account common.Address `json:"account"`
	Amount  uint64         `json:"amount"`
}

// claimsState is the ledger's side of Merkle settlement: one cumulative
// tree over all subnets, as the emission contract keeps one root.
type claimsState struct {
	// emission is the contract the tree's leaves are bound to (zero until
	// the first Merkle settlement; it never changes after).
	emission common.Address
	// root is the root the last Merkle settlement recorded.
	root common.Hash
	// settlements counts the Merkle settlements applied.
	settlements uint64
	// earned is each account's cumulative amount (no zero entries).
	earned map[common.Address]uint64
}

// claimsFile is claimsState in the canonical state encoding.
type claimsFile struct {
	Emission    common.Address `json:"emission"`
	Root        common.Hash    `json:"root"`
	Settlements uint64         `json:"settlements"`
	Earned      []Earned       `json:"earned"`
}

// ClaimsView is a copy of the claim tree's content after the last Merkle
// settlement: Earned sorted by account. Building the tree of Earned under
// the domain (the genesis chain id, Emission) gives Root.
type ClaimsView struct {
	ChainID     uint64         `json:"chain_id"`
	Emission    common.Address `json:"emission"`
	Root        common.Hash    `json:"root"`
	Settlements uint64         `json:"settlements"`
	Earned      []Earned       `json:"earned"`
}

// Claims returns the claim tree's content after the last Merkle
// settlement (Settlements 0: none yet).
func (f *FSM) Claims() ClaimsView {
	f.mu.RLock()
	defer f.mu.RUnlock()
	c := f.st.claims
	return ClaimsView{
		ChainID: f.genesis.ChainID, Emission: c.emission, Root: c.root, Settlements: c.settlements,
		Earned: c.sorted(),
	}
}

// ClaimSettlements returns the number of Merkle settlements applied: the
// claim tree changes exactly when it does.
func (f *FSM) ClaimSettlements() uint64 {
	f.mu.RLock()
	defer f.mu.RUnlock()
	return f.st.claims.settlements
}

// Earned returns account's cumulative amount in the claim tree.
func (f *FSM) Earned(account common.Address) uint64 {
	f.mu.RLock()
	defer f.mu.RUnlock()
	return f.st.claims.earned[account]
}

// sorted returns the earned amounts as a slice sorted by account.
func (c *claimsState) sorted() []Earned {
	out := make([]Earned, 0, len(c.earned))
	for a, v := range c.earned {
		out = append(out, Earned{a, v})
	}
	slices.SortFunc(out, func(a, b Earned) int { return a.Account.Cmp(b.Account) })
	return out
}

// file returns c in its encoded form.
func (c *claimsState) file() claimsFile {
	return claimsFile{Emission: c.emission, Root: c.root, Settlements: c.settlements, Earned: c.sorted()}
}

// settleMerkle adds rec's payouts to the tree and records root, the root
// the settlement put on chain for emission. Nothing changes on error.
func (c *claimsState) settleMerkle(rec *EpochRecord, emission common.Address, root common.Hash) error {
	if c.settlements > 0 && emission != c.emission {
		return fmt.Errorf("%w: settle: emission %s, but the claim tree belongs to %s", ErrInvalidPayload, emission.Hex(), c.emission.Hex())
	}
	add := map[common.Address]uint64{}
	for _, p := range rec.Payouts {
		if p.Amount == 0 {
			continue
		}
		sum := add[p.Address] + p.Amount
		if sum < p.Amount {
			return fmt.Errorf("%w: settle: %s earns more than %d in one epoch", ErrInvalidPayload, p.Address.Hex(), uint64(math.MaxUint64))
		}
		add[p.Address] = sum
	}
	for a, v := range add {
		if c.earned[a] > math.MaxUint64-v {
			return fmt.Errorf("%w: settle: %s's cumulative amount would exceed %d", ErrInvalidPayload, a.Hex(), uint64(math.MaxUint64))
		}
	}
	if c.earned == nil {
		c.earned = map[common.Address]uint64{}
	}
	for a, v := range add {
		c.earned[a] += v
	}
	c.emission, c.root = emission, root
	c.settlements++
	return nil
}

// check verifies a decoded claimsFile's invariants and returns its state.
func (cf claimsFile) state() (claimsState, error) {
	c := claimsState{emission: cf.Emission, root: cf.Root, settlements: cf.Settlements, earned: make(map[common.Address]uint64, len(cf.Earned))}
	if (cf.Settlements == 0) != (cf.Root == common.Hash{}) || (cf.Settlements == 0) != (cf.Emission == common.Address{}) {
		return c, fmt.Errorf("claims: root %s and emission %s do not agree with %d settlements", cf.Root.Hex(), cf.Emission.Hex(), cf.Settlements)
	}
	if cf.Settlements == 0 && len(cf.Earned) > 0 {
		return c, fmt.Errorf("claims: %d earned amounts without a settlement", len(cf.Earned))
	}
	for i, e := range cf.Earned {
		if i > 0 && cf.Earned[i-1].Account.Cmp(e.Account) >= 0 {
			return c, fmt.Errorf("claims: earned not sorted by account at %d", i)
		}
		if e.Amount == 0 || e.Account == (common.Address{}) {
			return c, fmt.Errorf("claims: earned[%d] is zero", i)
		}
		c.earned[e.Account] = e.Amount
	}
	return c, nil
}

// appendClaims appends the canonical encoding of cf (as json.Marshal
// writes it), flushing sw as the earned list grows.
func (sw *stateWriter) claims(cf claimsFile) {
	b := append(sw.buf, `{"emission":`...)
	b = appendHex(b, cf.Emission[:])
	b = append(b, `,"root":`...)
	b = appendHex(b, cf.Root[:])
	b = append(b, `,"settlements":`...)
	b = strconv.AppendUint(b, cf.Settlements, 10)
	b = append(b, `,"earned":[`...)
	for i, e := range cf.Earned {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"account":`...)
		b = appendHex(b, e.Account[:])
		b = append(b, `,"amount":`...)
		b = strconv.AppendUint(b, e.Amount, 10)
		b = append(b, '}')
		if len(b) >= stateChunk {
			sw.buf = b
			sw.flush()
			b = sw.buf
		}
	}
	sw.buf = append(b, "]}"...)
}
