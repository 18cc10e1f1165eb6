package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/agora-net/agora/labeler"
	"github.com/agora-net/agora/rlhf"
	"github.com/agora-net/agora/rlhf/reward"
	"github.com/agora-net/agora/validator/ledger"
)

// LabelerConfig is the labeler section of the configuration, read by
// `agora label serve` and `agora label ai`; configs/labeler.yaml shows
// every key. Each key has a flag of the same name, dashed, and an
// environment variable AGORA_LABELER_<KEY>.
type LabelerConfig struct {
	// URL is a validator's HTTP API (any validator of the cluster); empty:
	// client.url.
	URL string `mapstructure:"url" json:"url"`
	// Subnet is the preference subnet labeled.
	Subnet uint16 `mapstructure:"subnet" json:"subnet"`
	// Key is the labeler's keystore file (its hotkey, registered as a
	// miner of the subnet); PasswordFile holds its passphrase (empty:
	// $AGORA_PASSWORD).
	Key          string `mapstructure:"key" json:"key"`
	PasswordFile string `mapstructure:"password_file" json:"password_file"`
	// Addr is where `label serve` serves its page: a loopback host:port.
	Addr string `mapstructure:"addr" json:"addr"`
	// Model is the reward model file `label ai` answers with; Interval how
	// often it looks for new items.
	Model    string        `mapstructure:"model" json:"model"`
	Interval time.Duration `mapstructure:"interval" json:"interval"`
}

func defaultLabelerConfig() LabelerConfig {
	return LabelerConfig{Addr: labeler.DefaultServerConfig().Addr, Interval: labeler.DefaultAutoConfig().Interval}
}

// labelerDefaults lists the labeler section's keys with their defaults.
func labelerDefaults() map[string]any {
	d := defaultLabelerConfig()
	return map[string]any{
		"labeler.url": d.URL, "labeler.subnet": d.Subnet, "labeler.key": d.Key, "labeler.password_file": d.PasswordFile,
		"labeler.addr": d.Addr, "labeler.model": d.Model, "labeler.interval": d.Interval,
	}
}

// labelerFlags declares the labeler flags on flags, each bound to its
// config key.
func labelerFlags(flags *pflag.FlagSet, withModel bool) {
	d := defaultLabelerConfig()
	flags.String("url", "", "a validator's API `URL` (default: client.url)")
	flags.Uint16("subnet", 0, "the preference subnet `ID`")
	flags.String("key", "", "the labeler's keystore `FILE` (a miner hotkey of the subnet)")
	flags.String("password-file", "", "read the keystore passphrase from `FILE` (default: $AGORA_PASSWORD)")
	keys := map[string]string{"url": "labeler.url", "subnet": "labeler.subnet", "key": "labeler.key", "password-file": "labeler.password_file"}
	if withModel {
		flags.String("model", "", "reward model `FILE` (agora rlhf reward train writes one)")
		flags.Duration("interval", d.Interval, "how often to look for new items")
		keys["model"], keys["interval"] = "labeler.model", "labeler.interval"
	} else {
		flags.String("addr", d.Addr, "loopback `host:port` of the page")
		keys["addr"] = "labeler.addr"
	}
	for flag, key := range keys {
		keyFlag(flags, flag, key)
	}
}

func newLabelCommand(a *app) *cobra.Command {
	cmd := groupCommand("label", "Label comparisons of a preference subnet: a web page for people, a reward model for AI labelers")
	serve := &cobra.Command{
		Use:   "serve [--config FILE] [--url URL] [--subnet ID] [--key FILE] [--password-file FILE] [--addr HOST:PORT]",
		Short: "Serve a local web page to label this labeler's comparisons with the keyboard",
		Long: `Serve, on a loopback address, a web page where a person answers the labeler's
comparisons of the current round: the prompt and both responses side by side;
1 when A is better, 2 when B is, 0 for a tie. Each answer is signed with the
labeler's keystore key (--key; passphrase from --password-file or
AGORA_PASSWORD) and filed through the validator API at --url. The page shows
the round's progress and the labeler's running agreement with the other
labelers. The labeler must be registered as a miner of the subnet. Keys live
under "labeler:" in the config file (configs/labeler.yaml). Stops on SIGINT or
SIGTERM.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error { return a.labelServe() },
	}
	labelerFlags(serve.Flags(), false)
	ai := &cobra.Command{
		Use:   "ai [--config FILE] --model FILE [--url URL] [--subnet ID] [--key FILE] [--password-file FILE] [--interval D]",
		Short: "Run an AI labeler: answer this labeler's comparisons with a reward model",
		Long: `Run an AI labeler (a miner of a preference subnet): every --interval, read the
labeler's unanswered comparisons and answer each with the reward model in
--model (the response it scores higher is better; confidence is its
Bradley–Terry probability), filing the answers in bulk, signed with --key.
Stops on SIGINT or SIGTERM.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error { return a.labelAI() },
	}
	labelerFlags(ai.Flags(), true)
	var imp labelImportOptions
	importCmd := &cobra.Command{
		Use:   "import --subnet ID --in FILE --key FILE [--password-file FILE] [--url URL]",
		Short: "Add comparisons from JSONL to a preference subnet's pool",
		Long: `Add the comparisons of --in (JSONL lines {"prompt": "…", "a": "…", "b": "…"};
"-" reads standard input) to the pool of preference subnet --subnet; they are
labeled from the subnet's next round on. The commands are signed with --key,
the subnet owner's or a genesis validator's. Comparisons already pooled (in
either order of the responses) are skipped. Prints how many were added.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error { return a.labelImport(imp) },
	}
	f := importCmd.Flags()
	f.Uint16Var(&imp.subnet, "subnet", 0, "the preference subnet `ID`")
	f.StringVar(&imp.in, "in", "", "JSONL `FILE` of comparisons (\"-\": standard input)")
	f.StringVar(&imp.key, "key", "", "the signer's keystore `FILE` (the owner or a genesis validator)")
	f.StringVar(&imp.passwordFile, "password-file", "", "read the passphrase from `FILE` (default: $AGORA_PASSWORD)")
	f.StringVar(&imp.url, "url", "", "validator API `URL` (default: client.url)")
	cmd.AddCommand(serve, ai, importCmd)
	return cmd
}

type labelImportOptions struct {
	subnet                     uint16
	in, key, passwordFile, url string
}

// labelerSession opens the labeler's key and a session through the
// configured validator.
func (a *app) labelerSession(ctx context.Context, command string) (*labeler.Session, error) {
	lc := a.cfg.Labeler
	if lc.Subnet == 0 {
		return nil, usageError(fmt.Errorf("%s: --subnet ID (labeler.subnet) is required", command))
	}
	key, err := openSignerKey(command, lc.Key, lc.PasswordFile)
	if err != nil {
		return nil, err
	}
	client, err := a.signingClientAt(ctx, a.labelerURL(lc.URL))
	if err != nil {
		return nil, err
	}
	return labeler.NewSession(client, key, lc.Subnet)
}

func (a *app) labelerURL(url string) string {
	if url != "" {
		return url
	}
	return a.cfg.Client.URL
}

func signalContext() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}

func (a *app) labelServe() error {
	cfg := labeler.ServerConfig{Addr: a.cfg.Labeler.Addr}
	if err := cfg.Validate(); err != nil {
		return usageError(err)
	}
	ctx, stop := signalContext()
	defer stop()
	s, err := a.labelerSession(ctx, "label serve")
	if err != nil {
		return err
	}
	sv, err := labeler.NewServer(s, cfg, a.log)
	if err != nil {
		return err
	}
	ln, err := sv.Listen()
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "Labeling page: http://%s/ (subnet %d, labeler %s); Ctrl-C stops it\n", ln.Addr(), s.Subnet(), s.Labeler().Hex())
	return sv.Serve(ctx, ln)
}

func (a *app) labelAI() error {
	lc := a.cfg.Labeler
	if lc.Model == "" {
		return usageError(errors.New("label ai: --model FILE (labeler.model) is required"))
	}
	f, err := os.Open(lc.Model)
	if err != nil {
		return usageError(fmt.Errorf("label ai: %w", err))
	}
	m, err := reward.Load(f)
	f.Close()
	if err != nil {
		return usageError(fmt.Errorf("label ai: %s: %w", lc.Model, err))
	}
	ctx, stop := signalContext()
	defer stop()
	s, err := a.labelerSession(ctx, "label ai")
	if err != nil {
		return err
	}
	auto, err := labeler.NewAuto(s, labeler.RewardAnswerer{Model: m}, labeler.AutoConfig{Interval: lc.Interval}, a.log)
	if err != nil {
		return usageError(err)
	}
	a.log.Info("AI labeler running", "subnet", s.Subnet(), "labeler", s.Labeler().Hex(), "model", m.Hash())
	return auto.Run(ctx)
}

func (a *app) labelImport(o labelImportOptions) error {
	switch {
	case o.subnet == 0:
		return usageError(errors.New("label import: --subnet ID is required"))
	case o.in == "":
		return usageError(errors.New("label import: --in FILE is required"))
	}
	var (
		data []byte
		err  error
	)
	if o.in == "-" {
		data, err = io.ReadAll(a.stdin)
	} else {
		data, err = os.ReadFile(o.in)
	}
	if err != nil {
		return usageError(fmt.Errorf("label import: %w", err))
	}
	pairs, err := rlhf.ParsePairs(data)
	if err != nil {
		return usageError(fmt.Errorf("label import: %s: %w", o.in, err))
	}
	if len(pairs) == 0 {
		return usageError(fmt.Errorf("label import: %s holds no comparisons", o.in))
	}
	cs := make([]ledger.Comparison, len(pairs))
	for i, p := range pairs {
		cs[i] = ledger.Comparison{Prompt: p.Prompt, A: p.A, B: p.B}
		if err := (ledger.AddComparisons{Subnet: o.subnet, Comparisons: cs[i : i+1]}).Validate(); err != nil {
			return usageError(fmt.Errorf("label import: %s: comparison %d: %w", o.in, i+1, err))
		}
	}
	key, err := openSignerKey("label import", o.key, o.passwordFile)
	if err != nil {
		return err
	}
	ctx, cancel := clientContext()
	defer cancel()
	client, err := a.signingClientAt(ctx, a.labelerURL(o.url))
	if err != nil {
		return err
	}
	added, dups, err := client.AddComparisons(ctx, key, o.subnet, cs)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(a.stdout, "%d comparisons added to subnet %d's pool, %d already there\n", added, o.subnet, dups)
	return err
}
