package reward

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// The weight file format, version 1. All integers and weights are
// little-endian.
//
//	offset size  field
//	0      4     magic "AGRM"
//	4      2     format version (1)
//	6      2     weight type (1 = IEEE-754 binary64)
//	8      4     feature version (FeatureVersion)
//	12     4     Config.Buckets
//	16     4     Config.Embed
//	20     4     Config.Hidden
//	24     8     number of weights, Config.NumParams()
//	32     8·n   weights: E ((Buckets+NumScalars)×Embed), W (Embed×Hidden),
//	             b (Hidden), v (Hidden), c (1); matrices row-major
//
// A file ends right after the last weight, and every weight is finite. The
// encoding is canonical, so a model's bytes, and its Hash, survive any
// number of Save and Load round trips.
const (
	// Magic opens every weight file.
	Magic = "AGRM"
	// FormatVersion is the version that Save writes and Load reads.
	FormatVersion = 1

	weightFloat64 = 1
	headerSize    = 32
)

// ErrFormat is wrapped by Load's errors for input that is not a valid
// weight file: a bad magic, an unsupported format, weight type or feature
// version, a shape outside Config's limits, a wrong weight count, a
// non-finite weight, truncated or trailing data.
var ErrFormat = errors.New("reward: invalid weight file")

func encode(cfg Config, params []float64) []byte {
	buf := make([]byte, headerSize+8*len(params))
	copy(buf, Magic)
	le := binary.LittleEndian
	le.PutUint16(buf[4:], FormatVersion)
	le.PutUint16(buf[6:], weightFloat64)
	le.PutUint32(buf[8:], FeatureVersion)
	le.PutUint32(buf[12:], uint32(cfg.Buckets))
	le.PutUint32(buf[16:], uint32(cfg.Embed))
	le.PutUint32(buf[20:], uint32(cfg.Hidden))
	le.PutUint64(buf[24:], uint64(len(params)))
	for i, p := range params {
		le.PutUint64(buf[headerSize+8*i:], math.Float64bits(p))
	}
	return buf
}

// decodeHeader checks a header and returns the model's shape.
func decodeHeader(h []byte) (Config, error) {
	le := binary.LittleEndian
	switch {
	case string(h[:4]) != Magic:
		return Config{}, fmt.Errorf("%w: bad magic %q, want %q", ErrFormat, h[:4], Magic)
	case le.Uint16(h[4:]) != FormatVersion:
		return Config{}, fmt.Errorf("%w: format version %d, want %d", ErrFormat, le.Uint16(h[4:]), FormatVersion)
	case le.Uint16(h[6:]) != weightFloat64:
		return Config{}, fmt.Errorf("%w: weight type %d, want %d (float64)", ErrFormat, le.Uint16(h[6:]), weightFloat64)
	case le.Uint32(h[8:]) != FeatureVersion:
		return Config{}, fmt.Errorf("%w: feature version %d, want %d", ErrFormat, le.Uint32(h[8:]), FeatureVersion)
	}
	dims := [3]uint32{le.Uint32(h[12:]), le.Uint32(h[16:]), le.Uint32(h[20:])}
	for _, d := range dims {
		if d > MaxBuckets {
			return Config{}, fmt.Errorf("%w: dimension %d too large", ErrFormat, d)
		}
	}
	cfg := Config{Buckets: int(dims[0]), Embed: int(dims[1]), Hidden: int(dims[2])}
	if err := cfg.Validate(); err != nil {
		return Config{}, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	if n := le.Uint64(h[24:]); n != uint64(cfg.NumParams()) {
		return Config{}, fmt.Errorf("%w: %d weights, want %d for %d buckets, embed %d, hidden %d",
			ErrFormat, n, cfg.NumParams(), cfg.Buckets, cfg.Embed, cfg.Hidden)
	}
	return cfg, nil
}

// Load reads a weight file from r, which must end with the file. Invalid
// input yields an error wrapping ErrFormat; a read error is returned
// wrapped.
func Load(r io.Reader) (*Model, error) {
	header := make([]byte, headerSize)
	if n, err := io.ReadFull(r, header); err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fmt.Errorf("%w: truncated header (%d of %d bytes)", ErrFormat, n, headerSize)
		}
		return nil, fmt.Errorf("reward: read header: %w", err)
	}
	cfg, err := decodeHeader(header)
	if err != nil {
		return nil, err
	}
	// ReadAll grows its buffer as data arrives, so a short input claiming a
	// large model does not allocate the model's size.
	want := 8 * cfg.NumParams()
	raw, err := io.ReadAll(io.LimitReader(r, int64(want)+1))
	switch {
	case err != nil:
		return nil, fmt.Errorf("reward: read weights: %w", err)
	case len(raw) < want:
		return nil, fmt.Errorf("%w: truncated weights (%d of %d bytes)", ErrFormat, headerSize+len(raw), headerSize+want)
	case len(raw) > want:
		return nil, fmt.Errorf("%w: trailing data after %d bytes", ErrFormat, headerSize+want)
	}
	params := make([]float64, cfg.NumParams())
	for i := range params {
		p := math.Float64frombits(binary.LittleEndian.Uint64(raw[8*i:]))
		if math.IsNaN(p) || math.IsInf(p, 0) {
			return nil, fmt.Errorf("%w: weight %d is not finite", ErrFormat, i)
		}
		params[i] = p
	}
	return newModel(cfg, params), nil
}

// Save writes the model's weight file to w.
func (m *Model) Save(w io.Writer) error {
	if _, err := w.Write(m.raw); err != nil {
		return fmt.Errorf("reward: save: %w", err)
	}
	return nil
}

// Size returns the length of the model's weight file in bytes.
func (m *Model) Size() int { return len(m.raw) }
