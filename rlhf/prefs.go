package rlhf

import (
	"encoding/json"
	"fmt"
	"slices"
)

// The labels of an answer about a pair: response A is better, B is better,
// or neither. They are the labels Dawid–Skene and GradeLabelers see for
// preferences.
const (
	ChoiceA   = "A"
	ChoiceB   = "B"
	ChoiceTie = "tie"
)

// PreferenceLabel returns the label of an answer about a pair: "A" for
// LeftWins, "B" for RightWins, "tie" for Tie.
func PreferenceLabel(o Outcome) Label {
	switch o {
	case LeftWins:
		return StringLabel(ChoiceA)
	case RightWins:
		return StringLabel(ChoiceB)
	}
	return StringLabel(ChoiceTie)
}

// Judgment is one labeler's answer about one pair.
type Judgment struct {
	Pair   Pair // Pair.ID is the task
	Worker string
	Choice Outcome // LeftWins: A is better; RightWins: B; Tie
}

// Answer returns the judgment as an answer to the task Pair.ID.
func (j Judgment) Answer() Answer {
	return Answer{Worker: j.Worker, Task: j.Pair.ID, Label: PreferenceLabel(j.Choice)}
}

// ParseJudgments decodes labelled comparisons as JSONL, one a line:
//
//	{"task": "t1", "prompt": "…", "a": "…", "b": "…", "worker": "w1", "label": "A"}
//
// task and worker are non-empty strings; label is "A", "B" or "tie" (A is
// better, B is better, neither). prompt, a and b are strings (possibly
// empty, but a ≠ b) that come together: a line carries all three or none,
// and each task needs them on at least one of its lines, so that they may
// be written once a task. Every line that carries them must agree with the
// others of its task (ErrDuplicatePair). Other fields are ignored. The first
// unusable line is returned as a *LineError; a task without its prompt and
// responses as a *LineError naming the task's first line. Each judgment
// carries its task's Pair.
func ParseJudgments(data []byte) ([]Judgment, error) {
	var out []Judgment
	type known struct {
		pair      Pair
		line      int // the line that gave the content, or 0
		firstLine int
	}
	tasks := map[string]*known{}
	err := forEachLine(data, func(line int, b []byte) error {
		var f fields
		if err := decodeObject(b, &f); err != nil {
			return err
		}
		task, err := stringField("task", f.Task, false)
		if err != nil {
			return err
		}
		worker, err := stringField("worker", f.Worker, false)
		if err != nil {
			return err
		}
		choice, err := choiceField(f.Label)
		if err != nil {
			return err
		}
		k := tasks[task]
		if k == nil {
			k = &known{pair: Pair{ID: task}, firstLine: line}
			tasks[task] = k
		}
		have := 0
		for _, raw := range []json.RawMessage{f.Prompt, f.A, f.B} {
			if len(raw) > 0 {
				have++
			}
		}
		switch have {
		case 0:
		case 3:
			p := Pair{ID: task}
			if err := textFields(text{"prompt", f.Prompt, &p.Prompt}, text{"a", f.A, &p.A}, text{"b", f.B, &p.B}); err != nil {
				return err
			}
			if p.A == p.B {
				return because(ErrSelfComparison, "task %q has two equal responses", task)
			}
			if k.line == 0 {
				k.pair, k.line = p, line
			} else if k.pair != p {
				return because(ErrDuplicatePair, "task %q has another prompt or responses than on its earlier line", task)
			}
		default:
			return because(ErrMalformed, `"prompt", "a" and "b" come together; this line has %d of them`, have)
		}
		out = append(out, Judgment{Pair: Pair{ID: task}, Worker: worker, Choice: choice})
		return nil
	})
	if err != nil {
		return nil, err
	}
	var missing []*known
	for _, k := range tasks {
		if k.line == 0 {
			missing = append(missing, k)
		}
	}
	if len(missing) > 0 {
		first := slices.MinFunc(missing, func(a, b *known) int { return a.firstLine - b.firstLine })
		return nil, &LineError{Line: first.firstLine, Err: because(ErrMalformed,
			"task %q has no \"prompt\", \"a\" and \"b\" on any line", first.pair.ID)}
	}
	for i := range out {
		out[i].Pair = tasks[out[i].Pair.ID].pair
	}
	return out, nil
}

// ParsePairs decodes comparisons to label (for Assign) as JSONL, one a
// line:
//
//	{"id": "p1", "prompt": "…", "a": "…", "b": "…"}
//
// prompt, a and b are strings (possibly empty, but a ≠ b); id is optional
// and defaults to PairID(prompt, a, b), so that the same content imported
// twice is one pair. Two lines with one ID are a *LineError wrapping
// ErrDuplicatePair; other fields are ignored.
func ParsePairs(data []byte) ([]Pair, error) {
	gold, err := parsePairLines(data, false)
	if err != nil {
		return nil, err
	}
	out := make([]Pair, len(gold))
	for i, g := range gold {
		out[i] = g.Pair
	}
	return out, nil
}

// GoldPair is a comparison whose answer is known: a gold question.
type GoldPair struct {
	Pair
	// Choice is the answer about the pair: LeftWins (A is better),
	// RightWins (B) or Tie.
	Choice Outcome
}

// ParseGoldPairs decodes gold comparisons as JSONL, one a line:
//
//	{"id": "g1", "prompt": "…", "a": "…", "b": "…", "label": "A"}
//
// as ParsePairs, plus label: "A", "B" or "tie", the known answer.
func ParseGoldPairs(data []byte) ([]GoldPair, error) {
	return parsePairLines(data, true)
}

// parsePairLines is ParsePairs, and ParseGoldPairs withLabel.
func parsePairLines(data []byte, withLabel bool) ([]GoldPair, error) {
	var out []GoldPair
	lines := map[string]int{}
	err := forEachLine(data, func(line int, b []byte) error {
		var f fields
		if err := decodeObject(b, &f); err != nil {
			return err
		}
		var g GoldPair
		p := &g.Pair
		if err := textFields(text{"prompt", f.Prompt, &p.Prompt}, text{"a", f.A, &p.A}, text{"b", f.B, &p.B}); err != nil {
			return err
		}
		if p.A == p.B {
			return because(ErrSelfComparison, "the two responses are equal")
		}
		id, err := stringField("id", f.ID, true)
		if err != nil {
			return err
		}
		if id == "" {
			id = PairID(p.Prompt, p.A, p.B)
		}
		if first, ok := lines[id]; ok {
			return because(ErrDuplicatePair, "pair %q is also on line %d", abbreviate([]byte(id)), first)
		}
		if withLabel {
			if g.Choice, err = choiceField(f.Label); err != nil {
				return err
			}
		}
		lines[id] = line
		p.ID = id
		out = append(out, g)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// choiceField decodes a preference label: "A", "B" or "tie".
func choiceField(raw json.RawMessage) (Outcome, error) {
	s, err := stringField("label", raw, false)
	if err != nil {
		return 0, err
	}
	switch s {
	case ChoiceA:
		return LeftWins, nil
	case ChoiceB:
		return RightWins, nil
	case ChoiceTie:
		return Tie, nil
	}
	return 0, because(ErrMalformed, "label %q is not \"A\", \"B\" or \"tie\"", abbreviate([]byte(s)))
}

// text is a required JSON string field that may be empty, and where to
// decode it.
type text struct {
	name string
	raw  json.RawMessage
	dst  *string
}

// textFields decodes required string fields, in order.
func textFields(fs ...text) error {
	for _, f := range fs {
		switch {
		case len(f.raw) == 0:
			return because(ErrMalformed, "missing %q", f.name)
		case f.raw[0] != '"':
			return because(ErrMalformed, "%s must be a string, not %s", f.name, abbreviate(f.raw))
		}
		if err := json.Unmarshal(f.raw, f.dst); err != nil {
			return because(ErrMalformed, "%s: %v", f.name, err)
		}
	}
	return nil
}

// Preference is one preference in the chosen/rejected form that common
// reward-model trainers read (TRL's RewardTrainer, OpenRLHF, …).
type Preference struct {
	Prompt   string `json:"prompt"`
	Chosen   string `json:"chosen"`
	Rejected string `json:"rejected"`
}

// Preferences turns an aggregation of preference answers (labels "A", "B",
// "tie"; tasks are pair IDs) into chosen/rejected preferences, in task
// order. A task aggregated to "tie" has no chosen response and is dropped;
// ties counts them. pairs gives each task's content; a task missing from
// it, or a label other than the three, is ErrMalformed.
func Preferences(agg *Aggregation, pairs map[string]Pair) (prefs []Preference, ties int, err error) {
	for t, task := range agg.Tasks {
		p, ok := pairs[task]
		if !ok {
			return nil, 0, fmt.Errorf("%w: task %q has no prompt and responses", ErrMalformed, task)
		}
		l := agg.Label(t)
		switch {
		case l == StringLabel(ChoiceA):
			prefs = append(prefs, Preference{Prompt: p.Prompt, Chosen: p.A, Rejected: p.B})
		case l == StringLabel(ChoiceB):
			prefs = append(prefs, Preference{Prompt: p.Prompt, Chosen: p.B, Rejected: p.A})
		case l == StringLabel(ChoiceTie):
			ties++
		default:
			return nil, 0, fmt.Errorf("%w: task %q has label %s, not \"A\", \"B\" or \"tie\"", ErrMalformed, task, quoteLabel(l))
		}
	}
	return prefs, ties, nil
}

// ParsePreferences decodes chosen/rejected preferences as JSONL, one a
// line:
//
//	{"prompt": "…", "chosen": "…", "rejected": "…"}
//
// All three are strings (the prompt may be empty) and chosen ≠ rejected;
// other fields are ignored. The first unusable line is a *LineError.
func ParsePreferences(data []byte) ([]Preference, error) {
	var out []Preference
	err := forEachLine(data, func(_ int, b []byte) error {
		var f fields
		if err := decodeObject(b, &f); err != nil {
			return err
		}
		var p Preference
		if err := textFields(text{"prompt", f.Prompt, &p.Prompt}, text{"chosen", f.Chosen, &p.Chosen}, text{"rejected", f.Rejected, &p.Rejected}); err != nil {
			return err
		}
		if p.Chosen == p.Rejected {
			return because(ErrSelfComparison, "chosen and rejected are the same response")
		}
		out = append(out, p)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
