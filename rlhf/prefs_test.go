package rlhf

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestParseJudgments(t *testing.T) {
	in := `{"task": "t1", "prompt": "2+2?", "a": "4", "b": "5", "worker": "w1", "label": "A"}

{"task": "t1", "worker": "w2", "label": "tie", "extra": 1}
{"task": "t2", "worker": "w1", "label": "B"}
{"task": "t2", "prompt": "", "a": "x", "b": "y", "worker": "w2", "label": "B"}
{"task": "t1", "prompt": "2+2?", "a": "4", "b": "5", "worker": "w3", "label": "A"}
`
	got, err := ParseJudgments([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	t1, t2 := Pair{ID: "t1", Prompt: "2+2?", A: "4", B: "5"}, Pair{ID: "t2", A: "x", B: "y"}
	want := []Judgment{
		{t1, "w1", LeftWins}, {t1, "w2", Tie}, {t2, "w1", RightWins}, {t2, "w2", RightWins}, {t1, "w3", LeftWins},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	if a := got[1].Answer(); a != (Answer{Worker: "w2", Task: "t1", Label: StringLabel("tie")}) {
		t.Errorf("Answer() = %+v", a)
	}
}

func TestParseJudgmentsErrors(t *testing.T) {
	line := `{"task": "t1", "prompt": "p", "a": "x", "b": "y", "worker": "w", "label": "A"}`
	tests := []struct {
		name, in string
		line     int
		want     error
		msg      string
	}{
		{"bad label", `{"task": "t1", "prompt": "p", "a": "x", "b": "y", "worker": "w", "label": "left"}`, 1, ErrMalformed, `label "left" is not "A", "B" or "tie"`},
		{"number label", `{"task": "t1", "prompt": "p", "a": "x", "b": "y", "worker": "w", "label": 1}`, 1, ErrMalformed, "label must be a string"},
		{"no worker", `{"task": "t1", "prompt": "p", "a": "x", "b": "y", "label": "A"}`, 1, ErrMalformed, `missing "worker"`},
		{"no task", `{"prompt": "p", "a": "x", "b": "y", "worker": "w", "label": "A"}`, 1, ErrMalformed, `missing "task"`},
		{"partial content", line + "\n" + `{"task": "t1", "prompt": "p", "worker": "v", "label": "B"}`, 2, ErrMalformed, "this line has 1 of them"},
		{"content conflict", line + "\n\n" + `{"task": "t1", "prompt": "p", "a": "x", "b": "z", "worker": "v", "label": "B"}`, 3, ErrDuplicatePair, `task "t1" has another prompt`},
		{"equal responses", `{"task": "t1", "prompt": "p", "a": "x", "b": "x", "worker": "w", "label": "A"}`, 1, ErrSelfComparison, "two equal responses"},
		{"no content", line + "\n\n" + `{"task": "t2", "worker": "w", "label": "A"}` + "\n" + `{"task": "t3", "worker": "w", "label": "A"}`, 3, ErrMalformed, `task "t2" has no "prompt"`},
		{"a not a string", `{"task": "t1", "prompt": "p", "a": 1, "b": "y", "worker": "w", "label": "A"}`, 1, ErrMalformed, "a must be a string"},
		{"not an object", "[1]", 1, ErrMalformed, "not a JSON object"},
	}
	for _, tt := range tests {
		_, err := ParseJudgments([]byte(tt.in))
		var le *LineError
		if !errors.As(err, &le) || le.Line != tt.line || !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%s: got %v, want line %d, %v, containing %q", tt.name, err, tt.line, tt.want, tt.msg)
		}
	}
}

func TestPreferences(t *testing.T) {
	answers := []Answer{
		{"w1", "t1", StringLabel("A")}, {"w2", "t1", StringLabel("A")},
		{"w1", "t2", StringLabel("B")}, {"w2", "t2", StringLabel("B")},
		{"w1", "t3", StringLabel("tie")}, {"w2", "t3", StringLabel("tie")},
	}
	agg, err := MajorityVote(answers)
	if err != nil {
		t.Fatal(err)
	}
	pairs := map[string]Pair{
		"t1": {ID: "t1", Prompt: "p1", A: "a1", B: "b1"},
		"t2": {ID: "t2", Prompt: "p2", A: "a2", B: "b2"},
		"t3": {ID: "t3", Prompt: "p3", A: "a3", B: "b3"},
	}
	prefs, ties, err := Preferences(agg, pairs)
	if err != nil {
		t.Fatal(err)
	}
	want := []Preference{{"p1", "a1", "b1"}, {"p2", "b2", "a2"}}
	if !reflect.DeepEqual(prefs, want) || ties != 1 {
		t.Errorf("got %+v and %d ties, want %+v and 1 tie", prefs, ties, want)
	}
	delete(pairs, "t2")
	if _, _, err := Preferences(agg, pairs); !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), `task "t2"`) {
		t.Errorf("missing pair: got %v", err)
	}
	other, _ := MajorityVote([]Answer{{"w", "t1", StringLabel("yes")}})
	if _, _, err := Preferences(other, pairs); !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), `label "yes"`) {
		t.Errorf("foreign label: got %v", err)
	}
}

func TestParsePreferences(t *testing.T) {
	got, err := ParsePreferences([]byte(`{"prompt": "p", "chosen": "c", "rejected": "r", "score": 1}` + "\n\n" + `{"prompt": "", "chosen": "", "rejected": "r"}`))
	if err != nil {
		t.Fatal(err)
	}
	if want := []Preference{{"p", "c", "r"}, {"", "", "r"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
	for in, msg := range map[string]string{
		`{"prompt": "p", "chosen": "c"}`:                        `line 1: missing "rejected"`,
		`{"prompt": "p", "chosen": "c", "rejected": "c"}`:       "line 1: chosen and rejected are the same",
		`{"prompt": 3, "chosen": "c", "rejected": "r"}`:         "line 1: prompt must be a string",
		"\n" + `{"prompt": "p", "chosen": [], "rejected": "r"}`: "line 2: chosen must be a string",
	} {
		if _, err := ParsePreferences([]byte(in)); err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("%s: got %v, want an error containing %q", in, err, msg)
		}
	}
}

// FuzzParseJudgments checks that the reader never panics, that an error
// names a line of the input, and that what it accepts survives a round
// trip through JSON.
func FuzzParseJudgments(f *testing.F) {
	fuzzSeeds(f,
		`{"task": "t1", "prompt": "p", "a": "x", "b": "y", "worker": "w", "label": "A"}`,
		"{\"task\": \"t1\", \"worker\": \"w\", \"label\": \"tie\"}\n{\"task\": \"t1\", \"prompt\": \"\", \"a\": \"x\", \"b\": \"y\", \"worker\": \"v\", \"label\": \"B\"}",
		`{"task": "t1", "prompt": "p", "a": "x", "b": "x", "worker": "w", "label": "A"}`,
		`{"task": "t1", "prompt": "p", "worker": "w", "label": "A"}`, "", "{",
	)
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := ParseJudgments(data)
		if err != nil {
			checkLineError(t, data, err)
			return
		}
		var b bytes.Buffer
		for _, j := range got {
			line, _ := json.Marshal(map[string]string{"task": j.Pair.ID, "prompt": j.Pair.Prompt, "a": j.Pair.A, "b": j.Pair.B,
				"worker": j.Worker, "label": PreferenceLabel(j.Choice).String()})
			b.Write(append(line, '\n'))
		}
		again, err := ParseJudgments(b.Bytes())
		if err != nil || !reflect.DeepEqual(again, got) {
			t.Fatalf("round trip: got %+v, %v; want %+v", again, err, got)
		}
	})
}

// FuzzParsePreferences checks that the reader never panics and that an
// error names a line of the input.
func FuzzParsePreferences(f *testing.F) {
	fuzzSeeds(f, `{"prompt": "p", "chosen": "c", "rejected": "r"}`, `{"prompt": "p", "chosen": "c", "rejected": "c"}`, "x", "")
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := ParsePreferences(data)
		if err != nil {
			checkLineError(t, data, err)
			return
		}
		for _, p := range got {
			if p.Chosen == p.Rejected {
				t.Fatalf("accepted %+v", p)
			}
		}
	})
}

func TestParsePairs(t *testing.T) {
	got, err := ParsePairs([]byte(`{"id": "p1", "prompt": "q", "a": "x", "b": "y"}` + "\n\n" + `{"prompt": "", "a": "y", "b": "x", "score": 3}`))
	if err != nil {
		t.Fatal(err)
	}
	want := []Pair{{ID: "p1", Prompt: "q", A: "x", B: "y"}, {ID: PairID("", "x", "y"), A: "y", B: "x"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
	same := `{"prompt": "q", "a": "x", "b": "y"}`
	for in, msg := range map[string]string{
		same + "\n" + `{"prompt": "q", "a": "y", "b": "x"}`:                                                        "line 2: pair",
		`{"id": "p", "prompt": "q", "a": "x", "b": "y"}` + "\n" + `{"id": "p", "prompt": "r", "a": "x", "b": "y"}`: `line 2: pair "p" is also on line 1`,
		`{"prompt": "q", "a": "x"}`:                     `line 1: missing "b"`,
		`{"prompt": "q", "a": "x", "b": "x"}`:           "line 1: the two responses are equal",
		`{"id": 1, "prompt": "q", "a": "x", "b": "y"}`:  "line 1: id must be a string",
		`{"id": "", "prompt": "q", "a": "x", "b": "y"}`: "line 1: id is empty",
	} {
		_, err := ParsePairs([]byte(in))
		if err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("%s: got %v, want an error containing %q", in, err, msg)
		}
	}
	if _, err := ParsePairs([]byte(same + "\n" + same)); !errors.Is(err, ErrDuplicatePair) {
		t.Errorf("repeated content: got %v, want ErrDuplicatePair", err)
	}
}

// FuzzParsePairs checks that the reader never panics, that an error names
// a line of the input, and that the pairs it accepts can be assigned.
func FuzzParsePairs(f *testing.F) {
	fuzzSeeds(f, `{"id": "p1", "prompt": "q", "a": "x", "b": "y"}`, `{"prompt": "q", "a": "x", "b": "y"}`, `{"a": "x"}`, "")
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := ParsePairs(data)
		if err != nil {
			checkLineError(t, data, err)
			return
		}
		if _, err := Assign(testSecret, Round{Labelers: []string{"a", "b"}, Pairs: got}, DefaultAssign()); err != nil {
			t.Fatalf("accepted pairs that Assign refuses: %v", err)
		}
	})
}

func TestParseGoldPairs(t *testing.T) {
	got, err := ParseGoldPairs([]byte(`{"id": "g1", "prompt": "q", "a": "x", "b": "y", "label": "B"}` + "\n" + `{"prompt": "q", "a": "y", "b": "z", "label": "tie"}`))
	if err != nil {
		t.Fatal(err)
	}
	want := []GoldPair{{Pair{ID: "g1", Prompt: "q", A: "x", B: "y"}, RightWins}, {Pair{ID: PairID("q", "y", "z"), Prompt: "q", A: "y", B: "z"}, Tie}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
	for in, msg := range map[string]string{
		`{"prompt": "q", "a": "x", "b": "y"}`:               `line 1: missing "label"`,
		`{"prompt": "q", "a": "x", "b": "y", "label": "C"}`: `line 1: label "C" is not`,
		`{"prompt": "q", "a": "x", "b": "x", "label": "A"}`: "line 1: the two responses are equal",
	} {
		_, err := ParseGoldPairs([]byte(in))
		if err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("%s: got %v, want an error containing %q", in, err, msg)
		}
	}
}

// FuzzParseGoldPairs checks that the reader never panics, that an error
// names a line of the input, and that what it accepts has valid choices.
func FuzzParseGoldPairs(f *testing.F) {
	fuzzSeeds(f, `{"prompt": "q", "a": "x", "b": "y", "label": "A"}`, `{"id": "g", "prompt": "q", "a": "x", "b": "y", "label": "tie"}`, `{"a": "x"}`, "")
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := ParseGoldPairs(data)
		if err != nil {
			checkLineError(t, data, err)
			return
		}
		for _, g := range got {
			if g.Choice != LeftWins && g.Choice != RightWins && g.Choice != Tie {
				t.Fatalf("accepted choice %v", g.Choice)
			}
		}
	})
}
