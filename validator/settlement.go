package validator

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agora-net/agora/chain"
	"github.com/agora-net/agora/validator/ledger"
)

// Payer pays an epoch on chain at most once per (subnet, epoch): the
// contract refuses an epoch at or below the last one it paid for the
// subnet, whichever way it was paid.
type Payer interface {
	// LastPaidEpoch is the last epoch the contract paid for subnet (0: none).
	LastPaidEpoch(ctx context.Context, subnet uint16) (uint64, error)
	// EpochTx finds how the contract paid an epoch it paid; found is false
	// if it has no record of it.
	EpochTx(ctx context.Context, subnet uint16, epoch uint64) (p Payment, found bool, err error)
	// PayEpoch pays amounts[i] to recipients[i] directly (push mode).
	PayEpoch(ctx context.Context, subnet uint16, epoch uint64, recipients []common.Address, amounts []uint64) (common.Hash, error)
}

// MerklePayer is a Payer that can also settle an epoch as a new root of
// the emission contract's cumulative claim tree (Merkle mode), minting
// total for the claims.
type MerklePayer interface {
	Payer
	// Emission is the emission contract, which the tree's leaves bind.
	Emission() common.Address
	SettleRoot(ctx context.Context, subnet uint16, epoch uint64, root common.Hash, total uint64) (common.Hash, error)
}

// Payment is how the contract paid an epoch: its transaction, and for a
// Merkle settlement the root it recorded (zero for push mode).
type Payment struct {
	Tx   common.Hash
	Root common.Hash
}

// SettlementConfig tunes RunSettlement.
type SettlementConfig struct {
	// Interval is the pause between rounds, and the first retry's backoff.
	Interval time.Duration
	// PushMax is the largest number of recipients an epoch is paid to in
	// push mode; an epoch with more is settled in Merkle mode, where the
	// transaction costs the same whatever the number of recipients and each
	// recipient claims (`agora claim`). It applies only with a MerklePayer;
	// a plain Payer pays every epoch in push mode. A negative PushMax
	// settles every epoch in Merkle mode.
	PushMax int
}

// DefaultSettlementConfig pays epochs of up to 64 recipients in push mode
// (about 25,000 gas for each new recipient, 7,500 for a repeat one) and
// larger ones in Merkle mode (about 77,000 gas per epoch, plus each
// recipient's claim when it chooses).
func DefaultSettlementConfig() SettlementConfig {
	return SettlementConfig{Interval: time.Second, PushMax: 64}
}

// RunSettlement pays every finished, unsettled epoch, in the ledger's
// order, while this node leads: for each it reads the contract's last paid
// epoch first, pays only what is missing (or finds how a previous leader
// paid it), and records the payment in the ledger (a settle command). A
// leader that dies between paying and recording leaves the epoch to its
// successor, which finds the payment on chain and records it: the contract
// pays an epoch at most once, and the ledger records it once. Failures are
// retried with backoff; an epoch is never skipped. It returns when ctx
// ends.
func (n *Node) RunSettlement(ctx context.Context, payer Payer, cfg SettlementConfig) error {
	if cfg.Interval <= 0 {
		cfg.Interval = DefaultSettlementConfig().Interval
	}
	n.whileLeader(ctx, cfg.Interval, "settlement", func(ctx context.Context) error { return n.settlePending(ctx, payer, cfg) })
	return nil
}

func (n *Node) settlePending(ctx context.Context, payer Payer, cfg SettlementConfig) error {
	for _, rec := range n.fsm.Unsettled() {
		if !n.IsLeader() {
			return nil
		}
		if err := n.settleEpoch(ctx, payer, cfg, rec); err != nil {
			return fmt.Errorf("subnet %d epoch %d: %w", rec.Subnet, rec.Epoch, err)
		}
	}
	return nil
}

// settleEpoch pays one epoch, unless the contract already did, and records
// the payment in the ledger.
func (n *Node) settleEpoch(ctx context.Context, payer Payer, cfg SettlementConfig, rec ledger.EpochRecord) error {
	last, err := payer.LastPaidEpoch(ctx, rec.Subnet)
	if err != nil {
		return err
	}
	mp, _ := payer.(MerklePayer)
	cmd := ledger.Settle{Subnet: rec.Subnet, Epoch: rec.Epoch, Mode: ledger.SettlePush}
	recipients, amounts := payoutLists(rec)
	if last >= rec.Epoch {
		p, found, err := payer.EpochTx(ctx, rec.Subnet, rec.Epoch)
		if err != nil {
			return err
		}
		if !found {
			return fmt.Errorf("the contract paid up to epoch %d but has no payment of this one", last)
		}
		cmd.Tx = p.Tx.Hex()
		if p.Root != (common.Hash{}) {
			if mp == nil {
				return errors.New("the contract settled this epoch as a Merkle root, but the payer cannot settle roots")
			}
			cmd.Mode, cmd.Root, cmd.Emission = ledger.SettleMerkle, p.Root.Hex(), mp.Emission().Hex()
		}
	} else if mp != nil && (cfg.PushMax < 0 || len(recipients) > cfg.PushMax) {
		root, err := nextClaimRoot(n.fsm.Claims(), mp.Emission(), rec)
		if err != nil {
			return err
		}
		tx, err := mp.SettleRoot(ctx, rec.Subnet, rec.Epoch, root, rec.PayoutsTotal)
		if err != nil {
			return err
		}
		cmd.Tx, cmd.Mode, cmd.Root, cmd.Emission = tx.Hex(), ledger.SettleMerkle, root.Hex(), mp.Emission().Hex()
	} else {
		if len(recipients) == 0 {
			return errors.New("no recipient to pay") // an epoch always pays its owner cut
		}
		tx, err := payer.PayEpoch(ctx, rec.Subnet, rec.Epoch, recipients, amounts)
		if err != nil {
			return err
		}
		cmd.Tx = tx.Hex()
	}
	resp, err := n.SubmitOwn(ctx, ledger.TypeSettle, cmd)
	if err != nil {
		return err
	}
	if resp.Error != "" {
		return fmt.Errorf("settle rejected: %s", resp.Error)
	}
	n.log.Info("epoch settled", "subnet", rec.Subnet, "epoch", rec.Epoch, "mode", cmd.Mode, "recipients", len(recipients), "tx", cmd.Tx)
	return nil
}

// payoutLists merges an epoch's payouts by address (a hotkey may earn as
// several uids, or as the owner too) in first-seen order.
func payoutLists(rec ledger.EpochRecord) ([]common.Address, []uint64) {
	var recipients []common.Address
	var amounts []uint64
	for _, p := range rec.Payouts {
		if p.Amount == 0 {
			continue
		}
		if i := slices.Index(recipients, p.Address); i >= 0 {
			amounts[i] += p.Amount
			continue
		}
		recipients = append(recipients, p.Address)
		amounts = append(amounts, p.Amount)
	}
	return recipients, amounts
}

// nextClaimRoot is the root of the claim tree once rec is added to it: the
// tree of claims' earned amounts plus rec's payouts, bound to the ledger's
// chain and emission.
func nextClaimRoot(claims ledger.ClaimsView, emission common.Address, rec ledger.EpochRecord) (common.Hash, error) {
	earned := make(map[common.Address]uint64, len(claims.Earned)+len(rec.Payouts))
	for _, e := range claims.Earned {
		earned[e.Account] = e.Amount
	}
	for _, p := range rec.Payouts {
		if p.Amount > 0 {
			earned[p.Address] += p.Amount // the ledger refuses a settle that overflows
		}
	}
	leaves := make([]chain.MerkleLeaf, 0, len(earned))
	for a, v := range earned {
		leaves = append(leaves, chain.MerkleLeaf{Account: a, Cumulative: v})
	}
	t, err := chain.NewMerkleTree(chain.MerkleDomain{ChainID: claims.ChainID, Emission: emission}, leaves)
	if err != nil {
		return common.Hash{}, err
	}
	return t.Root(), nil
}

// ClaimProof is an account's claim on the emission contract, the body of
// GET /v1/claims/{account}: its cumulative amount in the claim tree whose
// root the last Merkle settlement recorded, and the proof of it.
type ClaimProof struct {
	Account     common.Address `json:"account"`
	Cumulative  uint64         `json:"cumulative"`
	Proof       []common.Hash  `json:"proof"`
	Root        common.Hash    `json:"root"`
	Emission    common.Address `json:"emission"`
	ChainID     uint64         `json:"chain_id"`
	Settlements uint64         `json:"settlements"`
}

// Errors of claim proofs.
var (
	// ErrNoClaimTree: no epoch has been settled in Merkle mode yet (404).
	ErrNoClaimTree = errors.New("validator: no epoch settled in Merkle mode yet")
	// ErrNotInClaimTree: the account has earned nothing in Merkle mode (404).
	ErrNotInClaimTree = errors.New("validator: account has nothing in the claim tree")
	// ErrClaimTreeMismatch: the ledger's claim tree does not hash to the
	// root the contract recorded (a former leader settled concurrently);
	// proofs return with the next Merkle settlement (503).
	ErrClaimTreeMismatch = errors.New("validator: the claim tree does not match the recorded root yet; retry after the next settlement")
)

// claimTrees caches the claim tree of the last Merkle settlement.
type claimTrees struct {
	mu          sync.Mutex
	settlements uint64
	tree        *chain.MerkleTree
	view        ledger.ClaimsView
	err         error
}

// ClaimProof returns account's claim against the last Merkle settlement,
// from this node's replica of the ledger.
func (n *Node) ClaimProof(account common.Address) (*ClaimProof, error) {
	t, view, err := n.claims.get(n.fsm)
	if err != nil {
		return nil, err
	}
	cum, proof, err := t.Proof(account)
	if errors.Is(err, chain.ErrNotInTree) {
		return nil, fmt.Errorf("%w: %s", ErrNotInClaimTree, account.Hex())
	}
	if err != nil {
		return nil, err
	}
	if proof == nil {
		proof = []common.Hash{}
	}
	return &ClaimProof{
		Account: account, Cumulative: cum, Proof: proof, Root: view.Root,
		Emission: view.Emission, ChainID: view.ChainID, Settlements: view.Settlements,
	}, nil
}

// get returns the tree of the ledger's claims, building it again when a
// Merkle settlement was applied since the last call.
func (c *claimTrees) get(f *ledger.FSM) (*chain.MerkleTree, ledger.ClaimsView, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := f.ClaimSettlements()
	if n == 0 {
		return nil, ledger.ClaimsView{}, ErrNoClaimTree
	}
	if (c.tree != nil || c.err != nil) && c.settlements == n {
		return c.tree, c.view, c.err // the tree of the last settlement, built once
	}
	view := f.Claims()
	leaves := make([]chain.MerkleLeaf, len(view.Earned))
	for i, e := range view.Earned {
		leaves[i] = chain.MerkleLeaf{Account: e.Account, Cumulative: e.Amount}
	}
	t, err := chain.NewMerkleTree(chain.MerkleDomain{ChainID: view.ChainID, Emission: view.Emission}, leaves)
	if err == nil && t.Root() != view.Root {
		t, err = nil, fmt.Errorf("%w: tree %s, recorded %s", ErrClaimTreeMismatch, t.Root().Hex(), view.Root.Hex())
	}
	c.settlements, c.tree, c.err = view.Settlements, t, err
	c.view = view
	c.view.Earned = nil // not needed; the tree holds the leaves
	return t, c.view, err
}
