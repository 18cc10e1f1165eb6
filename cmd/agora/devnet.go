package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"

	"github.com/agora-net/agora/devnet"
)

// DevnetConfig is the devnet section of the configuration file
// (configs/devnet.yaml shows every key with its default).
type DevnetConfig struct {
	DataDir          string        `mapstructure:"data_dir" json:"data_dir"`
	Validators       int           `mapstructure:"validators" json:"validators"`
	Miners           int           `mapstructure:"miners" json:"miners"`
	FaultyMiners     int           `mapstructure:"faulty_miners" json:"faulty_miners"`
	ValidatorStake   uint64        `mapstructure:"validator_stake" json:"validator_stake"`
	TickInterval     time.Duration `mapstructure:"tick_interval" json:"tick_interval"`
	ChainBlockPeriod time.Duration `mapstructure:"chain_block_period" json:"chain_block_period"`
	ChainRPCPort     int           `mapstructure:"chain_rpc_port" json:"chain_rpc_port"`
	PushMax          int           `mapstructure:"push_max" json:"push_max"`
	Subnet           DevnetSubnet  `mapstructure:"subnet" json:"subnet"`
}

// DevnetSubnet describes the devnet's subnet.
type DevnetSubnet struct {
	ID               uint16 `mapstructure:"id" json:"id"`
	Name             string `mapstructure:"name" json:"name"`
	ModelSeed        uint64 `mapstructure:"model_seed" json:"model_seed"`
	ModelHash        string `mapstructure:"model_hash" json:"model_hash"`
	Tempo            uint16 `mapstructure:"tempo" json:"tempo"`
	WeightsRateLimit uint64 `mapstructure:"weights_rate_limit" json:"weights_rate_limit"`
	EmissionPerBlock uint64 `mapstructure:"emission_per_block" json:"emission_per_block"`
	OwnerCut         uint16 `mapstructure:"owner_cut" json:"owner_cut"`
	CommitReveal     bool   `mapstructure:"commit_reveal" json:"commit_reveal"`
}

// defaultDevnetConfig mirrors devnet.DefaultConfig in the file's terms.
func defaultDevnetConfig() DevnetConfig {
	d := devnet.DefaultConfig()
	return DevnetConfig{
		Validators: d.Validators, Miners: d.Miners, FaultyMiners: d.FaultyMiners,
		ValidatorStake: d.ValidatorStake, TickInterval: d.TickInterval,
		ChainBlockPeriod: d.ChainBlockPeriod, ChainRPCPort: d.ChainRPCPort, PushMax: d.PushMax,
		Subnet: DevnetSubnet{
			ID: d.Subnet.ID, Name: d.Subnet.Name, ModelSeed: d.Subnet.ModelSeed, ModelHash: d.Subnet.ModelHash,
			Tempo: d.Subnet.Hyperparams.Tempo, WeightsRateLimit: d.Subnet.Hyperparams.WeightsRateLimit,
			EmissionPerBlock: d.Subnet.Hyperparams.EmissionPerBlock, OwnerCut: d.Subnet.Hyperparams.OwnerCut,
			CommitReveal: d.Subnet.Hyperparams.CommitRevealEnabled,
		},
	}
}

// devnetDefaults lists the config keys of the devnet section with their
// defaults, so that environment variables can override each one.
func devnetDefaults() map[string]any {
	d := defaultDevnetConfig()
	return map[string]any{
		"devnet.data_dir": d.DataDir, "devnet.validators": d.Validators, "devnet.miners": d.Miners,
		"devnet.faulty_miners": d.FaultyMiners, "devnet.validator_stake": d.ValidatorStake,
		"devnet.tick_interval": d.TickInterval, "devnet.chain_block_period": d.ChainBlockPeriod,
		"devnet.chain_rpc_port": d.ChainRPCPort, "devnet.push_max": d.PushMax, "devnet.subnet.id": d.Subnet.ID,
		"devnet.subnet.name": d.Subnet.Name, "devnet.subnet.model_seed": d.Subnet.ModelSeed,
		"devnet.subnet.model_hash": d.Subnet.ModelHash, "devnet.subnet.tempo": d.Subnet.Tempo,
		"devnet.subnet.weights_rate_limit": d.Subnet.WeightsRateLimit,
		"devnet.subnet.emission_per_block": d.Subnet.EmissionPerBlock, "devnet.subnet.owner_cut": d.Subnet.OwnerCut,
		"devnet.subnet.commit_reveal": d.Subnet.CommitReveal,
	}
}

// runConfig turns the file's devnet section into devnet.Config.
func (c DevnetConfig) runConfig() devnet.Config {
	cfg := devnet.DefaultConfig()
	cfg.DataDir = c.DataDir
	cfg.Validators, cfg.Miners, cfg.FaultyMiners = c.Validators, c.Miners, c.FaultyMiners
	cfg.ValidatorStake = c.ValidatorStake
	cfg.TickInterval, cfg.ChainBlockPeriod, cfg.ChainRPCPort = c.TickInterval, c.ChainBlockPeriod, c.ChainRPCPort
	cfg.PushMax = c.PushMax
	cfg.Subnet.ID, cfg.Subnet.Name = c.Subnet.ID, c.Subnet.Name
	cfg.Subnet.ModelSeed, cfg.Subnet.ModelHash = c.Subnet.ModelSeed, c.Subnet.ModelHash
	cfg.Subnet.Hyperparams.Tempo = c.Subnet.Tempo
	cfg.Subnet.Hyperparams.WeightsRateLimit = c.Subnet.WeightsRateLimit
	cfg.Subnet.Hyperparams.EmissionPerBlock = c.Subnet.EmissionPerBlock
	cfg.Subnet.Hyperparams.OwnerCut = c.Subnet.OwnerCut
	cfg.Subnet.Hyperparams.CommitRevealEnabled = c.Subnet.CommitReveal
	return cfg
}

func newDevnetCommand(a *app) *cobra.Command {
	var (
		epochs  int
		asJSON  bool
		dataDir string
	)
	cmd := &cobra.Command{
		Use:   "devnet",
		Short: "Run a whole Agora network in one process",
		Long: `Start an embedded EVM chain with the Agora token, a three-node validator
cluster on raft, a subnet, miners serving its reference model, and watch
validators score them, agree on Yuma epochs and pay them on chain.

--epochs N stops after N epochs paid by this run (0: until Ctrl-C). --data-dir
keeps the network's state; a second run on the same directory resumes it.
--json prints a JSON summary at the end (chain RPC URL, token address, paid
epochs and the on-chain balances of everyone paid).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg := a.cfg.Devnet.runConfig()
			cfg.Epochs = epochs
			if cmd.Flags().Changed("data-dir") {
				cfg.DataDir = dataDir
			}
			if err := cfg.Validate(); err != nil {
				return usageError(err)
			}
			return a.devnet(cfg, asJSON)
		},
	}
	cmd.Flags().IntVar(&epochs, "epochs", 0, "stop after `N` paid epochs (0: run until interrupted)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON summary at the end")
	cmd.Flags().StringVar(&dataDir, "data-dir", "", "keep state in `DIR` and resume from it (default: a fresh temporary directory)")
	return cmd
}

func (a *app) devnet(cfg devnet.Config, asJSON bool) error {
	// raft-badgerstore logs every write through zerolog's global logger.
	zerolog.SetGlobalLevel(zerolog.WarnLevel)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	progress := a.stdout
	if asJSON {
		progress = a.stderr
	}
	start := time.Now()
	sum, err := devnet.Run(ctx, cfg, progress, a.log)
	if err != nil {
		return err
	}
	if ctx.Err() != nil {
		fmt.Fprintln(progress, "Interrupted; devnet stopped.")
	} else {
		fmt.Fprintf(progress, "Done: %d epochs paid in %s.\n", len(sum.Epochs), time.Since(start).Round(100*time.Millisecond))
	}
	if asJSON {
		return writeJSON(a.stdout, sum)
	}
	return nil
}
