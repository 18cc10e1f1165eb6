package main

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// labelled is a small set of labelled comparisons: t1 and t2 are clear,
// t3 is a tie, t4's content comes on its second line only.
const labelled = `{"task": "t1", "prompt": "2+2?", "a": "4", "b": "5", "worker": "w1", "label": "A"}
{"task": "t1", "worker": "w2", "label": "A"}
{"task": "t1", "worker": "w3", "label": "B"}
{"task": "t2", "prompt": "capital of France?", "a": "Lyon", "b": "Paris", "worker": "w1", "label": "B"}
{"task": "t2", "worker": "w2", "label": "B"}
{"task": "t2", "worker": "w3", "label": "B"}
{"task": "t3", "prompt": "pick one", "a": "x", "b": "y", "worker": "w1", "label": "tie"}
{"task": "t3", "worker": "w2", "label": "tie"}
{"task": "t4", "worker": "w1", "label": "A"}
{"task": "t4", "prompt": "say \"hi\" <b>", "a": "hi & bye", "b": "no", "worker": "w2", "label": "A"}
`

func readPrefs(t *testing.T, jsonl string) []map[string]string {
	t.Helper()
	var out []map[string]string
	for _, line := range strings.Split(strings.TrimSpace(jsonl), "\n") {
		var m map[string]string
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("line %q: %v", line, err)
		}
		out = append(out, m)
	}
	return out
}

func TestRLHFExport(t *testing.T) {
	clearEnv(t)
	in := writeFile(t, "labelled.jsonl", labelled)
	want := `{"prompt":"2+2?","chosen":"4","rejected":"5"}
{"prompt":"capital of France?","chosen":"Paris","rejected":"Lyon"}
{"prompt":"say \"hi\" <b>","chosen":"hi & bye","rejected":"no"}
`
	for _, method := range []string{"dawid-skene", "majority"} {
		out := filepath.Join(t.TempDir(), "prefs.jsonl")
		var summary struct {
			Out, Method                 string
			Tasks, Pairs, Ties, Workers int
		}
		rlhfOK(t, &summary, "", "export", "--in", in, "--method", method, "--out", out)
		if summary.Out != out || summary.Method != method || summary.Tasks != 4 || summary.Pairs != 3 || summary.Ties != 1 || summary.Workers != 3 {
			t.Errorf("%s: got summary %+v, want 4 tasks, 3 pairs, 1 tie, 3 workers", method, summary)
		}
		got, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Errorf("%s: wrote\n%s\nwant\n%s", method, got, want)
		}
	}
	// To standard output, from standard input, gold-weighted: only w3 is
	// right on the gold task t1, which is exported with its gold answer.
	gold := writeFile(t, "gold.jsonl", `{"task": "t1", "label": "B"}`)
	code, out, errOut := agoraRLHF(t, labelled, "export", "--method", "gold-mv", "--gold", gold, "--out", "-")
	if code != exitOK || errOut != "" {
		t.Fatalf("got exit %d, stderr %q", code, errOut)
	}
	prefs := readPrefs(t, out)
	if len(prefs) != 3 || prefs[0]["chosen"] != "5" {
		t.Errorf("gold-mv: got %v, want t1 decided for b (5) as w3, the only labeler right on gold, says", prefs)
	}
}

// synthPrefs returns chosen/rejected preferences in which the chosen
// response names the prompt's keyword.
func synthPrefs(seed uint64, prompts int) string {
	rng := rand.New(rand.NewPCG(seed, 1))
	word := func() string {
		b := make([]byte, 4+rng.IntN(5))
		for i := range b {
			b[i] = byte('a' + rng.IntN(26))
		}
		return string(b)
	}
	var sb strings.Builder
	for range prompts {
		kw := word() + word()
		words := func(with bool) string {
			ws := []string{word(), word(), word(), word(), word(), word()}
			if with {
				ws[rng.IntN(len(ws))] = kw
			}
			return strings.Join(ws, " ")
		}
		line, _ := json.Marshal(map[string]string{"prompt": "Tell me about " + kw, "chosen": words(true), "rejected": words(false)})
		sb.Write(append(line, '\n'))
	}
	return sb.String()
}

func TestRLHFRewardTrainAndScore(t *testing.T) {
	clearEnv(t)
	in := writeFile(t, "prefs.jsonl", synthPrefs(1, 200))
	dir := t.TempDir()
	train := func(name string, extra ...string) trainOutput {
		var got trainOutput
		args := append([]string{"reward", "train", "--in", in, "--out", filepath.Join(dir, name),
			"--buckets", "512", "--embed", "8", "--hidden", "8", "--steps", "120"}, extra...)
		rlhfOK(t, &got, "", args...)
		return got
	}
	a := train("a.agrm")
	if len(a.Hash) != 64 || a.Steps != 120 || a.TrainPairs+a.HeldOutPairs != 200 || a.HeldOutPairs == 0 {
		t.Errorf("got %+v", a)
	}
	if a.HeldOutAccuracy < 0.9 {
		t.Errorf("held-out pair accuracy %.3f, want ≥ 0.9", a.HeldOutAccuracy)
	}
	if fi, err := os.Stat(a.Out); err != nil || fi.Size() != int64(a.Bytes) {
		t.Errorf("weight file: %v, %v; want %d bytes", fi, err, a.Bytes)
	}
	if b := train("b.agrm"); b.Hash != a.Hash {
		t.Errorf("same seed: hashes %s and %s", a.Hash, b.Hash)
	}
	if c := train("c.agrm", "--seed", "2"); c.Hash == a.Hash {
		t.Errorf("seeds 1 and 2 gave the same model %s", a.Hash)
	}

	var good, bad scoreOutput
	rlhfOK(t, &good, "", "reward", "score", "--model", a.Out, "--prompt", "Tell me about quasarfish", "--response", "the quasarfish swims under bright moons")
	rlhfOK(t, &bad, "", "reward", "score", "--model", a.Out, "--prompt", "Tell me about quasarfish", "--response", "the crab swims under bright moons")
	if good.Model != a.Hash || !(good.Score > bad.Score) {
		t.Errorf("got %+v and %+v; want model %s and the keyword's response scoring higher", good, bad, a.Hash)
	}
}

func TestRLHFRewardBadInput(t *testing.T) {
	clearEnv(t)
	prefs := writeFile(t, "prefs.jsonl", synthPrefs(2, 5))
	notModel := writeFile(t, "model.agrm", "AGLM and then some bytes to fill the header up")
	out := filepath.Join(t.TempDir(), "out")
	tests := []struct {
		name  string
		stdin string
		args  []string
		want  string
	}{
		{"export without out", labelled, []string{"export"}, "--out FILE is required"},
		{"export bad label", `{"task": "t1", "prompt": "p", "a": "x", "b": "y", "worker": "w", "label": "left"}`, []string{"export", "--out", out}, `stdin line 1: label "left" is not "A", "B" or "tie"`},
		{"export no content", labelled + `{"task": "t9", "worker": "w1", "label": "A"}`, []string{"export", "--out", out}, `stdin line 11: task "t9" has no "prompt"`},
		{"export conflict", labelled + `{"task": "t1", "prompt": "2+2?", "a": "4", "b": "6", "worker": "w4", "label": "A"}`, []string{"export", "--out", out}, `line 11: task "t1" has another prompt`},
		{"export bad gold", labelled, []string{"export", "--out", out, "--gold", writeFile(t, "gold.jsonl", `{"task": "t1", "label": "yes"}`)}, `task "t1" has gold label "yes"; want "A", "B" or "tie"`},
		{"export unknown method", labelled, []string{"export", "--out", out, "--method", "glad"}, `rlhf export: unknown --method "glad"`},
		{"export gold-mv without gold", labelled, []string{"export", "--out", out, "--method", "gold-mv"}, "needs --gold"},
		{"export unwritable", labelled, []string{"export", "--out", "/nonexistent/dir/prefs.jsonl"}, ""},
		{"train without out", "", []string{"reward", "train", "--in", prefs}, "--out FILE is required"},
		{"train bad line", `{"prompt": "p", "chosen": "c"}`, []string{"reward", "train", "--out", out}, `stdin line 1: missing "rejected"`},
		{"train same responses", `{"prompt": "p", "chosen": "c", "rejected": "c"}`, []string{"reward", "train", "--out", out}, "stdin line 1: chosen and rejected are the same"},
		{"train holdout 1", "", []string{"reward", "train", "--in", prefs, "--out", out, "--holdout", "1"}, "holdout 1 is not in [0, 1)"},
		{"train all held out", "", []string{"reward", "train", "--in", prefs, "--out", out, "--holdout", "0.99999999"}, "no preference pairs to train on: 5 pairs, 5 of them held out"},
		{"train no data", "", []string{"reward", "train", "--out", out}, "no preference pairs"},
		{"train bad shape", "", []string{"reward", "train", "--in", prefs, "--out", out, "--buckets", "0"}, "0 buckets"},
		{"score missing flags", "", []string{"reward", "score", "--model", notModel}, "--model, --prompt and --response are required"},
		{"score not a model", "", []string{"reward", "score", "--model", notModel, "--prompt", "p", "--response", "r"}, `invalid weight file: bad magic "AGLM"`},
		{"score missing file", "", []string{"reward", "score", "--model", "/nonexistent.agrm", "--prompt", "p", "--response", "r"}, "/nonexistent.agrm"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, errOut := agoraRLHF(t, tt.stdin, tt.args...)
			wantCode := exitUsage
			if tt.want == "" {
				wantCode = exitFailure // an I/O failure, not bad input
			}
			if code != wantCode || stdout != "" {
				t.Errorf("got exit %d, stdout %q; want %d and empty stdout", code, stdout, wantCode)
			}
			if !strings.HasPrefix(errOut, "agora: ") || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, tt.want) {
				t.Errorf("got stderr %q, want one line starting with \"agora: \" and containing %q", errOut, tt.want)
			}
		})
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a failed command left %s behind: %v", out, err)
	}
}

func TestRLHFRewardHelp(t *testing.T) {
	clearEnv(t)
	for _, args := range [][]string{{"export", "--help"}, {"reward"}, {"reward", "train", "--help"}, {"reward", "score", "--help"}} {
		code, out, errOut := agoraRLHF(t, "", args...)
		if code != exitOK || !strings.Contains(out, "Usage:") || errOut != "" {
			t.Errorf("rlhf %v: got exit %d, stderr %q; want 0 and usage on stdout", args, code, errOut)
		}
	}
	if code, _, _ := agoraRLHF(t, "", "reward", "bogus"); code != exitUsage {
		t.Errorf("rlhf reward bogus: got exit %d, want %d", code, exitUsage)
	}

}
