package model

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"reflect"
	"slices"
	"sync"
	"testing"
)

// newTestLM returns the default model for seed, failing the test on error.
func newTestLM(t testing.TB, seed uint64) *LM {
	t.Helper()
	m, err := NewSeeded(seed, DefaultConfig())
	if err != nil {
		t.Fatalf("NewSeeded(%d): %v", seed, err)
	}
	return m
}

var update = flag.Bool("update", false, "rewrite testdata/golden.json")

// golden is testdata/golden.json: the hash of the default model of seed 1
// and what it writes for a few prompts. A change means the weights, the
// graph or the decoding changed, and with them every published model hash
// and answer; regenerate with go test ./model -run Golden -update only on
// purpose.
type golden struct {
	Seed    uint64         `json:"seed"`
	Config  Config         `json:"config"`
	Hash    string         `json:"hash"`
	Outputs []goldenOutput `json:"outputs"`
}

type goldenOutput struct {
	Prompt string `json:"prompt"`
	Tokens []int  `json:"tokens"`
}

func TestGenerateGolden(t *testing.T) {
	const path = "testdata/golden.json"
	m := newTestLM(t, 1)
	got := golden{Seed: 1, Config: m.Config(), Hash: m.Hash()}
	for _, p := range []string{"", "hello world", "The quick brown fox jumps over the lazy dog"} {
		tokens, text, err := m.Generate(p, 16)
		if err != nil {
			t.Fatal(err)
		}
		if want := tokenBytes(tokens); text != want {
			t.Errorf("Generate(%q): text %q does not match tokens %q", p, text, want)
		}
		got.Outputs = append(got.Outputs, goldenOutput{Prompt: p, Tokens: tokens})
	}
	if *update {
		data, err := json.MarshalIndent(got, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var want golden
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	if got.Hash != want.Hash {
		t.Errorf("got hash %s, want %s", got.Hash, want.Hash)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

// tokenBytes returns tokens as the bytes they stand for.
func tokenBytes(tokens []int) string {
	b := make([]byte, len(tokens))
	for i, t := range tokens {
		b[i] = byte(t)
	}
	return string(b)
}

func TestGenerateDeterministic(t *testing.T) {
	prompts := []string{"", "a", "hello world", "a prompt longer than the sixteen-byte context window", "\x00\xff\xfe"}
	for _, p := range prompts {
		// Two independently built models of one seed, and repeated calls on one.
		a, b := newTestLM(t, 7), newTestLM(t, 7)
		if a.Hash() != b.Hash() {
			t.Fatalf("same seed: hashes %s and %s differ", a.Hash(), b.Hash())
		}
		first, firstText, err := a.Generate(p, 40)
		if err != nil {
			t.Fatalf("Generate(%q): %v", p, err)
		}
		if len(first) != 40 || len(firstText) != 40 {
			t.Fatalf("Generate(%q): got %d tokens, %d bytes, want 40", p, len(first), len(firstText))
		}
		for run := range 3 {
			for _, m := range []*LM{a, b} {
				got, text, err := m.Generate(p, 40)
				if err != nil {
					t.Fatal(err)
				}
				if !slices.Equal(got, first) || text != firstText {
					t.Fatalf("Generate(%q) run %d: got %v, want %v", p, run, got, first)
				}
			}
		}
		// A shorter generation is a prefix of a longer one.
		short, _, err := a.Generate(p, 5)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(short, first[:5]) {
			t.Errorf("Generate(%q, 5) = %v, want prefix %v", p, short, first[:5])
		}
	}
}

func TestSeedsDiffer(t *testing.T) {
	a, b := newTestLM(t, 1), newTestLM(t, 2)
	if a.Hash() == b.Hash() {
		t.Fatal("seeds 1 and 2 give the same hash")
	}
	ta, _, _ := a.Generate("hello world", 16)
	tb, _, _ := b.Generate("hello world", 16)
	if slices.Equal(ta, tb) {
		t.Errorf("seeds 1 and 2 generate the same tokens %v", ta)
	}
}

func TestPromptContextWindow(t *testing.T) {
	// Only the last Context bytes of the prompt matter.
	m := newTestLM(t, 3)
	ctx := m.Config().Context
	tail := "0123456789abcdefghijklmnopqrstuv"[:ctx]
	a, _, err := m.Generate("some long preamble "+tail, 16)
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := m.Generate("a different preamble "+tail, 16)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(a, b) {
		t.Errorf("same last %d bytes, different tokens: %v and %v", ctx, a, b)
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	for _, cfg := range []Config{DefaultConfig(), {Context: 1, Embed: 1, Hidden: 1}, {Context: 9, Embed: 3, Hidden: 17}} {
		t.Run(fmt.Sprintf("%+v", cfg), func(t *testing.T) {
			m, err := NewSeeded(42, cfg)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := m.Save(&buf); err != nil {
				t.Fatal(err)
			}
			if buf.Len() != m.Size() || buf.Len() != headerSize+8*cfg.NumParams() {
				t.Fatalf("file is %d bytes, Size() %d, want %d", buf.Len(), m.Size(), headerSize+8*cfg.NumParams())
			}
			file := bytes.Clone(buf.Bytes())
			loaded, err := Load(&buf)
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if loaded.Hash() != m.Hash() || loaded.Config() != cfg {
				t.Fatalf("got hash %s config %+v, want %s %+v", loaded.Hash(), loaded.Config(), m.Hash(), cfg)
			}
			var again bytes.Buffer
			if err := loaded.Save(&again); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(again.Bytes(), file) {
				t.Fatal("a loaded model saves different bytes")
			}
			for _, p := range []string{"", "round trip"} {
				want, wantText, _ := m.Generate(p, 24)
				got, gotText, err := loaded.Generate(p, 24)
				if err != nil {
					t.Fatal(err)
				}
				if !slices.Equal(got, want) || gotText != wantText {
					t.Errorf("Generate(%q) after load: got %v, want %v", p, got, want)
				}
			}
		})
	}
}

func TestReadWriteFile(t *testing.T) {
	m := newTestLM(t, 5)
	path := t.TempDir() + "/lm.aglm"
	if err := m.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	got, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got.Hash() != m.Hash() {
		t.Errorf("got hash %s, want %s", got.Hash(), m.Hash())
	}
	if _, err := ReadFile(path + ".missing"); err == nil {
		t.Error("ReadFile of a missing file: got nil error")
	}
}

func TestGenerateMaxTokens(t *testing.T) {
	m := newTestLM(t, 1)
	for _, n := range []int{-1, 0, MaxGenerate + 1} {
		tokens, text, err := m.Generate("x", n)
		if !errors.Is(err, ErrMaxTokens) {
			t.Errorf("Generate(maxTokens=%d): got error %v, want ErrMaxTokens", n, err)
		}
		if tokens != nil || text != "" {
			t.Errorf("Generate(maxTokens=%d): got %v %q with the error", n, tokens, text)
		}
	}
	for _, n := range []int{1, MaxGenerate} {
		tokens, _, err := m.Generate("x", n)
		if err != nil || len(tokens) != n {
			t.Errorf("Generate(maxTokens=%d): got %d tokens, %v", n, len(tokens), err)
		}
	}
}

func TestGenerateConcurrent(t *testing.T) {
	// Goroutines share each model, and two models run side by side (gorgonia
	// must keep no state between graphs).
	models := []*LM{newTestLM(t, 9), newTestLM(t, 10)}
	prompts := []string{"", "alpha", "beta", "gamma delta epsilon zeta"}
	want := make([][][]int, len(models))
	for j, m := range models {
		want[j] = make([][]int, len(prompts))
		for i, p := range prompts {
			want[j][i], _, _ = m.Generate(p, 16)
		}
	}
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for g := range 16 {
		wg.Go(func() {
			j := g % len(models)
			for k := range 8 {
				i := (g + k) % len(prompts)
				got, _, err := models[j].Generate(prompts[i], 16)
				if err != nil {
					errs <- err
					return
				}
				if !slices.Equal(got, want[j][i]) {
					errs <- fmt.Errorf("model %d Generate(%q) concurrently: got %v, want %v", j, prompts[i], got, want[j][i])
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestNewSeededRejectsBadConfig(t *testing.T) {
	for _, cfg := range []Config{
		{}, {Context: 0, Embed: 16, Hidden: 128}, {Context: MaxContext + 1, Embed: 1, Hidden: 1},
		{Context: 1, Embed: MaxEmbed + 1, Hidden: 1}, {Context: 1, Embed: 1, Hidden: MaxHidden + 1},
		{Context: 1, Embed: -1, Hidden: 1},
	} {
		if _, err := NewSeeded(1, cfg); err == nil {
			t.Errorf("NewSeeded(%+v): got nil error", cfg)
		}
	}
}

func TestArgmaxTies(t *testing.T) {
	nan := func() float64 { z := 0.0; return z / z }()
	tests := []struct {
		v    []float64
		want int
	}{
		{[]float64{1}, 0},
		{[]float64{1, 1, 1}, 0},
		{[]float64{0, 2, 2, 1}, 1},
		{[]float64{-3, -1, -2, -1}, 1},
		{[]float64{nan, 0, 5, 5}, 2},
		{[]float64{1, nan, 1}, 0},
	}
	for _, tt := range tests {
		if got := argmax(tt.v); got != tt.want {
			t.Errorf("argmax(%v) = %d, want %d", tt.v, got, tt.want)
		}
	}
}

func BenchmarkGenerate16(b *testing.B) {
	m := newTestLM(b, 1)
	for b.Loop() {
		if _, _, err := m.Generate("hello world", 16); err != nil {
			b.Fatal(err)
		}
	}
}
