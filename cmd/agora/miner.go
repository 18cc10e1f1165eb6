package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/netip"
	"os"
	"os/signal"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/agora-net/agora/miner"
	"github.com/agora-net/agora/model"
	"github.com/agora-net/agora/model/corpus"
	"github.com/agora-net/agora/scoring"
	"github.com/agora-net/agora/validator"
	"github.com/agora-net/agora/validator/ledger"
)

// MinerConfig is the miner section of the configuration; each key has a
// flag of `agora miner run` with the same name, dashed (data_dir:
// --data-dir), and an environment variable AGORA_MINER_<KEY>.
// configs/miner.yaml shows every key.
type MinerConfig struct {
	// Key is the miner's hotkey keystore file; PasswordFile holds its
	// passphrase (empty: $AGORA_PASSWORD).
	Key          string `mapstructure:"key" json:"key"`
	PasswordFile string `mapstructure:"password_file" json:"password_file"`
	// ValidatorURL is the HTTP API of a validator of the cluster.
	ValidatorURL string `mapstructure:"validator_url" json:"validator_url"`
	// ChainID is the ledger's chain id; 0: the validator's genesis says.
	ChainID uint64 `mapstructure:"chain_id" json:"chain_id"`
	// Subnets are the subnets to register on and serve.
	Subnets []int `mapstructure:"subnets" json:"subnets"`
	// Listen is the host:port the axon listens on; Axon the ip:port
	// validators reach it at (default: Listen).
	Listen string `mapstructure:"listen" json:"listen"`
	Axon   string `mapstructure:"axon" json:"axon"`
	// DataDir holds the miner's artifacts.
	DataDir string `mapstructure:"data_dir" json:"data_dir"`
	// Model is the served model: "reference" for the shipped reference
	// model (the devnet's), a weight file, or "seed:N" for the generated
	// model of seed N.
	Model string `mapstructure:"model" json:"model"`
	// Behaviour is honest, or a cheat of the adversarial devnet:
	// wrong-model, random, copier, slow or fake-gpu.
	Behaviour string `mapstructure:"behaviour" json:"behaviour"`
	// CopyFrom is the axon URL a copier takes uploads from.
	CopyFrom string `mapstructure:"copy_from" json:"copy_from"`
	// SlowDelay is how long a slow miner waits before answering.
	SlowDelay time.Duration `mapstructure:"slow_delay" json:"slow_delay"`
	// MaxInFlight and MaxQueued bound each validator's requests;
	// RequestTimeout bounds one request's work.
	MaxInFlight    int           `mapstructure:"max_in_flight" json:"max_in_flight"`
	MaxQueued      int           `mapstructure:"max_queued" json:"max_queued"`
	RequestTimeout time.Duration `mapstructure:"request_timeout" json:"request_timeout"`
	// MaxBurn is the highest registration price accepted, in base units;
	// 0: any.
	MaxBurn uint64 `mapstructure:"max_burn" json:"max_burn"`
}

func defaultMinerConfig() MinerConfig {
	d := miner.DefaultConfig()
	return MinerConfig{
		Listen: "127.0.0.1:8091", Behaviour: miner.Honest.String(), SlowDelay: d.SlowDelay,
		MaxInFlight: d.MaxInFlight, MaxQueued: d.MaxQueued, RequestTimeout: d.RequestTimeout,
		Subnets: []int{},
	}
}

// minerFlagSpecs lists every flag that stands for a miner.* key.
func minerFlagSpecs() []configFlag {
	d := defaultMinerConfig()
	return []configFlag{
		{"key", "", "miner hotkey keystore `FILE` (required)"},
		{"password-file", "", "read the keystore passphrase from `FILE` (default: $AGORA_PASSWORD)"},
		{"validator-url", "", "HTTP API `URL` of a validator of the cluster (required)"},
		{"chain-id", uint64(0), "chain `ID` of the ledger (default: the validator's genesis)"},
		{"subnets", []int{}, "`IDs` of the subnets to register on and serve (required)"},
		{"listen", d.Listen, "`host:port` the axon listens on"},
		{"axon", "", "`ip:port` validators reach the axon at (default: --listen)"},
		{"data-dir", "", "`DIR` for the miner's weight artifacts (required)"},
		{"model", "", "served model: reference, a weight `FILE`, or seed:N (required)"},
		{"behaviour", d.Behaviour, "honest, or a devnet cheat: wrong-model, random, copier, slow, fake-gpu"},
		{"copy-from", "", "axon `URL` a copier takes uploads from"},
		{"slow-delay", d.SlowDelay, "answer `delay` of a slow miner"},
		{"max-in-flight", d.MaxInFlight, "`N` requests of one validator at once"},
		{"max-queued", d.MaxQueued, "`N` more requests of one validator waiting; beyond: 429"},
		{"request-timeout", d.RequestTimeout, "`time` one request may work"},
		{"max-burn", uint64(0), "highest registration price accepted, base `units` (0: any)"},
	}
}

// minerDefaults lists the miner section's keys with their defaults, so
// that environment variables can override each one.
func minerDefaults() map[string]any {
	out := map[string]any{}
	for _, f := range minerFlagSpecs() {
		out["miner."+strings.ReplaceAll(f.name, "-", "_")] = f.def
	}
	return out
}

func newMinerCommand(a *app) *cobra.Command {
	cmd := groupCommand("miner", "Run a miner node")
	run := &cobra.Command{
		Use:   "run [--config FILE] [flags]",
		Short: "Run a miner: probe the hardware, register on subnets, serve the axon",
		Long: `Run a miner until SIGINT or SIGTERM. It opens its hotkey (--key, passphrase
from --password-file or AGORA_PASSWORD), loads the model it serves (--model),
probes its hardware (nvidia-smi when present, else /proc), checks with the
validator cluster (--validator-url) that each subnet of --subnets names that
model, registers on the subnets where it is not registered yet (or updates
its axon), and serves its axon on --listen.

The axon answers only requests signed by validators that hold a permit on
the subnet, and signs every answer. --behaviour makes the miner cheat on
purpose, as the adversarial devnet does: wrong-model, random, copier (with
--copy-from), slow or fake-gpu.

Every flag has a config key under "miner:" with the same name (data_dir for
--data-dir) and an environment variable (AGORA_MINER_DATA_DIR); see
configs/miner.yaml. Logs go to stderr.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return a.minerRun(ctx, nil)
		},
	}
	names := make([]string, 0, len(minerFlagSpecs()))
	for _, f := range minerFlagSpecs() {
		names = append(names, f.name)
	}
	sectionFlags(run.Flags(), "miner", minerFlagSpecs(), names...)
	cmd.AddCommand(run)
	return cmd
}

// minerPlan is a checked miner configuration.
type minerPlan struct {
	behaviour miner.Behaviour
	subnets   []uint16
}

// checkMinerConfig checks what can be checked without the key, the model
// or the network. Every failure is a usage error with a sentence.
func checkMinerConfig(mc MinerConfig) (minerPlan, error) {
	bad := func(format string, args ...any) (minerPlan, error) {
		return minerPlan{}, usageError(fmt.Errorf("miner run: "+format, args...))
	}
	var p minerPlan
	var err error
	switch {
	case mc.ValidatorURL == "":
		return bad("--validator-url URL (miner.validator_url) is required: the validator cluster the miner registers with")
	case len(mc.Subnets) == 0:
		return bad("--subnets IDS (miner.subnets) is required: the subnets to serve")
	case mc.DataDir == "":
		return bad("--data-dir DIR (miner.data_dir) is required")
	case mc.Model == "":
		return bad("--model reference|FILE|seed:N (miner.model) is required: the model the miner serves")
	case mc.Listen == "":
		return bad("--listen host:port (miner.listen) is required")
	}
	for _, id := range mc.Subnets {
		if id < 0 || id > 65535 {
			return bad("subnet %d is not a subnet id (0 to 65535)", id)
		}
		if slices.Contains(p.subnets, uint16(id)) {
			return bad("subnet %d is listed twice", id)
		}
		p.subnets = append(p.subnets, uint16(id))
	}
	if p.behaviour, err = miner.ParseBehaviour(mc.Behaviour); err != nil {
		return bad("%v", strings.TrimPrefix(err.Error(), "miner: "))
	}
	if p.behaviour == miner.Copier && mc.CopyFrom == "" {
		return bad("behaviour copier needs --copy-from URL (miner.copy_from), the axon it copies")
	}
	if mc.Axon != "" {
		if _, err := axonAddr(mc.Axon); err != nil {
			return bad("--axon %q: %v", mc.Axon, err)
		}
	}
	return p, nil
}

// axonAddr parses an announced axon address: an IP (not unspecified) and a
// nonzero port.
func axonAddr(s string) (netip.AddrPort, error) {
	ap, err := netip.ParseAddrPort(s)
	switch {
	case err != nil:
		return ap, errors.New("want ip:port with an IP address")
	case ap.Addr().IsUnspecified() || ap.Port() == 0:
		return ap, errors.New("want an address validators can reach, not 0.0.0.0, :: or port 0")
	}
	return ap, nil
}

// loadServedModel reads the served model: "reference" is the shipped
// reference model, "seed:N" generates the model of seed N in the default
// configuration, anything else is a weight file.
func loadServedModel(spec string) (*model.LM, error) {
	if spec == "reference" {
		return model.Reference()
	}
	if rest, ok := strings.CutPrefix(spec, "seed:"); ok {
		seed, err := strconv.ParseUint(rest, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("miner run: --model %q: seed:N wants a decimal N", spec)
		}
		return model.NewSeeded(seed, model.DefaultConfig())
	}
	lm, err := model.ReadFile(spec)
	if err != nil {
		return nil, fmt.Errorf("miner run: --model %s: %w", spec, err)
	}
	return lm, nil
}

// minerRun runs the miner until ctx ends. ready, if not nil, receives the
// running server once it is registered and listening (for tests).
func (a *app) minerRun(ctx context.Context, ready chan<- *miner.Server) error {
	mc := a.cfg.Miner
	plan, err := checkMinerConfig(mc)
	if err != nil {
		return err
	}
	key, err := openKeystore("miner", mc.Key, mc.PasswordFile)
	if err != nil {
		return err
	}
	lm, err := loadServedModel(mc.Model)
	if err != nil {
		return usageError(err)
	}
	hotkey := crypto.PubkeyToAddress(key.PublicKey)
	log := a.log.With("hotkey", hotkey.Hex())

	hw, err := miner.Probe(ctx, miner.DefaultProbeEnv())
	if err != nil {
		return err
	}
	switch {
	case plan.behaviour == miner.FakeGPU:
		hw = miner.WithFakeGPU(hw)
	case hw.Class != scoring.ClassCPU:
		// A claim must be provable: this build solves compute challenges
		// on the CPU, so a GPU class would fail its challenge.
		log.Warn("compute challenges run on the CPU in this build: claiming the cpu class", "gpus", len(hw.GPUs), "gpu_class", hw.Class)
		hw.Class = scoring.ClassCPU
	}
	log.Info("hardware probed", "cpu", hw.CPUModel, "cores", hw.Cores, "memory_bytes", hw.MemoryBytes,
		"gpus", len(hw.GPUs), "class", hw.Class)

	chainID := mc.ChainID
	if chainID == 0 {
		gctx, cancel := context.WithTimeout(ctx, clientTimeout)
		g, err := validator.NewClient(mc.ValidatorURL, 0).Genesis(gctx)
		cancel()
		if err != nil {
			return fmt.Errorf("miner run: read the genesis from %s: %w", mc.ValidatorURL, err)
		}
		chainID = g.ChainID
	}
	api := validator.NewClient(mc.ValidatorURL, chainID)
	views, err := minerSubnets(ctx, api, plan.subnets, lm.Hash())
	if err != nil {
		return err
	}

	cfg, err := a.minerServerConfig(mc, plan, key, chainID, lm, hw, api, log)
	if err != nil {
		return err
	}
	srv, err := miner.NewServer(cfg)
	if err != nil {
		return usageError(err)
	}
	if err := srv.Listen(ctx); err != nil {
		return usageError(err)
	}
	announce := mc.Axon
	if announce == "" {
		announce = srv.Addr()
	}
	ap, err := axonAddr(announce)
	if err != nil {
		_ = srv.Run(canceled())
		return usageError(fmt.Errorf("miner run: the axon address %s: %v; set --axon", announce, err))
	}
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	served := make(chan error, 1)
	go func() { served <- srv.Run(runCtx) }()
	decl := declaration{model: lm.Hash(), hardware: srv.Hardware().Declaration()}
	if err := registerMiner(ctx, api, key, views, ap, decl, mc.MaxBurn, log); err != nil {
		cancel()
		<-served
		return err
	}
	log.Info("miner serving", "axon", ap.String(), "subnets", plan.subnets, "model", lm.Hash(), "behaviour", plan.behaviour.String())
	if ready != nil {
		ready <- srv
	}
	return <-served
}

// canceled returns an ended context.
func canceled() context.Context {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	return ctx
}

// minerSubnets reads each subnet and checks that it names the served
// model. A subnet that does not exist or names another model is bad input.
func minerSubnets(ctx context.Context, api *validator.Client, ids []uint16, modelHash string) ([]ledger.SubnetView, error) {
	var views []ledger.SubnetView
	for _, id := range ids {
		rctx, cancel := context.WithTimeout(ctx, clientTimeout)
		v, err := api.Subnet(rctx, id)
		cancel()
		var ae *validator.APIError
		if errors.As(err, &ae) && ae.Status == http.StatusNotFound {
			return nil, usageError(fmt.Errorf("miner run: subnet %d does not exist", id))
		}
		if err != nil {
			return nil, fmt.Errorf("miner run: read subnet %d: %w", id, err)
		}
		if v.ModelHash != modelHash {
			return nil, usageError(fmt.Errorf("miner run: subnet %d names model %s, but this miner's model is %s", id, v.ModelHash, modelHash))
		}
		views = append(views, v)
	}
	return views, nil
}

// minerServerConfig builds the axon's configuration.
func (a *app) minerServerConfig(mc MinerConfig, plan minerPlan, key *ecdsa.PrivateKey, chainID uint64, lm *model.LM,
	hw miner.Hardware, api *validator.Client, log *slog.Logger) (miner.Config, error) {
	permits, err := miner.NewPermitCache(api, miner.DefaultPermitCacheConfig())
	if err != nil {
		return miner.Config{}, err
	}
	gen := miner.NewLMGenerator(lm)
	cfg := miner.DefaultConfig()
	cfg.Addr, cfg.Key, cfg.ChainID, cfg.Subnets = mc.Listen, key, chainID, plan.subnets
	cfg.Model, cfg.Permits, cfg.DataDir, cfg.Hardware = gen, permits, mc.DataDir, hw
	cfg.Behaviour, cfg.Logger = plan.behaviour, log
	cfg.SlowDelay, cfg.MaxInFlight, cfg.MaxQueued, cfg.RequestTimeout = mc.SlowDelay, mc.MaxInFlight, mc.MaxQueued, mc.RequestTimeout
	switch plan.behaviour {
	case miner.WrongModel:
		if cfg.Substitute, err = gen.Substitute(); err != nil {
			return miner.Config{}, err
		}
	case miner.Copier:
		cfg.CopySource = miner.AxonCopySource{Client: miner.NewClient(mc.CopyFrom, miner.ClientConfig{HTTP: &http.Client{Timeout: time.Minute}})}
	}
	// Fine-tune jobs train the served model on the corpus's training set
	// (never its held-out chapters, which validators evaluate on); each
	// job's commitment goes to the ledger before its weights are published.
	if cfg.Trainer, err = miner.NewLMTrainer(lm, corpus.Train(), miner.DefaultTrainerConfig()); err != nil {
		return miner.Config{}, err
	}
	cfg.Committer = validator.FineTuneCommitter{Client: api, Key: key}
	if err := cfg.Validate(); err != nil {
		return miner.Config{}, usageError(err)
	}
	return cfg, nil
}

// declaration is what a miner registers with besides its axon: the
// model it serves and its hardware.
type declaration struct {
	model    string
	hardware *ledger.Hardware
}

// registerMiner registers the key as a miner with axon ap and its
// declaration on each subnet where it is not registered, and updates the
// axon and declaration where it is registered with others.
func registerMiner(ctx context.Context, api *validator.Client, key *ecdsa.PrivateKey, views []ledger.SubnetView,
	ap netip.AddrPort, decl declaration, maxBurn uint64, log *slog.Logger) error {
	hotkey := crypto.PubkeyToAddress(key.PublicKey)
	for _, v := range views {
		rctx, cancel := context.WithTimeout(ctx, clientTimeout)
		err := registerOn(rctx, api, key, hotkey, v, ap, decl, maxBurn, log)
		cancel()
		if err != nil {
			return err
		}
	}
	return nil
}

func registerOn(ctx context.Context, api *validator.Client, key *ecdsa.PrivateKey, hotkey common.Address, v ledger.SubnetView,
	ap netip.AddrPort, decl declaration, maxBurn uint64, log *slog.Logger) error {
	uid, ok := v.UIDOf(hotkey)
	switch {
	case !ok:
		reg := ledger.Register{Subnet: v.ID, Role: ledger.RoleMiner, Axon: ap.String(), ModelHash: decl.model, Hardware: decl.hardware}
		if maxBurn > 0 {
			reg.MaxBurn = &maxBurn
		}
		if _, err := api.Send(ctx, key, ledger.TypeRegister, reg); err != nil {
			return fmt.Errorf("miner run: register on subnet %d: %w", v.ID, err)
		}
		log.Info("registered", "subnet", v.ID, "axon", ap.String(), "burn", v.Burn, "class", decl.hardware.Class)
	case v.Neurons[uid].Axon != ap.String() || v.Neurons[uid].ModelHash != decl.model || !reflect.DeepEqual(v.Neurons[uid].Hardware, decl.hardware):
		ipType := ledger.IPv4
		if ap.Addr().Is6() {
			ipType = ledger.IPv6
		}
		serve := ledger.ServeAxon{Subnet: v.ID, IP: ap.Addr().String(), Port: ap.Port(), IPType: ipType, ModelHash: decl.model, Hardware: decl.hardware}
		if _, err := api.Send(ctx, key, ledger.TypeServeAxon, serve); err != nil {
			return fmt.Errorf("miner run: serve axon on subnet %d: %w", v.ID, err)
		}
		log.Info("axon updated", "subnet", v.ID, "uid", uid, "axon", ap.String(), "class", decl.hardware.Class)
	default:
		log.Info("already registered", "subnet", v.ID, "uid", uid, "axon", ap.String())
	}
	return nil
}
