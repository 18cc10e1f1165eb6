package rlhf

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestParseLabel(t *testing.T) {
	tests := []struct {
		raw      string
		wantJSON string // MarshalJSON
		wantText string
		wantNum  bool
	}{
		{`"yes"`, `"yes"`, "yes", false},
		{`""`, `""`, "", false},
		{`"1"`, `"1"`, "1", false},
		{`"é \"q\""`, `"é \"q\""`, `é "q"`, false},
		{`1`, `1`, "1", true},
		{`1.0`, `1`, "1", true},
		{`1e0`, `1`, "1", true},
		{`-0`, `0`, "0", true},
		{`-2.5`, `-2.5`, "-2.5", true},
		{`123456789`, `123456789`, "123456789", true},
		{`1e21`, `1e+21`, "1e+21", true},
		{`0.0000001`, `1e-7`, "1e-7", true},
		{`1e-400`, `0`, "0", true},
		{` 3 `, `3`, "3", true},
	}
	for _, tt := range tests {
		l, err := ParseLabel([]byte(tt.raw))
		if err != nil {
			t.Errorf("ParseLabel(%s): %v", tt.raw, err)
			continue
		}
		got, err := json.Marshal(l)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != tt.wantJSON || l.String() != tt.wantText || l.IsNumber() != tt.wantNum {
			t.Errorf("ParseLabel(%s): got JSON %s text %q number %v, want %s %q %v",
				tt.raw, got, l.String(), l.IsNumber(), tt.wantJSON, tt.wantText, tt.wantNum)
		}
		var back Label
		if err := json.Unmarshal(got, &back); err != nil || back != l {
			t.Errorf("round trip of %s: got %#v (%v), want %#v", tt.raw, back, err, l)
		}
	}
	for _, raw := range []string{``, `true`, `null`, `[1]`, `{"a":1}`, `1e400`, `-1e400`, `01`, `"unterminated`, `+1`, `.5`, `NaN`} {
		if l, err := ParseLabel([]byte(raw)); err == nil || !errors.Is(err, ErrMalformed) {
			t.Errorf("ParseLabel(%q): got %v, %v; want ErrMalformed", raw, l, err)
		}
	}
}

func TestCompareLabels(t *testing.T) {
	n := func(v float64) Label { l, _ := NumberLabel(v); return l }
	s := StringLabel
	ordered := []Label{n(-1), n(0), n(2), n(10), s(""), s("10"), s("2"), s("a"), s("b")}
	for i := range ordered {
		for j := range ordered {
			got := CompareLabels(ordered[i], ordered[j])
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			if got != want {
				t.Errorf("CompareLabels(%v, %v) = %d, want %d", ordered[i], ordered[j], got, want)
			}
		}
	}
}

func TestParseAnswersErrors(t *testing.T) {
	ok := `{"worker": "w1", "task": "t1", "label": "yes"}`
	tests := []struct {
		name     string
		input    string
		line     int
		sentinel error
		msg      string // a substring of the message
	}{
		{"not json", ok + "\nnope\n", 2, ErrMalformed, "not a JSON object"},
		{"array", "[1, 2]", 1, ErrMalformed, "not a JSON object"},
		{"trailing data", ok + " {}", 1, ErrMalformed, "not a JSON object"},
		{"missing worker", `{"task": "t1", "label": "yes"}`, 1, ErrMalformed, `missing "worker"`},
		{"missing task", `{"worker": "w", "label": "yes"}`, 1, ErrMalformed, `missing "task"`},
		{"missing label", `{"worker": "w", "task": "t"}`, 1, ErrMalformed, `missing "label"`},
		{"number worker", `{"worker": 3, "task": "t", "label": "yes"}`, 1, ErrMalformed, "worker must be a string"},
		{"empty task", `{"worker": "w", "task": "", "label": "yes"}`, 1, ErrMalformed, "task is empty"},
		{"bool label", ok + "\n\n" + `{"worker": "w", "task": "t", "label": true}`, 3, ErrMalformed, "neither a string nor a number"},
		{"null label", `{"worker": "w", "task": "t", "label": null}`, 1, ErrMalformed, "neither a string nor a number"},
		{"huge label", `{"worker": "w", "task": "t", "label": 1e999}`, 1, ErrMalformed, "out of the float64 range"},
		{"clash", ok + "\n" + `{"worker": "w", "task": "t", "label": "1"}` + "\n" + `{"worker": "w", "task": "t2", "label": 1.0}`, 3, ErrLabelClash, `"1" and the number label 1`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseAnswers([]byte(tt.input))
			var le *LineError
			if !errors.As(err, &le) {
				t.Fatalf("got %v, want a *LineError", err)
			}
			if le.Line != tt.line || !errors.Is(err, tt.sentinel) || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("got line %d %q, want line %d wrapping %v and containing %q", le.Line, err, tt.line, tt.sentinel, tt.msg)
			}
			if !strings.HasPrefix(err.Error(), fmt.Sprintf("rlhf: line %d: ", tt.line)) {
				t.Errorf("got %q, want it to start with the line", err)
			}
		})
	}
}

func TestParseAnswers(t *testing.T) {
	in := "\r\n  {\"worker\": \"w1\", \"task\": \"t1\", \"label\": 1, \"extra\": [1]}\r\n\n{\"task\":\"t2\",\"label\":\"a\",\"worker\":\"w2\"}"
	got, err := ParseAnswers([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	one, _ := NumberLabel(1)
	want := []Answer{{"w1", "t1", one}, {"w2", "t2", StringLabel("a")}}
	if fmt.Sprint(got) != fmt.Sprint(want) || got[0].Label != one {
		t.Errorf("got %v, want %v", got, want)
	}
	if got, err := ParseAnswers(nil); err != nil || got != nil {
		t.Errorf("empty input: got %v, %v; want nothing", got, err)
	}
}

func TestParseGold(t *testing.T) {
	got, err := ParseGold([]byte(`{"task": "t1", "label": "yes"}
{"task": "t2", "label": 2}
{"task": "t1", "label": "yes"}`))
	if err != nil {
		t.Fatal(err)
	}
	two, _ := NumberLabel(2)
	if len(got) != 2 || got["t1"] != StringLabel("yes") || got["t2"] != two {
		t.Errorf("got %v", got)
	}
	_, err = ParseGold([]byte(`{"task": "t1", "label": "yes"}` + "\n" + `{"task": "t1", "label": "no"}`))
	var le *LineError
	if !errors.As(err, &le) || le.Line != 2 || !errors.Is(err, ErrGoldConflict) {
		t.Errorf("conflict: got %v, want line 2 wrapping ErrGoldConflict", err)
	}
}

func TestParseComparisons(t *testing.T) {
	got, err := ParseComparisons([]byte(`{"left": "a", "right": "b", "winner": "left", "worker": "w1"}
{"left": "b", "right": "c", "winner": "tie"}
{"left": "c", "right": "a", "winner": "right", "worker": "w2"}`))
	if err != nil {
		t.Fatal(err)
	}
	want := []Comparison{{"a", "b", LeftWins, "w1"}, {"b", "c", Tie, ""}, {"c", "a", RightWins, "w2"}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v, want %v", got, want)
	}
	tests := []struct {
		input    string
		sentinel error
		msg      string
	}{
		{`{"left": "a", "right": "a", "winner": "left"}`, ErrSelfComparison, "compared with itself"},
		{`{"left": "a", "right": "b", "winner": "a"}`, ErrMalformed, `winner "a" is not`},
		{`{"left": "a", "right": "b"}`, ErrMalformed, `missing "winner"`},
		{`{"left": "a", "right": "b", "winner": "tie", "worker": 7}`, ErrMalformed, "worker must be a string"},
		{`{"right": "b", "winner": "tie"}`, ErrMalformed, `missing "left"`},
	}
	for _, tt := range tests {
		_, err := ParseComparisons([]byte("\n" + tt.input))
		var le *LineError
		if !errors.As(err, &le) || le.Line != 2 || !errors.Is(err, tt.sentinel) || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%s: got %v, want line 2 wrapping %v with %q", tt.input, err, tt.sentinel, tt.msg)
		}
	}
}

// encodeAnswers writes answers back as JSONL.
func encodeAnswers(t testing.TB, answers []Answer) []byte {
	var b bytes.Buffer
	for _, a := range answers {
		line, err := json.Marshal(map[string]any{"worker": a.Worker, "task": a.Task, "label": a.Label})
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

func encodeComparisons(t testing.TB, cmps []Comparison) []byte {
	var b bytes.Buffer
	for _, c := range cmps {
		m := map[string]any{"left": c.Left, "right": c.Right, "winner": c.Winner.String()}
		if c.Worker != "" {
			m["worker"] = c.Worker
		}
		line, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// checkLineError fails unless err is a *LineError naming a line of data.
func checkLineError(t *testing.T, data []byte, err error) {
	t.Helper()
	var le *LineError
	if !errors.As(err, &le) || le.Line < 1 || le.Line > bytes.Count(data, []byte("\n"))+1 {
		t.Fatalf("error %v does not name a line of the input", err)
	}
}

func fuzzSeeds(f *testing.F, seeds ...string) {
	for _, s := range seeds {
		f.Add([]byte(s))
	}
}

// FuzzParseAnswers checks that the reader never panics, that what it
// accepts survives a round trip through encodeAnswers, and that an error
// names a line of the input.
func FuzzParseAnswers(f *testing.F) {
	fuzzSeeds(f,
		`{"worker": "w1", "task": "t1", "label": "yes"}`,
		"{\"worker\": \"w1\", \"task\": \"t1\", \"label\": 1.5e3}\n\n{\"worker\": \"w2\", \"task\": \"t1\", \"label\": -0}\r\n",
		`{"worker": "w", "task": "t", "label": "1"}`+"\n"+`{"worker": "w", "task": "t", "label": 1}`,
		`{"worker": "\u00e9", "task": "t", "label": [1]}`,
		"nope", "", "\n\n", `{"worker": null}`,
	)
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := ParseAnswers(data)
		if err != nil {
			checkLineError(t, data, err)
			return
		}
		again, err := ParseAnswers(encodeAnswers(t, got))
		if err != nil {
			t.Fatalf("re-parse: %v", err)
		}
		if len(again) != len(got) {
			t.Fatalf("round trip: %d answers, want %d", len(again), len(got))
		}
		for i := range got {
			if again[i] != got[i] {
				t.Fatalf("round trip: answer %d is %#v, want %#v", i, again[i], got[i])
			}
		}
	})
}

// FuzzParseComparisons is FuzzParseAnswers for comparisons.
func FuzzParseComparisons(f *testing.F) {
	fuzzSeeds(f,
		`{"left": "a", "right": "b", "winner": "left", "worker": "w1"}`,
		"{\"left\": \"a\", \"right\": \"b\", \"winner\": \"tie\"}\n{\"left\": \"b\", \"right\": \"a\", \"winner\": \"right\"}",
		`{"left": "a", "right": "a", "winner": "left"}`,
		`{"left": "a", "right": "b", "winner": "draw"}`, "[]", "",
	)
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := ParseComparisons(data)
		if err != nil {
			checkLineError(t, data, err)
			return
		}
		again, err := ParseComparisons(encodeComparisons(t, got))
		if err != nil {
			t.Fatalf("re-parse: %v", err)
		}
		if fmt.Sprint(again) != fmt.Sprint(got) {
			t.Fatalf("round trip: got %v, want %v", again, got)
		}
	})
}

// FuzzParseGold checks the gold reader never panics and keeps one label a
// task.
func FuzzParseGold(f *testing.F) {
	fuzzSeeds(f,
		`{"task": "t1", "label": "yes"}`,
		"{\"task\": \"t1\", \"label\": 1}\n{\"task\": \"t1\", \"label\": 1.0}",
		"{\"task\": \"t1\", \"label\": 1}\n{\"task\": \"t1\", \"label\": 2}",
		`{"task": 1}`, "x",
	)
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := ParseGold(data)
		if err != nil {
			checkLineError(t, data, err)
			return
		}
		for task := range got {
			if task == "" {
				t.Fatalf("empty task accepted")
			}
		}
	})
}
