package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/rs/zerolog"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
	"golang.org/x/sync/errgroup"

	"github.com/agora-net/agora/chain"
	"github.com/agora-net/agora/model"
	"github.com/agora-net/agora/model/corpus"
	"github.com/agora-net/agora/rlhf"
	"github.com/agora-net/agora/validator"
	"github.com/agora-net/agora/validator/ledger"
	"github.com/agora-net/agora/wallet"
)

// ValidatorConfig is the validator section of the configuration file; each
// key has a flag of `agora validator run` with the same name, dashed
// (data_dir: --data-dir), and an environment variable AGORA_VALIDATOR_<KEY>.
// configs/validator.yaml shows every key with its default.
type ValidatorConfig struct {
	// ID is the node's raft server ID; empty: its key's address.
	ID string `mapstructure:"id" json:"id"`
	// DataDir holds the raft log, snapshots and the genesis in use.
	DataDir string `mapstructure:"data_dir" json:"data_dir"`
	// RaftAddr and HTTPAddr are host:port to listen on, reachable by the
	// other members.
	RaftAddr string `mapstructure:"raft_addr" json:"raft_addr"`
	HTTPAddr string `mapstructure:"http_addr" json:"http_addr"`
	// Key is the validator's keystore file; PasswordFile holds its
	// passphrase (empty: $AGORA_PASSWORD).
	Key          string `mapstructure:"key" json:"key"`
	PasswordFile string `mapstructure:"password_file" json:"password_file"`
	// ChainID is the ledger's chain id when the genesis file has none.
	ChainID uint64 `mapstructure:"chain_id" json:"chain_id"`
	// Genesis is a YAML or JSON file holding the ledger.Genesis.
	Genesis string `mapstructure:"genesis" json:"genesis"`
	// Bootstrap forms a new cluster of this node alone; Join is the HTTP
	// address of a member to join through. A node with state needs neither.
	Bootstrap bool   `mapstructure:"bootstrap" json:"bootstrap"`
	Join      string `mapstructure:"join" json:"join"`
	// TickInterval is the ledger's block time while this node leads.
	TickInterval time.Duration `mapstructure:"tick_interval" json:"tick_interval"`
	// HeartbeatTimeout and ElectionTimeout tune raft's failure detection.
	HeartbeatTimeout time.Duration `mapstructure:"heartbeat_timeout" json:"heartbeat_timeout"`
	ElectionTimeout  time.Duration `mapstructure:"election_timeout" json:"election_timeout"`
	// MaxVoters is how many voters the cluster admits; later joins are
	// non-voters.
	MaxVoters int `mapstructure:"max_voters" json:"max_voters"`
	// Log compaction: every SnapshotInterval, a snapshot if
	// SnapshotThreshold entries were appended since the last one, keeping
	// TrailingLogs entries of log behind it; SnapshotRetain snapshots kept.
	SnapshotThreshold uint64        `mapstructure:"snapshot_threshold" json:"snapshot_threshold"`
	SnapshotInterval  time.Duration `mapstructure:"snapshot_interval" json:"snapshot_interval"`
	TrailingLogs      uint64        `mapstructure:"trailing_logs" json:"trailing_logs"`
	SnapshotRetain    int           `mapstructure:"snapshot_retain" json:"snapshot_retain"`
	// ChainRPC is the settlement chain's JSON-RPC endpoint; empty: the node
	// runs without the chain workers. Emission, Staking and Registry are the
	// contracts' addresses. While this node leads it settles epochs with
	// its own key (which needs the emission contract's SETTLER_ROLE),
	// snapshots stake and feeds registry events, reading blocks
	// Confirmations below the head; epochs of up to PushMax recipients are
	// paid directly, larger ones as Merkle roots.
	ChainRPC      string `mapstructure:"chain_rpc" json:"chain_rpc"`
	Emission      string `mapstructure:"emission" json:"emission"`
	Staking       string `mapstructure:"staking" json:"staking"`
	Registry      string `mapstructure:"registry" json:"registry"`
	Confirmations uint64 `mapstructure:"confirmations" json:"confirmations"`
	PushMax       int    `mapstructure:"push_max" json:"push_max"`
	// LabelingSecretFile holds the cluster's labeling secret (at least 16
	// bytes, surrounding white space ignored), the same file on every
	// validator; empty: this node serves no assignments and checks no
	// labels. Gold lists each preference subnet's gold comparisons as
	// "SUBNET=FILE,…" (JSONL, rlhf.ParseGoldPairs), the same on every
	// validator.
	LabelingSecretFile string `mapstructure:"labeling_secret_file" json:"labeling_secret_file"`
	Gold               string `mapstructure:"gold" json:"gold"`
}

// defaultChainID is the chain id of a genesis that names none.
const defaultChainID = 1337

func defaultValidatorConfig() ValidatorConfig {
	nd := validator.DefaultConfig()
	return ValidatorConfig{
		ChainID:           defaultChainID,
		TickInterval:      time.Second,
		HeartbeatTimeout:  time.Second,
		ElectionTimeout:   time.Second,
		MaxVoters:         validator.DefaultMaxVoters,
		SnapshotThreshold: nd.SnapshotThreshold,
		SnapshotInterval:  nd.SnapshotInterval,
		TrailingLogs:      nd.TrailingLogs,
		SnapshotRetain:    nd.SnapshotRetain,
		Confirmations:     2,
		PushMax:           validator.DefaultSettlementConfig().PushMax,
	}
}

// validatorDefaults lists the validator section's keys with their defaults,
// so that environment variables can override each one.
func validatorDefaults() map[string]any {
	d := defaultValidatorConfig()
	return map[string]any{
		"validator.id": d.ID, "validator.data_dir": d.DataDir, "validator.raft_addr": d.RaftAddr,
		"validator.http_addr": d.HTTPAddr, "validator.key": d.Key, "validator.password_file": d.PasswordFile,
		"validator.chain_id": d.ChainID, "validator.genesis": d.Genesis, "validator.bootstrap": d.Bootstrap,
		"validator.join": d.Join, "validator.tick_interval": d.TickInterval,
		"validator.heartbeat_timeout": d.HeartbeatTimeout, "validator.election_timeout": d.ElectionTimeout,
		"validator.max_voters": d.MaxVoters, "validator.snapshot_threshold": d.SnapshotThreshold,
		"validator.snapshot_interval": d.SnapshotInterval, "validator.trailing_logs": d.TrailingLogs,
		"validator.snapshot_retain": d.SnapshotRetain, "validator.chain_rpc": d.ChainRPC,
		"validator.emission": d.Emission, "validator.staking": d.Staking, "validator.registry": d.Registry,
		"validator.confirmations": d.Confirmations, "validator.push_max": d.PushMax,
		"validator.labeling_secret_file": d.LabelingSecretFile, "validator.gold": d.Gold,
	}
}

// configKeyAnnotation names, on a command's flag, the config key it
// overrides; setup binds the flags of the command being run.
const configKeyAnnotation = "agora/config-key"

// keyFlag declares that flag overrides config key.
func keyFlag(flags *pflag.FlagSet, flag, key string) {
	if err := flags.SetAnnotation(flag, configKeyAnnotation, []string{key}); err != nil {
		panic(err) // the flag is declared just before
	}
}

// bindCommandFlags binds the annotated flags of cmd to their config keys.
func bindCommandFlags(v *viper.Viper, cmd *cobra.Command) error {
	var err error
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if keys := f.Annotations[configKeyAnnotation]; len(keys) == 1 && err == nil {
			err = v.BindPFlag(keys[0], f)
		}
	})
	return err
}

// configFlag is a flag that stands for a config key of a node section and
// the default it shows; the key is <section>.<name with underscores>.
type configFlag struct {
	name  string
	def   any // string, bool, uint64, int, []int or time.Duration
	usage string
}

// validatorFlagSpecs lists every flag that stands for a validator.* key.
func validatorFlagSpecs() []configFlag {
	d := defaultValidatorConfig()
	return []configFlag{
		{"id", "", "raft server `ID` of this node (default: its key's address)"},
		{"data-dir", "", "`DIR` for the raft log, snapshots and genesis (required)"},
		{"raft-addr", "", "`host:port` of raft, reachable by the other members (required)"},
		{"http-addr", "", "`host:port` of the HTTP API, reachable by the other members (required)"},
		{"key", "", "validator keystore `FILE` (required)"},
		{"password-file", "", "read the keystore passphrase from `FILE` (default: $AGORA_PASSWORD)"},
		{"chain-id", d.ChainID, "chain `ID` of the ledger, when the genesis names none"},
		{"genesis", "", "genesis `FILE` (YAML or JSON: chain_id, validators with stakes)"},
		{"bootstrap", false, "form a new cluster of this node alone (first node, first start)"},
		{"join", "", "join the cluster through the member whose HTTP API is at `URL`"},
		{"tick-interval", d.TickInterval, "block `time` while this node leads"},
		{"heartbeat-timeout", d.HeartbeatTimeout, "raft heartbeat `timeout`"},
		{"election-timeout", d.ElectionTimeout, "raft election `timeout`"},
		{"max-voters", d.MaxVoters, "`N` voters at most; later joins are non-voters"},
		{"snapshot-threshold", d.SnapshotThreshold, "snapshot after `N` new log entries (checked every snapshot-interval)"},
		{"snapshot-interval", d.SnapshotInterval, "how often to check whether a snapshot is due"},
		{"trailing-logs", d.TrailingLogs, "log `entries` kept behind a snapshot, for followers that lag a little"},
		{"snapshot-retain", d.SnapshotRetain, "`N` snapshots kept on disk"},
		{"chain-rpc", "", "the settlement chain's JSON-RPC `URL` (empty: no settlement, stake or registry workers)"},
		{"emission", "", "the Emission contract's `ADDRESS` (with --chain-rpc)"},
		{"staking", "", "the Staking contract's `ADDRESS` (with --chain-rpc)"},
		{"registry", "", "the SubnetRegistry contract's `ADDRESS` (with --chain-rpc)"},
		{"confirmations", d.Confirmations, "blocks below the head the chain workers read at, and a transaction must be buried under"},
		{"push-max", d.PushMax, "pay epochs of at most `N` recipients directly, larger ones as Merkle roots (-1: all as roots)"},
		{"labeling-secret-file", "", "`FILE` holding the cluster's labeling secret (shared by every validator; empty: no labeling)"},
		{"gold", "", "gold comparisons of preference subnets, `SUBNET=FILE,...` (JSONL with label A|B|tie)"},
	}
}

// validatorFlags declares the named flags of validatorFlagSpecs on flags.
func validatorFlags(flags *pflag.FlagSet, names ...string) {
	sectionFlags(flags, "validator", validatorFlagSpecs(), names...)
}

// sectionFlags declares the named flags of specs on flags, each annotated
// with its config key <section>.<name with underscores>.
func sectionFlags(flags *pflag.FlagSet, section string, specs []configFlag, names ...string) {
	for _, name := range names {
		i := slices.IndexFunc(specs, func(f configFlag) bool { return f.name == name })
		if i < 0 {
			panic("no " + section + " flag " + name)
		}
		f := specs[i]
		switch def := f.def.(type) {
		case string:
			flags.String(f.name, def, f.usage)
		case bool:
			flags.Bool(f.name, def, f.usage)
		case uint64:
			flags.Uint64(f.name, def, f.usage)
		case int:
			flags.Int(f.name, def, f.usage)
		case []int:
			flags.IntSlice(f.name, def, f.usage)
		case time.Duration:
			flags.Duration(f.name, def, f.usage)
		default:
			panic(fmt.Sprintf("%s flag %s: default of type %T", section, f.name, def))
		}
		keyFlag(flags, name, section+"."+strings.ReplaceAll(name, "-", "_"))
	}
}

func newValidatorCommand(a *app) *cobra.Command {
	cmd := groupCommand("validator", "Run a validator node and manage its cluster membership")
	run := &cobra.Command{
		Use:   "run [--config FILE] [flags]",
		Short: "Run a validator node: raft member, HTTP API and block ticker",
		Long: `Run one validator of the cluster until SIGINT or SIGTERM: a raft member
replicating the ledger (badger in --data-dir), its HTTP API, and the block
ticker, which advances the block height while this node leads.

The first node of a new cluster starts with --bootstrap; every other node
starts with --join URL, the HTTP address of any member, through which it asks
the leader to add it (a signed request: its key must be a genesis validator).
The first five nodes become voters, later ones non-voters. A node restarted on
its data directory needs neither flag.

The genesis comes from --genesis FILE, else from the copy kept in the data
directory, else (with --join) from the member joined through. Every flag has a
config key under "validator:" with the same name (data_dir for --data-dir)
and an environment variable (AGORA_VALIDATOR_DATA_DIR). The key's passphrase
comes from --password-file or AGORA_PASSWORD. Logs go to stderr.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.validatorRun(cmd)
		},
	}
	validatorFlags(run.Flags(), "id", "data-dir", "raft-addr", "http-addr", "key", "password-file", "chain-id",
		"genesis", "bootstrap", "join", "tick-interval", "heartbeat-timeout", "election-timeout", "max-voters",
		"snapshot-threshold", "snapshot-interval", "trailing-logs", "snapshot-retain",
		"chain-rpc", "emission", "staking", "registry", "confirmations", "push-max", "labeling-secret-file", "gold")

	var url string
	leave := &cobra.Command{
		Use:   "leave [--url URL] --key FILE [--password-file FILE]",
		Short: "Ask a running validator to leave the cluster and stop",
		Long: `Ask the validator whose HTTP API is at --url (default: http://<validator.http_addr>)
to leave the cluster: the request is signed with the node's own key (--key,
as for run), the node hands leadership over if it leads, the leader removes it
from raft, and the node then stops. A node that left keeps its data
directory; to come back, start it again with --join.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			return a.validatorLeave(url)
		},
	}
	leave.Flags().StringVar(&url, "url", "", "HTTP `URL` of the node that leaves (default: http://<validator.http_addr>)")
	validatorFlags(leave.Flags(), "http-addr", "key", "password-file")
	var removeURL, removeID string
	remove := &cobra.Command{
		Use:   "remove --id ID [--url URL] --key FILE [--password-file FILE]",
		Short: "Remove a member that died for good from the cluster",
		Long: `Ask the cluster, through the validator whose HTTP API is at --url (default:
http://<validator.http_addr>), to remove the member --id: raft forgets it and the
membership table loses it. This is for a node that is gone and cannot leave by
itself; a live node should use leave. The request is signed with --key, which
must be a genesis validator's. The leader cannot be removed this way, nor a
voter whose removal would leave too few reachable voters for a quorum.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			return a.validatorRemove(removeURL, removeID)
		},
	}
	remove.Flags().StringVar(&removeURL, "url", "", "HTTP `URL` of any member (default: http://<validator.http_addr>)")
	remove.Flags().StringVar(&removeID, "id", "", "raft `ID` of the member to remove (see GET /v1/cluster)")
	validatorFlags(remove.Flags(), "http-addr", "key", "password-file")
	cmd.AddCommand(run, leave, remove)
	return cmd
}

// openKey reads the validator's keystore file with its passphrase. Every
// failure is bad input.
func openKey(c ValidatorConfig) (*ecdsa.PrivateKey, error) {
	return openKeystore("validator", c.Key, c.PasswordFile)
}

// openKeystore reads the keystore file path of a node section with the
// passphrase from passwordFile (or $AGORA_PASSWORD). Every failure is bad
// input.
func openKeystore(section, path, passwordFile string) (*ecdsa.PrivateKey, error) {
	if path == "" {
		return nil, usageError(fmt.Errorf("%s: --key FILE (%s.key) is required", section, section))
	}
	pass, err := wallet.Passphrase(passwordFile)
	if err != nil {
		return nil, usageError(err)
	}
	key, err := wallet.Open(path, pass)
	if err != nil {
		return nil, usageError(err)
	}
	return key, nil
}

func (a *app) validatorRun(cmd *cobra.Command) error {
	vc := a.cfg.Validator
	switch {
	case vc.DataDir == "":
		return usageError(errors.New("validator run: --data-dir DIR (validator.data_dir) is required"))
	case vc.RaftAddr == "" || vc.HTTPAddr == "":
		return usageError(errors.New("validator run: --raft-addr and --http-addr (validator.raft_addr, validator.http_addr) are required"))
	case vc.Bootstrap && vc.Join != "":
		return usageError(errors.New("validator run: --bootstrap and --join exclude each other"))
	case vc.ChainID == 0:
		return usageError(errors.New("validator run: --chain-id must not be 0"))
	}
	chainAddrs, err := checkChainFlags(vc)
	if err != nil {
		return err
	}
	key, err := openKey(vc)
	if err != nil {
		return err
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	stored := filepath.Join(vc.DataDir, genesisFile)
	if !fileExists(stored) && !vc.Bootstrap && vc.Join == "" {
		return usageError(fmt.Errorf("validator run: %s holds no cluster state: start the first node with --bootstrap and the others with --join URL", vc.DataDir))
	}
	genesis, err := a.resolveGenesis(ctx, cmd, vc)
	if err != nil {
		return err
	}
	isValidator := false
	for _, v := range genesis.Validators {
		isValidator = isValidator || v.Address == addr
	}
	if !isValidator {
		return usageError(fmt.Errorf("validator run: key %s is not a validator of the genesis", addr.Hex()))
	}

	nc := validator.DefaultConfig()
	nc.ID = vc.ID
	if nc.ID == "" {
		nc.ID = strings.ToLower(addr.Hex())
	}
	nc.DataDir, nc.RaftAddr, nc.HTTPAddr, nc.Key = vc.DataDir, vc.RaftAddr, vc.HTTPAddr, key
	nc.Bootstrap = vc.Bootstrap
	nc.TickInterval, nc.HeartbeatTimeout, nc.ElectionTimeout = vc.TickInterval, vc.HeartbeatTimeout, vc.ElectionTimeout
	nc.MaxVoters = vc.MaxVoters
	nc.SnapshotThreshold, nc.SnapshotInterval, nc.TrailingLogs, nc.SnapshotRetain = vc.SnapshotThreshold, vc.SnapshotInterval, vc.TrailingLogs, vc.SnapshotRetain
	if nc.Labeling, err = readLabeling(vc); err != nil {
		return usageError(err)
	}
	if err := nc.Validate(); err != nil {
		return usageError(err)
	}
	// raft-badgerstore logs every write through zerolog's global logger.
	zerolog.SetGlobalLevel(zerolog.WarnLevel)
	log := a.log.With("node", nc.ID)
	node, err := validator.NewNode(nc, genesis, log)
	if err != nil {
		return err
	}
	if node.Fresh() && !vc.Bootstrap && vc.Join == "" {
		_ = node.Close()
		return usageError(fmt.Errorf("validator run: %s holds no cluster state: start the first node with --bootstrap and the others with --join URL", vc.DataDir))
	}
	if !fileExists(stored) {
		// Kept so that a restart needs no --genesis and cannot take another.
		canon, err := canonicalGenesis(genesis)
		if err == nil {
			err = os.WriteFile(stored, append(canon, '\n'), 0o600)
		}
		if err != nil {
			_ = node.Close()
			return fmt.Errorf("validator run: keep the genesis: %w", err)
		}
	}
	log.Info("validator starting", "raft", nc.RaftAddr, "http", nc.HTTPAddr, "address", addr.Hex(),
		"chain_id", genesis.ChainID, "bootstrap", vc.Bootstrap && node.Fresh(), "join", vc.Join)
	workers, closeChain, err := chainWorkers(ctx, vc, chainAddrs, node, key, genesis.ChainID)
	if err != nil {
		_ = node.Close()
		return err
	}
	defer closeChain()
	runErr := a.runNode(ctx, node, vc.Join, log, workers...)
	if err := node.Close(); err != nil {
		runErr = errors.Join(runErr, err)
	}
	log.Info("validator stopped")
	return runErr
}

// runNode serves the node's API, joins through member (if any) and runs
// the ticker, until ctx ends or the node has left the cluster.
func (a *app) runNode(ctx context.Context, node *validator.Node, member string, log *slog.Logger, workers ...func(context.Context) error) error {
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	g, gctx := errgroup.WithContext(runCtx)
	g.Go(func() error { return node.Serve(gctx) })
	g.Go(func() error { return node.RunTicker(gctx) })
	g.Go(func() error { return a.runScorer(gctx, node) })
	for _, w := range workers {
		g.Go(func() error { return w(gctx) })
	}
	g.Go(func() error { return node.RunLabelScorer(gctx, validator.DefaultLabelScorerConfig()) })
	if member != "" {
		g.Go(func() error {
			if err := node.Join(gctx, member); err != nil && gctx.Err() == nil {
				return fmt.Errorf("validator run: join via %s: %w", member, err)
			}
			return nil
		})
	}
	select {
	case <-ctx.Done():
		log.Info("signal received; stopping")
		if err := node.StepDown(); err != nil {
			log.Warn("could not hand leadership over", "err", err)
		}
	case <-node.Left():
		log.Info("left the cluster; stopping")
	case <-gctx.Done():
	}
	cancel()
	return g.Wait()
}

// readLabeling reads the labeling secret and the gold files the config
// names. Every failure is bad input.
func readLabeling(vc ValidatorConfig) (validator.LabelingConfig, error) {
	var lc validator.LabelingConfig
	if vc.LabelingSecretFile != "" {
		data, err := os.ReadFile(vc.LabelingSecretFile)
		if err != nil {
			return lc, fmt.Errorf("validator run: labeling secret: %w", err)
		}
		lc.Secret = bytes.TrimSpace(data)
		if len(lc.Secret) < rlhf.MinSecret {
			return lc, fmt.Errorf("validator run: labeling secret %s: %d bytes, want at least %d (for example 64 hex digits)", vc.LabelingSecretFile, len(lc.Secret), rlhf.MinSecret)
		}
	}
	if strings.TrimSpace(vc.Gold) == "" {
		return lc, nil
	}
	if lc.Secret == nil {
		return lc, errors.New("validator run: gold needs a labeling secret (--labeling-secret-file)")
	}
	lc.Gold = map[uint16][]rlhf.GoldPair{}
	for _, part := range strings.Split(vc.Gold, ",") {
		sub, file, ok := strings.Cut(strings.TrimSpace(part), "=")
		id, err := strconv.ParseUint(sub, 10, 16)
		if !ok || err != nil || file == "" {
			return lc, fmt.Errorf("validator run: gold %q: want SUBNET=FILE", part)
		}
		data, err := os.ReadFile(file)
		if err != nil {
			return lc, fmt.Errorf("validator run: gold of subnet %d: %w", id, err)
		}
		gold, err := rlhf.ParseGoldPairs(data)
		if err != nil {
			return lc, fmt.Errorf("validator run: gold of subnet %d, %s: %w", id, file, err)
		}
		lc.Gold[uint16(id)] = append(lc.Gold[uint16(id)], gold...)
	}
	return lc, nil
}

// genesisFile is the copy of the genesis a node keeps in its data directory.
const genesisFile = "genesis.json"

// resolveGenesis returns the genesis: from vc.Genesis, else the copy in the
// data directory, else from the member in vc.Join; it refuses one that
// differs from the copy in the data directory.
func (a *app) resolveGenesis(ctx context.Context, cmd *cobra.Command, vc ValidatorConfig) (ledger.Genesis, error) {
	stored := filepath.Join(vc.DataDir, genesisFile)
	explicitChain := cmd.Flags().Changed("chain-id") || a.v.InConfig("validator.chain_id") || os.Getenv("AGORA_VALIDATOR_CHAIN_ID") != ""
	var (
		g      ledger.Genesis
		source string
		err    error
	)
	switch {
	case vc.Genesis != "":
		source = vc.Genesis
		if g, err = readGenesis(vc.Genesis); err != nil {
			return g, usageError(err)
		}
		if g.ChainID == 0 {
			g.ChainID = vc.ChainID
		}
	case fileExists(stored):
		source = stored
		if g, err = readGenesis(stored); err != nil {
			return g, usageError(err)
		}
	case vc.Join != "":
		source = vc.Join
		fctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		if g, err = fetchGenesis(fctx, vc.Join); err != nil {
			return g, err
		}
	default:
		return g, usageError(errors.New("validator run: no genesis: give --genesis FILE (or --join URL to take the member's)"))
	}
	if explicitChain && g.ChainID != vc.ChainID {
		return g, usageError(fmt.Errorf("validator run: genesis %s has chain_id %d, but the chain id is set to %d", source, g.ChainID, vc.ChainID))
	}
	if err := g.Validate(); err != nil {
		return g, usageError(fmt.Errorf("validator run: genesis %s: %w", source, err))
	}
	canon, err := canonicalGenesis(g)
	if err != nil {
		return g, err
	}
	if fileExists(stored) {
		prev, err := os.ReadFile(stored)
		if err != nil {
			return g, err
		}
		pg, err := readGenesisBytes(prev)
		if err != nil {
			return g, usageError(fmt.Errorf("validator run: %s: %w", stored, err))
		}
		pc, err := canonicalGenesis(pg)
		if err != nil {
			return g, err
		}
		if !bytes.Equal(pc, canon) {
			return g, usageError(fmt.Errorf("validator run: genesis %s differs from the one this data directory was started with (%s)", source, stored))
		}
	}
	return g, nil
}

// fetchGenesis reads the genesis from a member, retrying while it cannot be
// reached.
func fetchGenesis(ctx context.Context, member string) (ledger.Genesis, error) {
	c := validator.NewClient(member, 0)
	for {
		g, err := c.Genesis(ctx)
		if err == nil {
			return g, nil
		}
		var ae *validator.APIError
		if errors.As(err, &ae) && ae.Permanent() {
			return g, fmt.Errorf("validator run: genesis from %s: %w", member, err)
		}
		select {
		case <-ctx.Done():
			return g, fmt.Errorf("validator run: genesis from %s: %w", member, err)
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// canonicalGenesis encodes g as the ledger holds it (validators and
// creators sorted), so that two equivalent files compare equal.
func canonicalGenesis(g ledger.Genesis) ([]byte, error) {
	return json.MarshalIndent(ledger.NewFSM(g).Genesis(), "", "  ")
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// readGenesis reads a YAML or JSON genesis file.
func readGenesis(path string) (ledger.Genesis, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return ledger.Genesis{}, fmt.Errorf("genesis: %w", err)
	}
	g, err := readGenesisBytes(data)
	if err != nil {
		return g, fmt.Errorf("genesis %s: %w", path, err)
	}
	return g, nil
}

// readGenesisBytes decodes a YAML (or JSON, a subset of it) genesis
// strictly: an unknown key is an error.
func readGenesisBytes(data []byte) (ledger.Genesis, error) {
	v := viper.New()
	v.SetConfigType("yaml")
	if err := v.ReadConfig(bytes.NewReader(data)); err != nil {
		return ledger.Genesis{}, err
	}
	doc, err := json.Marshal(v.AllSettings())
	if err != nil {
		return ledger.Genesis{}, err
	}
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.DisallowUnknownFields()
	var g ledger.Genesis
	if err := dec.Decode(&g); err != nil {
		return ledger.Genesis{}, err
	}
	return g, nil
}

func (a *app) validatorRemove(url, id string) error {
	if id == "" {
		return usageError(errors.New("validator remove: --id ID is required"))
	}
	return a.clusterRequest("remove", url, func(ctx context.Context, c *validator.Client, key *ecdsa.PrivateKey) (string, error) {
		return id + " removed from the cluster", c.Remove(ctx, key, id)
	})
}

func (a *app) validatorLeave(url string) error {
	return a.clusterRequest("leave", url, func(ctx context.Context, c *validator.Client, key *ecdsa.PrivateKey) (string, error) {
		return crypto.PubkeyToAddress(key.PublicKey).Hex() + " left the cluster", c.Leave(ctx, key)
	})
}

// clusterRequest runs `validator <verb>`: it opens the key, asks the node
// at url (default: the configured http_addr) for its chain id, has send
// sign and post the request, and prints send's line once it succeeded. A
// refusal (a 4xx answer) is bad input.
func (a *app) clusterRequest(verb, url string, send func(context.Context, *validator.Client, *ecdsa.PrivateKey) (string, error)) error {
	vc := a.cfg.Validator
	if url == "" {
		if vc.HTTPAddr == "" {
			return usageError(fmt.Errorf("validator %s: --url URL (or --http-addr) is required", verb))
		}
		url = vc.HTTPAddr
	}
	key, err := openKey(vc)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	// The request is signed for the chain of the node that is asked.
	view, err := validator.NewClient(url, 0).Cluster(ctx)
	if err != nil {
		return err
	}
	line, err := send(ctx, validator.NewClient(url, view.ChainID), key)
	if err != nil {
		var ae *validator.APIError
		if errors.As(err, &ae) && ae.Permanent() {
			return usageError(err)
		}
		return err
	}
	_, err = fmt.Fprintln(a.stdout, line)
	return err
}

// chainAddresses are the contracts a validator's chain workers use.
type chainAddresses struct {
	emission, staking, registry common.Address
}

// checkChainFlags checks the chain flags without contacting the node: with
// --chain-rpc, the three contract addresses are required.
func checkChainFlags(vc ValidatorConfig) (chainAddresses, error) {
	var out chainAddresses
	if vc.ChainRPC == "" {
		if vc.Emission != "" || vc.Staking != "" || vc.Registry != "" {
			return out, usageError(errors.New("validator run: --emission, --staking and --registry need --chain-rpc URL"))
		}
		return out, nil
	}
	for _, f := range []struct {
		flag, value string
		dst         *common.Address
	}{{"--emission", vc.Emission, &out.emission}, {"--staking", vc.Staking, &out.staking}, {"--registry", vc.Registry, &out.registry}} {
		if !common.IsHexAddress(f.value) || common.HexToAddress(f.value) == (common.Address{}) {
			return out, usageError(fmt.Errorf("validator run: %s %q: want the contract's 0x address (required with --chain-rpc)", f.flag, f.value))
		}
		*f.dst = common.HexToAddress(f.value)
	}
	if vc.Confirmations == 0 {
		return out, usageError(errors.New("validator run: --confirmations must be at least 1"))
	}
	return out, nil
}

// chainWorkers connects to the settlement chain, when configured, and
// returns the node's chain workers (settlement, stake sync, registry feed;
// each acts only while the node leads) and a function that closes the
// connection. The chain must be the genesis's.
func chainWorkers(ctx context.Context, vc ValidatorConfig, addrs chainAddresses, node *validator.Node, key *ecdsa.PrivateKey, chainID uint64) (workers []func(context.Context) error, closeChain func(), err error) {
	if vc.ChainRPC == "" {
		return nil, func() {}, nil
	}
	dctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	client, err := ethclient.DialContext(dctx, vc.ChainRPC)
	if err != nil {
		return nil, nil, fmt.Errorf("validator run: connect to %s: %w", vc.ChainRPC, err)
	}
	defer func() {
		if err != nil {
			client.Close()
		}
	}()
	id, err := client.ChainID(dctx)
	if err != nil {
		return nil, nil, fmt.Errorf("validator run: no answer from the chain node at %s: %w", vc.ChainRPC, err)
	}
	if id.Uint64() != chainID {
		return nil, nil, usageError(fmt.Errorf("validator run: the node at %s serves chain %s, the genesis names chain %d", vc.ChainRPC, id, chainID))
	}
	// Is it an emission contract? Its token completes the deployment.
	probe, err := chain.NewEmission(addrs.emission, client)
	if err != nil {
		return nil, nil, err
	}
	token, err := probe.Token(dctx)
	if err != nil {
		return nil, nil, fmt.Errorf("validator run: --emission %s: %w", addrs.emission.Hex(), err)
	}
	// One client set, so that the node key's transactions to every
	// contract (settle, slash, set prices) share one nonce sequence.
	c, err := chain.NewContracts(client, chain.Addresses{Token: token, Registry: addrs.registry, Staking: addrs.staking, Emission: addrs.emission},
		chain.WithConfirmations(vc.Confirmations))
	if err != nil {
		return nil, nil, err
	}
	payer := &validator.EmissionPayer{Contract: c.Emission, Key: key}
	slasher := validator.StakingSlasher{Staking: c.Staking, Key: key}
	pricer := &validator.RegistryPricer{Registry: c.Registry, Key: key}
	safe := &chain.StakeReader{Staking: c.Staking, Backend: client, Confirmations: vc.Confirmations}
	feed := &validator.RegistryFeed{Registry: c.Registry, Safe: safe}
	settle := validator.DefaultSettlementConfig()
	settle.PushMax = vc.PushMax
	interval := max(vc.TickInterval, time.Second)
	return []func(context.Context) error{
		func(ctx context.Context) error { return node.RunSettlement(ctx, payer, settle) },
		func(ctx context.Context) error { return node.RunStakeSync(ctx, safe, interval) },
		func(ctx context.Context) error { return node.RunChainFeed(ctx, feed, interval) },
		func(ctx context.Context) error {
			return node.RunSlashing(ctx, slasher, validator.DefaultSlashingConfig())
		},
		func(ctx context.Context) error { return node.RunPriceSync(ctx, pricer, interval) },
	}, client.Close, nil
}

// runScorer scores the miners of the subnets where this node is a
// validator and whose reference model is the shipped one: inference on
// sampled recomputed positions, fine-tuned uploads on the held-out text,
// hardware claims; the averages become the node's weights.
func (a *app) runScorer(ctx context.Context, node *validator.Node) error {
	ref, err := model.Reference()
	if err != nil {
		return fmt.Errorf("validator run: the reference model: %w", err)
	}
	cfg := validator.DefaultScorerConfig()
	cfg.HeldOut = corpus.HeldOut()
	return node.RunScorer(ctx, cfg, validator.NewModelSet(ref))
}
