package main

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/agora-net/agora/model"
	"github.com/agora-net/agora/model/corpus"
)

// ModelConfig is the model section of the configuration file: the shape of
// the language model `agora model train` builds and how it trains it. Each
// key has a flag of `agora model train` with the same name, dashed
// (batch_size: --batch-size), and an environment variable
// AGORA_MODEL_<KEY>. The defaults train the reference model.
type ModelConfig struct {
	// Context, Embed and Hidden are model.Config's fields.
	Context int `mapstructure:"context" json:"context"`
	Embed   int `mapstructure:"embed" json:"embed"`
	Hidden  int `mapstructure:"hidden" json:"hidden"`
	// Seed, Steps, BatchSize and LearningRate are model.TrainOptions'
	// fields.
	Seed         uint64  `mapstructure:"seed" json:"seed"`
	Steps        int     `mapstructure:"steps" json:"steps"`
	BatchSize    int     `mapstructure:"batch_size" json:"batch_size"`
	LearningRate float64 `mapstructure:"learning_rate" json:"learning_rate"`
}

func defaultModelConfig() ModelConfig {
	c, o := model.DefaultConfig(), model.DefaultTrainOptions()
	return ModelConfig{
		Context: c.Context, Embed: c.Embed, Hidden: c.Hidden,
		Seed: o.Seed, Steps: o.Steps, BatchSize: o.BatchSize, LearningRate: o.LearningRate,
	}
}

// modelDefaults lists the model section's keys with their defaults, so
// that environment variables can override each one.
func modelDefaults() map[string]any {
	d := defaultModelConfig()
	return map[string]any{
		"model.context": d.Context, "model.embed": d.Embed, "model.hidden": d.Hidden,
		"model.seed": d.Seed, "model.steps": d.Steps, "model.batch_size": d.BatchSize,
		"model.learning_rate": d.LearningRate,
	}
}

// modelConfig returns the section's model.Config and model.TrainOptions,
// validated.
func (c ModelConfig) modelConfig() (model.Config, model.TrainOptions, error) {
	cfg := model.Config{Context: c.Context, Embed: c.Embed, Hidden: c.Hidden}
	if err := cfg.Validate(); err != nil {
		return model.Config{}, model.TrainOptions{}, err
	}
	opts := model.TrainOptions{Seed: c.Seed, Steps: c.Steps, BatchSize: c.BatchSize, LearningRate: c.LearningRate}
	if err := opts.Validate(); err != nil {
		return model.Config{}, model.TrainOptions{}, err
	}
	return cfg, opts, nil
}

// modelFlags declares the flags that stand for the model.* keys.
func modelFlags(flags *pflag.FlagSet) {
	d := defaultModelConfig()
	flags.Int("context", d.Context, fmt.Sprintf("context window in `bytes` (1..%d)", model.MaxContext))
	flags.Int("embed", d.Embed, fmt.Sprintf("embedding `width` (1..%d)", model.MaxEmbed))
	flags.Int("hidden", d.Hidden, fmt.Sprintf("hidden `units` (1..%d)", model.MaxHidden))
	flags.Uint64("seed", d.Seed, "`seed` of the initial weights and the batch order")
	flags.Int("steps", d.Steps, "optimiser `steps`")
	flags.Int("batch-size", d.BatchSize, fmt.Sprintf("`positions` per step (1..%d)", model.MaxBatch))
	flags.Float64("learning-rate", d.LearningRate, "Adam step `size`")
	for _, name := range []string{"context", "embed", "hidden", "seed", "steps", "batch-size", "learning-rate"} {
		keyFlag(flags, name, "model."+strings.ReplaceAll(name, "-", "_"))
	}
}

func newModelCommand(a *app) *cobra.Command {
	cmd := groupCommand("model", "Train, evaluate, hash and run the language model")
	cmd.Long = `Work with Agora's byte-level language model (package model): train it
deterministically on the shipped public-domain corpus, measure its held-out
loss, print a weight file's identity, and decode with top-k log-probabilities.

A weight file's identity is the SHA-256 of its bytes. Without --model, eval
and infer use the built-in reference model (hash ` + model.ReferenceHash[:16] + `…),
which ` + "`agora model train`" + ` with its defaults reproduces bit for bit.
A missing or invalid weight file, or a bad flag value, exits with status 2
and one line on stderr.`
	cmd.AddCommand(newModelTrainCommand(a), newModelEvalCommand(a), newModelHashCommand(a), newModelInferCommand(a))
	return cmd
}

// trainSummary is what `agora model train --json` prints.
type trainSummary struct {
	File    string             `json:"file"`
	Hash    string             `json:"hash"`
	Bytes   int                `json:"bytes"`
	Config  model.Config       `json:"config"`
	Options model.TrainOptions `json:"options"`
	// Base is the hash of the model fine-tuned, empty when trained from
	// scratch.
	Base string `json:"base,omitempty"`
	// DataBytes is the size of the training data.
	DataBytes int `json:"data_bytes"`
	// FinalLoss is the mean batch loss of the last up to 100 steps.
	FinalLoss float64 `json:"final_loss"`
	Seconds   float64 `json:"seconds"`
}

func newModelTrainCommand(a *app) *cobra.Command {
	var (
		out, data, base string
		every           int
		asJSON          bool
	)
	cmd := &cobra.Command{
		Use:   "train --out FILE [flags]",
		Short: "Train a model (or fine-tune one with --base) and write its weight file",
		Long: `Train a language model from its seed on the training set of the shipped
corpus (or on --data FILE), and write its weight file to --out. With --base
FILE the model in FILE is fine-tuned instead: training continues from its
weights, and the shape flags do not apply.

Training is deterministic: the same flags and data give the same file, whose
hash is printed at the end. With the defaults the result is the reference
model. Progress goes to stderr every --progress-every steps; the summary (or
with --json a JSON object) goes to stdout. Every shape and training flag has
a config key under "model:" (batch_size for --batch-size) and an environment
variable (AGORA_MODEL_STEPS). Ctrl-C stops training without writing a file.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if out == "" {
				return usageError(errors.New("model train: --out FILE is required"))
			}
			if every < 1 {
				return usageError(fmt.Errorf("model train: --progress-every %d must be at least 1", every))
			}
			cfg, opts, err := a.cfg.Model.modelConfig()
			if err != nil {
				return usageError(err)
			}
			if base != "" {
				for _, name := range []string{"context", "embed", "hidden"} {
					if cmd.Flags().Changed(name) {
						return usageError(fmt.Errorf("model train: --%s does not apply with --base", name))
					}
				}
			}
			return a.modelTrain(cfg, opts, out, data, base, every, asJSON)
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "write the weight file to `FILE` (required)")
	cmd.Flags().StringVar(&data, "data", "", "train on the bytes of `FILE` (default: the corpus's training set)")
	cmd.Flags().StringVar(&base, "base", "", "fine-tune the model in weight `FILE` instead of training from scratch")
	cmd.Flags().IntVar(&every, "progress-every", 500, "report progress every `N` steps")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the summary as JSON")
	modelFlags(cmd.Flags())
	return cmd
}

func (a *app) modelTrain(cfg model.Config, opts model.TrainOptions, out, dataPath, basePath string, every int, asJSON bool) error {
	data, err := readModelData(dataPath, corpus.Train)
	if err != nil {
		return err
	}
	var base *model.LM
	if basePath != "" {
		if base, err = model.ReadFile(basePath); err != nil {
			return usageError(err)
		}
		cfg = base.Config()
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	start := time.Now()
	var recent []float64 // losses of the last up to 100 steps
	var window float64   // sum of the losses since the last report
	opts.Progress = func(step int, loss float64) {
		recent = append(recent, loss)
		if len(recent) > 100 {
			recent = recent[1:]
		}
		window += loss
		if step%every == 0 || step == opts.Steps {
			n := step % every
			if n == 0 {
				n = every
			}
			fmt.Fprintf(a.stderr, "step %d/%d  loss %.4f  (%.1f s)\n", step, opts.Steps, window/float64(n),
				time.Since(start).Seconds())
			window = 0
		}
	}
	var m *model.LM
	if base != nil {
		m, err = model.FineTune(ctx, base, data, opts)
	} else {
		m, err = model.Train(ctx, cfg, data, opts)
	}
	if err != nil {
		return err
	}
	if err := m.WriteFile(out); err != nil {
		return err
	}
	var final float64
	for _, l := range recent {
		final += l
	}
	final /= float64(len(recent))
	opts.Progress = nil
	sum := trainSummary{File: out, Hash: m.Hash(), Bytes: m.Size(), Config: cfg, Options: opts,
		DataBytes: len(data), FinalLoss: final, Seconds: math.Round(time.Since(start).Seconds()*10) / 10}
	if base != nil {
		sum.Base = base.Hash()
	}
	if asJSON {
		return writeJSON(a.stdout, sum)
	}
	what := "trained"
	if base != nil {
		what = "fine-tuned " + base.Hash()[:16] + "… for"
	}
	_, err = fmt.Fprintf(a.stdout, "%s %d steps on %d bytes in %.1f s, final loss %.4f nats/byte\nwrote %s (%d bytes)\nhash %s\n",
		what, opts.Steps, len(data), sum.Seconds, final, out, m.Size(), m.Hash())
	return err
}

// readModelData returns the bytes of path, or def() when path is empty. An
// unreadable or empty file is a usage error.
func readModelData(path string, def func() []byte) ([]byte, error) {
	if path == "" {
		return def(), nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, usageError(fmt.Errorf("model: %w", err))
	}
	if len(data) == 0 {
		return nil, usageError(fmt.Errorf("model: data file %s is empty", path))
	}
	return data, nil
}

// loadModel returns the model in path, or the reference model when path is
// empty. A missing or invalid file is a usage error.
func loadModel(path string) (*model.LM, error) {
	if path == "" {
		return model.Reference()
	}
	m, err := model.ReadFile(path)
	if err != nil {
		return nil, usageError(err)
	}
	return m, nil
}

// evalReport is what `agora model eval --json` prints.
type evalReport struct {
	Model string `json:"model"`
	Data  string `json:"data"`
	model.Evaluation
}

func newModelEvalCommand(a *app) *cobra.Command {
	var (
		path, data string
		asJSON     bool
	)
	cmd := &cobra.Command{
		Use:   "eval [--model FILE] [--data FILE] [--json]",
		Short: "Print a model's loss and perplexity on the held-out set",
		Long: `Evaluate a model (default: the reference model) on the held-out set of the
shipped corpus, which training never sees, or on --data FILE: the mean
cross-entropy of each byte given the ones before it, in nats and bits per
byte, and the perplexity. The numbers are reproducible bit for bit.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			m, err := loadModel(path)
			if err != nil {
				return err
			}
			text, err := readModelData(data, corpus.HeldOut)
			if err != nil {
				return err
			}
			ev, err := model.Eval(cmd.Context(), m, text)
			if err != nil {
				return err
			}
			name := data
			if name == "" {
				name = "held-out"
			}
			if asJSON {
				return writeJSON(a.stdout, evalReport{Model: m.Hash(), Data: name, Evaluation: ev})
			}
			_, err = fmt.Fprintf(a.stdout, "model %s\n%s: %d bytes, loss %.4f nats/byte (%.4f bits/byte), perplexity %.3f\n",
				m.Hash(), name, ev.Bytes, ev.Loss, ev.BitsPerByte, ev.Perplexity)
			return err
		},
	}
	cmd.Flags().StringVar(&path, "model", "", "weight `FILE` (default: the reference model)")
	cmd.Flags().StringVar(&data, "data", "", "evaluate on the bytes of `FILE` (default: the corpus's held-out set)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON object")
	return cmd
}

func newModelHashCommand(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "hash FILE...",
		Short: "Print the identity (SHA-256) of weight files, checking that each is valid",
		Long: `Print "HASH  FILE" for each weight file, like sha256sum, after checking that
it is a valid model: the hash is the model's identity on the network.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			hashes := make([]string, len(args))
			for i, path := range args {
				m, err := model.ReadFile(path)
				if err != nil {
					return usageError(err)
				}
				hashes[i] = m.Hash()
			}
			for i, path := range args {
				if _, err := fmt.Fprintf(a.stdout, "%s  %s\n", hashes[i], path); err != nil {
					return err
				}
			}
			return nil
		},
	}
}

// inferReport is what `agora model infer --json` prints.
type inferReport struct {
	Model  string       `json:"model"`
	Prompt string       `json:"prompt"`
	Text   string       `json:"text"`
	Steps  []model.Step `json:"steps"`
}

func newModelInferCommand(a *app) *cobra.Command {
	var (
		path, prompt string
		tokens, k    int
		asJSON       bool
	)
	cmd := &cobra.Command{
		Use:   "infer [--model FILE] --prompt TEXT [--tokens N] [--top-k K] [--json]",
		Short: "Continue a prompt greedily and show the top-k log-probabilities",
		Long: `Continue --prompt greedily by --tokens bytes with a model (default: the
reference model) and print the text, then one line per generated byte with
its top --top-k candidates and their log-probabilities (natural log). With
--json, print the steps as a JSON object instead.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			if tokens < 1 || tokens > model.MaxGenerate {
				return usageError(fmt.Errorf("model infer: --tokens %d not in [1, %d]", tokens, model.MaxGenerate))
			}
			if k < 0 || k > model.MaxTopK {
				return usageError(fmt.Errorf("model infer: --top-k %d not in [0, %d]", k, model.MaxTopK))
			}
			m, err := loadModel(path)
			if err != nil {
				return err
			}
			steps, err := m.Infer([]byte(prompt), tokens, k)
			if err != nil {
				return err
			}
			text := make([]byte, len(steps))
			for i, s := range steps {
				text[i] = s.Token
			}
			if asJSON {
				return writeJSON(a.stdout, inferReport{Model: m.Hash(), Prompt: prompt, Text: string(text), Steps: steps})
			}
			fmt.Fprintf(a.stdout, "%s%s\n", prompt, text)
			for i, s := range steps {
				fmt.Fprintf(a.stdout, "%4d  %-6q %8.4f", i, s.Token, s.LogProb)
				for j, c := range s.TopK {
					sep := ", "
					if j == 0 {
						sep = "   top: "
					}
					fmt.Fprintf(a.stdout, "%s%q %.4f", sep, c.Token, c.LogProb)
				}
				if _, err := fmt.Fprintln(a.stdout); err != nil {
					return err
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&path, "model", "", "weight `FILE` (default: the reference model)")
	cmd.Flags().StringVar(&prompt, "prompt", "", "the `text` to continue")
	cmd.Flags().IntVar(&tokens, "tokens", 64, "generate `N` bytes")
	cmd.Flags().IntVar(&k, "top-k", 5, "show the `K` most likely bytes at each position")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON object")
	return cmd
}
