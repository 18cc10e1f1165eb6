package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/agora-net/agora/rlhf"
	"github.com/agora-net/agora/rlhf/reward"
	"github.com/spf13/cobra"
)

// exportOutput is what `rlhf export` prints when it writes a file.
type exportOutput struct {
	Out     string `json:"out"`
	Method  string `json:"method"`
	Tasks   int    `json:"tasks"`
	Pairs   int    `json:"pairs"`
	Ties    int    `json:"ties"`
	Workers int    `json:"workers"`
}

func newRLHFExportCommand(a *app) *cobra.Command {
	var (
		o   aggregateOptions
		out string
	)
	cmd := &cobra.Command{
		Use:   "export [--in FILE] [--method dawid-skene|gold-mv|majority] [--gold FILE] --out FILE",
		Short: "Aggregate labelled comparisons into chosen/rejected preferences for reward-model training",
		Long: `Read labelled comparisons as JSONL from --in FILE, one labeler's answer a line:

  {"task": "t1", "prompt": "…", "a": "…", "b": "…", "worker": "w1", "label": "A"}

label is "A" (response a is better), "B" (b is better) or "tie". prompt, a
and b come together; a task needs them on one of its lines at least, and
every line that repeats them must agree. Aggregate each task's answers into
one label with --method (dawid-skene, the default; gold-mv; majority — as in
'agora rlhf aggregate', with --gold lines {"task": "t1", "label": "A"} and
--iterations/--tol for dawid-skene) and write the preferences to --out FILE
("-": standard output) as JSONL, one a line, in task order:

  {"prompt": "…", "chosen": "…", "rejected": "…"}

the format TRL's RewardTrainer, OpenRLHF and most reward-model trainers read,
and 'agora rlhf reward train' too. A task aggregated to "tie" has no chosen
response and is dropped (counted as "ties"); gold tasks are exported like the
others. With a file, print {"out", "method", "tasks", "pairs", "ties",
"workers"}. The file is replaced atomically.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.rlhfExport(cmd, o, out)
		},
	}
	o.register(cmd.Flags(), "dawid-skene", "labelled comparisons")
	cmd.Flags().StringVar(&out, "out", "", "preferences JSONL `file` to write (\"-\": standard output; required)")
	return cmd
}

func (a *app) rlhfExport(cmd *cobra.Command, o aggregateOptions, out string) error {
	if out == "" {
		return usageError(errors.New("rlhf export: --out FILE is required (\"-\" writes standard output)"))
	}
	stop, err := aggregateFlags(cmd, "rlhf export", o)
	if err != nil {
		return err
	}
	judgments, err := parseRLHFInput(a, o.in, rlhf.ParseJudgments)
	if err != nil {
		return err
	}
	answers := make([]rlhf.Answer, len(judgments))
	pairs := make(map[string]rlhf.Pair)
	for i, j := range judgments {
		answers[i] = j.Answer()
		pairs[j.Pair.ID] = j.Pair
	}
	gold, err := a.readGold(o.gold)
	if err != nil {
		return err
	}
	for task, l := range gold {
		if s := l.String(); l.IsNumber() || s != rlhf.ChoiceA && s != rlhf.ChoiceB && s != rlhf.ChoiceTie {
			return usageError(fmt.Errorf("rlhf export: %s: task %q has gold label %s; want \"A\", \"B\" or \"tie\"", o.gold, task, jsonText(l)))
		}
	}
	agg, err := aggregate(o.method, answers, gold, stop)
	if err != nil {
		return usageError(err)
	}
	prefs, ties, err := rlhf.Preferences(agg, pairs)
	if err != nil {
		return usageError(err)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, p := range prefs {
		if err := enc.Encode(p); err != nil {
			return fmt.Errorf("rlhf export: encode: %w", err)
		}
	}
	a.log.Debug("rlhf export", "method", o.method, "answers", len(answers), "tasks", len(agg.Tasks), "pairs", len(prefs), "ties", ties)
	if out == "-" {
		if _, err := a.stdout.Write(buf.Bytes()); err != nil {
			return fmt.Errorf("rlhf export: write: %w", err)
		}
		return nil
	}
	if err := writeFileAtomic(out, buf.Bytes()); err != nil {
		return fmt.Errorf("rlhf export: %w", err)
	}
	return a.writeRLHFJSON(exportOutput{Out: out, Method: o.method, Tasks: len(agg.Tasks), Pairs: len(prefs), Ties: ties, Workers: len(agg.Workers)})
}

// jsonText writes a label as JSON: a string quoted, a number bare.
func jsonText(l rlhf.Label) string {
	b, _ := json.Marshal(l)
	return string(b)
}

// writeFileAtomic replaces path with data: it writes a temporary file in
// the same directory, syncs it and renames it over path.
func writeFileAtomic(path string, data []byte) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

func newRLHFRewardCommand(a *app) *cobra.Command {
	cmd := groupCommand("reward", "Train a reward model on preferences and score responses with it")
	cmd.Long = `Train a small reward model (package rlhf/reward: hashed byte n-gram features
of the prompt and response, an embedding bag and an MLP to one reward,
trained with gorgonia) on chosen/rejected preferences, and score responses
with it. A model is a weight file (magic "AGRM") named by its SHA-256: the
hash is how a model is published and checked.`
	cmd.AddCommand(newRewardTrainCommand(a), newRewardScoreCommand(a))
	return cmd
}

// trainOutput is what `rlhf reward train` prints.
type trainOutput struct {
	Out             string  `json:"out"`
	Hash            string  `json:"hash"`
	Bytes           int     `json:"bytes"`
	Steps           int     `json:"steps"`
	Loss            float64 `json:"loss"`
	TrainPairs      int     `json:"train_pairs"`
	HeldOutPairs    int     `json:"held_out_pairs"`
	TrainAccuracy   float64 `json:"train_accuracy"`
	HeldOutAccuracy float64 `json:"held_out_accuracy"`
}

func newRewardTrainCommand(a *app) *cobra.Command {
	var (
		in, out string
		mc      = reward.DefaultConfig()
		tc      = reward.DefaultTrain()
	)
	cmd := &cobra.Command{
		Use:   "train [--in FILE] --out FILE [--steps N] [--seed S] [--holdout H] [...]",
		Short: "Train a reward model on chosen/rejected preferences",
		Long: `Read preferences as JSONL from --in FILE, one a line (what 'agora rlhf
export' writes; other fields are ignored):

  {"prompt": "…", "chosen": "…", "rejected": "…"}

and train a reward model for --steps N Adam steps on the loss
−log σ(r_chosen − r_rejected) + --center C·(r_chosen + r_rejected)², with all
pairs of a prompt in one batch (batches of about --batch B pairs). The
prompts whose hash falls below --holdout H are held out of training. The
same input and flags give the same model, bit for bit: --seed S seeds the
initial weights and the batch order. Write the weight file to --out FILE
(replaced atomically) and print

  {"out", "hash", "bytes", "steps", "loss", "train_pairs", "held_out_pairs",
   "train_accuracy", "held_out_accuracy"}

where an accuracy is the share of pairs whose chosen response scores higher
(0 without pairs) and hash is the file's SHA-256.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error { return a.rewardTrain(in, out, mc, tc) },
	}
	f := cmd.Flags()
	f.StringVar(&in, "in", "-", "preferences JSONL `file` (\"-\" reads standard input)")
	f.StringVar(&out, "out", "", "weight `file` to write (required)")
	f.IntVar(&tc.Steps, "steps", tc.Steps, "`N` optimiser steps")
	f.Uint64Var(&tc.Seed, "seed", tc.Seed, "`seed` of the initial weights and the batch order")
	f.Float64Var(&tc.Holdout, "holdout", tc.Holdout, "share `H` of the prompts held out to measure accuracy, in [0, 1)")
	f.IntVar(&tc.BatchPairs, "batch", tc.BatchPairs, "at most `B` pairs a batch (a larger prompt is a batch of its own)")
	f.Float64Var(&tc.LearningRate, "lr", tc.LearningRate, "Adam's learning `rate`")
	f.Float64Var(&tc.Center, "center", tc.Center, "coefficient `C` of the centering term (0: none)")
	f.IntVar(&mc.Buckets, "buckets", mc.Buckets, "`N` hashed feature buckets")
	f.IntVar(&mc.Embed, "embed", mc.Embed, "embedding `width`")
	f.IntVar(&mc.Hidden, "hidden", mc.Hidden, "hidden layer `width`")
	return cmd
}

func (a *app) rewardTrain(in, out string, mc reward.Config, tc reward.TrainConfig) error {
	if out == "" {
		return usageError(errors.New("rlhf reward train: --out FILE is required"))
	}
	if err := mc.Validate(); err != nil {
		return usageError(err)
	}
	if err := tc.Validate(); err != nil {
		return usageError(err)
	}
	prefs, err := parseRLHFInput(a, in, rlhf.ParsePreferences)
	if err != nil {
		return err
	}
	m, rep, err := reward.Train(prefs, mc, tc)
	if errors.Is(err, reward.ErrNoData) {
		return usageError(fmt.Errorf("rlhf reward train: %w", err))
	}
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		return err
	}
	if err := writeFileAtomic(out, buf.Bytes()); err != nil {
		return fmt.Errorf("rlhf reward train: %w", err)
	}
	a.log.Debug("rlhf reward train", "pairs", len(prefs), "steps", rep.Steps, "hash", m.Hash())
	return a.writeRLHFJSON(trainOutput{
		Out: out, Hash: m.Hash(), Bytes: m.Size(), Steps: rep.Steps, Loss: rep.Loss,
		TrainPairs: rep.TrainPairs, HeldOutPairs: rep.HeldOutPairs,
		TrainAccuracy: rep.TrainAccuracy, HeldOutAccuracy: rep.HeldOutAccuracy,
	})
}

// scoreOutput is what `rlhf reward score` prints.
type scoreOutput struct {
	Model string  `json:"model"`
	Score float64 `json:"score"`
}

func newRewardScoreCommand(a *app) *cobra.Command {
	var model, prompt, response string
	cmd := &cobra.Command{
		Use:   "score --model FILE --prompt TEXT --response TEXT",
		Short: "Score a response to a prompt with a reward model",
		Long: `Load the weight file --model FILE and print {"model": hash, "score": r}, the
reward of --response TEXT as an answer to --prompt TEXT (higher is better;
only differences between responses to one prompt mean anything). Scores are
computed in a fixed order, so any machine prints the same number.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if model == "" || !cmd.Flags().Changed("prompt") || !cmd.Flags().Changed("response") {
				return usageError(errors.New("rlhf reward score: --model, --prompt and --response are required"))
			}
			return a.rewardScore(model, prompt, response)
		},
	}
	f := cmd.Flags()
	f.StringVar(&model, "model", "", "weight `file` of the reward model")
	f.StringVar(&prompt, "prompt", "", "the prompt `text`")
	f.StringVar(&response, "response", "", "the response `text` to score")
	return cmd
}

func (a *app) rewardScore(path, prompt, response string) error {
	f, err := os.Open(path)
	if err != nil {
		return usageError(fmt.Errorf("rlhf reward score: %w", err))
	}
	defer f.Close()
	m, err := reward.Load(f)
	if errors.Is(err, reward.ErrFormat) {
		return usageError(fmt.Errorf("rlhf reward score: %s: %w", path, err))
	}
	if err != nil {
		return err
	}
	return a.writeRLHFJSON(scoreOutput{Model: m.Hash(), Score: m.Score(prompt, response)})
}
