package reward

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"strings"
	"testing"
)

func testModel(t testing.TB) *Model {
	t.Helper()
	return newModel(Config{Buckets: 64, Embed: 4, Hidden: 3}, initialParams(Config{Buckets: 64, Embed: 4, Hidden: 3}, 9))
}

func TestSaveLoadRoundTrip(t *testing.T) {
	m := testModel(t)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	if buf.Len() != m.Size() || buf.Len() != headerSize+8*m.Config().NumParams() || !bytes.HasPrefix(buf.Bytes(), []byte("AGRM")) {
		t.Fatalf("weight file of %d bytes, want %d starting AGRM", buf.Len(), m.Size())
	}
	back, err := Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if back.Hash() != m.Hash() || back.Config() != m.Config() || len(m.Hash()) != 64 {
		t.Errorf("round trip: hash %s, config %+v; want %s, %+v", back.Hash(), back.Config(), m.Hash(), m.Config())
	}
	for _, resp := range []string{"", "a", "Hello hello world", strings.Repeat("spam ", 50)} {
		if a, b := m.Score("say hello", resp), back.Score("say hello", resp); math.Float64bits(a) != math.Float64bits(b) {
			t.Errorf("Score(%q): %v before, %v after the round trip", resp, a, b)
		}
	}
	// Score is a pure function of the weights: a model built from another
	// model's weights scores alike.
	if m.Compare("say hello", "hello there", "bye") == 0 {
		t.Errorf("Compare returned no outcome")
	}
}

func TestLoadErrors(t *testing.T) {
	m := testModel(t)
	var good bytes.Buffer
	m.Save(&good)
	edit := func(f func(b []byte) []byte) []byte { return f(bytes.Clone(good.Bytes())) }
	le := binary.LittleEndian
	tests := []struct {
		name string
		in   []byte
		msg  string
	}{
		{"empty", nil, "truncated header (0 of 32 bytes)"},
		{"magic", edit(func(b []byte) []byte { copy(b, "AGLM"); return b }), `bad magic "AGLM"`},
		{"version", edit(func(b []byte) []byte { le.PutUint16(b[4:], 2); return b }), "format version 2"},
		{"weight type", edit(func(b []byte) []byte { le.PutUint16(b[6:], 2); return b }), "weight type 2"},
		{"feature version", edit(func(b []byte) []byte { le.PutUint32(b[8:], 7); return b }), "feature version 7"},
		{"zero buckets", edit(func(b []byte) []byte { le.PutUint32(b[12:], 0); return b }), "0 buckets"},
		{"huge", edit(func(b []byte) []byte { le.PutUint32(b[16:], 1<<31); return b }), "too large"},
		{"count", edit(func(b []byte) []byte { le.PutUint64(b[24:], 5); return b }), "5 weights"},
		{"truncated", edit(func(b []byte) []byte { return b[:len(b)-3] }), "truncated weights"},
		{"trailing", edit(func(b []byte) []byte { return append(b, 0) }), "trailing data"},
		{"NaN", edit(func(b []byte) []byte { le.PutUint64(b[40:], math.Float64bits(math.NaN())); return b }), "weight 1 is not finite"},
	}
	for _, tt := range tests {
		_, err := Load(bytes.NewReader(tt.in))
		if !errors.Is(err, ErrFormat) || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%s: got %v, want ErrFormat containing %q", tt.name, err, tt.msg)
		}
	}
}

// FuzzLoad checks that Load never panics and that what it accepts saves
// back to the same bytes.
func FuzzLoad(f *testing.F) {
	var good bytes.Buffer
	testModel(f).Save(&good)
	f.Add(good.Bytes())
	f.Add(good.Bytes()[:40])
	f.Add([]byte("AGRM"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Load(bytes.NewReader(data))
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("error %v does not wrap ErrFormat", err)
			}
			return
		}
		var out bytes.Buffer
		if err := m.Save(&out); err != nil || !bytes.Equal(out.Bytes(), data) {
			t.Fatalf("accepted input does not save back to itself")
		}
	})
}
