package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"
)

// rlhfWired reports whether the root command has `rlhf`.
func rlhfWired() bool {
	for _, c := range newRootCommand(strings.NewReader(""), io.Discard, io.Discard).Commands() {
		if c.Name() == "rlhf" {
			return true
		}
	}
	return false
}

// agoraRLHF runs `agora rlhf args...` in-process, like agora(): through the
// real root once it wires newRLHFCommand, and until then through a root
// that holds only it, with run's error handling.
func agoraRLHF(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	args = append([]string{"rlhf"}, args...)
	if rlhfWired() {
		return agora(t, stdin, args...)
	}
	var out, errOut bytes.Buffer
	a := &app{
		stdin: strings.NewReader(stdin), stdout: &out, stderr: &errOut,
		v: viper.New(), cfg: DefaultConfig(), log: slog.New(slog.DiscardHandler),
	}
	root := &cobra.Command{Use: "agora", SilenceUsage: true, SilenceErrors: true}
	root.SetIn(a.stdin)
	root.SetOut(&out)
	root.SetErr(&errOut)
	root.AddCommand(newRLHFCommand(a))
	wrapRunE(root)
	root.SetArgs(args)
	cmd, err := root.ExecuteC()
	code = exitOK
	if err != nil {
		fmt.Fprintf(&errOut, "agora: %s\n", oneLine(err.Error()))
		var ee *exitError
		if errors.As(err, &ee) {
			code = ee.code
		} else {
			fmt.Fprintf(&errOut, "Run '%s --help' for usage.\n", cmd.CommandPath())
			code = exitUsage
		}
	}
	t.Logf("agora %s: exit %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), code, out.String(), errOut.String())
	return code, out.String(), errOut.String()
}

// rlhfOK runs the command, expects success, and decodes stdout into v.
func rlhfOK(t *testing.T, v any, stdin string, args ...string) string {
	t.Helper()
	code, out, errOut := agoraRLHF(t, stdin, args...)
	if code != exitOK || errOut != "" {
		t.Fatalf("agora rlhf %v: got exit %d, stderr %q; want 0 and no stderr", args, code, errOut)
	}
	if err := json.Unmarshal([]byte(out), v); err != nil {
		t.Fatalf("agora rlhf %v: stdout is not JSON: %v\n%s", args, err, out)
	}
	return out
}

// toyAnswers is RLHF.md's Dawid–Skene toy data.
const toyAnswers = `{"worker": "w1", "task": "t1", "label": "no"}
{"worker": "w1", "task": "t2", "label": "yes"}
{"worker": "w1", "task": "t3", "label": "yes"}
{"worker": "w1", "task": "t4", "label": "yes"}
{"worker": "w1", "task": "t5", "label": "yes"}
{"worker": "w2", "task": "t1", "label": "yes"}
{"worker": "w2", "task": "t2", "label": "yes"}
{"worker": "w2", "task": "t3", "label": "no"}
{"worker": "w2", "task": "t4", "label": "yes"}
{"worker": "w2", "task": "t5", "label": "no"}
{"worker": "w3", "task": "t2", "label": "yes"}
{"worker": "w3", "task": "t3", "label": "no"}
{"worker": "w3", "task": "t4", "label": "yes"}
{"worker": "w3", "task": "t5", "label": "no"}
{"worker": "w4", "task": "t1", "label": "yes"}
{"worker": "w4", "task": "t2", "label": "no"}
{"worker": "w4", "task": "t3", "label": "yes"}
{"worker": "w4", "task": "t4", "label": "yes"}
{"worker": "w4", "task": "t5", "label": "no"}
{"worker": "w5", "task": "t1", "label": "no"}
{"worker": "w5", "task": "t2", "label": "no"}
{"worker": "w5", "task": "t3", "label": "no"}
{"worker": "w5", "task": "t4", "label": "yes"}
{"worker": "w5", "task": "t5", "label": "no"}
`

const toyGold = `{"task": "t1", "label": "yes"}
{"task": "t2", "label": "yes"}
`

type aggregateResult struct {
	Labels     map[string]any                `json:"labels"`
	Posteriors map[string]map[string]float64 `json:"posteriors"`
	Priors     map[string]float64            `json:"priors"`
	Workers    map[string]struct {
		Skill float64 `json:"skill"`
	} `json:"workers"`
}

func close2(got, want float64) bool { return math.Abs(got-want) <= 0.005 }

func TestRLHFAggregateDawidSkene(t *testing.T) {
	clearEnv(t)
	in := writeFile(t, "answers.jsonl", toyAnswers)
	// RLHF.md's table, n_iter = 0 and 1: priors (no, yes), posteriors t1…t5.
	tests := []struct {
		iters  string
		priors [2]float64
		post   [5][2]float64
		labels string
	}{
		{"0", [2]float64{.46, .54}, [5][2]float64{{.5, .5}, {.4, .6}, {.6, .4}, {0, 1}, {.8, .2}}, "no yes no yes no"},
		{"1", [2]float64{.49, .51}, [5][2]float64{{.35, .65}, {.26, .74}, {.87, .13}, {0, 1}, {.95, .05}}, "yes yes no yes no"},
	}
	for _, tt := range tests {
		var got aggregateResult
		rlhfOK(t, &got, "", "aggregate", "--method", "dawid-skene", "--in", in, "--iterations", tt.iters)
		if !close2(got.Priors["no"], tt.priors[0]) || !close2(got.Priors["yes"], tt.priors[1]) {
			t.Errorf("n_iter=%s: got priors %v, want %v", tt.iters, got.Priors, tt.priors)
		}
		var labels []string
		for i, want := range tt.post {
			task := fmt.Sprint("t", i+1)
			p := got.Posteriors[task]
			if !close2(p["no"], want[0]) || !close2(p["yes"], want[1]) {
				t.Errorf("n_iter=%s %s: got %v, want (no %v, yes %v)", tt.iters, task, p, want[0], want[1])
			}
			labels = append(labels, fmt.Sprint(got.Labels[task]))
		}
		if strings.Join(labels, " ") != tt.labels {
			t.Errorf("n_iter=%s: got labels %v, want %s", tt.iters, labels, tt.labels)
		}
		if len(got.Workers) != 5 {
			t.Errorf("got workers %v, want w1…w5", got.Workers)
		}
	}
	// Converged, with gold from stdin: the truth.
	var got aggregateResult
	rlhfOK(t, &got, toyGold, "aggregate", "--method", "dawid-skene", "--in", in, "--gold", "-")
	for task, want := range map[string]string{"t1": "yes", "t2": "yes", "t3": "no", "t4": "yes", "t5": "no"} {
		if got.Labels[task] != want {
			t.Errorf("%s: got %v, want %s", task, got.Labels[task], want)
		}
	}
	if got.Posteriors["t1"]["yes"] != 1 {
		t.Errorf("gold task t1: got %v, want yes with probability 1", got.Posteriors["t1"])
	}
}

func TestRLHFAggregateGoldAndMajority(t *testing.T) {
	clearEnv(t)
	in := writeFile(t, "answers.jsonl", toyAnswers)
	gold := writeFile(t, "gold.jsonl", toyGold)
	var got aggregateResult
	rlhfOK(t, &got, "", "aggregate", "--method", "gold-mv", "--in", in, "--gold", gold)
	for w, want := range map[string]float64{"w1": .5, "w2": 1, "w3": 1, "w4": .5, "w5": 0} {
		if got.Workers[w].Skill != want {
			t.Errorf("skill of %s: got %v, want %v", w, got.Workers[w].Skill, want)
		}
	}
	if p := got.Posteriors["t1"]; p["yes"] != .75 || p["no"] != .25 {
		t.Errorf("t1 votes: got %v, want yes .75, no .25", p)
	}
	rlhfOK(t, &got, toyAnswers, "aggregate", "--method", "majority")
	if got.Labels["t1"] != "no" || got.Posteriors["t1"]["yes"] != .5 {
		t.Errorf("majority on t1: got %v %v, want the tie broken to no", got.Labels["t1"], got.Posteriors["t1"])
	}
}

// A label that is a JSON number keeps its JSON form: 1 prints as 1 (and
// 1.0 as 1), "yes" as "yes"; object keys carry the text.
func TestRLHFNumberLabels(t *testing.T) {
	clearEnv(t)
	in := `{"worker": "a", "task": "t1", "label": 1}
{"worker": "b", "task": "t1", "label": 1.0}
{"worker": "c", "task": "t1", "label": 2}
{"worker": "a", "task": "t2", "label": "yes"}
{"worker": "b", "task": "t2", "label": "yes"}
`
	var got aggregateResult
	out := rlhfOK(t, &got, in, "aggregate", "--method", "majority")
	if !strings.Contains(out, `"t1": 1,`) && !strings.Contains(out, `"t1": 1`+"\n") {
		t.Errorf("label 1 is not printed as the number 1:\n%s", out)
	}
	if !strings.Contains(out, `"t2": "yes"`) {
		t.Errorf(`label "yes" is not printed as a string:\n%s`, out)
	}
	if v, ok := got.Labels["t1"].(float64); !ok || v != 1 {
		t.Errorf("t1: got %#v, want the number 1", got.Labels["t1"])
	}
	if p := got.Posteriors["t1"]; !close2(p["1"], 2.0/3) || !close2(p["2"], 1.0/3) || p["yes"] != 0 {
		t.Errorf("t1 posteriors: got %v, want 1: 2/3, 2: 1/3, yes: 0", p)
	}
}

// Permuting the input lines leaves the output byte for byte the same.
func TestRLHFPermutedInput(t *testing.T) {
	clearEnv(t)
	lines := strings.Split(strings.TrimSpace(toyAnswers), "\n")
	rev := make([]string, len(lines))
	for i, l := range lines {
		rev[len(lines)-1-i] = l
	}
	for _, method := range []string{"dawid-skene", "majority"} {
		_, a, _ := agoraRLHF(t, toyAnswers, "aggregate", "--method", method)
		_, b, _ := agoraRLHF(t, strings.Join(rev, "\n"), "aggregate", "--method", method)
		if a == "" || a != b {
			t.Errorf("%s: output changed when the lines were reversed:\n%s\n%s", method, a, b)
		}
	}
}

type rankResult struct {
	Scores    map[string]float64 `json:"scores"`
	Intervals map[string]struct {
		Lower float64 `json:"lower"`
		Upper float64 `json:"upper"`
	} `json:"intervals"`
	Ranks      map[string]int `json:"ranks"`
	Components [][]string     `json:"components"`
}

func TestRLHFRank(t *testing.T) {
	clearEnv(t)
	transitive := `{"left": "a", "right": "b", "winner": "left", "worker": "w1"}
{"left": "b", "right": "c", "winner": "left", "worker": "w1"}
{"left": "c", "right": "a", "winner": "right", "worker": "w1"}
`
	var got rankResult
	rlhfOK(t, &got, transitive, "rank", "--method", "bradley-terry", "--iterations", "10", "--tol", "0")
	for item, want := range map[string]float64{"a": .934, "b": .065, "c": 0} {
		if !close2(got.Scores[item], want) {
			t.Errorf("%s: got %v, want %v", item, got.Scores[item], want)
		}
	}
	if fmt.Sprint(got.Components) != "[[a] [b] [c]]" || got.Intervals != nil || got.Ranks != nil {
		t.Errorf("got components %v, intervals %v, ranks %v; want [[a] [b] [c]] and no intervals or ranks",
			got.Components, got.Intervals, got.Ranks)
	}

	cycle := `{"left": "a", "right": "b", "winner": "left"}
{"left": "b", "right": "c", "winner": "left"}
{"left": "c", "right": "a", "winner": "left"}
`
	got = rankResult{}
	rlhfOK(t, &got, cycle, "rank", "--method", "bradley-terry")
	for _, item := range []string{"a", "b", "c"} {
		if !close2(got.Scores[item], 1.0/3) {
			t.Errorf("cycle %s: got %v, want 1/3", item, got.Scores[item])
		}
	}
	if got.Components != nil {
		t.Errorf("cycle: got components %v, want none", got.Components)
	}

	got = rankResult{}
	rlhfOK(t, &got, `{"left": "A", "right": "B", "winner": "left"}`, "rank", "--method", "elo")
	if got.Scores["A"] != 1002 || got.Scores["B"] != 998 {
		t.Errorf("elo: got %v, want A 1002, B 998", got.Scores)
	}

	var arena strings.Builder
	for i := range 40 {
		w := "left"
		if i%4 == 0 {
			w = "right"
		}
		fmt.Fprintf(&arena, `{"left": "x", "right": "y", "winner": %q}`+"\n", w)
		fmt.Fprintf(&arena, `{"left": "y", "right": "z", "winner": %q}`+"\n", w)
		if i%5 == 0 {
			fmt.Fprintf(&arena, `{"left": "x", "right": "z", "winner": "tie"}`+"\n")
		}
	}
	got = rankResult{}
	out := rlhfOK(t, &got, arena.String(), "rank", "--method", "bt-mle", "--bootstrap", "30", "--seed", "7")
	if len(got.Intervals) != 3 || len(got.Ranks) != 3 {
		t.Fatalf("bt-mle: got intervals %v and ranks %v, want both for x, y, z", got.Intervals, got.Ranks)
	}
	if !(got.Scores["x"] > got.Scores["y"] && got.Scores["y"] > got.Scores["z"]) || got.Ranks["x"] != 1 || got.Ranks["z"] == 1 {
		t.Errorf("bt-mle: got scores %v, ranks %v; want x > y > z, x first", got.Scores, got.Ranks)
	}
	_, again, _ := agoraRLHF(t, arena.String(), "rank", "--method", "bt-mle", "--bootstrap", "30", "--seed", "7")
	if again != out {
		t.Errorf("bt-mle with the same seed printed a different result")
	}
}

type agreementResult struct {
	Metric string   `json:"metric"`
	Value  float64  `json:"value"`
	StdErr *float64 `json:"standard_error"`
}

func TestRLHFAgreement(t *testing.T) {
	clearEnv(t)
	// Wikipedia's Krippendorff example: 3 coders × 15 units, * missing.
	rows := map[string]string{
		"A": "* * * * * 3 4 1 2 1 1 3 3 * 3",
		"B": "1 * 2 1 3 3 4 3 * * * * * * *",
		"C": "* * 2 1 3 4 4 * 2 1 1 3 3 * 4",
	}
	var in strings.Builder
	for _, coder := range []string{"A", "B", "C"} {
		for u, v := range strings.Fields(rows[coder]) {
			if v != "*" {
				fmt.Fprintf(&in, `{"worker": %q, "task": "u%d", "label": %s}`+"\n", coder, u+1, v)
			}
		}
	}
	for level, want := range map[string]float64{"nominal": 0.691358, "interval": 0.810845} {
		var got agreementResult
		rlhfOK(t, &got, in.String(), "agreement", "--metric", "krippendorff", "--level", level)
		if got.Metric != "krippendorff" || math.Abs(got.Value-want) > 5e-7 || got.StdErr != nil {
			t.Errorf("%s: got %+v, want α %v", level, got, want)
		}
	}
	// Cohen's κ with string labels ordered by --domain.
	var cohen strings.Builder
	pairs := [][2]string{{"lo", "lo"}, {"lo", "mid"}, {"mid", "mid"}, {"hi", "hi"}, {"hi", "mid"}, {"mid", "mid"}, {"lo", "lo"}}
	for i, p := range pairs {
		fmt.Fprintf(&cohen, `{"worker": "A", "task": "t%d", "label": %q}`+"\n", i, p[0])
		fmt.Fprintf(&cohen, `{"worker": "B", "task": "t%d", "label": %q}`+"\n", i, p[1])
	}
	var got agreementResult
	rlhfOK(t, &got, cohen.String(), "agreement", "--metric", "cohen", "--weights", "quadratic", "--domain", "lo,mid,hi")
	if got.Metric != "cohen" || got.StdErr == nil || !(got.Value > 0 && got.Value <= 1) {
		t.Errorf("cohen: got %+v, want a κ in (0, 1] with a standard error", got)
	}
	var fleiss agreementResult
	rlhfOK(t, &fleiss, toyAnswers, "agreement", "--metric", "fleiss")
	if fleiss.Metric != "fleiss" || fleiss.StdErr != nil {
		t.Errorf("fleiss: got %+v", fleiss)
	}
}

func TestRLHFAnomalies(t *testing.T) {
	clearEnv(t)
	var in strings.Builder
	for h := range 10 {
		fmt.Fprintf(&in, `{"left": "a", "right": "b", "winner": "left", "worker": "h%d"}`+"\n", h)
		fmt.Fprintf(&in, `{"left": "c", "right": "d", "winner": "left", "worker": "h%d"}`+"\n", h)
	}
	for range 3 {
		in.WriteString(`{"left": "a", "right": "b", "winner": "right", "worker": "troll"}` + "\n")
		in.WriteString(`{"left": "d", "right": "c", "winner": "left", "worker": "troll"}` + "\n")
	}
	var got struct {
		Workers map[string]struct {
			Votes    int     `json:"votes"`
			Evidence float64 `json:"evidence"`
			Flagged  bool    `json:"flagged"`
		} `json:"workers"`
		Flagged []string `json:"flagged"`
	}
	rlhfOK(t, &got, in.String(), "anomalies")
	if fmt.Sprint(got.Flagged) != "[troll]" || got.Workers["troll"].Votes != 6 || len(got.Workers) != 11 {
		t.Errorf("got %+v, want only troll flagged, with 6 votes", got)
	}
}

// Bad input exits 2 with one line on stderr naming the line or the reason,
// and nothing on stdout.
func TestRLHFBadInput(t *testing.T) {
	clearEnv(t)
	answers := writeFile(t, "answers.jsonl", toyAnswers)
	bad := writeFile(t, "bad.jsonl", `{"worker": "w1", "task": "t1", "label": "no"}

{"worker": "w1", "task": "t2", "label": true}
`)
	goldConflict := writeFile(t, "gold.jsonl", `{"task": "t1", "label": "yes"}
{"task": "t1", "label": "no"}
`)
	disconnected := `{"left": "a", "right": "b", "winner": "left"}
{"left": "c", "right": "d", "winner": "right"}
`
	tests := []struct {
		name  string
		stdin string
		args  []string
		want  string // a substring of the message
	}{
		{"malformed line", "", []string{"aggregate", "--method", "dawid-skene", "--in", bad}, "bad.jsonl line 3: label true is neither a string nor a number"},
		{"malformed stdin", "{\n", []string{"aggregate", "--method", "majority"}, "stdin line 1: not a JSON object"},
		{"missing field", `{"worker": "w", "label": 1}`, []string{"agreement", "--metric", "fleiss"}, `line 1: missing "task"`},
		{"bad winner", `{"left": "a", "right": "b", "winner": "left"}` + "\n" + `{"left": "a", "right": "b", "winner": "a"}`, []string{"rank", "--method", "elo"}, `stdin line 2: winner "a" is not`},
		{"self comparison", `{"left": "a", "right": "a", "winner": "tie"}`, []string{"rank", "--method", "elo"}, "line 1:"},
		{"not connected", disconnected, []string{"rank", "--method", "bradley-terry"}, "comparison graph is not connected: 2 components {a, b}, {c, d}"},
		{"not connected mle", disconnected, []string{"rank", "--method", "bt-mle"}, "not connected"},
		{"cohen three workers", toyAnswers, []string{"agreement", "--metric", "cohen"}, "Cohen's kappa needs exactly two workers, not 5"},
		{"unknown aggregate method", toyAnswers, []string{"aggregate", "--method", "glad"}, `unknown --method "glad"`},
		{"unknown rank method", "", []string{"rank", "--method", "trueskill"}, `unknown --method "trueskill"`},
		{"unknown metric", "", []string{"agreement", "--metric", "spearman"}, `unknown --metric "spearman"`},
		{"no method", "", []string{"aggregate"}, "--method is required"},
		{"no metric", "", []string{"agreement"}, "--metric is required"},
		{"gold with majority", "", []string{"aggregate", "--method", "majority", "--in", answers, "--gold", goldConflict}, "--gold does not apply"},
		{"gold-mv without gold", "", []string{"aggregate", "--method", "gold-mv", "--in", answers}, "needs --gold"},
		{"gold conflict", "", []string{"aggregate", "--method", "gold-mv", "--in", answers, "--gold", goldConflict}, "gold.jsonl line 2: task \"t1\" has gold label"},
		{"both stdin", "", []string{"aggregate", "--method", "dawid-skene", "--gold", "-"}, "cannot both read standard input"},
		{"iterations with majority", "", []string{"aggregate", "--method", "majority", "--iterations", "3"}, "--iterations does not apply"},
		{"negative iterations", "", []string{"aggregate", "--method", "dawid-skene", "--iterations", "-1"}, "negative"},
		{"nan tol", "", []string{"rank", "--method", "bradley-terry", "--tol", "NaN"}, "tolerance"},
		{"bootstrap with elo", "", []string{"rank", "--method", "elo", "--bootstrap", "10"}, "--bootstrap does not apply"},
		{"level with fleiss", "", []string{"agreement", "--metric", "fleiss", "--level", "ordinal"}, "--level does not apply"},
		{"bad level", "", []string{"agreement", "--metric", "krippendorff", "--level", "cardinal"}, `level "cardinal"`},
		{"bad weights", "", []string{"agreement", "--metric", "cohen", "--weights", "cubic"}, `weights "cubic"`},
		{"label clash", `{"worker": "a", "task": "t", "label": 1}` + "\n" + `{"worker": "b", "task": "t", "label": "1"}`, []string{"aggregate", "--method", "majority"}, "line 2:"},
		{"label out of domain", toyAnswers, []string{"agreement", "--metric", "krippendorff", "--domain", "yes,maybe"}, `label "no" is not one of yes, maybe`},
		{"ordinal strings", toyAnswers, []string{"agreement", "--metric", "krippendorff", "--level", "ordinal"}, "need a domain"},
		{"duplicate rating", `{"worker": "a", "task": "t", "label": 1}` + "\n" + `{"worker": "a", "task": "t", "label": 2}`, []string{"agreement", "--metric", "fleiss"}, `worker "a" rated task "t" more than once`},
		{"undefined alpha", `{"worker": "a", "task": "t", "label": 1}` + "\n" + `{"worker": "b", "task": "t", "label": 1}`, []string{"agreement", "--metric", "krippendorff"}, "agreement is undefined"},
		{"anomalies without worker", `{"left": "a", "right": "b", "winner": "left"}`, []string{"anomalies"}, "comparison has no worker"},
		{"missing file", "", []string{"rank", "--method", "elo", "--in", "/nonexistent/cmp.jsonl"}, "/nonexistent/cmp.jsonl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := agoraRLHF(t, tt.stdin, tt.args...)
			if code != exitUsage || out != "" {
				t.Errorf("got exit %d, stdout %q; want %d and empty stdout", code, out, exitUsage)
			}
			if !strings.HasPrefix(errOut, "agora: ") || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, tt.want) {
				t.Errorf("got stderr %q, want one line starting with \"agora: \" and containing %q", errOut, tt.want)
			}
		})
	}
	// Cobra's own usage errors exit 2 too.
	for _, args := range [][]string{{"bogus"}, {"rank", "extra"}, {"aggregate", "--no-such-flag"}, {"rank", "--bootstrap", "x"}} {
		if code, out, _ := agoraRLHF(t, "", args...); code != exitUsage || out != "" {
			t.Errorf("rlhf %v: got exit %d, stdout %q; want 2 and nothing", args, code, out)
		}
	}
}

func TestRLHFHelp(t *testing.T) {
	clearEnv(t)
	for _, args := range [][]string{nil, {"aggregate", "--help"}, {"rank", "--help"}, {"agreement", "--help"}, {"anomalies", "--help"}} {
		code, out, errOut := agoraRLHF(t, "", args...)
		if code != exitOK || !strings.Contains(out, "Usage:") || errOut != "" {
			t.Errorf("rlhf %v: got exit %d, stderr %q; want 0 and usage on stdout", args, code, errOut)
		}
	}
}
