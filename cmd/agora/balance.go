package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/url"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/agora-net/agora/chain"
)

// tokenDecimals is AgoraToken's decimals: amounts on the command line are
// tokens with at most this many decimal places.
const tokenDecimals = 9

// balanceResult is what `agora balance --json` prints.
type balanceResult struct {
	Address  string `json:"address"`
	Token    string `json:"token"`
	Symbol   string `json:"symbol"`
	Decimals uint8  `json:"decimals"`
	// Balance is in base units, as a decimal string.
	Balance string `json:"balance"`
	// Tokens is Balance in tokens, as a decimal string.
	Tokens string `json:"tokens"`
}

// newBalanceCommand returns `agora balance`: an account's token balance.
func newBalanceCommand(a *app) *cobra.Command {
	var (
		cf     chainFlags
		token  string
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "balance --rpc URL --token ADDRESS ADDRESS",
		Short: "Print an account's token balance",
		Long: `Print the token balance of ADDRESS on the token contract at --token, read
through the JSON-RPC node at --rpc as of the latest block, in tokens followed
by the token's symbol (2.5 AGR). With --json, print {"address", "token", "symbol", "decimals",
"balance" (base units), "tokens"}. A malformed address exits with status 2;
an unreachable node or an address that is not a token contract with 1.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.balance(cmd.Context(), cf, token, args[0], asJSON)
		},
	}
	cmd.Flags().StringVar(&token, "token", "", "the token contract's `ADDRESS` (required)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the balance as JSON")
	cf.register(cmd, false)
	return cmd
}

func (a *app) balance(ctx context.Context, cf chainFlags, tokenFlag, account string, asJSON bool) error {
	const command = "balance"
	if err := cf.validate(command); err != nil {
		return err
	}
	tokenAddr, err := parseAddress(command, "--token", tokenFlag)
	if err != nil {
		return err
	}
	addr, err := parseAccount(command, "ADDRESS", account)
	if err != nil {
		return err
	}
	ctx, cancel := chainContext(ctx, cf.timeout)
	defer cancel()
	client, err := cf.dial(ctx, command)
	if err != nil {
		return err
	}
	defer client.Close()
	tok, err := readToken(ctx, command, client, tokenAddr)
	if err != nil {
		return err
	}
	bal, err := tok.client.BalanceOf(ctx, addr)
	if err != nil {
		return fmt.Errorf("%s: %w", command, err)
	}
	if asJSON {
		return writeJSON(a.stdout, balanceResult{
			Address: addr.Hex(), Token: tokenAddr.Hex(), Symbol: tok.symbol, Decimals: tok.decimals,
			Balance: bal.String(), Tokens: formatUnits(bal, tok.decimals),
		})
	}
	_, err = fmt.Fprintln(a.stdout, tok.format(bal))
	return err
}

// defaultChainTimeout bounds a chain command: connecting, sending and
// waiting for the confirmations.
const defaultChainTimeout = 2 * time.Minute

// chainFlags are the flags of every command that talks to a chain node.
type chainFlags struct {
	rpc           string
	confirmations uint64
	timeout       time.Duration
}

// register adds --rpc and --timeout and, for commands that send
// transactions, --confirmations.
func (c *chainFlags) register(cmd *cobra.Command, sends bool) {
	f := cmd.Flags()
	f.StringVar(&c.rpc, "rpc", "", "the chain node's JSON-RPC `URL` (http, https, ws, wss or an IPC socket path; required)")
	c.confirmations = 1
	if sends {
		f.Uint64Var(&c.confirmations, "confirmations", 1, "blocks a transaction must be buried under (its own counts) before it is reported done")
	}
	f.DurationVar(&c.timeout, "timeout", defaultChainTimeout, "give up after this long")
}

// validate checks the flags without contacting the node.
func (c *chainFlags) validate(command string) error {
	if c.rpc == "" {
		return usageError(fmt.Errorf("%s: --rpc URL (the chain node's JSON-RPC endpoint) is required", command))
	}
	if strings.Contains(c.rpc, "://") {
		u, err := url.Parse(c.rpc)
		if err != nil {
			return usageError(fmt.Errorf("%s: --rpc %q: %w", command, c.rpc, err))
		}
		switch u.Scheme {
		case "http", "https", "ws", "wss":
		default:
			return usageError(fmt.Errorf("%s: --rpc %q: want an http, https, ws or wss URL or an IPC socket path", command, c.rpc))
		}
		if u.Host == "" {
			return usageError(fmt.Errorf("%s: --rpc %q: no host", command, c.rpc))
		}
	}
	if c.confirmations == 0 {
		return usageError(fmt.Errorf("%s: --confirmations must be at least 1", command))
	}
	if c.timeout <= 0 {
		return usageError(fmt.Errorf("%s: --timeout must be positive", command))
	}
	return nil
}

// dial connects to the node and asks it for its chain ID, so that an
// unreachable node (an http endpoint is only contacted by the first call)
// is reported as such, not as a failed contract read.
func (c *chainFlags) dial(ctx context.Context, command string) (*ethclient.Client, error) {
	client, err := ethclient.DialContext(ctx, c.rpc)
	if err != nil {
		return nil, fmt.Errorf("%s: connect to %s: %w", command, c.rpc, err)
	}
	if _, err := client.ChainID(ctx); err != nil {
		client.Close()
		return nil, fmt.Errorf("%s: no answer from the node at %s: %w", command, c.rpc, err)
	}
	return client, nil
}

// chainContext bounds a chain command by timeout and ends it on SIGINT or
// SIGTERM.
func chainContext(parent context.Context, timeout time.Duration) (context.Context, context.CancelFunc) {
	if parent == nil {
		parent = context.Background()
	}
	ctx, stop := signal.NotifyContext(parent, os.Interrupt, syscall.SIGTERM)
	ctx, cancel := context.WithTimeout(ctx, timeout)
	return ctx, func() { cancel(); stop() }
}

// tokenInfo is a token client with the symbol and decimals amounts are
// shown in.
type tokenInfo struct {
	client   *chain.Token
	symbol   string
	decimals uint8
}

// readToken reads the symbol and decimals of the token at addr; an address
// that does not answer as a token is an error naming it.
func readToken(ctx context.Context, command string, client *ethclient.Client, addr common.Address) (*tokenInfo, error) {
	tok, err := chain.NewToken(addr, client)
	if err != nil {
		return nil, err
	}
	dec, err := tok.Decimals(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: is %s a token contract? %w", command, addr.Hex(), err)
	}
	sym, err := tok.Symbol(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: is %s a token contract? %w", command, addr.Hex(), err)
	}
	return &tokenInfo{client: tok, symbol: sym, decimals: dec}, nil
}

// format shows base units v as tokens with the symbol: "2.5 AGR".
func (t *tokenInfo) format(v *big.Int) string {
	return formatUnits(v, t.decimals) + " " + t.symbol
}

// formatUnits shows base units v as a decimal number of tokens with
// decimals places, trailing zeros removed: 2500000000 with 9 decimals is
// "2.5", 3000000000 is "3".
func formatUnits(v *big.Int, decimals uint8) string {
	neg := v.Sign() < 0
	digits := new(big.Int).Abs(v).String()
	d := int(decimals)
	if len(digits) <= d {
		digits = strings.Repeat("0", d-len(digits)+1) + digits
	}
	whole, frac := digits[:len(digits)-d], strings.TrimRight(digits[len(digits)-d:], "0")
	s := whole
	if frac != "" {
		s += "." + frac
	}
	if neg {
		s = "-" + s
	}
	return s
}

// parseTokenAmount parses a positive amount of tokens, decimal with at
// most tokenDecimals places ("2.5", "0.000000001", "100"), into base units.
func parseTokenAmount(command, s string) (uint64, error) {
	bad := func(why string) error {
		return usageError(fmt.Errorf("%s: --amount %q: %s", command, s, why))
	}
	if s == "" {
		return 0, usageError(fmt.Errorf("%s: --amount TOKENS is required", command))
	}
	whole, frac, hasDot := strings.Cut(s, ".")
	if (whole == "" && frac == "") || (hasDot && frac == "") {
		return 0, bad("want a decimal number of tokens, such as 2.5")
	}
	for _, part := range []string{whole, frac} {
		for _, r := range part {
			if r < '0' || r > '9' {
				return 0, bad("want a decimal number of tokens, such as 2.5")
			}
		}
	}
	if len(frac) > tokenDecimals {
		return 0, bad(fmt.Sprintf("at most %d decimal places", tokenDecimals))
	}
	units, ok := new(big.Int).SetString(whole+frac+strings.Repeat("0", tokenDecimals-len(frac)), 10)
	if !ok {
		return 0, bad("want a decimal number of tokens, such as 2.5")
	}
	if units.Sign() == 0 {
		return 0, bad("must be more than zero")
	}
	if !units.IsUint64() {
		return 0, bad(fmt.Sprintf("at most %s tokens", formatUnits(new(big.Int).SetUint64(^uint64(0)), tokenDecimals)))
	}
	return units.Uint64(), nil
}

// errBadAddress is the reason parseAccount gives for a malformed address.
var errBadAddress = errors.New("want a 0x-prefixed address of 40 hex digits")

// parseAccount parses an account address: 0x and 40 hex digits, all lower
// case, all upper case or with a valid EIP-55 checksum (mixed case that is
// not is most likely a typo).
func parseAccount(command, name, s string) (common.Address, error) {
	if !strings.HasPrefix(s, "0x") && !strings.HasPrefix(s, "0X") || !common.IsHexAddress(s) {
		return common.Address{}, usageError(fmt.Errorf("%s: %s %q: %w", command, name, s, errBadAddress))
	}
	addr := common.HexToAddress(s)
	hex := s[2:]
	if hex != strings.ToLower(hex) && hex != strings.ToUpper(hex) && addr.Hex()[2:] != hex {
		return common.Address{}, usageError(fmt.Errorf("%s: %s %q: bad EIP-55 checksum (want %s)", command, name, s, addr.Hex()))
	}
	return addr, nil
}

// parseAddress is parseAccount for a required flag naming a contract or
// hotkey: it must be given and not the zero address.
func parseAddress(command, flag, s string) (common.Address, error) {
	if s == "" {
		return common.Address{}, usageError(fmt.Errorf("%s: %s ADDRESS is required", command, flag))
	}
	addr, err := parseAccount(command, flag, s)
	if err != nil {
		return common.Address{}, err
	}
	if addr == (common.Address{}) {
		return common.Address{}, usageError(fmt.Errorf("%s: %s is the zero address", command, flag))
	}
	return addr, nil
}
