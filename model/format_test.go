package model

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"io"
	"math"
	"strings"
	"testing"
)

// validFile returns the weight file of a small seeded model.
func validFile(t testing.TB) []byte {
	t.Helper()
	m, err := NewSeeded(11, Config{Context: 2, Embed: 2, Hidden: 3})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestLoadRejectsBadFiles(t *testing.T) {
	good := validFile(t)
	edit := func(f func(b []byte) []byte) []byte { return f(bytes.Clone(good)) }
	put32 := func(off int, v uint32) []byte {
		return edit(func(b []byte) []byte { binary.LittleEndian.PutUint32(b[off:], v); return b })
	}
	tests := []struct {
		name string
		file []byte
		want string // in the error message
	}{
		{"empty", nil, "truncated header (0 of 32 bytes)"},
		{"short header", good[:10], "truncated header (10 of 32 bytes)"},
		{"bad magic", edit(func(b []byte) []byte { copy(b, "GGUF"); return b }), `bad magic "GGUF"`},
		{"version 2", edit(func(b []byte) []byte { b[4] = 2; return b }), "unsupported format version 2"},
		{"version 0", edit(func(b []byte) []byte { b[4] = 0; return b }), "unsupported format version 0"},
		{"float32 weights", edit(func(b []byte) []byte { b[6] = 2; return b }), "unsupported weight type 2"},
		{"vocab 255", put32(8, 255), "vocabulary size 255"},
		{"context 0", put32(12, 0), "context 0 out of range"},
		{"context huge", put32(12, math.MaxUint32), "dimension 4294967295 too large"},
		{"embed too big", put32(16, MaxEmbed+1), "embed 65 out of range"},
		{"hidden too big", put32(20, 1<<30), "hidden 1073741824 out of range"},
		{"wrong count", edit(func(b []byte) []byte { b[24]++; return b }), "weights, want"},
		{"config and count disagree", put32(20, 4), "weights, want"},
		{"truncated weights", good[:len(good)-1], "truncated weights"},
		{"header only", good[:headerSize], "truncated weights (32 of"},
		{"trailing data", append(bytes.Clone(good), 0), "trailing data"},
		{"NaN weight", edit(func(b []byte) []byte {
			binary.LittleEndian.PutUint64(b[headerSize+8:], math.Float64bits(math.NaN()))
			return b
		}), "weight 1 is not finite"},
		{"infinite weight", edit(func(b []byte) []byte {
			binary.LittleEndian.PutUint64(b[len(b)-8:], math.Float64bits(math.Inf(-1)))
			return b
		}), "is not finite"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Load(bytes.NewReader(tt.file))
			if m != nil || err == nil {
				t.Fatalf("got model %v, error %v; want an error", m, err)
			}
			if !errors.Is(err, ErrFormat) {
				t.Errorf("got error %v, want one wrapping ErrFormat", err)
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "model: ") {
				t.Errorf("got error %q, want it to contain %q", err, tt.want)
			}
		})
	}
}

// failingReader returns its data, then err.
type failingReader struct {
	data []byte
	err  error
}

func (r *failingReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func TestLoadReadError(t *testing.T) {
	errDisk := errors.New("disk on fire")
	good := validFile(t)
	for _, n := range []int{0, 5, headerSize, len(good) - 1, len(good)} {
		_, err := Load(&failingReader{data: good[:n], err: errDisk})
		if !errors.Is(err, errDisk) || errors.Is(err, ErrFormat) {
			t.Errorf("after %d bytes: got error %v, want the read error", n, err)
		}
	}
	// A reader that ends with the file and io.EOF is fine.
	if _, err := Load(&failingReader{data: good, err: io.EOF}); err != nil {
		t.Errorf("got error %v", err)
	}
}

func TestHashIsSHA256OfFile(t *testing.T) {
	m, err := Load(bytes.NewReader(validFile(t)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	_ = m.Save(&buf)
	if got := m.Hash(); len(got) != 64 || got != sha256Hex(buf.Bytes()) {
		t.Errorf("Hash() = %s, want sha256 of the file %s", got, sha256Hex(buf.Bytes()))
	}
}

func FuzzLoad(f *testing.F) {
	good := validFile(f)
	f.Add(good)
	f.Add(good[:headerSize])
	f.Add([]byte("AGLM"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Load(bytes.NewReader(data))
		if err != nil {
			if m != nil {
				t.Fatal("got a model and an error")
			}
			return
		}
		// Anything Load accepts is canonical and usable.
		var buf bytes.Buffer
		if err := m.Save(&buf); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(buf.Bytes(), data) {
			t.Fatal("accepted file does not save back to the same bytes")
		}
		if _, _, err := m.Generate("fuzz", 2); err != nil {
			t.Fatal(err)
		}
	})
}

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
