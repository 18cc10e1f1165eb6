package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strings"

	"github.com/agora-net/agora/rlhf"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// newRLHFCommand returns `agora rlhf`: offline aggregation of labels,
// pairwise ranking, agreement metrics and the anomalous-labeler screen of
// package rlhf, reading JSONL and writing one JSON object.
func newRLHFCommand(a *app) *cobra.Command {
	cmd := groupCommand("rlhf", "Aggregate labels, rank items, export preferences and train reward models offline")
	cmd.Long = `Work on human (or AI) preference data offline: aggregate labelers' answers
into one label a task, rank items from pairwise comparisons, measure
inter-rater agreement, screen labelers for anomalous votes, export
aggregated comparisons as chosen/rejected preferences, and train and run
reward models on them.

Inputs are JSONL files, one JSON object a line; "-" (the default) reads
standard input. Labels are JSON strings or numbers, and a number keeps its
JSON form in the output: the label 1 prints as 1 and "yes" as "yes". Numbers
are compared by value (1, 1.0 and 1e0 are one label, printed 1); where a
label is an object key (posteriors, priors) it appears as its text, so one
input may not use both 1 and "1".

Results are deterministic: permuting the input lines does not change them,
except for Elo and the anomalous-labeler screen, which follow line order.
Bad input (a malformed line, named by its 1-based number; a comparison graph
that is not connected; a Cohen's kappa over other than two workers; an
unknown method) exits with status 2 and one line on stderr, and nothing on
stdout.`
	cmd.AddCommand(
		newRLHFAggregateCommand(a),
		newRLHFRankCommand(a),
		newRLHFAgreementCommand(a),
		newRLHFAnomaliesCommand(a),
		newRLHFExportCommand(a),
		newRLHFRewardCommand(a),
	)
	return cmd
}

// readRLHFInput reads the file path ("-" or "": stdin) and returns its
// bytes and the name to use in messages.
func (a *app) readRLHFInput(path string) ([]byte, string, error) {
	if path == "" || path == "-" {
		data, err := io.ReadAll(a.stdin)
		if err != nil {
			return nil, "", usageError(fmt.Errorf("rlhf: read standard input: %w", err))
		}
		return data, "stdin", nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, "", usageError(fmt.Errorf("rlhf: %w", err))
	}
	return data, path, nil
}

// parseRLHFInput reads the file path ("-" or "": stdin) and decodes it
// with parse; a decoding error is a usage error naming the file and the
// line.
func parseRLHFInput[T any](a *app, path string, parse func([]byte) (T, error)) (T, error) {
	data, name, err := a.readRLHFInput(path)
	if err != nil {
		var zero T
		return zero, err
	}
	v, err := parse(data)
	if err != nil {
		var zero T
		return zero, rlhfInputError(name, err)
	}
	return v, nil
}

// rlhfInputError turns a JSONL decoding error into a usage error naming the
// file and the line.
func rlhfInputError(name string, err error) error {
	var le *rlhf.LineError
	if errors.As(err, &le) {
		return usageError(fmt.Errorf("rlhf: %s line %d: %v", name, le.Line, le.Err))
	}
	return usageError(fmt.Errorf("rlhf: %s: %w", name, err))
}

// notApplicable returns a usage error when any of the named flags was set:
// they mean nothing for the chosen method.
func notApplicable(cmd *cobra.Command, what string, names ...string) error {
	for _, name := range names {
		if cmd.Flags().Changed(name) {
			path := strings.TrimPrefix(cmd.CommandPath(), cmd.Root().Name()+" ")
			return usageError(fmt.Errorf("%s: --%s does not apply to %s", path, name, what))
		}
	}
	return nil
}

// stopping returns def with --iterations and --tol applied where set.
func stopping(cmd *cobra.Command, def rlhf.Stopping, iterations int, tol float64) (rlhf.Stopping, error) {
	if cmd.Flags().Changed("iterations") {
		def.MaxIter = iterations
	}
	if cmd.Flags().Changed("tol") {
		def.Tol = tol
	}
	if err := def.Validate(); err != nil {
		return def, usageError(err)
	}
	return def, nil
}

// writeRLHFJSON encodes v completely before writing, so that a failure
// leaves stdout empty.
func (a *app) writeRLHFJSON(v any) error {
	out, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("rlhf: encode result: %w", err)
	}
	if _, err := a.stdout.Write(append(out, '\n')); err != nil {
		return fmt.Errorf("rlhf: write result: %w", err)
	}
	return nil
}

// aggregateOutput is what `rlhf aggregate` prints.
type aggregateOutput struct {
	Labels     map[string]rlhf.Label         `json:"labels"`
	Posteriors map[string]map[string]float64 `json:"posteriors"`
	Priors     map[string]float64            `json:"priors"`
	Workers    map[string]workerSkill        `json:"workers"`
}

type workerSkill struct {
	Skill float64 `json:"skill"`
}

// aggregateOptions are the flags of a command that aggregates answers.
type aggregateOptions struct {
	method, in, gold string
	iterations       int
	tol              float64
}

// register defines the flags on f: --method (default method; "" makes it
// required), --in (a file of what), --gold, --iterations and --tol.
func (o *aggregateOptions) register(f *pflag.FlagSet, method, what string) {
	usage := "aggregation `method`: dawid-skene, gold-mv or majority"
	if method == "" {
		usage += " (required)"
	}
	f.StringVar(&o.method, "method", method, usage)
	f.StringVar(&o.in, "in", "-", what+" JSONL `file` (\"-\" reads standard input)")
	f.StringVar(&o.gold, "gold", "", "gold labels JSONL `file` (dawid-skene, gold-mv)")
	f.IntVar(&o.iterations, "iterations", rlhf.DefaultDawidSkene().MaxIter, "at most `N` EM iterations (dawid-skene)")
	f.Float64Var(&o.tol, "tol", rlhf.DefaultDawidSkene().Tol, "stop when the evidence lower bound improves by less than `T` (dawid-skene)")
}

func newRLHFAggregateCommand(a *app) *cobra.Command {
	var o aggregateOptions
	cmd := &cobra.Command{
		Use:   "aggregate --method dawid-skene|gold-mv|majority [--in FILE] [--gold FILE] [--iterations N] [--tol T]",
		Short: "Aggregate labelers' answers into one label a task",
		Long: `Read answers as JSONL from --in FILE, one a line:

  {"worker": "w1", "task": "t1", "label": "yes"}

and aggregate them with --method:

  dawid-skene  Dawid–Skene EM over per-labeler confusion matrices (crowd-kit's);
               --gold tasks are held at their known label; at most
               --iterations N (100) EM iterations, stopping once the
               per-answer evidence lower bound improves by less than
               --tol T (1e-5). Skill: expected accuracy under the priors.
  gold-mv      vote weighted by each labeler's accuracy on the --gold tasks
               (required); a labeler with no gold answer gets the accuracy
               of all gold answers.
  majority     plain majority vote; skill: agreement with the majority.

Gold lines are {"task": "t1", "label": "yes"}. Print

  {"labels": {task: label}, "posteriors": {task: {label: p}},
   "priors": {label: p}, "workers": {worker: {"skill": s}}}

A task's label is its most probable one; on a tie, the first in label order
(numbers by value, then strings).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.rlhfAggregate(cmd, o)
		},
	}
	o.register(cmd.Flags(), "", "answers")
	return cmd
}

func (a *app) rlhfAggregate(cmd *cobra.Command, o aggregateOptions) error {
	stop, err := aggregateFlags(cmd, "rlhf aggregate", o)
	if err != nil {
		return err
	}
	answers, err := parseRLHFInput(a, o.in, rlhf.ParseAnswers)
	if err != nil {
		return err
	}
	gold, err := a.readGold(o.gold)
	if err != nil {
		return err
	}
	agg, err := aggregate(o.method, answers, gold, stop)
	if err != nil {
		return usageError(err)
	}
	a.log.Debug("rlhf aggregate", "method", o.method, "answers", len(answers),
		"tasks", len(agg.Tasks), "workers", len(agg.Workers), "iterations", agg.Iterations)
	return a.writeRLHFJSON(aggregationOutput(agg))
}

// aggregateFlags checks an aggregation --method and the flags that go with
// it, for the command named by path, and returns Dawid–Skene's stopping
// rule.
func aggregateFlags(cmd *cobra.Command, path string, o aggregateOptions) (rlhf.Stopping, error) {
	if err := checkMethodFlags(cmd, path, o.method, o.gold); err != nil {
		return rlhf.Stopping{}, err
	}
	if o.gold == "-" && (o.in == "-" || o.in == "") {
		return rlhf.Stopping{}, usageError(fmt.Errorf("%s: --in and --gold cannot both read standard input", path))
	}
	return stopping(cmd, rlhf.DefaultDawidSkene(), o.iterations, o.tol)
}

func checkMethodFlags(cmd *cobra.Command, path, method, goldPath string) error {
	switch method {
	case "":
		return usageError(fmt.Errorf("%s: --method is required: dawid-skene, gold-mv or majority", path))
	case "dawid-skene":
	case "gold-mv", "majority":
		if err := notApplicable(cmd, "--method "+method, "iterations", "tol"); err != nil {
			return err
		}
		if method == "majority" {
			if err := notApplicable(cmd, "--method majority", "gold"); err != nil {
				return err
			}
		} else if goldPath == "" {
			return usageError(fmt.Errorf("%s: --method gold-mv needs --gold FILE", path))
		}
	default:
		return usageError(fmt.Errorf("%s: unknown --method %q: want dawid-skene, gold-mv or majority", path, method))
	}
	return nil
}

// readGold reads gold labels from path; none for "".
func (a *app) readGold(path string) (map[string]rlhf.Label, error) {
	if path == "" {
		return nil, nil
	}
	return parseRLHFInput(a, path, rlhf.ParseGold)
}

// aggregate runs the aggregation method checked by aggregateFlags.
func aggregate(method string, answers []rlhf.Answer, gold map[string]rlhf.Label, stop rlhf.Stopping) (*rlhf.Aggregation, error) {
	switch method {
	case "dawid-skene":
		return rlhf.DawidSkene(answers, gold, stop)
	case "gold-mv":
		return rlhf.GoldMajorityVote(answers, gold)
	}
	return rlhf.MajorityVote(answers)
}

func aggregationOutput(agg *rlhf.Aggregation) aggregateOutput {
	out := aggregateOutput{
		Labels:     make(map[string]rlhf.Label, len(agg.Tasks)),
		Posteriors: make(map[string]map[string]float64, len(agg.Tasks)),
		Priors:     make(map[string]float64, len(agg.Labels)),
		Workers:    make(map[string]workerSkill, len(agg.Workers)),
	}
	for t, task := range agg.Tasks {
		out.Labels[task] = agg.Label(t)
		row := make(map[string]float64, len(agg.Labels))
		for c, p := range agg.Posterior(t) {
			row[agg.Labels[c].String()] = p
		}
		out.Posteriors[task] = row
	}
	for c, l := range agg.Labels {
		out.Priors[l.String()] = agg.Priors[c]
	}
	for w, worker := range agg.Workers {
		out.Workers[worker] = workerSkill{Skill: agg.Skills[w]}
	}
	return out
}

// rankOutput is what `rlhf rank` prints.
type rankOutput struct {
	Scores     map[string]float64  `json:"scores"`
	Intervals  map[string]interval `json:"intervals,omitempty"`
	Ranks      map[string]int      `json:"ranks,omitempty"`
	Components [][]string          `json:"components,omitempty"`
}

type interval struct {
	Lower float64 `json:"lower"`
	Upper float64 `json:"upper"`
}

func newRLHFRankCommand(a *app) *cobra.Command {
	var (
		method, in        string
		iterations, boots int
		tol               float64
		seed              uint64
	)
	cmd := &cobra.Command{
		Use:   "rank --method bradley-terry|bt-mle|elo [--in FILE] [--iterations N] [--tol T] [--bootstrap R] [--seed S]",
		Short: "Rank items from pairwise comparisons",
		Long: `Read pairwise comparisons as JSONL from --in FILE, one a line:

  {"left": "a", "right": "b", "winner": "left|right|tie", "worker": "w1"}

(worker is optional) and rank the items with --method:

  bradley-terry  Bradley–Terry by the MM algorithm (crowd-kit's): scores sum
                 to 1; at most --iterations N (100), stopping once the L1
                 change is below --tol T (1e-5). A tie is half a win each.
  bt-mle         Bradley–Terry by maximum likelihood (Chatbot Arena's): scores
                 on the Elo scale (400·r + 1000); --bootstrap R rounds (100; 0
                 skips) give 95% intervals from a --seed S random stream (0),
                 and rank = 1 + the number of items whose lower bound is above
                 this item's upper bound. Newton iterations: --iterations N
                 (100), --tol T (1e-6, on the gradient per comparison).
  elo            online Elo (K 4, scale 400, base 10, start 1000), in line
                 order: the only result here that depends on it.

Print {"scores": {item: s}}, plus "intervals": {item: {"lower": l, "upper": u}}
and "ranks": {item: r} for bt-mle. The Bradley–Terry methods need a connected
comparison graph (else exit status 2); when the graph of wins is not strongly
connected they add "components": its strongly connected components, winners
first; the gaps between components then have no finite maximum-likelihood
value (MM drives the scores of items that never win to 0).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.rlhfRank(cmd, method, in, iterations, tol, boots, seed)
		},
	}
	f := cmd.Flags()
	f.StringVar(&method, "method", "", "ranking `method`: bradley-terry, bt-mle or elo (required)")
	f.StringVar(&in, "in", "-", "comparisons JSONL `file` (\"-\" reads standard input)")
	f.IntVar(&iterations, "iterations", 100, "at most `N` iterations (bradley-terry, bt-mle)")
	f.Float64Var(&tol, "tol", 1e-5, "stop when the change is below `T` (bradley-terry 1e-5, bt-mle 1e-6)")
	f.IntVar(&boots, "bootstrap", rlhf.DefaultMLE().Rounds, "`R` bootstrap rounds for the intervals; 0 skips them (bt-mle)")
	f.Uint64Var(&seed, "seed", 0, "`seed` of the bootstrap's random stream (bt-mle)")
	return cmd
}

func (a *app) rlhfRank(cmd *cobra.Command, method, in string, iterations int, tol float64, boots int, seed uint64) error {
	var (
		stop rlhf.Stopping
		err  error
	)
	switch method {
	case "":
		return usageError(errors.New("rlhf rank: --method is required: bradley-terry, bt-mle or elo"))
	case "bradley-terry":
		if err := notApplicable(cmd, "--method bradley-terry", "bootstrap", "seed"); err != nil {
			return err
		}
		stop, err = stopping(cmd, rlhf.DefaultBradleyTerry(), iterations, tol)
	case "bt-mle":
		stop, err = stopping(cmd, rlhf.DefaultMLE().Stopping, iterations, tol)
	case "elo":
		err = notApplicable(cmd, "--method elo", "iterations", "tol", "bootstrap", "seed")
	default:
		return usageError(fmt.Errorf("rlhf rank: unknown --method %q: want bradley-terry, bt-mle or elo", method))
	}
	if err != nil {
		return err
	}
	if boots < 0 {
		return usageError(fmt.Errorf("rlhf rank: --bootstrap %d is negative", boots))
	}

	cmps, err := parseRLHFInput(a, in, rlhf.ParseComparisons)
	if err != nil {
		return err
	}
	var r *rlhf.Ranking
	switch method {
	case "bradley-terry":
		r, err = rlhf.BradleyTerry(cmps, stop)
	case "bt-mle":
		cfg := rlhf.MLEConfig{Stopping: stop, Rounds: boots}
		r, err = rlhf.BradleyTerryMLE(cmps, cfg, rand.New(rand.NewPCG(seed, 0)))
	default:
		r, err = rlhf.Elo(cmps, rlhf.DefaultElo())
	}
	if err != nil {
		return usageError(err)
	}
	a.log.Debug("rlhf rank", "method", method, "comparisons", len(cmps), "items", len(r.Items), "iterations", r.Iterations)

	out := rankOutput{Scores: make(map[string]float64, len(r.Items)), Components: r.Components}
	for i, item := range r.Items {
		out.Scores[item] = r.Scores[i]
	}
	if r.Lower != nil {
		out.Intervals = make(map[string]interval, len(r.Items))
		for i, item := range r.Items {
			out.Intervals[item] = interval{Lower: r.Lower[i], Upper: r.Upper[i]}
		}
	}
	if r.Ranks != nil {
		out.Ranks = make(map[string]int, len(r.Items))
		for i, item := range r.Items {
			out.Ranks[item] = r.Ranks[i]
		}
	}
	return a.writeRLHFJSON(out)
}

// agreementOutput is what `rlhf agreement` prints.
type agreementOutput struct {
	Metric string   `json:"metric"`
	Value  float64  `json:"value"`
	StdErr *float64 `json:"standard_error,omitempty"`
}

func newRLHFAgreementCommand(a *app) *cobra.Command {
	var metric, level, weights, domain, in string
	cmd := &cobra.Command{
		Use:   "agreement --metric krippendorff|fleiss|cohen [--level L] [--weights W] [--domain a,b,c] [--in FILE]",
		Short: "Measure inter-rater agreement",
		Long: `Read answers as JSONL from --in FILE ({"worker", "task", "label"}, as for
aggregate; a worker may rate a task once) and print {"metric": m, "value": v}:

  krippendorff  Krippendorff's alpha at --level nominal (default), ordinal,
                interval or ratio, over the tasks with two ratings or more.
  fleiss        Fleiss' kappa over the tasks with two ratings or more.
  cohen         Cohen's kappa of exactly two workers over their common tasks,
                with --weights none (default), linear or quadratic; adds
                "standard_error" (Fleiss, Cohen & Everitt's large-sample one).

Numeric labels are ordered by value; --domain a,b,c orders string labels (and
lists categories no one used); every label must be in it. The interval level
uses numbers' values, or positions in the domain; the ratio level needs
numbers ≥ 0.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.rlhfAgreement(cmd, metric, level, weights, domain, in)
		},
	}
	f := cmd.Flags()
	f.StringVar(&metric, "metric", "", "agreement `metric`: krippendorff, fleiss or cohen (required)")
	f.StringVar(&level, "level", "nominal", "Krippendorff's `level`: nominal, ordinal, interval or ratio")
	f.StringVar(&weights, "weights", "none", "Cohen's `weights`: none, linear or quadratic")
	f.StringVar(&domain, "domain", "", "comma-separated `categories` in order, e.g. low,mid,high")
	f.StringVar(&in, "in", "-", "answers JSONL `file` (\"-\" reads standard input)")
	return cmd
}

func (a *app) rlhfAgreement(cmd *cobra.Command, metric, levelName, weightsName, domainList, in string) error {
	switch metric {
	case "":
		return usageError(errors.New("rlhf agreement: --metric is required: krippendorff, fleiss or cohen"))
	case "krippendorff":
		if err := notApplicable(cmd, "--metric krippendorff", "weights"); err != nil {
			return err
		}
	case "fleiss":
		if err := notApplicable(cmd, "--metric fleiss", "level", "weights"); err != nil {
			return err
		}
	case "cohen":
		if err := notApplicable(cmd, "--metric cohen", "level"); err != nil {
			return err
		}
	default:
		return usageError(fmt.Errorf("rlhf agreement: unknown --metric %q: want krippendorff, fleiss or cohen", metric))
	}
	level, err := rlhf.ParseLevel(levelName)
	if err != nil {
		return usageError(err)
	}
	weights, err := rlhf.ParseWeights(weightsName)
	if err != nil {
		return usageError(err)
	}
	var domain []string
	if cmd.Flags().Changed("domain") {
		domain = rlhf.ParseDomain(domainList)
	}

	answers, err := parseRLHFInput(a, in, rlhf.ParseAnswers)
	if err != nil {
		return err
	}
	out := agreementOutput{Metric: metric}
	switch metric {
	case "krippendorff":
		out.Value, err = rlhf.KrippendorffAlpha(answers, level, domain)
	case "fleiss":
		out.Value, err = rlhf.FleissKappa(answers, domain)
	default:
		var k rlhf.Kappa
		k, err = rlhf.CohenKappa(answers, weights, domain)
		out.Value, out.StdErr = k.Value, &k.StdErr
	}
	if err != nil {
		return usageError(err)
	}
	return a.writeRLHFJSON(out)
}

// anomaliesOutput is what `rlhf anomalies` prints.
type anomaliesOutput struct {
	Workers map[string]labelerVerdict `json:"workers"`
	Flagged []string                  `json:"flagged"`
}

type labelerVerdict struct {
	Votes    int     `json:"votes"`
	Evidence float64 `json:"evidence"`
	Flagged  bool    `json:"flagged"`
}

func newRLHFAnomaliesCommand(a *app) *cobra.Command {
	var (
		in       string
		alpha    float64
		minVotes int
	)
	def := rlhf.DefaultAnomaly()
	cmd := &cobra.Command{
		Use:   "anomalies [--in FILE] [--alpha A] [--min-votes N]",
		Short: "Flag labelers whose pairwise votes are anomalous",
		Long: `Read pairwise comparisons as JSONL from --in FILE (as for rank; every line
needs a worker) and test each labeler as Chatbot Arena does: each vote gets
the p-value p of its outcome against everyone else's votes on the same pair
(the smoothed share at least as extreme), and a labeler with at least
--min-votes N votes (5) whose running product of 1/(2p), in line order, ever
exceeds 1/A (--alpha, 0.05) is flagged. Print

  {"workers": {worker: {"votes": n, "evidence": e, "flagged": b}},
   "flagged": [worker, ...]}

where evidence is the largest running product.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			return a.rlhfAnomalies(in, rlhf.AnomalyConfig{Alpha: alpha, MinVotes: minVotes})
		},
	}
	f := cmd.Flags()
	f.StringVar(&in, "in", "-", "comparisons JSONL `file` (\"-\" reads standard input)")
	f.Float64Var(&alpha, "alpha", def.Alpha, "the test's level `A`: flag when the evidence exceeds 1/A")
	f.IntVar(&minVotes, "min-votes", def.MinVotes, "never flag a labeler with fewer than `N` votes")
	return cmd
}

func (a *app) rlhfAnomalies(in string, cfg rlhf.AnomalyConfig) error {
	if err := cfg.Validate(); err != nil {
		return usageError(err)
	}
	cmps, err := parseRLHFInput(a, in, rlhf.ParseComparisons)
	if err != nil {
		return err
	}
	verdicts, err := rlhf.AnomalousLabelers(cmps, cfg)
	if err != nil {
		return usageError(err)
	}
	out := anomaliesOutput{Workers: make(map[string]labelerVerdict, len(verdicts)), Flagged: []string{}}
	for _, v := range verdicts {
		out.Workers[v.Worker] = labelerVerdict{Votes: v.Votes, Evidence: v.Evidence, Flagged: v.Flagged}
		if v.Flagged {
			out.Flagged = append(out.Flagged, v.Worker)
		}
	}
	return a.writeRLHFJSON(out)
}
