package rlhf

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// Answer is one labeler's answer to one task.
type Answer struct {
	Worker string
	Task   string
	Label  Label
}

// Outcome is the result of one pairwise comparison.
type Outcome uint8

// The outcomes of a comparison; the zero Outcome is invalid.
const (
	LeftWins Outcome = iota + 1
	RightWins
	Tie
)

// String returns the outcome as the JSONL field writes it: "left", "right"
// or "tie".
func (o Outcome) String() string {
	switch o {
	case LeftWins:
		return "left"
	case RightWins:
		return "right"
	case Tie:
		return "tie"
	}
	return fmt.Sprintf("Outcome(%d)", uint8(o))
}

// Comparison is one labeler's verdict on a pair of items.
type Comparison struct {
	Left, Right string
	Winner      Outcome
	// Worker is the labeler; optional except for AnomalousLabelers.
	Worker string
}

// LineError is a JSONL line that cannot be used. Err says why and wraps
// ErrMalformed, ErrLabelClash, ErrGoldConflict or ErrSelfComparison.
type LineError struct {
	Line int // 1-based, counting blank lines
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("rlhf: line %d: %v", e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

// forEachLine calls fn with the 1-based number and the bytes of every
// non-blank line of data, and stops at the first error, which it returns as a *LineError.
// Lines end in "\n"; a trailing "\r" and surrounding blanks are trimmed.
func forEachLine(data []byte, fn func(line int, b []byte) error) error {
	line := 0
	for len(data) > 0 {
		line++
		var b []byte
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			b, data = data[:i], data[i+1:]
		} else {
			b, data = data, nil
		}
		b = bytes.TrimSpace(b)
		if len(b) == 0 {
			continue
		}
		if err := fn(line, b); err != nil {
			return &LineError{Line: line, Err: err}
		}
	}
	return nil
}

// fields holds the raw values of the fields a line may carry; other fields
// are ignored.
type fields struct {
	Worker json.RawMessage `json:"worker"`
	Task   json.RawMessage `json:"task"`
	Label  json.RawMessage `json:"label"`
	Left   json.RawMessage `json:"left"`
	Right  json.RawMessage `json:"right"`
	Winner json.RawMessage `json:"winner"`

	ID       json.RawMessage `json:"id"`
	Prompt   json.RawMessage `json:"prompt"`
	A        json.RawMessage `json:"a"`
	B        json.RawMessage `json:"b"`
	Chosen   json.RawMessage `json:"chosen"`
	Rejected json.RawMessage `json:"rejected"`
}

func decodeObject(b []byte, f *fields) error {
	if b[0] != '{' {
		return because(ErrMalformed, "not a JSON object: %s", abbreviate(b))
	}
	if err := json.Unmarshal(b, f); err != nil {
		return because(ErrMalformed, "not a JSON object: %v", err)
	}
	return nil
}

// stringField decodes a required (or, with optional, possibly absent)
// non-empty JSON string field.
func stringField(name string, raw json.RawMessage, optional bool) (string, error) {
	if len(raw) == 0 {
		if optional {
			return "", nil
		}
		return "", because(ErrMalformed, "missing %q", name)
	}
	if raw[0] != '"' {
		return "", because(ErrMalformed, "%s must be a string, not %s", name, abbreviate(raw))
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", because(ErrMalformed, "%s: %v", name, err)
	}
	if s == "" {
		return "", because(ErrMalformed, "%s is empty", name)
	}
	return s, nil
}

func labelField(raw json.RawMessage) (Label, error) {
	if len(raw) == 0 {
		return Label{}, because(ErrMalformed, "missing %q", "label")
	}
	return parseLabel(raw)
}

// ParseAnswers decodes JSONL answers, one JSON object a line:
//
//	{"worker": "w1", "task": "t1", "label": "yes"}
//
// worker and task are non-empty strings; label is a string or a number (see
// Label). Blank lines are skipped and other fields ignored. The first line
// that cannot be used is returned as a *LineError; a number label whose
// text a string label also has (1 and "1") is one (ErrLabelClash).
func ParseAnswers(data []byte) ([]Answer, error) {
	var out []Answer
	labels := newLabelSet()
	err := forEachLine(data, func(_ int, b []byte) error {
		var f fields
		if err := decodeObject(b, &f); err != nil {
			return err
		}
		w, err := stringField("worker", f.Worker, false)
		if err != nil {
			return err
		}
		t, err := stringField("task", f.Task, false)
		if err != nil {
			return err
		}
		l, err := labelField(f.Label)
		if err != nil {
			return err
		}
		if _, err := labels.add(l); err != nil {
			return err
		}
		out = append(out, Answer{Worker: w, Task: t, Label: l})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ParseGold decodes JSONL gold labels, one JSON object a line:
//
//	{"task": "t1", "label": "yes"}
//
// A task may repeat with the same label; with another label it is a
// *LineError wrapping ErrGoldConflict.
func ParseGold(data []byte) (map[string]Label, error) {
	gold := map[string]Label{}
	labels := newLabelSet()
	err := forEachLine(data, func(_ int, b []byte) error {
		var f fields
		if err := decodeObject(b, &f); err != nil {
			return err
		}
		t, err := stringField("task", f.Task, false)
		if err != nil {
			return err
		}
		l, err := labelField(f.Label)
		if err != nil {
			return err
		}
		if _, err := labels.add(l); err != nil {
			return err
		}
		if old, ok := gold[t]; ok && old.key() != l.key() {
			return because(ErrGoldConflict, "task %q has gold label %s, earlier %s", t, quoteLabel(l), quoteLabel(old))
		}
		gold[t] = l
		return nil
	})
	if err != nil {
		return nil, err
	}
	return gold, nil
}

// ParseComparisons decodes JSONL pairwise comparisons, one JSON object a
// line:
//
//	{"left": "a", "right": "b", "winner": "left", "worker": "w1"}
//
// left and right are distinct non-empty strings; winner is "left", "right"
// or "tie"; worker is optional.
func ParseComparisons(data []byte) ([]Comparison, error) {
	var out []Comparison
	err := forEachLine(data, func(_ int, b []byte) error {
		var f fields
		if err := decodeObject(b, &f); err != nil {
			return err
		}
		left, err := stringField("left", f.Left, false)
		if err != nil {
			return err
		}
		right, err := stringField("right", f.Right, false)
		if err != nil {
			return err
		}
		if left == right {
			return because(ErrSelfComparison, "%q is compared with itself", left)
		}
		win, err := stringField("winner", f.Winner, false)
		if err != nil {
			return err
		}
		var o Outcome
		switch win {
		case "left":
			o = LeftWins
		case "right":
			o = RightWins
		case "tie":
			o = Tie
		default:
			return because(ErrMalformed, "winner %q is not \"left\", \"right\" or \"tie\"", abbreviate([]byte(win)))
		}
		w, err := stringField("worker", f.Worker, true)
		if err != nil {
			return err
		}
		out = append(out, Comparison{Left: left, Right: right, Winner: o, Worker: w})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// quoteLabel writes a label for a message: strings quoted, numbers bare.
func quoteLabel(l Label) string {
	if l.num {
		return l.text
	}
	return fmt.Sprintf("%q", l.text)
}
