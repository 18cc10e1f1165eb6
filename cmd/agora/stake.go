package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/agora-net/agora/chain"
)

// permitValidity is how long, in seconds of chain time past the head
// block, the permit `agora stake add` signs stays valid. It is used in the
// very next transaction, so it only has to outlive that one's inclusion.
const permitValidity = 3600

// stakeOptions are the flags of `agora stake add|remove|withdraw`.
type stakeOptions struct {
	chainFlags
	amount       string // tokens, decimal (add, remove)
	hotkey       string
	staking      string
	token        string // optional: checked against the staking contract's
	key          string
	passwordFile string
	asJSON       bool
}

// stakeResult is what a stake command prints with --json: the transaction,
// the amount it moved and the hotkey's position after it. Amounts are base
// units as decimal strings.
type stakeResult struct {
	Tx           string `json:"tx"`
	Hotkey       string `json:"hotkey"`
	Owner        string `json:"owner"`
	Amount       string `json:"amount"`
	Stake        string `json:"stake"`
	Unbonding    string `json:"unbonding"`
	ReleaseBlock uint64 `json:"release_block"`
}

// newStakeCommand returns `agora stake`: stake tokens for a hotkey on the
// Staking contract, start unbonding them and withdraw them.
func newStakeCommand(a *app) *cobra.Command {
	cmd := groupCommand("stake", "Stake tokens for a hotkey, unstake and withdraw them (on chain)")

	var add stakeOptions
	addCmd := &cobra.Command{
		Use:   "add --amount TOKENS --hotkey ADDRESS --key FILE --rpc URL --staking ADDRESS [--token ADDRESS]",
		Short: "Stake tokens of the key's account for a hotkey",
		Long: `Stake --amount tokens of the --key account for --hotkey on the Staking
contract at --staking, through the JSON-RPC node at --rpc. The transfer is
approved by an EIP-2612 permit signed with the same key, so approval and stake
are one transaction. The first stake for a hotkey must come from the hotkey
itself or from the coldkey that registered it; later ones from the same
account.

Amounts are tokens in decimal with at most 9 places (1 token is 10^9 base
units): --amount 2.5. --token, when given, must be the staking contract's
token (a guard against a mixed-up deployment); without it the contract is
asked. The key's passphrase comes from --password-file or AGORA_PASSWORD.

Prints the transaction and the hotkey's new stake, or with --json an object
with base-unit amounts. Exit status 2 for a bad flag, address, amount or key
file; 1 when the node cannot be reached or the contract refuses (the reason,
such as an insufficient balance, is in the message).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return a.stakeAdd(cmd.Context(), add) },
	}
	stakeFlags(addCmd, &add, true)

	var remove stakeOptions
	removeCmd := &cobra.Command{
		Use:   "remove --amount TOKENS --hotkey ADDRESS --key FILE --rpc URL --staking ADDRESS",
		Short: "Move part of a hotkey's stake into unbonding",
		Long: `Unstake --amount tokens of --hotkey's stake, signed by the position's owner
(--key): they stop counting as stake at once and can be withdrawn (agora stake
withdraw) after the contract's unbonding period, counted in blocks from this
transaction's. A second unstake before the withdrawal adds to the unbonding
amount and restarts the period.

Prints the transaction, the remaining stake, the unbonding amount and the
first block at which it can be withdrawn. Exit status as for stake add.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return a.stakeRemove(cmd.Context(), remove) },
	}
	stakeFlags(removeCmd, &remove, true)

	var withdraw stakeOptions
	withdrawCmd := &cobra.Command{
		Use:   "withdraw --hotkey ADDRESS --key FILE --rpc URL --staking ADDRESS",
		Short: "Withdraw a hotkey's unbonded tokens to its owner",
		Long: `Pay --hotkey's whole unbonding amount to the position's owner, who signs
(--key), once the unbonding period has passed. Before the release block, or
with nothing unbonding, the contract refuses and the command exits with
status 1, naming the release block.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return a.stakeWithdraw(cmd.Context(), withdraw) },
	}
	stakeFlags(withdrawCmd, &withdraw, false)

	cmd.AddCommand(addCmd, removeCmd, withdrawCmd)
	return cmd
}

// stakeFlags registers the flags of a stake subcommand; withAmount adds
// --amount (and, for every subcommand, --token is accepted).
func stakeFlags(c *cobra.Command, o *stakeOptions, withAmount bool) {
	f := c.Flags()
	if withAmount {
		f.StringVar(&o.amount, "amount", "", "`TOKENS` to move, decimal with at most 9 places (required)")
	}
	f.StringVar(&o.hotkey, "hotkey", "", "the hotkey's `ADDRESS` (required)")
	f.StringVar(&o.staking, "staking", "", "the Staking contract's `ADDRESS` (required)")
	f.StringVar(&o.token, "token", "", "the token's `ADDRESS` (default: the staking contract's; checked against it when given)")
	f.StringVar(&o.key, "key", "", "the staker's keystore `FILE` (required)")
	f.StringVar(&o.passwordFile, "password-file", "", "read the passphrase from `FILE` (default: $AGORA_PASSWORD)")
	f.BoolVar(&o.asJSON, "json", false, "print the result as JSON, amounts in base units")
	o.chainFlags.register(c, true)
}

// stakeSession is what every stake subcommand works with once its input
// is valid: the key, the parsed addresses and amount, and clients of the
// staking contract and its token.
type stakeSession struct {
	key     *ecdsa.PrivateKey
	owner   common.Address
	hotkey  common.Address
	amount  uint64 // base units; 0 for withdraw
	client  *ethclient.Client
	staking *chain.Staking
	token   *tokenInfo
}

// openStake validates o (usage errors), opens the key, connects to the
// node and reads the staking contract's token; the caller closes s.client.
func openStake(ctx context.Context, command string, o stakeOptions, withAmount bool) (*stakeSession, error) {
	s := &stakeSession{}
	var err error
	if err := o.chainFlags.validate(command); err != nil {
		return nil, err
	}
	if withAmount {
		if s.amount, err = parseTokenAmount(command, o.amount); err != nil {
			return nil, err
		}
	}
	if s.hotkey, err = parseAddress(command, "--hotkey", o.hotkey); err != nil {
		return nil, err
	}
	stakingAddr, err := parseAddress(command, "--staking", o.staking)
	if err != nil {
		return nil, err
	}
	var tokenAddr common.Address
	if o.token != "" {
		if tokenAddr, err = parseAddress(command, "--token", o.token); err != nil {
			return nil, err
		}
	}
	if s.key, err = openSignerKey(command, o.key, o.passwordFile); err != nil {
		return nil, err
	}
	s.owner = crypto.PubkeyToAddress(s.key.PublicKey)

	if s.client, err = o.chainFlags.dial(ctx, command); err != nil {
		return nil, err
	}
	if err := s.bind(ctx, command, stakingAddr, tokenAddr, o.confirmations); err != nil {
		s.client.Close()
		return nil, err
	}
	return s, nil
}

// bind makes the clients of the staking contract at stakingAddr and of its
// token, which must be tokenAddr unless that is zero and must count in
// tokenDecimals (the amounts were parsed so).
func (s *stakeSession) bind(ctx context.Context, command string, stakingAddr, tokenAddr common.Address, confirmations uint64) error {
	var err error
	if s.staking, err = chain.NewStaking(stakingAddr, s.client, chain.WithConfirmations(confirmations)); err != nil {
		return err
	}
	actual, err := s.staking.Token(ctx)
	if err != nil {
		return fmt.Errorf("%s: is %s a Staking contract? %w", command, stakingAddr.Hex(), err)
	}
	if tokenAddr != (common.Address{}) && tokenAddr != actual {
		return usageError(fmt.Errorf("%s: --token %s is not the staking contract's token %s", command, tokenAddr.Hex(), actual.Hex()))
	}
	if s.token, err = readToken(ctx, command, s.client, actual); err != nil {
		return err
	}
	if s.token.decimals != tokenDecimals {
		return fmt.Errorf("%s: the staking contract's token %s has %d decimals, not Agora's %d", command, actual.Hex(), s.token.decimals, tokenDecimals)
	}
	return nil
}

func (a *app) stakeAdd(ctx context.Context, o stakeOptions) error {
	const command = "stake add"
	ctx, cancel := chainContext(ctx, o.timeout)
	defer cancel()
	s, err := openStake(ctx, command, o, true)
	if err != nil {
		return err
	}
	defer s.client.Close()

	head, err := s.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("%s: read the head block: %w", command, err)
	}
	permit, err := s.token.client.SignPermit(ctx, s.key, s.staking.Address(), s.amount, head.Time+permitValidity)
	if err != nil {
		return fmt.Errorf("%s: %w", command, err)
	}
	a.log.Debug("staking", "hotkey", s.hotkey.Hex(), "owner", s.owner.Hex(), "amount", s.amount)
	tx, err := s.staking.StakeWithPermit(ctx, s.key, s.hotkey, s.amount, permit)
	if err != nil {
		return fmt.Errorf("%s: %w", command, err)
	}
	pos, err := s.position(ctx, command, tx)
	if err != nil {
		return err
	}
	if o.asJSON {
		return writeJSON(a.stdout, s.result(tx, bigU64(s.amount), pos))
	}
	_, err = fmt.Fprintf(a.stdout, "staked %s for %s in tx %s; its stake is now %s\n",
		s.token.format(bigU64(s.amount)), s.hotkey.Hex(), tx.Hex(), s.token.format(pos.stake))
	return err
}

func (a *app) stakeRemove(ctx context.Context, o stakeOptions) error {
	const command = "stake remove"
	ctx, cancel := chainContext(ctx, o.timeout)
	defer cancel()
	s, err := openStake(ctx, command, o, true)
	if err != nil {
		return err
	}
	defer s.client.Close()

	a.log.Debug("unstaking", "hotkey", s.hotkey.Hex(), "owner", s.owner.Hex(), "amount", s.amount)
	tx, err := s.staking.Unstake(ctx, s.key, s.hotkey, s.amount)
	if err != nil {
		return fmt.Errorf("%s: %w", command, err)
	}
	pos, err := s.position(ctx, command, tx)
	if err != nil {
		return err
	}
	if o.asJSON {
		return writeJSON(a.stdout, s.result(tx, bigU64(s.amount), pos))
	}
	_, err = fmt.Fprintf(a.stdout, "unstaked %s from %s in tx %s; stake %s, unbonding %s, withdrawable from block %d\n",
		s.token.format(bigU64(s.amount)), s.hotkey.Hex(), tx.Hex(),
		s.token.format(pos.stake), s.token.format(pos.unbonding.Amount), pos.unbonding.ReleaseBlock)
	return err
}

func (a *app) stakeWithdraw(ctx context.Context, o stakeOptions) error {
	const command = "stake withdraw"
	ctx, cancel := chainContext(ctx, o.timeout)
	defer cancel()
	s, err := openStake(ctx, command, o, false)
	if err != nil {
		return err
	}
	defer s.client.Close()

	before, err := s.staking.UnbondingOf(ctx, s.hotkey)
	if err != nil {
		return fmt.Errorf("%s: %w", command, err)
	}
	a.log.Debug("withdrawing", "hotkey", s.hotkey.Hex(), "owner", s.owner.Hex(), "unbonding", before.Amount)
	tx, err := s.staking.Withdraw(ctx, s.key, s.hotkey)
	if errors.Is(err, chain.ErrStillUnbonding) {
		if head, herr := s.client.BlockNumber(ctx); herr == nil {
			return fmt.Errorf("%s: %s is still unbonding %s until block %d (the head is block %d)",
				command, s.hotkey.Hex(), s.token.format(before.Amount), before.ReleaseBlock, head)
		}
	}
	if err != nil {
		return fmt.Errorf("%s: %w", command, err)
	}
	pos, err := s.position(ctx, command, tx)
	if err != nil {
		return err
	}
	if o.asJSON {
		return writeJSON(a.stdout, s.result(tx, before.Amount, pos))
	}
	_, err = fmt.Fprintf(a.stdout, "withdrew %s unbonded from %s to %s in tx %s\n",
		s.token.format(before.Amount), s.hotkey.Hex(), s.owner.Hex(), tx.Hex())
	return err
}

// position is a hotkey's stake and unbonding amount.
type position struct {
	stake     *big.Int
	unbonding chain.Unbonding
}

// position reads the hotkey's position after tx, which was mined.
func (s *stakeSession) position(ctx context.Context, command string, tx common.Hash) (position, error) {
	stake, err := s.staking.StakeOf(ctx, s.hotkey)
	if err != nil {
		return position{}, fmt.Errorf("%s: tx %s went through, but then: %w", command, tx.Hex(), err)
	}
	unb, err := s.staking.UnbondingOf(ctx, s.hotkey)
	if err != nil {
		return position{}, fmt.Errorf("%s: tx %s went through, but then: %w", command, tx.Hex(), err)
	}
	return position{stake: stake, unbonding: unb}, nil
}

// result is the --json output for tx, which moved amount, and the position
// after it.
func (s *stakeSession) result(tx common.Hash, amount *big.Int, pos position) stakeResult {
	return stakeResult{
		Tx: tx.Hex(), Hotkey: s.hotkey.Hex(), Owner: s.owner.Hex(), Amount: amount.String(),
		Stake: pos.stake.String(), Unbonding: pos.unbonding.Amount.String(), ReleaseBlock: pos.unbonding.ReleaseBlock,
	}
}

// bigU64 converts base units to a *big.Int.
func bigU64(v uint64) *big.Int {
	return new(big.Int).SetUint64(v)
}
