package chain

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/chain/bindings"
)

// BenchConfig configures BenchSettlement.
type BenchConfig struct {
	// MerkleSizes are the numbers of recipients whose Merkle settlement is
	// measured.
	MerkleSizes []int
	// ClaimTreeSize is the number of leaves of the tree claims are made
	// against (proofs of ceil(log2) hashes).
	ClaimTreeSize int
	// Recipients is the number of recipients of the push-mode and naive
	// batches.
	Recipients int
	// BlockPeriod is the simulated chain's block period.
	BlockPeriod time.Duration
}

// DefaultBenchConfig returns the benchmark: Merkle settlement at 16,
// 256 and 4,096 recipients, claims against a 256-leaf tree, push mode and
// the naive batch at 256 recipients, 20 ms blocks.
func DefaultBenchConfig() BenchConfig {
	return BenchConfig{
		MerkleSizes:   []int{16, 256, 4096},
		ClaimTreeSize: 256,
		Recipients:    256,
		BlockPeriod:   20 * time.Millisecond,
	}
}

// Validate reports a configuration BenchSettlement cannot use.
func (c BenchConfig) Validate() error {
	if len(c.MerkleSizes) == 0 {
		return errors.New("chain: bench: no merkle sizes")
	}
	for _, n := range append([]int{c.ClaimTreeSize, c.Recipients}, c.MerkleSizes...) {
		if n < 1 || n > 1<<16 {
			return fmt.Errorf("chain: bench: size %d out of range 1..65536", n)
		}
	}
	if c.BlockPeriod <= 0 {
		return fmt.Errorf("chain: bench: block period %v not positive", c.BlockPeriod)
	}
	return nil
}

// SettlementGas is what BenchSettlement measures, in gas from receipts
// (each transaction's whole gas used, the 21,000 intrinsic gas included).
// Per-recipient figures are a batch transaction's gas divided by its
// recipients, rounded.
type SettlementGas struct {
	// MerkleSettle is the gas of settling one epoch in Merkle mode, by
	// number of recipients (decimal): a later epoch of the subnet, whose
	// epoch counter exists, on a chain whose two root slots are in use.
	MerkleSettle map[string]uint64 `json:"merkle_settle_gas"`
	// Claim is the gas of claims.
	Claim ClaimGas `json:"claim_gas"`
	// PushPerRecipient is push mode's (Emission.distribute) gas per recipient.
	PushPerRecipient PerRecipientGas `json:"push_gas_per_recipient"`
	// Baseline is what plain ERC-20 transfers cost on the same chain.
	Baseline BaselineGas `json:"baseline"`

	// Details are the other figures of the run, printed in the table.
	Details BenchDetails `json:"-"`
}

// ClaimGas is the gas of an account's first claim (a new storage slot: the
// token keeps the claimed amount in the balance's word) and of a later one.
type ClaimGas struct {
	First  uint64 `json:"first"`
	Repeat uint64 `json:"repeat"`
}

// PerRecipientGas is a batch's gas per recipient, for recipients without a
// balance (fresh) and with one (repeat).
type PerRecipientGas struct {
	Fresh  uint64 `json:"fresh"`
	Repeat uint64 `json:"repeat"`
}

// BaselineGas is plain ERC-20 transfers: one per transaction, to a fresh
// address and to a holder, and a contract looping over transfer in one
// transaction (per recipient).
type BaselineGas struct {
	TransferFresh    uint64 `json:"transfer_fresh"`
	TransferRepeat   uint64 `json:"transfer_repeat"`
	NaiveBatchFresh  uint64 `json:"naive_batch_fresh"`
	NaiveBatchRepeat uint64 `json:"naive_batch_repeat"`
}

// BenchDetails are the run's other measurements.
type BenchDetails struct {
	// FirstSettle is the gas of a subnet's first Merkle settlement, by
	// number of recipients: it creates the subnet's epoch counter slot and
	// asks the registry whether the subnet exists.
	FirstSettle map[string]uint64
	// ClaimTreeSize and ClaimProofLen describe the claims' tree: its number
	// of leaves and the number of hashes in the claimed proofs.
	ClaimTreeSize, ClaimProofLen int
	// Recipients is the size of the push and naive batches.
	Recipients int
	// PushTotal and NaiveTotal are the batches' whole gas, fresh then repeat.
	PushTotal, NaiveTotal [2]uint64
}

// benchRun is one benchmark's chain and actors.
type benchRun struct {
	sim                       *Sim
	c                         *Contracts
	deployer, settler, holder *ecdsa.PrivateKey
}

// BenchSettlement measures, on a fresh simulated chain with mainnet (Osaka)
// gas rules, what paying an epoch costs in Merkle mode (settle, claim) and
// push mode (distribute), beside plain ERC-20 transfers. The chain serves
// JSON-RPC on 127.0.0.1 while it runs and is closed before it returns. Every
// payment's effect is checked on chain, so a wrong result fails the run.
func BenchSettlement(ctx context.Context, cfg BenchConfig) (SettlementGas, error) {
	if err := cfg.Validate(); err != nil {
		return SettlementGas{}, err
	}
	keys := make([]*ecdsa.PrivateKey, 3)
	addrs := make([]common.Address, len(keys))
	for i := range keys {
		k, err := crypto.GenerateKey()
		if err != nil {
			return SettlementGas{}, fmt.Errorf("chain: bench: %w", err)
		}
		keys[i], addrs[i] = k, crypto.PubkeyToAddress(k.PublicKey)
	}
	sim, err := StartSimulated(ctx, SimConfig{BlockPeriod: cfg.BlockPeriod, Accounts: addrs})
	if err != nil {
		return SettlementGas{}, err
	}
	defer sim.Close()
	r := &benchRun{sim: sim, deployer: keys[0], settler: keys[1], holder: keys[2]}
	dc := DefaultDeployConfig()
	dc.Settler, dc.Slasher, dc.Pricer = addrs[1], addrs[1], addrs[1]
	dc.SubnetLockCost = 0
	if r.c, err = DeployContracts(ctx, sim.Client(), r.deployer, dc); err != nil {
		return SettlementGas{}, err
	}
	out := SettlementGas{
		MerkleSettle: make(map[string]uint64),
		Details:      BenchDetails{FirstSettle: make(map[string]uint64), Recipients: cfg.Recipients},
	}
	if err := r.baseline(ctx, cfg.Recipients, &out); err != nil {
		return SettlementGas{}, fmt.Errorf("chain: bench baseline: %w", err)
	}
	if err := r.push(ctx, cfg.Recipients, &out); err != nil {
		return SettlementGas{}, fmt.Errorf("chain: bench push mode: %w", err)
	}
	// The tree's two root slots are global: settle twice first, so that the
	// measured settlements find both in use, as on any chain past its
	// second Merkle settlement.
	if _, _, err := r.merkleSettle(ctx, 1); err != nil {
		return SettlementGas{}, fmt.Errorf("chain: bench first merkle settlements: %w", err)
	}
	for _, n := range cfg.MerkleSizes {
		first, later, err := r.merkleSettle(ctx, n)
		if err != nil {
			return SettlementGas{}, fmt.Errorf("chain: bench merkle settlement of %d: %w", n, err)
		}
		out.MerkleSettle[strconv.Itoa(n)] = later
		out.Details.FirstSettle[strconv.Itoa(n)] = first
	}
	if err := r.claims(ctx, cfg.ClaimTreeSize, &out); err != nil {
		return SettlementGas{}, fmt.Errorf("chain: bench claims: %w", err)
	}
	if err := sim.Close(); err != nil {
		return SettlementGas{}, err
	}
	return out, nil
}

// benchAddr derives the i-th recipient address of a group; none has a key
// or a balance before the benchmark pays it.
func benchAddr(group string, i int) common.Address {
	h := sha256.Sum256([]byte("agora bench recipient/" + group + "/" + strconv.Itoa(i)))
	return common.BytesToAddress(h[:20])
}

// benchAmount is a plausible per-epoch payment: about one token.
func benchAmount(i int) uint64 {
	return 1_000_000_000 + uint64(i)*7919
}

func (r *benchRun) gas(ctx context.Context, hash common.Hash) (uint64, error) {
	rc, err := r.sim.Client().TransactionReceipt(ctx, hash)
	if err != nil {
		return 0, fmt.Errorf("receipt of %s: %w", hash, err)
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return 0, fmt.Errorf("tx %s failed", hash)
	}
	return rc.GasUsed, nil
}

func (r *benchRun) newSubnet(ctx context.Context) (uint16, error) {
	id, _, err := r.c.Registry.CreateSubnet(ctx, r.deployer, 0)
	return id, err
}

func perRecipient(total uint64, n int) uint64 {
	return (total + uint64(n)/2) / uint64(n)
}

// baseline measures plain transfers from a holder and a naive loop of
// transfers by a contract holding tokens; both are funded in push mode.
func (r *benchRun) baseline(ctx context.Context, n int, out *SettlementGas) error {
	subnet, err := r.newSubnet(ctx)
	if err != nil {
		return err
	}
	s := r.c.Token.s
	loopAddr, tx, err := deployWith(ctx, s, r.deployer, bindings.TransferLoopMetaData)
	if err != nil {
		return err
	}
	if err := s.waitDeployed(ctx, r.deployer, loopAddr, tx); err != nil {
		return err
	}
	holder := crypto.PubkeyToAddress(r.holder.PublicKey)
	const fund = 1_000_000_000_000_000 // a million tokens each
	if _, err := r.c.Emission.Distribute(ctx, r.settler, subnet, 1, []common.Address{holder, loopAddr}, []uint64{fund, fund}); err != nil {
		return err
	}

	to := benchAddr("transfer", 0)
	for i, dst := range []*uint64{&out.Baseline.TransferFresh, &out.Baseline.TransferRepeat} {
		h, err := r.c.Token.Transfer(ctx, r.holder, to, benchAmount(i))
		if err != nil {
			return err
		}
		if *dst, err = r.gas(ctx, h); err != nil {
			return err
		}
	}

	loop, err := newContract(loopAddr, bindings.TransferLoopMetaData, s)
	if err != nil {
		return err
	}
	recipients := make([]common.Address, n)
	amounts := make([]*big.Int, n)
	for i := range recipients {
		recipients[i], amounts[i] = benchAddr("naive", i), bigU64(benchAmount(i))
	}
	for round := range 2 {
		h, _, err := loop.transact(ctx, r.holder, "send", r.c.Token.addr, recipients, amounts)
		if err != nil {
			return err
		}
		if out.Details.NaiveTotal[round], err = r.gas(ctx, h); err != nil {
			return err
		}
	}
	out.Baseline.NaiveBatchFresh = perRecipient(out.Details.NaiveTotal[0], n)
	out.Baseline.NaiveBatchRepeat = perRecipient(out.Details.NaiveTotal[1], n)
	return r.checkBalance(ctx, recipients[n-1], 2*benchAmount(n-1))
}

// push measures Emission.distribute to n fresh recipients, then to the same
// n again.
func (r *benchRun) push(ctx context.Context, n int, out *SettlementGas) error {
	subnet, err := r.newSubnet(ctx)
	if err != nil {
		return err
	}
	recipients := make([]common.Address, n)
	amounts := make([]uint64, n)
	for i := range recipients {
		recipients[i], amounts[i] = benchAddr("push", i), benchAmount(i)
	}
	for round := range 2 {
		h, err := r.c.Emission.Distribute(ctx, r.settler, subnet, uint64(round+1), recipients, amounts)
		if err != nil {
			return err
		}
		if out.Details.PushTotal[round], err = r.gas(ctx, h); err != nil {
			return err
		}
	}
	out.PushPerRecipient.Fresh = perRecipient(out.Details.PushTotal[0], n)
	out.PushPerRecipient.Repeat = perRecipient(out.Details.PushTotal[1], n)
	return r.checkBalance(ctx, recipients[n-1], 2*amounts[n-1])
}

// merkleTree builds the tree of n recipients of group after `epochs`
// epochs of benchAmount each.
func (r *benchRun) merkleTree(ctx context.Context, group string, n int, epochs uint64) (*MerkleTree, uint64, error) {
	domain, err := r.c.Emission.Domain(ctx)
	if err != nil {
		return nil, 0, err
	}
	leaves := make([]MerkleLeaf, n)
	var total uint64
	for i := range leaves {
		leaves[i] = MerkleLeaf{Account: benchAddr(group, i), Cumulative: epochs * benchAmount(i)}
		total += benchAmount(i)
	}
	t, err := NewMerkleTree(domain, leaves)
	return t, total, err
}

// merkleSettle settles two epochs of a subnet with n recipients and
// returns the gas of each.
func (r *benchRun) merkleSettle(ctx context.Context, n int) (first, later uint64, err error) {
	subnet, err := r.newSubnet(ctx)
	if err != nil {
		return 0, 0, err
	}
	group := "merkle-" + strconv.Itoa(n)
	var gas [2]uint64
	for epoch := uint64(1); epoch <= 2; epoch++ {
		t, total, err := r.merkleTree(ctx, group, n, epoch)
		if err != nil {
			return 0, 0, err
		}
		h, err := r.c.Emission.Settle(ctx, r.settler, subnet, epoch, t.Root(), total)
		if err != nil {
			return 0, 0, err
		}
		if gas[epoch-1], err = r.gas(ctx, h); err != nil {
			return 0, 0, err
		}
	}
	return gas[0], gas[1], nil
}

// claims settles a tree of n leaves (epochs of a new subnet), has one
// account claim for the first time, settles another epoch and has it claim
// again.
func (r *benchRun) claims(ctx context.Context, n int, out *SettlementGas) error {
	subnet, err := r.newSubnet(ctx)
	if err != nil {
		return err
	}
	const group = "claim"
	account := benchAddr(group, n/2)
	for epoch := uint64(1); epoch <= 3; epoch++ {
		t, total, err := r.merkleTree(ctx, group, n, epoch)
		if err != nil {
			return err
		}
		if _, err := r.c.Emission.Settle(ctx, r.settler, subnet, epoch, t.Root(), total); err != nil {
			return err
		}
		if epoch == 1 {
			continue // the first claim comes after two epochs, collecting both
		}
		cumulative, proof, err := t.Proof(account)
		if err != nil {
			return err
		}
		h, err := r.c.Emission.Claim(ctx, r.holder, account, cumulative, proof)
		if err != nil {
			return err
		}
		g, err := r.gas(ctx, h)
		if err != nil {
			return err
		}
		if epoch == 2 {
			out.Claim.First = g
		} else {
			out.Claim.Repeat = g
		}
		out.Details.ClaimProofLen = len(proof)
		if err := r.checkBalance(ctx, account, cumulative); err != nil {
			return err
		}
	}
	out.Details.ClaimTreeSize = n
	return nil
}

func (r *benchRun) checkBalance(ctx context.Context, account common.Address, want uint64) error {
	b, err := r.c.Token.BalanceOf(ctx, account)
	if err != nil {
		return err
	}
	if b.Cmp(bigU64(want)) != 0 {
		return fmt.Errorf("balance of %s is %v, want %d", account, b, want)
	}
	return nil
}
