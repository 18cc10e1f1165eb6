package main

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"
)

// app is the state shared by the commands of one invocation: the standard
// streams, the configuration resolved before a command runs, and the logger
// built from it.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	v              *viper.Viper
	cfg            Config
	log            *slog.Logger
}

// newRootCommand builds the agora command tree bound to the given streams.
func newRootCommand(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	a := &app{
		stdin:  stdin,
		stdout: stdout,
		stderr: stderr,
		v:      viper.New(),
		cfg:    DefaultConfig(),
		log:    slog.New(slog.DiscardHandler),
	}
	root := &cobra.Command{
		Use:   "agora",
		Short: "Agora: an incentivized marketplace for machine-learning work",
		Long: `Agora runs subnets whose miners serve ML work, a Raft cluster of validators
that scores it with Yuma consensus, and ERC-20 settlement of the emissions.

Configuration comes from, in rising precedence: built-in defaults, the YAML
file named by --config, AGORA_* environment variables (AGORA_LOG_LEVEL for
log.level), and flags.

Exit codes: 0 success, 1 failure while working, 2 bad invocation or input.`,
		SilenceUsage:      true,
		SilenceErrors:     true,
		PersistentPreRunE: a.setup,
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	bindConfigFlags(a.v, root.PersistentFlags())

	root.AddCommand(
		newVersionCommand(a),
		newConfigCommand(a),
		newConsensusCommand(a),
		newDevnetCommand(a),
		newWalletCommand(a),
		newValidatorCommand(a),
		newMinerCommand(a),
		newSubnetCommand(a),
		newRLHFCommand(a),
		newBenchCommand(a),
		newStakeCommand(a),
		newBalanceCommand(a),
		newClaimCommand(a),
		newModelCommand(a),
		newLabelCommand(a),
	)
	wrapRunE(root)
	return root
}

// setup resolves the configuration and builds the logger before any
// command runs. Config errors are usage errors.
func (a *app) setup(cmd *cobra.Command, _ []string) error {
	path, err := cmd.Flags().GetString("config")
	if err != nil {
		return usageError(err)
	}
	if err := bindCommandFlags(a.v, cmd); err != nil {
		return usageError(err)
	}
	cfg, err := loadConfig(a.v, path)
	if err != nil {
		return usageError(err)
	}
	logger, err := newLogger(a.stderr, cfg.Log)
	if err != nil {
		return usageError(err)
	}
	a.cfg, a.log = cfg, logger
	a.log.Debug("config loaded", "file", path, "log_level", cfg.Log.Level)
	return nil
}

// groupCommand returns a command that only holds subcommands: without
// arguments it prints its help, and an unknown subcommand is a usage error
// (cobra only checks that for the root).
func groupCommand(use, short string) *cobra.Command {
	return &cobra.Command{
		Use:   use,
		Short: short,
		Args:  cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageError(fmt.Errorf("unknown command %q for %q", args[0], cmd.CommandPath()))
			}
			return cmd.Help()
		},
	}
}

// writeJSON writes v to w as indented JSON followed by a newline.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
