package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/agora-net/agora/model"
)

// clearModelEnv unsets the AGORA_MODEL_* variables for the test's duration.
func clearModelEnv(t *testing.T) {
	t.Helper()
	clearEnv(t)
	for key := range modelDefaults() {
		name := "AGORA_" + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
		t.Setenv(name, "")
		os.Unsetenv(name)
	}
}

// tinyTrain are the flags of a model and run small enough for a test.
var tinyTrain = []string{"--context", "3", "--embed", "2", "--hidden", "5", "--steps", "6", "--batch-size", "4"}

// usageFails checks a run that must exit 2 with one line on stderr
// containing want, and nothing on stdout.
func usageFails(t *testing.T, want string, args ...string) {
	t.Helper()
	code, out, errOut := agora(t, "", args...)
	lines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
	if code != exitUsage || out != "" || len(lines) != 1 || !strings.HasPrefix(lines[0], "agora: ") ||
		!strings.Contains(errOut, want) {
		t.Errorf("agora %v: got exit %d, stdout %q, stderr %q; want exit 2, one line containing %q",
			args, code, out, errOut, want)
	}
}

func TestModelTrainDeterministic(t *testing.T) {
	clearModelEnv(t)
	dir := t.TempDir()
	data := writeFile(t, "data.txt", "the cat sat on the mat, the dog sat on the log.\n")
	var hashes []string
	for _, name := range []string{"a.aglm", "b.aglm"} {
		path := filepath.Join(dir, name)
		args := append([]string{"model", "train", "--out", path, "--data", data, "--progress-every", "2", "--json"}, tinyTrain...)
		code, out, errOut := agora(t, "", args...)
		if code != exitOK {
			t.Fatalf("got exit %d, stderr %q", code, errOut)
		}
		var sum trainSummary
		if err := json.Unmarshal([]byte(out), &sum); err != nil {
			t.Fatalf("stdout is not JSON: %v\n%s", err, out)
		}
		if sum.File != path || sum.Config != (model.Config{Context: 3, Embed: 2, Hidden: 5}) || sum.Options.Steps != 6 ||
			sum.DataBytes != 48 || sum.Base != "" || !(sum.FinalLoss > 0) {
			t.Errorf("got summary %+v", sum)
		}
		if got := strings.Count(errOut, "step "); got != 3 || !strings.Contains(errOut, "step 6/6  loss ") {
			t.Errorf("got progress %q, want steps 2, 4 and 6", errOut)
		}
		m, err := model.ReadFile(path)
		if err != nil || m.Hash() != sum.Hash || m.Size() != sum.Bytes {
			t.Fatalf("written model: %v, hash %s; summary hash %s", err, m.Hash(), sum.Hash)
		}
		hashes = append(hashes, sum.Hash)
	}
	if hashes[0] != hashes[1] {
		t.Fatalf("two runs: hashes %s and %s", hashes[0], hashes[1])
	}

	// `model hash` prints the same identity, like sha256sum.
	a, b := filepath.Join(dir, "a.aglm"), filepath.Join(dir, "b.aglm")
	code, out, _ := agora(t, "", "model", "hash", a, b)
	if want := hashes[0] + "  " + a + "\n" + hashes[0] + "  " + b + "\n"; code != exitOK || out != want {
		t.Errorf("model hash: got exit %d, %q; want %q", code, out, want)
	}

	// Fine-tuning: the text summary names the base and the new hash.
	ft := filepath.Join(dir, "ft.aglm")
	code, out, errOut := agora(t, "", "model", "train", "--base", a, "--out", ft, "--data", data, "--steps", "3", "--batch-size", "2")
	if code != exitOK || !strings.Contains(out, "fine-tuned "+hashes[0][:16]) || !strings.Contains(errOut, "step 3/3") {
		t.Fatalf("fine-tune: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	m, err := model.ReadFile(ft)
	if err != nil || !strings.Contains(out, "hash "+m.Hash()+"\n") || m.Hash() == hashes[0] {
		t.Errorf("fine-tune: stdout %q, file %v %v", out, m, err)
	}
}

func TestModelTrainConfigKeys(t *testing.T) {
	// Steps and shape come from the config file and the environment too.
	clearModelEnv(t)
	cfg := writeFile(t, "agora.yaml", "model:\n  steps: 2\n  batch_size: 3\n  context: 2\n  embed: 1\n  hidden: 2\n")
	data := writeFile(t, "data.txt", "abcabc")
	out := filepath.Join(t.TempDir(), "m.aglm")
	t.Setenv("AGORA_MODEL_LEARNING_RATE", "0.02")
	code, stdout, _ := agora(t, "", "--config", cfg, "model", "train", "--out", out, "--data", data, "--json")
	var sum trainSummary
	if code != exitOK || json.Unmarshal([]byte(stdout), &sum) != nil {
		t.Fatalf("got exit %d, stdout %q", code, stdout)
	}
	if sum.Options.Steps != 2 || sum.Options.BatchSize != 3 || sum.Options.LearningRate != 0.02 || sum.Config.Hidden != 2 {
		t.Errorf("got options %+v config %+v", sum.Options, sum.Config)
	}
}

func TestModelEvalAndInfer(t *testing.T) {
	clearModelEnv(t)
	data := writeFile(t, "data.txt", "Anne Elliot was at Uppercross.")
	code, out, errOut := agora(t, "", "model", "eval", "--data", data, "--json")
	var rep evalReport
	if code != exitOK || errOut != "" || json.Unmarshal([]byte(out), &rep) != nil {
		t.Fatalf("got exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if rep.Model != model.ReferenceHash || rep.Data != data || rep.Bytes != 30 || !(rep.Loss > 0 && rep.Loss < 4) ||
		rep.Perplexity <= 1 {
		t.Errorf("got %+v", rep)
	}
	// Text output: the same numbers.
	code, out, _ = agora(t, "", "model", "eval", "--data", data, "--model", writeReference(t))
	if code != exitOK || !strings.HasPrefix(out, "model "+model.ReferenceHash+"\n") || !strings.Contains(out, "30 bytes, loss ") {
		t.Errorf("got exit %d, %q", code, out)
	}

	code, out, _ = agora(t, "", "model", "infer", "--prompt", "Captain ", "--tokens", "5", "--top-k", "3", "--json")
	var inf inferReport
	if code != exitOK || json.Unmarshal([]byte(out), &inf) != nil {
		t.Fatalf("infer: exit %d, %q", code, out)
	}
	m, err := model.Reference()
	if err != nil {
		t.Fatal(err)
	}
	want, _ := m.Infer([]byte("Captain "), 5, 3)
	if inf.Model != model.ReferenceHash || len(inf.Steps) != 5 || inf.Steps[4].TopK[2] != want[4].TopK[2] ||
		len(inf.Text) != 5 || inf.Text[4] != want[4].Token {
		t.Errorf("infer: got %+v, want steps %+v", inf, want)
	}
	code, out, _ = agora(t, "", "model", "infer", "--prompt", "Captain ", "--tokens", "5", "--top-k", "2")
	if lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n"); code != exitOK || len(lines) != 6 ||
		lines[0] != "Captain "+inf.Text || !strings.Contains(lines[1], "top: ") {
		t.Errorf("infer text: exit %d, %q", code, out)
	}
}

// writeReference writes the reference model to a file and returns its path.
func writeReference(t *testing.T) string {
	t.Helper()
	m, err := model.Reference()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "ref.aglm")
	if err := m.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestModelBadInput(t *testing.T) {
	clearModelEnv(t)
	dir := t.TempDir()
	notModel := writeFile(t, "junk.aglm", "GGUF and then some more bytes than a header holds")
	empty := writeFile(t, "empty.txt", "")
	out := filepath.Join(dir, "m.aglm")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"train without --out", []string{"model", "train"}, "--out FILE is required"},
		{"zero steps", []string{"model", "train", "--out", out, "--steps", "0"}, "train steps 0 out of range"},
		{"batch too big", []string{"model", "train", "--out", out, "--batch-size", "100000"}, "batch size 100000"},
		{"bad rate", []string{"model", "train", "--out", out, "--learning-rate", "-1"}, "learning rate -1"},
		{"bad context", []string{"model", "train", "--out", out, "--context", "65"}, "context 65 out of range"},
		{"shape with base", []string{"model", "train", "--out", out, "--base", notModel, "--hidden", "3"}, "--hidden does not apply with --base"},
		{"base not a model", []string{"model", "train", "--out", out, "--base", notModel, "--steps", "1"}, "invalid weight file"},
		{"missing data", []string{"model", "train", "--out", out, "--data", filepath.Join(dir, "none")}, "no such file"},
		{"empty data", []string{"model", "train", "--out", out, "--data", empty}, "is empty"},
		{"progress every 0", []string{"model", "train", "--out", out, "--progress-every", "0"}, "--progress-every 0"},
		{"eval missing model", []string{"model", "eval", "--model", filepath.Join(dir, "none")}, "no such file"},
		{"eval not a model", []string{"model", "eval", "--model", notModel}, "bad magic"},
		{"hash not a model", []string{"model", "hash", notModel}, "bad magic"},
		{"infer tokens", []string{"model", "infer", "--tokens", "0"}, "--tokens 0 not in [1, 4096]"},
		{"infer top-k", []string{"model", "infer", "--top-k", "21"}, "--top-k 21 not in [0, 20]"},
		{"config key typo", []string{"model", "eval", "--config", writeFile(t, "c.yaml", "model:\n  stepz: 3\n")}, "stepz"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { usageFails(t, tt.want, tt.args...) })
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a failed train left %s: %v", out, err)
	}
}
