package rlhf

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
)

// Label is one answer's value: a string, or a number as it came from JSON.
//
// A number keeps its JSON form: it is written back as a JSON number (1, not
// "1"). Numbers are identified by their float64 value, so 1, 1.0 and 1e0 are
// one label, written in encoding/json's canonical form (1); integers above
// 2^53 lose precision like any JSON number decoded as float64. Where a label
// must be an object key (posteriors, priors) it appears as its text, which is
// why a number and a string with the same text (1 and "1") may not appear in
// one input (ErrLabelClash).
//
// The zero Label is the empty string.
type Label struct {
	text string // the string, or the number's canonical JSON text
	num  bool
	val  float64
}

// StringLabel returns the label holding the string s.
func StringLabel(s string) Label { return Label{text: s} }

// NumberLabel returns the label holding the number v; it fails for NaN and
// ±Inf, which JSON cannot hold.
func NumberLabel(v float64) (Label, error) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return Label{}, fmt.Errorf("rlhf: %w", because(ErrMalformed, "%v is not a JSON number", v))
	}
	if v == 0 {
		v = 0 // -0 and 0 are one label
	}
	return Label{text: formatNumber(v), num: true, val: v}, nil
}

// formatNumber writes v as encoding/json writes a float64.
func formatNumber(v float64) string {
	abs := math.Abs(v)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b := strconv.AppendFloat(nil, v, format, -1, 64)
	if format == 'e' {
		// clean up e-09 to e-9, as encoding/json does
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return string(b)
}

// ParseLabel decodes one JSON value as a label: a JSON string or a JSON
// number. Anything else (true, null, an array, an object) is ErrMalformed.
func ParseLabel(raw []byte) (Label, error) {
	l, err := parseLabel(raw)
	if err != nil {
		return Label{}, fmt.Errorf("rlhf: %w", err)
	}
	return l, nil
}

func parseLabel(raw []byte) (Label, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return Label{}, because(ErrMalformed, "empty label")
	}
	switch c := raw[0]; {
	case c == '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return Label{}, because(ErrMalformed, "label %s is not a JSON string", abbreviate(raw))
		}
		return StringLabel(s), nil
	case c == '-' || ('0' <= c && c <= '9'):
		if !json.Valid(raw) {
			return Label{}, because(ErrMalformed, "label %s is not a JSON number", abbreviate(raw))
		}
		v, err := strconv.ParseFloat(string(raw), 64)
		if err != nil {
			if errors.Is(err, strconv.ErrRange) {
				return Label{}, because(ErrMalformed, "label %s is out of the float64 range", abbreviate(raw))
			}
			return Label{}, because(ErrMalformed, "label %s is not a JSON number", abbreviate(raw))
		}
		if v == 0 {
			v = 0
		}
		return Label{text: formatNumber(v), num: true, val: v}, nil
	default:
		return Label{}, because(ErrMalformed, "label %s is neither a string nor a number", abbreviate(raw))
	}
}

// IsNumber reports whether l holds a number.
func (l Label) IsNumber() bool { return l.num }

// Number returns the number l holds; 0 for a string label.
func (l Label) Number() float64 { return l.val }

// String returns the label's text: the string, or the number in its JSON
// form. It is the label's key in JSON objects.
func (l Label) String() string { return l.text }

// MarshalJSON writes a number label as a JSON number and a string label as a
// JSON string.
func (l Label) MarshalJSON() ([]byte, error) {
	if l.num {
		return []byte(l.text), nil
	}
	return json.Marshal(l.text)
}

// UnmarshalJSON reads a label with ParseLabel.
func (l *Label) UnmarshalJSON(b []byte) error {
	v, err := ParseLabel(b)
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// CompareLabels orders labels: numbers first, by value, then strings, by
// bytes. It is the order of Aggregation.Labels, the tie-break of every
// argmax (the earlier label wins) and the default order of the categories
// of the agreement metrics.
func CompareLabels(a, b Label) int {
	switch {
	case a.num && b.num:
		return cmp.Compare(a.val, b.val)
	case a.num:
		return -1
	case b.num:
		return 1
	}
	return cmp.Compare(a.text, b.text)
}

// labelKey identifies a label in maps.
type labelKey struct {
	num  bool
	text string
}

func (l Label) key() labelKey { return labelKey{l.num, l.text} }

// clashError reports that a and b (one a number, one a string) share a text.
func clashError(a, b Label) error {
	if a.num {
		a, b = b, a
	}
	return because(ErrLabelClash, "the string label %q and the number label %s share a text", a.text, b.text)
}

// reason is an error message that wraps a sentinel without repeating its
// text, for messages that get a prefix of their own (a line number).
type reason struct {
	err error
	msg string
}

func (r *reason) Error() string { return r.msg }
func (r *reason) Unwrap() error { return r.err }

func because(sentinel error, format string, args ...any) error {
	return &reason{err: sentinel, msg: fmt.Sprintf(format, args...)}
}

// labelSet collects labels and detects clashes between numbers and strings.
type labelSet struct {
	ids    map[labelKey]int32
	labels []Label
	byText map[string]Label
}

func newLabelSet() *labelSet {
	return &labelSet{ids: map[labelKey]int32{}, byText: map[string]Label{}}
}

// add adds l and returns its provisional id (first-seen order).
func (s *labelSet) add(l Label) (int32, error) {
	if len(s.labels) <= 8 { // the common case: a few labels; skip hashing
		for i, x := range s.labels {
			if x.num == l.num && x.text == l.text {
				return int32(i), nil
			}
		}
	}
	k := l.key()
	if id, ok := s.ids[k]; ok {
		return id, nil
	}
	if other, ok := s.byText[l.text]; ok && other.num != l.num {
		return 0, clashError(other, l)
	}
	s.byText[l.text] = l
	id := int32(len(s.labels))
	s.ids[k] = id
	s.labels = append(s.labels, l)
	return id, nil
}

// abbreviate shortens raw JSON for an error message.
func abbreviate(raw []byte) string {
	const max = 40
	if len(raw) <= max {
		return string(raw)
	}
	return string(raw[:max]) + "…"
}
