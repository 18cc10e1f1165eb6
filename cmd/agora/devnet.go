package main

import (
	"context"
	"fmt"
	"math"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"

	"github.com/agora-net/agora/devnet"
	"github.com/agora-net/agora/miner"
	"github.com/agora-net/agora/scoring"
	"github.com/agora-net/agora/validator/ledger"
)

// DevnetConfig is the devnet section of the configuration file
// (configs/devnet.yaml shows every key with its default;
// configs/devnet-adversarial.yaml runs named miners that cheat).
type DevnetConfig struct {
	DataDir          string        `mapstructure:"data_dir" json:"data_dir"`
	Validators       int           `mapstructure:"validators" json:"validators"`
	Miners           int           `mapstructure:"miners" json:"miners"`
	FaultyMiners     int           `mapstructure:"faulty_miners" json:"faulty_miners"`
	MinerList        []DevnetMiner `mapstructure:"miner_list" json:"miner_list"`
	ValidatorStake   uint64        `mapstructure:"validator_stake" json:"validator_stake"`
	MinerStake       uint64        `mapstructure:"miner_stake" json:"miner_stake"`
	SlowDelay        time.Duration `mapstructure:"slow_delay" json:"slow_delay"`
	SlashPermille    uint16        `mapstructure:"slash_permille" json:"slash_permille"`
	TickInterval     time.Duration `mapstructure:"tick_interval" json:"tick_interval"`
	ChainBlockPeriod time.Duration `mapstructure:"chain_block_period" json:"chain_block_period"`
	ChainRPCPort     int           `mapstructure:"chain_rpc_port" json:"chain_rpc_port"`
	PushMax          int           `mapstructure:"push_max" json:"push_max"`
	Subnet           DevnetSubnet  `mapstructure:"subnet" json:"subnet"`
	FineTuneSubnet   DevnetSubnet  `mapstructure:"fine_tune_subnet" json:"fine_tune_subnet"`
	Scorer           DevnetScorer  `mapstructure:"scorer" json:"scorer"`
}

// DevnetMiner is one entry of miner_list: a miner's name (shown in the
// metagraph and in each of its payouts), its behaviour (honest,
// wrong-model, random, copier, slow or fake-gpu) and the subnets it serves
// (empty: all).
type DevnetMiner struct {
	Name      string `mapstructure:"name" json:"name"`
	Behaviour string `mapstructure:"behaviour" json:"behaviour"`
	Subnets   []int  `mapstructure:"subnets" json:"subnets"`
}

// DevnetSubnet describes one of the devnet's subnets (the fine-tune subnet
// only when its id is not 0). latency_target_ms applies to the inference
// subnet, epsilon_permille and epsilon_decay_blocks to the fine-tune one.
type DevnetSubnet struct {
	ID                 uint16 `mapstructure:"id" json:"id"`
	Name               string `mapstructure:"name" json:"name"`
	ModelSeed          uint64 `mapstructure:"model_seed" json:"model_seed"`
	ModelHash          string `mapstructure:"model_hash" json:"model_hash"`
	Tempo              uint16 `mapstructure:"tempo" json:"tempo"`
	WeightsRateLimit   uint64 `mapstructure:"weights_rate_limit" json:"weights_rate_limit"`
	EmissionPerBlock   uint64 `mapstructure:"emission_per_block" json:"emission_per_block"`
	OwnerCut           uint16 `mapstructure:"owner_cut" json:"owner_cut"`
	CommitReveal       bool   `mapstructure:"commit_reveal" json:"commit_reveal"`
	LatencyTargetMS    uint32 `mapstructure:"latency_target_ms" json:"latency_target_ms"`
	EpsilonPermille    uint16 `mapstructure:"epsilon_permille" json:"epsilon_permille"`
	EpsilonDecayBlocks uint32 `mapstructure:"epsilon_decay_blocks" json:"epsilon_decay_blocks"`
}

// DevnetScorer tunes the validators' scoring (validator.ScorerConfig).
type DevnetScorer struct {
	Interval         time.Duration `mapstructure:"interval" json:"interval"`
	Timeout          time.Duration `mapstructure:"timeout" json:"timeout"`
	MaxTokens        int           `mapstructure:"max_tokens" json:"max_tokens"`
	Alpha            float64       `mapstructure:"alpha" json:"alpha"`
	HardwareInterval time.Duration `mapstructure:"hardware_interval" json:"hardware_interval"`
	FineTuneInterval time.Duration `mapstructure:"fine_tune_interval" json:"fine_tune_interval"`
	FineTuneSteps    int           `mapstructure:"fine_tune_steps" json:"fine_tune_steps"`
	EvalBytes        int           `mapstructure:"eval_bytes" json:"eval_bytes"`
}

// devnetSubnet is the file's form of a subnet spec.
func devnetSubnet(sp devnet.SubnetSpec) DevnetSubnet {
	hp := sp.Hyperparams
	return DevnetSubnet{
		ID: sp.ID, Name: sp.Name, ModelSeed: sp.ModelSeed, ModelHash: sp.ModelHash,
		Tempo: hp.Tempo, WeightsRateLimit: hp.WeightsRateLimit, EmissionPerBlock: hp.EmissionPerBlock, OwnerCut: hp.OwnerCut,
		CommitReveal: hp.CommitRevealEnabled, LatencyTargetMS: sp.Scoring.LatencyTargetMS,
		EpsilonPermille: sp.Scoring.EpsilonPermille, EpsilonDecayBlocks: sp.Scoring.EpsilonDecayBlocks,
	}
}

// defaultDevnetConfig mirrors devnet.DefaultConfig in the file's terms; the
// fine-tune subnet (id 0: none) shows devnet.DefaultFineTuneSubnet's
// values but for its id.
func defaultDevnetConfig() DevnetConfig {
	d := devnet.DefaultConfig()
	sc := d.Scorer
	ft := devnetSubnet(devnet.DefaultFineTuneSubnet(d.Subnet))
	ft.ID = 0
	return DevnetConfig{
		Validators: d.Validators, Miners: d.Miners, FaultyMiners: d.FaultyMiners,
		ValidatorStake: d.ValidatorStake, MinerStake: d.MinerStake, SlowDelay: d.SlowDelay, SlashPermille: d.Slashing.Permille,
		TickInterval: d.TickInterval, ChainBlockPeriod: d.ChainBlockPeriod, ChainRPCPort: d.ChainRPCPort, PushMax: d.PushMax,
		Subnet: devnetSubnet(d.Subnet), FineTuneSubnet: ft,
		Scorer: DevnetScorer{
			Interval: sc.Interval, Timeout: sc.Timeout, MaxTokens: sc.MaxTokens, Alpha: math.Round(float64(sc.Alpha)/float64(scoring.One)*1e6) / 1e6,
			HardwareInterval: sc.HardwareInterval, FineTuneInterval: sc.FineTuneInterval, FineTuneSteps: sc.FineTuneSteps,
			EvalBytes: sc.EvalBytes,
		},
	}
}

// devnetDefaults lists the config keys of the devnet section with their
// defaults, so that environment variables can override each one
// (miner_list, a list, only in the file).
func devnetDefaults() map[string]any {
	d := defaultDevnetConfig()
	out := map[string]any{
		"devnet.data_dir": d.DataDir, "devnet.validators": d.Validators, "devnet.miners": d.Miners,
		"devnet.faulty_miners": d.FaultyMiners, "devnet.validator_stake": d.ValidatorStake,
		"devnet.miner_stake": d.MinerStake, "devnet.slow_delay": d.SlowDelay, "devnet.slash_permille": d.SlashPermille,
		"devnet.tick_interval": d.TickInterval, "devnet.chain_block_period": d.ChainBlockPeriod,
		"devnet.chain_rpc_port": d.ChainRPCPort, "devnet.push_max": d.PushMax,
		"devnet.scorer.interval": d.Scorer.Interval, "devnet.scorer.timeout": d.Scorer.Timeout,
		"devnet.scorer.max_tokens": d.Scorer.MaxTokens, "devnet.scorer.alpha": d.Scorer.Alpha,
		"devnet.scorer.hardware_interval": d.Scorer.HardwareInterval, "devnet.scorer.fine_tune_interval": d.Scorer.FineTuneInterval,
		"devnet.scorer.fine_tune_steps": d.Scorer.FineTuneSteps, "devnet.scorer.eval_bytes": d.Scorer.EvalBytes,
	}
	for prefix, sn := range map[string]DevnetSubnet{"devnet.subnet.": d.Subnet, "devnet.fine_tune_subnet.": d.FineTuneSubnet} {
		for k, v := range map[string]any{
			"id": sn.ID, "name": sn.Name, "model_seed": sn.ModelSeed, "model_hash": sn.ModelHash, "tempo": sn.Tempo,
			"weights_rate_limit": sn.WeightsRateLimit, "emission_per_block": sn.EmissionPerBlock, "owner_cut": sn.OwnerCut,
			"commit_reveal": sn.CommitReveal, "latency_target_ms": sn.LatencyTargetMS,
			"epsilon_permille": sn.EpsilonPermille, "epsilon_decay_blocks": sn.EpsilonDecayBlocks,
		} {
			out[prefix+k] = v
		}
	}
	return out
}

// spec turns the file's subnet into devnet.SubnetSpec over base (the
// defaults of its task); the task's scoring parameters are kept.
func (c DevnetSubnet) spec(base devnet.SubnetSpec, task string) devnet.SubnetSpec {
	sp := base
	sp.ID, sp.Name = c.ID, c.Name
	sp.ModelSeed, sp.ModelHash = c.ModelSeed, c.ModelHash
	sp.Hyperparams.Tempo = c.Tempo
	sp.Hyperparams.WeightsRateLimit = c.WeightsRateLimit
	sp.Hyperparams.EmissionPerBlock = c.EmissionPerBlock
	sp.Hyperparams.OwnerCut = c.OwnerCut
	sp.Hyperparams.CommitRevealEnabled = c.CommitReveal
	sp.Scoring = ledger.DefaultScoring(task)
	switch task {
	case ledger.TaskInference:
		sp.Scoring.LatencyTargetMS = c.LatencyTargetMS
	case ledger.TaskFineTune:
		sp.Scoring.EpsilonPermille, sp.Scoring.EpsilonDecayBlocks = c.EpsilonPermille, c.EpsilonDecayBlocks
	}
	return sp
}

// runConfig turns the file's devnet section into devnet.Config; a bad
// miner entry or scorer value is an error.
func (c DevnetConfig) runConfig() (devnet.Config, error) {
	cfg := devnet.DefaultConfig()
	cfg.DataDir = c.DataDir
	cfg.Validators, cfg.Miners, cfg.FaultyMiners = c.Validators, c.Miners, c.FaultyMiners
	cfg.ValidatorStake, cfg.MinerStake, cfg.SlowDelay = c.ValidatorStake, c.MinerStake, c.SlowDelay
	cfg.Slashing.Permille = c.SlashPermille
	cfg.TickInterval, cfg.ChainBlockPeriod, cfg.ChainRPCPort = c.TickInterval, c.ChainBlockPeriod, c.ChainRPCPort
	cfg.PushMax = c.PushMax
	cfg.Subnet = c.Subnet.spec(cfg.Subnet, ledger.TaskInference)
	if c.FineTuneSubnet.ID != 0 {
		ft := c.FineTuneSubnet.spec(devnet.DefaultFineTuneSubnet(cfg.Subnet), ledger.TaskFineTune)
		cfg.FineTuneSubnet = &ft
	}
	for i, m := range c.MinerList {
		b, err := miner.ParseBehaviour(m.Behaviour)
		if err != nil {
			return devnet.Config{}, fmt.Errorf("devnet.miner_list[%d]: %w", i, err)
		}
		spec := devnet.MinerSpec{Name: m.Name, Behaviour: b}
		for _, id := range m.Subnets {
			if id < 0 || id > 65535 {
				return devnet.Config{}, fmt.Errorf("devnet.miner_list[%d].subnets: %d is not a subnet id", i, id)
			}
			spec.Subnets = append(spec.Subnets, uint16(id))
		}
		cfg.MinerSpecs = append(cfg.MinerSpecs, spec)
	}
	sc := &cfg.Scorer
	if !(c.Scorer.Alpha > 0 && c.Scorer.Alpha <= 1) {
		return devnet.Config{}, fmt.Errorf("devnet.scorer.alpha %v: want a number in (0, 1]", c.Scorer.Alpha)
	}
	sc.Interval, sc.Timeout, sc.MaxTokens = c.Scorer.Interval, c.Scorer.Timeout, c.Scorer.MaxTokens
	sc.Alpha = scoring.I32F32(math.Round(c.Scorer.Alpha * float64(scoring.One)))
	sc.HardwareInterval, sc.FineTuneInterval = c.Scorer.HardwareInterval, c.Scorer.FineTuneInterval
	sc.FineTuneSteps, sc.EvalBytes = c.Scorer.FineTuneSteps, c.Scorer.EvalBytes
	if err := sc.Validate(); err != nil {
		return devnet.Config{}, err
	}
	return cfg, nil
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
epochs with each payout's configured name, the on-chain balances of everyone
paid, the staking contract, the miners' stakes and the slashes).
configs/devnet-adversarial.yaml runs named miners that cheat (wrong-model,
random, copier, slow, fake-gpu) beside honest ones.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := a.cfg.Devnet.runConfig()
			if err != nil {
				return usageError(err)
			}
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
