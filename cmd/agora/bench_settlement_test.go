package main

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/viper"
)

// benchApp returns an app writing to out, as newRootCommand builds it.
func benchApp(out *bytes.Buffer) *app {
	return &app{stdin: strings.NewReader(""), stdout: out, stderr: out, v: viper.New(), cfg: DefaultConfig(),
		log: slog.New(slog.DiscardHandler)}
}

// TestBenchSettlementJSON runs `bench settlement --json` and checks the
// output's exact shape.
func TestBenchSettlementJSON(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	var out bytes.Buffer
	cmd := newBenchCommand(benchApp(&out))
	cmd.SetArgs([]string{"settlement", "--json"})
	if err := cmd.Execute(); err != nil {
		t.Fatalf("bench settlement --json: %v", err)
	}
	t.Logf("%s", out.String())
	var got map[string]map[string]uint64
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("output is not {string: {string: number}}: %v", err)
	}
	want := map[string][]string{
		"merkle_settle_gas":      {"16", "256", "4096"},
		"claim_gas":              {"first", "repeat"},
		"push_gas_per_recipient": {"fresh", "repeat"},
		"baseline":               {"naive_batch_fresh", "naive_batch_repeat", "transfer_fresh", "transfer_repeat"},
	}
	if len(got) != len(want) {
		t.Errorf("top-level keys %v, want %v", keysOf(got), want)
	}
	for k, sub := range want {
		if keys := keysOf(got[k]); !slices.Equal(keys, sub) {
			t.Errorf("%s has keys %v, want %v", k, keys, sub)
		}
		for sk, v := range got[k] {
			if v < 5_000 {
				t.Errorf("%s.%s = %d: not a gas measurement", k, sk, v)
			}
		}
	}
}

// TestBenchSettlementTable checks the human-readable output.
func TestBenchSettlementTable(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	var out bytes.Buffer
	cmd := newBenchCommand(benchApp(&out))
	cmd.SetArgs([]string{"settlement"})
	if err := cmd.Execute(); err != nil {
		t.Fatalf("bench settlement: %v", err)
	}
	t.Logf("\n%s", out.String())
	for _, line := range []string{"merkle settle, 4,096 recipients", "claim, first", "push, repeat recipient", "naive batch, fresh"} {
		if !strings.Contains(out.String(), line) {
			t.Errorf("the table has no line %q", line)
		}
	}
}

func keysOf[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func TestGroupDigits(t *testing.T) {
	for v, want := range map[uint64]string{0: "0", 999: "999", 1000: "1,000", 77278: "77,278", 6332847: "6,332,847"} {
		if got := groupDigits(v); got != want {
			t.Errorf("groupDigits(%d) = %q, want %q", v, got, want)
		}
	}
}
