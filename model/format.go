package model

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
)

// The weight file format, version 1. All integers and weights are
// little-endian.
//
//	offset size  field
//	0      4     magic "AGLM"
//	4      2     format version (1)
//	6      2     weight type (1 = IEEE-754 binary64)
//	8      4     vocabulary size (256)
//	12     4     Config.Context
//	16     4     Config.Embed
//	20     4     Config.Hidden
//	24     8     number of weights, Config.NumParams()
//	32     8·n   weights: embedding (Vocab×Embed), W1 (Context·Embed×Hidden),
//	             b1 (Hidden), W2 (Hidden×Vocab), b2 (Vocab); matrices row-major
//
// A file ends right after the last weight; every weight is finite. The
// encoding of a model is canonical, so a model's bytes, and therefore its
// Hash, are the same after any number of Save and Load round trips.
const (
	// Magic opens every weight file.
	Magic = "AGLM"
	// FormatVersion is the weight file format version that Save writes and
	// Load reads.
	FormatVersion = 1

	weightFloat64 = 1
	headerSize    = 32
)

// ErrFormat is returned (wrapped, with the reason) by Load for input that is
// not a valid weight file: a bad magic, an unsupported version or weight
// type, a configuration outside its limits, a wrong weight count, a
// non-finite weight, truncated or trailing data.
var ErrFormat = errors.New("model: invalid weight file")

// encode returns the canonical file bytes of a model with configuration cfg
// and weights params (in file order, len cfg.NumParams()).
func encode(cfg Config, params []float64) []byte {
	buf := make([]byte, headerSize+8*len(params))
	copy(buf[0:4], Magic)
	binary.LittleEndian.PutUint16(buf[4:], FormatVersion)
	binary.LittleEndian.PutUint16(buf[6:], weightFloat64)
	binary.LittleEndian.PutUint32(buf[8:], Vocab)
	binary.LittleEndian.PutUint32(buf[12:], uint32(cfg.Context))
	binary.LittleEndian.PutUint32(buf[16:], uint32(cfg.Embed))
	binary.LittleEndian.PutUint32(buf[20:], uint32(cfg.Hidden))
	binary.LittleEndian.PutUint64(buf[24:], uint64(len(params)))
	for i, p := range params {
		binary.LittleEndian.PutUint64(buf[headerSize+8*i:], math.Float64bits(p))
	}
	return buf
}

// decodeHeader checks a file header and returns its configuration.
func decodeHeader(h []byte) (Config, error) {
	if string(h[0:4]) != Magic {
		return Config{}, fmt.Errorf("%w: bad magic %q, want %q", ErrFormat, h[0:4], Magic)
	}
	if v := binary.LittleEndian.Uint16(h[4:]); v != FormatVersion {
		return Config{}, fmt.Errorf("%w: unsupported format version %d, want %d", ErrFormat, v, FormatVersion)
	}
	if t := binary.LittleEndian.Uint16(h[6:]); t != weightFloat64 {
		return Config{}, fmt.Errorf("%w: unsupported weight type %d, want %d (float64)", ErrFormat, t, weightFloat64)
	}
	if v := binary.LittleEndian.Uint32(h[8:]); v != Vocab {
		return Config{}, fmt.Errorf("%w: vocabulary size %d, want %d", ErrFormat, v, Vocab)
	}
	// Compare as uint32 before converting, so a huge value cannot wrap.
	dims := [3]uint32{
		binary.LittleEndian.Uint32(h[12:]),
		binary.LittleEndian.Uint32(h[16:]),
		binary.LittleEndian.Uint32(h[20:]),
	}
	for _, d := range dims {
		if d > math.MaxInt32 {
			return Config{}, fmt.Errorf("%w: dimension %d too large", ErrFormat, d)
		}
	}
	cfg := Config{Context: int(dims[0]), Embed: int(dims[1]), Hidden: int(dims[2])}
	if err := cfg.Validate(); err != nil {
		return Config{}, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	if n := binary.LittleEndian.Uint64(h[24:]); n != uint64(cfg.NumParams()) {
		return Config{}, fmt.Errorf("%w: %d weights, want %d for context %d, embed %d, hidden %d",
			ErrFormat, n, cfg.NumParams(), cfg.Context, cfg.Embed, cfg.Hidden)
	}
	return cfg, nil
}

// decode parses a complete weight file.
func decode(raw []byte) (Config, []float64, error) {
	if len(raw) < headerSize {
		return Config{}, nil, fmt.Errorf("%w: truncated header (%d of %d bytes)", ErrFormat, len(raw), headerSize)
	}
	cfg, err := decodeHeader(raw[:headerSize])
	if err != nil {
		return Config{}, nil, err
	}
	n := cfg.NumParams()
	if want := headerSize + 8*n; len(raw) != want {
		if len(raw) < want {
			return Config{}, nil, fmt.Errorf("%w: truncated weights (%d of %d bytes)", ErrFormat, len(raw), want)
		}
		return Config{}, nil, fmt.Errorf("%w: %d bytes of trailing data", ErrFormat, len(raw)-want)
	}
	params := make([]float64, n)
	for i := range params {
		p := math.Float64frombits(binary.LittleEndian.Uint64(raw[headerSize+8*i:]))
		if math.IsNaN(p) || math.IsInf(p, 0) {
			return Config{}, nil, fmt.Errorf("%w: weight %d is not finite", ErrFormat, i)
		}
		params[i] = p
	}
	return cfg, params, nil
}

// Load reads a weight file from r, which must end with the file, and
// returns the model. Invalid input yields an error wrapping ErrFormat; a
// read error is returned wrapped.
func Load(r io.Reader) (*LM, error) {
	header := make([]byte, headerSize)
	if n, err := io.ReadFull(r, header); err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fmt.Errorf("%w: truncated header (%d of %d bytes)", ErrFormat, n, headerSize)
		}
		return nil, fmt.Errorf("model: read header: %w", err)
	}
	cfg, err := decodeHeader(header)
	if err != nil {
		return nil, err
	}
	// The header is valid, so the size is bounded by the Config limits. The
	// buffer grows as data arrives, so a short input claiming a large model
	// does not allocate the full size.
	size := headerSize + 8*cfg.NumParams()
	var buf bytes.Buffer
	buf.Grow(min(size, 1<<20))
	buf.Write(header)
	if n, err := io.CopyN(&buf, r, int64(size-headerSize)); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%w: truncated weights (%d of %d bytes)", ErrFormat, headerSize+int(n), size)
		}
		return nil, fmt.Errorf("model: read weights: %w", err)
	}
	raw := buf.Bytes()
	var extra [1]byte
	switch n, err := io.ReadFull(r, extra[:]); {
	case n > 0:
		return nil, fmt.Errorf("%w: trailing data after %d bytes", ErrFormat, len(raw))
	case err != nil && !errors.Is(err, io.EOF):
		return nil, fmt.Errorf("model: read weights: %w", err)
	}
	return fromBytes(raw)
}

// Save writes the model's weight file to w.
func (m *LM) Save(w io.Writer) error {
	if _, err := w.Write(m.raw); err != nil {
		return fmt.Errorf("model: save: %w", err)
	}
	return nil
}

// ReadFile loads a weight file from path (see Load).
func ReadFile(path string) (*LM, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	defer f.Close()
	m, err := Load(f)
	if err != nil {
		return nil, fmt.Errorf("%w (file %s)", err, path)
	}
	return m, nil
}

// WriteFile saves the model's weight file at path atomically: it writes a
// temporary file in the same directory, syncs it and renames it over path.
func (m *LM) WriteFile(path string) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("model: %w", err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if _, err := io.Copy(f, bytes.NewReader(m.raw)); err != nil {
		return fmt.Errorf("model: write %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("model: sync %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("model: close %s: %w", path, err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("model: %w", err)
	}
	return nil
}
