package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/agora-net/agora/wallet"
)

func newWalletCommand(a *app) *cobra.Command {
	cmd := groupCommand("wallet", "Create and list keys in keystore files")
	var (
		keystore, passwordFile string
		asJSON, lightKDF       bool
	)
	newCmd := &cobra.Command{
		Use:   "new --keystore DIR [--password-file FILE] [--json]",
		Short: "Generate a key and store it encrypted in a new keystore file",
		Long: `Generate a secp256k1 key, encrypt it with a passphrase (scrypt, go-ethereum's
keystore V3 format, readable by geth and most Ethereum wallets) and write it
to a new file UTC--<time>--<address> in the keystore directory, which is
created if missing. Prints the key's address, or with --json
{"address": "0x…", "path": "…"}.

The passphrase is read from --password-file (its trailing newline removed) or,
without it, from the AGORA_PASSWORD environment variable. An empty passphrase
is refused (exit status 2).`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			return a.walletNew(keystore, passwordFile, asJSON, lightKDF)
		},
	}
	newCmd.Flags().StringVar(&keystore, "keystore", "", "keystore `DIR` (required)")
	newCmd.Flags().StringVar(&passwordFile, "password-file", "", "read the passphrase from `FILE` (default: $AGORA_PASSWORD)")
	newCmd.Flags().BoolVar(&asJSON, "json", false, `print {"address", "path"} as JSON`)
	// Light scrypt makes weak files: only tests use it, to stay fast.
	newCmd.Flags().BoolVar(&lightKDF, "insecure-light-kdf", false, "use go-ethereum's light scrypt cost (tests only)")
	_ = newCmd.Flags().MarkHidden("insecure-light-kdf")

	var listKeystore string
	var listJSON bool
	listCmd := &cobra.Command{
		Use:   "list --keystore DIR [--json]",
		Short: "List the keys of a keystore directory",
		Long: `Print one line per keystore file in DIR, sorted by file name: the key's
address and the file's path. With --json, print an array of
{"address", "path"}. Files that are not keystore files are skipped; a missing
directory exits with status 2.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			return a.walletList(listKeystore, listJSON)
		},
	}
	listCmd.Flags().StringVar(&listKeystore, "keystore", "", "keystore `DIR` (required)")
	listCmd.Flags().BoolVar(&listJSON, "json", false, `print an array of {"address", "path"} as JSON`)

	cmd.AddCommand(newCmd, listCmd)
	return cmd
}

// walletAccount is an account as the wallet commands print it.
type walletAccount struct {
	Address string `json:"address"`
	Path    string `json:"path"`
}

func (a *app) walletNew(keystore, passwordFile string, asJSON, lightKDF bool) error {
	if keystore == "" {
		return usageError(errors.New("wallet new: --keystore DIR is required"))
	}
	pass, err := wallet.Passphrase(passwordFile)
	if err != nil {
		return usageError(err)
	}
	kdf := wallet.StandardKDF()
	if lightKDF {
		kdf = wallet.LightKDF()
	}
	acc, err := wallet.Create(keystore, pass, kdf)
	if err != nil {
		return err
	}
	a.log.Debug("key created", "address", acc.Address.Hex(), "path", acc.Path)
	if asJSON {
		return writeJSON(a.stdout, walletAccount{Address: acc.Address.Hex(), Path: acc.Path})
	}
	_, err = fmt.Fprintln(a.stdout, acc.Address.Hex())
	return err
}

func (a *app) walletList(keystore string, asJSON bool) error {
	if keystore == "" {
		return usageError(errors.New("wallet list: --keystore DIR is required"))
	}
	accs, err := wallet.List(keystore)
	if err != nil {
		return usageError(err) // the keystore is an input that cannot be read
	}
	out := make([]walletAccount, 0, len(accs))
	var text strings.Builder
	for _, acc := range accs {
		out = append(out, walletAccount{Address: acc.Address.Hex(), Path: acc.Path})
		fmt.Fprintf(&text, "%s  %s\n", acc.Address.Hex(), acc.Path)
	}
	if asJSON {
		return writeJSON(a.stdout, out)
	}
	_, err = fmt.Fprint(a.stdout, text.String())
	return err
}
