package scoring

import (
	"crypto/sha256"
	"encoding/binary"
	"math/bits"
	"slices"
)

// stream is a deterministic stream of uniform 64-bit words drawn from a
// 32-byte seed and a domain label: word j is the j-th 8-byte slice of
// SHA-256(label ‖ seed ‖ uint64 block counter, big-endian), 4 words a
// block. It depends on nothing but SHA-256, so every validator and every
// Go version draws the same words.
type stream struct {
	prefix []byte // label ‖ seed
	block  uint64
	buf    [sha256.Size]byte
	off    int
}

func newStream(label string, seed [32]byte) *stream {
	p := make([]byte, 0, len(label)+len(seed)+8)
	p = append(append(p, label...), seed[:]...)
	return &stream{prefix: p, off: sha256.Size}
}

// next returns the next word.
func (s *stream) next() uint64 {
	if s.off == sha256.Size {
		msg := binary.BigEndian.AppendUint64(s.prefix, s.block)
		s.buf = sha256.Sum256(msg)
		s.block++
		s.off = 0
	}
	v := binary.BigEndian.Uint64(s.buf[s.off:])
	s.off += 8
	return v
}

// below returns a uniform integer in [0, m), m > 0, without bias (Lemire's
// multiply-and-reject).
func (s *stream) below(m uint64) uint64 {
	hi, lo := bits.Mul64(s.next(), m)
	if lo < m {
		t := -m % m
		for lo < t {
			hi, lo = bits.Mul64(s.next(), m)
		}
	}
	return hi
}

// positionsLabel is the domain label of SamplePositions' stream.
const positionsLabel = "agora/inference-positions/v1"

// SamplePositions returns, in ascending order, the positions of an answer
// of n tokens that a validator recomputes with the reference model:
//
//	count = min(n, max(1, ⌈n·permille/1000⌉))
//
// positions, always including the last one (n−1), the other count−1 drawn
// without replacement from [0, n−1) by a partial Fisher–Yates shuffle over
// the SHA-256 stream of seed. The seed must be one the miner cannot know
// when it answers (the validator derives it from a secret of its own and
// the signed answer), or a miner could be right at exactly those
// positions. n ≤ 0 or permille 0 gives nil.
func SamplePositions(seed [32]byte, n int, permille uint16) []int {
	if n <= 0 || permille == 0 {
		return nil
	}
	count := (n*int(permille) + 999) / 1000
	count = min(n, max(1, count))
	pool := make([]int, n-1)
	for i := range pool {
		pool[i] = i
	}
	s := newStream(positionsLabel, seed)
	for i := range count - 1 {
		j := i + int(s.below(uint64(len(pool)-i)))
		pool[i], pool[j] = pool[j], pool[i]
	}
	out := append(pool[:count-1:count-1], n-1)
	slices.Sort(out)
	return out
}
