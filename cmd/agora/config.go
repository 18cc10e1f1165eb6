package main

import (
	"fmt"
	"io"
	"log/slog"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

// envPrefix is the prefix of environment variables that override config
// keys: key log.level is read from AGORA_LOG_LEVEL.
const envPrefix = "AGORA"

// Config is the typed configuration of the agora command. It is filled from,
// in rising precedence: DefaultConfig, the --config YAML file, AGORA_*
// environment variables, and command-line flags. configs/agora.yaml lists
// every key.
type Config struct {
	// Log configures the process logger, which writes to stderr.
	Log LogConfig `mapstructure:"log" json:"log"`
	// Devnet configures `agora devnet`.
	Devnet DevnetConfig `mapstructure:"devnet" json:"devnet"`
	// Validator configures `agora validator run` and `leave`.
	Validator ValidatorConfig `mapstructure:"validator" json:"validator"`
	// Client configures the commands that use a validator's API
	// (`agora subnet`).
	Client ClientConfig `mapstructure:"client" json:"client"`
	// Model configures `agora model train`.
	Model ModelConfig `mapstructure:"model" json:"model"`
	// Miner configures `agora miner run`.
	Miner MinerConfig `mapstructure:"miner" json:"miner"`
	// Labeler configures `agora label serve` and `agora label ai`.
	Labeler LabelerConfig `mapstructure:"labeler" json:"labeler"`
}

// LogConfig configures the slog logger.
type LogConfig struct {
	// Level is the minimum level logged: debug, info, warn or error.
	Level string `mapstructure:"level" json:"level"`
	// Format is the record format: text or json.
	Format string `mapstructure:"format" json:"format"`
}

// DefaultConfig returns the configuration used when nothing overrides it.
func DefaultConfig() Config {
	return Config{Log: LogConfig{Level: "info", Format: "text"}, Devnet: defaultDevnetConfig(), Validator: defaultValidatorConfig(),
		Client: defaultClientConfig(), Model: defaultModelConfig(), Miner: defaultMinerConfig(), Labeler: defaultLabelerConfig()}
}

// Validate reports the first invalid field of c.
func (c Config) Validate() error {
	if _, err := parseLevel(c.Log.Level); err != nil {
		return err
	}
	switch c.Log.Format {
	case "text", "json":
	default:
		return fmt.Errorf("config: log.format %q: want text or json", c.Log.Format)
	}
	return nil
}

// bindConfigFlags declares the persistent flags that override config keys
// on flags and binds them to those keys in v.
func bindConfigFlags(v *viper.Viper, flags *pflag.FlagSet) {
	def := DefaultConfig()
	flags.String("config", "", "YAML config `file` (keys: see configs/agora.yaml)")
	flags.String("log-level", def.Log.Level, "log `level`: debug, info, warn or error (env AGORA_LOG_LEVEL)")
	flags.String("log-format", def.Log.Format, "log `format`: text or json (env AGORA_LOG_FORMAT)")
	for key, flag := range map[string]string{"log.level": "log-level", "log.format": "log-format"} {
		if err := v.BindPFlag(key, flags.Lookup(flag)); err != nil {
			panic(err) // the flag is declared just above
		}
	}
}

// loadConfig reads the config file at path (none when empty) into v, applies
// AGORA_* environment overrides and the flags bound by bindConfigFlags, and
// returns the validated result. Unknown keys in the file are errors.
func loadConfig(v *viper.Viper, path string) (Config, error) {
	def := DefaultConfig()
	v.SetDefault("log.level", def.Log.Level)
	v.SetDefault("log.format", def.Log.Format)
	for key, value := range devnetDefaults() {
		v.SetDefault(key, value)
	}
	for key, value := range validatorDefaults() {
		v.SetDefault(key, value)
	}
	for key, value := range modelDefaults() {
		v.SetDefault(key, value)
	}
	for key, value := range minerDefaults() {
		v.SetDefault(key, value)
	}
	for key, value := range labelerDefaults() {
		v.SetDefault(key, value)
	}
	v.SetDefault("client.url", def.Client.URL)
	v.SetEnvPrefix(envPrefix)
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_", "-", "_"))
	v.AutomaticEnv()
	if path != "" {
		v.SetConfigFile(path)
		v.SetConfigType("yaml")
		if err := v.ReadInConfig(); err != nil {
			return Config{}, fmt.Errorf("config %s: %w", path, err)
		}
	}
	var cfg Config
	if err := v.UnmarshalExact(&cfg); err != nil {
		if path == "" {
			return Config{}, fmt.Errorf("config: %w", err)
		}
		return Config{}, fmt.Errorf("config %s: %w", path, err)
	}
	cfg.Log.Level = strings.ToLower(cfg.Log.Level)
	cfg.Log.Format = strings.ToLower(cfg.Log.Format)
	if err := cfg.Validate(); err != nil {
		return Config{}, err
	}
	return cfg, nil
}

// parseLevel maps a configured level name to its slog level.
func parseLevel(name string) (slog.Level, error) {
	switch strings.ToLower(name) {
	case "debug":
		return slog.LevelDebug, nil
	case "info":
		return slog.LevelInfo, nil
	case "warn":
		return slog.LevelWarn, nil
	case "error":
		return slog.LevelError, nil
	}
	return 0, fmt.Errorf("config: log.level %q: want debug, info, warn or error", name)
}

// newLogger returns a logger writing records of c.Level and above to w in
// c.Format.
func newLogger(w io.Writer, c LogConfig) (*slog.Logger, error) {
	level, err := parseLevel(c.Level)
	if err != nil {
		return nil, err
	}
	opts := &slog.HandlerOptions{Level: level}
	switch c.Format {
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("config: log.format %q: want text or json", c.Format)
}

func newConfigCommand(a *app) *cobra.Command {
	cmd := groupCommand("config", "Inspect the configuration")
	cmd.AddCommand(&cobra.Command{
		Use:   "show",
		Short: "Print the effective configuration (defaults, file, env and flags merged) as JSON",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			return writeJSON(a.stdout, a.cfg)
		},
	})
	return cmd
}
