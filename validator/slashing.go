package validator

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"math/bits"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agora-net/agora/chain"
	"github.com/agora-net/agora/validator/ledger"
)

// Slasher slashes miners' stake on chain (the Staking contract), at most
// once per evidence hash: the contract records the hash with each slash,
// and the worker looks for it before it slashes.
type Slasher interface {
	// SlashOf finds the slash of hotkey that named evidence: its
	// transaction and amount; found is false if there is none.
	SlashOf(ctx context.Context, hotkey common.Address, evidence common.Hash) (tx common.Hash, amount uint64, found bool, err error)
	// Slashable is what hotkey has at stake (stake and unbonding).
	Slashable(ctx context.Context, hotkey common.Address) (uint64, error)
	// Slash burns amount of hotkey's stake, naming evidence.
	Slash(ctx context.Context, hotkey common.Address, amount uint64, evidence common.Hash) (common.Hash, error)
}

// SlashingConfig tunes RunSlashing.
type SlashingConfig struct {
	// Interval is the pause between rounds, and the first retry's backoff.
	Interval time.Duration
	// Permille is the share of a miner's slashable stake one confirmed
	// offence burns, 1..1000 (at least one base unit when it has any).
	Permille uint16
}

// DefaultSlashingConfig checks every second and slashes half the stake.
func DefaultSlashingConfig() SlashingConfig {
	return SlashingConfig{Interval: time.Second, Permille: 500}
}

// RunSlashing slashes every confirmed, unslashed offence of the ledger, in
// the ledger's order, while this node leads: for each it asks the contract
// whether the offence's evidence was slashed already (a former leader may
// have died between slashing and recording), slashes Permille of the
// miner's slashable stake otherwise, and records the slash in the ledger
// (a slash command; amount 0 when the miner had nothing at stake).
// Failures are retried with backoff. It returns when ctx ends.
func (n *Node) RunSlashing(ctx context.Context, slasher Slasher, cfg SlashingConfig) error {
	if cfg.Interval <= 0 {
		cfg.Interval = DefaultSlashingConfig().Interval
	}
	if cfg.Permille == 0 || cfg.Permille > 1000 {
		return fmt.Errorf("validator: slashing: permille %d not in [1, 1000]", cfg.Permille)
	}
	n.whileLeader(ctx, cfg.Interval, "slashing", func(ctx context.Context) error { return n.slashPending(ctx, slasher, cfg) })
	return nil
}

func (n *Node) slashPending(ctx context.Context, slasher Slasher, cfg SlashingConfig) error {
	for _, o := range n.fsm.PendingSlashes() {
		if !n.IsLeader() {
			return nil
		}
		if err := n.slashOne(ctx, slasher, cfg, o); err != nil {
			return fmt.Errorf("subnet %d miner %s epoch %d: %w", o.Subnet, o.Hotkey.Hex(), o.Epoch, err)
		}
	}
	return nil
}

// slashOne slashes one offence, unless the contract did already, and
// records it.
func (n *Node) slashOne(ctx context.Context, slasher Slasher, cfg SlashingConfig, o ledger.OffenceView) error {
	cmd := ledger.Slash{Subnet: o.Subnet, Hotkey: o.Hotkey, Epoch: o.Epoch}
	tx, amount, found, err := slasher.SlashOf(ctx, o.Hotkey, o.Evidence)
	if err != nil {
		return err
	}
	if !found {
		stake, err := slasher.Slashable(ctx, o.Hotkey)
		if err != nil {
			return err
		}
		if amount = slashAmount(stake, cfg.Permille); amount > 0 {
			if tx, err = slasher.Slash(ctx, o.Hotkey, amount, o.Evidence); err != nil {
				return err
			}
		}
	}
	if amount > 0 {
		cmd.Amount, cmd.Tx = amount, tx.Hex()
	}
	resp, err := n.SubmitOwn(ctx, ledger.TypeSlash, cmd)
	if err != nil {
		return err
	}
	if resp.Error != "" {
		return fmt.Errorf("slash rejected: %s", resp.Error) // another leader's record: not pending next round
	}
	n.log.Info("miner slashed", "subnet", o.Subnet, "miner", o.Hotkey.Hex(), "epoch", o.Epoch, "amount", amount,
		"evidence", o.Evidence.Hex(), "tx", cmd.Tx)
	return nil
}

// slashAmount is ⌊stake · permille / 1000⌋, at least 1 when stake > 0.
func slashAmount(stake uint64, permille uint16) uint64 {
	hi, lo := bits.Mul64(stake, uint64(permille))
	q, _ := bits.Div64(hi, lo, 1000) // hi < 1000: permille ≤ 1000
	if q == 0 && stake > 0 {
		q = 1
	}
	return q
}

// StakingSlasher is the Slasher of a Staking contract, slashing with a key
// that holds its SLASHER_ROLE.
type StakingSlasher struct {
	Staking *chain.Staking
	Key     *ecdsa.PrivateKey
}

var _ Slasher = StakingSlasher{}

// SlashOf finds the contract's slash of hotkey naming evidence.
func (s StakingSlasher) SlashOf(ctx context.Context, hotkey common.Address, evidence common.Hash) (common.Hash, uint64, bool, error) {
	sl, found, err := s.Staking.SlashOf(ctx, hotkey, evidence)
	if err != nil || !found {
		return common.Hash{}, 0, false, err
	}
	if !sl.Amount.IsUint64() {
		return common.Hash{}, 0, false, fmt.Errorf("validator: slash of %s in %s is %s base units, above 2^64 - 1", hotkey.Hex(), sl.Tx.Hex(), sl.Amount)
	}
	return sl.Tx, sl.Amount.Uint64(), true, nil
}

// Slashable returns hotkey's stake plus its unbonding amount.
func (s StakingSlasher) Slashable(ctx context.Context, hotkey common.Address) (uint64, error) {
	stake, err := s.Staking.StakeOf(ctx, hotkey)
	if err != nil {
		return 0, err
	}
	ub, err := s.Staking.UnbondingOf(ctx, hotkey)
	if err != nil {
		return 0, err
	}
	total := new(big.Int).Add(stake, ub.Amount)
	if !total.IsUint64() {
		return 0, fmt.Errorf("validator: %s has %s base units at stake, above 2^64 - 1", hotkey.Hex(), total)
	}
	return total.Uint64(), nil
}

// Slash burns amount of hotkey's stake naming evidence.
func (s StakingSlasher) Slash(ctx context.Context, hotkey common.Address, amount uint64, evidence common.Hash) (common.Hash, error) {
	return s.Staking.Slash(ctx, s.Key, hotkey, amount, evidence)
}
