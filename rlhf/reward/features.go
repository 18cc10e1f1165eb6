package reward

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// FeatureVersion is the version of Features that this package computes; a
// weight file records the version its model was trained on, and Load
// refuses another.
const FeatureVersion = 1

// NumScalars is the number of dense features that follow the hashed
// buckets.
const NumScalars = 6

// gramLen is the n of the shared and repeated n-gram families.
const gramLen = 4

// The hashed feature families.
const (
	familyNGram  = 1 // the response's byte 1-, 2- and 3-grams
	familyShared = 2 // the response's 4-grams that occur in the prompt
	familyRepeat = 3 // the response's 4-grams that occurred earlier in it
)

// Feature is one nonzero input of the model.
type Feature struct {
	Index int32 // a bucket in [0, buckets), or buckets + k for scalar k
	Value float64
}

// Features returns the model's input for a response to a prompt with the
// given number of hashed buckets: the nonzero features, sorted by index,
// each index once. ASCII letters are lower-cased first; everything else is
// bytes as they are. Version 1 (FeatureVersion):
//
//   - n-grams: every byte 1-, 2- and 3-gram of the response adds 1/√N to
//     its bucket, N the number of such grams;
//   - shared: every 4-gram of the response that occurs in the prompt adds
//     1/√M to its bucket, M the number of the response's 4-grams;
//   - repeated: every 4-gram of the response that occurred earlier in the
//     response adds 1/√M to its bucket;
//   - scalars, at buckets + 0…5: ln(1+len(response))/8, ln(1+len(prompt))/8,
//     shared/M, ln(1+shared)/4, repeated/M, and the share of the response's
//     space-separated words that occurred earlier in it.
//
// A bucket is a 64-bit FNV-1a hash of the gram, mixed with its family and
// length, modulo buckets. Features allocate; they do not depend on
// anything but their arguments.
func Features(prompt, response string, buckets int) []Feature {
	p, r := lowerASCII(prompt), lowerASCII(response)
	var out []Feature

	n := 0
	for k := 1; k <= 3; k++ {
		n += max(len(r)-k+1, 0)
	}
	for k := 1; k <= 3; k++ {
		for i := 0; i+k <= len(r); i++ {
			out = append(out, Feature{bucket(familyNGram, k, fnv(r[i:i+k]), buckets), 1 / math.Sqrt(float64(n))})
		}
	}

	inPrompt := map[uint64]bool{}
	for i := 0; i+gramLen <= len(p); i++ {
		inPrompt[fnv(p[i:i+gramLen])] = true
	}
	m := max(len(r)-gramLen+1, 0)
	seen := make(map[uint64]bool, m)
	shared, repeated := 0, 0
	for i := 0; i+gramLen <= len(r); i++ {
		h := fnv(r[i : i+gramLen])
		v := 1 / math.Sqrt(float64(m))
		if inPrompt[h] {
			shared++
			out = append(out, Feature{bucket(familyShared, gramLen, h, buckets), v})
		}
		if seen[h] {
			repeated++
			out = append(out, Feature{bucket(familyRepeat, gramLen, h, buckets), v})
		}
		seen[h] = true
	}

	words := strings.Fields(r)
	seenWords := make(map[string]bool, len(words))
	repeatedWords := 0
	for _, w := range words {
		if seenWords[w] {
			repeatedWords++
		}
		seenWords[w] = true
	}
	scalars := [NumScalars]float64{
		math.Log1p(float64(len(r))) / 8,
		math.Log1p(float64(len(p))) / 8,
		ratio(shared, m),
		math.Log1p(float64(shared)) / 4,
		ratio(repeated, m),
		ratio(repeatedWords, len(words)),
	}
	for k, v := range scalars {
		if v != 0 {
			out = append(out, Feature{int32(buckets + k), v})
		}
	}
	return merge(out)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// merge sorts features by index and sums the values of equal indices, in
// input order, which is fixed by Features.
func merge(fs []Feature) []Feature {
	slices.SortStableFunc(fs, func(a, b Feature) int { return cmp.Compare(a.Index, b.Index) })
	out := fs[:0]
	for _, f := range fs {
		if n := len(out); n > 0 && out[n-1].Index == f.Index {
			out[n-1].Value += f.Value
			continue
		}
		out = append(out, f)
	}
	return out
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// fnv returns the 64-bit FNV-1a hash of s.
func fnv(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// bucket mixes a gram's hash with its family and length (splitmix64's
// finaliser) and reduces it to a bucket.
func bucket(family, n int, h uint64, buckets int) int32 {
	x := h ^ uint64(family<<8|n)*0x9e3779b97f4a7c15
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return int32(x % uint64(buckets))
}
