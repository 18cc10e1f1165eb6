package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/agora-net/agora/chain"
	"github.com/agora-net/agora/validator"
)

// claimOptions are the flags of `agora claim`.
type claimOptions struct {
	chainFlags
	validatorURL string
	emission     string // optional: checked against the proof's
	account      string // default: the key's address
	key          string
	passwordFile string
	asJSON       bool
}

// claimResult is what `agora claim --json` prints. Amounts are base units
// as decimal strings; Tx is empty when there was nothing to claim.
type claimResult struct {
	Account    string `json:"account"`
	Emission   string `json:"emission"`
	Cumulative string `json:"cumulative"`
	Paid       string `json:"paid"`
	Balance    string `json:"balance"`
	Tx         string `json:"tx"`
}

// newClaimCommand returns `agora claim`: collect what an account earned in
// epochs settled in Merkle mode.
func newClaimCommand(a *app) *cobra.Command {
	var o claimOptions
	cmd := &cobra.Command{
		Use:   "claim --validator URL --rpc URL --key FILE [--account ADDRESS] [--emission ADDRESS]",
		Short: "Claim the emissions an account earned in Merkle-settled epochs",
		Long: `Fetch the account's claim from a validator's API (--validator: its cumulative
earnings in the emission contract's claim tree, and the Merkle proof of them),
check the proof against the contract through the JSON-RPC node at --rpc, and
send the claim, signed with --key. The contract pays the difference between the
cumulative amount and what the account claimed before, so one claim collects
every epoch settled since the last one.

The account is the key's address unless --account names another: anyone may
send a claim, the tokens always go to the account. --emission, when given, must
be the contract the validator's tree belongs to. An account with nothing new to
claim prints so and exits 0 without sending anything. The key's passphrase
comes from --password-file or AGORA_PASSWORD.

Exit status 2 for a bad flag, address or key file, or when the validator has no
claim for the account; 1 when the validator or the node cannot be reached or the
contract refuses.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return a.claim(cmd.Context(), o) },
	}
	f := cmd.Flags()
	f.StringVar(&o.validatorURL, "validator", "", "HTTP `URL` of any validator's API (required)")
	f.StringVar(&o.emission, "emission", "", "the emission contract's `ADDRESS` (default: the one the validator names)")
	f.StringVar(&o.account, "account", "", "the `ADDRESS` to claim for (default: the key's)")
	f.StringVar(&o.key, "key", "", "the sender's keystore `FILE` (required)")
	f.StringVar(&o.passwordFile, "password-file", "", "read the keystore passphrase from `FILE` (default: $AGORA_PASSWORD)")
	f.BoolVar(&o.asJSON, "json", false, "print the result as JSON")
	o.chainFlags.register(cmd, true)
	return cmd
}

func (a *app) claim(ctx context.Context, o claimOptions) error {
	const command = "claim"
	if err := o.chainFlags.validate(command); err != nil {
		return err
	}
	if o.validatorURL == "" {
		return usageError(errors.New("claim: --validator URL (a validator's HTTP API) is required"))
	}
	var want common.Address
	var err error
	if o.emission != "" {
		if want, err = parseAddress(command, "--emission", o.emission); err != nil {
			return err
		}
	}
	key, err := openSignerKey(command, o.key, o.passwordFile)
	if err != nil {
		return err
	}
	account := crypto.PubkeyToAddress(key.PublicKey)
	if o.account != "" {
		if account, err = parseAddress(command, "--account", o.account); err != nil {
			return err
		}
	}
	ctx, cancel := chainContext(ctx, o.timeout)
	defer cancel()

	proof, err := validator.NewClient(o.validatorURL, 0).Claim(ctx, account)
	if err != nil {
		var ae *validator.APIError
		if errors.As(err, &ae) && ae.Status == 404 {
			return usageError(fmt.Errorf("claim: %s: %s", account.Hex(), ae.Message))
		}
		return fmt.Errorf("claim: ask %s for the proof: %w", o.validatorURL, err)
	}
	if want != (common.Address{}) && want != proof.Emission {
		return usageError(fmt.Errorf("claim: --emission %s, but the validator's claim tree belongs to %s", want.Hex(), proof.Emission.Hex()))
	}
	client, err := o.chainFlags.dial(ctx, command)
	if err != nil {
		return err
	}
	defer client.Close()
	if id, err := client.ChainID(ctx); err != nil || id.Uint64() != proof.ChainID {
		return usageError(fmt.Errorf("claim: the node at %s serves chain %v, the claim is for chain %d", o.rpc, id, proof.ChainID))
	}
	em, err := chain.NewEmission(proof.Emission, client, chain.WithConfirmations(o.confirmations))
	if err != nil {
		return err
	}
	ok, err := em.Verify(ctx, account, proof.Cumulative, proof.Proof)
	if err != nil {
		return fmt.Errorf("claim: is %s the emission contract? %w", proof.Emission.Hex(), err)
	}
	if !ok {
		return fmt.Errorf("claim: the contract does not accept the validator's proof (root %s); the validator may lag a settlement — try again, or another validator", proof.Root.Hex())
	}
	claimed, err := em.Claimed(ctx, account)
	if err != nil {
		return fmt.Errorf("claim: %w", err)
	}
	cum := new(big.Int).SetUint64(proof.Cumulative)
	res := claimResult{Account: account.Hex(), Emission: proof.Emission.Hex(), Cumulative: cum.String(), Paid: "0"}
	if cum.Cmp(claimed) > 0 {
		tx, err := em.Claim(ctx, key, account, proof.Cumulative, proof.Proof)
		if err != nil {
			return fmt.Errorf("claim: %w", err)
		}
		res.Tx = tx.Hex()
		res.Paid = new(big.Int).Sub(cum, claimed).String()
	}
	tokenAddr, err := em.Token(ctx)
	if err != nil {
		return fmt.Errorf("claim: %w", err)
	}
	tok, err := readToken(ctx, command, client, tokenAddr)
	if err != nil {
		return err
	}
	bal, err := tok.client.BalanceOf(ctx, account)
	if err != nil {
		return fmt.Errorf("claim: %w", err)
	}
	res.Balance = bal.String()
	if o.asJSON {
		return writeJSON(a.stdout, res)
	}
	if res.Tx == "" {
		_, err = fmt.Fprintf(a.stdout, "nothing to claim for %s: it has claimed all %s it earned; balance %s\n",
			account.Hex(), tok.format(cum), tok.format(bal))
		return err
	}
	paid, _ := new(big.Int).SetString(res.Paid, 10)
	_, err = fmt.Fprintf(a.stdout, "claimed %s for %s in tx %s; balance %s\n", tok.format(paid), account.Hex(), res.Tx, tok.format(bal))
	return err
}
